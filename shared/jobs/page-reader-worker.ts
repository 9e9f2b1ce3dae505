/**
 * The task each thread of the page-reader pool runs (loaded through page-reader-worker.mjs):
 * readArticlePage with a guarded fetcher built in this thread from the limits the task carries.
 */
import { FetchLimitsSchema, type FetchLimits } from '../config/config';
import { createGuardedFetcher } from '../fetch/guarded-fetcher';
import type { HttpFetcher } from '../fetch/types';
import type { ArticleJob } from '../model/article';
import { RetryableProcessError } from './process-errors';
import { readArticlePage, type ArticlePage } from './read-article-page';

/** One page to read, as sent to a thread. */
export interface PageTask {
  job: ArticleJob;
  limits: FetchLimits;
  finalAttempt: boolean;
}

/**
 * What a thread sends back. A RetryableProcessError becomes `retryable` (its message), because an
 * error crossing threads keeps only its message; any other error rejects the task as it is.
 */
export type PageTaskResult = { page: ArticlePage } | { retryable: string };

const fetchers = new Map<string, HttpFetcher>();

function fetcherFor(limits: FetchLimits): HttpFetcher {
  const key = JSON.stringify(limits);
  let fetcher = fetchers.get(key);
  if (!fetcher) {
    fetcher = createGuardedFetcher(FetchLimitsSchema.parse(limits));
    fetchers.set(key, fetcher);
  }
  return fetcher;
}

/** Reads one page in this thread. */
export async function readPageTask(task: PageTask): Promise<PageTaskResult> {
  try {
    return { page: await readArticlePage(task.job, fetcherFor(task.limits), { finalAttempt: task.finalAttempt }) };
  } catch (error) {
    if (error instanceof RetryableProcessError) return { retryable: error.message };
    throw error;
  }
}
