import { computeDigest } from '../digest/compute-digest';
import { renderDigestHtml } from '../digest/render-html';
import { renderDigestMarkdown } from '../digest/render-markdown';
import { selectReaderView } from '../digest/reader-view';
import { parseThreadState } from '../digest/thread-state';
import type { Digest } from '../model/digest';
import type { Logger } from '../observability/logger';
import type { ArticleStore } from '../storage/dynamo/article-store';
import type { RetryStore } from '../storage/dynamo/retry-store';
import type { ThreadStateStore } from '../storage/dynamo/thread-state-store';
import { blobKeys, type BlobStore } from '../storage/ports';
import type { StorylineDeps } from './storyline-deps';
import { publishSite } from '../site/publish-site';

export interface DigestDeps extends StorylineDeps {
  articles: ArticleStore;
  threadStates: ThreadStateStore;
  blobs: BlobStore;
  now: () => Date;
  logger: Logger;
}

/**
 * Builds the digest of `date`: the thread state before it plus the day's article records give the
 * changes, written as digests/<date>/digest.{json,md,html}, and the state after it is stored under
 * `date`; then the archive under site/ is rewritten to include it. Idempotent per date: a re-run reads the same snapshot (the latest strictly before `date`)
 * and the same records, so it rewrites the same files (generatedAt aside) and the same snapshot.
 */
export async function buildDigest(date: string, deps: DigestDeps): Promise<{ digest: Digest; keys: string[] }> {
  const [records, snapshot] = await Promise.all([deps.articles.listDay(date), deps.threadStates.getLatestBefore(date)]);
  const stateBefore = snapshot === null ? null : parseThreadState(snapshot.state);
  const { digest, stateAfter } = computeDigest({ storyline: deps.storyline, date, stateBefore, records, generatedAt: deps.now().toISOString() });

  // digest.json is the whole record, for operators; the pages are what a subscriber reads.
  const readerView = selectReaderView(digest);
  const files = [
    { key: blobKeys.digest(date, 'digest.json'), body: `${JSON.stringify(digest, null, 2)}\n`, type: 'application/json; charset=utf-8' },
    { key: blobKeys.digest(date, 'digest.md'), body: renderDigestMarkdown(readerView), type: 'text/markdown; charset=utf-8' },
    { key: blobKeys.digest(date, 'digest.html'), body: renderDigestHtml(readerView), type: 'text/html; charset=utf-8' },
  ];
  // The files first, the snapshot last: after a crash in between, the retried run of this date reads
  // the same inputs and rewrites both.
  for (const file of files) await deps.blobs.put(file.key, file.body, file.type);
  await deps.threadStates.put(date, stateAfter);
  // The reader's archive (index, pages, timelines, Atom feed) is rebuilt from every stored digest.
  const siteKeys = await publishSite(deps.blobs);

  const changeCount = digest.threads.reduce((total, thread) => total + thread.changes.length, 0);
  deps.logger.info('digest built', { date, stateFrom: snapshot?.date ?? null, articles: records.length, changes: changeCount });
  return { digest, keys: [...files.map((file) => file.key), ...siteKeys] };
}

/**
 * The daily digest job: first the days a later try added an article to (a page that failed for a
 * passing reason, read on a retry), rebuilt from the earliest through the day before `date` so the
 * thread state carries forward, then `date`. Each build is idempotent per date; emails already
 * sent for a rebuilt day are not sent again (the archive and digest.json show the article).
 */
export async function buildDigestWithRebuilds(
  date: string,
  deps: DigestDeps & { retries: RetryStore },
): Promise<{ digest: Digest; keys: string[]; rebuilt: string[] }> {
  const marked = await deps.retries.listDaysToRebuild();
  const earliest = marked.find((day) => day < date);
  const rebuilt = earliest ? listDaysBetween(earliest, date) : [];
  for (const day of rebuilt) await buildDigest(day, deps);
  const result = await buildDigest(date, deps);
  for (const day of marked.filter((day) => day <= date)) await deps.retries.clearDayToRebuild(day);
  if (rebuilt.length > 0) deps.logger.info('digests rebuilt after late articles', { rebuilt });
  return { ...result, rebuilt };
}

/** Every calendar day from `first` up to, not including, `end` (YYYY-MM-DD). */
function listDaysBetween(first: string, end: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day.toISOString().slice(0, 10) < end; day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
