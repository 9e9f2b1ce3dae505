/**
 * Round 13: a port named as a route's end is a place, not the base of the same name; sailings and a
 * first crossing are transport; two phrases a subject ignores may overlap, and both hold. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf } from '../helpers/claim-keys';

describe('a route between two ports', () => {
  it.each([
    ['Syria and Russia signed an agreement on Tuesday to open a ferry line between Tartus and Novorossiysk.', ['investment/transport/signed']],
    ['The deal signed on Monday covers weekly sailings linking Tartous with Sochi.', ['investment/transport/signed']],
    ['A Russian operator signed a contract on Monday for a passenger service connecting Tartus to Sevastopol.', ['investment/transport/signed']],
  ])('names no base: %s', (sentence, keys) => {
    expect(claimKeysOf([sentence])).toEqual(keys);
  });

  it('still lets forces leave the base for another port', () => {
    expect(claimKeysOf(['Russia moved two frigates from Tartus to Novorossiysk last week.'])).toEqual(['bases/tartus/reduced']);
  });
});

describe('a crossing made', () => {
  it.each([
    'The Latakia–Novorossiysk ferry run by a Russian company made its first crossing on Friday.',
    'The new Russian container line between Latakia and Novorossiysk completed its maiden voyage on Friday.',
  ])('is transport under way: %s', (sentence) => {
    expect(claimKeysOf([sentence])).toEqual(['investment/transport/implemented']);
  });

  it('is not one only planned', () => {
    expect(claimKeysOf(['The first crossing of the Russian-run ferry from Latakia is planned for June.'])).toEqual([]);
  });
});

describe('two ignored phrases that overlap', () => {
  it('both hold: "near the airport road" names neither an airport nor a road deal', () => {
    expect(claimKeysOf(['Russian contractors began repairing a stretch near the airport road on Monday.'])).not.toContain('investment/transport/implemented');
    // Either phrase alone still leaves the other word named.
    expect(claimKeysOf(['Russian contractors began repairing the road near the airport on Monday.'])).toEqual(['investment/transport/implemented']);
  });
});
