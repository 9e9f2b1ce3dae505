import type { SentenceLookup, SentenceStore } from '../storage/dynamo/sentence-store';
import { compareWordSets, fingerprintSentence, NEAR_SENTENCE_THRESHOLD, type SentenceFingerprint } from './sentence-fingerprint';

/**
 * Which sentences are novel: neither the same words nor a near rewording were indexed before
 * from another article. One batched read of at most 9 keys per sentence, whatever the corpus size.
 * A sentence too short to fingerprint is not novel: it carries no fact on its own.
 */
export async function findNovelSentences(store: SentenceStore, articleId: string, sentences: readonly string[]): Promise<boolean[]> {
  const fingerprints = sentences.map(fingerprintSentence);
  const present = fingerprints.filter((fingerprint): fingerprint is SentenceFingerprint => fingerprint !== null);
  if (present.length === 0) return sentences.map(() => false);
  const lookup = await store.lookUp(
    present.map((fingerprint) => fingerprint.exactKey),
    present.flatMap((fingerprint) => fingerprint.bandKeys),
  );
  return fingerprints.map((fingerprint) => fingerprint !== null && !isKnownSentence(fingerprint, lookup, articleId));
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
