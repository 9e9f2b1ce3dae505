import { SQSClient } from '@aws-sdk/client-sqs';
import { loadRuntimeConfig } from '../shared/config/config';
import { ScheduledEventSchema } from '../shared/config/scheduled-event';
import { createGuardedFetcher } from '../shared/fetch/guarded-fetcher';
import { pollFeeds } from '../shared/jobs/poll-feeds';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, METRIC_NAMES, MetricUnit, SERVICE_NAMES } from '../shared/observability/metrics';
import { RetryStore } from '../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../shared/storage/dynamo/article-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { FeedStateStore } from '../shared/storage/dynamo/feed-state-store';
import { SqsJobQueue } from '../shared/storage/sqs-job-queue';
import { ConfigError } from '../shared/config/config';
import { createStorylineDeps } from '../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../shared/storyline/syria-russia';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
if (!config.queueUrl) throw new ConfigError('SITREP_QUEUE_URL is required by the poll function');
const logger = createLogger(SERVICE_NAMES.poll);
const metrics = createMetrics(SERVICE_NAMES.poll);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const deps = {
  ...createStorylineDeps(SYRIA_RUSSIA),
  fetcher: createGuardedFetcher(config.fetch),
  feedStates: new FeedStateStore(dynamo, config.tableName),
  articles: new ArticleStore(dynamo, config.tableName),
  retries: new RetryStore(dynamo, config.tableName),
  queue: new SqsJobQueue(new SQSClient({ region: config.region, endpoint: config.endpoints.sqs }), config.queueUrl),
  now: () => new Date(),
  timeZone: config.timeZone,
  maxNewItemsPerFeed: config.maxNewItemsPerFeed,
  logger,
};

/** EventBridge Scheduler → poll every configured feed once. */
export async function handler(event: unknown) {
  const scheduled = ScheduledEventSchema.parse(event ?? {});
  logger.appendKeys({ executionId: scheduled.executionId });
  try {
    const report = await pollFeeds(config.feeds, deps);
    const failing = report.feeds.filter((feed) => feed.outcome === 'failed' || feed.outcome === 'backing_off');
    const enqueued = report.feeds.reduce((sum, feed) => sum + feed.enqueued, 0);
    for (const feed of failing) logger.warn('feed failing', { url: feed.url, outcome: feed.outcome, error: feed.error });
    metrics.addMetric(METRIC_NAMES.failingFeeds, MetricUnit.Count, failing.length);
    metrics.addMetric(METRIC_NAMES.articlesEnqueued, MetricUnit.Count, enqueued);
    return { feeds: report.feeds.length, failing: failing.length, enqueued };
  } finally {
    metrics.publishStoredMetrics();
  }
}
