import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/extract-article';
import { EXPECTED_ARTICLES, readFixturePage } from './fixture-pages';

const ORIGIN = 'http://127.0.0.1:8080/';

/** Page furniture of the three fixture outlets, read off their templates: none of it is article text. */
const FURNITURE = [
  'We use cookies', 'Accept all', 'Manage preferences', 'Related coverage', 'The Ledger Briefing',
  'Share this story', 'About us', 'All rights reserved', 'Subscribe from', 'More from Diplomacy',
  'Most read', 'READ MORE', 'Get the Wire Daily', 'never miss a story', 'Comments are closed', 'Topics:',
  'Log in', 'Advertisement', 'Share this:', 'Leave a Reply', 'Subscribe to our newsletter', 'Trending',
  'powered by WordPress', 'Breaking:', 'Skip to content', 'This website uses cookies', 'Photo:', 'Credit:',
  '(Kremlin pool)', '(SANA)', 'Tagged', 'Privacy', 'first appeared in',
];

describe('extractArticle on the fixture site', () => {
  it.each(EXPECTED_ARTICLES.map((article) => [article.path, article] as const))('%s', (path, expected) => {
    // Prepare
    const html = readFixturePage(path);

    // Act
    const article = extractArticle(html, ORIGIN + path);

    // Assess
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.outlet);
    expect(article.publishedTime).toBe(new Date(expected.publishedAt).toISOString());
    expect(article.canonicalUrl).toBe(ORIGIN + path);
    expect(article.method).toBe('readability');
    for (const claim of expected.claims) expect(article.text).toContain(claim.evidence);
    for (const furniture of FURNITURE) expect(article.text).not.toContain(furniture);
    for (const other of EXPECTED_ARTICLES.filter((candidate) => candidate.path !== path)) {
      expect(article.text, `title of a related link: ${other.title}`).not.toContain(other.title);
    }
    expect(article.text).not.toMatch(/&[a-z#0-9]+;/i);
    expect(article.text).not.toMatch(/[<>]/);
    expect(article.text).not.toMatch(/(?<!\n)\n(?!\n)/);
  });

  it('resolves a tracking-parameter URL to the clean canonical URL the page declares', () => {
    // Prepare
    const variant = EXPECTED_ARTICLES.find((article) => article.urlVariants?.length)!;

    // Act
    const article = extractArticle(readFixturePage(variant.path), ORIGIN + variant.urlVariants![0]);

    // Assess
    expect(article.canonicalUrl).toBe(ORIGIN + variant.path);
  });
});

describe('extractArticle on hand-made pages', () => {
  const paragraph = (text: string): string => `<p>${text} ${'The talks in Damascus went on for hours. '.repeat(4)}</p>`;

  it('decodes named, numeric and hex entities and non-breaking spaces', () => {
    // Prepare
    const html = `<html><head><title>Entities</title></head><body><article><h1>Entities</h1>
      ${paragraph('Caf&eacute; owners &amp; officials said &#8220;yes&#x201D;&nbsp;on&nbsp;Monday &mdash; twice.')}
      ${paragraph('The minister&rsquo;s aide left.')}</article></body></html>`;

    // Act
    const article = extractArticle(html, 'https://news.example/entities');

    // Assess
    expect(article.text).toContain('Café owners & officials said “yes” on Monday — twice.');
    expect(article.text).toContain('The minister’s aide left.');
    expect(article.text).not.toContain('\u00a0');
  });

  it('keeps the lang of the page and separates paragraphs with one blank line', () => {
    // Prepare
    const html = `<html lang="fr"><head><title>Deux paragraphes</title></head><body><article>
      ${paragraph('First   paragraph\n spread over\tlines.')}<div>${paragraph('Second paragraph.')}</div></article></body></html>`;

    // Act
    const article = extractArticle(html, 'https://news.example/fr');

    // Assess
    expect(article.lang).toBe('fr');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^First paragraph spread over lines\./);
    expect(paragraphs[1]).toMatch(/^Second paragraph\./);
  });

  it.each([
    ['og:locale', '<meta property="og:locale" content="ar_AR">', 'ar_AR'],
    ['a content-language meta', '<meta http-equiv="Content-Language" content="ru">', 'ru'],
  ])('keeps the locale the page declares in %s', (_name, meta, locale) => {
    // Prepare
    const html = `<html><head><title>Locale</title>${meta}</head><body><article>${paragraph('Text of the article.')}${paragraph('A second paragraph of it.')}</article></body></html>`;

    // Act
    const article = extractArticle(html, 'https://news.example/locale');

    // Assess
    expect(article.locale).toBe(locale);
  });

  it('parses a page whose <style> holds uncompiled SCSS', () => {
    // Prepare
    const html = `<html><head><title>SCSS</title><style>$c: red; .a { &:hover { color: darken($c, 5%); } }
      @include mq(md) { .b { .c & { x: y } } }</style></head><body><article>${paragraph('Text stays.')}${paragraph('More text.')}</article></body></html>`;

    // Act
    const article = extractArticle(html, 'https://news.example/scss');

    // Assess
    expect(article.text).toContain('Text stays.');
  });

  it('maps a jsdom constructor failure to ExtractionError(unparseable) with the cause kept', () => {
    // Prepare: jsdom throws in its constructor on a URL it cannot parse.
    const html = `<html><body><article>${paragraph('Text.')}${paragraph('More.')}</article></body></html>`;

    // Act
    const attempt = (): unknown => extractArticle(html, 'not a url');

    // Assess
    expect(attempt).toThrow(expect.objectContaining({ name: 'ExtractionError', reason: 'unparseable', cause: expect.any(Error) }));
  });

  it('reads the page as served when furniture removal took the article: a live blog whose entries are all marked for sharing', () => {
    // Prepare: each entry holds a fifth of the prose, so the class guess `sharing-enabled` removes all but one.
    const entries = ['Monday 09:10', 'Monday 11:45', 'Monday 14:20', 'Monday 17:05', 'Monday 21:30'].map(
      (time) => `<div class="live-entry sharing-enabled"><p>${time}: the Russian delegation arrived at the ministry in Damascus for a further round of talks on the port of Tartus and the air base at Hmeimim.</p></div>`,
    );
    const html = `<html><head><title>Live: talks in Damascus</title></head><body><div class="live-feed">${entries.join('')}</div></body></html>`;

    // Act
    const article = extractArticle(html, 'https://news.example/live');

    // Assess
    for (const time of ['Monday 09:10', 'Monday 11:45', 'Monday 14:20', 'Monday 17:05', 'Monday 21:30']) expect(article.text).toContain(time);
  });

  it.each([
    ['a page of navigation only', '<html><head><title>Home</title></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav><footer>© 2025</footer></body></html>'],
    ['an empty document', ''],
    ['a teaser too short to be an article', '<html><head><title>Teaser</title></head><body><article><p>Short teaser.</p></article></body></html>'],
  ])('throws ExtractionError(no_article) for %s', (_name, html) => {
    // Act / Assess
    expect(() => extractArticle(html, 'https://news.example/none')).toThrow(
      expect.objectContaining({ name: 'ExtractionError', reason: 'no_article' }),
    );
  });
});
