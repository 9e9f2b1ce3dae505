/**
 * The Syria–Russia claim vocabulary of DESIGN.md as TypeScript types, for the code written for this
 * storyline (its tests, its site's thread pages). The same ids are in the thread data beside this
 * file; a test checks they agree. These strings are a contract with digest.json readers.
 */
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
