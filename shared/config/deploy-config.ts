import { z } from 'zod';
import { ConfigError, FeedSourceSchema, type FeedSource } from './config';
import { parseOpml } from './opml';

/** CloudWatch Logs accepts only these retention periods (days). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

const TimeZoneSchema = z.string().refine(isTimeZone, { message: 'not an IANA time zone (e.g. "Europe/London")' });

/**
 * The operator's settings: cdk.json context key `sitrep`, validated at synth time. Unknown keys
 * are errors, so a typo (`digestHours`) fails the synth instead of being silently ignored.
 */
export const DeployConfigSchema = z
  .object({
    /** Feeds listed inline; added to the OPML file's when both are given. */
    feeds: z.array(FeedSourceSchema.extend({ url: z.url({ protocol: /^https?$/ }) })).default([]),
    /** An OPML file of feeds, relative to the repository root. */
    feedsOpml: z.string().min(1).optional(),
    pollEveryMinutes: z.number().int().min(5).max(1440).default(30),
    /** The local hour (in `timeZone`) at which yesterday's digest is built. */
    digestHour: z.number().int().min(0).max(23).default(7),
    /** How long after the digest the emails go out (the digest must be written by then). */
    sendDelayMinutes: z.number().int().min(5).max(180).default(30),
    timeZone: TimeZoneSchema.default('UTC'),
    senderEmail: z.email(),
    /** The SES identity that verifies `senderEmail`: its domain (default) or the address itself. */
    sesIdentity: z.string().min(1).optional(),
    /** Create the SES identity in this stack; leave false when the account already has it. */
    createSesIdentity: z.boolean().default(false),
    alarmEmail: z.email().optional(),
    rawRetentionDays: z.number().int().min(1).max(3650).default(90),
    noncurrentVersionRetentionDays: z.number().int().min(1).max(3650).default(30),
    logRetentionDays: z
      .number()
      .int()
      .refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
        message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
      })
      .default(30),
    /** Confirmation emails the subscribe endpoint may send per hour, all clients together. */
    confirmationsPerHour: z.number().int().min(1).max(10_000).default(100),
    /** Confirmation emails one client (IPv4 address, IPv6 /64) may cause per hour. */
    confirmationsPerClientPerHour: z.number().int().min(1).max(1_000).default(5),
    /**
     * Reserved concurrency of the subscribe function: a flood is throttled there and cannot take
     * the account's Lambda concurrency from the pipeline. Lambda keeps 10 executions unreserved, so
     * an account whose quota is 10 cannot reserve any: raise the quota first.
     */
    subscribeConcurrency: z.number().int().min(1).max(100).default(5),
    /** `destroy` empties and deletes the bucket and table with the stack (for trial deployments). */
    removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
    /** Serve the reader's archive (site/ in the bucket) through a CloudFront distribution with origin access control. */
    publishSite: z.boolean().default(false),
  })
  .strict()
  // The send schedule works out "yesterday" from its own time, so it must run on the digest's day.
  .refine((config) => config.digestHour * 60 + config.sendDelayMinutes < 24 * 60, {
    message: 'digestHour + sendDelayMinutes must stay before midnight',
    path: ['sendDelayMinutes'],
  });
export type DeployConfig = z.infer<typeof DeployConfigSchema>;

/** The validated settings with the feed list resolved (inline feeds + the OPML file's). */
export type ResolvedDeployConfig = Omit<DeployConfig, 'feeds' | 'feedsOpml' | 'sesIdentity'> & {
  feeds: FeedSource[];
  sesIdentity: string;
};

/**
 * Validates the `sitrep` context and resolves its feeds. Throws one ConfigError naming every bad
 * key, so the operator fixes cdk.json in one pass. `readText` reads a repository file (the OPML).
 */
export function loadDeployConfig(context: unknown, readText: (path: string) => string): ResolvedDeployConfig {
  const parsed = DeployConfigSchema.safeParse(parseContextValue(context ?? {}));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = ['sitrep', ...issue.path.map(String)].join('.');
      return issue.code === 'unrecognized_keys' ? `${key}: unknown key(s) ${issue.keys.join(', ')}` : `${key}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid cdk.json context:\n  - ${problems.join('\n  - ')}`);
  }
  const { feeds: inlineFeeds, feedsOpml, sesIdentity, ...settings } = parsed.data;
  const opmlFeeds = feedsOpml ? readOpmlFeeds(feedsOpml, readText) : [];
  const feeds = mergeFeeds(opmlFeeds, inlineFeeds);
  if (feeds.length === 0) throw new ConfigError('Invalid cdk.json context:\n  - sitrep.feeds: no feeds (give feeds or feedsOpml)');
  return { ...settings, feeds, sesIdentity: sesIdentity ?? domainOf(settings.senderEmail) };
}

/**
 * `npx cdk deploy -c sitrep='{…}'` hands the app a string: the CLI does not parse context values.
 * The README promises the JSON form, so a string is read as JSON (cdk.json gives an object).
 */
function parseContextValue(context: unknown): unknown {
  if (typeof context !== 'string') return context;
  try {
    return JSON.parse(context) as unknown;
  } catch (cause) {
    throw new ConfigError(`Invalid cdk.json context:\n  - sitrep: -c sitrep='…' is not valid JSON (${(cause as Error).message})`, { cause });
  }
}

/**
 * An address at a domain reserved for examples and tests (RFC 2606, RFC 6761): cdk.json ships
 * one, and SES would never send from it. Checked before a deploy (infra/build-app.ts).
 */
export function isPlaceholderEmail(email: string): boolean {
  const domain = domainOf(email).toLowerCase();
  return /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$/.test(domain);
}

function readOpmlFeeds(path: string, readText: (path: string) => string): FeedSource[] {
  try {
    return parseOpml(readText(path));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError(`Invalid cdk.json context:\n  - sitrep.feedsOpml: cannot read feeds from ${path}: ${reason}`, { cause });
  }
}

/** One entry per URL; an inline entry overrides the OPML one (to rename a publisher). */
function mergeFeeds(...lists: FeedSource[][]): FeedSource[] {
  const byUrl = new Map<string, FeedSource>();
  for (const feed of lists.flat()) byUrl.set(feed.url, feed);
  return [...byUrl.values()];
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** True when `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
