import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDedupeService, type DedupeService } from '../../shared/dedupe/dedupe-service';
import { ARTICLE_NOVELTY_SCOPE } from '../../shared/jobs/analyse-article';
import { meterDynamoUsage, type DynamoUsageMeter } from '../../shared/storage/dynamo/usage-meter';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';

let table: EmbeddedTable;
let meter: DynamoUsageMeter;
let dedupe: DedupeService;

beforeAll(async () => {
  table = await startEmbeddedTable('sitrep-novelty-scope');
  meter = meterDynamoUsage(table.client);
  dedupe = createDedupeService(table.client, table.tableName);
});
afterAll(async () => {
  await table.close();
});

/** Five words no other generated sentence uses (so no two share a key), e.g. "bqa bqb bqc bqd bqe." */
function uniqueSentence(name: string): string {
  return `${['a', 'b', 'c', 'd', 'e'].map((letter) => `${name}q${letter}`).join(' ')}.`;
}
/** A light rewording: the same five words and one more (word-set Jaccard 5/6). */
function reworded(name: string): string {
  return `${uniqueSentence(name).slice(0, -1)} ${name}qf.`;
}
const articleOf = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => uniqueSentence(`${prefix}${toLetters(index)}`));
function toLetters(index: number): string {
  return index.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}

describe('a long article under the article scope (headline and lead checked for rewordings, body for exact repeats)', () => {
  const earlier = { lead: uniqueSentence('earlierlead'), body: uniqueSentence('earlierbody'), exact: uniqueSentence('earlierexact') };
  // 150 sentences: 3 whole (27 keys) + 73 exact (1 key each) fill the 100 keys of one BatchGetItem.
  const later = articleOf('later', 150);
  later[1] = reworded('earlierlead');
  later[40] = earlier.exact;
  later[41] = reworded('earlierbody');

  it('reads the index in one BatchGetItem and says which sentences are new', async () => {
    // Prepare
    await dedupe.remember({ id: 'earlier', url: 'https://a.example/earlier', text: Object.values(earlier).join(' '), sentences: Object.values(earlier), publishedAt: null });
    // As analyseArticle does: the near-duplicate lookup first (its read is kept for remember).
    expect(await dedupe.findDuplicate({ id: 'later', text: later.join(' ') })).toBeNull();
    meter.reset();
    // Act
    const novel = await dedupe.findNovelSentences({ id: 'later', sentences: later, scope: ARTICLE_NOVELTY_SCOPE });
    // Assess
    expect(meter.snapshot().requests).toEqual({ BatchGetItemCommand: 1 });
    const expected = later.map((_, index) => index < 76);
    expected[1] = false; // a rewording of a known sentence, in the lead
    expected[40] = false; // an exact repeat, in the body
    // expected[41] stays true: a rewording in the body is not looked for.
    expect(novel).toEqual(expected);
  });

  it('indexes what it read without reading again: the lead with its buckets, the body by exact key, not the rest', async () => {
    // Prepare
    meter.reset();
    // Act
    await dedupe.remember({ id: 'later', url: 'https://b.example/later', text: later.join(' '), sentences: later, publishedAt: null, scope: ARTICLE_NOVELTY_SCOPE });
    const indexingRequests = meter.snapshot().requests;
    const asked = [reworded(`later${toLetters(2)}`), later[50] as string, reworded(`later${toLetters(50)}`), later[100] as string];
    const novel = await dedupe.findNovelSentences({ id: 'third', sentences: asked });
    // Assess
    expect(indexingRequests.BatchGetItemCommand).toBeUndefined(); // both lookups' reads were reused
    expect(novel).toEqual([false, false, true, true]);
  });
});
