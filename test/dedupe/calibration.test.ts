import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD } from '../../shared/dedupe/similarity';
import { measureThreshold, scoreLabelledPairs } from './calibration';

// Prepare (once): every labelled pair scored with the same similarity the index uses.
const scored = scoreLabelledPairs();

describe('near-duplicate calibration on test/fixtures/pairs', () => {
  it('holds at least 60 labelled pairs with both labels well represented', () => {
    expect(scored.length).toBeGreaterThanOrEqual(60);
    expect(scored.filter((pair) => pair.duplicate).length).toBeGreaterThanOrEqual(25);
    expect(scored.filter((pair) => !pair.duplicate).length).toBeGreaterThanOrEqual(25);
  });

  it('reaches precision and recall of at least 0.95 for "duplicate" at the chosen threshold', () => {
    // Act
    const quality = measureThreshold(scored, DUPLICATE_THRESHOLD);
    // Assess
    expect(quality.falsePositives).toEqual([]);
    expect(quality.falseNegatives).toEqual([]);
    expect(quality.precision).toBeGreaterThanOrEqual(0.95);
    expect(quality.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('catches every copy of a seed', () => {
    const seedCopies = scored.filter((pair) => pair.duplicate && pair.a.startsWith('s0'));
    expect(seedCopies).toHaveLength(30);
    for (const pair of seedCopies) expect({ pair: pair.b, duplicate: pair.similarity >= DUPLICATE_THRESHOLD }).toEqual({ pair: pair.b, duplicate: true });
  });

  it('merges no independent report of the same event', () => {
    const independent = scored.filter((pair) => pair.kind === 'same event, independent reports');
    expect(independent.length).toBeGreaterThanOrEqual(15);
    for (const pair of independent) expect(pair.similarity, `${pair.a} ~ ${pair.b}`).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('sits in a gap: the threshold is clear of the closest pair on either side', () => {
    const lowestDuplicate = Math.min(...scored.filter((pair) => pair.duplicate).map((pair) => pair.similarity));
    const highestDistinct = Math.max(...scored.filter((pair) => !pair.duplicate).map((pair) => pair.similarity));
    expect(lowestDuplicate - DUPLICATE_THRESHOLD).toBeGreaterThan(0.1);
    expect(DUPLICATE_THRESHOLD - highestDistinct).toBeGreaterThan(0.1);
  });
});
