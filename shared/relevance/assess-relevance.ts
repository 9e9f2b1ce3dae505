// This module must stay free of jsdom: the poll step imports it for its cheap pre-filter.
import { buildTermPattern, TERM_GROUPS, type TermGroup } from './relevance-terms';

/** The decision on one article, with the evidence for it. */
export interface RelevanceAssessment {
  relevant: boolean;
  /** 0–1: how strongly the text is about the Syria–Russia storyline. */
  score: number;
  /** Human-readable grounds: the terms found on each side, and what decided. */
  reasons: string[];
}

/** A mention in the title counts three times, in the opening paragraphs twice. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_PARAGRAPHS = 2;

/**
 * Each side must weigh this much: one title mention, or a few in the text. One passing mention
 * ("as it did in Syria" in a story on Ukraine) is not enough.
 */
const STRONG_SIDE = 3;
/** A weaker pairing is enough when the text is also on a storyline topic (bases, deals, extradition). */
const WEAK_SIDE = 2;
/** The weight at which the score saturates. */
const FULL_SCORE = 20;

interface CompiledGroup extends TermGroup {
  pattern: RegExp;
}

const COMPILED: readonly CompiledGroup[] = TERM_GROUPS.map((group) => ({ ...group, pattern: buildTermPattern(group.terms) }));
const ANY_SIDE_TERM = new RegExp(
  buildTermPattern(TERM_GROUPS.filter((group) => group.side !== 'topic').flatMap((group) => group.terms)).source,
  'iu',
);

interface SideTally {
  weight: number;
  hits: Map<string, number>;
}

/**
 * Decides whether an article is about Syria–Russia relations: both sides must be present, weighted
 * by where they are mentioned (title, lead, body); a storyline topic lowers the bar.
 */
export function assessRelevance(article: { title: string; text: string }): RelevanceAssessment {
  const paragraphs = article.text.split(/\n\s*\n/);
  const parts = [
    { text: article.title, weight: TITLE_WEIGHT },
    { text: paragraphs.slice(0, LEAD_PARAGRAPHS).join('\n'), weight: LEAD_WEIGHT },
    { text: paragraphs.slice(LEAD_PARAGRAPHS).join('\n'), weight: 1 },
  ];
  const syria = tallySide('syria', parts);
  const russia = tallySide('russia', parts);
  const topic = tallySide('topic', parts);
  const pairing = Math.min(syria.weight, russia.weight);
  const onTopic = topic.hits.size > 0;
  const relevant = pairing >= STRONG_SIDE || (pairing >= WEAK_SIDE && onTopic);
  const score = Math.round(Math.min(1, (pairing + Math.min(topic.hits.size, 3)) / FULL_SCORE) * 100) / 100;
  const reasons = [
    describeSide('syria', syria),
    describeSide('russia', russia),
    describeSide('topic', topic),
    relevant ? `both sides present (weaker side ${pairing})` : `not enough on both sides (weaker side ${pairing})`,
  ];
  return { relevant, score, reasons };
}

/**
 * The poll step's cheap pre-filter on a feed item's title and summary: true when any Syria-side or
 * Russia-side term appears. Deliberately loose: the full decision is made on the article text.
 */
export function isPossiblyRelevant(text: string): boolean {
  return ANY_SIDE_TERM.test(text);
}

function tallySide(side: TermGroup['side'], parts: ReadonlyArray<{ text: string; weight: number }>): SideTally {
  const tally: SideTally = { weight: 0, hits: new Map() };
  for (const group of COMPILED.filter((candidate) => candidate.side === side)) {
    for (const part of parts) {
      for (const match of part.text.matchAll(group.pattern)) {
        const term = canonicalTerm(group, match[0]);
        tally.hits.set(term, (tally.hits.get(term) ?? 0) + 1);
        tally.weight += group.weight * part.weight;
      }
    }
  }
  tally.weight = Math.round(tally.weight * 10) / 10;
  return tally;
}

/** The term as the list spells it, so "RUSSIA" and "Russia" count as one. */
function canonicalTerm(group: TermGroup, matched: string): string {
  const lower = matched.toLowerCase();
  return group.terms.find((term) => term.toLowerCase() === lower) ?? matched;
}

function describeSide(side: string, tally: SideTally): string {
  if (tally.hits.size === 0) return `${side}: none`;
  const terms = [...tally.hits].map(([term, count]) => `${term} ×${count}`).join(', ');
  return `${side} (${tally.weight}): ${terms}`;
}
