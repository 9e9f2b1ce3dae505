/**
 * Round 8 readings from the training timelines, each a class of wording: when an event is dated,
 * which verb a clause is about, whose turn asks. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findDates, isDatedNow, readTimeFrame } from '../../shared/claims/time-frame';
import { claimKeysOf, claimsOf, keyOf, type ClaimKey } from '../helpers/claim-keys';

const PUBLISHED = '2026-04-28T06:00:00Z';
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('dates', () => {
  it('a month is its end when the text says so, its start when it says early', () => {
    expect(findDates('the ships had sailed by the end of march', new Date(PUBLISHED)).map(day)).toEqual(['2026-03-28']);
    expect(findDates('in late march the ships sailed', new Date(PUBLISHED)).map(day)).toEqual(['2026-03-28']);
    expect(findDates('in early april the ships sailed', new Date(PUBLISHED)).map(day)).toEqual(['2026-04-03']);
    expect(findDates('in march the ships sailed', new Date(PUBLISHED)).map(day)).toEqual(['2026-03-15']);
  });

  it('a span counted back from the article dates its event', () => {
    expect(findDates('the ships left three weeks ago', new Date(PUBLISHED)).map(day)).toEqual(['2026-04-07']);
    expect(findDates('three weeks after port workers said the russians had left', new Date(PUBLISHED)).map(day)).toEqual(['2026-04-07']);
    // "After" in mid-clause counts from another event, not from today.
    expect(findDates('the first cargo arrived two weeks after the signing', new Date(PUBLISHED))).toEqual([]);
  });

  it('an event three weeks old or more is a recap; a few days old is news', () => {
    expect(readTimeFrame('the ships left three weeks ago', PUBLISHED, 'event', false)).toBe('recap');
    expect(readTimeFrame('the ships left two days ago', PUBLISHED, 'event', false)).toBe('current');
    expect(readTimeFrame('the last ships had sailed from tartus by the end of april', '2026-05-04T06:00:00Z', 'event', true)).toBe('current');
  });

  it("a relative clause's pluperfect before the cue tells the noun's story, not when the event happened", () => {
    expect(readTimeFrame('six of the eight helicopters that had been parked on the apron since the spring are no longer there', PUBLISHED, 'event', false, { index: 84, length: 9 })).toBe('current');
    // The clause's own pluperfect still retells.
    expect(readTimeFrame('six helicopters had left the base', PUBLISHED, 'event', false, { index: 20, length: 4 })).toBe('recap');
  });

  it('a count with "most" pulls part of a force out, however long the list of what it moved', () => {
    expect(claimKeysOf(['Russia has pulled most of its helicopters and about half of its personnel out of Tartus, the officers said.'])).toEqual(['bases/tartus/reduced']);
  });

  it('words said a week or more before the article are retold, whatever they report', () => {
    const published = '2028-10-10T08:00:00Z';
    expect(readTimeFrame('the minister said in an interview on september 27 that the request was being examined', published, 'standing', true)).toBe('recap');
    expect(readTimeFrame('the minister said on october 8 that the request was being examined', published, 'standing', true)).toBe('current');
    // A date after "that" dates what was said, not the saying: an event's own three weeks decide.
    expect(readTimeFrame('the minister said that the ships left on october 1', published, 'event', true)).toBe('current');
  });

  it('a possessive date dates the noun it owns, not the event', () => {
    expect(readTimeFrame("the first cargo under february's wheat contract was unloaded at latakia on sunday", PUBLISHED, 'event', false, { index: 52, length: 8 })).toBe('current');
    expect(readTimeFrame('the first cargo was unloaded at latakia in february', PUBLISHED, 'event', false, { index: 20, length: 8 })).toBe('recap');
  });

  it('a clause dated this week stays so when a noun in it carries an older date', () => {
    const clause = 'on wednesday, the finance ministers signed the credit agreement that had been under discussion since 2025';
    expect(isDatedNow(clause, '2027-10-15T08:00:00Z', { index: clause.indexOf('signed'), length: 6 })).toBe(true);
    expect(isDatedNow('on 2 september the finance ministers signed the credit agreement', '2027-10-15T08:00:00Z')).toBe(false);
  });

  it("the date of a wanted man's crime is not the date of the decision on him", () => {
    const sentence = "Russia's Prosecutor General's Office has refused a Syrian request to extradite a former general accused of ordering the shelling of Homs in 2012, the office said on Thursday.";
    expect(claimKeysOf([sentence], '2026-09-03T12:00:00Z')).toContain('extradition/other/refused');
  });
});

describe('the verb a clause is about', () => {
  it.each<[string, ClaimKey, ClaimKey]>([
    ['The request for the extradition of the former general has been refused, the prosecutor said.', 'extradition/other/refused', 'extradition/other/requested'],
    ['The proposal for a new power plant in Homs was formally signed on Monday.', 'investment/energy/signed', 'investment/energy/proposed'],
  ])('a passive verb over the noun that is its subject: %s', (sentence, expected, notExpected) => {
    const keys = claimKeysOf([sentence]);
    expect(keys).toContain(expected);
    expect(keys).not.toContain(notExpected);
  });

  it('a predicate beats the noun that is its subject, and a complementiser is no determiner', () => {
    const claims = claimsOf(['Asked about the case, the spokeswoman said no final decision had been taken and that the extradition request for the former general "remains under examination".'], PUBLISHED);
    // The clause's first status is what it announces; the request it names is a further position beside it.
    expect(claims.filter((claim) => !claim.secondary).map(keyOf)).toEqual(['extradition/other/under_consideration']);
    expect(claimKeysOf(['The deputy minister said on Monday that Moscow would not hand over Bashar al-Assad, hours after a spokeswoman said a new Syrian request was being examined.'])).toContain('extradition/assad/refused');
  });

  it("a reporting verb after a comma opens its own clause: what follows it is about what it names", () => {
    expect(claimKeysOf(["Lavrov rules out handing Assad to Syria, says ex-officers' cases under study"])).toEqual(['extradition/other/under_consideration']);
  });

  it('a request that is the object is still the request', () => {
    expect(claimKeysOf(['Syria filed a new request for the extradition of a former general on Monday.'])).toContain('extradition/other/requested');
  });
});

describe("a TV anchor's premise is nobody's claim; the guest's answer is", () => {
  it('reads the turns', () => {
    const claims = claimsOf(
      [
        'ANCHOR: Minister, earlier this month port workers said the Russian navy had left Tartus.',
        'MINISTER: Those reports were wrong. The Russian logistics point in Tartus remains.',
      ],
      PUBLISHED,
      'Syria and Russia: the minister on television',
    ).map(keyOf);
    expect(claims).not.toContain('bases/tartus/withdrawn');
    expect(claims).toContain('bases/tartus/retained');
  });
});

describe('staying and leaving', () => {
  it.each<[string[], ClaimKey]>([
    [['Russian jets still fly from the Hmeimim air base.', 'The presence there continues as before, the minister said.'], 'bases/hmeimim/retained'],
    [['At the Hmeimim air base, nothing has changed, a resident said.'], 'bases/hmeimim/retained'],
  ])('%s', (sentences, key) => {
    expect(claimKeysOf(sentences)).toContain(key);
  });

  it.each<string>([
    'The Russian naval base at Tartus remains closed to visitors.',
    'The crews of the fighter jets have returned to their permanent bases, the Russian ministry said.',
  ])('no presence gained or kept: %s', (sentence) => {
    const keys = claimKeysOf([sentence]);
    expect(keys.filter((key) => key.endsWith('/retained') || key.endsWith('/expanded'))).toEqual([]);
  });
});

describe('whole words: a power plant is no plan, Denis denies nothing', () => {
  it.each<[string, ClaimKey]>([
    ['A Russian firm completed the new power plant in Homs last week, the ministry said.', 'investment/energy/implemented'],
    ['Russian Deputy Prime Minister Denis Manturov and Syrian officials signed a contract for a new power plant in Homs on Monday.', 'investment/energy/signed'],
    ['A considerable number of Russian troops withdrew from Qamishli on Monday.', 'bases/other/withdrawn'],
  ])('%s', (sentence, key) => {
    expect(claimKeysOf([sentence])).toContain(key);
  });
});

describe('what the headline says, the body spells out', () => {
  it("marks the body's claim of the headline's status `headlined`, and drops the headline's repeat", () => {
    const claims = claimsOf(
      [
        'Syria Now live blog | all times Damascus',
        "13:15 - That's all from us for now.",
        '11:50 - Kremlin spokesman Dmitry Peskov, asked on his daily call about the extradition, said the position on other matters was unchanged.',
        "09:20 - Syria's Justice Ministry says the former deputy director of the prison arrived aboard a Russian government plane and was handed over to the Syrian authorities on the tarmac.",
      ],
      '2026-05-06T13:00:00Z',
      'LIVE: Former prison official extradited from Russia to Syria',
    );
    expect(claims.map((claim) => [claim.sentenceIndex, keyOf(claim), claim.headlined ?? false])).toEqual([
      [4, 'extradition/other/handed_over', true],
    ]);
  });
});

describe('a relocation draws down the place left; a deployment from a hub does not', () => {
  it.each<[string, ClaimKey[]]>([
    ['Russia has pulled its helicopter detachment and about 120 troops out of the Kuweires air base and moved them to the Hmeimim air base, the ministry said.', ['bases/hmeimim/expanded', 'bases/other/reduced']],
    ['Most of the Russian troops from Qamishli were redeployed to Hmeimim on Monday.', ['bases/hmeimim/expanded', 'bases/other/reduced']],
  ])('%s', (sentence, keys) => {
    expect(claimKeysOf([sentence])).toEqual(keys);
  });

  it('forces redeployed to a place new to them expand the presence there; relocated somewhere unnamed, they draw down', () => {
    expect(claimKeysOf(['Russia redeploys military police to Quneitra as Moscow rebuilds its southern role'])).toEqual(['bases/other/expanded']);
    expect(claimKeysOf(['Russia has relocated some of its helicopters from Qamishli.'])).toEqual(['bases/other/reduced']);
  });

  it('troops brought in from Hmeimim to a new post leave Hmeimim as it was', () => {
    expect(claimKeysOf(['Russian military police were brought in to Quneitra from the Hmeimim air base on Monday.'])).not.toContain('bases/hmeimim/reduced');
  });
});

describe('a number inside a dated noun', () => {
  it('"a 200,000-tonne contract signed last month" dates the contract, not the delivery', () => {
    const claims = claimsOf(['A bulk carrier began unloading Russian wheat at Latakia port on Monday, the first delivery under a 200,000-tonne contract signed last month.'], PUBLISHED);
    expect(claims.map((claim) => [keyOf(claim), claim.recap ?? false])).toEqual([['investment/trade/implemented', false]]);
  });
});

describe('an intention not to act is a decision', () => {
  it('"would not hand over" is a refusal; "would hand over" only a plan', () => {
    expect(claimKeysOf(['The deputy minister said Moscow would not hand over Bashar al-Assad to Syria.'])).toEqual(['extradition/assad/refused']);
    expect(claimKeysOf(['The deputy minister said Moscow would hand over Bashar al-Assad to Syria next year.'])).not.toContain('extradition/assad/handed_over');
  });
});

describe('news that ends a long process is news', () => {
  it('"ending more than a year of negotiations" does not make a signing a look-back', () => {
    const claims = claimsOf(
      [
        "Russia and Syria signed an agreement on Wednesday governing Russia's use of the Hmeimim air base for 25 years, ending more than a year of negotiations.",
      ],
      '2027-09-08T14:00:00Z',
      'Russia and Syria sign 25-year agreement on Hmeimim air base',
    );
    expect(claims.filter((claim) => !claim.secondary).map(keyOf)).toEqual(['bases/hmeimim/agreement_signed']);
  });

  it('"a contract signed by the two sides in June" dates the contract, not the first cargo', () => {
    const claims = claimsOf(['A bulk carrier loaded with Russian wheat docked at Latakia port on Thursday, the first shipment under a supply contract signed by Syria and a Russian exporter in June.'], '2027-08-26T09:00:00Z');
    expect(claims.map((claim) => [keyOf(claim), claim.recap ?? false])).toEqual([['investment/trade/implemented', false]]);
  });
});

describe('who the request is for', () => {
  it.each<[string, ClaimKey | null]>([
    ['Russia has refused a Syrian request to extradite a businessman who managed investments for the family of former president Bashar al-Assad, the ministry said on Tuesday.', 'extradition/other/refused'],
    // Nobody the storyline knows: no claim, and none about Assad.
    ['It is the first time Moscow has publicly refused a Syrian extradition request for a figure other than Bashar al-Assad.', null],
    ["The Syrian Petroleum Company signed a contract on Friday with a Russian firm to rehabilitate the al-Omar oilfield, once Syria's largest.", 'investment/energy/signed'],
  ])('%s', (sentence, key) => {
    const claims = claimsOf([sentence], '2027-09-21T12:00:00Z');
    if (key) expect(claims.map((claim) => [keyOf(claim), claim.recap ?? false])).toContainEqual([key, false]);
    expect(claims.map((claim) => claim.subject)).not.toContain('assad');
  });
});

describe('an air services agreement is a transport deal', () => {
  it('the headline names the thread, so the lead announces', () => {
    const claims = claimsOf(
      [
        'Syria and Russia on Tuesday signed an air services agreement that clears the way for Aeroflot to resume flights.',
      ],
      '2027-08-31T12:00:00Z',
      'Aeroflot to return to Damascus after Syria and Russia sign air services agreement',
    );
    expect(claims.map((claim) => [keyOf(claim), claim.aside ?? false])).toContainEqual(['investment/transport/signed', false]);
  });
});

describe('a figure in a dated noun, a civil flight', () => {
  it('"the $1 billion Russian credit signed last month" dates the credit, not the tranche received', () => {
    const claims = claimsOf(["Syria's central bank said on Wednesday it had received the first $250 million tranche of the $1 billion Russian credit signed last month."], '2027-11-12T09:00:00Z');
    expect(claims.map((claim) => [keyOf(claim), claim.recap ?? false])).toContainEqual(['investment/finance/implemented', false]);
  });

  it('a direct passenger flight is transport', () => {
    expect(claimKeysOf(['The first direct Damascus-Moscow passenger flight in a year landed at Vnukovo airport on Monday, the Russian airline said.'])).toContain('investment/transport/implemented');
  });
});
