import pLimit from 'p-limit';
import { DEFAULT_MAX_NEW_ITEMS_PER_FEED, type FeedSource } from '../config/config';
import { canonicaliseUrl } from '../feed/canonical-url';
import { parseFeed, type ParsedFeed } from '../feed/parse-feed';
import { FetchError, type FetchFailureReason } from '../fetch/fetch-error';
import type { HttpFetcher } from '../fetch/types';
import { articleIdFor, type ArticleJob, type ArticleRecord, type FeedItem } from '../model/article';
import { toDigestDate } from '../model/dates';
import type { Logger } from '../observability/logger';
import { decideLanguage } from '../language/decide-language';
import { isPossiblyRelevant } from '../relevance/assess-relevance';
import type { ArticleStore } from '../storage/dynamo/article-store';
import { isBackingOff, type FeedStateStore } from '../storage/dynamo/feed-state-store';
import type { RetryStore } from '../storage/dynamo/retry-store';
import { enqueueDueRetries, type RetryReport } from './enqueue-retries';
import type { StorylineDeps } from './storyline-deps';

/** Where poll hands new articles to the process step (SQS in AWS, memory in the replay). */
export interface JobQueue {
  enqueue(jobs: ArticleJob[]): Promise<void>;
}

export interface PollDeps extends Pick<StorylineDeps, 'storyline'> {
  fetcher: HttpFetcher;
  feedStates: FeedStateStore;
  articles: ArticleStore;
  queue: JobQueue;
  now: () => Date;
  timeZone: string;
  logger: Logger;
  /** Replay: an item is discovered when it was published, so it lands on its own digest day. */
  replay?: boolean;
  /** Given by the local CLI only: reads a feed whose url is a file path. */
  readLocalFeed?: (path: string) => Promise<string>;
  /** New items taken from one feed per run (DEFAULT_MAX_NEW_ITEMS_PER_FEED); the rest wait for the next. */
  maxNewItemsPerFeed?: number;
  /** Later tries of articles whose page failed for a passing reason. */
  retries: RetryStore;
}


export type FeedOutcome = 'ok' | 'not_modified' | 'failed' | 'backing_off';
export type ItemOutcome = 'enqueued' | 'already_seen' | 'filtered' | 'rejected' | 'deferred';

export interface FeedReport {
  url: string; outcome: FeedOutcome; itemCount: number; enqueued: number;
  /** New items left for the next run by the per-run limit. */
  deferred: number;
  error?: string;
  /** Why the fetch failed, when the fetcher said (e.g. blocked_address for a loopback feed). */
  errorReason?: FetchFailureReason;
  /** Items of the document not listed, by reason (parseFeed); present when any were. */
  skipped?: ParsedFeed['skipped'];
}
export interface ItemReport {
  articleId: string; url: string; canonicalUrl: string; digestDate: string; publishedAt: string | null;
  feedUrl: string; outcome: ItemOutcome; reason?: string;
  /** The feed's account of the item is doubtful (FeedItem.suspicion); it is processed all the same. */
  suspicion?: string;
}
export interface PollReport { feeds: FeedReport[]; items: ItemReport[]; retries: RetryReport }

/** Feeds polled at once: enough to hide latency, few enough to stay polite and inside the Lambda. */
const FEED_CONCURRENCY = 4;

/**
 * The poll job: for each feed a conditional GET through the guarded fetcher (or a local read),
 * parse, then per item: canonical URL, cheap relevance pre-filter, claim the URL once, enqueue.
 * One bad feed is recorded in its state and the report; it never stops the others.
 */
export async function pollFeeds(feeds: FeedSource[], deps: PollDeps): Promise<PollReport> {
  const limit = pLimit(FEED_CONCURRENCY);
  const claimedThisRun = new Set<string>();
  const results = await Promise.all(
    feeds.map((feed) => limit(() => pollOneFeed(feed, deps, claimedThisRun).catch((error: unknown) => reportBrokenFeed(feed, error, deps)))),
  );
  // After the feeds, so a page a feed lists again this run is not fetched twice.
  const retries = await enqueueDueRetries(deps, { all: deps.replay === true });
  return { feeds: results.map((result) => result.feed), items: results.flatMap((result) => result.items), retries };
}

