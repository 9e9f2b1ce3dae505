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

export type { DedupeService, DuplicateMatch } from './types';
export { DUPLICATE_THRESHOLD, isNearDuplicate, textSimilarity } from './similarity';

type RememberInput = Parameters<DedupeService['remember']>[0];

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
  return {
    async findDuplicate({ id, text }) {
      try {
        const match = await findOriginal(fingerprints, id, fingerprintText(text));
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
        await rememberText(fingerprints, input, now());
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
async function rememberText(store: FingerprintStore, input: RememberInput, now: Date): Promise<void> {
  const fingerprint = fingerprintText(input.text);
  if (fingerprint.shingleCount === 0) return;
  const indexedAt = now.toISOString();
  const publishedAt = toOriginTime(input.publishedAt);
  const self: OriginalRef = { id: input.id, url: input.url, originAt: publishedAt ?? indexedAt };
  const match = await findOriginal(store, input.id, fingerprint);
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
