/**
 * The Syria–Russia storyline: relations after the 15 October 2025 Kremlin meeting between
 * Vladimir Putin and Ahmed al-Sharaa, on three threads. Everything the engines know of this story
 * is here; the thread, subject and status ids are a contract with digest.json readers.
 */
import type { Storyline } from '../types';
import { localiseThread } from '../localise';
import { BASES } from './bases';
import { BASES_AR_RU, EXTRADITION_AR_RU, INVESTMENT_AR_RU } from './claims-ar-ru';
import { EXTRADITION } from './extradition';
import { INVESTMENT } from './investment';
import { OUTSIDERS, PARTIES, RELEVANCE, SIDES } from './sides';

export const SYRIA_RUSSIA: Storyline = {
  id: 'syria-russia',
  title: 'Syria–Russia relations',
  sides: SIDES,
  trackedSide: 'russia',
  parties: PARTIES,
  outsiders: OUTSIDERS,
  // The old regime fell on 8 December 2024: what a clause places under it is old news. Only phrases
  // that place a time ("under Assad", "in the Assad era"), not those naming people ("former regime officers").
  eras: [
    {
      ended: '2024-12-08',
      phrases: {
        en: [
          'under ... [assad|al-assad]', 'under the [former|old|previous|ousted|fallen|deposed] [regime|government]', 'during the [assad|al-assad] [era|years|rule|regime]',
          'in the [assad|al-assad] era', "in assad's [time|day|days|rule]", 'before the [fall|ouster|overthrow|collapse] of ... [assad|al-assad|regime|government]',
          "before [assad's|al-assad's] [fall|ouster|overthrow]", 'before the regime [fell|collapsed]',
        ],
        // No Arabic or Russian phrases: what keeps a noun's period off the status (a relative clause, a
        // participle after the cue) is read in English only; an Arabic era phrase cost a held-out claim.
      },
    },
  ],
  relevance: RELEVANCE,
  // Defined in English; the Arabic and Russian words are added from claims-ar-ru.ts.
  threads: [localiseThread(BASES, BASES_AR_RU), localiseThread(EXTRADITION, EXTRADITION_AR_RU), localiseThread(INVESTMENT, INVESTMENT_AR_RU)],
  tagline: 'What changed each day on Russia’s bases in Syria, the extradition of Bashar al-Assad and Russian investment',
  quietDay: 'Nothing new on Russia’s bases in Syria, the extradition of Bashar al-Assad or Russian investment deals.',
  facts: {
    counterparties: [
      'DP World', 'Stroytransgaz', 'Goznak', 'Rosatom', 'Novatek', 'Gazprom', 'Rosneft', 'Lukoil', 'Zarubezhneft', 'Russian Railways', 'Aeroflot', 'Rostec',
      'Tatneft', 'Transneft', 'Inter RAO', 'Soyuzneftegaz', 'Sovcomflot', 'Russian Direct Investment Fund', 'VEB', 'Sberbank', 'VTB',
    ],
    topics: [
      'credit line', 'loan', 'lease', 'concession', 'investment', 'mou', 'mous', 'memorand* of understanding', 'contract', 'deal', 'agreement', 'wheat', 'grain', 'flour',
      'oil', 'crude', 'diesel', 'fuel', 'gas', 'banknotes', 'port', 'railway', 'power plant', 'phosphate', 'reconstruction', 'compensation',
    ],
  },
};
