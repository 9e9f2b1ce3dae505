/**
 * The state model of a thread (storyline data, see StateModel): which statuses clash, which says
 * most on one day, and which processes only move forward.
 */
import type { Storyline, ThreadDefinition } from '../storyline/types';

/** The thread's definition; throws on an id outside the storyline (callers validate claims first). */
export function threadOf(storyline: Storyline, thread: string): ThreadDefinition {
  const definition = storyline.threads.find((candidate) => candidate.id === thread);
  if (!definition) throw new RangeError(`unknown thread ${thread} in storyline ${storyline.id}`);
  return definition;
}

function stageOf(thread: ThreadDefinition, status: string): number {
  return thread.stateModel.forward.findIndex((stage) => stage.includes(status));
}

/**
 * True when `to` is an earlier stage than `from` of a process that only moves forward (a request
 * after a refusal, a proposal after a signing): a re-mention, never a change of status.
 */
export function isEarlierStage(thread: ThreadDefinition, from: string, to: string): boolean {
  const before = stageOf(thread, from);
  const after = stageOf(thread, to);
  return before >= 0 && after >= 0 && after < before;
}

/**
 * Every pair among `statuses` that independent sources can disagree on: the incompatible ones and
 * the contested ones (compatible within one source's account, a disagreement between two).
 */
export function findDisputablePairs(thread: ThreadDefinition, statuses: readonly string[]): Array<readonly [string, string]> {
  return [...thread.stateModel.incompatible, ...(thread.stateModel.contested ?? [])].filter(([a, b]) => statuses.includes(a) && statuses.includes(b));
}

/** The furthest-along status of a set of compatible ones (the thread's precedence). */
export function chooseFurthestStatus(thread: ThreadDefinition, statuses: readonly string[]): string {
  const order = thread.stateModel.precedence;
  const ranked = [...statuses].sort((a, b) => order.indexOf(b) - order.indexOf(a));
  const furthest = ranked[0];
  if (furthest === undefined) throw new RangeError('chooseFurthestStatus needs at least one status');
  return furthest;
}

/** `statuses` sorted in the vocabulary's order, so output never depends on input order. */
export function orderByVocabulary(thread: ThreadDefinition, statuses: readonly string[]): string[] {
  const order = thread.statuses.map((status) => status.id);
  return [...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
