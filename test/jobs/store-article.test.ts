import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticle } from '../../shared/jobs/analyse-article';
import type { ArticleRecord } from '../../shared/model/article';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { meterDynamoUsage, type DynamoUsageMeter } from '../../shared/storage/dynamo/usage-meter';
import { makeRecord } from '../digest/factories';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';

let table: EmbeddedTable;
let meter: DynamoUsageMeter;
let articles: ArticleStore;
let folder: string;

beforeAll(async () => {
  table = await startEmbeddedTable('sitrep-store-article');
  meter = meterDynamoUsage(table.client);
  articles = new ArticleStore(table.client, table.tableName);
  folder = await mkdtemp(join(tmpdir(), 'sitrep-store-article-'));
});
afterAll(async () => {
  await table.close();
  await rm(folder, { recursive: true, force: true });
});

/** A relevant article of the digest day 2025-11-02 with no claims (the factory the digest tests use). */
function record(id: string): ArticleRecord {
  return makeRecord(id, 'Example', []);
}

describe('storeArticle', () => {
  it('writes both blobs, the day entry and the record in two PutItems', async () => {
    // Prepare
    const blobs = new FsBlobStore(join(folder, 'ok'));
    meter.reset();
    // Act
    await storeArticle(record('stored'), 'The text.', '<html>page</html>', { blobs, articles });
    // Assess
    expect(meter.snapshot().requests).toEqual({ PutItemCommand: 2 });
    expect(await articles.getArticle('stored')).toMatchObject({ id: 'stored' });
    expect((await articles.listDay('2025-11-02')).map((listed) => listed.id)).toContain('stored');
    expect(Buffer.from((await blobs.get('raw/stored.html')) ?? []).toString()).toBe('<html>page</html>');
    expect(JSON.parse(Buffer.from((await blobs.get('articles/stored.json')) ?? []).toString())).toMatchObject({ id: 'stored', text: 'The text.' });
  });

  it('writes no "processed" record when a blob cannot be written, so the job is processed again', async () => {
    // Prepare: the blob store's root is a file, so no blob can be written under it.
    const root = join(folder, 'not-a-folder');
    await writeFile(root, 'a file');
    const blobs = new FsBlobStore(root);
    // Act
    const stored = storeArticle(record('unstored'), 'The text.', '<html>page</html>', { blobs, articles });
    // Assess
    await expect(stored).rejects.toThrow();
    expect(await articles.getArticle('unstored')).toBeNull();
  });
});
