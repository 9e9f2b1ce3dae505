/**
 * Round 10: where an article's lead is when a preamble comes first, and what dates a notice sent
 * before the news. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { markLeadAfterPreamble } from '../../shared/claims/extract-claims';
import { isNews } from '../../shared/digest/day-evidence';
import { claimsOf, keyOf } from '../helpers/claim-keys';

describe('a statement printed after a preamble', () => {
  const statement = [
    'Transport ministry statement on the railway contract',
    'The Syrian Ministry of Transport issued the following statement on Thursday.',
    'Translated from Arabic.',
    '"The Ministry announces that it has terminated its contract with the Russian company for the rehabilitation of the Aleppo-Latakia railway line."',
    '"The Ministry affirms its commitment to partnership with all friendly countries."',
    'The railway has been out of regular service since 2012.',
  ];

  it('has its lead after the preamble', () => {
    const claims: Array<{ sentenceIndex: number; lead?: boolean }> = [3, 4, 5].map((sentenceIndex) => ({ sentenceIndex }));
    expect(markLeadAfterPreamble(claims, statement, 0).map((claim) => claim.lead === true)).toEqual([true, true, false]);
    // Without a preamble, the lead is where it always is, and nothing is marked.
    expect(markLeadAfterPreamble(claims, [statement[0]!, ...statement.slice(3)], 0).map((claim) => claim.lead)).toEqual([undefined, undefined, undefined]);
  });

  it('announces the statement’s news', () => {
    const claims = claimsOf(statement.slice(1), '2028-11-09T12:00:00Z', statement[0]);
    const cancelled = claims.find((claim) => keyOf(claim) === 'investment/transport/cancelled');
    expect(cancelled).toMatchObject({ lead: true, sentenceIndex: 3 });
    expect(isNews(cancelled!, { extraction: 'readability' })).toBe(true);
  });
});

describe('a notice sent before the news', () => {
  it('dates the notice, not the termination', () => {
    const claims = claimsOf(['Syria terminated its railway contract with the Russian company after it failed to answer the formal notices sent to it on 11 September and 12 October.'], '2028-11-09T12:00:00Z');
    expect(claims.map((claim) => [keyOf(claim), claim.recap === true])).toEqual([['investment/transport/cancelled', false]]);
  });
});

describe('a body sentence that dates its news in the days the article covers', () => {
  const feature = (sentence: string) => [
    'Tartus fishermen hope for a bigger slice of the harbour',
    'The fishermen of Tartus have taken the long way out for years.',
    'The restricted zone around the naval berth forces their boats wide of the breakwater.',
    'Diesel is expensive, they say.',
    sentence,
  ];
  const newsOf = (sentence: string) => claimsOf(feature(sentence).slice(1), '2028-10-03T08:00:00Z', feature(sentence)[0]).filter((claim) => isNews(claim, { extraction: 'readability' })).map(keyOf);

  it('is news wherever it stands, when a named party says so and it names what changed', () => {
    expect(newsOf('On Monday a Syrian delegation and a Russian team opened talks in Tartus on revising the terms of the naval facility, the governor’s office said.')).toEqual(['bases/tartus/negotiating']);
  });

  it('is news whatever the headline names', () => {
    const news = claimsOf(['Ask officials what the relationship has produced and they list small things.', 'Last year brought a wheat contract.', 'Nothing much else happened.', 'On Wednesday, the finance ministers of the two countries signed the $1 billion credit agreement in Moscow, the Syrian finance ministry said.'], '2027-10-15T08:00:00Z', 'Two years after the Kremlin handshake, a relationship of small steps')
      .filter((claim) => isNews(claim, { extraction: 'readability' })).map(keyOf);
    expect(news).toEqual(['investment/finance/signed']);
  });

  it('is not news when it is older, or names only the thread', () => {
    expect(newsOf('On 12 September a Syrian delegation and a Russian team opened talks in Tartus on revising the terms of the naval facility, the governor’s office said.')).toEqual([]);
    expect(newsOf('"Today we move from words to contracts," the Russian deputy prime minister said after the signing.')).toEqual([]);
  });
});
