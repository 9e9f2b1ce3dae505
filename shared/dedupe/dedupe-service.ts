import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { executeIndexWrites, type IndexWrites } from '../storage/dynamo/batch-operations';
import { FingerprintStore, type BucketLookup, type IndexedFingerprint, type OriginalRef } from '../storage/dynamo/fingerprint-store';
import { SentenceStore } from '../storage/dynamo/sentence-store';
import { DedupeIndexError } from './errors';
import { findOriginal, isEarlier, toOriginTime, type OriginalMatch } from './find-original';
import { computeBandKeys } from './lsh';
import type { Fingerprint } from './minhash';
import { decideNovelty, indexedEntries, readSentenceIndex, type NoveltyScope, type SentenceReading } from './sentence-novelty';
import { fingerprintText } from './similarity';
import type { DedupeService } from './types';

export type { DedupeService, DuplicateMatch, NoveltyScope } from './types';
export { DUPLICATE_THRESHOLD, isNearDuplicate, textSimilarity } from './similarity';

type RememberInput = Parameters<DedupeService['remember']>[0];

/** What findDuplicate read for an article's text: remember plans its writes from it (same text). */
interface TextReading {
  text: string;
  fingerprint: Fingerprint;
  bandKeys: string[];
  lookup: BucketLookup;
  match: OriginalMatch | null;
}

/** What findNovelSentences read for an article's sentences: remember plans its writes from it (same sentences). */
interface SentencesReading {
  sentences: readonly string[];
  reading: SentenceReading;
}

/** The reads made for one article by its lookups, kept until it is remembered. */
interface ArticleReads {
  text?: TextReading;
  sentences?: SentencesReading;
}

/**
 * Articles looked up but not (yet) remembered — duplicates never are — must not pile up in a warm
 * Lambda: past this many, the oldest reads are forgotten and remember simply reads again.
 */
const MAX_RECENT_READS = 16;

/**
 * The dedupe service over the single DynamoDB table (dynalite locally): a MinHash/LSH index of
 * whole texts and an exact + near index of sentences. `now` stamps index times (the origin of an
 * article without a publication date); the replay passes its clock.
 *
 * Requests per new article: findDuplicate is one BatchGetItem (its 16 buckets + its own entry);
 * findNovelSentences one BatchGetItem under a budgeted scope (the whole scope, for the seeds: one
 * round of calls of 100 keys); remember reads nothing the two lookups read already and sends its
 * writes together (puts batched 25 a call, conditional updates in parallel).
 */
export function createDedupeService(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: { now?: () => Date } = {},
): DedupeService {
  const now = options.now ?? (() => new Date());
  const fingerprints = new FingerprintStore(client, tableName);
  const sentences = new SentenceStore(client, tableName);
  const recent = new Map<string, ArticleReads>();
  const keep = (id: string, reads: ArticleReads) => {
    const merged = { ...recent.get(id), ...reads };
    recent.delete(id);
    recent.set(id, merged);
    if (recent.size > MAX_RECENT_READS) recent.delete(recent.keys().next().value!);
  };
  return {
    async findDuplicate({ id, text }) {
      try {
        const reading = await readText(fingerprints, id, text);
        // A duplicate is not remembered (analyseArticle stops there): keeping its read would only hold memory.
        if (!reading.match) keep(id, { text: reading });
        const { match } = reading;
        return match && { id: match.original.id, url: match.original.url, similarity: match.similarity };
      } catch (cause) {
        throw new DedupeIndexError('findDuplicate', id, { cause });
      }
    },
    async findNovelSentences({ id, sentences: texts, scope = 'whole' }) {
      try {
        const reading = await readSentenceIndex(sentences, texts, scope);
        keep(id, { sentences: { sentences: texts, reading } });
        return decideNovelty(reading, id);
      } catch (cause) {
        throw new DedupeIndexError('findNovelSentences', id, { cause });
      }
    },
    async remember(input) {
      const scope = input.scope ?? 'whole';
      try {
        const reads = recent.get(input.id) ?? {};
        recent.delete(input.id);
        const [text, sentenceReading] = await Promise.all([
          reads.text?.text === input.text ? reads.text : readText(fingerprints, input.id, input.text),
          reusableReading(reads.sentences, input.sentences, scope) ?? readSentenceIndex(sentences, input.sentences, scope),
        ]);
        const writes: IndexWrites[] = [
          planTextIndex(fingerprints, input, text, now()),
          sentences.planSentenceWrites(input.id, indexedEntries(sentenceReading.fingerprints, sentenceReading.coverage), sentenceReading.lookup),
        ];
        await executeIndexWrites(client, tableName, writes);
      } catch (cause) {
        throw new DedupeIndexError('remember', input.id, { cause });
      }
    },
  };
}

/** Fingerprints a text and reads its buckets (one BatchGetItem), then picks its original. */
async function readText(store: FingerprintStore, articleId: string, text: string): Promise<TextReading> {
  const fingerprint = fingerprintText(text);
  const bandKeys = fingerprint.shingleCount === 0 ? [] : computeBandKeys(fingerprint.signature);
  const lookup: BucketLookup = bandKeys.length === 0 ? { buckets: new Map(), self: null } : await store.lookUp(articleId, bandKeys);
  return { text, fingerprint, bandKeys, lookup, match: findOriginal(lookup, bandKeys, articleId, fingerprint) };
}

/** The read findNovelSentences made, when it was for these sentences under this scope. */
function reusableReading(kept: SentencesReading | undefined, sentences: readonly string[], scope: NoveltyScope): SentenceReading | null {
  if (!kept || !sameScope(kept.reading.scope, scope)) return null;
  const same = kept.sentences.length === sentences.length && kept.sentences.every((sentence, index) => sentence === sentences[index]);
  return same ? kept.reading : null;
}

function sameScope(left: NoveltyScope, right: NoveltyScope): boolean {
  return left === 'whole' || right === 'whole' ? left === right : left.rewordingsIn === right.rewordingsIn;
}

/**
 * Indexes the text under its original: the earliest copy already indexed, unless this article
 * was published before it (then this one is the original), so a copy never points at a copy.
 * An article indexed before keeps its first entry (index time and original).
 */
function planTextIndex(store: FingerprintStore, input: RememberInput, reading: TextReading, now: Date): IndexWrites {
  if (reading.fingerprint.shingleCount === 0) return { puts: [], updates: [] };
  const entry = reading.lookup.self ?? describeEntry(input, reading, now);
  return store.planIndexWrites(entry, reading.bandKeys, reading.lookup);
}

function describeEntry(input: RememberInput, reading: TextReading, now: Date): IndexedFingerprint {
  const indexedAt = now.toISOString();
  const publishedAt = toOriginTime(input.publishedAt);
  const self: OriginalRef = { id: input.id, url: input.url, originAt: publishedAt ?? indexedAt };
  const original = reading.match && !isEarlier(self, reading.match.original) ? reading.match.original : self;
  return { ...reading.fingerprint, articleId: input.id, url: input.url, publishedAt, indexedAt, original };
}
