import { describe, expect, it } from 'vitest';
import { countTokenOverlap, scoreTokenCounts, tokenize } from './token-overlap';

describe('token-level extraction scores', () => {
  it('cuts text into lower-case word tokens, punctuation dropped', () => {
    expect(tokenize('Russia’s base, at Tartus — 2025!')).toEqual(['russia', 's', 'base', 'at', 'tartus', '2025']);
  });

  it('counts repeated tokens as a multiset: a kept furniture line costs precision, a lost paragraph recall', () => {
    // Prepare: expected has 6 tokens; the extraction repeats "the" once too often, adds 2 and misses 2.
    const expected = 'the port the base stays open';
    const extracted = 'the port the the base share this';

    // Act
    const counts = countTokenOverlap(extracted, expected);
    const scores = scoreTokenCounts(counts);

    // Assess
    expect(counts).toEqual({ matched: 4, extracted: 7, expected: 6 });
    expect(scores.precision).toBeCloseTo(4 / 7);
    expect(scores.recall).toBeCloseTo(4 / 6);
  });

  it('scores a refused page (nothing extracted) as zero', () => {
    expect(scoreTokenCounts(countTokenOverlap('', 'the port'))).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
