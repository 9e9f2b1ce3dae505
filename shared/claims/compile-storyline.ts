/**
 * A storyline's term lists compiled once into matchers (cached per storyline object), so the
 * engine reads data, never a hard-coded word.
 */
import { allLanguages, TermMatcher } from '../storyline/terms';
import type { Party, StatusDefinition, Storyline, SubjectDefinition, ThreadDefinition } from '../storyline/types';

export interface CompiledCue {
  phrases: TermMatcher;
  unless: TermMatcher | null;
  /** The cue speaks of one named place or party, never of the thread in general. */
  namedOnly: boolean;
  corroborates: boolean;
  atSource: string | null;
}

export interface CompiledStatus {
  definition: StatusDefinition;
  cues: CompiledCue[];
  /** The movers that make the status partial (see `StatusDefinition.whenPartial`). */
  partialMovers: TermMatcher | null;
}

export interface CompiledSubject {
  definition: SubjectDefinition;
  aliases: TermMatcher;
  unless: TermMatcher | null;
  ignore: TermMatcher | null;
  /** Phrases after which a name is one of this subject's people (see SubjectDefinition.introducedBy). */
  introducedBy: TermMatcher | null;
}

export interface CompiledThread {
  definition: ThreadDefinition;
  topic: TermMatcher;
  subjects: CompiledSubject[];
  statuses: CompiledStatus[];
  references: TermMatcher;
  thirdParty: { parties: TermMatcher; cues: TermMatcher; status: string; lost: TermMatcher | null; lostBy: TermMatcher | null } | null;
}

export interface CompiledStoryline {
  storyline: Storyline;
  /** Each side's core and secondary names. */
  sides: Map<string, TermMatcher>;
  /** The sides other than the tracked one: where the story happens. */
  home: TermMatcher;
  elsewhere: TermMatcher;
  /** Other powers and armed actors (storyline `outsiders`), when the storyline names any. */
  outsiders: TermMatcher | null;
  /** The storyline's past periods, each with the day it ended. */
  eras: Era[];
  parties: Array<{ party: Party; aliases: TermMatcher }>;
  threads: CompiledThread[];
  factTopics: TermMatcher;
}

/** A period the story has left behind, compiled (see `Storyline.eras`). */
export interface Era {
  phrases: TermMatcher;
  ended: Date;
}

const cache = new WeakMap<Storyline, CompiledStoryline>();

function optional(terms: readonly string[] | undefined): TermMatcher | null {
  return terms && terms.length > 0 ? new TermMatcher(terms) : null;
}

/** "The contract" refers back; so do "that contract", "this deal", "such requests" (English determiners, not story words). */
function withDemonstratives(references: readonly string[]): string[] {
  const demonstrative = (reference: string) => (/^the\s/i.test(reference) ? [`[this|that|these|those|such] ${reference.slice(4)}`] : []);
  return [...references, ...references.flatMap(demonstrative)];
}

function compileThread(thread: ThreadDefinition): CompiledThread {
  return {
    definition: thread,
    topic: new TermMatcher(allLanguages(thread.topic)),
    subjects: thread.subjects.map((subject) => ({
      definition: subject,
      aliases: new TermMatcher(allLanguages(subject.aliases)),
      unless: optional(subject.unless),
      ignore: optional(subject.ignore),
      introducedBy: optional(subject.introducedBy),
    })),
    statuses: thread.statuses.map((status) => ({
      definition: status,
      cues: status.cues.map((cue) => ({ phrases: new TermMatcher(allLanguages(cue.phrases)), unless: optional(cue.unless), namedOnly: cue.namedOnly ?? false, corroborates: cue.corroborates ?? false, atSource: cue.atSource ?? null })),
      partialMovers: optional(status.whenPartial?.movers),
    })),
    references: new TermMatcher(withDemonstratives(thread.references)),
    thirdParty: thread.thirdParty
      ? { parties: new TermMatcher(thread.thirdParty.parties), cues: new TermMatcher(thread.thirdParty.cues), status: thread.thirdParty.status, lost: optional(thread.thirdParty.lost), lostBy: optional(thread.thirdParty.lostBy) }
      : null,
  };
}

/** The storyline's matchers, compiled on first use. */
export function compileStoryline(storyline: Storyline): CompiledStoryline {
  const cached = cache.get(storyline);
  if (cached) return cached;
  const sideTerms = (id: string) => {
    const side = storyline.sides.find((candidate) => candidate.id === id)!;
    return [...allLanguages(side.core), ...allLanguages(side.secondary)];
  };
  const compiled: CompiledStoryline = {
    storyline,
    sides: new Map(storyline.sides.map((side) => [side.id, new TermMatcher(sideTerms(side.id))])),
    home: new TermMatcher(storyline.sides.filter((side) => side.id !== storyline.trackedSide).flatMap((side) => sideTerms(side.id))),
    elsewhere: new TermMatcher(allLanguages(storyline.relevance.elsewhere)),
    outsiders: storyline.outsiders ? optional(allLanguages(storyline.outsiders)) : null,
    eras: (storyline.eras ?? []).map((era) => ({ phrases: new TermMatcher(allLanguages(era.phrases)), ended: new Date(era.ended) })),
    parties: storyline.parties.map((party) => ({ party, aliases: new TermMatcher(allLanguages(party.aliases)) })),
    threads: storyline.threads.map(compileThread),
    factTopics: new TermMatcher(storyline.facts.topics),
  };
  cache.set(storyline, compiled);
  return compiled;
}

/** The sides a text names. */
export function findSides(compiled: CompiledStoryline, text: string): Set<string> {
  const found = new Set<string>();
  for (const [id, matcher] of compiled.sides) if (matcher.test(text)) found.add(id);
  return found;
}

/** The side of a named speaker, when the storyline knows the name. */
export function findSpeakerSide(compiled: CompiledStoryline, speaker: string): string | null {
  return compiled.parties.find((entry) => entry.aliases.test(speaker))?.party.side ?? null;
}
