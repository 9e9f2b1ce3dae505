import type { ArticleJob } from '../model/article';
import type { Logger } from '../observability/logger';
import type { RetryStore } from '../storage/dynamo/retry-store';

/** What the poll did with pending tries: how many it handed out, and how many wait still. */
export interface RetryReport {
  enqueued: number;
  waiting: number;
}

/**
 * A handed-out try comes due again after this long if its job vanished (a lost message), and the
 * next polls do not hand it out twice meanwhile. Longer than the queue's own redeliveries last.
 */
const HANDED_OUT_HOLD_MS = 2 * 60 * 60 * 1000;

/**
 * Hands the due tries of failed pages to the process step, each as a job with the next attempt
 * number. `all` (the replay: a person asked for a run now) hands out every pending try without
 * waiting for its time; the tries still count towards the cap.
 */
export async function enqueueDueRetries(
  deps: { retries: RetryStore; queue: { enqueue(jobs: ArticleJob[]): Promise<void> }; now: () => Date; logger: Logger },
  options: { all: boolean },
): Promise<RetryReport> {
  const now = deps.now();
  const pending = await deps.retries.listPending();
  const due = options.all ? pending : pending.filter((retry) => Date.parse(retry.nextAttemptAt) <= now.getTime());
  const jobs: ArticleJob[] = [];
  const holdUntil = new Date(now.getTime() + HANDED_OUT_HOLD_MS).toISOString();
  for (const retry of due) {
    if (await deps.retries.postpone(retry, holdUntil)) jobs.push({ ...retry.job, attempt: retry.tries + 1 });
  }
  if (jobs.length > 0) await deps.queue.enqueue(jobs);
  if (pending.length > 0) deps.logger.info('article retries', { enqueued: jobs.length, waiting: pending.length - jobs.length });
  return { enqueued: jobs.length, waiting: pending.length - jobs.length };
}
