import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/claims/facts';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import type { Fact } from '../../shared/model/claim';

const CASES: Array<{ sentence: string; expected: Fact[] }> = [
  { sentence: 'Moscow offered a $2.5 billion credit line.', expected: [{ kind: 'money', text: '$2.5 billion', value: 2.5e9, about: 'credit line' }] },
  { sentence: 'DP World will invest US$800 million in the port.', expected: [
    { kind: 'money', text: 'US$800 million', value: 8e8, about: 'port' },
    { kind: 'counterparty', text: 'DP World', about: 'port' },
  ] },
  // Not dollars: the text is kept, no USD value is invented.
  { sentence: 'The euro loan of €1.2bn was approved.', expected: [{ kind: 'money', text: '€1.2bn', about: 'loan' }] },
  { sentence: 'Russia shipped 100,000 tons of wheat.', expected: [{ kind: 'quantity', text: '100,000 tons of wheat', value: 100000, about: 'wheat' }] },
  { sentence: 'Stroytransgaz held a 49-year lease on the port.', expected: [
    { kind: 'duration', text: '49-year', value: 49, about: 'lease' },
    { kind: 'counterparty', text: 'Stroytransgaz', about: 'lease' },
  ] },
  // A war's length is not a term of a deal.
  { sentence: 'During the 13-year civil war, Russia backed Assad.', expected: [] },
  { sentence: 'Nothing was agreed.', expected: [] },
];

describe('extractFacts', () => {
  it.each(CASES)('$sentence', ({ sentence, expected }) => {
    // Act
    const facts = extractFacts(sentence, SYRIA_RUSSIA.facts);

    // Assess
    expect(facts).toEqual(expected);
  });
});

describe('what a figure is about, as a reader writes it', () => {
  it('keeps an acronym in its capitals and lower-cases a sentence-initial word', () => {
    const mous = extractFacts('Russia and Syria signed MoUs worth $1.2 billion on Tuesday.', SYRIA_RUSSIA.facts).find((fact) => fact.kind === 'money');
    const wheat = extractFacts('Wheat worth $40 million arrived at Latakia.', SYRIA_RUSSIA.facts).find((fact) => fact.kind === 'money');
    expect(mous?.about).toBe('MoUs');
    expect(wheat?.about).toBe('wheat');
  });
});
