import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { executeIndexWrites, getItemsInBatches, putItemsInBatches, type IndexWrites, type TableItem } from './batch-operations';

/**
 * The near-duplicate index in the single table. Items:
 * - `LSH#<band>#<hash>` / `LSH`: one item per LSH bucket. `members` lists, in the order they were
 *   indexed, what verifying a candidate needs (id, MinHash signature, shingle count, original);
 *   `memberIds` is the same ids as a string set, so an append can be conditional on it.
 * - `SIG#<articleId>` / `SIG`: the article's own entry (signature, original, first index time, and
 *   the bands whose bucket was full when it was indexed).
 * A lookup is one BatchGetItem of the article's 16 buckets and its own entry: whatever the corpus
 * size, one request, and no second read of candidate signatures.
 *
 * Hot buckets: a bucket keeps at most MAX_BUCKET_MEMBERS members (the earliest indexed). An article
 * that finds a band's bucket full is not added to it, and the band is recorded in its own entry
 * (`fullBands`); it is still found through its other bands. With members under MAX_MEMBER_BYTES
 * each, a full bucket stays under 25 × 4 KB = 100 KB, far from DynamoDB's 400 KB item limit.
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

/** What a bucket keeps of each member: enough to verify it as a candidate without another read. */
export interface BucketMember {
  articleId: string;
  signature: Uint32Array;
  shingleCount: number;
  original: OriginalRef;
}

/** What one lookup read: the buckets of the article's bands and its own entry, if indexed. */
export interface BucketLookup {
  /** bandKey → the bucket's members in index order; a band without a bucket is absent. */
  buckets: Map<string, BucketMember[]>;
  /** The article's own entry when it was indexed before (its first index wins). */
  self: IndexedFingerprint | null;
}

/** Members kept per bucket. Boilerplate that every article of an outlet shares cannot grow a bucket past it. */
export const MAX_BUCKET_MEMBERS = 25;
/** A member larger than this (an absurdly long original URL) is not put in a bucket, so a bucket stays ≤ 100 KB. */
export const MAX_MEMBER_BYTES = 4096;

const OriginalSchema = z.object({ id: z.string(), url: z.string(), originAt: z.string() });

const StoredSignatureSchema = z.object({
  articleId: z.string(),
  url: z.string(),
  signature: z.instanceof(Uint8Array),
  shingleCount: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
  indexedAt: z.string(),
  original: OriginalSchema,
});

const StoredMemberSchema = z.object({
  id: z.string(),
  signature: z.instanceof(Uint8Array),
  shingles: z.number().int().nonnegative(),
  original: OriginalSchema,
});

const StoredBucketSchema = z.object({ pk: z.string(), members: z.array(StoredMemberSchema) });

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

const signatureKey = (articleId: string) => ({ pk: `SIG#${articleId}`, sk: 'SIG' });
const bucketKey = (bandKey: string) => ({ pk: `LSH#${bandKey}`, sk: 'LSH' });

function toSignatureItem(entry: IndexedFingerprint, fullBands: readonly string[] = []): TableItem {
  return { ...signatureKey(entry.articleId), ...entry, signature: encodeSignature(entry.signature), ...(fullBands.length ? { fullBands } : {}) };
}

function toStoredMember(entry: IndexedFingerprint): Record<string, unknown> {
  return { id: entry.articleId, signature: encodeSignature(entry.signature), shingles: entry.shingleCount, original: entry.original };
}

/** A rough upper bound of a member's stored size: the signature plus its strings. */
function estimateMemberBytes(entry: IndexedFingerprint): number {
  return entry.signature.length * 4 + entry.articleId.length * 2 + entry.original.id.length + entry.original.url.length + 64;
}

function readMembers(item: Record<string, unknown>): BucketMember[] {
  return StoredBucketSchema.parse(item).members.map((member) => ({
    articleId: member.id,
    signature: decodeSignature(member.signature),
    shingleCount: member.shingles,
    original: member.original,
  }));
}

function readSignature(item: Record<string, unknown>): IndexedFingerprint {
  const stored = StoredSignatureSchema.parse(item);
  return { ...stored, signature: decodeSignature(stored.signature) };
}

/** Where an article goes in each of its bands' buckets, given what a lookUp of them read. */
export interface BucketPlacement {
  /** Buckets that hold the article already. */
  present: string[];
  /** Buckets that are full (or the member too large for any bucket): the article is left out. */
  full: string[];
  /** Buckets that do not exist yet: created with the article as first member. */
  create: string[];
  /** Buckets the article is appended to. */
  append: string[];
}

/**
 * Decides, band by band, what indexing `entry` does to its buckets (planIndexWrites writes exactly
 * this); exported so a caller such as the re-index job can report it without deciding it again.
 */
