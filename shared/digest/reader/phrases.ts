/**
 * How a reader would say what happened: the noun phrase of each subject and one sentence per
 * status, read from the storyline data (SubjectDefinition.phrase, StatusDefinition.sentence);
 * presentation only, digest.json keeps the contract strings.
 */
import { findThreadDefinition as findThread } from '../../storyline/registry';

/** The subject's phrase from the storyline; unknown subjects fall back to their label or their own string. */
export function phraseSubject(thread: string, subject: string): string {
  const definition = findThread(thread)?.subjects.find((candidate) => candidate.id === subject);
  return definition?.phrase ?? definition?.label ?? subject.replace(/_/g, ' ');
}

/** The status's sentence from the storyline with the subjects' phrases joined by "and". */
export function describeSubjectStatus(thread: string, subjects: readonly string[], status: string): string {
  const phrases = subjects.map((subject) => phraseSubject(thread, subject));
  const joined = phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
  const template = findThread(thread)?.statuses.find((candidate) => candidate.id === status)?.sentence ?? `{s}: ${status.replace(/_/g, ' ')}`;
  const sentence = template.replace('{s}', () => joined);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The line under "Also reported", in every rendering: why these reports are listed apart. */
export const ALSO_REPORTED_NOTE = 'On the story, but not read for changes: no claim could be read from these reports.';
