/**
 * The Syria–Russia claim vocabulary of DESIGN.md, as types for the code that is specific to this
 * storyline (its renderers' labels, its tests). The ids live in the storyline data
 * (shared/storyline/syria-russia/); generic code asks a Storyline instead (isValidClaimKey).
 * These strings are a contract with digest.json readers: never rename one.
 */
import type { Storyline } from '../storyline/types';

export const THREADS = ['bases', 'extradition', 'investment'] as const;
export type Thread = (typeof THREADS)[number];

export const SUBJECTS = {
  bases: ['tartus', 'hmeimim', 'other'],
  extradition: ['assad', 'other'],
  investment: ['energy', 'port', 'transport', 'trade', 'finance', 'other'],
} as const satisfies Record<Thread, readonly string[]>;

export const STATUSES = {
  bases: ['retained', 'negotiating', 'reduced', 'withdrawn', 'expanded', 'agreement_signed'],
  extradition: ['requested', 'refused', 'under_consideration', 'agreed', 'handed_over'],
  investment: ['proposed', 'signed', 'cancelled', 'implemented'],
} as const satisfies Record<Thread, readonly string[]>;

export type Subject<T extends Thread = Thread> = (typeof SUBJECTS)[T][number];
export type Status<T extends Thread = Thread> = (typeof STATUSES)[T][number];

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
