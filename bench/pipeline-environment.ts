import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicaliseUrl } from '../shared/feed/canonical-url';
import { createDedupeService } from '../shared/dedupe/dedupe-service';
import { createGuardedFetcher } from '../shared/fetch/guarded-fetcher';
import { FetchLimitsSchema, type FetchLimits } from '../shared/config/config';
import type { ProcessDeps } from '../shared/jobs/process-article';
import { articleIdFor, type ArticleJob } from '../shared/model/article';
import { toDigestDate } from '../shared/model/dates';
import { createLogger } from '../shared/observability/logger';
import { FsBlobStore } from '../shared/storage/blob/fs-blob-store';
import { RetryStore } from '../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../shared/storage/dynamo/article-store';
import { createDocumentClient, ensureTable } from '../shared/storage/dynamo/client';
import { meterDynamoUsage, type DynamoUsageMeter } from '../shared/storage/dynamo/usage-meter';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../shared/storage/local/embedded-dynamo';
import type { BenchPage } from './corpus';
import { createStorylineDeps } from '../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../shared/storyline/syria-russia';

const TABLE = 'sitrep-bench';

/** What processArticle runs against in the bench: dynalite in memory, blobs in a temporary folder. */
export interface BenchPipeline {
  deps: ProcessDeps;
  /** Counts the DynamoDB requests and capacity units of `deps` (ReturnConsumedCapacity). */
  usage: DynamoUsageMeter;
  /** The limits the fetcher runs under, for page-reading threads. */
  fetchLimits: FetchLimits;
  close(): Promise<void>;
}

/**
 * Opens a fresh pipeline environment. With `dynamoEndpoint` the table lives in another process's
 * dynalite (the memory bench keeps the store's memory out of the measured process); the table
 * name is then made unique so runs do not see each other's articles.
 */
export async function openBenchPipeline(options: { dynamoEndpoint?: string } = {}): Promise<BenchPipeline> {
  // The per-article "article processed" line would flood the table; errors still print.
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
  const dynamo: EmbeddedDynamo | null = options.dynamoEndpoint ? null : await startEmbeddedDynamo();
  const endpoint = options.dynamoEndpoint ?? (dynamo as EmbeddedDynamo).endpoint;
  const tableName = `${TABLE}-${process.pid}-${Date.now()}`;
  const client = createDocumentClient({ region: 'local', endpoint });
  await ensureTable(client, tableName);
  const usage = meterDynamoUsage(client);
  const fetchLimits = FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] });
  const blobDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-blobs-'));
  const deps: ProcessDeps = {
  ...createStorylineDeps(SYRIA_RUSSIA),
    fetcher: createGuardedFetcher(fetchLimits),
    articles: new ArticleStore(client, tableName),
    blobs: new FsBlobStore(blobDir),
    dedupe: createDedupeService(client, tableName),
    retries: new RetryStore(client, tableName),
    now: () => new Date('2025-11-20T00:00:00Z'),
    logger: createLogger('sitrep-bench'),
  };
  return {
    deps,
    usage,
    fetchLimits,
    async close() {
      client.destroy();
      await dynamo?.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/** The job the poll step would enqueue for a corpus page served at `baseUrl`. */
export function toArticleJob(page: BenchPage, baseUrl: string): ArticleJob {
  const url = `${baseUrl}${page.path}`;
  const canonicalUrl = canonicaliseUrl(url);
  return {
    articleId: articleIdFor(canonicalUrl),
    url,
    canonicalUrl,
    feedUrl: `${baseUrl}/feed.xml`,
    title: page.title,
    publishedAt: page.publishedAt,
    discoveredAt: page.publishedAt,
    digestDate: toDigestDate(new Date(page.publishedAt), 'UTC'),
  };
}
