import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../shared/model/article';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { putIfAbsent } from '../../shared/storage/dynamo/conditional';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { startEmbeddedTable } from '../helpers/embedded-table';

const table = await startEmbeddedTable();
afterAll(() => table.close());

function record(id: string, digestDate: string): ArticleRecord {
  return {
    id,
    url: `https://example.test/${id}`,
    canonicalUrl: `https://example.test/${id}`,
    title: `Article ${id}`,
    publisher: 'Example',
    publishedAt: `${digestDate}T08:00:00.000Z`,
    discoveredAt: `${digestDate}T09:00:00.000Z`,
    digestDate,
    relevant: true,
    duplicateOf: null,
    novelSentences: 2,
    sentenceCount: 4,
    claims: [
      { thread: 'bases', subject: 'tartus', status: 'retained', quote: 'Russia keeps Tartus.', facts: [], sentenceIndex: 1, novel: true },
    ],
    extraction: 'readability',
  };
}

describe('ArticleStore (dynalite)', () => {
  let store: ArticleStore;
  beforeEach(() => {
    store = new ArticleStore(table.client, table.tableName);
  });

  it('claims a canonical URL exactly once, even when claimed concurrently', async () => {
    const url = `https://example.test/claim-${Math.random()}`;
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.claimUrl(url, 'a1', new Date())));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.findUrl(url)).toBe('a1');
  });

  it('stores a record and lists it under its day, once however often it is written', async () => {
    await store.putArticle(record('d1', '2025-10-20'));
    await store.putArticle(record('d1', '2025-10-20'));
    await store.putArticle(record('d2', '2025-10-20'));
    await store.putArticle(record('d3', '2025-10-21'));

    const day = await store.listDay('2025-10-20');

    expect(day.map((r) => r.id)).toEqual(['d1', 'd2']);
    expect(day[0]?.claims[0]?.subject).toBe('tartus');
    expect(await store.getArticle('d3')).toMatchObject({ id: 'd3', digestDate: '2025-10-21' });
    expect(await store.getArticle('never')).toBeNull();
  });

  it('pages through a day with more records than one query returns', async () => {
    const big = 'x'.repeat(20_000);
    const records = Array.from({ length: 70 }, (_, i) => ({ ...record(`p${String(i).padStart(2, '0')}`, '2025-11-01'), title: big }));
    for (const r of records) await store.putArticle(r);
    expect((await store.listDay('2025-11-01')).length).toBe(70);
  });
});

describe('putIfAbsent (dynalite)', () => {
  it('writes the first item and refuses the second with the same key', async () => {
    const key = { pk: `TEST#${Math.random()}`, sk: 'ONE' };
    expect(await putIfAbsent(table.client, table.tableName, { ...key, value: 1 })).toBe(true);
    expect(await putIfAbsent(table.client, table.tableName, { ...key, value: 2 })).toBe(false);
  });
});

describe('ThreadStateStore (dynalite)', () => {
  it('returns the latest snapshot strictly before a date, and replaces a date on rewrite', async () => {
    const store = new ThreadStateStore(table.client, table.tableName);
    expect(await store.getLatestBefore('2025-10-15')).toBeNull();
    await store.put('2025-10-15', { v: 'a' });
    await store.put('2025-10-17', { v: 'b' });
    await store.put('2025-10-17', { v: 'c' });

    expect(await store.getLatestBefore('2025-10-17')).toEqual({ date: '2025-10-15', state: { v: 'a' } });
    expect(await store.getLatestBefore('2025-10-20')).toEqual({ date: '2025-10-17', state: { v: 'c' } });
  });
});
