import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { ConfigError, loadRuntimeConfig } from '../shared/config/config';
import { resolveDigestDate, ScheduledEventSchema } from '../shared/config/scheduled-event';
import { SesMailer } from '../shared/email/mailers/ses-mailer';
import { SecretsManagerSecretProvider } from '../shared/email/secrets/secrets-manager-secret-provider';
import { sendDigest } from '../shared/jobs/send-digest';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, METRIC_NAMES, MetricUnit, SERVICE_NAMES } from '../shared/observability/metrics';
import { createS3Client, S3BlobStore } from '../shared/storage/blob/s3-blob-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { DeliveryStore } from '../shared/storage/dynamo/delivery-store';
import { SubscriberStore } from '../shared/storage/dynamo/subscriber-store';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const { senderEmail, tokenSecretArn, subscriptionUrl } = config;
if (!senderEmail || !tokenSecretArn || !subscriptionUrl) {
  throw new ConfigError('SITREP_SENDER_EMAIL, SITREP_TOKEN_SECRET_ARN and SITREP_SUBSCRIPTION_URL are required by the send function');
}
const logger = createLogger(SERVICE_NAMES.send);
const metrics = createMetrics(SERVICE_NAMES.send);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const deps = {
  blobs: new S3BlobStore(createS3Client({ region: config.region, endpoint: config.endpoints.s3 }), config.bucketName),
  subscribers: new SubscriberStore(dynamo, config.tableName),
  deliveries: new DeliveryStore(dynamo, config.tableName),
  mailer: new SesMailer(new SESv2Client({ region: config.region, endpoint: config.endpoints.ses }), {
    configurationSetName: config.sesConfigurationSet,
  }),
  secrets: new SecretsManagerSecretProvider(new SecretsManagerClient({ region: config.region, endpoint: config.endpoints.secretsManager }), tokenSecretArn),
  from: `sitrep <${senderEmail}>`,
  publicBaseUrl: subscriptionUrl,
  now: () => new Date(),
  logger,
};

/**
 * EventBridge Scheduler (daily, after the digest) → email yesterday's digest to confirmed
 * subscribers; or `{ "date": "YYYY-MM-DD" }` to send a given day (each address gets it once).
 */
export async function handler(event: unknown) {
  const scheduled = ScheduledEventSchema.parse(event ?? {});
  const date = resolveDigestDate(scheduled, deps.now(), config.timeZone);
  logger.appendKeys({ digestDate: date, executionId: scheduled.executionId });
  try {
    const report = await sendDigest(date, deps);
    const count = (outcome: string) => report.recipients.filter((recipient) => recipient.outcome === outcome).length;
    metrics.addMetric(METRIC_NAMES.emailsSent, MetricUnit.Count, count('sent'));
    const summary = { date, subject: report.subject, sent: count('sent'), alreadySent: count('already_sent'), failed: count('failed') };
    logger.info('digest sent', summary);
    // Failed addresses were released for a retry: fail the invocation so Lambda retries and the alarm sees it.
    if (summary.failed > 0) throw new Error(`${summary.failed} of ${report.recipients.length} digest emails failed`);
    return summary;
  } finally {
    metrics.publishStoredMetrics();
  }
}
