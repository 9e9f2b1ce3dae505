/**
 * Round 13, from the training batch pages14: plain words for the stages of a request ("said yes",
 * "still thinking about it"), a question "closed" however it is named, a rank standing for the man
 * named before, forces "sent" from one site to another or gone "east to" one, ships "still
 * alongside", hangars finished; from its training timelines, a request said to be examined, and what
 * someone once said of a drawdown. Sentences written for this test.
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

  it('or settled', () => {
    expect(claimKeysOf(['The Kremlin spokesman said on Monday that the question of the former president was settled long ago.'])).toEqual(['extradition/assad/refused']);
  });
});

describe('a rank standing for the man named before', () => {
  it('is the wanted man the headline named, sentences later', () => {
    const claims = claimsOf(
      ['Families in Hama spent the day in cafés.', 'Few of them talked about anything else.', 'Lawyers said the court’s decision to approve the general’s extradition was a surprise.'],
      '2034-05-22T08:00:00Z',
      'Moscow court clears extradition of former Syrian general',
    );
    expect(claims.map((claim) => [claim.sentenceIndex, keyOf(claim)])).toEqual([[3, 'extradition/other/agreed']]);
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

describe('a request said to be examined', () => {
  it('announces the examination; the request it presupposes only corroborates', () => {
    const claims = claimsOf(["Russia's Foreign Ministry said on Thursday that Syria's request for the extradition of a former general had been passed to the Prosecutor General's Office."], '2033-02-24T09:00:00Z');
    const byStatus = new Map(claims.map((claim) => [keyOf(claim), claim.secondary === true]));
    expect(byStatus).toEqual(new Map([['extradition/other/under_consideration', false], ['extradition/other/requested', true]]));
  });

  it('a request alone still leads', () => {
    const claims = claimsOf(['Syria on Thursday sent Russia a request for the extradition of a former general.'], '2033-02-24T09:00:00Z');
    expect(claims.map((claim) => [keyOf(claim), claim.secondary === true])).toEqual([['extradition/other/requested', false]]);
  });
});

describe('what someone once said of the event', () => {
  it('does not date it: a drawdown confirmed today that was denied a month ago is news', () => {
    const [claim] = claimsOf(["Russia's Defence Ministry said on Thursday it was reducing the number of ships at its naval facility in Tartus, confirming a drawdown that it had denied a month ago."], '2033-04-28T09:00:00Z');
    expect(claim && [keyOf(claim), claim.recap === true]).toEqual(['bases/tartus/reduced', false]);
  });

  it('a drawdown itself dated a month ago is still a recap', () => {
    const [claim] = claimsOf(['Russia reduced the number of ships at its naval facility in Tartus a month ago, the ministry said.'], '2033-04-28T09:00:00Z');
    expect(claim && [keyOf(claim), claim.recap === true]).toEqual(['bases/tartus/reduced', true]);
  });
});

describe('a person introduced by a role and named again', () => {
  it('is the subject the role named, by full name or surname', () => {
    const claims = claimsOf([
      'Syria asked Russia in December to extradite former brigadier general Nabil Haddad.',
      'It also renewed its request for Bashar al-Assad.',
      'A Moscow court approved Haddad’s extradition on Tuesday.',
    ], '2034-04-19T08:00:00Z');
    // Assad, named last, is not who the court approved.
    expect(claims.filter((claim) => claim.sentenceIndex === 3).map(keyOf)).toEqual(['extradition/other/agreed']);
  });

  it('introduced in apposition too', () => {
    const claims = claimsOf(['Samir Khoury, a former intelligence colonel, has lived near Moscow since 2024.', 'Syria has also asked for Bashar al-Assad.', 'Russian prosecutors said on Monday they would not extradite Khoury.'], '2034-04-19T08:00:00Z');
    expect(claims.filter((claim) => claim.sentenceIndex === 3).map(keyOf)).toEqual(['extradition/other/refused']);
  });

  it('a name never introduced by a role is no subject', () => {
    const claims = claimsOf(['Samir Khoury has lived near Moscow since 2024.', 'Syria has also asked for Bashar al-Assad.', 'Russian prosecutors said on Monday they would not extradite Khoury.'], '2034-04-19T08:00:00Z');
    // Unknown, the name is no one the thread tracks; the refusal goes to the one named last (the engine's reading before names were learnt).
    expect(claims.filter((claim) => claim.sentenceIndex === 3).map(keyOf)).not.toContain('extradition/other/refused');
  });
});

describe('a person named by what is asked for him', () => {
  it('is the wanted man of the request when named again', () => {
    const claims = claimsOf(['Syria has asked Russia for the extradition of Nabil Haddad.', 'Russian prosecutors are now examining the case of Haddad, a spokeswoman said.'], '2034-04-19T08:00:00Z');
    expect(claims.map((claim) => [claim.sentenceIndex, keyOf(claim)])).toEqual([[1, 'extradition/other/requested'], [2, 'extradition/other/under_consideration']]);
  });

  it('Assad is named by his own aliases, never learnt as another figure', () => {
    expect(claimKeysOf(['Syria has asked Russia for the extradition of Bashar al-Assad.', 'Moscow refused to extradite Assad on Monday.'])).toEqual(['extradition/assad/refused', 'extradition/assad/requested']);
  });
});
