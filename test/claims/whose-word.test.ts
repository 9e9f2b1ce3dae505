/**
 * Round 9 readings from the training timelines, each a class of wording: whose word a clause gives
 * (a denier's own account, another side's label for the event, a rumour's framing), a military
 * statement that all is as before, a company's line of business, and a live blog's entries.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findSpeaker } from '../../shared/claims/assertion';
import { markEntryLeads } from '../../shared/claims/extract-claims';
import { isNews } from '../../shared/digest/day-evidence';
import { claimKeysOf, claimsOf, keyOf } from '../helpers/claim-keys';

describe('whose word', () => {
  it('a denier going on to say what is so asserts it', () => {
    expect(claimKeysOf(["Russia's Defence Ministry rejected reports that it had pulled jets out of Syria, saying its air group at Hmeimim was operating as before."])).toEqual(['bases/hmeimim/retained']);
    // The denied report itself is still not asserted.
    expect(claimKeysOf(['Russia denied reports that it had pulled its jets out of Hmeimim.'])).not.toContain('bases/hmeimim/withdrawn');
  });

  it('another side’s label in a relative clause does not void the clause’s own report', () => {
    expect(claimKeysOf(['Syria said Russia had reduced its air group at Hmeimim, the first confirmation of departures that Moscow described as a rotation.'])).toEqual(['bases/hmeimim/reduced']);
    // Said of the event itself, the label still makes it no reduction.
    expect(claimKeysOf(['Russia moved six jets out of Hmeimim in what it called a routine rotation.'])).not.toContain('bases/hmeimim/reduced');
  });

  it('a so-called event, or claims about one, is a rumour', () => {
    expect(claimKeysOf(['Foreign outlets have circulated claims about a so-called withdrawal of Russian aviation from Hmeimim.'])).toEqual([]);
  });

  it('"does not correspond to reality" is a denial', () => {
    expect(claimKeysOf(['The Kremlin said the story that Russia had withdrawn from Tartus did not correspond to reality.'])).not.toContain('bases/tartus/withdrawn');
  });
});

describe('as before', () => {
  it('a force that continues to perform its tasks is kept; one that has fulfilled them is not', () => {
    expect(claimKeysOf(['The aviation group at Hmeimim continues to perform its tasks in full, the ministry said.'])).toEqual(['bases/hmeimim/retained']);
    expect(claimKeysOf(['Having fulfilled their tasks, the crews returned to their home airfields from Hmeimim.'])).not.toContain('bases/hmeimim/retained');
  });

  it('"its air group" refers back to the air base just named', () => {
    const claims = claimsOf(['Eight Russian jets have left the Hmeimim air base, officers said.', 'The Defence Ministry said its air group continues to perform its tasks in full.']);
    expect(claims.filter((claim) => claim.sentenceIndex === 2).map(keyOf)).toEqual(['bases/hmeimim/retained']);
  });
});

describe('a company’s line of business', () => {
  it('names the company, not the deal', () => {
    expect(claimKeysOf(['The trading arm of a Russian agricultural holding said it had signed a contract to supply wheat to Syria.'])).toEqual(['investment/trade/signed']);
  });
});

describe('a live blog', () => {
  const blog = [
    'LIVE: the intergovernmental commission in Damascus',
    '16:40 - That is all from us today.',
    '13:05 - A reminder: the commission last met in Moscow in November.',
    '12:20 - Just in: Syria and Russia have signed a $600 million credit agreement in the main hall.',
    'Handshakes and applause.',
    '11:00 - Delegations are arriving.',
  ];

  it('marks the sentences that open its timed entries, and nothing in an article with fewer entries', () => {
    const claims: Array<{ sentenceIndex: number; entryLead?: boolean }> = [3, 4, 2].map((sentenceIndex) => ({ sentenceIndex }));
    expect(markEntryLeads(claims, blog).map((claim) => claim.entryLead === true)).toEqual([true, true, true]);
    expect(markEntryLeads<{ sentenceIndex: number; entryLead?: boolean }>([{ sentenceIndex: 2 }], ['Headline', 'Body.', 'More body.', '12:20 - An update.']).map((claim) => claim.entryLead)).toEqual([undefined]);
  });

  it('an entry’s news announces whatever the headline names; a recap in an entry does not', () => {
    const claims = claimsOf(blog.slice(1), '2026-06-07T18:00:00Z', blog[0]);
    const signed = claims.find((claim) => keyOf(claim) === 'investment/finance/signed');
    expect(signed).toMatchObject({ entryLead: true, sentenceIndex: 3 });
    expect(isNews(signed!, { extraction: 'readability' })).toBe(true);
    expect(isNews({ ...signed!, recap: true }, { extraction: 'readability' })).toBe(false);
  });
});

describe('places left and stages reached', () => {
  it('ships that had been based at a site, or moved abroad from it, draw that site down', () => {
    expect(claimKeysOf(['Two Russian frigates that had been based at Tartus have moved to Tobruk in eastern Libya, satellite images show.'])).toEqual(['bases/tartus/reduced']);
    expect(claimKeysOf(['Two Russian frigates that used the berth at Tartus have moved to the Libyan port of Tobruk.'])).toEqual(['bases/tartus/reduced']);
    // Moved to a place at home, the place named is where they went.
    expect(claimKeysOf(['Russian helicopters have moved to Hmeimim, the ministry said.'])).toEqual(['bases/hmeimim/expanded']);
  });

  it('ships away for exercises, or due back, draw no site down', () => {
    expect(claimKeysOf(['A Russian frigate and a supply tanker left the naval facility at Tartus on Monday for exercises in the eastern Mediterranean, port workers said.'])).toEqual([]);
    expect(claimKeysOf(['Two Russian frigates left Tartus on Monday, port workers said.'])).toEqual(['bases/tartus/reduced']);
  });

  it('only a few left is a drawdown, not a base kept', () => {
    expect(claimKeysOf(['Only two Russian tugs remain at Tartus, port workers said.'])).toEqual(['bases/tartus/reduced']);
  });

  it('a power unit back on the grid is a deal carried out', () => {
    expect(claimKeysOf(['A power station unit rebuilt by a Russian company was reconnected to the national grid on Tuesday.'])).toEqual(['investment/energy/implemented']);
    expect(claimKeysOf(['The Russian-built unit at the thermal power station entered service on Tuesday.'])).toEqual(['investment/energy/implemented']);
  });

  it('a request handed on to the prosecutor is under consideration', () => {
    expect(claimKeysOf(["Syria's requests for the two former officers have been transferred to Russia's Prosecutor General's Office, Moscow said."])).toContain('extradition/other/under_consideration');
  });
});

describe('who is quoted', () => {
  it('is the name nearest its speech verb, not the last name in the sentence', () => {
    expect(findSpeaker('Foreign Minister Sergei Lavrov said Russia would not hand over Bashar al-Assad, who was granted asylum.')).toBe('Sergei Lavrov');
    expect(findSpeaker("Syria's representative, Ibrahim Olabi, said Damascus had again requested the handover of Bashar al-Assad.")).toBe('Ibrahim Olabi');
  });

  it('is nobody when no name stands near the verb', () => {
    expect(findSpeaker('Russian helicopters continue to operate from the base, the ministry said, and Hmeimim will remain a hub for flights to the Middle East and Africa.')).toBeUndefined();
    // An institution is named whole, never by the end of its name.
    expect(findSpeaker("DAMASCUS (Levant Wire) - Syria's Ministry of Oil and Mineral Resources said on Friday it had signed a contract.")).toBe("Syria's Ministry of Oil and Mineral Resources");
    expect(findSpeaker('The Central Bank of Syria said on Monday the first payments had cleared.')).toBe('Central Bank of Syria');
  });
});
