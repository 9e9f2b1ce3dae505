/**
 * Round 12 readings, each a class of wording: another outlet's account named after the clause's own,
 * what a statement leaves out, a decision taken, and words that name a place or a thing rather than a
 * sector or a thread. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf, claimsOf, mentionKeysOf as mentionsOf } from '../helpers/claim-keys';

describe('another account named after the clause', () => {
  it('"rejecting reports that …" after a position does not hedge the position', () => {
    expect(claimKeysOf(['The Russian Navy said its ships at Tartus were operating as normal, rejecting reports that Moscow had started to leave the port.'])).toEqual(['bases/tartus/retained']);
    expect(claimKeysOf(['Russian forces remain at Hmeimim despite rumours of a drawdown, the ministry said.'])).toEqual(['bases/hmeimim/retained']);
  });

  it('a report named before the cue still hedges it', () => {
    expect(claimKeysOf(['Reports that Russia had withdrawn its helicopters from Hmeimim were circulating on Monday.'])).toEqual([]);
  });

  it('a denial that names whose report it is denies what follows, not what comes before', () => {
    const sentences = ['The Russian company said its refinery contract in Syria stood, rejecting a Damascus daily report that the ministry had cancelled it.'];
    expect(claimKeysOf(sentences)).not.toContain('investment/energy/cancelled');
    expect(mentionsOf(sentences)).toContain('investment/energy/cancelled:denied');
  });
});

describe('what a statement leaves out', () => {
  it('is not what it says', () => {
    expect(claimKeysOf(['The ministry statement did not mention the frigate that a local site said had left Tartus on Sunday.'])).toEqual([]);
    expect(claimKeysOf(['The Kremlin made no mention of the reported transfer of Russian jets out of Hmeimim.'])).toEqual([]);
    expect(claimKeysOf(['Moscow said nothing about the Syrian request to extradite the former general.'])).toEqual([]);
  });

  it('what it says beside the omission stands', () => {
    expect(claimKeysOf(['Russia has moved two frigates out of Tartus, the ministry said.'])).toEqual(['bases/tartus/reduced']);
  });
});

describe('a decision to hand someone over', () => {
  it('is agreement', () => {
    expect(claimKeysOf(["Russia's prosecutors have decided to extradite a former Syrian colonel to Damascus, the office said on Monday."])).toEqual(['extradition/other/agreed']);
    expect(claimKeysOf(['"A decision has been taken to satisfy the Syrian request for the extradition of the former colonel," the Russian prosecutors said.'])).toEqual(['extradition/other/agreed']);
  });

  it('not taken, it is not', () => {
    expect(claimKeysOf(['Russia has not decided whether to extradite the former Syrian colonel, the office said.'])).not.toContain('extradition/other/agreed');
  });
});

describe('a word that names a place or a thing, not a deal', () => {
  it('a highway along which forces work, travel by road, mines cleared: no transport or mining deal', () => {
    expect(claimKeysOf(['Russian sappers deployed to Maarat al-Numan on Monday to clear mines along the M5 highway, the Defence Ministry said.'])).toEqual(['bases/other/expanded']);
    expect(claimKeysOf(['The Russian engineers reached the town by road on Sunday and began work, a Syrian officer said.'])).toEqual([]);
  });

  it('a bank guarantee is a contract\'s security, not a financing deal', () => {
    const keys = claimKeysOf(['The Syrian oil ministry cancelled the Russian refinery contract because the contractor did not provide a bank guarantee in time.']);
    expect(keys).toContain('investment/energy/cancelled');
    expect(keys).not.toContain('investment/finance/cancelled');
  });

  it('a ferry line is a transport deal', () => {
    expect(claimKeysOf(['Syria and Russia signed an agreement on Tuesday to open a ferry line between Latakia and Novorossiysk.'])).toEqual(['investment/transport/signed']);
    expect(claimsOf(['Syria and Russia signed an agreement on Tuesday to open a ferry line.'], '2026-03-10T00:00:00Z', 'Syria and Russia sign ferry accord')[0]?.aside).toBeUndefined();
  });

  it('a deployment in the headline puts the bases in it', () => {
    const [claim] = claimsOf(['Russia has deployed about a hundred sappers to Khan Shaykhun, the Defence Ministry said.'], '2026-03-10T00:00:00Z', 'Russian sappers deploy to Idlib town');
    expect(claim?.thread).toBe('bases');
    expect(claim?.aside).toBeUndefined();
  });
});

describe('leave to act, a date set, a document that provides for something: not the act', () => {
  it.each<string>([
    'The economy ministry is authorised to sign a wheat contract with a Russian exporter.',
    'Russia and Syria are due to sign an agreement on the Hmeimim air base next month, officials said.',
    'The Russian grain memorandum foresees deliveries of up to a million tonnes of wheat over the year.',
  ])('%s', (sentence) => {
    expect(claimKeysOf([sentence])).toEqual([]);
  });
});

describe('what a word names in its phrase', () => {
  it('a credit is finance, whatever it pays for', () => {
    expect(claimKeysOf(['Moscow is ready to discuss Russian financing for grain purchases, the ministry said.'])).toEqual(['investment/finance/proposed']);
    expect(claimKeysOf(['Russia was studying Syria\'s requests for a loan, the Russian trade representative in Damascus said.'])).toEqual(['investment/finance/proposed']);
  });

  it('a silo at a port is a port deal; a turbine, energy; a bus, transport', () => {
    expect(claimKeysOf(['A Russian trader has proposed building a grain silo at Tartus port.'])).toEqual(['investment/port/proposed']);
    expect(claimKeysOf(['A Russian firm and the Syrian ministry signed a memorandum on servicing gas turbines.'])).toEqual(['investment/energy/signed']);
    expect(claimKeysOf(['The first Russian buses ordered by Damascus entered service on Monday.'])).toEqual(['investment/transport/implemented']);
    expect(claimKeysOf(['Russian engineers returned Unit 2 of the power plant to service last week.'])).toEqual(['investment/energy/implemented']);
  });

  it('scrap the noun is no cancellation; a city as a landmark is not the base', () => {
    expect(claimKeysOf(['The tanks of the old Russian fuel depot were sold for scrap.'])).toEqual([]);
    expect(claimKeysOf(['The boat with Russian crew left the coast north of Tartus on Sunday.'])).toEqual([]);
  });

  it('new hangars going up at a base are an expansion', () => {
    expect(claimKeysOf(['Satellite images show Russia building two new hangars at Hmeimim.'])).toEqual(['bases/hmeimim/expanded']);
  });

  it('an outsider that underbid Russia took its deal', () => {
    expect(claimKeysOf(['The wheat contract went to a Romanian supplier that underbid Russian exporters.'], '2026-01-27T12:00:00Z')).toEqual(['investment/trade/cancelled']);
  });
});

describe('who a pronoun is', () => {
  it('"he said" is the speaker, not the subject referred back to', () => {
    const sentences = ['Russia has refused to extradite Bashar al-Assad.', 'He said Russia was studying Syria\'s requests for a wheat loan.'];
    expect(claimKeysOf(sentences)).not.toContain('extradition/assad/under_consideration');
  });

  it('"the other files" are not the one just named', () => {
    const sentences = ['Syria has asked Russia to extradite Bashar al-Assad.', 'Russian prosecutors are examining two of the other files.'];
    expect(claimKeysOf(sentences)).not.toContain('extradition/assad/under_consideration');
  });
});

describe('more words for the same statuses', () => {
  it.each<[string, string]>([
    ["Russia's remaining forces are now concentrated at the Hmeimim air base, the ministry said.", 'bases/hmeimim/retained'],
    ['The Russian naval group at Tartus has been thinned over the winter, port workers said.', 'bases/tartus/reduced'],
    ['Syrian and Russian officials are talking about the Hmeimim air base, the ministry said.', 'bases/hmeimim/negotiating'],
    ['The two defence ministries have exchanged a second draft of a text on the Tartus naval facility.', 'bases/tartus/negotiating'],
    ['A Russian firm has offered to supply passenger carriages to Syria.', 'investment/transport/proposed'],
    ['Russian engineers have been restoring the Syrian power station since March, the ministry said.', 'investment/energy/implemented'],
  ])('%s', (sentence, key) => {
    expect(claimKeysOf([sentence])).toContain(key);
  });
});

describe('round 12, from two more training timelines', () => {
  it('a share of the force withdrawn is a drawdown', () => {
    expect(claimKeysOf(['Russia has withdrawn about half of its troops from the Tabqa airstrip, the ministry said.'])).toEqual(['bases/other/reduced']);
  });

  it('the date of what an event ends is not the event\'s', () => {
    expect(claimKeysOf(['The last Russian troops left the Tabqa airstrip on Sunday, ending a presence that began in 2019.'], '2026-03-10T00:00:00Z')).toEqual(['bases/other/withdrawn']);
  });

  it('a contact relative clause dates its noun ("the agreement Syria and Russia signed in March")', () => {
    const [claim] = claimsOf(['A ship unloaded 30,000 tonnes of Russian wheat at Tartus on Monday, the first cargo under the supply agreement Syria and Russia signed in January.'], '2026-03-10T00:00:00Z');
    expect(claim?.status).toBe('implemented');
    expect(claim?.recap).toBeUndefined();
  });

  it('a notice received is no delivery', () => {
    expect(claimKeysOf(['The Russian bank said it had received a notice from the Syrian ministry terminating its credit facility.'])).not.toContain('investment/finance/implemented');
  });

  it('an officer named by rank is another figure wanted', () => {
    const keys = claimKeysOf(['Russia is examining the request for the extradition of Colonel Samir Darwish, the prosecutors said.']);
    expect(keys).toContain('extradition/other/under_consideration');
    expect(keys.filter((key) => key.startsWith('extradition/assad'))).toEqual([]);
  });

  it('a ground-breaking names a deal in a headline', () => {
    const [claim] = claimsOf(['Work has begun on the Russian-built gas plant near Homs, the company said.'], '2026-03-10T00:00:00Z', 'Russian crews break ground at Homs plant');
    expect(claim?.thread).toBe('investment');
    expect(claim?.aside).toBeUndefined();
  });
});

describe('round 12, from a second training page batch', () => {
  it('a factbox heading that names a subject is what the line is about, not a speaker', () => {
    const sentences = ['TARTUS: Russia keeps its naval facility under the 2017 agreement.', 'QAMISHLI: Russian forces left the air base on 24 February and handed it to the Syrian army.'];
    expect(claimKeysOf(sentences, '2026-03-10T00:00:00Z')).toContain('bases/other/withdrawn');
    expect(claimKeysOf(sentences, '2026-03-10T00:00:00Z')).not.toContain('bases/tartus/withdrawn');
  });

  it('a named speaker\'s lead is still cut', () => {
    expect(claimKeysOf(['Peskov: Our forces remain at Hmeimim.'])).toEqual(['bases/hmeimim/retained']);
  });

  it('what someone read in the press is hearsay', () => {
    expect(claimKeysOf(['We have read in the press that a Russian firm has offered to build a grain terminal in the port of Latakia.'])).toEqual([]);
    expect(claimKeysOf(['A Russian firm has offered to build a grain terminal in the port of Latakia.'])).toEqual(['investment/port/proposed']);
  });

  it('a berth in a port is a port deal', () => {
    expect(claimKeysOf(['A Russian trader has proposed building a grain berth in the port of Latakia.'])).toEqual(['investment/port/proposed']);
  });

  it('a source who asked not to be named asks for nothing', () => {
    const sentences = ['Russian prosecutors are examining the case of a former Syrian colonel.', 'He asked not to be named because he was not authorised to speak.'];
    expect(claimKeysOf(sentences)).not.toContain('extradition/other/requested');
  });
});

describe('round 12, more words from pages13', () => {
  it.each<[string, string]>([
    ['Moscow and Damascus continue to haggle over the Hmeimim air base.', 'bases/hmeimim/negotiating'],
    ['Hmeimim remains a Russian base, the ministry said.', 'bases/hmeimim/retained'],
    ['Russian military police patrols near Quneitra have been cut to twice a week, residents said.', 'bases/other/reduced'],
    ['A Russian firm lost the offshore block to a Qatari group on Monday.', 'investment/energy/cancelled'],
    ['Scheduled flights between Moscow and Damascus resumed on Monday.', 'investment/transport/implemented'],
    ['A tanker discharged Russian diesel at Baniyas on Monday.', 'investment/trade/implemented'],
    ["A Russian bank's application to open a branch in Damascus is before the central bank.", 'investment/finance/proposed'],
  ])('%s', (sentence, key) => {
    expect(claimKeysOf([sentence], '2026-01-27T12:00:00Z')).toContain(key);
  });

  it('a bargaining chip is no bargaining', () => {
    expect(claimKeysOf(['Damascus treats the Russian bases at Tartus and Hmeimim as a bargaining chip.'])).not.toContain('bases/tartus/negotiating');
  });
});
