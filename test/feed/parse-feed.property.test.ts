import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../shared/feed/parse-feed';

const FEED_URL = 'https://news.example/feed.xml';

/** XML-ish fragments that poke at the parser: tags, entities, CDATA, declarations, odd names. */
const fragment = fc.oneof(
  fc.constantFrom('<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>',
    '<entry>', '</entry>', '<title>', '</title>', '<link>', '</link>', '<link href="', '"/>', '<published>', '</published>', '<pubDate>', '</pubDate>',
    '<guid>', '</guid>', '<__proto__>', '</__proto__>', '<constructor>', '<polluted>1</polluted>', '&nbsp;', '&amp;', '&#0;', '&#xD800;', '&bogus;',
    '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<!DOCTYPE x>', '<!ENTITY a "b">', 'https://news.example/a', 'javascript:x', '\uFEFF'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const document = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseFeed on generated input', () => {
  it('returns a feed or throws FeedParseError, never anything else, and pollutes nothing', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(document, async (xml) => {
        try {
          const feed = await parseFeed(xml, FEED_URL);
          for (const item of feed.items) expect(item.url).toMatch(/^https?:\/\//);
        } catch (error) {
          if (!(error instanceof FeedParseError)) throw error;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    // No hang: thousands of inputs in well under the test timeout.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('keeps every well-formed generated item that has a link', async () => {
    const item = fc.record({ title: fc.string({ maxLength: 30 }), path: fc.stringMatching(/^[a-z0-9-]{1,20}$/) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(item, { selector: (entry) => entry.path, maxLength: 15 }), async (items) => {
        const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, '');
        const body = items.map((entry) => `<item><title>${escape(entry.title)}</title><link>https://news.example/${entry.path}</link></item>`).join('');
        const feed = await parseFeed(`<rss version="2.0"><channel><title>t</title>${body}</channel></rss>`, FEED_URL);
        expect(feed.items.map((entry) => entry.url)).toEqual(items.map((entry) => `https://news.example/${entry.path}`));
      }),
      { numRuns: 500 },
    );
  });
});
