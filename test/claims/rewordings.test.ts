/**
 * Round 9: the same news written another way reads the same: contractions, wire datelines, a period
 * named instead of a date, abbreviated months, name forms (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { readSpeakerLine, withoutDateline } from '../../shared/claims/speaker-lines';
import { findDates } from '../../shared/claims/time-frame';
import { claimKeysOf, claimsOf, keyOf } from '../helpers/claim-keys';

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('negative contractions', () => {
  it.each([
    ["Russia hasn't handed Assad over.", 'Russia has not handed Assad over.'],
    ['Moscow didn’t agree to extradite the former general.', 'Moscow did not agree to extradite the former general.'],
    ["The tanker carrying Russian wheat hasn't arrived in Tartus.", 'The tanker carrying Russian wheat has not arrived in Tartus.'],
    ["Russia won't withdraw its ships from Tartus, the Kremlin said.", 'Russia will not withdraw its ships from Tartus, the Kremlin said.'],
  ])('%s reads as the words written out', (contracted, spelledOut) => {
    expect(claimKeysOf([contracted])).toEqual(claimKeysOf([spelledOut]));
  });

  it('a contracted negation is a negation', () => {
    expect(claimKeysOf(["Russia hasn't handed Assad over."])).not.toContain('extradition/assad/handed_over');
    expect(claimKeysOf(["The tanker carrying Russian wheat hasn't arrived in Tartus."])).not.toContain('investment/trade/implemented');
  });
});

describe('wire datelines', () => {
  it('are cut off the sentence without starting a turn', () => {
    expect(readSpeakerLine('DAMASCUS, Syria (Levant Wire) — Russian troops left Qamishli.')).toEqual({ text: 'Russian troops left Qamishli.', led: false });
    expect(withoutDateline('MOSCOW, Oct 15 (Reuters) - The Kremlin said talks went well.')).toBe('The Kremlin said talks went well.');
    expect(withoutDateline('LONDON/BUCHAREST, June 3 — Freight rates rose.')).toBe('Freight rates rose.');
    // A sentence that only starts with a capitalised word keeps it.
    expect(withoutDateline('Russia - and its navy - stayed.')).toBe('Russia - and its navy - stayed.');
  });

  it('a dateline naming a side does not bring a story between other powers into the storyline', () => {
    const story = ['Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed plans for a gas hub in Turkey.', 'Gazprom signed a contract last week to extend gas supplies to Turkey until 2030.'];
    const withDateline = [`DAMASCUS, Syria (Levant Wire) — ${story[0]}`, story[1]!];
    expect(claimsOf(withDateline, '2026-03-10T00:00:00Z', 'Putin and Erdogan discuss gas hub')).toEqual(claimsOf(story, '2026-03-10T00:00:00Z', 'Putin and Erdogan discuss gas hub'));
    expect(claimsOf(withDateline, '2026-03-10T00:00:00Z', 'Putin and Erdogan discuss gas hub')).toEqual([]);
  });
});

describe('a period named instead of a date', () => {
  it('places a status under the fallen regime in the past', () => {
    const reviewed = claimsOf(['President Ahmed al-Sharaa has ordered a review of all investment contracts signed with Russian companies under Bashar Assad.']);
    expect(reviewed.map(keyOf)).not.toContain('investment/other/signed');
    expect(claimKeysOf(['Russia signed a wheat deal with Syria during the Assad years.'])).not.toContain('investment/trade/signed');
  });

  it('leaves a status whose noun alone belongs to the period', () => {
    // The contract was awarded under Assad; its cancellation is today's news.
    const cancelled = claimsOf(['Syria cancelled a phosphate contract awarded to a Russian firm under Assad.'], '2026-03-10T00:00:00Z', 'Syria cancels Russian phosphate contract');
    expect(cancelled.find((claim) => keyOf(claim) === 'investment/other/cancelled')).toMatchObject({ assertion: 'reported' });
    expect(cancelled.find((claim) => keyOf(claim) === 'investment/other/cancelled')?.recap).toBeUndefined();
    // The general served under Assad; his handover is today's.
    expect(claimKeysOf(['Russia handed over a former general who served under Assad, the ministry said.'])).toContain('extradition/other/handed_over');
  });
});

describe('other ways of writing the same thing', () => {
  it('an abbreviated month before a number is a date, a bare "mar" is not', () => {
    const published = new Date('2026-03-10T00:00:00Z');
    expect(findDates('cancelled by damascus in jan. 2025, and', published).map(day)).toEqual(['2025-01-15']);
    expect(findDates('talks resumed sept. 3 in moscow', published).map(day)).toEqual(['2025-09-03']);
    expect(findDates('the row may mar the talks', published)).toEqual([]);
  });

  it('Assad named with or without his article or first name reads the same', () => {
    for (const name of ['Bashar al-Assad', 'Bashar Assad', 'al-Assad', 'Assad']) {
      expect(claimKeysOf([`Russia has refused to extradite ${name}'s brother Maher, a Syrian official said.`])).toEqual(['extradition/other/refused']);
    }
  });

  it('a period counts only once it has ended', () => {
    const sentence = ['Russia signed a wheat deal with Syria under Assad, the ministry said.'];
    expect(claimsOf(sentence, '2024-06-10T00:00:00Z').map(keyOf)).toContain('investment/trade/signed');
    expect(claimsOf(sentence, '2026-06-10T00:00:00Z').map(keyOf)).not.toContain('investment/trade/signed');
  });
});
