import { join } from 'node:path';
import { loadRuntimeConfig } from '../shared/config/config';
import { createDedupeService } from '../shared/dedupe/dedupe-service';
import { ingestSeeds, loadSeedCorpus } from '../shared/jobs/ingest-seeds';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, SERVICE_NAMES } from '../shared/observability/metrics';
import { loadClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';
import { claimExtractorFactory } from './claim-extractor';
import { createS3Client, S3BlobStore } from '../shared/storage/blob/s3-blob-store';
import { ArticleStore } from '../shared/storage/dynamo/article-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { createStorylineDeps } from '../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../shared/storyline/syria-russia';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const logger = createLogger(SERVICE_NAMES.seed);
const metrics = createMetrics(SERVICE_NAMES.seed);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const extractor = claimExtractorFactory(loadClaimExtractorConfig(process.env), { dynamo, tableName: config.tableName, metrics, region: config.region });
const deps = {
  ...createStorylineDeps(SYRIA_RUSSIA, extractor),
  articles: new ArticleStore(dynamo, config.tableName),
  blobs: new S3BlobStore(createS3Client({ region: config.region, endpoint: config.endpoints.s3 }), config.bucketName),
  dedupe: createDedupeService(dynamo, config.tableName),
  now: () => new Date(),
  logger,
  timeZone: config.timeZone,
};
// The bundle carries seeds/ beside index.mjs (infra/bundling.ts copyFolders); Lambda runs it from
// LAMBDA_TASK_ROOT. Run from source (tsx), the folder is the repository's.
const seedsDir = join(process.env.LAMBDA_TASK_ROOT ?? join(import.meta.dirname, '..'), 'seeds');

/** CDK trigger on deploy (any payload) → ingest the seed corpus; already-ingested seeds are skipped. */
export async function handler() {
  try {
    const records = await ingestSeeds(await loadSeedCorpus(seedsDir), deps);
    logger.info('seed corpus ingested', { seeds: records.length });
    return { seeds: records.length, ids: records.map((record) => record.id) };
  } finally {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}
