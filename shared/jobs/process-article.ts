import type { Logger } from '../observability/logger';
import type { ArticleJob, ArticleRecord, ExtractedArticle } from '../model/article';
import type { HttpFetcher } from '../fetch/types';
import type { ArticleStore } from '../storage/dynamo/article-store';
import type { RetryStore } from '../storage/dynamo/retry-store';
import type { BlobStore } from '../storage/ports';
import type { DedupeService } from '../dedupe/dedupe-service';
import { canonicaliseUrl } from '../feed/canonical-url';
import { analyseArticle, storeArticle } from './analyse-article';
import type { StorylineDeps } from './storyline-deps';
import { isDueForRetry, scheduleNextTry } from './article-tries';
import { RetryableProcessError } from './process-errors';
import type { PageReader } from './read-article-page';

export interface ProcessDeps extends StorylineDeps {
  fetcher: HttpFetcher;
  articles: ArticleStore;
  blobs: BlobStore;
  dedupe: DedupeService;
  now: () => Date;
  logger: Logger;
  /** Where later tries of pages that failed for a passing reason are scheduled (poll hands them out). */
  retries: RetryStore;
  /**
   * Reads the job's page (fetch + extraction). The process Lambda passes the in-process reader
   * (`readPagesWith`); the replay and the bench a pool of worker threads (shared/jobs/page-reader-pool.ts).
   * When absent, pages are read in-process with `fetcher`, jsdom being loaded on the first page.
   */
  readPage?: PageReader;
}

export interface ProcessOptions {
  /**
   * True when no retry will follow (the replay, or SQS's last receive before the DLQ): a transient
   * fetch failure is then recorded on the article instead of thrown for a retry.
   */
  finalAttempt?: boolean;
}

export { RetryableProcessError } from './process-errors';

/**
 * Another invocation is processing the same article right now (SQS delivered the message twice).
 * Retryable: by the redelivery the holder has stored the record and the retry returns it.
 */
export class ArticleInProgressError extends RetryableProcessError {
  override readonly name = 'ArticleInProgressError';
}

/**
 * Longer than the process Lambda's 90 s timeout, so a live holder never loses its lease; far
 * shorter than the queue's visibility timeout, so after a crash the redelivery finds it expired.
 */
export const PROCESSING_LEASE_SECONDS = 120;

/**
 * Processes one article job: fetch, extract (falling back to the feed's own content), decide
 * relevance, look for a near-duplicate, find the novel sentences, extract claims, then store the raw
 * page, the article record and its day entry. Idempotent: a job whose article is already recorded
 * returns the stored record, so at-least-once delivery never stores an article twice.
 */
export async function processArticle(
  job: ArticleJob,
  deps: ProcessDeps,
  options: ProcessOptions = {},
): Promise<{ record: ArticleRecord; alreadyProcessed: boolean }> {
  const existing = await deps.articles.getArticle(job.articleId);
  if (existing && !isDueForRetry(existing, job)) return { record: existing, alreadyProcessed: true };
  if (!(await deps.articles.acquireProcessingLease(job.articleId, deps.now(), PROCESSING_LEASE_SECONDS))) {
    throw new ArticleInProgressError(`article ${job.articleId} is being processed by another invocation`);
  }
  try {
    // The holder before us may have finished between our first read and the lease.
    const finished = await deps.articles.getArticle(job.articleId);
    if (finished && !isDueForRetry(finished, job)) return { record: finished, alreadyProcessed: true };
    const record = await analyseAndStore(job, deps, options);
    // Given back at once: a later try of this article (a page that failed for a passing reason)
    // must not wait for it to expire.
    await releaseLease(job, deps);
    return { record, alreadyProcessed: false };
  } catch (error) {
    await releaseLease(job, deps);
    throw error;
  }
}

