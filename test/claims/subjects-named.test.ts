/**
 * Round 10: which subject a word names. A refinery's plant is named after what it processes, and
 * names no shipment. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf, claimsOf, keyOf } from '../helpers/claim-keys';

describe('a plant named after what it processes', () => {
  it('is the plant, not a shipment of it', () => {
    expect(claimKeysOf(['Forty Russian specialists arrived in Baniyas on Monday to dismantle the refinery\'s crude distillation column.'])).toEqual(['investment/energy/implemented']);
    // The commodity itself is still a shipment.
    expect(claimKeysOf(['A Russian tanker delivered 90,000 barrels of crude to Baniyas on Monday.'])).toContain('investment/trade/implemented');
  });
});

describe('"the field" and "the plant"', () => {
  it('refer back to the energy site just named', () => {
    const claims = claimsOf(['Russian engineers surveyed the Abu Rabah gas field last year.', 'A Russian contractor and a Syrian state company have been haggling since autumn over a plan to restore output at the field.']);
    expect(claims.filter((claim) => claim.sentenceIndex === 2).map(keyOf)).toEqual(['investment/energy/proposed']);
  });
});

describe('an observation post', () => {
  it('is a site of the bases thread, so a headline naming one speaks of the bases', () => {
    const claims = claimsOf(['Syrian troops took over the observation post on the mountain after the last Russian servicemen left it, the ministry said.'], '2029-04-09T08:00:00Z', 'Syrian army takes over former Russian post on the mountain');
    expect(claims.map((claim) => [keyOf(claim), claim.aside === true])).toEqual([['bases/other/withdrawn', false]]);
  });
});

describe('a transcript’s answer', () => {
  it('is about what the question named, however long the question ran', () => {
    const claims = claimsOf([
      'QUESTION: In January Damascus asked Russia to extradite a former Syrian intelligence general.',
      'There has been no public answer.',
      'What is the status of this request?',
      'MARIA ZAKHAROVA: We received the request through the proper channels.',
      'It has been transferred to the Prosecutor General’s Office and is being examined there.',
    ], '2029-03-27T10:00:00Z', 'Briefing by Foreign Ministry spokeswoman Maria Zakharova');
    expect(claims.filter((claim) => claim.sentenceIndex === 5).map(keyOf)).toEqual(['extradition/other/under_consideration']);
  });
});

describe('a basing agreement in the passive', () => {
  it('has been signed as surely as someone signed it', () => {
    expect(claimKeysOf(['The Syrian Foreign Ministry says the protocol on the Russian naval logistics point at Tartus has just been signed by the two deputy defence ministers.'])).toEqual(['bases/tartus/agreement_signed']);
    // What a reporter is hearing is not yet so.
    expect(claimKeysOf(["We're hearing that a basing agreement for Tartus has been signed."])).toEqual([]);
  });
});

describe('forces moved from one base to another', () => {
  it('draw the first down and expand the second, however long the list of what moved', () => {
    expect(claimKeysOf(["Russia has moved around a dozen attack and transport helicopters and about 180 personnel from its Hmeimim air base on the coast to the Shayrat air base in Homs province, Syria's Defence Ministry said."])).toEqual(['bases/hmeimim/reduced', 'bases/other/expanded']);
  });
});

describe('Russian aviation', () => {
  it('at an air base is the air force, not a transport deal', () => {
    expect(claimKeysOf(['Syria and Russia today signed a protocol regulating the presence of Russian aviation and support units at Hmeimim airport for ten years, the ministry said.'])).toEqual(['bases/hmeimim/agreement_signed']);
  });
});
