import { describe, expect, it } from 'vitest';
import { isOldHistory } from '../../shared/claims/history';

const PUBLISHED = '2025-10-16T00:00:00Z';
const CASES: Array<{ clause: string; publishedAt: string | null; old: boolean }> = [
  { clause: 'in 2015 russia intervened', publishedAt: PUBLISHED, old: true },
  { clause: 'in 2017 russia signed a 49-year lease', publishedAt: PUBLISHED, old: true },
  { clause: 'since december 2024 russia has cut its forces', publishedAt: PUBLISHED, old: false },
  { clause: 'in september 2024 the ships left', publishedAt: PUBLISHED, old: true },
  { clause: 'replacing the 2017 treaty, russia signed a new one', publishedAt: PUBLISHED, old: false },
  { clause: 'in 2015 russia intervened', publishedAt: null, old: false },
];

describe('isOldHistory', () => {
  it.each(CASES)('$clause ($publishedAt)', ({ clause, publishedAt, old }) => {
    // Act
    const result = isOldHistory(clause, publishedAt);

    // Assess
    expect(result).toBe(old);
  });
});
