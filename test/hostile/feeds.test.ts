import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../shared/feed/parse-feed';
import { pollFeeds, type PollReport } from '../../shared/jobs/poll-feeds';
import type { ArticleJob, ArticleRecord } from '../../shared/model/article';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('feeds');
const FEED_URL = 'https://levant.example/feed.xml';
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Levant Wire</title>${items}</channel></rss>`;
const item = (title: string, link: string, extra = '') => `<item><title>${title}</title><link>${link}</link>${extra}</item>`;
const GOOD_FEED = rss(item('Russia keeps Tartus', 'https://levant.example/a') + item('Syria asks Moscow for Assad', 'https://levant.example/b'));

/** Items the run should have kept but did not; duplicates among enqueued canonical URLs. */
function tally(expectedUrls: string[], enqueuedUrls: string[]): void {
  figures.noteItemsLost(expectedUrls.filter((url) => !enqueuedUrls.includes(url)).length);
  figures.noteDuplicatesStored(enqueuedUrls.length - new Set(enqueuedUrls).size);
}

function processedRecord(job: ArticleJob): ArticleRecord {
  return {
    id: job.articleId, url: job.url, canonicalUrl: job.canonicalUrl, title: job.title ?? '', publisher: job.publisher ?? '',
    publishedAt: job.publishedAt ?? null, discoveredAt: job.discoveredAt, digestDate: job.digestDate, relevant: true,
    duplicateOf: null, novelSentences: 1, sentenceCount: 1, claims: [], extraction: 'feed',
  };
}

async function parseOutcome(xml: string) {
  return figures.observe([FeedParseError], () => parseFeed(xml, FEED_URL));
}

describe('hostile: feeds (cases 12–17)', () => {
  let site: FixtureServer;
  let harness: PollHarness;
  const bigFeedItems = 100_000;
  beforeAll(async () => {
    const big = Array.from({ length: bigFeedItems }, (_, index) =>
      index % 10 === 9 ? `<item><title>Russia Syria no link ${index}</title></item>` : item(`Russia Syria ${index}`, `https://levant.example/s/${index % 5000}`, `<guid>g${index % 3000}</guid>`),
    ).join('');
    site = await startFixtureServer({
      '/good.xml': { headers: { 'content-type': 'application/rss+xml' }, body: GOOD_FEED },
      '/truncated.xml': { headers: { 'content-type': 'application/rss+xml' }, body: GOOD_FEED.slice(0, 120) },
      '/html.xml': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body><p>Russia Syria</p></body></html>' },
      '/empty.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '' },
      '/not-modified.xml': { status: 304 },
      '/cp1252.xml': {
        headers: { 'content-type': 'application/xml' },
        body: Buffer.from(rss(item('\u0093Russia\u0094 and Syria \u0096 caf\u00e9 talks', 'https://levant.example/cp')), 'latin1'),
      },
      '/utf16.xml': {
        headers: { 'content-type': 'application/xml' },
        body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(item('Russia и Сирия: Тартус', 'https://levant.example/ru')).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')]),
      },
      '/nbsp.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(item('Putin&nbsp;meets&amp;nbsp;al-Sharaa', 'https://levant.example/nbsp')) },
      '/big.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(big) },
    });
    harness = await startPollHarness();
  });
  afterAll(async () => {
    await site.close();
    await harness.close();
  });

  it('case 12: billion laughs and external entities are rejected, nothing expanded, nothing read', async () => {
    // Prepare
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`).join('')}]>${rss(item('&lol9;', 'https://levant.example/x'))}`;
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss(item('&xxe;', 'https://levant.example/x'))}`;
    const started = Date.now();
    // Act
    const outcomes = [await parseOutcome(laughs), await parseOutcome(external)];
    // Assess
    for (const outcome of outcomes) {
      expect(outcome.error).toBeInstanceOf(FeedParseError);
      expect(outcome.error?.message).toMatch(/DOCTYPE/);
    }
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('case 13: a <__proto__> element pollutes nothing', async () => {
    const { value } = await parseOutcome(rss(item('Russia', 'https://levant.example/p', '<__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>')).replace('<channel>', '<channel><__proto__><polluted>yes</polluted></__proto__>'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(value?.items.map((entry) => entry.url)).toEqual(['https://levant.example/p']);
  });

  it('case 14: an invalid Atom date leaves that item undated instead of losing the feed', async () => {
    // Prepare
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
      <entry><title>Russia at Tartus</title><link href="https://levant.example/t"/><id>t</id><published>last Tuesday</published></entry>
      <entry><title>Syria and Russia</title><link href="https://levant.example/s"/><id>s</id><updated>2025-10-18T06:00:00Z</updated></entry></feed>`;
    // Act
    const raw = await new Parser().parseString(atom).then(() => 'parsed', (error: unknown) => (error as Error).name);
    const { value } = await parseOutcome(atom);
    // Assess
    expect(raw).toBe('RangeError'); // the library alone loses the whole feed
    expect(value?.items.map((entry) => [entry.url, entry.publishedAt ?? null])).toEqual([
      ['https://levant.example/t', null],
      ['https://levant.example/s', '2025-10-18T06:00:00.000Z'],
    ]);
  });

  it('case 15: truncated XML, HTML, an empty 200 and a 304 fail or skip cleanly; the good feed goes on', async () => {
    // Prepare
    const deps = await harness.createDeps();
    const paths = ['/truncated.xml', '/html.xml', '/empty.xml', '/not-modified.xml', '/good.xml'];
    // Act
    const { value: report } = await figures.observe([], () => pollFeeds(paths.map((path) => ({ url: `${site.url}${path}` })), deps));
    // Assess
    expect(report?.feeds.map((feed) => feed.outcome)).toEqual(['failed', 'failed', 'failed', 'not_modified', 'ok']);
    const enqueued = deps.queue.jobs.map((job) => job.canonicalUrl);
    tally(['https://levant.example/a', 'https://levant.example/b'], enqueued);
    expect(enqueued.sort()).toEqual(['https://levant.example/a', 'https://levant.example/b']);
    expect((await deps.feedStates.get(`${site.url}/truncated.xml`))?.consecutiveFailures).toBe(1);
  });

  it('case 16: windows-1252 without a charset, UTF-16 with a BOM and &nbsp; come out as the right text', async () => {
    const deps = await harness.createDeps();
    await figures.observe([], () => pollFeeds(['/cp1252.xml', '/utf16.xml', '/nbsp.xml'].map((path) => ({ url: `${site.url}${path}` })), deps));
    const titles = Object.fromEntries(deps.queue.jobs.map((job) => [job.canonicalUrl, job.title]));
    expect(titles).toEqual({
      'https://levant.example/cp': '\u201cRussia\u201d and Syria \u2013 café talks',
      'https://levant.example/ru': 'Russia и Сирия: Тартус',
      'https://levant.example/nbsp': 'Putin meets al-Sharaa',
    });
    tally(Object.keys(titles), deps.queue.jobs.map((job) => job.canonicalUrl));
  });

  it('case 17: 100,000 items with duplicate GUIDs and missing links: no distinct item is cut: each poll takes the per-run limit of new ones in order and counts the rest for the next', async () => {
    // Prepare
    const deps = { ...(await harness.createDeps({ limits: { maxBytes: 32 * 1024 * 1024, timeoutMs: 30_000 } })), maxNewItemsPerFeed: 100 };
    const feeds = [{ url: `${site.url}/big.xml` }];
    const pollAndProcess = async () => {
      const before = deps.queue.jobs.length;
      const report = (await figures.observe([], () => pollFeeds(feeds, deps))).value as PollReport;
      // The process step records each article; a claimed URL with a record is then seen, not redone.
      for (const job of deps.queue.jobs.slice(before)) await deps.articles.putArticle(processedRecord(job));
      return report;
    };
    // Act
    const polls = [await pollAndProcess(), await pollAndProcess()];
    // Assess: GUIDs repeat every 3,000 items and links every 5,000, and one item in ten has no link,
    // and an item is its link (a GUID reused on another link is another item, issue 16), so the distinct
    // linked items are indices 0–4,999 less every tenth: 4,500, taken 100 at a time in
    // the feed's order, the rest counted as left for the next poll.
    const expected = Array.from({ length: 5000 }, (_, index) => index).filter((index) => index % 10 !== 9).map((index) => `https://levant.example/s/${index}`);
    const enqueued = deps.queue.jobs.map((job) => job.canonicalUrl);
    tally(expected.slice(0, 200), enqueued);
    expect(polls.map((poll) => poll.feeds[0])).toMatchObject([
      { outcome: 'ok', itemCount: 4500, enqueued: 100, deferred: 4400 },
      { outcome: 'ok', itemCount: 4500, enqueued: 100, deferred: 4300 },
    ]);
    expect(polls[1]!.items.filter((entry) => entry.outcome === 'already_seen')).toHaveLength(100);
    expect(enqueued).toEqual(expected.slice(0, 200));
  }, 240_000);
});
