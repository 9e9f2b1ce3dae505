/**
 * Figures and parties beside a claim — money, quantities, durations, counterparties — so that two
 * sources giving different figures for the same thing can be told apart.
 */
import type { Fact } from '../model/claim';
import type { FactDefinition } from '../storyline/types';
import { TermMatcher } from '../storyline/terms';

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

/** A number written with thousands separators, times an optional word multiplier. */
function toNumber(digits: string, multiplier: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  return base * (multiplier ? (MULTIPLIERS[multiplier.toLowerCase().trim()] ?? 1) : 1);
}

/** A topic as a reader writes it: lower case, but an acronym keeps its capitals ("MoUs", not "mous"). */
function asWritten(text: string): string {
  return (text.match(/\p{Lu}/gu) ?? []).length > 1 ? text : text.toLowerCase();
}

/** The topic word nearest to character `at` in the sentence, if any. */
function nearestTopic(topics: TermMatcher, sentence: string, at: number): string | undefined {
  let best: { topic: string; distance: number } | undefined;
  for (const match of topics.find(sentence)) {
    const distance = Math.abs(match.index - at);
    if (!best || distance < best.distance) best = { topic: asWritten(match.text), distance };
  }
  return best?.topic;
}

function findMoney(sentence: string, topics: TermMatcher): Fact[] {
  return [...sentence.matchAll(MONEY)].map((match) => {
    const isDollar = match[1] ? match[1].toLowerCase().includes('$') : match[6]?.toLowerCase() === 'dollars';
    const value = match[2] ? toNumber(match[2], match[3]) : toNumber(match[4] ?? '0', match[5]);
    const fact: Fact = { kind: 'money', text: match[0].trim(), about: nearestTopic(topics, sentence, match.index) };
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

function findDurations(sentence: string, topics: TermMatcher): Fact[] {
  return [...sentence.matchAll(DURATION)].map((match) => ({
    kind: 'duration' as const,
    text: match[0].trim(),
    value: Number(match[1] ?? match[2]),
    about: nearestTopic(topics, sentence, match.index),
  }));
}

function findCounterparties(sentence: string, counterparties: readonly string[], topics: TermMatcher): Fact[] {
  return counterparties.flatMap((name) => {
    const at = sentence.indexOf(name);
    return at < 0 ? [] : [{ kind: 'counterparty' as const, text: name, about: nearestTopic(topics, sentence, at) }];
  });
}

const topicCache = new WeakMap<FactDefinition, TermMatcher>();
function topicsOf(definition: FactDefinition): TermMatcher {
  let topics = topicCache.get(definition);
  if (!topics) topicCache.set(definition, (topics = new TermMatcher(definition.topics)));
  return topics;
}

/** Leaves out unset optional fields, so a stored fact has only what the text gave. */
function dropUndefined(fact: Fact): Fact {
  return Object.fromEntries(Object.entries(fact).filter(([, value]) => value !== undefined)) as Fact;
}

/** All money, quantity, duration and counterparty facts stated in one sentence (names and topics from the storyline). */
export function extractFacts(sentence: string, definition: FactDefinition): Fact[] {
  const topics = topicsOf(definition);
  return [
    ...findMoney(sentence, topics),
    ...findQuantities(sentence),
    ...findDurations(sentence, topics),
    ...findCounterparties(sentence, definition.counterparties, topics),
  ].map(dropUndefined);
}
