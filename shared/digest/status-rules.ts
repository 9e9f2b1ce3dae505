import { STATUSES, type Thread } from '../model/vocabulary';

/**
 * Status pairs that cannot both be true of one subject on one day. Pairs not listed are compatible:
 * Russia can keep Tartus while negotiating its terms, and a request can stand beside a refusal.
 * `cancelled` covers a whole investment subject, so it clashes with every other investment status;
 * two different deals in one subject on one day (one signed, one cancelled) are rare enough that
 * showing them as a conflict for a person to read is the safer failure.
 */
const INCOMPATIBLE: Record<Thread, ReadonlyArray<readonly [string, string]>> = {
  bases: [
    ['retained', 'withdrawn'],
    ['expanded', 'withdrawn'],
    ['expanded', 'reduced'],
    ['agreement_signed', 'withdrawn'],
  ],
  extradition: [
    ['refused', 'agreed'],
    ['refused', 'handed_over'],
    ['refused', 'under_consideration'],
  ],
  investment: [
    ['cancelled', 'proposed'],
    ['cancelled', 'signed'],
    ['cancelled', 'implemented'],
  ],
};

/**
 * How far along its thread a status is. When one day brings several compatible statuses for a
 * subject, the furthest one becomes current: "negotiating" says more than "retained" on the same
 * day, "handed over" more than "agreed", "implemented" more than "signed".
 */
const PRECEDENCE: Record<Thread, readonly string[]> = {
  bases: ['retained', 'negotiating', 'expanded', 'reduced', 'agreement_signed', 'withdrawn'],
  extradition: ['requested', 'under_consideration', 'refused', 'agreed', 'handed_over'],
  investment: ['proposed', 'signed', 'implemented', 'cancelled'],
};

/**
 * An investment subject gathers many deals ("energy" is every oil, gas and power deal), so a deal's
 * lifecycle only runs forward: a proposal reported after a signed or delivered deal is another
 * deal, not a step back. The other threads concern one place or one person, where a later status
 * replaces the earlier one whichever way it moves.
 */
const INVESTMENT_LIFECYCLE = ['proposed', 'signed', 'implemented'];

/** True when `to` is an earlier stage of a deal than `from`: a further deal, not a change of status. */
export function isFurtherDeal(thread: Thread, from: string, to: string): boolean {
  if (thread !== 'investment') return false;
  const before = INVESTMENT_LIFECYCLE.indexOf(from);
  const after = INVESTMENT_LIFECYCLE.indexOf(to);
  return before >= 0 && after >= 0 && after < before;
}

/** Every incompatible pair among `statuses`; empty when they can all hold at once. */
export function findIncompatibleStatuses(thread: Thread, statuses: readonly string[]): Array<readonly [string, string]> {
  return INCOMPATIBLE[thread].filter(([a, b]) => statuses.includes(a) && statuses.includes(b));
}

/** The furthest-along status of a set of compatible ones. */
export function chooseFurthestStatus(thread: Thread, statuses: readonly string[]): string {
  const ranked = [...statuses].sort((a, b) => PRECEDENCE[thread].indexOf(b) - PRECEDENCE[thread].indexOf(a));
  const furthest = ranked[0];
  if (furthest === undefined) throw new RangeError('chooseFurthestStatus needs at least one status');
  return furthest;
}

/** `statuses` sorted in the vocabulary's order (DESIGN.md), so output never depends on input order. */
export function orderByVocabulary(thread: Thread, statuses: readonly string[]): string[] {
  const order = STATUSES[thread] as readonly string[];
  return [...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
