import { BATCH_GET_LIMIT } from '../storage/dynamo/batch-operations';
import type { SentenceEntry, SentenceLookup, SentenceStore } from '../storage/dynamo/sentence-store';
import { compareWordSets, fingerprintSentence, NEAR_SENTENCE_THRESHOLD, type SentenceFingerprint } from './sentence-fingerprint';

/**
 * Which of an article's sentences the novelty read covers, and how:
 * - `'whole'`: every sentence is checked for exact repeats and light rewordings (its exact key and
 *   its 8 near-bucket keys), in as many BatchGetItem calls of 100 keys as it takes (the seeds: the
 *   baseline, ingested once);
 * - `{ rewordingsIn: n }`: one BatchGetItem of at most NOVELTY_KEY_BUDGET keys. The first `n`
 *   sentences are checked whole (9 keys each); the following ones for exact repeats only (1 key
 *   each), in order, while the keys fit; the rest of a long article is neither looked up nor indexed.
 */
export type NoveltyScope = 'whole' | { rewordingsIn: number };

/** Keys one BatchGetItem takes: a budgeted novelty read is one request. */
export const NOVELTY_KEY_BUDGET = BATCH_GET_LIMIT;

/** How one sentence is looked up and indexed. */
export type SentenceCoverage = 'whole' | 'exact' | 'none';

/** What one read of the sentence index says about an article's sentences; indexing reuses it. */
export interface SentenceReading {
  /** One per sentence; null for a sentence too short to fingerprint. */
  fingerprints: Array<SentenceFingerprint | null>;
  /** One per sentence: what the read covered (`'none'` for a sentence without fingerprint too). */
  coverage: SentenceCoverage[];
  scope: NoveltyScope;
  lookup: SentenceLookup;
}

/**
 * Decides each sentence's coverage under `scope`. A budgeted scope walks the sentences in order and
 * stops at the first one whose keys (those not already taken by an earlier sentence) do not fit:
 * what is covered is always a prefix of the article, so "the first k sentences" says it all.
 */
export function planCoverage(fingerprints: ReadonlyArray<SentenceFingerprint | null>, scope: NoveltyScope, budget = NOVELTY_KEY_BUDGET): SentenceCoverage[] {
  if (scope === 'whole') return fingerprints.map((fingerprint) => (fingerprint ? 'whole' : 'none'));
  const keys = new Set<string>();
  let full = false;
  return fingerprints.map((fingerprint, index) => {
    if (!fingerprint || full) return 'none';
    const coverage: SentenceCoverage = index < scope.rewordingsIn ? 'whole' : 'exact';
    const wanted = coverage === 'whole' ? [exactItemKey(fingerprint.exactKey), ...fingerprint.bandKeys.map(nearItemKey)] : [exactItemKey(fingerprint.exactKey)];
    const added = wanted.filter((key) => !keys.has(key));
    if (keys.size + added.length > budget) {
      full = true;
      return 'none';
    }
    for (const key of added) keys.add(key);
    return coverage;
  });
}

const exactItemKey = (exactKey: string) => `SENT#${exactKey}`;
const nearItemKey = (bandKey: string) => `SNEAR#${bandKey}`;

/**
 * Reads the index entries the scope covers: for a budgeted scope one BatchGetItem, whatever the
 * article's length and the corpus size; for `'whole'` calls of 100 keys sent together (one round trip).
 */
export async function readSentenceIndex(store: SentenceStore, sentences: readonly string[], scope: NoveltyScope = 'whole'): Promise<SentenceReading> {
  const fingerprints = sentences.map(fingerprintSentence);
  const coverage = planCoverage(fingerprints, scope);
  const entries = indexedEntries(fingerprints, coverage);
  if (entries.length === 0) return { fingerprints, coverage, scope, lookup: { exactSources: new Map(), nearEntries: new Map() } };
  const lookup = await store.lookUp(
    entries.map((entry) => entry.exactKey),
    entries.flatMap((entry) => entry.bandKeys),
  );
  return { fingerprints, coverage, scope, lookup };
}

/**
 * Which sentences are novel: neither the same words nor (where rewordings were checked) a near
 * rewording were indexed before from another article. A sentence too short to fingerprint is not
 * novel: it carries no fact on its own; nor is one the read did not cover: nothing says it is new.
 */
export function decideNovelty(reading: SentenceReading, articleId: string): boolean[] {
  return reading.fingerprints.map((fingerprint, index) => {
    const coverage = reading.coverage[index];
    if (!fingerprint || coverage === 'none') return false;
    return !isKnownSentence(coverage === 'whole' ? fingerprint : { ...fingerprint, bandKeys: [] }, reading.lookup, articleId);
  });
}

/** The sentences to index, each with the keys its read covered: near buckets only where rewordings were checked. */
export function indexedEntries(fingerprints: ReadonlyArray<SentenceFingerprint | null>, coverage: readonly SentenceCoverage[]): SentenceEntry[] {
  const entries: SentenceEntry[] = [];
  fingerprints.forEach((fingerprint, index) => {
    if (!fingerprint || coverage[index] === 'none') return;
    entries.push(coverage[index] === 'whole' ? fingerprint : { ...fingerprint, bandKeys: [] });
  });
  return entries;
}

/** True when another article already carried this sentence or a near rewording of it (through `bandKeys`). */
export function isKnownSentence(fingerprint: SentenceEntry, lookup: SentenceLookup, articleId: string): boolean {
  const sources = lookup.exactSources.get(fingerprint.exactKey);
  if (sources && [...sources].some((source) => source !== articleId)) return true;
  return fingerprint.bandKeys.some((bandKey) => {
    const entry = lookup.nearEntries.get(bandKey);
    return entry !== undefined && entry.sourceId !== articleId && compareWordSets(entry.words, fingerprint.words) >= NEAR_SENTENCE_THRESHOLD;
  });
}
