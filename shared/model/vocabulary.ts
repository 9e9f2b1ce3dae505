/**
 * The claim vocabulary: the change kinds every digest uses, the key check against a storyline, and
 * (re-exported) the Syria–Russia ids as types for the code written for that storyline.
 */
import type { Storyline } from '../storyline/types';

export { STATUSES, SUBJECTS, THREADS, type Status, type Subject, type Thread } from '../storyline/syria-russia/vocabulary';

/** The kinds of change a digest reports (DESIGN.md). */
export const CHANGE_KINDS = ['status_change', 'new_claim', 'reaffirmed', 'conflict'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const STORYLINE = 'syria-russia';

/** True when `subject` and `status` belong to `thread` in `storyline`'s vocabulary. */
export function isValidClaimKey(storyline: Storyline, thread: string, subject: string, status: string): boolean {
  const definition = storyline.threads.find((candidate) => candidate.id === thread);
  if (!definition) return false;
  return definition.subjects.some((candidate) => candidate.id === subject) && definition.statuses.some((candidate) => candidate.id === status);
}
