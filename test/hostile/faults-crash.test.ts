import { Logger } from '@aws-lambda-powertools/logger';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { buildDigest } from '../../shared/jobs/build-digest';
import { processArticle, type ProcessDeps } from '../../shared/jobs/process-article';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { blobKeys, type BlobStore } from '../../shared/storage/ports';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { articleRoutes, DIGEST_DATE, jobFor, numberedArticle, processDeps, readStoredCopies, recordOf, startStorageWorld, TABLE, type StorageWorld } from './faults-harness';
import { registerHostileGroup } from './figures';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const figures = registerHostileGroup('crash recovery');
const STORIES = Array.from({ length: 3 }, (_, index) => numberedArticle(index + 20));
const silent = new Logger({ serviceName: 'faults-test', logLevel: 'SILENT' });
const fetcher = createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] }));

/** The process "dying" at a chosen point: thrown by the fault injectors below, never by our code. */
class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

/** Wraps the real document client: the first write `matches` picks succeeds, then the process "dies". */
function crashOnceAfterWrite(client: DynamoDBDocumentClient, matches: (item: Record<string, unknown>) => boolean): DynamoDBDocumentClient {
  let armed = true;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
        const output = await target.send(command as never);
        if (armed && command instanceof PutCommand && matches(command.input.Item ?? {})) {
          armed = false;
          throw new SimulatedCrash(`crashed after writing ${String(command.input.Item?.pk)}`);
        }
        return output;
      };
    },
  });
}

/** Wraps the real blob store: the first put under `prefix` succeeds, then the process "dies". */
function crashOnceAfterBlob(blobs: BlobStore, prefix: string): BlobStore {
  let armed = true;
  return {
    get: (key) => blobs.get(key),
    list: (prefix_) => blobs.list(prefix_),
    async put(key, body, contentType) {
      await blobs.put(key, body, contentType);
      if (armed && key.startsWith(prefix)) {
        armed = false;
        throw new SimulatedCrash(`crashed after writing ${key}`);
      }
    },
  };
}

describe('hostile: a crash between the blob write and the state write (case 24)', () => {
  let site: FixtureServer;
  let world: StorageWorld;
  /** A second, untouched store where the same job runs without a crash: the expected result. */
  let reference: StorageWorld;
  beforeAll(async () => {
    [site, world, reference] = await Promise.all([startFixtureServer(articleRoutes(STORIES)), startStorageWorld(), startStorageWorld()]);
  });
  afterAll(async () => {
    await Promise.all([site?.close(), world?.close(), reference?.close()]);
  });

  it.each([
    ['after the raw page, before the article blob', 'story-20', (deps: ProcessDeps) => ({ ...deps, blobs: crashOnceAfterBlob(deps.blobs, 'raw/') })],
    ['after the article blob, before any state write', 'story-21', (deps: ProcessDeps) => ({ ...deps, blobs: crashOnceAfterBlob(deps.blobs, 'articles/') })],
    [
      'after the first of the two record items',
      'story-22',
      (deps: ProcessDeps) => ({
        ...deps,
        articles: new ArticleStore(crashOnceAfterWrite(world.client, (item) => /^(DAY|ARTICLE)#/.test(String(item.pk)) && item.sk !== 'LEASE'), TABLE),
      }),
    ],
  ])('case 24: a crash %s → the retry converges on the result of an uninterrupted run', async (_name, slug, inject) => {
    // Prepare
    const job = jobFor(site.url, slug);
    const faulty = inject(processDeps(world, fetcher));

    // Act
    const first = await figures.observe([SimulatedCrash], () => processArticle(job, faulty));
    const retry = await figures.observe([], () => processArticle(job, processDeps(world, fetcher)));
    const clean = await processArticle(job, processDeps(reference, fetcher));
    const { digest } = await buildDigest(DIGEST_DATE, { ...world, ...createStorylineDeps(SYRIA_RUSSIA), now: () => new Date(), logger: silent });

    // Assess
    expect(first.error).toBeInstanceOf(SimulatedCrash);
    expect(retry.value?.alreadyProcessed).toBe(false);
    const copies = await readStoredCopies(world, job.articleId);
    const listed = digest.articles.filter((article) => article.id === job.articleId).length;
    figures.noteItemsLost(copies.record && copies.dayEntries.length === 1 && listed === 1 ? 0 : 1);
    expect(copies.record).toEqual(clean.record);
    expect(copies.dayEntries).toEqual([clean.record]);
    expect(recordOf(copies.blob!)).toEqual(clean.record);
    expect(await world.blobs.get(blobKeys.rawPage(job.articleId))).not.toBeNull();
    expect(listed).toBe(1);
  });
});
