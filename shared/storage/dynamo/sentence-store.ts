import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { BATCH_WRITE_LIMIT, getItemsInBatches, putItemsInBatches } from './batch-operations';
import { isConditionalCheckFailure } from './conditional';

/**
 * Sources kept per exact sentence. Novelty only asks "did any article other than this one carry
 * it?", which two sources already answer for every asker; a few more help diagnosis. The cap stops
 * a publisher's boilerplate sentence from growing one item towards DynamoDB's 400 KB limit.
 */
export const MAX_SENTENCE_SOURCES = 8;

/**
 * The sentence-novelty index in the single table. Items:
 * - `SENT#<exactKey>` / `SENT`: `sources`, the string set of article ids that carried the sentence;
 * - `SNEAR#<band>#<hash>` / `SNEAR`: the first sentence indexed in that near-sentence bucket — its
 *   content words and the article it came from. Later sentences in the bucket keep the first one, so
 *   a bucket stays one small item; a sentence is still found through its other bands.
 * Every write is an idempotent update (set ADD, if_not_exists), so re-remembering an article is safe.
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

/**
 * Writes in flight while indexing one article: enough to hide round trips, gentle on the table.
 * (Measured with npm run bench: one UpdateItem per key was 9 calls per sentence and 80 % of an
 * article's processing time against dynalite.)
 */
const INDEX_WRITE_CONCURRENCY = 8;

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
   * Indexes an article's sentences with as few calls as the index allows: one read of every key,
   * then near buckets that have no representative yet are created in 25-item batch writes, and
   * `articleId` is added (one update each) only to exact sentences that do not already list it and
   * are under the source cap. Keys that would not change are not written at all. Idempotent like
   * the single-key methods; two articles creating the same new bucket at the same moment leave one
   * of them as its representative, which is all a bucket promises.
   */
  async addSentences(articleId: string, entries: readonly SentenceEntry[]): Promise<void> {
    const known = await this.lookUp(
      entries.map((entry) => entry.exactKey),
      entries.flatMap((entry) => entry.bandKeys),
    );
    const exactKeys = new Set<string>();
    const newBuckets = new Map<string, Record<string, unknown> & { pk: string; sk: string }>();
    for (const entry of entries) {
      const sources = known.exactSources.get(entry.exactKey);
      if (!sources || (!sources.has(articleId) && sources.size < MAX_SENTENCE_SOURCES)) exactKeys.add(entry.exactKey);
      for (const bandKey of entry.bandKeys) {
        if (known.nearEntries.has(bandKey) || newBuckets.has(bandKey)) continue;
        newBuckets.set(bandKey, { pk: `SNEAR#${bandKey}`, sk: 'SNEAR', words: entry.words.join(' '), sourceId: articleId });
      }
    }
    const limit = pLimit(INDEX_WRITE_CONCURRENCY);
    const buckets = [...newBuckets.values()];
    const writes: Array<Promise<void>> = [];
    for (let start = 0; start < buckets.length; start += BATCH_WRITE_LIMIT) {
      const batch = buckets.slice(start, start + BATCH_WRITE_LIMIT);
      writes.push(limit(() => putItemsInBatches(this.client, this.tableName, batch)));
    }
    for (const exactKey of exactKeys) writes.push(limit(() => this.addExactSource(exactKey, articleId)));
    await Promise.all(writes);
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
