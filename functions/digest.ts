import { loadRuntimeConfig } from '../shared/config/config';
import { resolveDigestDate, ScheduledEventSchema } from '../shared/config/scheduled-event';
import { buildDigestWithRebuilds } from '../shared/jobs/build-digest';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, METRIC_NAMES, MetricUnit, SERVICE_NAMES } from '../shared/observability/metrics';
import { createS3Client, S3BlobStore } from '../shared/storage/blob/s3-blob-store';
import { RetryStore } from '../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../shared/storage/dynamo/article-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { ThreadStateStore } from '../shared/storage/dynamo/thread-state-store';
import { createStorylineDeps } from '../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../shared/storyline/syria-russia';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const logger = createLogger(SERVICE_NAMES.digest);
const metrics = createMetrics(SERVICE_NAMES.digest);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const deps = {
  ...createStorylineDeps(SYRIA_RUSSIA),
  articles: new ArticleStore(dynamo, config.tableName),
  threadStates: new ThreadStateStore(dynamo, config.tableName),
  retries: new RetryStore(dynamo, config.tableName),
  blobs: new S3BlobStore(createS3Client({ region: config.region, endpoint: config.endpoints.s3 }), config.bucketName),
  now: () => new Date(),
  logger,
};

/**
 * EventBridge Scheduler (daily) → yesterday's digest; or `{ "date": "YYYY-MM-DD" }` from an
 * operator to rebuild a past day (idempotent per date).
 */
export async function handler(event: unknown) {
  const scheduled = ScheduledEventSchema.parse(event ?? {});
  const date = resolveDigestDate(scheduled, deps.now(), config.timeZone);
  logger.appendKeys({ digestDate: date, executionId: scheduled.executionId });
  try {
    const { digest, keys, rebuilt } = await buildDigestWithRebuilds(date, deps);
    metrics.addMetric(METRIC_NAMES.digestWritten, MetricUnit.Count, 1);
    const changes = digest.threads.reduce((sum, thread) => sum + thread.changes.length, 0);
    logger.info('digest written', { keys, articles: digest.articles.length, changes, rebuilt });
    return { date, keys, articles: digest.articles.length, changes, rebuilt };
  } finally {
    metrics.publishStoredMetrics();
  }
}
