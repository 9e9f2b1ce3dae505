/**
 * Round 6 readings, each a class of wording rather than a sentence: presence shown by the use of
 * one site, counts that fall, a party leaving a deal, a year that dates a noun rather than the
 * verb, and a description ("wanted for") that is no request. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { isNews } from '../../shared/digest/day-evidence';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { claimKeysOf, type ClaimKey } from '../helpers/claim-keys';

type Key = ClaimKey;
const keysOf = claimKeysOf;

describe('presence shown by the use of a named site', () => {
  it.each<[string, Key[]]>([
    ['Two Russian corvettes were moored at Tartus on Sunday, port staff said.', ['bases/tartus/retained']],
    ['Russian jets were still flying from Hmeimim this week, residents said.', ['bases/hmeimim/retained']],
    ['Russian helicopters continued as usual at Hmeimim on Friday, locals said.', ['bases/hmeimim/retained']],
  ])('%s', (sentence, keys) => {
    expect(keysOf([sentence])).toEqual(keys);
  });

  it('does not spread a single-site cue to every base when no site is named', () => {
    const keys = keysOf(['Several Russian naval vessels were berthed at the quay this week, dock workers said.']);
    expect(keys.filter((key) => key.startsWith('bases/'))).toEqual([]);
  });

  it('keeps the naval base named beside commercial satellite imagery (not the commercial port)', () => {
    expect(keysOf(['Only one Russian supply ship was moored at Tartus on Monday, according to commercial satellite imagery.'])).toContain('bases/tartus/retained');
  });
});

describe('counts that fall', () => {
  it.each<[string, Key]>([
    ['Russia has halved the number of its helicopters at Hmeimim, the monitor said.', 'bases/hmeimim/reduced'],
    ['The Russian contingent at Hmeimim has shrunk to about 400 soldiers, officials said.', 'bases/hmeimim/reduced'],
    ['Russian engineers have dismantled two radar stations at Hmeimim, the Syrian army said.', 'bases/hmeimim/reduced'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });
});

describe('a party leaving a deal, or the deal falling apart', () => {
  it.each<[string, Key]>([
    ['The Russian firm Tatneft has pulled out of a gas field project in Deir ez-Zor, the oil ministry said.', 'investment/energy/cancelled'],
    ['A Russian contractor walked away from the contract to repair the Aleppo railway on Tuesday, the ministry said.', 'investment/transport/cancelled'],
    ['A plan for Russia to ship 200,000 tonnes of wheat to Syria has fallen through over payment, traders said.', 'investment/trade/cancelled'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });

  it('does not read troops leaving an airport as a transport deal cancelled', () => {
    expect(keysOf(['Russian troops pulled out of Qamishli airport on Monday, the defence ministry said.'])).not.toContain('investment/transport/cancelled');
  });
});

describe('time', () => {
  it('a year before a noun dates the noun, not the handover', () => {
    expect(keysOf(['Russia has handed over a former Syrian intelligence officer wanted over the 2012 Houla massacre, the justice ministry said.'])).toContain('extradition/other/handed_over');
  });

  it('a year after a preposition still dates the clause', () => {
    expect(keysOf(['In 2019 Russia handed over a former Syrian officer to Damascus, the ministry said.'])).not.toContain('extradition/other/handed_over');
  });
});

describe('who is named', () => {
  it('a former official with words between "former" and the title is another regime figure', () => {
    expect(keysOf(['Moscow has agreed to hand over a former Syrian air force general, the foreign ministry said.'])).toContain('extradition/other/agreed');
  });

  it('"wanted for" describes the person: no request is read from it', () => {
    expect(keysOf(['A former Syrian prison chief wanted for torture was extradited from Russia on Monday, the justice ministry said.'])).toEqual(['extradition/other/handed_over']);
  });

  it('"the return of" Assad puts a demand on the extradition thread', () => {
    expect(keysOf(['Russia has turned down a new Syrian demand for the return of Bashar al-Assad, diplomats said.'])).toContain('extradition/assad/refused');
  });
});

describe('part of the whole leaving is a drawdown, the whole leaving a withdrawal', () => {
  it.each<[string, Key]>([
    ['Two Russian frigates left Tartus on Thursday, port workers said.', 'bases/tartus/reduced'],
    ['Some of the Russian helicopters have left Hmeimim, the monitor said.', 'bases/hmeimim/reduced'],
    ['A large part of the Russian contingent has left Hmeimim, officials said.', 'bases/hmeimim/reduced'],
    ['The last Russian ships left Tartus on Monday, the port authority said.', 'bases/tartus/withdrawn'],
    ['Russian troops left Qamishli on Tuesday, the Kurdish administration said.', 'bases/other/withdrawn'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });
});

describe('words that do not carry a status by themselves', () => {
  it('"closed" describes a session, not a closed question', () => {
    expect(keysOf(['Assad\'s handover was raised in a closed session of the talks, a Syrian source said.'])).not.toContain('extradition/assad/refused');
  });

  it('reconstruction of a power plant is an energy deal, not another deal besides', () => {
    const keys = keysOf(['Russian and Syrian officials signed a contract on Monday for the reconstruction of the Mhardeh power plant, the ministry said.']);
    expect(keys).toContain('investment/energy/signed');
    expect(keys).not.toContain('investment/other/signed');
  });
});

describe('two positions in one clause', () => {
  it('a site kept under arrangements being negotiated is both kept and under negotiation', () => {
    expect(keysOf(['Russian warships will be able to keep using Tartus under arrangements now being finalised, the ministry said.'])).toEqual(['bases/tartus/negotiating', 'bases/tartus/retained']);
  });

  it('never two events, nor two positions the state model calls incompatible', () => {
    const keys = keysOf(['Russia withdrew its last troops from Qamishli and kept its patrols near Tiyas, the monitor said.']);
    expect(keys.filter((key) => key.startsWith('bases/other/'))).toHaveLength(1);
  });
});

describe('a thread without a catch-all keeps its recent subject', () => {
  it('a request in the next sentence is for the person named before', () => {
    expect(keysOf(['Bashar al-Assad has had asylum in Moscow since December 2024.', 'Syria filed a new extradition request with Russia on Monday, the justice ministry said.'])).toContain('extradition/assad/requested');
  });

  it('but not when the sentence names someone else', () => {
    const keys = keysOf(['Bashar al-Assad has had asylum in Moscow since December 2024.', 'Syria filed an extradition request for a former Syrian army general on Monday, the ministry said.']);
    expect(keys).toContain('extradition/other/requested');
    expect(keys).not.toContain('extradition/assad/requested');
  });
});

describe('readings that corroborate but never announce', () => {
  // The headline speaks of the bases, so a claim on them is no aside.
  const claimsOf = (sentence: string) => extractClaims({ sentences: ['Syria and Russia on the Russian bases', sentence], headlineIndex: 0, publishedAt: '2026-03-10T00:00:00Z' }, SYRIA_RUSSIA).claims;

  it('a ship docked at a base shows it is kept, as a secondary claim the digest does not announce', () => {
    const [claim] = claimsOf('A Russian frigate docked at Tartus on Sunday, port staff said.');
    expect(claim).toMatchObject({ subject: 'tartus', status: 'retained', secondary: true });
    expect(isNews(claim!, { extraction: 'readability' })).toBe(false);
  });

  it('the second position of a clause is secondary, its first is news', () => {
    const claims = claimsOf('Russian warships will be able to keep using Tartus under arrangements now being finalised, the ministry said.');
    const first = claims.find((claim) => !claim.secondary);
    const second = claims.find((claim) => claim.secondary);
    expect(first && isNews(first, { extraction: 'readability' })).toBe(true);
    expect(second && isNews(second, { extraction: 'readability' })).toBe(false);
  });
});

describe('what a denial covers', () => {
  it('a denial that names its content denies what follows it, not the clause before', () => {
    expect(keysOf(['The defence ministry said the Hmeimim air base was operating normally, rejecting reports of a drawdown.'])).toEqual(['bases/hmeimim/retained']);
  });

  it('a denial of the whole report still covers the sentence', () => {
    expect(keysOf(['Reports that Russia has withdrawn its helicopters from Hmeimim are false, the ministry said.'])).toEqual([]);
  });
});

describe('forces moving between sites', () => {
  it('the place reached is expanded, the place left drawn down or left', () => {
    const keys = keysOf(['Russian military police left Qamishli airport on Monday and relocated to Hmeimim air base, the Kurdish administration said.']);
    expect(keys).toContain('bases/other/withdrawn');
    expect(keys).toContain('bases/hmeimim/expanded');
    expect(keys).not.toContain('bases/hmeimim/withdrawn');
  });

  it('helicopters flown out of a base are a drawdown there', () => {
    expect(keysOf(['Russia has flown four attack helicopters out of Hmeimim this week, the monitor said.'])).toContain('bases/hmeimim/reduced');
  });

  it('a site a unit "was stationed at" is where it was, not where it went', () => {
    expect(keysOf(['The Russian company that was stationed at the Qardaha post has left it, the ministry said.'])).toEqual(['bases/other/withdrawn']);
  });

  it('forces that "remain where they are" keep the named sites', () => {
    expect(keysOf(['For now the Russian forces remain where they are, at Hmeimim and at Tartus, the spokeswoman said.'])).toEqual(['bases/hmeimim/retained', 'bases/tartus/retained']);
  });
});

describe('deals under way', () => {
  it.each<[string, Key]>([
    ['Russian exporters are already supplying wheat to Syrian mills, the grain agency said.', 'investment/trade/implemented'],
    ['A Russian-led consortium has begun drilling at a gas field near Palmyra, the oil ministry said.', 'investment/energy/implemented'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });

  it('supplying oil products is trade, not an energy deal', () => {
    expect(keysOf(['Russian companies are supplying oil products to Syria, the ministry said.'])).not.toContain('investment/energy/implemented');
  });
});
