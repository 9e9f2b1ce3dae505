/**
 * Figures and parties beside a claim — money, quantities, durations, counterparties — so that two
 * sources giving different figures for the same thing can be told apart.
 */
import type { Fact } from '../model/claim';

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
};
const MONEY =
  /(?:(us\$|\$|€|£)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|bn|m|b)\b)?|\b(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|mn|bn)?\s(dollars|roubles|rubles|euros|syrian pounds))/gi;
const QUANTITY =
  /\b(\d[\d,]*(?:\.\d+)?)\s?(thousand |million )?(tons|tonnes|barrels|cubic metres|megawatts|mw|engineers|troops|aircraft|vehicles|ships|warships)(?:\s(?:of|a day of)\s([a-z]+(?:\s(?:oil|gas))?))?/gi;
// Only terms of a deal count: "49-year lease", "for another 25 years"; not "the 13-year war".
const DURATION =
  /\b(\d+)[- ]year (?:\w+ )?(?=lease|concession|contract|deal|agreement|treaty|term|extension|licen[cs]e)|\bfor (?:another |a further )?(\d+) (?:more )?years\b/gi;
const COUNTERPARTIES = [
  'DP World', 'Stroytransgaz', 'Goznak', 'Rosatom', 'Novatek', 'Gazprom', 'Rosneft', 'Lukoil',
  'Zarubezhneft', 'Russian Railways', 'Aeroflot', 'Rostec', 'Tatneft', 'Transneft', 'Inter RAO',
  'Soyuzneftegaz', 'Sovcomflot', 'Russian Direct Investment Fund', 'VEB', 'Sberbank', 'VTB',
];
/** What a figure can be about, nearest first. */
const TOPICS =
  /\b(credit line|loan|lease|concession|investment|mous?|memorand\w+ of understanding|contract|deal|agreement|wheat|grain|flour|oil|crude|diesel|fuel|gas|banknotes|port|railway|power plant|phosphate|reconstruction|compensation)\b/gi;

/** A number written with thousands separators, times an optional word multiplier. */
function toNumber(digits: string, multiplier: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  return base * (multiplier ? (MULTIPLIERS[multiplier.toLowerCase().trim()] ?? 1) : 1);
}

/** The topic word nearest to character `at` in the sentence, if any. */
function nearestTopic(sentence: string, at: number): string | undefined {
  let best: { topic: string; distance: number } | undefined;
  for (const match of sentence.matchAll(TOPICS)) {
    const distance = Math.abs(match.index - at);
    if (!best || distance < best.distance) best = { topic: match[1]!.toLowerCase(), distance };
  }
  return best?.topic;
}

function findMoney(sentence: string): Fact[] {
  return [...sentence.matchAll(MONEY)].map((match) => {
    const isDollar = match[1] ? match[1].toLowerCase().includes('$') : match[6]?.toLowerCase() === 'dollars';
    const value = match[2] ? toNumber(match[2], match[3]) : toNumber(match[4] ?? '0', match[5]);
    const fact: Fact = { kind: 'money', text: match[0].trim(), about: nearestTopic(sentence, match.index) };
    return isDollar ? { ...fact, value } : fact;
  });
}

function findQuantities(sentence: string): Fact[] {
  return [...sentence.matchAll(QUANTITY)].map((match) => ({
    kind: 'quantity' as const,
    text: match[0].trim(),
    value: toNumber(match[1]!, match[2]),
    about: match[4]?.toLowerCase() ?? match[3]!.toLowerCase(),
  }));
}

function findDurations(sentence: string): Fact[] {
  return [...sentence.matchAll(DURATION)].map((match) => ({
    kind: 'duration' as const,
    text: match[0].trim(),
    value: Number(match[1] ?? match[2]),
    about: nearestTopic(sentence, match.index),
  }));
}

function findCounterparties(sentence: string): Fact[] {
  return COUNTERPARTIES.flatMap((name) => {
    const at = sentence.indexOf(name);
    return at < 0 ? [] : [{ kind: 'counterparty' as const, text: name, about: nearestTopic(sentence, at) }];
  });
}

/** Leaves out unset optional fields, so a stored fact has only what the text gave. */
function dropUndefined(fact: Fact): Fact {
  return Object.fromEntries(Object.entries(fact).filter(([, value]) => value !== undefined)) as Fact;
}

/** All money, quantity, duration and counterparty facts stated in one sentence. */
export function extractFacts(sentence: string): Fact[] {
  return [
    ...findMoney(sentence),
    ...findQuantities(sentence),
    ...findDurations(sentence),
    ...findCounterparties(sentence),
  ].map(dropUndefined);
}
