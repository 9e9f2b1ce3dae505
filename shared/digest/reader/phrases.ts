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
  return fillSentence(thread, status, joined);
}

/**
 * The same sentence naming fewer subjects, for places with a length limit (the subject line):
 * "Agreement signed for the first site, the second site and 1 more", then "… for the first site
 * and 2 more" (each subject in its storyline phrase). Longest first; empty when the sentence names one subject.
 */
export function describeSubjectStatusBriefly(thread: string, subjects: readonly string[], status: string): string[] {
  const briefer: string[] = [];
  for (let named = subjects.length - 1; named >= 1; named -= 1) {
    const phrases = subjects.slice(0, named).map((subject) => phraseSubject(thread, subject));
    const joined = `${phrases.join(', ')} and ${subjects.length - named} more`;
    briefer.push(fillSentence(thread, status, joined));
  }
  return briefer;
}

function fillSentence(thread: string, status: string, joined: string): string {
  const template = findThread(thread)?.statuses.find((candidate) => candidate.id === status)?.sentence ?? `{s}: ${status.replace(/_/g, ' ')}`;
  const sentence = template.replace('{s}', () => joined);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The line under "Also reported", in every rendering: why these reports are listed apart. */
export const ALSO_REPORTED_NOTE = 'On the story, but not read for changes: no claim could be read from these reports.';
