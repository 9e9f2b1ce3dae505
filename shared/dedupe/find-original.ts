import type { BucketLookup, BucketMember, OriginalRef } from '../storage/dynamo/fingerprint-store';
import type { Fingerprint } from './minhash';
import { compareFingerprints, DUPLICATE_THRESHOLD } from './similarity';

/** Candidates verified per lookup at most. Ranked by shared buckets, so the closest come first. */
export const MAX_VERIFIED_CANDIDATES = 100;

/** The original a text repeats, with the similarity of the closest indexed copy. */
export interface OriginalMatch {
  original: OriginalRef;
  similarity: number;
}

/** True when `left` came first: earlier origin time, ties broken by id so the answer is stable. */
export function isEarlier(left: OriginalRef, right: OriginalRef): boolean {
  if (left.originAt !== right.originAt) return left.originAt < right.originAt;
  return left.id < right.id;
}

/** Normalises a timestamp to ISO-8601 UTC so origin times compare as strings; null when invalid. */
export function toOriginTime(timestamp: string | null): string | null {
  if (!timestamp) return null;
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Picks the original a fingerprint repeats from the buckets one lookup read: members of the
 * article's buckets, most shared buckets first → containment ≥ threshold → the earliest of the
 * matches' originals. Members that are `articleId` itself, or whose original is `articleId`, are
 * skipped, so re-processing an original never finds its own copies. Pure: the read happened before.
 */
export function findOriginal(lookup: BucketLookup, bandKeys: readonly string[], articleId: string, fingerprint: Fingerprint): OriginalMatch | null {
  if (fingerprint.shingleCount === 0) return null;
  const candidates = rankCandidates(lookup, bandKeys)
    .filter((member) => member.articleId !== articleId)
    .slice(0, MAX_VERIFIED_CANDIDATES);
  return pickEarliestMatch(candidates, articleId, fingerprint);
}

/** Distinct members of the article's buckets, by how many of its buckets they share (stable). */
function rankCandidates(lookup: BucketLookup, bandKeys: readonly string[]): BucketMember[] {
  const hits = new Map<string, { member: BucketMember; count: number }>();
  for (const bandKey of bandKeys) {
    for (const member of lookup.buckets.get(bandKey) ?? []) {
      const seen = hits.get(member.articleId);
      if (seen) seen.count++;
      else hits.set(member.articleId, { member, count: 1 });
    }
  }
  return [...hits.values()].sort((left, right) => right.count - left.count).map(({ member }) => member);
}

function pickEarliestMatch(candidates: readonly BucketMember[], articleId: string, fingerprint: Fingerprint): OriginalMatch | null {
  let best: OriginalMatch | null = null;
  for (const candidate of candidates) {
    if (candidate.articleId === articleId || candidate.original.id === articleId) continue;
    const similarity = compareFingerprints(fingerprint, candidate);
    if (similarity < DUPLICATE_THRESHOLD) continue;
    const closest = Math.max(similarity, best ? best.similarity : 0);
    const original: OriginalRef = best && !isEarlier(candidate.original, best.original) ? best.original : candidate.original;
    best = { original, similarity: closest };
  }
  return best;
}
