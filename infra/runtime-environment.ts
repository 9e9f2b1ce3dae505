import type { FeedSource } from '../shared/config/config';
import { ConfigError } from '../shared/config/config';
import { buildClaimExtractorEnvironment, type ClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';

// Lambda caps all of a function's environment variables at 4 KB together; leave room for the rest.
const MAX_FEEDS_JSON_BYTES = 3000;

export interface RuntimeEnvironmentInput {
  tableName: string;
  bucketName: string;
  timeZone: string;
  queueUrl?: string;
  feeds?: FeedSource[];
  senderEmail?: string;
  tokenSecretArn?: string;
  subscriptionUrl?: string;
  sesConfigurationSet?: string;
  maxReceiveCount?: number;
  /** Limits on confirmation emails (the subscribe function only). */
  confirmationLimits?: { perHour: number; perClientPerHour: number };
  serviceName: string;
  /** Who reads claims (process and seed only); the rules, which need no variable, when absent. */
  claimExtractor?: ClaimExtractorConfig;
}

/**
 * The environment variables shared/config/config.ts loadRuntimeConfig reads: the one mapping from
 * deploy-time values to run-time configuration. Absent values are left out, not set to "".
 */
export function buildRuntimeEnvironment(input: RuntimeEnvironmentInput): Record<string, string> {
  const feedsJson = input.feeds ? JSON.stringify(input.feeds) : undefined;
  if (feedsJson && Buffer.byteLength(feedsJson) > MAX_FEEDS_JSON_BYTES) {
    throw new ConfigError(
      `the feed list is ${Buffer.byteLength(feedsJson)} bytes as JSON; Lambda environment variables allow about ${MAX_FEEDS_JSON_BYTES} (drop publishers or split feeds)`,
    );
  }
  const variables: Record<string, string | undefined> = {
    SITREP_TABLE: input.tableName,
    SITREP_BUCKET: input.bucketName,
    SITREP_TIME_ZONE: input.timeZone,
    SITREP_QUEUE_URL: input.queueUrl,
    SITREP_FEEDS: feedsJson,
    SITREP_SENDER_EMAIL: input.senderEmail,
    SITREP_TOKEN_SECRET_ARN: input.tokenSecretArn,
    SITREP_SUBSCRIPTION_URL: input.subscriptionUrl,
    SITREP_SES_CONFIGURATION_SET: input.sesConfigurationSet,
    SITREP_MAX_RECEIVE_COUNT: input.maxReceiveCount === undefined ? undefined : String(input.maxReceiveCount),
    SITREP_CONFIRM_PER_HOUR: input.confirmationLimits && String(input.confirmationLimits.perHour),
    SITREP_CONFIRM_PER_CLIENT_PER_HOUR: input.confirmationLimits && String(input.confirmationLimits.perClientPerHour),
    POWERTOOLS_SERVICE_NAME: input.serviceName,
    ...(input.claimExtractor ? buildClaimExtractorEnvironment(input.claimExtractor) : {}),
  };
  return Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
