import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromFeedContent } from '../../shared/extract/feed-content';
import { EXPECTED_ARTICLES, SITE_DIR } from './fixture-pages';

describe('extractFromFeedContent', () => {
  it('turns the RSS content:encoded of a fixture item into the article text', () => {
    // Prepare: the first item of feed.xml carries its full text in CDATA.
    const feed = readFileSync(join(SITE_DIR, 'feed.xml'), 'utf8');
    const contentHtml = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(feed)![1]!;
    const expected = EXPECTED_ARTICLES[0]!;

    // Act
    const article = extractFromFeedContent(contentHtml, `  ${expected.title}\n`);

    // Assess
    expect(article).not.toBeNull();
    expect(article!.method).toBe('feed');
    expect(article!.title).toBe(expected.title);
    for (const claim of expected.claims) expect(article!.text).toContain(claim.evidence);
    expect(article!.text.split('\n\n')).toHaveLength(6);
  });

  it('drops scripts, captions and link-only lines and decodes entities', () => {
    // Prepare
    const html = `<p>Syria&rsquo;s ports authority cancelled the Russian contract at Tartus on Monday, officials said.</p>
      <script>document.title = 'x'</script><figure><img src="x.jpg"><figcaption>Photo: Reuters</figcaption></figure>
      <p><a href="/other">Russia keeps Hmeimim flying</a></p>
      <p>DP World will run the terminal under a 30-year concession and invest $800&nbsp;million in new berths.</p>
      <p>The Russian navy&#8217;s facility is not affected.</p>`;

    // Act
    const article = extractFromFeedContent(html, 'Port');

    // Assess
    expect(article?.text).toBe(
      'Syria’s ports authority cancelled the Russian contract at Tartus on Monday, officials said.\n\n' +
        'DP World will run the terminal under a 30-year concession and invest $800 million in new berths.\n\n' +
        'The Russian navy’s facility is not affected.',
    );
  });

  it.each([
    ['a one-line teaser', '<p>Officials met in Damascus.</p>'],
    ['an empty content', ''],
    ['only markup', '<div><img src="x"><br><br></div>'],
  ])('returns null for %s', (_name, html) => {
    expect(extractFromFeedContent(html, 'Title')).toBeNull();
  });
});
