import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { executeIndexWrites, getItemsInBatches, type IndexWrites, type TableItem } from './batch-operations';
import { isConditionalCheckFailure } from './conditional';

/**
 * Sources kept per exact sentence. Novelty only asks "did any article other than this one carry
 * it?", which two sources answer for every asker: a set grows the same way under any cap until it
 * holds two, so every answer is the same as with a larger cap. Each source past two was one more
 * UpdateItem per article carrying a known sentence (12 per article in `npm run bench` with a cap
 * of 8). The cap also stops boilerplate from growing one item towards DynamoDB's 400 KB limit.
 */
export const MAX_SENTENCE_SOURCES = 2;

/**
 * The sentence-novelty index in the single table. Items:
 * - `SENT#<exactKey>` / `SENT`: `sources`, the string set of article ids that carried the sentence;
 * - `SNEAR#<band>#<hash>` / `SNEAR`: the first sentence indexed in that near-sentence bucket — its
 *   content words and the article it came from. Later sentences in the bucket keep the first one, so
 *   a bucket stays one small item; a sentence is still found through its other bands.
 * Indexing an article writes plain puts planned from a read of the same keys (planSentenceWrites); the
 * single-key writes (set ADD, if_not_exists) are idempotent updates. Re-remembering an article is safe.
 */

/** A near-sentence bucket's representative. */
export interface NearSentenceEntry {
  words: string[];
  sourceId: string;
}

/** One sentence to index: its exact key and near-bucket keys, with the words the buckets keep. */
export interface SentenceEntry {
  exactKey: string;
  bandKeys: readonly string[];
  words: readonly string[];
}

/** What the index knows about a set of sentence keys. */
export interface SentenceLookup {
  /** exactKey → the article ids that carried that exact sentence. */
  exactSources: Map<string, Set<string>>;
  /** bandKey → the bucket's representative. */
  nearEntries: Map<string, NearSentenceEntry>;
}

export class SentenceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Reads the exact and near entries for the given keys in batches of 100. */
  async lookUp(exactKeys: readonly string[], bandKeys: readonly string[]): Promise<SentenceLookup> {
    const items = await getItemsInBatches(this.client, this.tableName, [
      ...exactKeys.map((key) => ({ pk: `SENT#${key}`, sk: 'SENT' })),
      ...bandKeys.map((key) => ({ pk: `SNEAR#${key}`, sk: 'SNEAR' })),
    ]);
    const lookup: SentenceLookup = { exactSources: new Map(), nearEntries: new Map() };
    for (const item of items) {
      const pk = item.pk as string;
      if (pk.startsWith('SENT#') && item.sources instanceof Set) {
        lookup.exactSources.set(pk.slice('SENT#'.length), item.sources as Set<string>);
      } else if (pk.startsWith('SNEAR#') && typeof item.words === 'string' && typeof item.sourceId === 'string') {
        lookup.nearEntries.set(pk.slice('SNEAR#'.length), { words: item.words.split(' '), sourceId: item.sourceId });
      }
    }
    return lookup;
  }

  /**
   * Indexes an article's sentences: one read of every key (lookUp), then the writes
   * planSentenceWrites plans. dedupe-service plans them from the read novelty already made instead.
   */
  async addSentences(articleId: string, entries: readonly SentenceEntry[]): Promise<void> {
    const known = await this.lookUp(
      entries.map((entry) => entry.exactKey),
      entries.flatMap((entry) => entry.bandKeys),
    );
    await executeIndexWrites(this.client, this.tableName, [this.planSentenceWrites(articleId, entries, known)]);
  }

  /**
   * Only the writes that change something, given what `known` read, all of them plain puts (sent in
   * BatchWriteItem calls of 25; no UpdateItem): near buckets without a representative are created;
   * an exact sentence never seen is created with `articleId` as its source; one that `known` shows
   * with fewer than MAX_SENTENCE_SOURCES sources, none of them `articleId`, is written back with
   * `articleId` added. Keys that would not change are not written. Idempotent.
   *
   * Why a put may replace the conditional `ADD` it replaced: novelty only asks whether a source
   * other than the asker carried the sentence. A set of MAX_SENTENCE_SOURCES (two) sources answers
   * yes to every asker whichever two they are, and a put always writes back the source it read plus
   * this one; so when two articles add themselves to the same one-source sentence at the same
   * instant and one put wins, every answer is the one the other put would have given. Two articles
   * creating the same new key at the same instant leave one of them in it (BatchWriteItem takes no
   * condition): for a near bucket that is all it promises, for an exact sentence it is known either way.
   */
  planSentenceWrites(articleId: string, entries: readonly SentenceEntry[], known: SentenceLookup): IndexWrites {
    const newItems = new Map<string, TableItem>();
    for (const entry of entries) {
      const sources = known.exactSources.get(entry.exactKey);
      const exactPk = `SENT#${entry.exactKey}`;
      if (!sources) newItems.set(exactPk, { pk: exactPk, sk: 'SENT', sources: new Set([articleId]) });
      else if (!sources.has(articleId) && sources.size < MAX_SENTENCE_SOURCES) {
        newItems.set(exactPk, { pk: exactPk, sk: 'SENT', sources: new Set([...sources, articleId]) });
      }
      for (const bandKey of entry.bandKeys) {
        const nearPk = `SNEAR#${bandKey}`;
        if (known.nearEntries.has(bandKey) || newItems.has(nearPk)) continue;
        newItems.set(nearPk, { pk: nearPk, sk: 'SNEAR', words: entry.words.join(' '), sourceId: articleId });
      }
    }
    return { puts: [...newItems.values()], updates: [] };
  }

  /** Records that `articleId` carried the sentence with `exactKey` (up to MAX_SENTENCE_SOURCES sources). */
  async addExactSource(exactKey: string, articleId: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `SENT#${exactKey}`, sk: 'SENT' },
          UpdateExpression: 'ADD sources :source',
          ConditionExpression: 'attribute_not_exists(sources) OR size(sources) < :cap',
          ExpressionAttributeValues: { ':source': new Set([articleId]), ':cap': MAX_SENTENCE_SOURCES },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }

  /** Makes the sentence the representative of a near bucket, unless the bucket already has one. */
  async addNearEntry(bandKey: string, entry: NearSentenceEntry): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `SNEAR#${bandKey}`, sk: 'SNEAR' },
        UpdateExpression: 'SET words = if_not_exists(words, :words), sourceId = if_not_exists(sourceId, :source)',
        ExpressionAttributeValues: { ':words': entry.words.join(' '), ':source': entry.sourceId },
      }),
    );
  }
}
