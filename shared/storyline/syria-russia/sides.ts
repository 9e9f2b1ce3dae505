/** Who the Syria–Russia story is about: the two sides, their people and outsiders. */
import type { LocalisedTerms, Party, RelevanceDefinition, Side } from '../types';
import { ELSEWHERE, OFF_TOPIC, RUSSIA_SIDE, SYRIA_SIDE, THREAD_WORDS } from './terms-ar-ru';

export const SIDES: readonly Side[] = [
  {
    id: 'syria',
    label: 'Syria',
    core: {
      en: ['Syria', 'Syrian', 'Syrians', 'Damascus', 'al-Sharaa', 'Sharaa', 'Shaibani', 'Shibani', 'Tartus', 'Tartous', 'Hmeimim', 'Khmeimim', 'Latakia', 'Assad'],
      ...SYRIA_SIDE,
    },
    secondary: {
      en: ['Aleppo', 'Homs', 'Hama', 'Idlib', 'Deir ez-Zor', 'Quneitra', 'Daraa', 'Golan', 'Jableh', 'Palmyra', 'SANA', 'Qamishli', 'Baniyas'],
    },
  },
  {
    id: 'russia',
    label: 'Russia',
    core: {
      en: ['Russia', "Russia's", 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Putin', 'Lavrov', 'Peskov', 'Zakharova', 'Bogdanov', 'Rosatom', 'Rosneft', 'Gazprom', 'Stroytransgaz', 'Goznak'],
      ...RUSSIA_SIDE,
    },
    secondary: {
      en: ['Novak', 'Shoigu', 'Belousov', 'Yevkurov', 'Soviet', 'TASS', 'RIA Novosti', 'Novorossiysk', 'Sochi', 'Novatek', 'Lukoil', 'Zarubezhneft', 'Rostec', 'Aeroflot', 'Nebenzia', 'Ryabkov', 'Medvedev', 'Lavrentiev', 'Vershinin'],
    },
  },
];

/** Named actors: attribution ("Lavrov said") and which side a speaker is on. */
export const PARTIES: readonly Party[] = [
  { name: 'Russia', side: 'russia', kind: 'state', aliases: { en: ['Russia', "Russia's", 'Russian', 'Moscow', 'Kremlin', 'Russian Federation'] } },
  { name: 'Russian officials', side: 'russia', kind: 'official', aliases: { en: ['Putin', 'Lavrov', 'Peskov', 'Zakharova', 'Bogdanov', 'Novak', 'Shoigu', 'Belousov', 'Yevkurov', 'Nebenzia', 'Ryabkov', 'Medvedev', 'Lavrentiev', 'Vershinin', 'Galuzin', 'Overchuk'] } },
  { name: 'Russian companies', side: 'russia', kind: 'company', aliases: { en: ['Rosatom', 'Rosneft', 'Gazprom', 'Gazprom Neft', 'Stroytransgaz', 'Goznak', 'Novatek', 'Lukoil', 'Zarubezhneft', 'Rostec', 'Aeroflot', 'Russian Railways', 'Sovcomflot', 'Tatneft', 'Transneft', 'Inter RAO', 'VEB', 'Sberbank', 'VTB', 'Russian Direct Investment Fund'] } },
  { name: 'Russian media', side: 'russia', kind: 'outlet', aliases: { en: ['TASS', 'RIA Novosti', 'RIA', 'Interfax', 'Kommersant', 'RT', 'Izvestia', 'Sputnik'] } },
  { name: 'Syria', side: 'syria', kind: 'state', aliases: { en: ['Syria', "Syria's", 'Syrian', 'Damascus', 'Syrian government', 'Syrian authorities'] } },
  { name: 'Syrian officials', side: 'syria', kind: 'official', aliases: { en: ['al-Sharaa', 'Sharaa', 'Ahmed al-Sharaa', 'Shaibani', 'al-Shaibani', 'Shibani', 'Abu Qasra', 'al-Shara', 'Salibi'] } },
  { name: 'Syrian media', side: 'syria', kind: 'outlet', aliases: { en: ['SANA', 'Al Ekhbariya', 'Enab Baladi', 'Syria TV'] } },
];

/**
 * Other powers and armed actors in Syria, and Syria's own forces: their troops leaving, their talks
 * on a base, their handovers of wanted men are not Russia's (a clause naming Russia too still counts).
 */
export const OUTSIDERS: LocalisedTerms = {
  en: [
    'Turkey', 'Turkish', 'Ankara', 'Israel', 'Israeli', 'Israelis', 'IDF', 'United States', 'U.S.', '[US|U.S.] [forces|troops|military|army|soldiers|personnel|base|bases|garrison|contingent]',
    'US-led', 'US-backed', 'American', 'Americans', 'Pentagon', 'CENTCOM', 'Iran', 'Iranian', 'Tehran', 'IRGC', 'Hezbollah', 'Lebanon', 'Lebanese', 'Jordan', 'Jordanian',
    'Iraq', 'Iraqi', 'coalition', 'NATO', 'UNDOF', 'peacekeep*', 'SDF', 'Syrian Democratic Forces', 'Kurdish-led', 'YPG', 'France', 'French', 'Britain', 'British',
    'Ukraine', 'Ukrainian', 'China', 'Chinese',
    'Syrian [troops|forces|soldiers|military units]', 'Syrian army [units|troops|soldiers|forces]', 'government [forces|troops|soldiers|units]', 'security forces', 'army units', 'Syrian Arab Army', 'general security',
  ],
};

export const RELEVANCE: RelevanceDefinition = {
  topic: {
    en: [
      'base', 'bases', 'airbase', 'naval', 'warship', 'warships', 'patrol', 'patrols', 'troops', 'lease', 'extradition', 'extradite',
      'extradited', 'handover', 'hand over', 'asylum', 'memorandum', 'MoU', 'contract', 'concession', 'investment', 'reconstruction',
      'credit line', 'loan', 'wheat', 'grain', 'oil', 'gas', 'energy', 'port', 'railway', 'banknotes', 'agreement', 'deal',
    ],
    ...THREAD_WORDS,
  },
  elsewhere: {
    en: [
      'Libya', 'Libyan', 'Tobruk', 'Benghazi', 'al-Khadim', 'Sudan', 'Sudanese', 'Port Sudan', 'Egypt', 'Egyptian', 'Algeria', 'Mali',
      'Niger', 'Burkina Faso', 'Central African Republic', 'Cyprus', 'Iraq', 'Iran', 'Eritrea', 'Venezuela', 'Belarus', 'Tajikistan',
      'Armenia', 'Gyumri', 'Kyrgyzstan', 'Kant', 'Cam Ranh', 'Vietnam', 'Crimea', 'Sevastopol', 'Ukraine', 'Kaliningrad', 'Abkhazia',
    ],
    ...ELSEWHERE,
  },
  offTopic: {
    en: ['football', 'national team', 'friendly match', 'World Cup', 'FIFA', 'UEFA', 'stadium', 'head coach', 'tournament', 'championship', 'hockey', 'Olympic*', 'goalkeeper', 'striker'],
    ...OFF_TOPIC,
  },
};