async function pollOneFeed(feed: FeedSource, deps: PollDeps, claimedThisRun: Set<string>): Promise<{ feed: FeedReport; items: ItemReport[] }> {
  const isRemote = /^https?:\/\//i.test(feed.url);
  const state = isRemote ? await deps.feedStates.get(feed.url) : null;
  // A replay is a person asking for a run now: it reads a failing feed again, backing off or not.
  if (!deps.replay && isBackingOff(state, deps.now())) {
    return { feed: { url: feed.url, outcome: 'backing_off', itemCount: 0, enqueued: 0, deferred: 0 }, items: [] };
  }
  let document: { text: string; etag?: string; lastModified?: string } | 'not_modified';
  let parsed: ParsedFeed;
  try {
    document = await readFeedDocument(feed.url, isRemote, state, deps);
    if (document === 'not_modified') {
      if (isRemote) await deps.feedStates.recordSuccess(feed.url, { etag: state?.etag, lastModified: state?.lastModified }, deps.now());
      return { feed: { url: feed.url, outcome: 'not_modified', itemCount: 0, enqueued: 0, deferred: 0 }, items: [] };
    }
    // Every item is read; the per-run limit applies to new ones below, and says what it left.
    parsed = await parseFeed(document.text, feed.url, { maxItems: Number.POSITIVE_INFINITY });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('feed failed', { feedUrl: feed.url, error: message });
    if (isRemote) {
      const retryAfterSeconds = error instanceof FetchError ? error.retryAfterSeconds : undefined;
      await deps.feedStates.recordFailure(feed.url, { error: message, retryAfterSeconds }, deps.now());
    }
    const errorReason = error instanceof FetchError ? error.reason : undefined;
    return { feed: { url: feed.url, outcome: 'failed', itemCount: 0, enqueued: 0, deferred: 0, error: message, ...(errorReason ? { errorReason } : {}) }, items: [] };
  }
  // An operator-named publisher wins; otherwise the page's own site name (read at process time)
  // beats the feed's title, which names an aggregator as often as an outlet.
  const publisher = feed.publisher;
  const feedTitle = parsed.title;
  const skipped = parsed.skipped.no_http_link + parsed.skipped.repeated_link > 0 ? parsed.skipped : undefined;
  if (skipped) deps.logger.warn('feed items skipped', { feedUrl: feed.url, ...skipped });
  if (parsed.beyondLimit > 0) deps.logger.warn('feed items beyond the parse limit', { feedUrl: feed.url, beyondLimit: parsed.beyondLimit });
  const feedLanguage = parsed.language ?? feed.language;
  const context = { feedUrl: feed.url, publisher, feedTitle, feedLanguage, deps, claimedThisRun };
  const { items, jobs } = await admitItems(parsed.items, context, deps.maxNewItemsPerFeed ?? DEFAULT_MAX_NEW_ITEMS_PER_FEED);
  if (jobs.length > 0) await deps.queue.enqueue(jobs);
  const deferred = items.filter((item) => item.outcome === 'deferred').length;
  if (deferred > 0) deps.logger.info('feed items left for the next run', { feedUrl: feed.url, deferred });
  if (isRemote) {
    // With items left over, the validators are dropped: a 304 next time would hide them.
    const validators = deferred > 0 ? {} : { etag: document.etag, lastModified: document.lastModified };
    await deps.feedStates.recordSuccess(feed.url, validators, deps.now());
  }
  return { feed: { url: feed.url, outcome: 'ok', itemCount: parsed.items.length, enqueued: jobs.length, deferred, ...(skipped ? { skipped } : {}) }, items };
}

/**
 * Admits the feed's items in its order until `limit` new ones were taken. The rest are checked,
 * not claimed (one batch read): a new one is reported as deferred, and the next poll takes it.
 */
async function admitItems(feedItems: FeedItem[], context: ItemContext, limit: number): Promise<{ items: ItemReport[]; jobs: ArticleJob[] }> {
  const items: ItemReport[] = [];
  const jobs: ArticleJob[] = [];
  let next = 0;
  for (let taken = 0; next < feedItems.length && taken < limit; next += 1) {
    const { report, job } = await admitItem(feedItems[next]!, context);
    items.push(report);
    if (job) jobs.push(job);
    if (report.outcome !== 'already_seen') taken += 1;
  }
  items.push(...(await checkDeferredItems(feedItems.slice(next), context)));
  return { items, jobs };
}

async function checkDeferredItems(feedItems: FeedItem[], context: ItemContext): Promise<ItemReport[]> {
  if (feedItems.length === 0) return [];
  const reports = feedItems.map((item) => describeItem(item, context).report);
  const claimed = await context.deps.articles.findClaimedUrls(reports.map((report) => report.canonicalUrl));
  return reports.map((report) => ({
    ...report,
    outcome: claimed.has(report.canonicalUrl) || context.claimedThisRun.has(report.canonicalUrl) ? 'already_seen' : 'deferred',
  }));
}

/** An item's identity and digest day (in the replay, the day it was published). */
function describeItem(item: FeedItem, context: ItemContext): { report: ItemReport; discoveredAt: Date } {
  const canonicalUrl = canonicaliseUrl(item.url);
  const discoveredAt = context.deps.replay && item.publishedAt ? new Date(item.publishedAt) : context.deps.now();
  const report: ItemReport = {
    articleId: articleIdFor(canonicalUrl), url: item.url, canonicalUrl, digestDate: toDigestDate(discoveredAt, context.deps.timeZone),
    publishedAt: item.publishedAt ?? null, feedUrl: context.feedUrl, outcome: 'enqueued',
    ...(item.suspicion ? { suspicion: item.suspicion } : {}),
  };
  return { report, discoveredAt };
}

/**
 * A feed whose run broke outside the expected failures (the state store or the queue still failing
 * after the SDK's retries). Its claimed but unqueued items are re-enqueued by the next poll, since
 * a claim without a record is polled again.
 */
