import { createHash } from 'node:crypto';
import { computeBandKeys } from './lsh';
import { computeSignature } from './minhash';
import { hashString } from './hashing';
import { extractContentWords } from './normalise-text';

/**
 * Sentence fingerprints for novelty. A sentence is known when the same words were indexed before
 * (exact key) or when a near sentence was (bag-of-content-words Jaccard ≥ NEAR_SENTENCE_THRESHOLD,
 * candidates found by LSH over a small MinHash of the word set).
 */

/** A sentence with fewer content words carries no fact of its own ("Reuters", "He agreed."). */
export const MIN_SENTENCE_WORDS = 3;

/**
 * Word-set Jaccard at which a sentence counts as a light rewording of a known one. Changing "The
 * talks, which lasted more than …, also centered on" to "The meeting, which ran for about …, also
 * focused on" in a 24-word seed sentence gives 0.64; unrelated sentences about the same meeting share
 * a few names ("Putin", "Syria", "Moscow") and stay under 0.4.
 */
export const NEAR_SENTENCE_THRESHOLD = 0.6;

/**
 * 8 bands × 3 rows over word sets: the S-curve midpoint is (1/8)^(1/3) = 0.5; a sentence at
 * J = 0.64 is a candidate with p = 0.91, at 0.8 with p = 0.99. Three rows, not two, because a
 * two-word band ("syria", "russia") would put most sentences of this storyline in one bucket.
 */
export const SENTENCE_BAND_COUNT = 8;
export const SENTENCE_ROWS_PER_BAND = 3;
const SENTENCE_SIGNATURE_SEED = 0x5e47e9ce;

/** What the sentence index stores and looks up for one sentence. */
export interface SentenceFingerprint {
  /** Hash of the sentence's content words in order: identical wording modulo case and punctuation. */
  exactKey: string;
  /** Bucket keys of the near-sentence LSH bands. */
  bandKeys: string[];
  /** Distinct content words, sorted: what near matches are verified against. */
  words: string[];
}

/** Fingerprints a sentence; null when it is too short to say anything on its own. */
export function fingerprintSentence(sentence: string): SentenceFingerprint | null {
  const contentWords = extractContentWords(sentence);
  const words = [...new Set(contentWords)].sort();
  if (words.length < MIN_SENTENCE_WORDS) return null;
  const exactKey = createHash('sha256').update(contentWords.join(' ')).digest('hex').slice(0, 24);
  const signature = computeSignature(
    words.map(hashString),
    SENTENCE_BAND_COUNT * SENTENCE_ROWS_PER_BAND,
    SENTENCE_SIGNATURE_SEED,
  );
  return { exactKey, bandKeys: computeBandKeys(signature, SENTENCE_BAND_COUNT, SENTENCE_ROWS_PER_BAND), words };
}

/** Jaccard similarity of two sorted, distinct word lists. */
export function compareWordSets(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  const rightSet = new Set(right);
  const shared = left.filter((word) => rightSet.has(word)).length;
  return shared / (left.length + right.length - shared);
}
