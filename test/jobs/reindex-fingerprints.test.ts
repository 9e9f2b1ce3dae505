import { GetCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import { computeBandKeys } from '../../shared/dedupe/lsh';
import { computeSignature } from '../../shared/dedupe/minhash';
import { reindexFingerprints } from '../../shared/jobs/reindex-fingerprints';
import { putItemsInBatches } from '../../shared/storage/dynamo/batch-operations';
import { ensureTable } from '../../shared/storage/dynamo/client';
import { FingerprintStore, MAX_BUCKET_MEMBERS } from '../../shared/storage/dynamo/fingerprint-store';
import { IndexItemScanner } from '../../shared/storage/dynamo/index-item-scan';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { oldIndexedSeeds, oldLayoutItems, SEED_TEXTS, truncatedCopy, type OldIndexedArticle } from '../helpers/old-fingerprint-layout';

/** The seed at `index` (the corpus holds five). */
function seed(index: number): (typeof SEED_TEXTS)[number] {
  const found = SEED_TEXTS[index];
  if (!found) throw new Error(`no seed ${index}`);
  return found;
}

const SEEDS = SEED_TEXTS;

/** Every item of the table, sorted by key, for before/after comparisons. */
async function readTable(client: DynamoDBDocumentClient, tableName: string): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((left, right) => `${left.pk}\u0000${left.sk}`.localeCompare(`${right.pk}\u0000${right.sk}`));
}

const isOldBucketItem = (item: Record<string, unknown>) => String(item.pk).startsWith('LSH#') && item.sk !== 'LSH';

let table: EmbeddedTable;
let tableCount = 0;

/** A fresh table in the shared dynalite, holding `articles` in the old layout. */
async function prepareOldTable(articles: OldIndexedArticle[]): Promise<string> {
  const tableName = `sitrep-reindex-${++tableCount}`;
  await ensureTable(table.client, tableName);
  await putItemsInBatches(table.client, tableName, articles.flatMap(oldLayoutItems));
  return tableName;
}

/** The job's stores over `tableName`, as the CLI and the Lambda build them. */
function depsFor(tableName: string) {
  return { fingerprints: new FingerprintStore(table.client, tableName), scanner: new IndexItemScanner(table.client, tableName) };
}

beforeAll(async () => {
  table = await startEmbeddedTable();
});

afterAll(async () => {
  await table?.close();
});

