import { Logger } from '@aws-lambda-powertools/logger';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import type { ProcessDeps } from '../../shared/jobs/process-article';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { ensureTable } from '../../shared/storage/dynamo/client';
import { RetryStore } from '../../shared/storage/dynamo/retry-store';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

/**
 * The process step's dependencies on a fresh table (so no test sees another's articles): the real
 * stores on the embedded table, a guarded fetcher that may reach 127.0.0.1, blobs in a temp dir.
 */
export async function createProcessDeps(client: DynamoDBDocumentClient, tableName: string, now: Date): Promise<ProcessDeps> {
  await ensureTable(client, tableName);
  return {
    ...createStorylineDeps(SYRIA_RUSSIA),
    fetcher: createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] })),
    articles: new ArticleStore(client, tableName),
    blobs: new FsBlobStore(await mkdtemp(join(tmpdir(), `sitrep-${tableName}-`))),
    dedupe: createDedupeService(client, tableName),
    retries: new RetryStore(client, tableName),
    now: () => now,
    logger: new Logger({ serviceName: 'process-test', logLevel: 'SILENT' }),
  };
}
