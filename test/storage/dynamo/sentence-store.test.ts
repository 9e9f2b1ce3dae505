import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SENTENCE_SOURCES, SentenceStore, type SentenceEntry } from '../../../shared/storage/dynamo/sentence-store';
import { meterDynamoUsage, type DynamoUsageMeter } from '../../../shared/storage/dynamo/usage-meter';
import { startEmbeddedTable, type EmbeddedTable } from '../../helpers/embedded-table';

let table: EmbeddedTable;
let store: SentenceStore;
let meter: DynamoUsageMeter;

beforeAll(async () => {
  table = await startEmbeddedTable('sitrep-sentence-store');
  store = new SentenceStore(table.client, table.tableName);
  meter = meterDynamoUsage(table.client);
});
afterAll(async () => {
  await table.close();
});

/** A sentence entry with `bands` bucket keys under a per-test prefix. */
function entry(prefix: string, sentence: number, bands: number): SentenceEntry {
  return {
    exactKey: `${prefix}-exact-${sentence}`,
    bandKeys: Array.from({ length: bands }, (_, band) => `${prefix}-band-${sentence}-${band}`),
    words: ['russia', 'tartus', `word${sentence}`],
  };
}

describe('SentenceStore.addSentences', () => {
  it('indexes every exact key and near bucket, past one batch write of 25', async () => {
    // Prepare: 12 sentences × 8 bands = 96 new buckets, four batch writes.
    const entries = Array.from({ length: 12 }, (_, sentence) => entry('many', sentence, 8));

    // Act
    await store.addSentences('article-a', entries);

    // Assess
    const lookup = await store.lookUp(entries.map((e) => e.exactKey), entries.flatMap((e) => e.bandKeys));
    expect(lookup.exactSources.size).toBe(12);
    expect([...lookup.exactSources.values()].every((sources) => sources.size === 1 && sources.has('article-a'))).toBe(true);
    expect(lookup.nearEntries.size).toBe(96);
    expect(lookup.nearEntries.get('many-band-3-5')).toEqual({ words: ['russia', 'tartus', 'word3'], sourceId: 'article-a' });
  });

  it('keeps a bucket’s first representative and adds later articles as exact sources', async () => {
    // Prepare
    const first = entry('shared', 0, 2);
    await store.addSentences('article-first', [first]);

    // Act
    await store.addSentences('article-second', [{ ...first, words: ['other', 'words', 'here'] }]);

    // Assess
    const lookup = await store.lookUp([first.exactKey], first.bandKeys);
    expect(lookup.exactSources.get(first.exactKey)).toEqual(new Set(['article-first', 'article-second']));
    expect(lookup.nearEntries.get(first.bandKeys[0] as string)?.sourceId).toBe('article-first');
  });

  it('gives the same index as the single-key writes, and changes nothing when repeated', async () => {
    // Prepare: the same two articles indexed key by key and in bulk, under two prefixes.
    const articles = [
      { id: 'one', entries: [entry('x', 0, 3), entry('x', 1, 3)] },
      { id: 'two', entries: [entry('x', 1, 3), entry('x', 2, 3)] },
    ];
    const rename = (e: SentenceEntry, prefix: string): SentenceEntry => ({
      exactKey: `${prefix}${e.exactKey}`,
      bandKeys: e.bandKeys.map((key) => `${prefix}${key}`),
      words: e.words,
    });
    for (const article of articles) {
      for (const e of article.entries.map((e) => rename(e, 'single-'))) {
        await store.addExactSource(e.exactKey, article.id);
        for (const bandKey of e.bandKeys) await store.addNearEntry(bandKey, { words: [...e.words], sourceId: article.id });
      }
    }

    // Act
    for (const article of [...articles, ...articles]) await store.addSentences(article.id, article.entries.map((e) => rename(e, 'bulk-')));

    // Assess
    const keysOf = (prefix: string) => {
      const all = articles.flatMap((article) => article.entries.map((e) => rename(e, prefix)));
      return [all.map((e) => e.exactKey), all.flatMap((e) => e.bandKeys)] as const;
    };
    const single = await store.lookUp(...keysOf('single-'));
    const bulk = await store.lookUp(...keysOf('bulk-'));
    const strip = (lookup: typeof single, prefix: string) => ({
      exact: [...lookup.exactSources].map(([key, sources]) => [key.slice(prefix.length), [...sources].sort()]).sort(),
      near: [...lookup.nearEntries].map(([key, value]) => [key.slice(prefix.length), value]).sort(),
    });
    expect(strip(bulk, 'bulk-')).toEqual(strip(single, 'single-'));
    expect(bulk.exactSources.get('bulk-x-exact-1')).toEqual(new Set(['one', 'two']));
  });

  it('stops adding sources at the cap', async () => {
    // Prepare
    const boilerplate = entry('cap', 0, 1);

    // Act
    for (let article = 0; article < MAX_SENTENCE_SOURCES + 3; article++) await store.addSentences(`outlet-${article}`, [boilerplate]);

    // Assess
    const lookup = await store.lookUp([boilerplate.exactKey], []);
    expect(lookup.exactSources.get(boilerplate.exactKey)?.size).toBe(MAX_SENTENCE_SOURCES);
  });

  it('adds a later article to known sentences with batched puts, not an UpdateItem per sentence', async () => {
    // Prepare: 30 sentences one article carried.
    const known = Array.from({ length: 30 }, (_, sentence) => entry('later', sentence, 0));
    await store.addSentences('article-first', known);
    meter.reset();

    // Act
    await store.addSentences('article-second', known);

    // Assess: one read, 30 sources added in two BatchWriteItems of at most 25.
    expect(meter.snapshot().requests).toEqual({ BatchGetItemCommand: 1, BatchWriteItemCommand: 2 });
    const lookup = await store.lookUp(known.map((e) => e.exactKey), []);
    expect([...lookup.exactSources.values()].every((sources) => sources.size === 2 && sources.has('article-first') && sources.has('article-second'))).toBe(true);
  });

  it('writes nothing for a sentence whose sources are full or already list the article', async () => {
    // Prepare
    const sentence = entry('full', 0, 0);
    await store.addSentences('article-a', [sentence]);
    await store.addSentences('article-b', [sentence]);
    meter.reset();

    // Act
    await store.addSentences('article-c', [sentence]);
    await store.addSentences('article-a', [sentence]);

    // Assess
    expect(meter.snapshot().requests).toEqual({ BatchGetItemCommand: 2 });
    const lookup = await store.lookUp([sentence.exactKey], []);
    expect(lookup.exactSources.get(sentence.exactKey)).toEqual(new Set(['article-a', 'article-b']));
  });
});