function reportBrokenFeed(feed: FeedSource, error: unknown, deps: PollDeps): { feed: FeedReport; items: ItemReport[] } {
  const message = error instanceof Error ? error.message : String(error);
  deps.logger.error('feed run broke', { feedUrl: feed.url, error: message });
  return { feed: { url: feed.url, outcome: 'failed', itemCount: 0, enqueued: 0, deferred: 0, error: message }, items: [] };
}

async function readFeedDocument(
  url: string,
  isRemote: boolean,
  state: { etag?: string; lastModified?: string } | null,
  deps: PollDeps,
): Promise<{ text: string; etag?: string; lastModified?: string } | 'not_modified'> {
  if (!isRemote) {
    if (!deps.readLocalFeed) throw new FetchError('blocked_scheme', url, 'only http(s) feeds are polled');
    return { text: await deps.readLocalFeed(url) };
  }
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  const resource = await deps.fetcher.fetch({ url, purpose: 'feed', headers });
  if (resource.status === 304) return 'not_modified';
  return { text: resource.text, etag: resource.headers.etag, lastModified: resource.headers['last-modified'] };
}

interface ItemContext {
  feedUrl: string; publisher: string | undefined; feedTitle: string | undefined; feedLanguage: string | undefined;
  deps: PollDeps; claimedThisRun: Set<string>;
}

/** Decides one item's fate; the URL claim is what makes a second poll (or a redelivery) a no-op. */
async function admitItem(item: FeedItem, context: ItemContext): Promise<{ report: ItemReport; job?: ArticleJob }> {
  const { deps } = context;
  const { report, discoveredAt } = describeItem(item, context);
  const { canonicalUrl, articleId, digestDate } = report;
  const now = deps.now();
  if (item.suspicion) deps.logger.warn('suspicious feed item', { feedUrl: context.feedUrl, url: item.url, suspicion: item.suspicion });
  if (context.claimedThisRun.has(canonicalUrl)) return { report: { ...report, outcome: 'already_seen' } };
  context.claimedThisRun.add(canonicalUrl);
  const claimed = await deps.articles.claimUrl(canonicalUrl, articleId, now);
  // A claim without a record means an earlier run stopped before processing finished: go again.
  if (!claimed && (await deps.articles.getArticle(articleId))) return { report: { ...report, outcome: 'already_seen' } };
  const job: ArticleJob = {
    articleId, url: item.url, canonicalUrl, feedUrl: context.feedUrl, title: item.title,
    ...(context.publisher ? { publisher: context.publisher } : {}),
    ...(context.feedTitle ? { feedTitle: context.feedTitle } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    ...(item.contentHtml ? { feedContentHtml: item.contentHtml } : {}),
    ...((item.language ?? context.feedLanguage) ? { feedLanguage: item.language ?? context.feedLanguage } : {}),
    discoveredAt: discoveredAt.toISOString(), digestDate,
  };
  const publisher = context.publisher ?? context.feedTitle ?? hostnameOf(item.url);
  // A link the network guard refuses (a metadata address, a file: URL) is never fetched, but it is
  // recorded with the reason, so the day's digest lists it as an error instead of losing it.
  const refusal = deps.fetcher.screenUrl?.(item.url);
  if (refusal) {
    const error = `refused by the network guard (${refusal.reason}): ${refusal.message}`;
    await deps.articles.putArticle(unfetchedRecord(job, publisher, await decideItemLanguage(job, item), error));
    return { report: { ...report, outcome: 'rejected', reason: refusal.reason } };
  }
  if (!isPossiblyRelevant(`${item.title} ${summaryText(item.contentHtml)}`, deps.storyline)) {
    await deps.articles.putArticle(unfetchedRecord(job, publisher, await decideItemLanguage(job, item)));
    return { report: { ...report, outcome: 'filtered', reason: 'not possibly relevant' } };
  }
  return { report, job };
}

/** The record of an item that is never fetched (pre-filtered, or refused): listed in the digest all the same. */
function unfetchedRecord(job: ArticleJob, publisher: string, language: string | null, error?: string): ArticleRecord {
  return {
    id: job.articleId, url: job.url, canonicalUrl: job.canonicalUrl, title: job.title ?? '', publisher,
    publishedAt: job.publishedAt ?? null, discoveredAt: job.discoveredAt, digestDate: job.digestDate,
    relevant: false, duplicateOf: null, novelSentences: 0, sentenceCount: 0, claims: [],
    extraction: error ? 'failed' : 'feed', language, ...(error ? { error } : {}),
  };
}

/** An unfetched item's language: what the feed declares, checked against its headline and summary. */
async function decideItemLanguage(job: ArticleJob, item: FeedItem): Promise<string | null> {
  const text = `${item.title}\n${summaryText(item.contentHtml)}`;
  return (await decideLanguage({ declared: [{ source: 'feed', tag: job.feedLanguage }], text })).language;
}

/** The feed summary as rough text for the pre-filter (tags dropped; entities do not matter here). */
function summaryText(contentHtml: string | undefined): string {
  return (contentHtml ?? '').replace(/<[^>]*>/g, ' ').slice(0, 5000);
}

function hostnameOf(url: string): string {
  return new URL(url).hostname;
}
