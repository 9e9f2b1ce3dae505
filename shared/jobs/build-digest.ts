import { computeDigest } from '../digest/compute-digest';
import { renderDigestHtml } from '../digest/render-html';
import { renderDigestMarkdown } from '../digest/render-markdown';
import { parseThreadState } from '../digest/thread-state';
import type { Digest } from '../model/digest';
import type { Logger } from '../observability/logger';
import type { ArticleStore } from '../storage/dynamo/article-store';
import type { ThreadStateStore } from '../storage/dynamo/thread-state-store';
import { blobKeys, type BlobStore } from '../storage/ports';
import { publishSite } from '../site/publish-site';

export interface DigestDeps {
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
  const { digest, stateAfter } = computeDigest({ date, stateBefore, records, generatedAt: deps.now().toISOString() });

  const files = [
    { key: blobKeys.digest(date, 'digest.json'), body: `${JSON.stringify(digest, null, 2)}\n`, type: 'application/json; charset=utf-8' },
    { key: blobKeys.digest(date, 'digest.md'), body: renderDigestMarkdown(digest), type: 'text/markdown; charset=utf-8' },
    { key: blobKeys.digest(date, 'digest.html'), body: renderDigestHtml(digest), type: 'text/html; charset=utf-8' },
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
