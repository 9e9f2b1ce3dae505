import { describe, expect, it } from 'vitest';
import { canonicaliseUrl } from '../../shared/feed/canonical-url';

describe('canonicaliseUrl', () => {
  it.each([
    ['lower-cases scheme and host', 'HTTPS://News.Example.COM/World/Story', 'https://news.example.com/World/Story'],
    ['drops the default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps a non-default port', 'http://example.com:8080/a', 'http://example.com:8080/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['drops utm_* and click ids', 'https://example.com/a?utm_source=x&utm_medium=rss&fbclid=1&gclid=2', 'https://example.com/a'],
    ['drops mailchimp and ref parameters', 'https://example.com/a?mc_cid=1&mc_eid=2&ref=feed', 'https://example.com/a'],
    ['keeps and sorts content parameters', 'https://example.com/article?page=2&id=7&utm_campaign=z', 'https://example.com/article?id=7&page=2'],
    ['strips a trailing slash', 'https://example.com/world/story/', 'https://example.com/world/story'],
    ['keeps the root slash', 'https://example.com', 'https://example.com/'],
    ['AMP path suffix', 'https://example.com/world/story/amp/', 'https://example.com/world/story'],
    ['AMP path prefix', 'https://example.com/amp/world/story', 'https://example.com/world/story'],
    ['AMP query switch', 'https://example.com/world/story?amp=1', 'https://example.com/world/story'],
    ['AMP .amp.html ending', 'https://example.com/world/story.amp.html', 'https://example.com/world/story.html'],
    ['mobile host', 'https://m.example.com/world/story', 'https://example.com/world/story'],
    ['AMP host', 'https://amp.example.co.uk/story', 'https://example.co.uk/story'],
    ['a bare m. domain is not stripped', 'https://m.me/story', 'https://m.me/story'],
    ['an amp= value that selects content stays', 'https://example.com/a?amp=guide', 'https://example.com/a?amp=guide'],
    ['a non-URL is returned trimmed', '  not a url ', 'not a url'],
  ])('%s', (_case, input, expected) => {
    expect(canonicaliseUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = canonicaliseUrl('https://M.Example.com/a/amp/?utm_source=x&b=2&a=1#top');
    expect(canonicaliseUrl(once)).toBe(once);
    expect(once).toBe('https://example.com/a?a=1&b=2');
  });
});
