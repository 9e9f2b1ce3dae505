/** Grounding: vocabulary checked, quote found in the text after normalisation, failures counted. */
import { describe, expect, it } from 'vitest';
import { findQuoteSentence, groundClaims, InvalidToolInputError } from '../../../shared/claims/bedrock/ground-claims';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';

const SENTENCES = [
  'Russia keeps Tartus, Moscow says',
  'Kremlin spokesman Dmitry Peskov said on Monday that Russia’s “naval facility at Tartus” will stay in operation.',
  'Separately, Damascus asked Moscow to hand over Bashar al-Assad.',
];

describe('findQuoteSentence', () => {
  it.each([
    ['exact words', 'Russia’s “naval facility at Tartus” will stay', 1],
    ['straight quote marks for curly ones', 'Russia\'s "naval facility at Tartus" will stay', 1],
    ['other whitespace and case', 'damascus  asked\nMoscow to hand over', 2],
    ['quote marks and an ellipsis around it', '"…asked Moscow to hand over Bashar al-Assad."', 2],
    ['words the article does not hold', 'Russia will withdraw from Tartus', null],
  ])('%s', (_case, quote, expected) => {
    expect(findQuoteSentence(quote, SENTENCES)).toBe(expected);
  });
});

describe('groundClaims', () => {
  it('keeps a grounded claim with its sentence, and drops and counts an invented quote, a subject of another thread and an unknown status', () => {
    // Prepare
    const toolInput = {
      claims: [
        { thread: 'bases', subject: 'tartus', status: 'retained', quote: 'Russia\'s "naval facility at Tartus" will stay in operation', assertion: 'stated', speaker: 'Dmitry Peskov' },
        { thread: 'bases', subject: 'tartus', status: 'withdrawn', quote: 'Russia has begun withdrawing its ships from Tartus', assertion: 'reported' },
        { thread: 'bases', subject: 'assad', status: 'retained', quote: 'Damascus asked Moscow to hand over Bashar al-Assad', assertion: 'reported' },
        { thread: 'extradition', subject: 'assad', status: 'leased', quote: 'Damascus asked Moscow to hand over Bashar al-Assad', assertion: 'reported' },
        { thread: 'extradition', subject: 'assad', status: 'requested', quote: 'Damascus asked Moscow to hand over Bashar al-Assad', assertion: 'maybe' },
      ],
    };

    // Act
    const result = groundClaims(toolInput, SENTENCES, SYRIA_RUSSIA);

    // Assess
    expect(result.claims).toEqual([
      {
        thread: 'bases', subject: 'tartus', status: 'retained', quote: SENTENCES[1], assertion: 'stated', attribution: 'Dmitry Peskov', facts: [], sentenceIndex: 1, novel: true,
      },
    ]);
    expect(result.rejected.map((rejection) => rejection.reason)).toEqual(['quote_not_in_text', 'subject_not_in_thread', 'status_not_in_thread', 'invalid_claim']);
  });

  it('drops a quote too short to prove anything', () => {
    const result = groundClaims({ claims: [{ thread: 'bases', subject: 'tartus', status: 'retained', quote: 'Tartus', assertion: 'reported' }] }, SENTENCES, SYRIA_RUSSIA);

    expect(result.claims).toEqual([]);
    expect(result.rejected.map((rejection) => rejection.reason)).toEqual(['quote_too_short']);
  });

  it('refuses an input that is not { claims: [...] } as a whole', () => {
    expect(() => groundClaims({ claim: [] }, SENTENCES, SYRIA_RUSSIA)).toThrow(InvalidToolInputError);
    expect(() => groundClaims('[]', SENTENCES, SYRIA_RUSSIA)).toThrow(InvalidToolInputError);
  });
});
