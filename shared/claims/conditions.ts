/**
 * Conditions. "Syria will only allow Russia to keep Hmeimim if Moscow returns Assad" states terms,
 * not a state: the base is under negotiation and the handover is a demand. Soft provisos ("as long
 * as it serves Syria", "provided there is cooperation") leave the statement standing.
 */
import type { Status, Thread } from '../model/vocabulary';
import type { ClaimKey } from './types';

const STRONG_CONDITION = /\bonly\b[^.;]*\bif\b|\bunless\b|\bon (?:the )?condition that\b/;

/** What each status becomes when it is only the term of a condition. */
const AS_TERM: { [T in Thread]: Partial<Record<Status<T>, Status<T>>> } = {
  bases: { retained: 'negotiating', reduced: 'negotiating', withdrawn: 'negotiating', expanded: 'negotiating', agreement_signed: 'negotiating' },
  extradition: { agreed: 'requested', handed_over: 'requested', under_consideration: 'requested' },
  investment: { signed: 'proposed', implemented: 'proposed', cancelled: 'proposed' },
};

/** True when the sentence sets a strong condition. */
export function isConditional(normalised: string): boolean {
  return STRONG_CONDITION.test(normalised);
}

/** Turns a conditional sentence's claims into the terms they are, dropping repeats. */
export function readAsTerms(keys: ClaimKey[]): ClaimKey[] {
  const terms: ClaimKey[] = [];
  for (const key of keys) {
    const table = AS_TERM[key.thread] as Partial<Record<string, string>>;
    const status = (table[key.status] ?? key.status) as ClaimKey['status'];
    if (!terms.some((term) => term.thread === key.thread && term.subject === key.subject && term.status === status)) {
      terms.push({ ...key, status });
    }
  }
  return terms;
}
