import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSignature } from '../../../shared/dedupe/minhash';
import { createDocumentClient, ensureTable } from '../../../shared/storage/dynamo/client';
import { BUCKET_QUERY_LIMIT, FingerprintStore, type IndexedFingerprint } from '../../../shared/storage/dynamo/fingerprint-store';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../../shared/storage/local/embedded-dynamo';

const TABLE = 'sitrep-fingerprint-test';
let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;
let store: FingerprintStore;

function makeFingerprint(articleId: string, hashes: number[]): IndexedFingerprint {
  const indexedAt = '2025-10-20T10:00:00.000Z';
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
  it('round-trips a signature bit for bit, and keeps the first write', async () => {
    // Prepare
    const first = makeFingerprint('round-trip', [1, 2, 3, 0xffffffff, 0x80000000]);
    const second = { ...makeFingerprint('round-trip', [9]), url: 'https://example.org/other' };
    // Act
    const written = await store.putSignature(first);
    const rewritten = await store.putSignature(second);
    const [read] = await store.getFingerprints(['round-trip']);
    // Assess
    expect([written, rewritten]).toEqual([true, false]);
    expect(read).toEqual(first);
  });

  it('writes more than 25 and reads more than 100 entries through batches', async () => {
    // Prepare: 130 articles × (1 signature + 4 buckets) = 650 items, 26 write batches.
    const entries = Array.from({ length: 130 }, (_, index) => ({
      fingerprint: makeFingerprint(`bulk-${index}`, [index, index + 1000]),
      bandKeys: [`0#bulk${index}`, `1#bulk${index}`, `2#shared`, `3#bulk${index}`],
    }));
    // Act
    await store.putFingerprints(entries);
    const read = await store.getFingerprints([...entries.map((entry) => entry.fingerprint.articleId), 'never-indexed']);
    // Assess
    expect(read.map((entry) => entry.articleId).sort()).toEqual(entries.map((entry) => entry.fingerprint.articleId).sort());
  });

  it('ranks candidates by shared buckets and reads a crowded bucket only up to its limit', async () => {
    // Act: `bulk-7` shares three buckets; `2#shared` holds all 130 articles.
    const candidates = await store.findCandidates(['0#bulk7', '1#bulk7', '2#shared', '3#bulk7']);
    // Assess
    expect(candidates[0]).toBe('bulk-7');
    expect(candidates.length).toBeLessThanOrEqual(BUCKET_QUERY_LIMIT + 1);
  });
});
