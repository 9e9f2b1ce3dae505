/**
 * When an article whose page failed for a passing reason (connection refused or reset, time-out,
 * DNS, 5xx, 429) is fetched again: five tries in all, the last about two days after the first,
 * then it is recorded as given up. Permanent failures (404/410, refused by the network guard, not
 * an article) are never retried.
 */
export const MAX_ARTICLE_TRIES = 5;

/** The wait after the n-th failed try (n = 1…4): 1 h, 3 h, 12 h, 30 h — 46 h from first to last. */
const WAIT_HOURS_AFTER_TRY = [1, 3, 12, 30] as const;

export type RetryPlan = { kind: 'retry'; nextAttemptAt: string } | { kind: 'give_up' };

/**
 * The plan after `triesSoFar` failed tries: the next try's time (never before the server's
 * Retry-After), or give up once the cap is reached.
 */
export function planArticleRetry(triesSoFar: number, now: Date, retryAfterSeconds = 0): RetryPlan {
  if (triesSoFar >= MAX_ARTICLE_TRIES) return { kind: 'give_up' };
  const hours = WAIT_HOURS_AFTER_TRY[Math.max(0, triesSoFar - 1)] ?? WAIT_HOURS_AFTER_TRY.at(-1)!;
  const waitMs = Math.max(hours * 3_600_000, retryAfterSeconds * 1000);
  return { kind: 'retry', nextAttemptAt: new Date(now.getTime() + waitMs).toISOString() };
}
