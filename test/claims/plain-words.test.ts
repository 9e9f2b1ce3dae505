/**
 * Round 13, from the training batch pages14: plain words for the stages of a request ("said yes",
 * "still thinking about it"), a question "closed" however it is named, a rank standing for the man
 * named before, forces "sent" from one site to another or gone "east to" one, ships "still
 * alongside", hangars finished. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf, claimsOf, keyOf } from '../helpers/claim-keys';

describe('a request answered in plain words', () => {
  it('"said yes" is agreement, "still thinking about it" consideration', () => {
    expect(claimKeysOf(['In March a Moscow court said yes to the Syrian request for the former colonel.'])).toContain('extradition/other/agreed');
    expect(claimKeysOf(['Moscow is still thinking about the Syrian request for the former colonel, a diplomat said.'])).toContain('extradition/other/under_consideration');
  });

  it('a yes to another question is no agreement', () => {
    expect(claimKeysOf(['Asked whether the Syrian request for the colonel had arrived, the spokesman said yes.'])).not.toContain('extradition/other/agreed');
  });
});

describe('the question of the former president', () => {
  it('is refused when called closed, however many words name it', () => {
    expect(claimKeysOf(['The Kremlin spokesman said the question of Bashar al-Assad was closed long ago.'])).toEqual(['extradition/assad/refused']);
  });
});

describe('a rank standing for the man named before', () => {
  it('carries the request’s subject to the next sentence', () => {
    const claims = claimsOf(['Syria asked Russia in December to extradite former brigadier general Nabil Haddad.', 'The Moscow court’s ruling last week to approve the general’s extradition surprised his lawyers.']);
    expect(claims.filter((claim) => claim.sentenceIndex === 2).map(keyOf)).toEqual(['extradition/other/agreed']);
  });
});

describe('forces between sites', () => {
  it('"sent" from one site to another draws the first down and expands the second', () => {
    expect(claimKeysOf(['The Russian air group sent six helicopters and about 90 personnel from Hmeimim to the Shayrat air base in April.'])).toEqual(['bases/hmeimim/reduced', 'bases/other/expanded']);
  });

  it('gone "east to" a site expands it; a minister who "headed to" a capital moves no forces', () => {
    expect(claimKeysOf(['The Russian helicopters went east to Tabqa in December.'])).toEqual(['bases/other/expanded']);
    expect(claimKeysOf(['The defence minister headed to Moscow on Monday for talks on the bases.'])).not.toContain('bases/other/expanded');
  });
});

describe('what is still at a base, and what was built there', () => {
  it('ships "still alongside" and a squadron "still on the line" are kept', () => {
    expect(claimKeysOf(['Two Russian tankers and a repair ship are still alongside at Tartus.'])).toEqual(['bases/tartus/retained']);
    expect(claimKeysOf(['At Hmeimim the Russian fighter squadron is still on the line.'])).toEqual(['bases/hmeimim/retained']);
  });

  it('new hangars, however described, and hangars completed are an expansion', () => {
    expect(claimKeysOf(['Satellite images show new aircraft hangars at the Russian base at Hmeimim.'])).toEqual(['bases/hmeimim/expanded']);
    expect(claimKeysOf(['Russian engineers completed two hangars at Hmeimim in July.'])).toEqual(['bases/hmeimim/expanded']);
  });
});
