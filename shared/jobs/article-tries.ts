import type { ArticleJob, ArticleRecord } from '../model/article';
import type { RetryStore } from '../storage/dynamo/retry-store';
import { MAX_ARTICLE_TRIES, planArticleRetry } from './retry-policy';

/**
 * A stored record is the final answer, except for a page still waiting for a later try: the job of
 * that try (its attempt number above the tries recorded) runs again. A redelivered copy of a try
 * already made finds its own tries recorded and returns the record.
 */
export function isDueForRetry(record: ArticleRecord, job: ArticleJob): boolean {
  return record.retry !== undefined && !record.retry.gaveUp && (job.attempt ?? 1) > record.retry.tries;
}

/**
 * Records this try on an article whose page failed for a passing reason, and schedules the next
 * one (before the record is stored, so a crash in between cannot lose it), or gives up at the cap.
 */
export async function scheduleNextTry(
  record: ArticleRecord,
  job: ArticleJob,
  failure: { retryAfterSeconds?: number },
  deps: { retries: RetryStore; now: () => Date },
): Promise<ArticleRecord> {
  const tries = job.attempt ?? 1;
  const plan = planArticleRetry(tries, deps.now(), failure.retryAfterSeconds);
  if (plan.kind === 'give_up') {
    await deps.retries.remove(job.articleId);
    return { ...record, error: `${record.error}; gave up after ${tries} tries`, retry: { tries, gaveUp: true } };
  }
  const error = record.error ?? 'fetch failed';
  await deps.retries.schedule({ job: { ...job, attempt: tries }, tries, nextAttemptAt: plan.nextAttemptAt, lastError: error });
  return {
    ...record,
    error: `${error}; try ${tries} of ${MAX_ARTICLE_TRIES}, next after ${plan.nextAttemptAt}`,
    retry: { tries, nextAttemptAt: plan.nextAttemptAt, gaveUp: false },
  };
}
