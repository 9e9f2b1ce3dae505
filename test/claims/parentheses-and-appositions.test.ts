/**
 * Round 13, from the training timelines qaryatayn-mahr-barakat-autumn-2033 and
 * tartus-dock-rostov-late-autumn-2033: what a sentence says in passing — an apposition after the
 * reporting verb, a relative clause between a noun and its verb, the kind of an aircraft — is not
 * what it reports; forces moved "to" a base after a long account of where they were kept still
 * reach it; printing works print money; an Austrian firm that replaced the Russian one is a loss. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf } from '../helpers/claim-keys';

describe('an apposition after the reporting verb', () => {
  it('signs nothing of what it names', () => {
    expect(claimKeysOf(['The transport ministry signed a contract with a Russian company on Tuesday to rebuild the railway to Latakia, the ministry said, a line officials call vital for moving wheat and phosphate.'])).toEqual(['investment/transport/signed']);
  });
});

describe('a relative clause between a noun and its verb', () => {
  it('neither splits the clause nor dates its event', () => {
    expect(claimKeysOf(['The contract with the Russian printing works, which was renewed in 2031, has been terminated, the central bank said.'], '2033-10-26T08:00:00Z')).toEqual(['investment/finance/cancelled']);
  });
});

describe('transport helicopters', () => {
  it('are aircraft of the air group, not a transport deal', () => {
    expect(claimKeysOf(['Six Mi-8 transport and Mi-35 attack helicopters took off from the desert airstrip and landed at Hmeimim on Monday.'])).not.toContain('investment/transport/implemented');
  });
});

describe('forces moved to a base', () => {
  it('reach it after a long account of where they were kept', () => {
    expect(claimKeysOf(['Russia has moved most of the helicopters it kept at an airstrip in the Homs desert to its Hmeimim air base on the coast.'])).toEqual(['bases/hmeimim/expanded']);
  });
});

describe('a printer of money from another country', () => {
  it('wins the deal a Russian printing works lost', () => {
    expect(claimKeysOf(['An Austrian firm has replaced the Russian printing works as the printer of the new banknotes, the central bank said.'])).toEqual(['investment/finance/cancelled']);
    // Only a third party's deal: the Russian side is not said to have lost anything.
    expect(claimKeysOf(['An Austrian firm will print the new banknotes, the central bank said.'])).toEqual([]);
  });
});
