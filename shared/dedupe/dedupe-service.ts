import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { FingerprintStore, type OriginalRef } from '../storage/dynamo/fingerprint-store';
import { SentenceStore } from '../storage/dynamo/sentence-store';
import { DedupeIndexError } from './errors';
import { findOriginal, isEarlier, toOriginTime } from './find-original';
import { computeBandKeys } from './lsh';
import { fingerprintSentence } from './sentence-fingerprint';
import { findNovelSentences } from './sentence-novelty';
import { fingerprintText } from './similarity';
import type { DedupeService } from './types';
import type { Fingerprint } from './minhash';

export type { DedupeService, DuplicateMatch } from './types';
export { DUPLICATE_THRESHOLD, isNearDuplicate, textSimilarity } from './similarity';

type RememberInput = Parameters<DedupeService['remember']>[0];
type OriginalMatch = Awaited<ReturnType<typeof findOriginal>>;

/** The lookup findDuplicate just made for an article, reused by its remember (same id, same text). */
interface RecentLookup {
  text: string;
  fingerprint: Fingerprint;
  match: OriginalMatch;
}

/**
 * Articles looked up but not (yet) remembered — duplicates never are — must not pile up in a warm
 * Lambda: past this many, the oldest lookups are forgotten and remember simply looks up again.
 */
const MAX_RECENT_LOOKUPS = 64;

/**
 * The dedupe service over the single DynamoDB table (dynalite locally): a MinHash/LSH index of
 * whole texts and an exact + near index of sentences. `now` stamps index times (the origin of an
 * article without a publication date); the replay passes its clock.
 */
export function createDedupeService(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: { now?: () => Date } = {},
): DedupeService {
  const now = options.now ?? (() => new Date());
  const fingerprints = new FingerprintStore(client, tableName);
  const sentences = new SentenceStore(client, tableName);
  // processArticle looks an article up, then remembers it: the same 16 bucket queries twice, ~14 ms
  // of an article's time in `npm run bench`. The second lookup reuses the first.
  const recent = new Map<string, RecentLookup>();
  return {
    async findDuplicate({ id, text }) {
      try {
        const fingerprint = fingerprintText(text);
        const match = await findOriginal(fingerprints, id, fingerprint);
        recent.delete(id);
        recent.set(id, { text, fingerprint, match });
        if (recent.size > MAX_RECENT_LOOKUPS) recent.delete(recent.keys().next().value!);
        return match && { id: match.original.id, url: match.original.url, similarity: match.similarity };
      } catch (cause) {
        throw new DedupeIndexError('findDuplicate', id, { cause });
      }
    },
    async findNovelSentences({ id, sentences: texts }) {
      try {
        return await findNovelSentences(sentences, id, texts);
      } catch (cause) {
        throw new DedupeIndexError('findNovelSentences', id, { cause });
      }
    },
    async remember(input) {
      try {
        const lookup = recent.get(input.id);
        recent.delete(input.id);
        await rememberText(fingerprints, input, now(), lookup?.text === input.text ? lookup : undefined);
        await rememberSentences(sentences, input);
      } catch (cause) {
        throw new DedupeIndexError('remember', input.id, { cause });
      }
    },
  };
}

/**
 * Indexes the text under its original: the earliest copy already indexed, unless this article
 * was published before it (then this one is the original), so a copy never points at a copy.
 * The signature is written once (conditional put); buckets are rewritten harmlessly on a retry.
 */
async function rememberText(store: FingerprintStore, input: RememberInput, now: Date, lookup?: RecentLookup): Promise<void> {
  const fingerprint = lookup?.fingerprint ?? fingerprintText(input.text);
  if (fingerprint.shingleCount === 0) return;
  const indexedAt = now.toISOString();
  const publishedAt = toOriginTime(input.publishedAt);
  const self: OriginalRef = { id: input.id, url: input.url, originAt: publishedAt ?? indexedAt };
  const match = lookup ? lookup.match : await findOriginal(store, input.id, fingerprint);
  const original = match && !isEarlier(self, match.original) ? match.original : self;
  await store.putSignature({ ...fingerprint, articleId: input.id, url: input.url, publishedAt, indexedAt, original });
  await store.putBuckets(input.id, computeBandKeys(fingerprint.signature));
}

/**
 * One read of the sentences' keys, then only the writes that change something, new buckets batched
 * (SentenceStore.addSentences). Writing every key one UpdateItem at a time was 9 calls per sentence
 * and ~80 % of an article's processing time in `npm run bench`.
 */
async function rememberSentences(store: SentenceStore, input: RememberInput): Promise<void> {
  const fingerprints = input.sentences.map(fingerprintSentence).filter((fingerprint) => fingerprint !== null);
  await store.addSentences(input.id, fingerprints);
}
