import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { getItemsInBatches, putItemsInBatches } from './batch-operations';
import { putIfAbsent } from './conditional';

/**
 * The near-duplicate index in the single table. Items:
 * - `SIG#<articleId>` / `SIG`: the MinHash signature (binary, 128 × uint32 little-endian), shingle
 *   count, and the article's original (itself, or the earliest copy it was found to repeat);
 * - `LSH#<band>#<hash>` / `<articleId>`: one bucket entry per LSH band.
 * A lookup is one Query per band plus one BatchGet of candidate signatures, whatever the corpus size.
 */

/** The earliest known copy of a story. `originAt` is its publication time, else when it was indexed. */
export interface OriginalRef {
  id: string;
  url: string;
  originAt: string;
}

/** One article's entry in the index. */
export interface IndexedFingerprint {
  articleId: string;
  url: string;
  signature: Uint32Array;
  shingleCount: number;
  publishedAt: string | null;
  indexedAt: string;
  original: OriginalRef;
}

/** Entries read from one bucket at most: a bucket that common boilerplate fills cannot grow the cost. */
export const BUCKET_QUERY_LIMIT = 25;

const StoredSignatureSchema = z.object({
  articleId: z.string(),
  url: z.string(),
  signature: z.instanceof(Uint8Array),
  shingleCount: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
  indexedAt: z.string(),
  original: z.object({ id: z.string(), url: z.string(), originAt: z.string() }),
});

function encodeSignature(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, index) => view.setUint32(index * 4, value, true));
  return bytes;
}

function decodeSignature(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let index = 0; index < signature.length; index++) signature[index] = view.getUint32(index * 4, true);
  return signature;
}

function toSignatureItem(entry: IndexedFingerprint): Record<string, unknown> & { pk: string; sk: string } {
  return { pk: `SIG#${entry.articleId}`, sk: 'SIG', ...entry, signature: encodeSignature(entry.signature) };
}

function toBucketItems(articleId: string, bandKeys: readonly string[]): Array<{ pk: string; sk: string }> {
  return bandKeys.map((bandKey) => ({ pk: `LSH#${bandKey}`, sk: articleId }));
}

export class FingerprintStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores an article's signature unless it is already indexed (the first write wins). */
  async putSignature(entry: IndexedFingerprint): Promise<boolean> {
    return putIfAbsent(this.client, this.tableName, toSignatureItem(entry));
  }

  /** Adds an article to its LSH buckets (idempotent: same keys, same items). */
  async putBuckets(articleId: string, bandKeys: readonly string[]): Promise<void> {
    await putItemsInBatches(this.client, this.tableName, toBucketItems(articleId, bandKeys));
  }

  /** Bulk indexing (benchmarks, backfills): signatures and buckets in 25-item batch writes, unconditionally. */
  async putFingerprints(entries: ReadonlyArray<{ fingerprint: IndexedFingerprint; bandKeys: readonly string[] }>): Promise<void> {
    const items = entries.flatMap(({ fingerprint, bandKeys }) => [
      toSignatureItem(fingerprint),
      ...toBucketItems(fingerprint.articleId, bandKeys),
    ]);
    await putItemsInBatches(this.client, this.tableName, items);
  }

  /**
   * Article ids sharing at least one bucket with `bandKeys`, most shared buckets first: one Query
   * per band, all in parallel, each reading at most BUCKET_QUERY_LIMIT keys.
   */
  async findCandidates(bandKeys: readonly string[]): Promise<string[]> {
    const pages = await Promise.all(
      bandKeys.map((bandKey) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `LSH#${bandKey}` },
            ProjectionExpression: 'sk',
            Limit: BUCKET_QUERY_LIMIT,
          }),
        ),
      ),
    );
    const hits = new Map<string, number>();
    for (const page of pages) {
      for (const item of page.Items ?? []) {
        const id = item.sk as string;
        hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    return [...hits.entries()].sort((left, right) => right[1] - left[1]).map(([id]) => id);
  }

  /** The stored signatures of `articleIds` (missing ones are left out), in one BatchGet per 100 ids. */
  async getFingerprints(articleIds: readonly string[]): Promise<IndexedFingerprint[]> {
    const items = await getItemsInBatches(
      this.client,
      this.tableName,
      articleIds.map((id) => ({ pk: `SIG#${id}`, sk: 'SIG' })),
    );
    return items.map((item) => {
      const stored = StoredSignatureSchema.parse(item);
      return { ...stored, signature: decodeSignature(stored.signature) };
    });
  }
}
