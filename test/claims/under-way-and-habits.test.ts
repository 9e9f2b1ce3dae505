/**
 * Round 13, from the training batch pages15: a pull-out under way ("are withdrawing", "have been
 * leaving") is a drawdown, not a site left; a habit or a condition in the present passive ("when
 * contracts are signed") signs nothing; signs put up in a shop are no signature; agreeing to the
 * request is agreement. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf, claimsOf, keyOf } from '../helpers/claim-keys';

describe('a pull-out under way', () => {
  it.each([
    'Russian troops are withdrawing from the Tabqa airfield, the ministry said.',
    'Russian engineers and helicopter crews have been leaving the Tabqa airfield since Monday.',
  ])('is a drawdown: %s', (sentence) => {
    expect(claimKeysOf([sentence])).toEqual(['bases/other/reduced']);
  });

  it('one done is a site left', () => {
    expect(claimKeysOf(['The last Russian troops withdrew from the Tabqa airfield on Monday.'])).toEqual(['bases/other/withdrawn']);
  });
});

describe('a habit or a condition in the present passive', () => {
  it.each([
    'We update this page when Russian contracts are signed, awarded or cancelled.',
    'Once the contract with the Russian firm is signed, it will build the plant.',
  ])('signs nothing: %s', (sentence) => {
    expect(claimKeysOf([sentence])).toEqual([]);
  });

  it('a signing told in the past still is one', () => {
    expect(claimKeysOf(['When the contract with the Russian firm was signed in May, the ministry published it.'])).toEqual(['investment/other/signed']);
  });
});

describe('signs put up', () => {
  it('are no signature', () => {
    expect(claimKeysOf(['Shops in Latakia that accept Russian Mir cards have put up signs saying so.'])).toEqual([]);
  });
});

describe('agreeing to the request', () => {
  it('is agreement to hand the man over', () => {
    const claims = claimsOf(['Syria asked Moscow in January to extradite former colonel Nabil Haddad.', "Russia's Prosecutor General's Office agreed to the Syrian request in May."], '2035-09-25T08:00:00Z');
    expect(claims.filter((claim) => claim.sentenceIndex === 2).map(keyOf)).toContain('extradition/other/agreed');
  });
});
