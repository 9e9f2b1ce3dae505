// First: V8's heap growth for reading pages with jsdom.
import './heap-growth';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { loadRuntimeConfig } from '../shared/config/config';
import { createDedupeService } from '../shared/dedupe/dedupe-service';
import { createGuardedFetcher } from '../shared/fetch/guarded-fetcher';
import { processArticle } from '../shared/jobs/process-article';
import { readPagesWith } from '../shared/jobs/read-article-page';
import { ArticleJobSchema } from '../shared/model/article';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, SERVICE_NAMES } from '../shared/observability/metrics';
import { loadClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';
import { claimExtractorFactory } from './claim-extractor';
import { createS3Client, S3BlobStore } from '../shared/storage/blob/s3-blob-store';
import { RetryStore } from '../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../shared/storage/dynamo/article-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { createStorylineDeps } from '../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../shared/storyline/syria-russia';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const logger = createLogger(SERVICE_NAMES.process);
const metrics = createMetrics(SERVICE_NAMES.process);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const extractor = claimExtractorFactory(loadClaimExtractorConfig(process.env), { dynamo, tableName: config.tableName, metrics, region: config.region });
const fetcher = createGuardedFetcher(config.fetch);
const deps = {
  ...createStorylineDeps(SYRIA_RUSSIA, extractor),
  fetcher,
  // Pages are read in this process, one article per invocation; jsdom is loaded here, at cold start.
  readPage: readPagesWith(fetcher),
  articles: new ArticleStore(dynamo, config.tableName),
  blobs: new S3BlobStore(createS3Client({ region: config.region, endpoint: config.endpoints.s3 }), config.bucketName),
  dedupe: createDedupeService(dynamo, config.tableName),
  retries: new RetryStore(dynamo, config.tableName),
  now: () => new Date(),
  logger,
};
const processor = new BatchProcessor(EventType.SQS);

/**
 * One SQS message = one ArticleJob. A record that throws is reported back as a batch item failure
 * and retried alone; on its last receive a transient failure is recorded on the article instead.
 */
async function processRecord(record: SQSRecord): Promise<void> {
  const job = ArticleJobSchema.parse(JSON.parse(record.body));
  const finalAttempt = Number(record.attributes.ApproximateReceiveCount) >= config.maxReceiveCount;
  await processArticle(job, deps, { finalAttempt });
}

/** SQS event source (ReportBatchItemFailures) → process each article job. */
export async function handler(event: SQSEvent, context: Context) {
  // A batch whose every record failed is still a partial response, not an invocation error: each
  // record is retried by SQS on its own, and the Errors alarm stays for real faults.
  try {
    return await processPartialResponse(event, processRecord, processor, { context, throwOnFullBatchFailure: false });
  } finally {
    // Only the model-backed extractor adds metrics here; an empty publish would log a warning.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}
