import type { ArticleRecord } from '../model/article';
import type { Change } from '../model/digest';
import type { Storyline } from '../storyline/types';
import { assessSubjectDay } from './assess-subject-day';
import { collectDayEvidence } from './day-evidence';
import { subjectKey, type SubjectRecord, type ThreadState } from './thread-state';

/** The changes of one digest day, per thread, and the thread state after it. */
export interface DayChanges {
  changes: Record<string, Change[]>;
  stateAfter: ThreadState;
}

/** Order of changes within a subject: what moved first, then what is disputed, then the brief ones. */
const KIND_ORDER: Record<Change['kind'], number> = { status_change: 0, new_claim: 1, conflict: 2, reaffirmed: 3 };

/**
 * State after day D = f(state before D, D's records). Pure and deterministic: threads and subjects
 * in vocabulary order, evidence by publication time then article id, whatever the input order.
 * Duplicates and irrelevant records never count; see assessSubjectDay for the per-subject rules.
 */
export function detectChanges(input: { storyline: Storyline; date: string; stateBefore: ThreadState | null; records: readonly ArticleRecord[] }): DayChanges {
  const evidence = collectDayEvidence(input.storyline, input.records);
  const prior = new Map((input.stateBefore?.subjects ?? []).map((record) => [subjectKey(record.thread, record.subject), record]));
  const changes: Record<string, Change[]> = Object.fromEntries(input.storyline.threads.map((thread) => [thread.id, [] as Change[]]));
  const subjects: SubjectRecord[] = [];

  for (const thread of input.storyline.threads) {
    for (const { id: subject } of thread.subjects) {
      const key = subjectKey(thread.id, subject);
      const outcome = assessSubjectDay({ thread, subject, date: input.date, prior: prior.get(key) ?? null, items: evidence.get(key) ?? [] });
      changes[thread.id]!.push(...outcome.changes.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
      if (outcome.record) subjects.push(outcome.record);
    }
  }
  return { changes, stateAfter: { version: 1, asOf: input.date, subjects } };
}
