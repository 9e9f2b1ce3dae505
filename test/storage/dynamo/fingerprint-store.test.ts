import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSignature } from '../../../shared/dedupe/minhash';
import { executeIndexWrites } from '../../../shared/storage/dynamo/batch-operations';
import { createDocumentClient, ensureTable } from '../../../shared/storage/dynamo/client';
import { FingerprintStore, MAX_BUCKET_MEMBERS, type IndexedFingerprint } from '../../../shared/storage/dynamo/fingerprint-store';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../../shared/storage/local/embedded-dynamo';

const TABLE = 'sitrep-fingerprint-test';
let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;
let store: FingerprintStore;

function makeFingerprint(articleId: string, hashes: number[], indexedAt = '2025-10-20T10:00:00.000Z'): IndexedFingerprint {
  return {
    articleId,
    url: `https://example.org/${articleId}`,
    signature: computeSignature(hashes),
    shingleCount: hashes.length,
    publishedAt: null,
    indexedAt,
    original: { id: articleId, url: `https://example.org/${articleId}`, originAt: indexedAt },
  };
}

/** Looks the article's bands up, then sends what planIndexWrites plans: what dedupe-service does. */
async function index(entry: IndexedFingerprint, bandKeys: string[]): Promise<void> {
  const known = await store.lookUp(entry.articleId, bandKeys);
  await executeIndexWrites(client, TABLE, [store.planIndexWrites(known.self ?? entry, bandKeys, known)]);
}

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, TABLE);
  store = new FingerprintStore(client, TABLE);
});

afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

describe('FingerprintStore', () => {
  it('round-trips a signature bit for bit through its buckets and its own entry, and keeps the first entry', async () => {
    // Prepare
    const first = makeFingerprint('round-trip', [1, 2, 3, 0xffffffff, 0x80000000]);
    const second = makeFingerprint('round-trip', [9], '2025-10-21T10:00:00.000Z');
    // Act
    await index(first, ['0#rt', '1#rt']);
    await index(second, ['0#rt', '1#rt']);
    const lookup = await store.lookUp('round-trip', ['0#rt', '1#rt', '2#never']);
    // Assess
    expect(lookup.self).toEqual(first);
    expect([...lookup.buckets.keys()].sort()).toEqual(['0#rt', '1#rt']);
    expect(lookup.buckets.get('0#rt')).toEqual([{ articleId: 'round-trip', signature: first.signature, shingleCount: 5, original: first.original }]);
  });

  it('appends later articles to an existing bucket in index order, once each', async () => {
    // Prepare
    const entries = ['append-a', 'append-b', 'append-c'].map((id, position) => makeFingerprint(id, [position]));
    // Act
    for (const entry of entries) await index(entry, ['0#append', `1#${entry.articleId}`]);
    await index(entries[1] as IndexedFingerprint, ['0#append', '1#append-b']);
    const lookup = await store.lookUp('someone', ['0#append']);
    // Assess
    expect(lookup.buckets.get('0#append')?.map((member) => member.articleId)).toEqual(['append-a', 'append-b', 'append-c']);
    expect(lookup.self).toBeNull();
  });

  it('plans nothing for an article already in all its buckets', async () => {
    // Prepare
    const entry = makeFingerprint('settled', [42]);
    await index(entry, ['0#settled', '1#settled']);
    // Act
    const known = await store.lookUp('settled', ['0#settled', '1#settled']);
    const writes = store.planIndexWrites(entry, ['0#settled', '1#settled'], known);
    // Assess
    expect(writes).toEqual({ puts: [], updates: [] });
  });

  it('stops a hot bucket at its cap and records the full band on the article that missed it', async () => {
    // Prepare: one more article than a bucket holds share band 0.
    const entries = Array.from({ length: MAX_BUCKET_MEMBERS + 1 }, (_, position) => makeFingerprint(`hot-${String(position).padStart(2, '0')}`, [position]));
    // Act
    for (const entry of entries) await index(entry, ['0#hot', `1#${entry.articleId}`]);
    const lookup = await store.lookUp('reader', ['0#hot', `1#hot-${MAX_BUCKET_MEMBERS}`]);
    const { Item: last } = await client.send(new GetCommand({ TableName: TABLE, Key: { pk: `SIG#hot-${MAX_BUCKET_MEMBERS}`, sk: 'SIG' } }));
    // Assess
    expect(lookup.buckets.get('0#hot')?.map((member) => member.articleId)).toEqual(entries.slice(0, MAX_BUCKET_MEMBERS).map((entry) => entry.articleId));
    expect(lookup.buckets.get(`1#hot-${MAX_BUCKET_MEMBERS}`)).toHaveLength(1);
    expect(last?.fullBands).toEqual(['0#hot']);
  });

  it('bulk-writes more than 25 items, merging into buckets that exist, and reads more than 100 entries back', async () => {
    // Prepare: 130 articles × (1 entry + 3 own buckets) plus one shared bucket, in two calls.
    const entries = Array.from({ length: 130 }, (_, index) => ({
      fingerprint: makeFingerprint(`bulk-${index}`, [index, index + 1000]),
      bandKeys: [`0#bulk${index}`, `1#bulk${index}`, '2#bulk-shared', `3#bulk${index}`],
    }));
    // Act
    await store.putFingerprints(entries.slice(0, 10));
    await store.putFingerprints(entries.slice(10));
    const read = await store.getFingerprints([...entries.map((entry) => entry.fingerprint.articleId), 'never-indexed']);
    const shared = await store.lookUp('reader', ['2#bulk-shared']);
    // Assess
    expect(read.map((entry) => entry.articleId).sort()).toEqual(entries.map((entry) => entry.fingerprint.articleId).sort());
    expect(shared.buckets.get('2#bulk-shared')?.map((member) => member.articleId)).toEqual(
      entries.slice(0, MAX_BUCKET_MEMBERS).map((entry) => entry.fingerprint.articleId),
    );
  });
});
