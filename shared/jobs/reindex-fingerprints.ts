import pLimit from 'p-limit';
import { computeBandKeys } from '../dedupe/lsh';
import { placeInBuckets, type FingerprintStore, type IndexedFingerprint } from '../storage/dynamo/fingerprint-store';
import type { IndexItemScanner } from '../storage/dynamo/index-item-scan';

/**
 * Rebuilds the near-duplicate buckets (`LSH#<band>#<hash>` / `LSH`, one item per bucket) from the
 * articles' own entries (`SIG#<id>` / `SIG`), for a table indexed before issue 17, whose buckets were
 * one `LSH#…` / `<articleId>` item per member and are no longer read. An entry holds the signature,
 * from which the bands are computed again (computeBandKeys is deterministic), and everything a
 * bucket member keeps (id, shingle count, original): the old bucket items are not needed.
 *
 * Writes go through the store's own indexing path (lookUp → planIndexWrites → executeIndexWrites):
 * an article already in a bucket is skipped, a full bucket is left alone, so a second run writes
 * nothing. Entries are indexed in index-time order, so a full bucket keeps the earliest articles as
 * live indexing would have.
 */

export interface ReindexOptions {
  /** Delete the old-layout bucket items (`LSH#…` with any sort key but `LSH`) as they are found. */
  deleteOld?: boolean;
  /** Items a Scan page reads at most (DynamoDB stops at 1 MB anyway). */
  scanPageSize?: number;
}

export interface ReindexReport {
  /** `SIG#` entries found (articles indexed before, whatever the layout). */
  articlesSeen: number;
  /** Distinct buckets created or appended to. */
  bucketsWritten: number;
  /** Article–bucket memberships written (a new bucket's first member included). */
  membersAdded: number;
  /** Article–bucket memberships that were there already. */
  alreadyPresent: number;
  /** Distinct buckets an article was left out of because they were full. */
  fullBuckets: number;
  /** Old-layout bucket items found, and how many of them were deleted (0 without deleteOld). */
  oldItemsFound: number;
  oldItemsDeleted: number;
}

/** Entries read and indexed together: one BatchGet of entries, then rounds of lookUps and writes. */
const ARTICLES_PER_CHUNK = 100;
/** Lookups in flight at once within a round. */
const LOOKUP_CONCURRENCY = 8;

export interface ReindexDeps {
  fingerprints: FingerprintStore;
  scanner: IndexItemScanner;
}

/** Scans the table for the index entries and the old bucket items, then rebuilds the buckets. */
export async function reindexFingerprints(deps: ReindexDeps, options: ReindexOptions = {}): Promise<ReindexReport> {
  const store = deps.fingerprints;
  const report: ReindexReport = { articlesSeen: 0, bucketsWritten: 0, membersAdded: 0, alreadyPresent: 0, fullBuckets: 0, oldItemsFound: 0, oldItemsDeleted: 0 };
  const entries: Array<{ articleId: string; indexedAt: string }> = [];
  for await (const page of deps.scanner.scanPages(options.scanPageSize)) {
    entries.push(...page.entries);
    report.oldItemsFound += page.oldBucketItems.length;
    if (options.deleteOld && page.oldBucketItems.length > 0) {
      await deps.scanner.deleteOldBucketItems(page.oldBucketItems);
      report.oldItemsDeleted += page.oldBucketItems.length;
    }
  }
  report.articlesSeen = entries.length;
  entries.sort((left, right) => left.indexedAt.localeCompare(right.indexedAt) || left.articleId.localeCompare(right.articleId));
  const written = new Set<string>();
  const full = new Set<string>();
  for (let start = 0; start < entries.length; start += ARTICLES_PER_CHUNK) {
    const ids = entries.slice(start, start + ARTICLES_PER_CHUNK).map((entry) => entry.articleId);
    const fingerprints = orderLike(ids, await store.getFingerprints(ids)).filter((entry) => entry.shingleCount > 0);
    for (const round of scheduleRounds(fingerprints)) {
      const counts = await indexRound(store, round);
      report.membersAdded += counts.added.length;
      report.alreadyPresent += counts.present;
      counts.added.forEach((bandKey) => written.add(bandKey));
      counts.full.forEach((bandKey) => full.add(bandKey));
    }
  }
  return { ...report, bucketsWritten: written.size, fullBuckets: full.size };
}

/** `found` in the order of `ids` (BatchGet answers in any order). */
function orderLike(ids: readonly string[], found: IndexedFingerprint[]): IndexedFingerprint[] {
  const byId = new Map(found.map((entry) => [entry.articleId, entry]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type Scheduled = { entry: IndexedFingerprint; bandKeys: string[] };

/**
 * Cuts articles into rounds in which no two share a bucket, keeping their order within each
 * bucket: an article goes one round after the last round that touched any of its buckets. Two
 * articles of one round would both read a bucket as absent and the second put would drop the first.
 */
export function scheduleRounds(entries: readonly IndexedFingerprint[]): Scheduled[][] {
  const rounds: Scheduled[][] = [];
  const lastRound = new Map<string, number>();
  for (const entry of entries) {
    const bandKeys = computeBandKeys(entry.signature);
    const round = Math.max(-1, ...bandKeys.map((bandKey) => lastRound.get(bandKey) ?? -1)) + 1;
    bandKeys.forEach((bandKey) => lastRound.set(bandKey, round));
    (rounds[round] ??= []).push({ entry, bandKeys });
  }
  return rounds;
}

/** Looks up the round's articles, plans their writes through the store and sends them together. */
async function indexRound(store: FingerprintStore, round: readonly Scheduled[]) {
  const limit = pLimit(LOOKUP_CONCURRENCY);
  const looked = await Promise.all(
    round.map((scheduled) => limit(async () => ({ ...scheduled, known: await store.lookUp(scheduled.entry.articleId, scheduled.bandKeys) }))),
  );
  const counts = { added: [] as string[], present: 0, full: [] as string[] };
  const writes = looked.map(({ entry, bandKeys, known }) => {
    const indexed = known.self ?? entry;
    const placement = placeInBuckets(indexed, bandKeys, known);
    counts.added.push(...placement.create, ...placement.append);
    counts.present += placement.present.length;
    counts.full.push(...placement.full);
    return store.planIndexWrites(indexed, bandKeys, known);
  });
  await store.sendIndexWrites(writes);
  return counts;
}
