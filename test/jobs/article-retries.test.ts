/**
 * Issue 14, in the cloud's flow: a page that fails for a passing reason on its last SQS receive is
 * recorded and handed out again by later polls, on a schedule (1 h, 3 h, 12 h, 30 h after tries
 * 1–4), five tries in all, then recorded as given up; a permanent failure is never tried again.
 * Real dynalite, a real HTTP server on 127.0.0.1, the clock moved by hand.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import { canonicaliseUrl } from '../../shared/feed/canonical-url';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { processArticle } from '../../shared/jobs/process-article';
import { articleIdFor, type ArticleJob } from '../../shared/model/article';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { ensureTable } from '../../shared/storage/dynamo/client';
import { FeedStateStore } from '../../shared/storage/dynamo/feed-state-store';
import { RetryStore } from '../../shared/storage/dynamo/retry-store';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { FIXTURE_SITE_DIR } from '../helpers/fixture-site';
import { buildDigest, buildDigestWithRebuilds } from '../../shared/jobs/build-digest';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { DigestSchema } from '../../shared/model/digest';
import { RecordingQueue } from '../helpers/poll-harness';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

let table: EmbeddedTable;
let server: FixtureServer;
let tables = 0;
let lateIsUp = false;

beforeAll(async () => {
  table = await startEmbeddedTable();
  const page = await readFile(join(FIXTURE_SITE_DIR, 'coastline/news/fewer-russian-warships-at-tartus.html'), 'utf8');
  server = await startFixtureServer({
    '/down.html': { status: 503, body: 'busy' },
    '/gone.html': { status: 410, body: 'gone' },
    '/late.html': (_request, response) => {
      if (lateIsUp) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else response.writeHead(503).end('busy');
    },
  });
});
afterAll(async () => {
  await server.close();
  await table.close();
});

const HOUR = 3_600_000;

async function createWorld(start: string) {
  tables += 1;
  const tableName = `retries-${tables}`;
  await ensureTable(table.client, tableName);
  const clock = { now: new Date(start) };
  const blobDir = await mkdtemp(join(tmpdir(), 'sitrep-retries-'));
  const queue = new RecordingQueue();
  const deps = {
    ...createStorylineDeps(SYRIA_RUSSIA),
    fetcher: createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] })),
    articles: new ArticleStore(table.client, tableName),
    feedStates: new FeedStateStore(table.client, tableName),
    retries: new RetryStore(table.client, tableName),
    blobs: new FsBlobStore(blobDir),
    threadStates: new ThreadStateStore(table.client, tableName),
    dedupe: createDedupeService(table.client, tableName),
    queue,
    now: () => clock.now,
    timeZone: 'UTC',
    logger: new Logger({ serviceName: 'retries-test', logLevel: 'SILENT' }),
  };
  return { deps, clock, queue, blobDir };
}

function jobFor(path: string): ArticleJob {
  const url = `${server.url}${path}`;
  const canonicalUrl = canonicaliseUrl(url);
  return { articleId: articleIdFor(canonicalUrl), url, canonicalUrl, feedUrl: `${server.url}/feed.xml`, discoveredAt: '2025-10-21T09:15:00Z', digestDate: '2025-10-21' };
}

describe('article retries', () => {
  it('tries a 503 five times over two days on the poll schedule, then records that it gave up', async () => {
    // Prepare
    const { deps, clock, queue } = await createWorld('2025-10-21T09:15:00Z');
    const job = jobFor('/down.html');
    const handedOut: string[] = [];
    // Act: the first try (SQS's last receive), then polls every 30 minutes for three days.
    let record = (await processArticle(job, deps, { finalAttempt: true })).record;
    const start = clock.now.getTime();
    for (let poll = 1; poll <= 6 * 24; poll += 1) {
      clock.now = new Date(start + poll * HOUR / 2);
      const before = queue.jobs.length;
      await pollFeeds([], deps);
      for (const retry of queue.jobs.slice(before)) {
        handedOut.push(`${(clock.now.getTime() - start) / HOUR}h #${retry.attempt}`);
        record = (await processArticle(retry, deps, { finalAttempt: true })).record;
      }
    }
    // Assess: waits of 1, 3, 12 and 30 hours after tries 1–4 (read off the policy in the issue).
    expect(handedOut).toEqual(['1h #2', '4h #3', '16h #4', '46h #5']);
    expect(record.retry).toEqual({ tries: 5, gaveUp: true });
    expect(record.error).toMatch(/^fetch failed \(http_status\).*503.*; gave up after 5 tries$/);
    expect(await deps.retries.listPending()).toEqual([]);
    expect(server.requests.filter((request) => request.path === '/down.html')).toHaveLength(5);
    // The record stays under its publication day.
    expect((await deps.articles.listDay('2025-10-21')).map((listed) => listed.retry)).toEqual([{ tries: 5, gaveUp: true }]);
  });

  it('records a 410 once with its reason and schedules nothing', async () => {
    const { deps, clock, queue } = await createWorld('2025-10-21T09:15:00Z');

    const { record } = await processArticle(jobFor('/gone.html'), deps, { finalAttempt: false });
    clock.now = new Date(clock.now.getTime() + 48 * HOUR);
    await pollFeeds([], deps);

    expect(record.error).toMatch(/^fetch failed \(http_status\).*410/);
    expect(record.retry).toBeUndefined();
    expect(queue.jobs).toEqual([]);
    expect(await deps.retries.listPending()).toEqual([]);
  });

  it('a redelivered copy of a try already made returns the record without fetching again', async () => {
    const { deps, clock, queue } = await createWorld('2025-10-21T09:15:00Z');
    await processArticle(jobFor('/down.html'), deps, { finalAttempt: true });
    clock.now = new Date(clock.now.getTime() + 2 * HOUR);
    await pollFeeds([], deps);
    const second = queue.jobs[0]!;
    await processArticle(second, deps, { finalAttempt: true });
    const requests = server.requests.length;

    const again = await processArticle(second, deps, { finalAttempt: true });

    expect(again.alreadyProcessed).toBe(true);
    expect(again.record.retry).toMatchObject({ tries: 2, gaveUp: false });
    expect(server.requests.length).toBe(requests);
  });

  it('in the cloud, an article read on a later try is added to its own day: the next digest run rebuilds that day and the days after it', async () => {
    // Prepare: 21 October's page fails; the digests of 21 and 22 October are built without it.
    const { deps, clock, queue, blobDir } = await createWorld('2025-10-21T09:15:00Z');
    await processArticle(jobFor('/late.html'), deps, { finalAttempt: true });
    clock.now = new Date('2025-10-22T07:00:00Z');
    await buildDigest('2025-10-21', deps);
    clock.now = new Date('2025-10-23T07:00:00Z');
    await buildDigest('2025-10-22', deps);
    const stateBefore = JSON.stringify((await deps.threadStates.getLatestBefore('2025-10-23'))?.state);
    // Act: the page is back; the 30-hour try reads it; then the daily run for 23 October.
    lateIsUp = true;
    clock.now = new Date('2025-10-23T12:00:00Z');
    await pollFeeds([], deps);
    await processArticle(queue.jobs.at(-1)!, deps, { finalAttempt: true });
    clock.now = new Date('2025-10-24T07:00:00Z');
    const { rebuilt } = await buildDigestWithRebuilds('2025-10-23', deps);
    // Assess
    expect(rebuilt).toEqual(['2025-10-21', '2025-10-22']);
    const day = DigestSchema.parse(JSON.parse(await readFile(join(blobDir, 'digests', '2025-10-21', 'digest.json'), 'utf8')));
    expect(day.articles).toEqual([expect.objectContaining({ relevant: true, title: 'Fewer Russian warships at Tartus as Moscow trims its Mediterranean presence' })]);
    expect(day.articles[0]!.error).toBeUndefined();
    expect(day.threads.find((thread) => thread.thread === 'bases')!.changes.length).toBeGreaterThan(0);
    // The state after 22 October now carries what the late article said.
    const stateAfter = JSON.stringify((await deps.threadStates.getLatestBefore('2025-10-23'))?.state);
    expect(stateAfter).not.toBe(stateBefore);
    expect(stateAfter).toContain(day.articles[0]!.id);
    expect(await deps.retries.listDaysToRebuild()).toEqual([]);
    // The next day's run has nothing to rebuild.
    expect((await buildDigestWithRebuilds('2025-10-24', deps)).rebuilt).toEqual([]);
  });
});
