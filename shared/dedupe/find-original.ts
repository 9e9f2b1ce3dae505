import type { FingerprintStore, IndexedFingerprint, OriginalRef } from '../storage/dynamo/fingerprint-store';
import { computeBandKeys } from './lsh';
import type { Fingerprint } from './minhash';
import { compareFingerprints, DUPLICATE_THRESHOLD } from './similarity';

/** Candidates verified per lookup at most: one BatchGet. Ranked by shared buckets, so the closest come first. */
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
 * Looks a fingerprint up in the index: LSH candidates → signatures → containment ≥ threshold →
 * the earliest of the matches' originals. Candidates that are `articleId` itself, or whose original
 * is `articleId`, are skipped, so re-processing an original never finds its own copies.
 */
export async function findOriginal(
  store: FingerprintStore,
  articleId: string,
  fingerprint: Fingerprint,
): Promise<OriginalMatch | null> {
  if (fingerprint.shingleCount === 0) return null;
  const candidateIds = (await store.findCandidates(computeBandKeys(fingerprint.signature)))
    .filter((id) => id !== articleId)
    .slice(0, MAX_VERIFIED_CANDIDATES);
  if (candidateIds.length === 0) return null;
  const candidates = await store.getFingerprints(candidateIds);
  return pickEarliestMatch(candidates, articleId, fingerprint);
}

function pickEarliestMatch(
  candidates: readonly IndexedFingerprint[],
  articleId: string,
  fingerprint: Fingerprint,
): OriginalMatch | null {
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
