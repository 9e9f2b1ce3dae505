import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';

/** A feed's conditional-GET validators and health. */
export const FeedStateSchema = z.object({
  url: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  lastFailureAt: z.string().optional(),
  consecutiveFailures: z.number().int().nonnegative().default(0),
  backoffUntil: z.string().optional(),
  lastError: z.string().optional(),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

/** First retry after 15 minutes, doubling per consecutive failure, never more than a day. */
const BASE_BACKOFF_SECONDS = 15 * 60;
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

/**
 * Seconds to wait after the n-th consecutive failure: exponential, capped at a day, and never
 * shorter than the server's own Retry-After.
 */
export function computeBackoffSeconds(consecutiveFailures: number, retryAfterSeconds?: number): number {
  const exponential = Math.min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** Math.max(0, consecutiveFailures - 1));
  return Math.max(exponential, Math.min(MAX_BACKOFF_SECONDS, retryAfterSeconds ?? 0));
}

/** True while a failing feed should not be polled. */
export function isBackingOff(state: FeedState | null, now: Date): boolean {
  return Boolean(state?.backoffUntil && Date.parse(state.backoffUntil) > now.getTime());
}

/**
 * Feed state, one item per feed (`FEED#<url>` / `STATE`). Only the poll job writes it, once per
 * feed per run, so a plain read-then-put is enough.
 */
export class FeedStateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The stored state of a feed, or null before its first poll. */
  async get(url: string): Promise<FeedState | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `FEED#${url}`, sk: 'STATE' }, ConsistentRead: true }),
    );
    return Item ? FeedStateSchema.parse(Item.state ? JSON.parse(Item.state as string) : {}) : null;
  }

  /** A successful poll (200 or 304): keeps the new validators and clears the failure count. */
  async recordSuccess(url: string, validators: { etag?: string; lastModified?: string }, now: Date): Promise<FeedState> {
    const previous = await this.get(url);
    const state: FeedState = {
      url,
      ...(previous?.lastFailureAt ? { lastFailureAt: previous.lastFailureAt } : {}),
      ...(validators.etag ? { etag: validators.etag } : {}),
      ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
      lastSuccessAt: now.toISOString(),
      consecutiveFailures: 0,
    };
    await this.put(state);
    return state;
  }

  /** A failed poll: counts it and sets the next allowed poll time (exponential, honours Retry-After). */
  async recordFailure(url: string, failure: { error: string; retryAfterSeconds?: number }, now: Date): Promise<FeedState> {
    const previous = await this.get(url);
    const consecutiveFailures = (previous?.consecutiveFailures ?? 0) + 1;
    const waitSeconds = computeBackoffSeconds(consecutiveFailures, failure.retryAfterSeconds);
    const state: FeedState = {
      ...(previous ?? { url }),
      url,
      lastFailureAt: now.toISOString(),
      consecutiveFailures,
      backoffUntil: new Date(now.getTime() + waitSeconds * 1000).toISOString(),
      lastError: failure.error.slice(0, 500),
    };
    await this.put(state);
    return state;
  }

  private async put(state: FeedState): Promise<void> {
    await this.client.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: `FEED#${state.url}`, sk: 'STATE', state: JSON.stringify(state) } }),
    );
  }
}
