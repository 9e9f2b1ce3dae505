import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../shared/dedupe/hashing';
import { computeBandKeys } from '../../shared/dedupe/lsh';
import { computeSignature, estimateJaccard, hashShingles } from '../../shared/dedupe/minhash';
import { tokeniseText } from '../../shared/dedupe/normalise-text';
import { textSimilarity } from '../../shared/dedupe/similarity';

describe('tokeniseText', () => {
  it.each([
    ['Syria’s leader', ['syria', 's', 'leader']],
    ["Syria's leader", ['syria', 's', 'leader']],
    ['Al-Sharaa  met\nPUTIN.', ['al', 'sharaa', 'met', 'putin']],
    ['ﬁnal ２０２５ talks', ['final', '2025', 'talks']],
    ['— “ ” …', []],
  ])('%j → %j', (text, expected) => {
    expect(tokeniseText(text)).toEqual(expected);
  });
});

describe('hashShingles', () => {
  it('gives one shingle per window of five words, and one for a shorter text', () => {
    expect(hashShingles('a b c d e f g'.split(' '), 5).size).toBe(3);
    expect(hashShingles(['only', 'three', 'words'], 5).size).toBe(1);
    expect(hashShingles([], 5).size).toBe(0);
  });

  it('depends on word order inside a shingle', () => {
    const forward = hashShingles('a b c d e'.split(' '), 5);
    const backward = hashShingles('e d c b a'.split(' '), 5);
    expect([...forward][0]).not.toBe([...backward][0]);
  });
});

describe('MinHash estimate', () => {
  it.each([0.1, 0.3, 0.5, 0.8])('estimates a Jaccard of %s within 0.12', (jaccard) => {
    // Prepare: two sets of 2,000 random hashes sharing exactly `jaccard` of their union.
    const random = createSeededRandom(Math.round(jaccard * 1000));
    const union = Array.from({ length: 2000 }, () => Math.floor(random() * 4_294_967_296));
    const shared = Math.round(union.length * jaccard);
    const onlyLeft = Math.floor((union.length - shared) / 2);
    const left = union.slice(0, shared + onlyLeft);
    const right = [...union.slice(0, shared), ...union.slice(shared + onlyLeft)];
    const exact = shared / new Set([...left, ...right]).size;
    // Act
    const estimate = estimateJaccard(computeSignature(left), computeSignature(right));
    // Assess
    expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
  });

  it('is deterministic across calls, so stored signatures stay comparable', () => {
    const hashes = [1, 2, 3, 400_000, 4_000_000_000];
    expect(computeSignature(hashes)).toEqual(computeSignature([...hashes].reverse()));
  });
});

describe('computeBandKeys', () => {
  it('gives identical keys for identical signatures and differs when one band differs', () => {
    const signature = computeSignature([10, 20, 30, 40]);
    const altered = signature.slice();
    altered[0] = (altered[0] as number) ^ 1;
    const keys = computeBandKeys(signature);
    const alteredKeys = computeBandKeys(altered);
    expect(keys).toHaveLength(16);
    expect(alteredKeys.slice(1)).toEqual(keys.slice(1));
    expect(alteredKeys[0]).not.toBe(keys[0]);
  });
});

describe('textSimilarity', () => {
  it('scores empty text as similar to nothing', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('Putin met Sharaa in Moscow on Wednesday.', '')).toBe(0);
  });
});
