/**
 * Adds another language's words to a thread defined in English, without a second copy of the
 * thread: topic words, subject aliases (and their exceptions), and status cues. The engine reads
 * every language's words alike (terms.ts matches any script); the function words that negate,
 * hedge or attribute are the engine's own (shared/claims/function-words.ts).
 */
import type { LocalisedTerms, ThreadDefinition, Terms } from './types';

/** One thread's words in languages other than English, keyed by language code. */
export interface ThreadTranslation {
  readonly topic?: Readonly<Record<string, Terms>>;
  /** Words that refer back to the thread's recent subject ("the request", "him"). */
  readonly references?: Terms;
  readonly subjects?: Readonly<Record<string, { readonly aliases?: Readonly<Record<string, Terms>>; readonly unless?: Terms; readonly ignore?: Terms }>>;
  /** Each status's cues in other languages: one more cue, with its own exceptions. */
  readonly statuses?: Readonly<Record<string, { readonly phrases: Readonly<Record<string, Terms>>; readonly unless?: Terms }>>;
}

function merge(terms: LocalisedTerms, extra: Readonly<Record<string, Terms>> | undefined): LocalisedTerms {
  if (!extra) return terms;
  const merged: Record<string, Terms | undefined> = { ...terms };
  for (const [language, list] of Object.entries(extra)) merged[language] = [...(terms[language] ?? []), ...list];
  return merged as LocalisedTerms;
}

const concat = (left: Terms | undefined, right: Terms | undefined): Terms | undefined => (left || right ? [...(left ?? []), ...(right ?? [])] : undefined);

/**
 * The thread with the translation's words added. Throws when the translation names a subject or
 * status the thread does not have, so a renamed id cannot silently drop a language.
 */
export function localiseThread(thread: ThreadDefinition, translation: ThreadTranslation): ThreadDefinition {
  for (const id of Object.keys(translation.subjects ?? {})) {
    if (!thread.subjects.some((subject) => subject.id === id)) throw new Error(`translation of ${thread.id} names no subject "${id}"`);
  }
  for (const id of Object.keys(translation.statuses ?? {})) {
    if (!thread.statuses.some((status) => status.id === id)) throw new Error(`translation of ${thread.id} names no status "${id}"`);
  }
  return {
    ...thread,
    topic: merge(thread.topic, translation.topic),
    references: [...thread.references, ...(translation.references ?? [])],
    subjects: thread.subjects.map((subject) => {
      const extra = translation.subjects?.[subject.id];
      if (!extra) return subject;
      const unless = concat(subject.unless, extra.unless);
      const ignore = concat(subject.ignore, extra.ignore);
      return { ...subject, aliases: merge(subject.aliases, extra.aliases), ...(unless ? { unless } : {}), ...(ignore ? { ignore } : {}) };
    }),
    statuses: thread.statuses.map((status) => {
      const extra = translation.statuses?.[status.id];
      if (!extra) return status;
      return { ...status, cues: [...status.cues, { phrases: merge({ en: [] }, extra.phrases), ...(extra.unless ? { unless: extra.unless } : {}) }] };
    }),
  };
}
