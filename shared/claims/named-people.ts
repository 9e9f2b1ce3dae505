/**
 * People an article introduces by a subject's alias and then names on their own: "former brigadier
 * general Fawwaz Saleh" or "Hisham Qaddour, a former colonel", then "Saleh was detained on a Syrian
 * request". For subjects whose storyline definition says its aliases introduce people
 * (`introducesNames`), or after one of its `introducedBy` phrases ("the extradition of Fawwaz
 * Barakat"), the name, and the surname alone, stand for that subject for the rest of the article.
 * Generic: the aliases come from the storyline; a name is capitalised words.
 */
import { escapeLiteral } from '../storyline/terms';
import type { CompiledStoryline } from './compile-storyline';

/** A name word: capitalised, or a lower-case particle glued to one ("al-Qaddour", "bin-Salem"). */
const NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|abu|abd)-)?\p{Lu}[\p{L}'’-]+`;
/** Two or three name words. */
const NAME = String.raw`(?:${NAME_WORD}\s+){1,2}${NAME_WORD}`;
/** A lower-case word of the role still being named ("general" after "former brigadier"), not a function word. */
const ROLE_WORD = String.raw`(?!(?:to|in|at|on|from|by|for|of|and|or|the|a|an|his|her|their|him|them|was|were|is|are|who|which|that|with)\s)\p{Ll}[\p{L}'’-]*`;
/** Right after the alias, or after up to two more words of the role: "former brigadier general Fawwaz Saleh". */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:${ROLE_WORD}\s+){0,2}(${NAME})`, 'u');
/** Right before it, set off as an apposition: "Hisham Qaddour, a former colonel". */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${NAME}),\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}$`, 'u');
/** A surname worth remembering on its own: long enough not to be a particle or an initial. */
const MIN_SURNAME = 4;

export interface KnownPerson {
  thread: string;
  subject: string;
  pattern: RegExp;
}

/** True when `name` is already something the storyline names: a side, a party, a place or another subject. */
function namesSomethingElse(compiled: CompiledStoryline, name: string): boolean {
  if ([...compiled.sides.values()].some((side) => side.test(name))) return true;
  if (compiled.parties.some((entry) => entry.aliases.test(name))) return true;
  return compiled.threads.some((thread) => thread.subjects.some((subject) => subject.aliases.test(name)));
}

/** The people `text` introduces by the alias of a subject that introduces names, less those already `known`. */
export function learnPeople(compiled: CompiledStoryline, text: string, known: readonly KnownPerson[] = []): KnownPerson[] {
  const people: KnownPerson[] = [];
  const isKnown = (subject: string, pattern: RegExp) => [...known, ...people].some((person) => person.subject === subject && person.pattern.source === pattern.source);
  for (const thread of compiled.threads) {
    for (const subject of thread.subjects) {
      if (subject.definition.introducesNames !== true) continue;
      const introductions = [...subject.aliases.find(text).map((alias) => ({ ...alias, apposition: true })), ...(subject.introducedBy?.find(text) ?? []).map((phrase) => ({ ...phrase, apposition: false }))];
      for (const introduction of introductions) {
        const after = NAME_AFTER.exec(text.slice(introduction.index + introduction.text.length))?.[1];
        const before = introduction.apposition ? NAME_BEFORE.exec(text.slice(0, introduction.index))?.[1] : undefined;
        for (const name of [after, before]) {
          if (!name || namesSomethingElse(compiled, name)) continue;
          const surname = name.split(/\s+/).at(-1)!;
          const bare = surname.replace(/^(?:al|el|bin|ibn|abu|abd)-/, '');
          const forms = [name, ...(bare.length >= MIN_SURNAME && !namesSomethingElse(compiled, bare) ? [surname, bare] : [])];
          const pattern = new RegExp(String.raw`(?<![\p{L}'’-])(?:${[...new Set(forms)].map(escapeLiteral).join('|')})(?![\p{L}-])`, 'u');
          if (!isKnown(subject.definition.id, pattern)) people.push({ thread: thread.definition.id, subject: subject.definition.id, pattern });
        }
      }
    }
  }
  return people;
}

/** The subjects, per thread, of the known people `text` names. */
export function subjectsNamedByPeople(people: readonly KnownPerson[], text: string): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const person of people) {
    if (!person.pattern.test(text)) continue;
    named.set(person.thread, [...new Set([...(named.get(person.thread) ?? []), person.subject])]);
  }
  return named;
}
