import { Piscina } from 'piscina';
import type { FetchLimits } from '../config/config';
import type { ArticleJob } from '../model/article';
import type { PageTask, PageTaskResult } from './page-reader-worker';
import { RetryableProcessError } from './process-errors';
import type { ArticlePage, PageReader, ReadPageOptions } from './read-article-page';

/**
 * Worker threads that read pages (fetch, strip, jsdom, Readability, text: the pure and expensive
 * part of processing an article) so a backfill keeps every core busy, while everything that reads
 * or writes state stays on the main thread in publication order. Local replay and bench only: in
 * Lambda, concurrency stays one article per invocation.
 */
export interface PageReaderPool {
  /** Reads a page in a worker thread; rejects for that page only when its thread fails. */
  readPage: PageReader;
  /** Threads the pool may run. */
  readonly threads: number;
  /** Threads running now: none before the first page and after close. */
  runningThreads(): number;
  /** Waits for the tasks in flight and stops every thread, so the process can exit. */
  close(): Promise<void>;
}

const WORKER_FILE = new URL('./page-reader-worker.mjs', import.meta.url);

/**
 * The old-generation heap each page-reading thread may use. A page's DOM is garbage as soon as its
 * text is out, and V8 lets garbage pile up to far more than the live heap before a full collection
 * (reading in the main thread, `npm run bench -- memory` peaks at ≈ 750 MB RSS with ≈ 120 MB live
 * after a GC); the cap makes each thread collect early. jsdom needs ≈ 8–12 KB of heap per element:
 * under 192 MB a page of 15,000 paragraphs (1.1 MB) is read, one of 25,000 (1.8 MB) is not; the
 * bench corpus's largest pages (500 KB) are read well within it. A page whose DOM needs more (the
 * 4.5 MB page of 59,000 paragraphs in the hostile tests needs ≈ 600 MB) ends its thread alone and
 * is recorded as not read (falling back to the feed's content) instead of taking the process down.
 */
export const PAGE_READER_HEAP_MB = 192;

/** Options of a pool: how many threads, the fetch limits, and each thread's heap. */
export interface PageReaderPoolOptions {
  threads: number;
  fetchLimits: FetchLimits;
  /** Old-generation heap per thread, in MB; PAGE_READER_HEAP_MB when absent. */
  heapLimitMb?: number;
}

/** Starts a pool of `threads` page readers (threads start on first use) fetching under `fetchLimits`. */
export function createPageReaderPool(options: PageReaderPoolOptions): PageReaderPool {
  const heapLimitMb = options.heapLimitMb ?? PAGE_READER_HEAP_MB;
  const pool = new Piscina<PageTask, PageTaskResult>({
    filename: WORKER_FILE.href,
    minThreads: 0,
    maxThreads: options.threads,
    // Threads idle between replay days are kept: starting one costs a jsdom load (~1 s).
    idleTimeout: 60_000,
    // The old generation only: a 16 MB young generation took peak RSS ≈ 20–30 MB lower but made
    // 2 threads slower than 1 (× 0.86 against × 1.1–1.2 without it, same load).
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
  });
  let closed = false;
  return {
    threads: options.threads,
    runningThreads: () => pool.threads.length,
    async readPage(job, readOptions) {
      if (closed) throw new Error('the page reader pool is closed');
      let result: PageTaskResult;
      try {
        result = await pool.run({ job, limits: options.fetchLimits, finalAttempt: readOptions.finalAttempt ?? false });
      } catch (error) {
        // Piscina replaces the thread; the page is recorded as not read, the run goes on.
        if (isOutOfMemory(error)) {
          // Imported here, not at the top: the pool's process keeps jsdom out of its main thread.
          const { pageWithoutExtraction } = await import('./read-article-page');
          return pageWithoutExtraction(job, `extraction failed: the page needs more than the ${heapLimitMb} MB heap of a page reader`);
        }
        throw error;
      }
      if ('retryable' in result) throw new RetryableProcessError(result.retryable);
      return result.page;
    },
    async close() {
      closed = true;
      await pool.close();
    },
  };
}

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * A reader that keeps up to `lookahead` pages of `jobs` (in their order) being read ahead of the
 * one asked for, so the pool's threads work while the main thread analyses the current article.
 * Reading ahead starts only when a page is asked for: a re-run whose articles are all stored reads
 * nothing. Pages read ahead for jobs that never asked (already stored) are dropped once a later job
 * asks. A job outside `jobs`, or asked with other options, is read on its own.
 */
export function readPagesAhead(jobs: readonly ArticleJob[], read: PageReader, options: ReadPageOptions, lookahead: number): PageReader {
  const positions = new Map(jobs.map((job, index) => [job.articleId, index]));
  const pending = new Map<number, Promise<ArticlePage>>();
  const start = (index: number) => {
    if (pending.has(index)) return;
    const page = read(jobs[index] as ArticleJob, options);
    page.catch(() => undefined); // handled when (if) its job asks for it
    pending.set(index, page);
  };
  return (job, jobOptions) => {
    const index = positions.get(job.articleId);
    if (index === undefined || Boolean(jobOptions.finalAttempt) !== Boolean(options.finalAttempt)) return read(job, jobOptions);
    for (const earlier of pending.keys()) if (earlier < index) pending.delete(earlier);
    for (let ahead = index; ahead <= Math.min(index + lookahead, jobs.length - 1); ahead++) start(ahead);
    const page = pending.get(index) as Promise<ArticlePage>;
    pending.delete(index);
    return page;
  };
}
