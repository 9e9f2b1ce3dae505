import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { S3BlobStore, createS3Client } from '../../shared/storage/blob/s3-blob-store';
import { blobKeys, getJson, getText, type BlobStore } from '../../shared/storage/ports';
import { startEmbeddedS3 } from '../helpers/embedded-s3';

const s3 = await startEmbeddedS3('sitrep-test');
const stores: Array<[string, () => Promise<BlobStore>]> = [
  ['filesystem', async () => new FsBlobStore(await mkdtemp(join(tmpdir(), 'sitrep-blobs-')))],
  ['S3 (s3rver)', async () => new S3BlobStore(createS3Client({ region: 'us-east-1', endpoint: s3.endpoint }), 'sitrep-test')],
];
afterAll(() => s3.close());

describe.each(stores)('%s blob store', (_name, create) => {
  let store: BlobStore;
  beforeAll(async () => {
    store = await create();
  });

  it('round-trips text byte for byte, including non-ASCII and a large body', async () => {
    const body = `Tartous — Hmeimim ‘quoted’ ${'x'.repeat(300_000)}`;
    await store.put('raw/a.html', body, 'text/html; charset=utf-8');
    expect(await getText(store, 'raw/a.html')).toBe(body);
  });

  it('replaces an object on a second put', async () => {
    await store.put('articles/b.json', JSON.stringify({ version: 1 }), 'application/json');
    await store.put('articles/b.json', JSON.stringify({ version: 2 }), 'application/json');
    expect(await getJson(store, 'articles/b.json')).toEqual({ version: 2 });
  });

  it('returns null for a missing key', async () => {
    expect(await store.get('digests/1999-01-01/digest.json')).toBeNull();
  });

  it('lists keys under a prefix, sorted, and nothing else', async () => {
    await store.put('digests/2025-10-17/digest.json', '{}', 'application/json');
    await store.put('digests/2025-10-16/digest.md', '#', 'text/markdown');
    await store.put('digestsX/other', '-', 'text/plain');
    expect(await store.list('digests/')).toEqual(['digests/2025-10-16/digest.md', 'digests/2025-10-17/digest.json']);
  });

  it('keeps seed ids portable as keys', async () => {
    const key = blobKeys.article('seed:000_90d74ec14f94598c');
    expect(key).not.toContain(':');
    await store.put(key, '{"id":"seed"}', 'application/json');
    expect(await getJson(store, key)).toEqual({ id: 'seed' });
  });
});

describe('filesystem blob store', () => {
  it('refuses a key that escapes its root', async () => {
    const store = new FsBlobStore(await mkdtemp(join(tmpdir(), 'sitrep-blobs-')));
    await expect(store.put('../outside.txt', 'x', 'text/plain')).rejects.toThrow(/escapes/);
  });
});
