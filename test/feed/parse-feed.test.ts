import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../shared/feed/parse-feed';

const FEED_URL = 'https://news.example/feed.xml';
const rss = (items: string, channel = '<title>Levant Wire</title><link>https://news.example/</link>') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
const atom = (entries: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>${entries}</feed>`;

async function parseError(xml: string): Promise<FeedParseError> {
  try {
    await parseFeed(xml, FEED_URL);
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed', () => {
  it('reads an RSS 2.0 item with its date, guid, content and the feed title', async () => {
    // Prepare
    const xml = rss(`<item><title>Talks on Tartus continue</title><link>https://news.example/tartus?utm_source=rss</link>
      <guid isPermaLink="false">tartus-1</guid><pubDate>Thu, 16 Oct 2025 09:30:00 GMT</pubDate>
      <description>&lt;p&gt;Delegations met.&lt;/p&gt;</description></item>`);
    // Act
    const feed = await parseFeed(xml, FEED_URL);
    // Assess
    expect(feed.title).toBe('Levant Wire');
    expect(feed.siteUrl).toBe('https://news.example/');
    expect(feed.items).toEqual([{
      url: 'https://news.example/tartus?utm_source=rss', guid: 'tartus-1', title: 'Talks on Tartus continue',
      publishedAt: '2025-10-16T09:30:00.000Z', contentHtml: '<p>Delegations met.</p>',
    }]);
  });

  it('reads the channel <language> and an item\'s own dc:language', async () => {
    // Prepare
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>موجز</title><language>ar</language>
      <item><title>بيسكوف: الحوار مستمر</title><link>https://news.example/a</link></item>
      <item><title>Песков: диалог продолжается</title><link>https://news.example/b</link><dc:language>ru-RU</dc:language></item>
    </channel></rss>`;

    // Act
    const feed = await parseFeed(xml, FEED_URL);

    // Assess
    expect(feed.language).toBe('ar');
    expect(feed.items.map((item) => item.language)).toEqual([undefined, 'ru-RU']);
  });

  it('reads Atom entries, resolving a relative link against the feed URL', async () => {
    const feed = await parseFeed(atom(`<entry><title>Hmeimim</title><link href="/hmeimim"/><id>urn:1</id><published>2025-10-17T08:00:00Z</published></entry>`), FEED_URL);
    expect(feed.title).toBe('Atom Desk');
    expect(feed.items).toEqual([{ url: 'https://news.example/hmeimim', guid: 'urn:1', title: 'Hmeimim', publishedAt: '2025-10-17T08:00:00.000Z' }]);
  });

  it('keeps an Atom entry with an invalid date, undated, alongside the valid ones', async () => {
    const feed = await parseFeed(atom(`
      <entry><title>Bad date</title><link href="https://news.example/a"/><id>a</id><published>last Tuesday</published><updated>n/a</updated></entry>
      <entry><title>Good date</title><link href="https://news.example/b"/><id>b</id><updated>2025-10-18T00:00:00Z</updated></entry>`), FEED_URL);
    expect(feed.items.map((item) => [item.title, item.publishedAt])).toEqual([['Bad date', undefined], ['Good date', '2025-10-18T00:00:00.000Z']]);
  });

  it('decodes HTML entities in titles, raw or escaped twice', async () => {
    const feed = await parseFeed(rss(`<item><title>Putin&nbsp;meets al&#8209;Sharaa &amp;nbsp;&amp;mdash; caf&eacute; talks</title><link>https://news.example/x</link></item>`), FEED_URL);
    expect(feed.items[0]?.title).toBe('Putin meets al\u2011Sharaa \u2014 café talks');
  });

  it('keeps markup-looking title text verbatim for the renderers to escape', async () => {
    const feed = await parseFeed(rss(`<item><title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title><link>https://news.example/x</link></item>`), FEED_URL);
    expect(feed.items[0]?.title).toBe('</title><script>alert(1)</script>');
  });

  it('skips and counts items without an http(s) link and repeated links; a GUID on another link is another item', async () => {
    const feed = await parseFeed(rss(`
      <item><title>no link</title></item>
      <item><title>script</title><link>javascript:alert(1)</link></item>
      <item><title>file</title><link>file:///etc/passwd</link></item>
      <item><title>first</title><link>https://news.example/1</link><guid>g1</guid></item>
      <item><title>same guid</title><link>https://news.example/2</link><guid>g1</guid></item>
      <item><title>same link, tracked</title><link>https://news.example/1?utm_medium=rss#top</link></item>
      <item><title>permalink guid</title><guid>https://news.example/3</guid></item>`), FEED_URL);
    expect(feed.items.map((item) => [item.title, item.suspicion])).toEqual([
      ['first', undefined],
      ['same guid', 'guid "g1" is also the guid of https://news.example/1'],
      ['permalink guid', undefined],
    ]);
    expect(feed.skipped).toEqual({ no_http_link: 3, repeated_link: 1 });
  });

  it('caps the number of items and counts the ones it did not read', async () => {
    const items = Array.from({ length: 30 }, (_, index) => `<item><title>${index}</title><link>https://news.example/${index}</link></item>`).join('');
    const capped = await parseFeed(rss(items), FEED_URL, { maxItems: 7 });
    expect(capped.items).toHaveLength(7);
    expect(capped.beyondLimit).toBe(23);
    const whole = await parseFeed(rss(items), FEED_URL);
    expect(whole.items).toHaveLength(30);
    expect(whole.beyondLimit).toBe(0);
  });

  it('counts the default cut too: no item of a long feed goes unrecorded', async () => {
    const items = Array.from({ length: 250 }, (_, index) => `<item><title>${index}</title><link>https://news.example/${index}</link></item>`).join('');
    const feed = await parseFeed(rss(items), FEED_URL);
    expect(feed.items.length + feed.beyondLimit).toBe(250);
  });

  it.each([
    ['truncated XML', rss('<item><title>cut</tit')],
    ['an HTML page', '<html><head><title>x</title></head><body><p>not a feed</p></body></html>'],
    ['an empty document', ''],
    ['a DOCTYPE', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x">]>${rss('')}`],
    ['unknown XML', '<?xml version="1.0"?><catalog><book/></catalog>'],
  ])('rejects %s with FeedParseError', async (_case, xml) => {
    const error = await parseError(xml);
    expect(error.feedUrl).toBe(FEED_URL);
  });
});