describe('reindexFingerprints', () => {
  it('rebuilds the buckets of an old-layout table so a copy of a seed is found again', async () => {
    // Prepare
    const tableName = await prepareOldTable(oldIndexedSeeds());
    const dedupe = createDedupeService(table.client, tableName);
    const copy = { id: 'copy-of-seed-2', text: truncatedCopy(seed(2).text) };
    expect(await dedupe.findDuplicate(copy)).toBeNull();
    // Act
    const report = await reindexFingerprints(depsFor(tableName));
    // Assess
    const match = await dedupe.findDuplicate(copy);
    expect(match?.id).toBe(seed(2).id);
    expect(match?.url).toBe(seed(2).url);
    expect(report.articlesSeen).toBe(SEEDS.length);
    expect(report.membersAdded).toBe(SEEDS.length * 16);
    expect(report.alreadyPresent).toBe(0);
    expect(report.oldItemsFound).toBe(SEEDS.length * 16);
    expect(report.oldItemsDeleted).toBe(0);
    const items = await readTable(table.client, tableName);
    expect(items.filter(isOldBucketItem)).toHaveLength(SEEDS.length * 16);
    const bucketItems = items.filter((item) => item.sk === 'LSH');
    expect(bucketItems).toHaveLength(report.bucketsWritten);
    expect(bucketItems.flatMap((item) => item.members as unknown[])).toHaveLength(SEEDS.length * 16);
  });

  it('changes nothing when run a second time', async () => {
    // Prepare
    const tableName = await prepareOldTable(oldIndexedSeeds());
    const first = await reindexFingerprints(depsFor(tableName));
    const before = await readTable(table.client, tableName);
    // Act
    const second = await reindexFingerprints(depsFor(tableName));
    // Assess
    expect(await readTable(table.client, tableName)).toEqual(before);
    expect(second).toMatchObject({ articlesSeen: SEEDS.length, bucketsWritten: 0, membersAdded: 0, alreadyPresent: first.membersAdded });
  });

  it('does not add again an article the new layout already holds', async () => {
    // Prepare: one seed in the old layout, another remembered by the current service.
    const tableName = await prepareOldTable(oldIndexedSeeds().slice(0, 1));
    const dedupe = createDedupeService(table.client, tableName);
    await dedupe.remember({ id: seed(1).id, url: seed(1).url, text: seed(1).text, sentences: [], publishedAt: null });
    // Act
    const report = await reindexFingerprints(depsFor(tableName));
    // Assess
    expect(report).toMatchObject({ articlesSeen: 2, membersAdded: 16, alreadyPresent: 16 });
    const buckets = (await readTable(table.client, tableName)).filter((item) => item.sk === 'LSH');
    const memberIds = buckets.flatMap((item) => (item.members as Array<{ id: string }>).map((member) => member.id));
    expect(memberIds.filter((id) => id === seed(1).id)).toHaveLength(16);
    expect(memberIds.filter((id) => id === seed(0).id)).toHaveLength(16);
  });

  it('with deleteOld, deletes the old bucket items and nothing else', async () => {
    // Prepare
    const tableName = await prepareOldTable(oldIndexedSeeds());
    await table.client.send(new PutCommand({ TableName: tableName, Item: { pk: 'URL#https://example.org/a', sk: 'URL', articleId: 'a' } }));
    const kept = (await readTable(table.client, tableName)).filter((item) => !isOldBucketItem(item));
    // Act
    const report = await reindexFingerprints(depsFor(tableName), { deleteOld: true, scanPageSize: 7 });
    // Assess
    expect(report.oldItemsDeleted).toBe(SEEDS.length * 16);
    const after = await readTable(table.client, tableName);
    expect(after.filter(isOldBucketItem)).toEqual([]);
    expect(after.filter((item) => item.sk !== 'LSH')).toEqual(kept);
    const match = await createDedupeService(table.client, tableName).findDuplicate({ id: 'copy', text: truncatedCopy(seed(4).text) });
    expect(match?.id).toBe(seed(4).id);
  });

  it('fills a shared bucket with the earliest indexed articles, whatever the scan order', async () => {
    // Prepare: 30 articles with one signature share all 16 buckets; index times run opposite to their ids.
    const signature = computeSignature([11, 22, 33, 44]);
    const articles = Array.from({ length: 30 }, (_, index) => ({
      id: `same-${String(index).padStart(2, '0')}`,
      url: `https://example.org/same-${index}`,
      signature,
      shingleCount: 4,
      indexedAt: new Date(Date.UTC(2025, 9, 30) - index * 60_000).toISOString(),
    }));
    const tableName = await prepareOldTable(articles);
    // Act
    const report = await reindexFingerprints(depsFor(tableName));
    // Assess
    expect(report).toMatchObject({ articlesSeen: 30, bucketsWritten: 16, membersAdded: 16 * MAX_BUCKET_MEMBERS, fullBuckets: 16 });
    const [bandKey] = computeBandKeys(signature);
    const { Item } = await table.client.send(new GetCommand({ TableName: tableName, Key: { pk: `LSH#${bandKey}`, sk: 'LSH' } }));
    const earliest = [...articles].sort((left, right) => left.indexedAt.localeCompare(right.indexedAt)).slice(0, MAX_BUCKET_MEMBERS);
    expect((Item?.members as Array<{ id: string }>).map((member) => member.id)).toEqual(earliest.map((article) => article.id));
  });
});
