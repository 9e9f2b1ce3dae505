/**
 * Reader-facing names of the vocabulary, from the storyline data; the contract strings themselves
 * stay in digest.json. An id no storyline labels is shown as itself.
 */
import { findThreadDefinition as findThread } from '../storyline/registry';

/** "Russian bases" for `bases`. */
export function labelThread(thread: string): string {
  return findThread(thread)?.label ?? thread;
}

/** The subject's label from the storyline data; unknown subjects fall back to their own string. */
export function labelSubject(thread: string, subject: string): string {
  return findThread(thread)?.subjects.find((candidate) => candidate.id === subject)?.label ?? subject;
}

/** "agreement signed" for `agreement_signed`. */
export function labelStatus(status: string): string {
  return status.replace(/_/g, ' ');
}

/** "not signed" for a source denying `signed`. */
export function labelDenied(status: string): string {
  return `not ${labelStatus(status)}`;
}
