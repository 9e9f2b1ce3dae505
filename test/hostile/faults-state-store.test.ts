import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { buildDigest } from '../../shared/jobs/build-digest';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { processArticle } from '../../shared/jobs/process-article';
import type { ArticleJob } from '../../shared/model/article';
import { createDocumentClient } from '../../shared/storage/dynamo/client';
import { FeedStateStore } from '../../shared/storage/dynamo/feed-state-store';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { RecordingQueue } from '../helpers/poll-harness';
import { startFaultyDynamo, type FaultyDynamo } from './faults-dynamo-proxy';
import {
  articleRoutes, DIGEST_DATE, jobFor, numberedArticle, processDeps, readStoredCopies, recordOf, startStorageWorld, TABLE,
  type StorageWorld,
} from './faults-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('state store');
const STORIES = Array.from({ length: 6 }, (_, index) => numberedArticle(index + 20));
/** The process queue's visibility timeout (6 × the 90 s Lambda timeout): the gap before a redelivery. */
const VISIBILITY_TIMEOUT_MS = 540_000;
const fetcher = createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] }));

/** A clock the run advances by a visibility timeout per redelivery round, as real time would pass. */
function startClock(iso: string) {
  let now = Date.parse(iso);
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

/**
 * Poll, process and digest as the deployed pipeline does, with SQS played by a list: a job whose
 * processing throws is delivered again after the visibility timeout, and the next scheduled poll
 * re-enqueues claims that never got a record.
 */
async function runPipeline(world: StorageWorld, client: DynamoDBDocumentClient, siteUrl: string, hooks: { afterPoll?: () => void } = {}) {
  const clock = startClock(`${DIGEST_DATE}T09:00:00Z`);
  const deps = processDeps(world, fetcher, { client, now: clock.now });
  const feedStates = new FeedStateStore(client, TABLE);
  let redeliveries = 0;
  for (let poll = 0; poll < 2; poll += 1) {
    const queue = new RecordingQueue();
    const report = await pollFeeds([{ url: `${siteUrl}/feed.xml` }], { ...deps, feedStates, queue, timeZone: 'UTC' });
    redeliveries += report.feeds.filter((feed) => feed.outcome === 'failed').length;
    if (poll === 0) hooks.afterPoll?.();
    let pending: ArticleJob[] = queue.jobs;
    for (let round = 0; pending.length > 0 && round < 8; round += 1) {
      const failed: ArticleJob[] = [];
      for (const job of pending) await processArticle(job, deps).catch(() => failed.push(job));
      redeliveries += failed.length;
      pending = failed;
      clock.advance(VISIBILITY_TIMEOUT_MS);
      // Real time must pass too, or every redelivery would land inside an outage.
      if (failed.length > 0) await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
  }
  const { digest } = await buildDigest(DIGEST_DATE, { ...deps, threadStates: world.threadStates, now: clock.now });
  return { digest, redeliveries };
}

/** Every story stored once, its three copies agreeing, listed once in the digest. */
async function assessConverged(world: StorageWorld, siteUrl: string, digest: { articles: Array<{ id: string }> }) {
  const ids = STORIES.map((story) => jobFor(siteUrl, story.slug).articleId);
  const day = await world.articles.listDay(DIGEST_DATE);
  let lost = 0;
  let doubled = day.length - new Set(day.map((record) => record.id)).size;
  for (const id of ids) {
    const copies = await readStoredCopies(world, id);
    if (!copies.record || !copies.blob || copies.dayEntries.length === 0) lost += 1;
    if (copies.blob && copies.record && JSON.stringify(recordOf(copies.blob)) !== JSON.stringify(copies.record)) doubled += 1;
    if (copies.dayEntries[0] && copies.record && JSON.stringify(copies.dayEntries[0]) !== JSON.stringify(copies.record)) doubled += 1;
    doubled += Math.max(0, copies.signatureItems - 1);
    const listed = digest.articles.filter((article) => article.id === id).length;
    if (listed === 0) lost += 1;
    doubled += Math.max(0, listed - 1);
  }
  figures.noteItemsLost(lost);
  figures.noteDuplicatesStored(doubled);
  expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
  expect(day.map((record) => record.id).sort()).toEqual([...ids].sort());
}

describe('hostile: state store faults (case 23)', () => {
  let site: FixtureServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sitrep-faults-'));
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Faults Wire</title>${STORIES.map(
      (story) => `<item><title>${story.title}</title><link>SITE/articles/${story.slug}</link></item>`,
    ).join('')}</channel></rss>`;
    site = await startFixtureServer({
      ...articleRoutes(STORIES),
      '/feed.xml': (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(feed.replaceAll('SITE', site.url));
      },
    });
  });
  afterAll(async () => {
    await site?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  describe('case 23: the state store throttles or stops mid-run', () => {
    let dynamo: FaultyDynamo;
    let world: StorageWorld;
    let client: DynamoDBDocumentClient;
    const start = async (name: string) => {
      dynamo = await startFaultyDynamo(join(dataDir, name));
      world = await startStorageWorld({ dynamo });
      // The Lambdas' own client settings (createDocumentClient's retries, adaptive mode), through the proxy.
      client = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
    };
    const stop = async () => {
      client?.destroy();
      await world?.close();
      await dynamo?.close();
    };

    it('case 23: a burst of ThrottlingException answers mid-run → the SDK retries with backoff and the run converges', async () => {
      // Prepare
      await start('throttled');
      // A short burst: the adaptive retry mode slows the client sharply after each throttle (measured:
      // ten throttles cost about 15 s), so a steady rate would only test patience.
      dynamo.rule = (requestNumber) => (requestNumber >= 40 && requestNumber < 52 && requestNumber % 2 === 0 ? 'throttle' : 'pass');
      try {
        // Act
        const { value } = await figures.observe([], () => runPipeline(world, client, site.url));
        dynamo.rule = () => 'pass';

        // Assess: faults happened, each throttled request came again, and nothing was lost or doubled.
        console.info(`state store: ${dynamo.requests} requests, ${dynamo.throttledBodies.length} throttled, ${value!.redeliveries} redeliveries`);
        expect(dynamo.throttledBodies.length).toBe(6);
        expect(value!.redeliveries, 'the SDK should have absorbed the burst without a redelivery').toBe(0);
        expect(dynamo.throttledBodies.filter((body) => !dynamo.forwardedBodies.has(body))).toEqual([]);
        await assessConverged(world, site.url, value!.digest);
      } finally {
        await stop();
      }
    });

    it('case 23: dynalite stopped mid-processing and restarted on the same files → redelivered jobs converge', async () => {
      // Prepare
      await start('restarted');
      let restarted: Promise<void> | undefined;
      const afterPoll = () => {
        const stopAt = dynamo.requests + 25;
        dynamo.rule = (requestNumber) => {
          if (requestNumber === stopAt) {
            restarted = dynamo.stop().then(() => new Promise((resolve) => setTimeout(resolve, 2_500))).then(() => dynamo.restart());
          }
          return 'pass';
        };
      };
      try {
        // Act
        const { value } = await figures.observe([], async () => {
          const result = await runPipeline(world, client, site.url, { afterPoll });
          await restarted;
          return result;
        });

        // Assess
        expect(restarted).toBeDefined();
        console.info(`state store: ${dynamo.refused} requests refused while stopped, ${value!.redeliveries} redeliveries`);
        expect(dynamo.refused).toBeGreaterThan(0);
        await assessConverged(world, site.url, value!.digest);
      } finally {
        await stop();
      }
    });
  });
});
