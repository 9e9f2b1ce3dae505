import { z } from 'zod';

/**
 * A feed to watch. `publisher` names the outlet in the digest when the feed does not; `language`
 * (ISO 639-1) is what the operator knows the feed is written in, the last word when neither the
 * feed nor the page declares one.
 */
export const FeedSourceSchema = z.object({
  url: z.string().min(1),
  publisher: z.string().optional(),
  language: z.string().regex(/^[a-z]{2}$/).optional(),
});
export type FeedSource = z.infer<typeof FeedSourceSchema>;

/** Limits on every fetch (DESIGN.md, non-negotiables). */
export const FetchLimitsSchema = z.object({
  maxBytes: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  timeoutMs: z.coerce.number().int().positive().default(15_000),
  maxRedirects: z.coerce.number().int().min(0).max(10).default(5),
  allowHosts: z.array(z.string()).default([]),
  userAgent: z.string().default('sitrep/0.1 (+https://github.com/sitrep; news digest bot)'),
});
export type FetchLimits = z.infer<typeof FetchLimitsSchema>;

/**
 * New items taken from one feed per poll when not configured: a busy outlet's day, and what one run
 * can process. A feed listing more is not cut: the rest are counted as deferred, its validators are
 * not kept (so the next poll reads it in full again) and the next run takes them.
 */
export const DEFAULT_MAX_NEW_ITEMS_PER_FEED = 500;

/**
 * The runtime configuration of every handler, read once from the environment at start-up
 * (STYLE.md habit 12). The CDK stack sets these variables from validated cdk.json context.
 */
export const RuntimeConfigSchema = z.object({
  region: z.string().min(1),
  tableName: z.string().min(1),
  bucketName: z.string().min(1),
  queueUrl: z.string().optional(),
  timeZone: z.string().default('UTC'),
  feeds: z.array(FeedSourceSchema).default([]),
  fetch: FetchLimitsSchema.default(FetchLimitsSchema.parse({})),
  /** The From address of digest emails (an address of the verified SES identity). */
  senderEmail: z.string().optional(),
  /** The Secrets Manager secret holding the HMAC key of subscription tokens. */
  tokenSecretArn: z.string().optional(),
  /** The public subscribe/confirm/unsubscribe endpoint (the Function URL), for links in emails. */
  subscriptionUrl: z.string().optional(),
  /** The SES configuration set sends go through, so bounces and complaints reach the feedback function. */
  sesConfigurationSet: z.string().optional(),
  /** Limits on confirmation emails (shared/email/subscriptions/confirmation-limiter.ts). */
  confirmationLimits: z
    .object({
      cooldownHours: z.coerce.number().positive().default(24),
      perClientPerHour: z.coerce.number().int().positive().default(5),
      perHour: z.coerce.number().int().positive().default(100),
    })
    .default({ cooldownHours: 24, perClientPerHour: 5, perHour: 100 }),
  /** New items taken from one feed per poll; the rest are counted and taken by the next poll. */
  maxNewItemsPerFeed: z.coerce.number().int().positive().default(DEFAULT_MAX_NEW_ITEMS_PER_FEED),
  /** The queue's maxReceiveCount: on the last receive a transient failure is recorded, not retried. */
  maxReceiveCount: z.coerce.number().int().positive().default(5),
  /** Local stand-ins for AWS services (dynalite, s3rver) — set by tests and local runs, never in AWS. */
  endpoints: z
    .object({
      dynamo: z.url().optional(),
      s3: z.url().optional(),
      sqs: z.url().optional(),
      ses: z.url().optional(),
      secretsManager: z.url().optional(),
    })
    .default({}),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the runtime configuration; throws a ConfigError naming every bad variable. */
export function loadRuntimeConfig(env: NodeJS.ProcessEnv): RuntimeConfig {
  const parsed = RuntimeConfigSchema.safeParse({
    region: env.AWS_REGION,
    tableName: env.SITREP_TABLE,
    bucketName: env.SITREP_BUCKET,
    queueUrl: env.SITREP_QUEUE_URL,
    timeZone: env.SITREP_TIME_ZONE,
    feeds: env.SITREP_FEEDS ? parseJson(env.SITREP_FEEDS, 'SITREP_FEEDS') : undefined,
    fetch: {
      maxBytes: env.SITREP_FETCH_MAX_BYTES,
      timeoutMs: env.SITREP_FETCH_TIMEOUT_MS,
      maxRedirects: env.SITREP_FETCH_MAX_REDIRECTS,
      allowHosts: env.SITREP_FETCH_ALLOW_HOSTS ? env.SITREP_FETCH_ALLOW_HOSTS.split(',').map((host) => host.trim()) : undefined,
    },
    senderEmail: env.SITREP_SENDER_EMAIL,
    tokenSecretArn: env.SITREP_TOKEN_SECRET_ARN,
    subscriptionUrl: env.SITREP_SUBSCRIPTION_URL,
    sesConfigurationSet: env.SITREP_SES_CONFIGURATION_SET,
    maxReceiveCount: env.SITREP_MAX_RECEIVE_COUNT,
    confirmationLimits: {
      cooldownHours: env.SITREP_CONFIRM_COOLDOWN_HOURS,
      perClientPerHour: env.SITREP_CONFIRM_PER_CLIENT_PER_HOUR,
      perHour: env.SITREP_CONFIRM_PER_HOUR,
    },
    maxNewItemsPerFeed: env.SITREP_MAX_NEW_ITEMS_PER_FEED,
    endpoints: {
      dynamo: env.SITREP_DYNAMO_ENDPOINT,
      s3: env.SITREP_S3_ENDPOINT,
      sqs: env.SITREP_SQS_ENDPOINT,
      ses: env.SITREP_SES_ENDPOINT,
      secretsManager: env.SITREP_SECRETS_ENDPOINT,
    },
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  return parsed.data;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ConfigError(`${name} is not valid JSON`, { cause });
  }
}
