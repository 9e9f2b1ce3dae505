import { describe, expect, it } from 'vitest';
import { decideNovelty, indexedEntries, planCoverage, type SentenceReading } from '../../shared/dedupe/sentence-novelty';
import type { SentenceFingerprint } from '../../shared/dedupe/sentence-fingerprint';

/** A fingerprint with its own exact key and 8 bucket keys (or the given ones). */
function fingerprint(name: string, bandKeys = Array.from({ length: 8 }, (_, band) => `${name}-${band}`)): SentenceFingerprint {
  return { exactKey: `exact-${name}`, bandKeys, words: [name, 'russia', 'syria'] };
}

const sentences = (count: number) => Array.from({ length: count }, (_, index) => fingerprint(`s${index}`));

describe('planCoverage', () => {
  it('covers every sentence whole under the whole scope, and none without a fingerprint', () => {
    expect(planCoverage([fingerprint('a'), null, fingerprint('b')], 'whole')).toEqual(['whole', 'none', 'whole']);
  });

  it.each([
    // [sentences, rewordingsIn, expected whole, expected exact] — keys: 9 per whole sentence, 1 per exact one, 100 at most.
    [5, 3, 3, 2],
    [200, 3, 3, 73],
    [200, 0, 0, 100],
    [200, 11, 11, 1],
    [200, 12, 11, 0],
  ])('%i sentences, rewordings checked in %i: %i whole and %i exact', (count, rewordingsIn, whole, exact) => {
    // Act
    const coverage = planCoverage(sentences(count), { rewordingsIn });
    // Assess: a prefix of the article is covered, whole sentences first.
    expect(coverage).toEqual([
      ...Array(whole).fill('whole'),
      ...Array(exact).fill('exact'),
      ...Array(count - whole - exact).fill('none'),
    ]);
  });

  it('counts a key once when sentences share it, and never skips ahead to a sentence that would fit', () => {
    // Prepare: sentence 1 repeats sentence 0 exactly (same keys); the budget is 10 keys.
    const repeated = fingerprint('same');
    const fingerprints = [repeated, repeated, fingerprint('big'), { ...fingerprint('small'), bandKeys: [] }];
    // Act
    const coverage = planCoverage(fingerprints, { rewordingsIn: 3 }, 10);
    // Assess: 9 keys for sentences 0 and 1; "big" needs 9 more and stops the walk, "small" (1 key) is not read either.
    expect(coverage).toEqual(['whole', 'whole', 'none', 'none']);
  });
});

describe('decideNovelty and indexedEntries', () => {
  const fingerprints = [fingerprint('lead'), fingerprint('body'), fingerprint('tail'), null];
  const reading: SentenceReading = {
    fingerprints,
    coverage: ['whole', 'exact', 'none', 'none'],
    scope: { rewordingsIn: 1 },
    lookup: {
      exactSources: new Map(),
      // Each sentence's first bucket holds a near rewording from another article.
      nearEntries: new Map(['lead-0', 'body-0', 'tail-0'].map((key) => [key, { words: [key.split('-')[0] as string, 'russia', 'syria'], sourceId: 'other' }])),
    },
  };

  it('checks rewordings only where the read covered the buckets; what it did not cover is not novel', () => {
    expect(decideNovelty(reading, 'me')).toEqual([false, true, false, false]);
  });

  it('indexes the buckets of whole sentences, the exact key of exact ones, nothing else', () => {
    expect(indexedEntries(fingerprints, reading.coverage)).toEqual([fingerprints[0], { ...fingerprints[1], bandKeys: [] }]);
  });
});
