import type { Fact } from '../model/claim';
import { labelDenied, labelStatus, labelSubject } from './labels';
import type { FigureConflict } from './fact-rules';

/** "(1 source)", "(2 sources)". */
function countSources(count: number): string {
  return `(${count} ${count === 1 ? 'source' : 'sources'})`;
}

/** A new fact as the reader sees it: "$3 billion credit line (earlier $2.5 billion)". */
export interface DescribedFact {
  fact: Fact;
  revises: Fact | null;
}

/** "<Subject>: retained → negotiating (2 sources)"; new facts, when any, after a dash. */
export function describeStatusChange(
  thread: string,
  subject: string,
  from: string,
  to: string,
  sources: number,
  facts: readonly DescribedFact[] = [],
): string {
  const news = facts.length > 0 ? ` — new: ${listFacts(facts)}` : '';
  return `${labelSubject(thread, subject)}: ${labelStatus(from)} → ${labelStatus(to)}${news} ${countSources(sources)}`;
}

/** "Ports: signed (1 source)" for a subject not seen before. */
export function describeNewSubject(thread: string, subject: string, status: string, sources: number): string {
  return `${labelSubject(thread, subject)}: ${labelStatus(status)} ${countSources(sources)}`;
}

/** "Finance: signed — new: $3 billion credit line (earlier $2.5 billion), Rosatom (1 source)". */
export function describeNewFacts(thread: string, subject: string, status: string, facts: readonly DescribedFact[], sources: number): string {
  return `${labelSubject(thread, subject)}: ${labelStatus(status)} — new: ${listFacts(facts)} ${countSources(sources)}`;
}

function listFacts(facts: readonly DescribedFact[]): string {
  const listed = facts.map(({ fact, revises }) => {
    const about = fact.about && !fact.text.toLowerCase().includes(fact.about.toLowerCase()) ? ` ${fact.about}` : '';
    return `${fact.text}${about}${revises ? ` (earlier ${revises.text})` : ''}`;
  });
  return listed.join(', ');
}

/** "Energy: another deal proposed (1 source) — still implemented overall". */
export function describeFurtherDeal(thread: string, subject: string, status: string, current: string, sources: number): string {
  return `${labelSubject(thread, subject)}: another deal ${labelStatus(status)} ${countSources(sources)} — still ${labelStatus(current)} overall`;
}

/** "<Subject>: still retained (Reuters, TASS)". */
export function describeReaffirmation(thread: string, subject: string, status: string, publishers: readonly string[]): string {
  return `${labelSubject(thread, subject)}: still ${labelStatus(status)} (${[...new Set(publishers)].join(', ')})`;
}

/** "<Subject>: conflicting reports — refused (TASS) vs agreed (Reuters)". */
export function describeStatusConflict(
  thread: string,
  subject: string,
  sides: ReadonlyArray<{ status: string; denies?: boolean; publishers: readonly string[] }>,
): string {
  const listed = sides.map((side) => `${side.denies ? labelDenied(side.status) : labelStatus(side.status)} (${[...new Set(side.publishers)].join(', ')})`);
  return `${labelSubject(thread, subject)}: conflicting reports — ${listed.join(' vs ')}`;
}

/** "Finance: conflicting figures for credit line — $2.5 billion (TASS) vs $3 billion (Reuters)". */
export function describeFigureConflict(
  thread: string,
  subject: string,
  conflict: FigureConflict,
  publisherOf: (articleId: string) => string,
): string {
  const listed = conflict.sides.map(
    (side) => `${side.text} (${[...new Set(side.articleIds.map(publisherOf))].join(', ')})`,
  );
  return `${labelSubject(thread, subject)}: conflicting figures for ${conflict.about} — ${listed.join(' vs ')}`;
}
