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