export function placeInBuckets(entry: IndexedFingerprint, bandKeys: readonly string[], known: BucketLookup): BucketPlacement {
  const placement: BucketPlacement = { present: [], full: [], create: [], append: [] };
  const tooLarge = estimateMemberBytes(entry) > MAX_MEMBER_BYTES;
  for (const bandKey of new Set(bandKeys)) {
    const members = known.buckets.get(bandKey);
    if (members?.some((existing) => existing.articleId === entry.articleId)) placement.present.push(bandKey);
    else if (tooLarge || (members && members.length >= MAX_BUCKET_MEMBERS)) placement.full.push(bandKey);
    else if (!members) placement.create.push(bandKey);
    else placement.append.push(bandKey);
  }
  return placement;
}

export class FingerprintStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Reads the buckets of `bandKeys` and the article's own entry: one BatchGetItem (≤ 100 keys). */
  async lookUp(articleId: string, bandKeys: readonly string[]): Promise<BucketLookup> {
    const items = await getItemsInBatches(this.client, this.tableName, [...bandKeys.map(bucketKey), signatureKey(articleId)]);
    const lookup: BucketLookup = { buckets: new Map(), self: null };
    for (const item of items) {
      const pk = item.pk as string;
      if (pk.startsWith('LSH#')) lookup.buckets.set(pk.slice('LSH#'.length), readMembers(item));
      else if (pk === signatureKey(articleId).pk) lookup.self = readSignature(item);
    }
    return lookup;
  }

  /**
   * The writes that index `entry` under `bandKeys`, given what `known` (a lookUp of the same keys)
   * read. Buckets that did not exist are created with a plain put (batched); existing buckets get a
   * conditional append (`list_append`, only while the article is not a member and the bucket is
   * under MAX_BUCKET_MEMBERS), skipped when the read already shows it a member or the bucket full.
   * The article's own entry is written only the first time. Idempotent: a second call after the
   * writes plans nothing. Two articles creating the same bucket at the same instant keep one of
   * them in it (BatchWriteItem cannot be conditional); the other is still found through its other bands.
   */
  planIndexWrites(entry: IndexedFingerprint, bandKeys: readonly string[], known: BucketLookup): IndexWrites {
    const writes: IndexWrites = { puts: [], updates: [] };
    const member = toStoredMember(entry);
    const placement = placeInBuckets(entry, bandKeys, known);
    for (const bandKey of placement.create) {
      writes.puts.push({ ...bucketKey(bandKey), members: [member], memberIds: new Set([entry.articleId]) });
    }
    for (const bandKey of placement.append) writes.updates.push(this.appendMember(bandKey, entry.articleId, member));
    if (!known.self) writes.puts.push(toSignatureItem(entry, placement.full));
    return writes;
  }

  /** Sends what planIndexWrites planned (puts batched, appends in parallel; a failed condition is no error). */
  async sendIndexWrites(writes: readonly IndexWrites[]): Promise<void> {
    await executeIndexWrites(this.client, this.tableName, writes);
  }

  private appendMember(bandKey: string, articleId: string, member: Record<string, unknown>): IndexWrites['updates'][number] {
    return {
      TableName: this.tableName,
      Key: bucketKey(bandKey),
      UpdateExpression: 'SET members = list_append(members, :member) ADD memberIds :id',
      ConditionExpression: 'attribute_exists(memberIds) AND NOT contains(memberIds, :articleId) AND size(memberIds) < :cap',
      ExpressionAttributeValues: { ':member': [member], ':id': new Set([articleId]), ':articleId': articleId, ':cap': MAX_BUCKET_MEMBERS },
    };
  }

  /**
   * Bulk indexing (benchmarks, backfills), one writer at a time: the buckets read, merged in memory
   * and written back whole with 25-item batch writes, each capped at MAX_BUCKET_MEMBERS.
   */
  async putFingerprints(entries: ReadonlyArray<{ fingerprint: IndexedFingerprint; bandKeys: readonly string[] }>): Promise<void> {
    const bandKeys = [...new Set(entries.flatMap((entry) => entry.bandKeys))];
    const existing = await getItemsInBatches(this.client, this.tableName, bandKeys.map(bucketKey));
    const buckets = new Map<string, Array<Record<string, unknown>>>(
      existing.map((item) => [(item.pk as string).slice('LSH#'.length), item.members as Array<Record<string, unknown>>]),
    );
    for (const { fingerprint, bandKeys: keys } of entries) {
      for (const bandKey of keys) {
        const members = buckets.get(bandKey) ?? [];
        if (members.length < MAX_BUCKET_MEMBERS) members.push(toStoredMember(fingerprint));
        buckets.set(bandKey, members);
      }
    }
    const items: TableItem[] = [
      ...entries.map(({ fingerprint }) => toSignatureItem(fingerprint)),
      ...[...buckets].map(([bandKey, members]) => ({
        ...bucketKey(bandKey),
        members,
        memberIds: new Set(members.map((member) => member.id as string)),
      })),
    ];
    await putItemsInBatches(this.client, this.tableName, items);
  }

  /** The stored entries of `articleIds` (missing ones are left out), in one BatchGet per 100 ids. */
  async getFingerprints(articleIds: readonly string[]): Promise<IndexedFingerprint[]> {
    const items = await getItemsInBatches(this.client, this.tableName, articleIds.map(signatureKey));
    return items.map(readSignature);
  }
}
