/**
 * Round 11 readings, each a class of wording: what nobody has said, an event noun whose verb is a
 * future, a place a clause leaves out, a subject referred back to, refusals, work begun, hedges that
 * reach a whole sentence, places passed through. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimKeysOf, mentionKeysOf as mentionsOf } from '../helpers/claim-keys';

describe('what nobody has said', () => {
  it('is not said: the clause after "no official has confirmed that" is hedged', () => {
    const sentences = ['No Russian or Syrian official has confirmed that the former brigadier has been handed over.'];
    expect(claimKeysOf(sentences)).toEqual([]);
    expect(mentionsOf(sentences)).toEqual(['extradition/other/handed_over:hedged']);
    expect(claimKeysOf(['Nobody in Moscow has said that the wheat contract with Syria was signed.'])).toEqual([]);
  });

  it('an official who has said it still asserts it', () => {
    expect(claimKeysOf(['A Syrian official has confirmed that the former brigadier has been handed over by Russia.'])).toEqual(['extradition/other/handed_over']);
  });
});

describe('an event noun whose verb is a future', () => {
  it('is announced, not done', () => {
    expect(claimKeysOf(['Deliveries of the Russian wheat will be spread over six shipments, the Syrian trade ministry said.'])).toEqual([]);
    expect(claimKeysOf(['The first shipment of Russian fuel is expected to reach Baniyas next month, Syrian officials said.'])).toEqual([]);
  });

  it('that goes on, or that has begun, is under way', () => {
    expect(claimKeysOf(['Deliveries of Russian wheat to Syria will continue through the winter, the ministry said.'])).toEqual(['investment/trade/implemented']);
    expect(claimKeysOf(['Deliveries of Russian wheat to Syria began on Monday, the ministry said.'])).toEqual(['investment/trade/implemented']);
  });

  it('a verb that happened before a future in the same clause still happened', () => {
    expect(claimKeysOf(['Russia delivered 200,000 tonnes of wheat to Syria and will deliver more in May.'])).toEqual(['investment/trade/implemented']);
  });
});

describe('a place the clause leaves out', () => {
  it('is not what the clause is about', () => {
    expect(claimKeysOf(['Talks between Russia and Syria on the Tartus naval facility do not cover the Hmeimim air base, the ministry said.'])).toEqual(['bases/tartus/negotiating']);
    expect(claimKeysOf(['Russia will withdraw its remaining troops from every Syrian site except Hmeimim, the officials said.'])).not.toContain('bases/hmeimim/withdrawn');
  });

  it('is still what a later sentence refers back to', () => {
    const sentences = ['The Syrian statement on the Russian talks did not concern Hmeimim air base.', 'Russia reduced its forces at the base last month, Syrian officers said.'];
    expect(claimKeysOf(sentences)).toContain('bases/hmeimim/reduced');
  });
});

describe('a body that meets', () => {
  it('"commission" is an intergovernmental body, not a plant commissioned', () => {
    expect(claimKeysOf(['Russia extends credit to Syria at the intergovernmental commission in Damascus'])).not.toContain('investment/finance/implemented');
    expect(claimKeysOf(['The Russian-built unit of the Tishreen power plant in Syria was commissioned on Monday.'])).toEqual(['investment/energy/implemented']);
  });

  it('an official who arrives is a visit, not a delivery', () => {
    expect(claimKeysOf(['Russian deputy PM arrives in Damascus with Syria credit offer'])).toEqual(['investment/finance/proposed']);
  });
});

describe('a clause that names nothing', () => {
  it('goes on about the one subject the sentence before named', () => {
    const sentences = ['Russian engineers arrived in Damascus for talks on rehabilitating the Jbeisa gas field, Syria said.', 'The ministry said the two sides were discussing a long-term service contract for the Russian firm.'];
    expect(claimKeysOf(sentences)).toEqual(['investment/energy/proposed']);
  });

  it('unless it says it speaks of another', () => {
    const sentences = ['Russian engineers began work at the Jbeisa gas field in Syria on Monday.', 'Another Russian contract, for a cement works, was terminated by Damascus last week.'];
    expect(claimKeysOf(sentences)).toContain('investment/other/cancelled');
  });
});

describe('a site referred back to', () => {
  it('is that site, not the bases in general, and a denial before it leaves it open', () => {
    const sentences = ['The Russian Defence Ministry dismissed reports that its forces had left the Shayrat air base in Syria, saying the aviation group stationed there continues to carry out its tasks.'];
    expect(claimKeysOf(sentences)).toEqual(['bases/other/retained']);
  });
});

describe('who is wanted', () => {
  it('a former officer is named by a long title too', () => {
    expect(claimKeysOf(["Russia's Prosecutor General's Office said it had decided to grant Syria's request for the extradition of a former Syrian Air Force Intelligence officer."])).toContain('extradition/other/agreed');
  });

  it('"it" in the next sentence is the request', () => {
    const sentences = ['Zakharova: The request of the Syrian side for the former colonel has been received from Syria.', 'It is being studied by the competent Russian authorities.'];
    expect(claimKeysOf(sentences)).toContain('extradition/other/under_consideration');
  });
});

describe('work as the subject', () => {
  it('"work has started at the field" is under way', () => {
    expect(claimKeysOf(["Work has started at Syria's Jbeisa gas field, the Russian contractor said on Tuesday."])).toEqual(['investment/energy/implemented']);
  });
});

describe('a social-media source spoken of again', () => {
  it('what the sentence reports it reports from there, in any clause', () => {
    const sentences = ["According to the channel, which has many subscribers, the new document reduces the area of Russia's Tartus naval point by a third."];
    expect(claimKeysOf(sentences)).toEqual([]);
  });
});

describe('a refusal of the former president', () => {
  it('is on the thread however long the name between "return" and "to Syria"', () => {
    expect(claimKeysOf(['Russia has refused to return former president Bashar al-Assad to Syria.'])).toEqual(['extradition/assad/refused']);
  });

  it('"will not be extradited" is the refusal, not a denied handover', () => {
    expect(claimKeysOf(['Peskov said Bashar al-Assad will not be extradited to Syria.'])).toEqual(['extradition/assad/refused']);
  });

  it('"the question is closed" in an answer refers to what was asked', () => {
    const sentences = ['Question: And Bashar al-Assad? Damascus keeps raising his extradition with Russia.', 'Zakharova: The question is closed.'];
    expect(claimKeysOf(sentences)).toContain('extradition/assad/refused');
  });

  it('"has said no" and "not up for discussion" refuse too', () => {
    expect(claimKeysOf(['Moscow has said no to the extradition of Bashar al-Assad more than once, the Syrian minister said.'])).toContain('extradition/assad/refused');
    expect(claimKeysOf(["The Kremlin said Bashar al-Assad's asylum in Russia is not up for discussion."])).toContain('extradition/assad/refused');
  });
});

describe('a denial that names no cue of its own', () => {
  it('"no agreement with the bank had been signed" negates however long the subject', () => {
    const sentences = ["Syria's central bank governor said on Monday that no credit agreement with Russia's Volga Bank had been signed."];
    expect(claimKeysOf(sentences)).toEqual([]);
    expect(mentionsOf(sentences)).toContain('investment/finance/signed:denied');
  });

  it('what a speaker contradicts is denied', () => {
    const sentences = ["The Syrian governor spoke on Monday, contradicting a local business newspaper's report that a Russian credit agreement had been signed in Moscow."];
    expect(claimKeysOf(sentences)).toEqual([]);
  });
});

describe('signing, and what only looks like it', () => {
  it('"rebuild signalling" does not void a signing in the same clause', () => {
    expect(claimKeysOf(['Russian Rail Systems and Syrian Railways sign a 154 million euro contract to rebuild signalling on the Homs line.'])).toEqual(['investment/transport/signed']);
  });

  it('"significant" is not a signing', () => {
    expect(claimKeysOf(['The Russian railway contract in Syria is significant for the port of Tartus, officials said.'])).not.toContain('investment/transport/signed');
  });

  it('a memorandum on sport and youth is no economic deal', () => {
    expect(claimKeysOf(['Russia and Syria also signed a memorandum on cooperation in sport and youth affairs.'])).toEqual([]);
  });

  it('a live blog entry that says "we first wrote that … was signed" retracts it', () => {
    expect(claimKeysOf(['13:10 - Correction: we first wrote that an extension of the Russian wheat contract with Syria was also signed.'])).toEqual([]);
  });
});

describe('a drawdown and work begun, in other words', () => {
  it('a helicopter detachment flown out of an airstrip is a drawdown of another site', () => {
    expect(claimKeysOf(['Russia has flown most of its helicopter detachment out of an airstrip east of Homs, Syrian officials said.'])).toEqual(['bases/other/reduced']);
  });

  it('engineers who began dismantling a turbine have begun the work', () => {
    expect(claimKeysOf(["Engineers from Russia's Ladoga Power began dismantling the damaged turbine at Syria's Wadi Sabra power station on Thursday."])).toEqual(['investment/energy/implemented']);
  });
});

describe('places passed through, left for, and conditions set apart', () => {
  it('a place passed through on the way home is not left', () => {
    expect(claimKeysOf(['The departing Russian troops passed through Hmeimim on their way home.'])).not.toContain('bases/hmeimim/withdrawn');
  });

  it('forces that leave one base for another go to the second', () => {
    expect(claimKeysOf(['Russian troops and air defences leave Tartus for Hmeimim, Syrian officials said.'])).not.toContain('bases/hmeimim/withdrawn');
  });

  it('"If true," hedges the whole sentence', () => {
    expect(claimKeysOf(['If true, the departure of the Russian fighter jets would leave only helicopters at Hmeimim.'])).toEqual([]);
  });

  it('a court that rejects the wanted man\'s appeal refuses nothing', () => {
    expect(claimKeysOf(['A Moscow court on Friday rejected an appeal by a former Syrian colonel against his extradition to Syria.'])).not.toContain('extradition/other/refused');
  });
});

describe('an agreement dated between its verb and what was agreed', () => {
  it('"agreed on Monday to extradite" agrees', () => {
    expect(claimKeysOf(['Russia agreed on Monday to extradite a former Syrian intelligence officer, his lawyer said.'])).toContain('extradition/other/agreed');
  });
});

describe('money credited, reports relayed, and a side ruled out', () => {
  it('a tranche credited to an account is under way', () => {
    expect(claimKeysOf(["The first tranche of the Russian credit line was credited to a Syrian bank's account in Moscow last Monday, the deputy governor said."])).toContain('investment/finance/implemented');
  });

  it('"there were reports this spring that … had been cancelled" is hedged', () => {
    expect(claimKeysOf(['There were reports this spring that a Russian contract to print Syrian banknotes had been cancelled.'])).toEqual([]);
  });

  it('"but not a Russian one" leaves an outsider\'s signing to the outsider', () => {
    expect(claimKeysOf(["A signing on the side stage, but not a Russian one: Syria's cement company and China's Hengda have signed a memorandum on a cement plant."])).toEqual([]);
  });
});
