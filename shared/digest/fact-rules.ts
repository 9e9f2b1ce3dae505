import type { Fact } from '../model/claim';
import type { KnownFact } from './thread-state';
import { normaliseName } from './thread-state';

/** Figures closer than this (relative) are the same figure written two ways ("$2.5bn", "2.5 billion dollars"). */
const SAME_FIGURE_TOLERANCE = 0.005;

/** A figure that can be compared: money, quantity or duration with a number and a topic. */
function isComparableFigure(fact: Fact): fact is Fact & { value: number; about: string } {
  return fact.kind !== 'counterparty' && fact.value !== undefined && Boolean(fact.about && normaliseName(fact.about));
}

/** What a figure is about, e.g. "money:credit line"; null for counterparties and figures without a topic. */
export function figureTopic(fact: Fact): string | null {
  return isComparableFigure(fact) ? `${fact.kind}:${normaliseName(fact.about)}` : null;
}

/** True when two numbers are the same figure within rounding. */
export function isSameValue(a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 || Math.abs(a - b) / scale <= SAME_FIGURE_TOLERANCE;
}

/** True when `fact` says nothing beyond `known`: same party, or same figure on the same topic. */
export function isKnownFact(fact: Fact, known: readonly Fact[]): boolean {
  return known.some((other) => {
    if (other.kind !== fact.kind) return false;
    const topic = figureTopic(fact);
    if (topic !== null && topic === figureTopic(other)) return isSameValue(fact.value!, other.value!);
    return normaliseName(other.text) === normaliseName(fact.text);
  });
}

/** The known figure on the same topic with a different value, when `fact` revises one. */
export function findRevisedFigure(fact: Fact, known: readonly Fact[]): Fact | null {
  const topic = figureTopic(fact);
  if (topic === null) return null;
  return known.find((other) => figureTopic(other) === topic && !isSameValue(fact.value!, other.value!)) ?? null;
}

/**
 * Adds `facts` to `known`. A new figure on a known topic replaces the old one: figures get revised,
 * and the state keeps the latest reported value (the digest told the reader about the revision).
 */
export function mergeFacts(known: readonly KnownFact[], facts: readonly KnownFact[]): KnownFact[] {
  const merged = [...known];
  for (const fact of facts) {
    if (isKnownFact(fact, merged)) continue;
    const revised = findRevisedFigure(fact, merged);
    if (revised) merged.splice(merged.indexOf(revised as KnownFact), 1);
    merged.push(fact);
  }
  return merged;
}

/** One value reported for a disputed figure, with the articles reporting it. */
export interface FigureSide {
  text: string;
  value: number;
  articleIds: string[];
}

/** Figures on one topic that different articles of one day report with different values. */
export interface FigureConflict {
  topic: string;
  about: string;
  sides: FigureSide[];
}

/** Same-day disagreements on figures: one topic, different values, reported by different articles. */
export function findFigureConflicts(items: ReadonlyArray<{ articleId: string; facts: readonly Fact[] }>): FigureConflict[] {
  const byTopic = new Map<string, { about: string; sides: FigureSide[] }>();
  for (const { articleId, facts } of items) {
    for (const fact of facts) {
      const topic = figureTopic(fact);
      if (topic === null) continue;
      const entry = byTopic.get(topic) ?? { about: fact.about!, sides: [] };
      byTopic.set(topic, entry);
      const side = entry.sides.find((candidate) => isSameValue(candidate.value, fact.value!));
      if (side && !side.articleIds.includes(articleId)) side.articleIds.push(articleId);
      if (!side) entry.sides.push({ text: fact.text, value: fact.value!, articleIds: [articleId] });
    }
  }
  const conflicts: FigureConflict[] = [];
  for (const [topic, { about, sides }] of [...byTopic].sort(([a], [b]) => a.localeCompare(b))) {
    // One article giving two values ("$2.5bn, up from $2bn") is not a disagreement between sources.
    const articles = new Set(sides.flatMap((side) => side.articleIds));
    if (sides.length > 1 && articles.size > 1) conflicts.push({ topic, about, sides: sides.sort((a, b) => a.value - b.value) });
  }
  return conflicts;
}
