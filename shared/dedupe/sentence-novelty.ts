import type { SentenceEntry, SentenceLookup, SentenceStore } from '../storage/dynamo/sentence-store';
import { compareWordSets, fingerprintSentence, NEAR_SENTENCE_THRESHOLD, type SentenceFingerprint } from './sentence-fingerprint';

/** What one read of the sentence index says about an article's sentences; indexing reuses it. */
export interface SentenceReading {
  /** One per sentence; null for a sentence too short to fingerprint. */
  fingerprints: Array<SentenceFingerprint | null>;
  lookup: SentenceLookup;
}

/**
 * Reads the index entries of the sentences' keys: one exact key and 8 near-bucket keys per
 * sentence, in BatchGetItem calls of 100 keys sent together (one round trip), whatever the corpus size.
 */
export async function readSentenceIndex(store: SentenceStore, sentences: readonly string[]): Promise<SentenceReading> {
  const fingerprints = sentences.map(fingerprintSentence);
  const present = presentFingerprints(fingerprints);
  if (present.length === 0) return { fingerprints, lookup: { exactSources: new Map(), nearEntries: new Map() } };
  const lookup = await store.lookUp(
    present.map((fingerprint) => fingerprint.exactKey),
    present.flatMap((fingerprint) => fingerprint.bandKeys),
  );
  return { fingerprints, lookup };
}

/**
 * Which sentences are novel: neither the same words nor a near rewording were indexed before
 * from another article. A sentence too short to fingerprint is not novel: it carries no fact on its own.
 */
export function decideNovelty(reading: SentenceReading, articleId: string): boolean[] {
  return reading.fingerprints.map((fingerprint) => fingerprint !== null && !isKnownSentence(fingerprint, reading.lookup, articleId));
}

/** The sentences worth indexing: those with a fingerprint. */
export function presentFingerprints(fingerprints: ReadonlyArray<SentenceFingerprint | null>): SentenceEntry[] {
  return fingerprints.filter((fingerprint): fingerprint is SentenceFingerprint => fingerprint !== null);
}

/** True when another article already carried this sentence or a near rewording of it. */
export function isKnownSentence(fingerprint: SentenceFingerprint, lookup: SentenceLookup, articleId: string): boolean {
  const sources = lookup.exactSources.get(fingerprint.exactKey);
  if (sources && [...sources].some((source) => source !== articleId)) return true;
  return fingerprint.bandKeys.some((bandKey) => {
    const entry = lookup.nearEntries.get(bandKey);
    return entry !== undefined && entry.sourceId !== articleId && compareWordSets(entry.words, fingerprint.words) >= NEAR_SENTENCE_THRESHOLD;
  });
}
