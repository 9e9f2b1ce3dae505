import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { z } from 'zod';
import { ConfigError, loadRuntimeConfig } from '../shared/config/config';
import { SesMailer } from '../shared/email/mailers/ses-mailer';
import { SecretsManagerSecretProvider } from '../shared/email/secrets/secrets-manager-secret-provider';
import { toFunctionUrlResult, toSubscriptionRequest } from '../shared/email/subscriptions/function-url';
import { handleSubscriptionRequest } from '../shared/email/subscriptions/handle-subscription-request';
import { createLogger } from '../shared/observability/logger';
import { createMetrics, METRIC_NAMES, MetricUnit, SERVICE_NAMES } from '../shared/observability/metrics';
import type { SubscribeOutcome } from '../shared/email/subscriptions/subscription-deps';
import { DynamoRateLimitStore } from '../shared/storage/dynamo/rate-limit-store';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { SubscriberStore } from '../shared/storage/dynamo/subscriber-store';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const { senderEmail, tokenSecretArn } = config;
if (!senderEmail || !tokenSecretArn) {
  throw new ConfigError('SITREP_SENDER_EMAIL and SITREP_TOKEN_SECRET_ARN are required by the subscribe function');
}
const logger = createLogger(SERVICE_NAMES.subscribe);
const metrics = createMetrics(SERVICE_NAMES.subscribe);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const baseDeps = {
  subscribers: new SubscriberStore(dynamo, config.tableName),
  mailer: new SesMailer(new SESv2Client({ region: config.region, endpoint: config.endpoints.ses }), {
    configurationSetName: config.sesConfigurationSet,
  }),
  secrets: new SecretsManagerSecretProvider(new SecretsManagerClient({ region: config.region, endpoint: config.endpoints.secretsManager }), tokenSecretArn),
  from: `sitrep <${senderEmail}>`,
  now: () => new Date(),
  logger,
  confirmations: { limits: config.confirmationLimits, store: new DynamoRateLimitStore(dynamo, config.tableName) },
  onSubscribeOutcome: countSubscribeOutcome,
};

/** Confirmation volume for the operator's alarm; a repeat or a confirmed address is neither sent nor refused. */
function countSubscribeOutcome(outcome: SubscribeOutcome): void {
  if (outcome === 'sent') metrics.addMetric(METRIC_NAMES.confirmationsSent, MetricUnit.Count, 1);
  if (outcome === 'client_limited' || outcome === 'global_limited' || outcome === 'honeypot') {
    metrics.addMetric(METRIC_NAMES.confirmationsRefused, MetricUnit.Count, 1);
  }
}

// The fields the endpoint relies on; the rest of the Function URL event passes through untouched.
const FunctionUrlEventSchema = z.looseObject({
  rawPath: z.string(),
  requestContext: z.looseObject({ domainName: z.string().min(1), http: z.looseObject({ method: z.string() }) }),
});

/**
 * Lambda Function URL → subscribe / confirm / unsubscribe. The endpoint's own URL is read from the
 * request (the stack cannot pass a function its own URL without a dependency cycle).
 */
export async function handler(event: LambdaFunctionURLEvent) {
  // Set by AWS to the Function URL's own domain, not taken from the client's Host header.
  const publicBaseUrl = `https://${FunctionUrlEventSchema.parse(event).requestContext.domainName}/`;
  try {
    const response = await handleSubscriptionRequest(toSubscriptionRequest(event), { ...baseDeps, publicBaseUrl });
    return toFunctionUrlResult(response);
  } finally {
    metrics.publishStoredMetrics();
  }
}
