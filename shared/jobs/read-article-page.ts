import type { ArticleJob, ExtractedArticle } from '../model/article';
import type { HttpFetcher } from '../fetch/types';
import { FetchError } from '../fetch/fetch-error';
import { extractArticle } from '../extract/extract-article';
import { extractFromFeedContent } from '../extract/feed-content';
import { RetryableProcessError } from './process-errors';

/** What reading a job's page gave: plain data, so it crosses a worker thread unchanged. */
export interface ArticlePage {
  extracted: ExtractedArticle | null;
  rawHtml?: string;
  error?: string;
  /** The page failed for a passing reason on this try's last chance: a later try is due. */
  passingFailure?: { retryAfterSeconds?: number };
}

/** Options of one read: as processArticle's. */
export interface ReadPageOptions {
  /** True when no retry will follow: a passing fetch failure is recorded instead of thrown. */
  finalAttempt?: boolean;
}

/** Reads a job's page: in-process (readArticlePage) or in a worker thread (page-reader-pool.ts). */
export type PageReader = (job: ArticleJob, options: ReadPageOptions) => Promise<ArticlePage>;

/** The in-process reader over `fetcher`, as the process Lambda reads pages (jsdom loaded with this module). */
export function readPagesWith(fetcher: HttpFetcher): PageReader {
  return (job, options) => readArticlePage(job, fetcher, options);
}

/** Fetch failures that will not go away on retry: recorded at once. */
const PERMANENT_FETCH_FAILURES = new Set([
  'invalid_url',
  'blocked_address',
  'blocked_scheme',
  'too_many_redirects',
  'insecure_redirect',
  'too_large',
  'unsupported_type',
]);

/**
 * The pure, expensive part of processing an article: guarded fetch, then Readability on jsdom,
 * falling back to the feed's own content. A permanent fetch failure, or a passing one on the final
 * attempt, is returned as the page's error; a passing one otherwise throws RetryableProcessError.
 * Reads no store and writes nothing, so it can run in any thread.
 */
export async function readArticlePage(job: ArticleJob, fetcher: HttpFetcher, options: ReadPageOptions): Promise<ArticlePage> {
  let fetchError: string | undefined;
  try {
    const page = await fetcher.fetch({ url: job.url, purpose: 'page' });
    try {
      return { extracted: extractArticle(page.text, page.finalUrl), rawHtml: page.text };
    } catch (error) {
      fetchError = `extraction failed: ${(error as Error).message}`;
      const fallback = fromFeedContent(job);
      return { extracted: fallback, rawHtml: page.text, error: fallback ? undefined : fetchError };
    }
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const permanent = PERMANENT_FETCH_FAILURES.has(error.reason) || isPermanentStatus(error.status);
    fetchError = `fetch failed (${error.reason}): ${error.message}`;
    const fallback = fromFeedContent(job);
    if (fallback) return { extracted: fallback, error: undefined };
    if (!permanent && !options.finalAttempt) throw new RetryableProcessError(fetchError, { cause: error });
    if (permanent) return { extracted: null, error: fetchError };
    return { extracted: null, error: fetchError, passingFailure: { retryAfterSeconds: error.retryAfterSeconds } };
  }
}

/**
 * The page of a job whose HTML could not be read into an article (`reason`): the feed's own
 * content when it has some, else no article and the reason recorded.
 */
export function pageWithoutExtraction(job: ArticleJob, reason: string): ArticlePage {
  const fallback = fromFeedContent(job);
  return { extracted: fallback, error: fallback ? undefined : reason };
}

function fromFeedContent(job: ArticleJob): ExtractedArticle | null {
  return job.feedContentHtml ? extractFromFeedContent(job.feedContentHtml, job.title ?? '') : null;
}

function isPermanentStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
