/**
 * Round 8: whose forces. Another army leaving, another power talking about a base, a neighbour
 * handing over wanted men are that party's news, not the tracked side's, even in an article about
 * Russia. Sentences written for this test, each a class of wording.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import type { Storyline } from '../../shared/storyline/types';
import { claimKeysOf, type ClaimKey } from '../helpers/claim-keys';

describe('a clause about another party and not Russia is not a claim', () => {
  it.each<string>([
    'US forces withdrew from two bases in north-eastern Syria this year.',
    'The talks are meant to agree on the withdrawal of Israeli forces from the south.',
    'Turkey is in talks with Damascus to deploy forces at the Tiyas airbase near Palmyra.',
    'Syrian government forces deployed to Quneitra on Monday.',
    'Lebanon handed over three former officers of the Assad government to Damascus on Tuesday.',
    'Israeli troops remain in the buffer zone in the south.',
  ])('%s', (sentence) => {
    expect(claimKeysOf([sentence])).toEqual([]);
  });
});

describe('naming Russia in the same clause keeps the reading', () => {
  it.each<[string, ClaimKey]>([
    ['Russian military police left Quneitra after handing their posts to Syrian army units.', 'bases/other/withdrawn'],
    ['Russia and Turkey are both in talks with Damascus over the future of the Hmeimim air base.', 'bases/hmeimim/negotiating'],
    ['Moscow handed over two former Syrian officers to Damascus, the Justice Ministry said.', 'extradition/other/handed_over'],
  ])('%s', (sentence, key) => {
    expect(claimKeysOf([sentence])).toContain(key);
  });
});

describe('outsiders are storyline data', () => {
  it('a storyline without outsiders reads the same clause as a claim', () => {
    const withoutOutsiders: Storyline = { ...SYRIA_RUSSIA, outsiders: undefined };
    const read = (storyline: Storyline) =>
      extractClaims({ sentences: ['Syria and Russia', 'US forces withdrew from two bases in north-eastern Syria this year.'], headlineIndex: 0, publishedAt: '2026-03-10T00:00:00Z' }, storyline).claims.map(
        (claim) => `${claim.thread}/${claim.subject}/${claim.status}`,
      );
    expect(read(withoutOutsiders)).toContain('bases/other/withdrawn');
    expect(read(SYRIA_RUSSIA)).toEqual([]);
  });
});

describe("a deal that goes to an outsider, passing over Russia's bid, is Russia's deal cancelled", () => {
  it.each<[string, ClaimKey]>([
    ["Syria's Energy Ministry has awarded the Baniyas refinery contract to a Turkish-led consortium, passing over a rival offer from a Russian firm, tabled during a visit in November.", 'investment/energy/cancelled'],
    ['The port operator awarded the grain terminal to an Emirati company instead of the Russian bidder on Monday.', 'investment/port/cancelled'],
    // The decision is taken: the future is the outsider's work, not the loss.
    ["Syria's central bank said on Tuesday that its new banknotes would be printed by an Emirati company rather than by Russia's state printer.", 'investment/finance/cancelled'],
  ])('%s', (sentence, key) => {
    expect(claimKeysOf([sentence], '2026-01-27T12:00:00Z')).toEqual([key]);
  });

  it('a loss names its loser after the word that says it lost: "ahead of the season" is a time', () => {
    // Round 12: an outsider and Russia in one clause with a temporal "ahead of" / "rather than" comparing something else.
    expect(claimKeysOf(['Russian fertiliser exports rose again last month, squeezing Egyptian producers ahead of the planting season.'], '2026-01-27T12:00:00Z')).toEqual([]);
    expect(claimKeysOf(['Russian grain exporters now ship more to Syria than Turkish mills do, traders said, rather than waiting for a tender.'], '2026-01-27T12:00:00Z')).toEqual([]);
  });

  it('naming both without saying the Russian bid lost is not a loss', () => {
    expect(claimKeysOf(['A Russian firm and a Turkish group won contracts to repair the Baniyas refinery on Monday.'], '2026-01-27T12:00:00Z')).not.toContain('investment/energy/cancelled');
  });
});
