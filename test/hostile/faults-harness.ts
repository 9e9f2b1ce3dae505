import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { vi } from 'vitest';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import type { ProcessDeps } from '../../shared/jobs/process-article';
import { articleIdFor, ArticleRecordSchema, type ArticleJob, type ArticleRecord } from '../../shared/model/article';
import { createS3Client, S3BlobStore } from '../../shared/storage/blob/s3-blob-store';
import { RetryStore } from '../../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { blobKeys, getJson, type BlobStore } from '../../shared/storage/ports';
import { startEmbeddedS3 } from '../helpers/embedded-s3';
import { articlePage, type FixtureItem } from '../functions/fixtures';
import type { Routes } from '../helpers/fixture-server';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

export const TABLE = 'sitrep-faults';
export const BUCKET = 'sitrep-faults';
export const DIGEST_DATE = '2025-10-20';

/** dynalite + s3rver, each reached through the real SDK, as the process Lambda reaches DynamoDB and S3. */
export interface StorageWorld {
  dynamo: EmbeddedDynamo;
  s3Endpoint: string;
  client: DynamoDBDocumentClient;
  articles: ArticleStore;
  threadStates: ThreadStateStore;
  blobs: BlobStore;
  close(): Promise<void>;
}

/** With `dynamo`, the table lives there (a faulty proxy, say) and closing the world leaves it running. */
export async function startStorageWorld(options: { dynamo?: EmbeddedDynamo } = {}): Promise<StorageWorld> {
  const [dynamo, s3] = await Promise.all([
    options.dynamo ? { endpoint: options.dynamo.endpoint, close: async () => {} } : startEmbeddedDynamo(),
    startEmbeddedS3(BUCKET),
  ]);
  const client = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint, maxAttempts: 2 });
  await ensureTable(client, TABLE);
  return {
    dynamo,
    s3Endpoint: s3.endpoint,
    client,
    articles: new ArticleStore(client, TABLE),
    threadStates: new ThreadStateStore(client, TABLE),
    blobs: new S3BlobStore(createS3Client({ region: 'us-east-1', endpoint: s3.endpoint }), BUCKET),
    close: async () => {
      client.destroy();
      await Promise.all([dynamo.close(), s3.close()]);
    },
  };
}

/** Process-step dependencies over the given stores, as functions/process.ts wires them. */
export function processDeps(
  world: StorageWorld,
  fetcher: ProcessDeps['fetcher'],
  overrides: { client?: DynamoDBDocumentClient; blobs?: BlobStore; now?: () => Date } = {},
): ProcessDeps {
  const client = overrides.client ?? world.client;
  return {
    ...createStorylineDeps(SYRIA_RUSSIA),
    fetcher,
    articles: new ArticleStore(client, TABLE),
    blobs: overrides.blobs ?? world.blobs,
    dedupe: createDedupeService(client, TABLE),
    retries: new RetryStore(client, TABLE),
    now: overrides.now ?? (() => new Date()),
    logger: new Logger({ serviceName: 'faults-test', logLevel: 'SILENT' }),
  };
}

/** A distinct, on-topic article per number, so no two are near-duplicates of each other. */
export function numberedArticle(index: number): FixtureItem {
  const places = ['Tartus', 'Hmeimim', 'Latakia', 'Qamishli', 'Damascus', 'Homs', 'Aleppo', 'Palmyra', 'Deir ez-Zor', 'Idlib', 'Hama', 'Raqqa'];
  const place = places[index % places.length];
  return {
    slug: `story-${index}`,
    title: `Russian delegation number ${index} visits ${place} for talks with Syrian officials`,
    paragraphs: [
      `A Russian delegation led by deputy minister ${index} arrived in ${place} on Monday for talks on the future of the Russian military presence in Syria.`,
      `Officials in ${place} said the visit number ${index} covered fuel supplies, port fees and the status of ${index * 7} contract workers.`,
      `The ${place} governor told reporters that a further meeting was planned, and that item ${index} on the agenda remained unresolved.`,
    ],
  };
}

/** Fixture-site routes serving each item's page at /articles/<slug>. */
export function articleRoutes(items: FixtureItem[]): Routes {
  return Object.fromEntries(
    items.map((item) => [`/articles/${item.slug}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePage(item) }]),
  );
}

/** The job poll would have queued for a page of the fixture site. */
export function jobFor(siteUrl: string, slug: string, digestDate = DIGEST_DATE): ArticleJob {
  const url = `${siteUrl}/articles/${slug}`;
  return {
    articleId: articleIdFor(url),
    url,
    canonicalUrl: url,
    feedUrl: `${siteUrl}/feed.xml`,
    publisher: 'Faults Test News',
    discoveredAt: `${digestDate}T08:00:00.000Z`,
    digestDate,
  };
}

/** What the stores hold for one article, read back independently of the code under test. */
export interface StoredCopies {
  record: ArticleRecord | null;
  dayEntries: ArticleRecord[];
  blob: (ArticleRecord & { text: string }) | null;
  articleBlobKeys: string[];
  signatureItems: number;
  sentenceKeys: string[];
}

export async function readStoredCopies(world: StorageWorld, articleId: string, date = DIGEST_DATE): Promise<StoredCopies> {
  const items = await scanTable(world.client);
  const blob = (await getJson(world.blobs, blobKeys.article(articleId))) as (ArticleRecord & { text: string }) | null;
  return {
    record: await world.articles.getArticle(articleId),
    dayEntries: (await world.articles.listDay(date)).filter((record) => record.id === articleId),
    blob,
    articleBlobKeys: (await world.blobs.list('articles/')).filter((key) => key === blobKeys.article(articleId)),
    signatureItems: items.filter((item) => item.pk === `SIG#${articleId}`).length,
    sentenceKeys: items
      .filter((item) => String(item.pk).startsWith('SENT#') && item.sources instanceof Set && item.sources.has(articleId))
      .map((item) => String(item.pk).slice('SENT#'.length))
      .sort(),
  };
}

/** Every item of the table (small in these tests). */
export async function scanTable(client: DynamoDBDocumentClient): Promise<Array<Record<string, any>>> {
  const items: Array<Record<string, any>> = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The record fields all three copies (id item, day entry, blob) must agree on. */
export function recordOf(copy: ArticleRecord & { text?: string }): ArticleRecord {
  const { text: _text, ...record } = copy;
  return ArticleRecordSchema.parse(record);
}

export type ProcessHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * Loads functions/process.ts afresh with the Lambda's environment: each call is a new container
 * (its own clients and BatchProcessor), as two concurrent invocations would be in AWS.
 */
export async function loadProcessHandler(world: StorageWorld, env: Record<string, string> = {}): Promise<ProcessHandler> {
  const variables: Record<string, string> = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    SITREP_TABLE: TABLE,
    SITREP_BUCKET: BUCKET,
    SITREP_FETCH_ALLOW_HOSTS: '127.0.0.1',
    SITREP_DYNAMO_ENDPOINT: world.dynamo.endpoint,
    SITREP_S3_ENDPOINT: world.s3Endpoint,
    ...env,
  };
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  vi.resetModules();
  const module = (await import('../../functions/process')) as { handler: ProcessHandler };
  return module.handler;
}

export const LAMBDA_CONTEXT = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'sitrep-process',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:sitrep-process',
  memoryLimitInMB: '1536',
  awsRequestId: 'req-faults',
  logGroupName: '/aws/lambda/sitrep-process',
  logStreamName: 'faults',
  getRemainingTimeInMillis: () => 60_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;
