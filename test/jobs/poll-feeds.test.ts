import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { articleIdFor } from '../../shared/model/article';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';

const rss = (title: string | null, items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${title ? `<title>${title}</title>` : ''}${items}</channel></rss>`;
const item = (title: string, link: string, pubDate?: string, description = '') =>
  `<item><title>${title}</title><link>${link}</link>${pubDate ? `<pubDate>${pubDate}</pubDate>` : ''}<description>${description}</description></item>`;

describe('pollFeeds against dynalite and a real HTTP server', () => {
  let site: FixtureServer;
  let harness: PollHarness;
  let failures = 0;
  beforeAll(async () => {
    site = await startFixtureServer({
      '/wire.xml': (request, response) => {
        if (request.headers['if-none-match'] === '"wire-1"') return void response.writeHead(304).end();
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"wire-1"' });
        response.end(rss('Levant Wire', [
          item('Russia and Syria discuss Tartus lease', 'https://levant.example/tartus?utm_source=rss', 'Thu, 16 Oct 2025 21:30:00 GMT'),
          item('Local bakery wins a sourdough prize', 'https://levant.example/bakery', 'Thu, 16 Oct 2025 08:00:00 GMT'),
          item('Weekly roundup', 'https://levant.example/roundup', 'Fri, 17 Oct 2025 08:00:00 GMT', 'Damascus asks Moscow about Assad'),
        ].join('')));
      },
      '/untitled.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(null, item('Kremlin on Hmeimim', 'https://other.example/hmeimim')) },
      '/busy.xml': { status: 429, headers: { 'retry-after': '7200' } },
      '/flaky.xml': (_request, response) => {
        failures += 1;
        response.writeHead(500).end();
      },
    });
    harness = await startPollHarness();
  });
  afterAll(async () => {
    await site.close();
    await harness.close();
  });

  it('enqueues possibly relevant items, records the others as not relevant, and names the publisher', async () => {
    // Prepare
    const deps = await harness.createDeps();
    // Act
    const report = await pollFeeds([{ url: `${site.url}/wire.xml` }, { url: `${site.url}/untitled.xml`, publisher: 'Other Desk' }], deps);
    // Assess
    expect(report.feeds).toEqual([
      { url: `${site.url}/wire.xml`, outcome: 'ok', itemCount: 3, enqueued: 2, deferred: 0 },
      { url: `${site.url}/untitled.xml`, outcome: 'ok', itemCount: 1, enqueued: 1, deferred: 0 },
    ]);
    const jobs = Object.fromEntries(deps.queue.jobs.map((job) => [job.canonicalUrl, job]));
    expect(jobs['https://levant.example/tartus']).toMatchObject({
      articleId: articleIdFor('https://levant.example/tartus'), url: 'https://levant.example/tartus?utm_source=rss', feedTitle: 'Levant Wire',
      publishedAt: '2025-10-16T21:30:00.000Z', discoveredAt: '2025-10-20T09:00:00.000Z', digestDate: '2025-10-20',
    });
    expect(jobs['https://levant.example/roundup']?.feedContentHtml).toBe('Damascus asks Moscow about Assad');
    // The page's own site name is read at process time; only an operator-named publisher is passed on.
    expect(jobs['https://levant.example/tartus']?.publisher).toBeUndefined();
    expect(jobs['https://other.example/hmeimim']?.publisher).toBe('Other Desk');
    const bakery = await deps.articles.getArticle(articleIdFor('https://levant.example/bakery'));
    expect(bakery).toMatchObject({ relevant: false, extraction: 'feed', claims: [], title: 'Local bakery wins a sourdough prize', publisher: 'Levant Wire' });
    expect(report.items.find((entry) => entry.url.endsWith('/bakery'))?.outcome).toBe('filtered');
  });

  it('takes at most the per-run limit of new items, counts the rest, keeps no ETag until none is left, then takes them', async () => {
    // Prepare: wire.xml lists three new items and sends an ETag.
    const deps = { ...(await harness.createDeps()), maxNewItemsPerFeed: 1 };
    const feeds = [{ url: `${site.url}/wire.xml` }];
    const reports = [];
    // Act: four polls, each job processed (recorded) before the next.
    for (let poll = 0; poll < 4; poll += 1) {
      const before = deps.queue.jobs.length;
      const report = await pollFeeds(feeds, deps);
      for (const job of deps.queue.jobs.slice(before)) {
        await deps.articles.putArticle({
          id: job.articleId, url: job.url, canonicalUrl: job.canonicalUrl, title: 't', publisher: 'p', publishedAt: null, discoveredAt: job.discoveredAt,
          digestDate: job.digestDate, relevant: true, duplicateOf: null, novelSentences: 0, sentenceCount: 0, claims: [], extraction: 'feed',
        });
      }
      reports.push({ ...report.feeds[0], etagKept: Boolean((await deps.feedStates.get(feeds[0]!.url))?.etag) });
    }
    // Assess: one new item per poll (two enqueued, one pre-filtered), then a conditional GET.
    expect(reports).toMatchObject([
      { outcome: 'ok', itemCount: 3, deferred: 2, etagKept: false },
      { outcome: 'ok', itemCount: 3, deferred: 1, etagKept: false },
      { outcome: 'ok', itemCount: 3, deferred: 0, etagKept: true },
      { outcome: 'not_modified', deferred: 0, etagKept: true },
    ]);
    expect(new Set(deps.queue.jobs.map((job) => job.canonicalUrl)).size).toBe(2);
  });

  it('uses the ETag on the next poll and treats claimed, processed URLs as seen', async () => {
    // Prepare
    const deps = await harness.createDeps();
    await pollFeeds([{ url: `${site.url}/wire.xml` }, { url: `${site.url}/untitled.xml` }], deps);
    const processed = deps.queue.jobs.find((job) => job.canonicalUrl.endsWith('/hmeimim'));
    await deps.articles.putArticle({
      id: processed!.articleId, url: processed!.url, canonicalUrl: processed!.canonicalUrl, title: 'Kremlin on Hmeimim', publisher: 'x',
      publishedAt: null, discoveredAt: processed!.discoveredAt, digestDate: processed!.digestDate, relevant: true, duplicateOf: null,
      novelSentences: 0, sentenceCount: 0, claims: [], extraction: 'feed',
    });
    deps.queue.jobs.length = 0;
    // Act
    const again = await pollFeeds([{ url: `${site.url}/wire.xml` }, { url: `${site.url}/untitled.xml` }], deps);
    // Assess
    expect(again.feeds.map((feed) => feed.outcome)).toEqual(['not_modified', 'ok']);
    expect(again.items.map((entry) => entry.outcome)).toEqual(['already_seen']);
    expect(deps.queue.jobs).toEqual([]);
    expect((await deps.feedStates.get(`${site.url}/wire.xml`))?.etag).toBe('"wire-1"');
  });

  it('re-enqueues a URL that was claimed but never finished processing', async () => {
    const deps = await harness.createDeps();
    await deps.articles.claimUrl('https://other.example/hmeimim', articleIdFor('https://other.example/hmeimim'), new Date());
    const report = await pollFeeds([{ url: `${site.url}/untitled.xml` }], deps);
    expect(report.items.map((entry) => entry.outcome)).toEqual(['enqueued']);
    expect(deps.queue.jobs).toHaveLength(1);
  });

  it('in replay, files a local feed item under the day it was published in the configured time zone', async () => {
    // Prepare: 21:30 UTC on 16 October is 00:30 on 17 October in Damascus (UTC+3).
    const deps = await harness.createDeps({ timeZone: 'Asia/Damascus' });
    const feed = rss('Local', item('Putin meets al-Sharaa', 'https://levant.example/meeting', 'Thu, 16 Oct 2025 21:30:00 GMT') + item('Undated Syria item', 'https://levant.example/undated'));
    // Act
    const report = await pollFeeds([{ url: 'test/fixtures/site/feed.xml' }], { ...deps, replay: true, readLocalFeed: async () => feed });
    // Assess
    expect(report.items.map((entry) => [entry.canonicalUrl, entry.digestDate, entry.publishedAt])).toEqual([
      ['https://levant.example/meeting', '2025-10-17', '2025-10-16T21:30:00.000Z'],
      ['https://levant.example/undated', '2025-10-20', null],
    ]);
    expect(deps.queue.jobs[0]?.discoveredAt).toBe('2025-10-16T21:30:00.000Z');
    expect(deps.queue.jobs[0]?.feedTitle).toBe('Local');
  });

  it('fails a non-http feed when no local reader is given', async () => {
    const deps = await harness.createDeps();
    const report = await pollFeeds([{ url: '/etc/passwd' }], deps);
    expect(report.feeds[0]).toMatchObject({ outcome: 'failed', error: expect.stringContaining('blocked_scheme') });
  });

  it('records failures, backs off exponentially, honours Retry-After and skips the feed while backing off', async () => {
    // Prepare
    const deps = await harness.createDeps();
    const now = deps.now().getTime();
    // Act
    const first = await pollFeeds([{ url: `${site.url}/busy.xml` }, { url: `${site.url}/flaky.xml` }], deps);
    const requestsBefore = failures;
    const second = await pollFeeds([{ url: `${site.url}/flaky.xml` }], deps);
    // Assess
    expect(first.feeds.map((feed) => feed.outcome)).toEqual(['failed', 'failed']);
    const busy = await deps.feedStates.get(`${site.url}/busy.xml`);
    const flaky = await deps.feedStates.get(`${site.url}/flaky.xml`);
    expect(Date.parse(busy!.backoffUntil!) - now).toBe(7200 * 1000);
    expect(flaky).toMatchObject({ consecutiveFailures: 1, lastError: expect.stringContaining('HTTP 500') });
    expect(Date.parse(flaky!.backoffUntil!) - now).toBe(15 * 60 * 1000);
    expect(second.feeds[0]?.outcome).toBe('backing_off');
    expect(failures).toBe(requestsBefore);
  });
});

describe('pollFeeds when a dependency keeps failing', () => {
  it('reports that feed as failed and still polls the others', async () => {
    // Prepare: a queue that refuses one feed's jobs, as SQS might after its retries.
    const site = await startFixtureServer({
      '/a.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss('A', item('Russia in Syria', 'https://a.example/1')) },
      '/b.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss('B', item('Syria and Russia', 'https://b.example/1')) },
    });
    const harness = await startPollHarness();
    try {
      const deps = await harness.createDeps();
      const queue = { jobs: [] as string[], async enqueue(jobs: { feedUrl: string; url: string }[]) {
        if (jobs.some((job) => job.feedUrl.endsWith('/a.xml'))) throw new Error('queue unavailable');
        queue.jobs.push(...jobs.map((job) => job.url));
      } };
      // Act
      const report = await pollFeeds([{ url: `${site.url}/a.xml` }, { url: `${site.url}/b.xml` }], { ...deps, queue });
      const retry = await pollFeeds([{ url: `${site.url}/a.xml` }], { ...deps, queue: deps.queue });
      // Assess
      expect(report.feeds.map((feed) => [feed.outcome, feed.error])).toEqual([['failed', 'queue unavailable'], ['ok', undefined]]);
      expect(queue.jobs).toEqual(['https://b.example/1']);
      expect(retry.items.map((entry) => entry.outcome)).toEqual(['enqueued']); // claimed, never queued: polled again
    } finally {
      await site.close();
      await harness.close();
    }
  });
});
