import type { ArticleJob, ArticleRecord } from '../model/article';
import type { FeedSource } from '../config/config';
import type { Digest } from '../model/digest';
import { MemoryJobQueue } from '../storage/local/memory-job-queue';
import type { ThreadStateStore } from '../storage/dynamo/thread-state-store';
import type { FeedStateStore } from '../storage/dynamo/feed-state-store';
import { ingestSeeds, type SeedCorpus, type SeedDeps } from './ingest-seeds';
import { pollFeeds, type PollReport } from './poll-feeds';
import { processArticle, type ProcessDeps } from './process-article';
import { buildDigest } from './build-digest';
import { readPagesAhead, type PageReaderPool } from './page-reader-pool';

export interface ReplayDeps extends ProcessDeps, SeedDeps {
  threadStates: ThreadStateStore;
  feedStates: FeedStateStore;
  readLocalFeed: (path: string) => Promise<string>;
  /**
   * Worker threads that read the pages (fetch and extraction) ahead of the article being analysed;
   * without it every page is read in the main thread, one after another.
   */
  pagePool?: PageReaderPool;
}

/** Pages read ahead per pool thread: enough to keep the threads busy while the main thread analyses. */
const PAGES_AHEAD_PER_THREAD = 2;

export interface ReplayedDay {
  date: string;
  digest: Digest;
  keys: string[];
}

export interface ReplayReport {
  seeds: ArticleRecord[];
  poll: PollReport | null;
  days: ReplayedDay[];
  /** Jobs that failed outright (an error not recorded on the article); the rest went on. */
  failures: Array<{ articleId: string; url: string; error: string }>;
}

/**
 * The local replay: the seed corpus as the baseline, then each feed's items day by day in
 * publication order, one digest per day, through the same jobs the Lambdas run. Re-running over the
 * same store processes nothing twice and rewrites identical digests. With `deps.pagePool`, pages
 * are read in worker threads; the digests are the same as without.
 */
export async function replay(
  corpus: SeedCorpus,
  feeds: FeedSource[],
  deps: ReplayDeps,
  onDigest: (day: ReplayedDay) => void = () => {},
): Promise<ReplayReport> {
  const seeds = await ingestSeeds(corpus, deps);
  const days: ReplayedDay[] = [];
  const digestDay = async (date: string) => {
    const { digest, keys } = await buildDigest(date, deps);
    // The replay rebuilds every day it touches itself; a mark left by a later try is done with.
    await deps.retries.clearDayToRebuild(date);
    const day = { date, digest, keys };
    days.push(day);
    onDigest(day);
  };
  for (const date of uniqueSorted(seeds.map((seed) => seed.digestDate))) await digestDay(date);
  if (feeds.length === 0) return { seeds, poll: null, days, failures: [] };

  const queue = new MemoryJobQueue();
  const poll = await pollFeeds(feeds, { ...deps, queue, replay: true });
  const jobsByDay = groupByDay(queue.drain());
  const feedDays = poll.items.map((item) => item.digestDate);
  const failures: ReplayReport['failures'] = [];
  const dates = uniqueSorted([...feedDays, ...jobsByDay.keys()]);
  const processDeps = withPagesReadAhead(deps, dates.flatMap((date) => jobsByDay.get(date) ?? []));
  for (const date of dates) {
    for (const job of jobsByDay.get(date) ?? []) {
      try {
        // Everything that reads or writes state runs here, one article at a time in publication
        // order, so the digests are the same with any number of pool threads.
        await processArticle(job, processDeps, { finalAttempt: true });
      } catch (error) {
        failures.push({ articleId: job.articleId, url: job.url, error: (error as Error).message });
        deps.logger.error('article failed', { articleId: job.articleId, error: error as Error });
      }
    }
    await digestDay(date);
  }
  return { seeds, poll, days, failures };
}

/** With a pool, pages are read in its threads ahead of the article being analysed, in the order processed. */
function withPagesReadAhead(deps: ReplayDeps, orderedJobs: readonly ArticleJob[]): ProcessDeps {
  if (!deps.pagePool) return deps;
  const lookahead = deps.pagePool.threads * PAGES_AHEAD_PER_THREAD;
  return { ...deps, readPage: readPagesAhead(orderedJobs, deps.pagePool.readPage, { finalAttempt: true }, lookahead) };
}

/** Jobs by digest day, each day in publication order (so the earliest copy is indexed first). */
function groupByDay(jobs: ArticleJob[]): Map<string, ArticleJob[]> {
  const byDay = new Map<string, ArticleJob[]>();
  const instant = (job: ArticleJob) => Date.parse(job.publishedAt ?? job.discoveredAt) || 0;
  const ordered = [...jobs].sort((a, b) => instant(a) - instant(b) || a.articleId.localeCompare(b.articleId));
  for (const job of ordered) byDay.set(job.digestDate, [...(byDay.get(job.digestDate) ?? []), job]);
  return byDay;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
