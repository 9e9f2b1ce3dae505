// This module must stay free of jsdom: the poll step imports it for its cheap pre-filter.
import { normaliseForMatching } from '../dedupe/normalise-text';
import { allLanguages, TermMatcher } from '../storyline/terms';
import type { Storyline } from '../storyline/types';

/** The decision on one article, with the evidence for it. */
export interface RelevanceAssessment {
  relevant: boolean;
  /** 0–1: how strongly the text is about the storyline. */
  score: number;
  /** Human-readable grounds: the terms found on each side, and what decided. */
  reasons: string[];
}

/** A mention in the title counts three times, in the opening paragraphs twice. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_PARAGRAPHS = 2;
/** Core names weigh 1; secondary ones (places and people other stories share) half. */
const SECONDARY_WEIGHT = 0.5;

/**
 * Each side must weigh this much: one title mention, or a few in the text. One passing mention
 * ("as it did in Syria" in a story on Ukraine) is not enough.
 */
const STRONG_SIDE = 3;
/** A weaker pairing is enough when the text is also on a storyline topic (bases, deals, extradition). */
const WEAK_SIDE = 2;
/** The weight at which the score saturates. */
const FULL_SCORE = 20;
/** A story is set elsewhere when its places outside the story weigh this many times its home side. */
const ELSEWHERE_FACTOR = 1.5;

interface WeightedTerms {
  weight: number;
  matcher: TermMatcher;
}

interface CompiledRelevance {
  sides: Array<{ id: string; groups: WeightedTerms[] }>;
  topic: TermMatcher;
  /** Places outside the story where its parties also act. */
  elsewhere: TermMatcher;
  offTopic: TermMatcher;
  home: string;
  /** The home side's core names (its places and people), and the tracked side's. */
  homeCore: TermMatcher;
  trackedCore: TermMatcher;
  anySide: TermMatcher;
}

const cache = new WeakMap<Storyline, CompiledRelevance>();

function compile(storyline: Storyline): CompiledRelevance {
  const cached = cache.get(storyline);
  if (cached) return cached;
  const compiled: CompiledRelevance = {
    sides: storyline.sides.map((side) => ({
      id: side.id,
      groups: [
        { weight: 1, matcher: new TermMatcher(allLanguages(side.core)) },
        { weight: SECONDARY_WEIGHT, matcher: new TermMatcher(allLanguages(side.secondary)) },
      ],
    })),
    topic: new TermMatcher(allLanguages(storyline.relevance.topic)),
    elsewhere: new TermMatcher(allLanguages(storyline.relevance.elsewhere)),
    offTopic: new TermMatcher(storyline.relevance.offTopic ? allLanguages(storyline.relevance.offTopic) : []),
    home: storyline.sides.find((side) => side.id !== storyline.trackedSide)?.id ?? storyline.sides[0]!.id,
    homeCore: new TermMatcher(allLanguages((storyline.sides.find((side) => side.id !== storyline.trackedSide) ?? storyline.sides[0]!).core)),
    trackedCore: new TermMatcher(allLanguages((storyline.sides.find((side) => side.id === storyline.trackedSide) ?? storyline.sides[0]!).core)),
    anySide: new TermMatcher(storyline.sides.flatMap((side) => allLanguages(side.core).concat(allLanguages(side.secondary)))),
  };
  cache.set(storyline, compiled);
  return compiled;
}

interface SideTally {
  weight: number;
  hits: Map<string, number>;
}

type Part = { text: string; weight: number };

function tally(groups: readonly WeightedTerms[], parts: readonly Part[]): SideTally {
  const result: SideTally = { weight: 0, hits: new Map() };
  for (const group of groups) {
    for (const part of parts) {
      for (const match of group.matcher.find(part.text)) {
        // "RUSSIA" and "Russia" count as one term, shown as first written.
        const term = [...result.hits.keys()].find((known) => known.toLowerCase() === match.text.toLowerCase()) ?? match.text;
        result.hits.set(term, (result.hits.get(term) ?? 0) + 1);
        result.weight += group.weight * part.weight;
      }
    }
  }
  result.weight = Math.round(result.weight * 10) / 10;
  return result;
}

function describeSide(side: string, result: SideTally): string {
  if (result.hits.size === 0) return `${side}: none`;
  const terms = [...result.hits].map(([term, count]) => `${term} ×${count}`).join(', ');
  return `${side} (${result.weight}): ${terms}`;
}

/**
 * Decides whether an article is about the storyline: every side must be present, weighted by where
 * it is mentioned (title, lead, body); a storyline topic lowers the bar.
 */
export function assessRelevance(article: { title: string; text: string }, storyline: Storyline): RelevanceAssessment {
  const compiled = compile(storyline);
  const paragraphs = article.text.split(/\n\s*\n/);
  // Folded as the storyline's Arabic terms are (letter variants, diacritics, ё); English is unchanged but for case.
  const parts: Part[] = [
    { text: normaliseForMatching(article.title), weight: TITLE_WEIGHT },
    { text: normaliseForMatching(paragraphs.slice(0, LEAD_PARAGRAPHS).join('\n')), weight: LEAD_WEIGHT },
    { text: normaliseForMatching(paragraphs.slice(LEAD_PARAGRAPHS).join('\n')), weight: 1 },
  ];
  const sides = compiled.sides.map((side) => ({ id: side.id, result: tally(side.groups, parts) }));
  const topic = tally([{ weight: 1, matcher: compiled.topic }], parts);
  const pairing = Math.min(...sides.map((side) => side.result.weight));
  const onTopic = topic.hits.size > 0;
  // A story set elsewhere ("Russia's bases in Libya and Sudan… as in Syria") weighs its places more
  // than the story's own: the parties are there, the story is not.
  const away = tally([{ weight: 1, matcher: compiled.elsewhere }], parts);
  const home = sides.find((side) => side.id === compiled.home)?.result.weight ?? 0;
  // …unless one of its paragraphs is at home: the story's place, both sides and a topic, and no other
  // place in it (a story on naval drills abroad with one paragraph on the naval point at home).
  const atHome = (paragraph: string) => {
    const text = normaliseForMatching(paragraph);
    return compiled.homeCore.test(text) && compiled.trackedCore.test(text) && compiled.topic.test(text) && !compiled.elsewhere.test(text);
  };
  const setElsewhere = away.weight > ELSEWHERE_FACTOR * home && !paragraphs.some(atHome);
  // A football friendly between the two: their names, none of the story's topics.
  const otherStory = !onTopic && tally([{ weight: 1, matcher: compiled.offTopic }], parts).weight > 0;
  const relevant = !setElsewhere && !otherStory && (pairing >= STRONG_SIDE || (pairing >= WEAK_SIDE && onTopic));
  const score = Math.round(Math.min(1, (pairing + Math.min(topic.hits.size, 3)) / FULL_SCORE) * 100) / 100;
  const reasons = [
    ...sides.map((side) => describeSide(side.id, side.result)),
    describeSide('topic', topic),
    describeSide('elsewhere', away),
    setElsewhere ? 'set elsewhere: its places outweigh the story\'s own' : relevant ? `every side present (weakest side ${pairing})` : `not enough on every side (weakest side ${pairing})`,
  ];
  return { relevant, score, reasons };
}

/**
 * The poll step's cheap pre-filter on a feed item's title and summary: true when any side's term
 * appears. Deliberately loose: the full decision is made on the article text.
 */
export function isPossiblyRelevant(text: string, storyline: Storyline): boolean {
  return compile(storyline).anySide.test(normaliseForMatching(text));
}