/** A failed release must not hide the outcome: the lease then just expires. */
async function releaseLease(job: ArticleJob, deps: ProcessDeps): Promise<void> {
  await deps.articles.releaseProcessingLease(job.articleId).catch((releaseError: unknown) =>
    deps.logger.warn('processing lease not released', { articleId: job.articleId, error: releaseError as Error }),
  );
}

async function analyseAndStore(job: ArticleJob, deps: ProcessDeps, options: ProcessOptions): Promise<ArticleRecord> {
  const page = await readPageWith(deps)(job, options);
  const duplicateByUrl = page.extracted ? await findSameCanonicalPage(job, page.extracted, deps) : null;

  const { record: analysed, text } = await analyseArticle(
    {
      id: job.articleId,
      url: job.url,
      canonicalUrl: job.canonicalUrl,
      publisher: job.publisher ?? page.extracted?.siteName ?? job.feedTitle ?? new URL(job.url).hostname,
      title: page.extracted?.title || job.title || job.url,
      publishedAt: job.publishedAt ?? page.extracted?.publishedTime ?? null,
      discoveredAt: job.discoveredAt,
      digestDate: job.digestDate,
    },
    page.extracted,
    {
      duplicateOf: duplicateByUrl,
      error: page.error,
      declaredLanguages: [
        { source: 'html-lang', tag: page.extracted?.lang },
        { source: 'og:locale', tag: page.extracted?.locale },
        { source: 'feed', tag: job.feedLanguage },
      ],
    },
    deps,
  );
  const record = page.passingFailure ? await scheduleNextTry(analysed, job, page.passingFailure, deps) : analysed;
  await storeArticle(record, text, page.rawHtml, deps);
  // A later try that worked: its day's digest may be built already, so the digest job rebuilds it;
  // then nothing is left to try. Both after the record, so a crash retries.
  if (!page.passingFailure && (job.attempt ?? 1) > 1) {
    await deps.retries.markDayToRebuild(record.digestDate);
    await deps.retries.remove(job.articleId);
  }
  deps.logger.info('article processed', {
    articleId: record.id,
    relevant: record.relevant,
    duplicateOf: record.duplicateOf?.id ?? null,
    claims: record.claims.length,
    extraction: record.extraction,
    language: record.language,
  });
  return record;
}

/**
 * The reader given, else the page is read here with the injected fetcher. The extractor (jsdom,
 * ≈ 100 MB of RSS once loaded) is imported on the first page read here, so a process whose pages
 * are all read by page-reader threads never loads it in its main thread.
 */
function readPageWith(deps: ProcessDeps): PageReader {
  return deps.readPage ?? (async (job, options) => (await import('./read-article-page')).readArticlePage(job, deps.fetcher, options));
}

/** The host without a leading www., m. or amp. — the variants one site serves the same article on. */
function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^(?:www|m|amp)\./, '');
}

/**
 * The same article can be reached by two URLs that only the page's own `<link rel="canonical">`
 * ties together (an AMP copy, a feed's tracking redirect). The canonical link is claimed like any
 * URL; when another article already holds it, this one is that article.
 */
async function findSameCanonicalPage(
  job: ArticleJob,
  extracted: ExtractedArticle,
  deps: ProcessDeps,
): Promise<{ id: string; url: string } | null> {
  if (!extracted.canonicalUrl) return null;
  let canonical: string;
  try {
    canonical = canonicaliseUrl(extracted.canonicalUrl);
  } catch {
    return null;
  }
  // Trusted on the page's own site only: otherwise any page could declare itself to be another
  // outlet's article and be merged into it.
  if (siteOf(canonical) !== siteOf(job.canonicalUrl)) return null;
  if (canonical === job.canonicalUrl) return null;
  if (await deps.articles.claimUrl(canonical, job.articleId, deps.now())) return null;
  const holder = await deps.articles.findUrl(canonical);
  if (!holder || holder === job.articleId) return null;
  const original = await deps.articles.getArticle(holder);
  return { id: holder, url: original?.url ?? canonical };
}
