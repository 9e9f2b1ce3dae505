import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * The custom metrics the alarms watch (infra/alarms-construct.ts reads these same names). They
 * are emitted as CloudWatch Embedded Metric Format log lines, so no PutMetricData call is made.
 */
export const METRIC_NAMESPACE = 'Sitrep';

export const METRIC_NAMES = {
  /** Per poll run: feeds whose last fetch failed or that are backing off after failures. */
  failingFeeds: 'FailingFeeds',
  /** Per poll run: article jobs sent to the queue. */
  articlesEnqueued: 'ArticlesEnqueued',
  /** 1 each time a digest is written; the "no digest today" alarm fires when the day's sum is 0. */
  digestWritten: 'DigestWritten',
  /** Per send run: emails handed to SES. */
  emailsSent: 'EmailsSent',
  /** 1 per confirmation email the subscribe endpoint sends; the volume alarm sums it per hour. */
  confirmationsSent: 'ConfirmationsSent',
  /** 1 per subscribe request refused by a rate limit or caught by the honeypot (not per-address repeats). */
  confirmationsRefused: 'ConfirmationsRefused',
} as const;

/** Powertools adds a `service` dimension to every metric; the alarms match on these values. */
export const SERVICE_NAMES = {
  poll: 'sitrep-poll',
  process: 'sitrep-process',
  digest: 'sitrep-digest',
  send: 'sitrep-send',
  subscribe: 'sitrep-subscribe',
  seed: 'sitrep-seed',
  sesFeedback: 'sitrep-ses-feedback',
  reindex: 'sitrep-reindex',
} as const;
export type ServiceName = (typeof SERVICE_NAMES)[keyof typeof SERVICE_NAMES];

/** One metrics emitter per handler, flushed by the handler after each invocation. */
export function createMetrics(serviceName: ServiceName): Metrics {
  return new Metrics({ namespace: METRIC_NAMESPACE, serviceName });
}

export { MetricUnit };
export type { Metrics };
