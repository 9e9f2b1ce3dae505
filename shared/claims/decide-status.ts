/**
 * Applies a thread's status cues to one clause: finds the cues, drops negated ones or turns them
 * into their opposite, and keeps the first (or every) status the clause asserts.
 */
import type { Status, Thread } from '../model/vocabulary';
import { isNegatedAt, isRefusalAt } from './negation';
import type { StatusCue } from './status-cues';

export interface DecideOptions<T extends Thread> {
  /** Keep every status the clause cues, not just the first by precedence. */
  multiple?: boolean;
  /** What a negated status becomes when the negation is a refusal ("no plans to withdraw" → retained). */
  onRefusal?: Partial<Record<Status<T>, Status<T>>>;
  /** False to ignore a cue match (e.g. an intention, "ready to resume"). */
  accept?: (status: Status<T>, clause: string, cueStart: number) => boolean;
}

/** A status a clause asserts and where in the clause its cue starts. */
export interface PlacedStatus<T extends Thread> {
  status: Status<T>;
  at: number;
}

/** The statuses one clause asserts for a thread, by the cue list's precedence, with their positions. */
export function decidePlacedStatuses<T extends Thread>(
  clause: string,
  cues: StatusCue<T>[],
  options: DecideOptions<T> = {},
): PlacedStatus<T>[] {
  const found: PlacedStatus<T>[] = [];
  for (const cue of cues) {
    const match = cue.pattern.exec(clause);
    if (!match) continue;
    if (options.accept && !options.accept(cue.status, clause, match.index)) continue;
    const status = cue.negatable && isNegatedAt(clause, match.index) ? negatedStatus(cue.status, clause, match.index, options) : cue.status;
    if (status === undefined) continue;
    if (!found.some((placed) => placed.status === status)) found.push({ status, at: match.index });
    if (!options.multiple) break;
  }
  return found;
}

/** The statuses one clause asserts for a thread, by the cue list's precedence. */
export function decideStatuses<T extends Thread>(
  clause: string,
  cues: StatusCue<T>[],
  options: DecideOptions<T> = {},
): Status<T>[] {
  return decidePlacedStatuses(clause, cues, options).map((placed) => placed.status);
}

function negatedStatus<T extends Thread>(
  status: Status<T>,
  clause: string,
  cueStart: number,
  options: DecideOptions<T>,
): Status<T> | undefined {
  return isRefusalAt(clause, cueStart) ? options.onRefusal?.[status] : undefined;
}
