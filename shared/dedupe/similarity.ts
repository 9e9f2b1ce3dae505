import { computeSignature, estimateJaccard, hashShingles, type Fingerprint } from './minhash';
import { tokeniseText } from './normalise-text';

/**
 * Five-word shingles: short enough that one changed sentence spoils only the shingles that touch it,
 * long enough that two independent reports of the same event share almost none (the five seeds,
 * all about the same Kremlin meeting, share ≤ 2 % of their 5-shingles pairwise; see the calibration).
 */
export const SHINGLE_SIZE = 5;

/**
 * Below this many shingles (≈ two sentences) containment is not trusted: a short text "contained"
 * in a long one is as likely a shared quote as a copy, so plain Jaccard decides.
 */
export const MIN_SHINGLES_FOR_CONTAINMENT = 40;

/** Fingerprints a text: normalised tokens → 5-word shingles → MinHash signature. */
export function fingerprintText(text: string): Fingerprint {
  const shingles = hashShingles(tokeniseText(text), SHINGLE_SIZE);
  return { signature: computeSignature(shingles), shingleCount: shingles.size };
}

/**
 * How much of the shorter text the longer one carries (estimated containment), from the MinHash
 * Jaccard estimate J and the two shingle counts: |A∩B| = J·(|A|+|B|)/(1+J). Containment rather
 * than Jaccard so a truncated copy, or a copy wrapped in other boilerplate, still scores near 1.
 */
export function compareFingerprints(left: Fingerprint, right: Fingerprint): number {
  if (left.shingleCount === 0 || right.shingleCount === 0) return 0;
  const jaccard = estimateJaccard(left.signature, right.signature);
  const smaller = Math.min(left.shingleCount, right.shingleCount);
  if (smaller < MIN_SHINGLES_FOR_CONTAINMENT) return jaccard;
  const intersection = (jaccard / (1 + jaccard)) * (left.shingleCount + right.shingleCount);
  return Math.min(1, intersection / smaller);
}

/** Similarity of two texts in [0, 1], as the dedupe index computes it. */
export function textSimilarity(left: string, right: string): number {
  return compareFingerprints(fingerprintText(left), fingerprintText(right));
}

/** At or above this similarity two texts are the same story (chosen on test/fixtures/pairs). */
export const DUPLICATE_THRESHOLD = 0.55;

/** True when the two texts are copies of one story (syndicated, lightly rewritten, truncated). */
export function isNearDuplicate(left: string, right: string): boolean {
  return textSimilarity(left, right) >= DUPLICATE_THRESHOLD;
}
