import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../shared/claims/attribution';

const CASES: Array<{ sentence: string; expected: string | undefined }> = [
  { sentence: 'Russia will keep its bases, Lavrov said.', expected: 'Lavrov' },
  { sentence: 'Kremlin spokesman Dmitry Peskov said talks would continue.', expected: 'Dmitry Peskov' },
  { sentence: 'Russian Foreign Minister Sergei Lavrov told reporters that Assad had asylum.', expected: 'Sergei Lavrov' },
  { sentence: 'Russia is ready to invest, according to TASS.', expected: 'TASS' },
  { sentence: 'The bases will stay, a Syrian official told Reuters.', expected: 'Syrian official (via Reuters)' },
  { sentence: 'Russia has moved ships out of Tartus.', expected: undefined },
];

describe('findAttribution', () => {
  it.each(CASES)('$sentence', ({ sentence, expected }) => {
    // Act
    const attribution = findAttribution(sentence);

    // Assess
    expect(attribution).toBe(expected);
  });
});
