/**
 * One clause against the storyline: which threads it speaks of, which subject, and which status
 * its cues give — before asking how it is asserted. Generic: every word comes from the storyline.
 */
import { TermMatcher } from '../storyline/terms';
import type { CompiledStatus, CompiledStoryline, CompiledSubject, CompiledThread } from './compile-storyline';
import { NEGATORS } from './english';
import type { CueSpan } from './assertion';

const negators = new TermMatcher(NEGATORS);
/** How many words before a cue a negator still negates it ("has not yet agreed"). */
const NEGATION_REACH = 4;

/** What the reader knows from earlier sentences. */
export interface ClauseContext {
  /** Sides named in this sentence, the one before, or the headline (and a speaker's "we"). */
  sidesInView: ReadonlySet<string>;
  /** The subjects each thread's recent sentences named, for "the facility" or "him". */
  recentSubjects: ReadonlyMap<string, readonly string[]>;
}

/** A status a clause's cue gives, before its assertion is judged. */
export interface StatusOption {
  status: string;
  cue: CueSpan;
  kind: 'standing' | 'event';
  intentionAsserts: boolean;
}

/** A subject a clause speaks of, with the statuses its cues give, best first (the longest cue). */
export interface ClauseReading {
  thread: string;
  subject: string;
  options: StatusOption[];
}

interface CueHit {
  status: CompiledStatus;
  cue: CueSpan;
  negated: boolean;
}

function isNegated(clause: string, cueIndex: number): boolean {
  const before = clause.slice(0, cueIndex).trim().split(/\s+/).slice(-NEGATION_REACH).join(' ');
  return negators.test(before);
}

/** Every cue of the thread's statuses in the clause, minus those an exception voids. */
function findCueHits(thread: CompiledThread, clause: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const status of thread.statuses) {
    for (const cue of status.cues) {
      if (cue.unless?.test(clause)) continue;
      for (const match of cue.phrases.find(clause)) {
        hits.push({ status, cue: { index: match.index, length: match.text.length }, negated: isNegated(clause, match.index) });
      }
    }
  }
  return hits;
}

/** The status a hit asserts: a negated cue asserts its declared opposite, or nothing. */
function resolveHit(thread: CompiledThread, hit: CueHit): CompiledStatus | null {
  if (!hit.negated) return hit.status;
  const opposite = hit.status.definition.whenNegated;
  return opposite ? (thread.statuses.find((status) => status.definition.id === opposite) ?? null) : null;
}

function namedSubjects(thread: CompiledThread, clause: string): CompiledSubject[] {
  return thread.subjects.filter((subject) => !subject.definition.fallback && subject.aliases.test(clause) && !subject.unless?.test(clause));
}

/** The subjects a clause is about on one thread: named, referred back to, or the thread's fallback. */
function chooseSubjects(thread: CompiledThread, clause: string, named: CompiledSubject[], context: ClauseContext, otherNamed: boolean): string[] {
  if (named.length > 0) return named.map((subject) => subject.definition.id);
  const recent = context.recentSubjects.get(thread.definition.id);
  if (recent && recent.length > 0 && thread.references.test(clause)) return [...recent];
  const fallback = thread.subjects.find((subject) => subject.definition.fallback);
  if (!fallback || otherNamed || fallback.unless?.test(clause)) return [];
  const onTopic = thread.topic.test(clause) || fallback.aliases.test(clause);
  return onTopic ? [fallback.definition.id] : [];
}

/** The outsider rule: an asset of the tracked side's going to someone else (e.g. a concession awarded elsewhere). */
function readThirdParty(thread: CompiledThread, clause: string, named: CompiledSubject[], tracked: TermMatcher | undefined): ClauseReading[] | null {
  const rule = thread.thirdParty;
  if (!rule || !rule.parties.test(clause) || tracked?.test(clause)) return null;
  const cue = rule.cues.find(clause)[0];
  if (!cue || named.length === 0) return [];
  const status = thread.statuses.find((candidate) => candidate.definition.id === rule.status);
  if (!status) return [];
  const option: StatusOption = { status: rule.status, cue: { index: cue.index, length: cue.text.length }, kind: status.definition.kind, intentionAsserts: false };
  return named.map((subject) => ({ thread: thread.definition.id, subject: subject.definition.id, options: [option] }));
}

/** The statuses the clause's cues give on one thread, one option per status, the longest cue first. */
function rankOptions(thread: CompiledThread, clause: string): StatusOption[] {
  const ranked = findCueHits(thread, clause)
    .map((hit) => ({ hit, status: resolveHit(thread, hit) }))
    .filter((entry): entry is { hit: CueHit; status: CompiledStatus } => entry.status !== null)
    .sort((a, b) => b.hit.cue.length - a.hit.cue.length || a.hit.cue.index - b.hit.cue.index);
  const options: StatusOption[] = [];
  for (const { hit, status } of ranked) {
    if (options.some((option) => option.status === status.definition.id)) continue;
    options.push({ status: status.definition.id, cue: hit.cue, kind: status.definition.kind, intentionAsserts: status.definition.intentionAsserts ?? false });
  }
  return options;
}

/** The statuses one clause gives, per thread and subject (the longest cue wins within a thread). */
export function readClause(compiled: CompiledStoryline, clause: string, context: ClauseContext): ClauseReading[] {
  if (compiled.elsewhere.test(clause) && !compiled.home.test(clause)) return [];
  const threads = compiled.threads.filter((thread) => !thread.definition.requiresSide || context.sidesInView.has(thread.definition.requiresSide));
  const named = new Map(threads.map((thread) => [thread, namedSubjects(thread, clause)]));
  const readings: ClauseReading[] = [];
  for (const thread of threads) {
    const ownNamed = named.get(thread)!;
    const outsider = readThirdParty(thread, clause, ownNamed, compiled.sides.get(compiled.storyline.trackedSide));
    if (outsider) {
      readings.push(...outsider);
      continue;
    }
    const otherNamed = [...named].some(([other, subjects]) => other !== thread && subjects.length > 0);
    const subjects = chooseSubjects(thread, clause, ownNamed, context, otherNamed);
    if (subjects.length === 0) continue;
    const options = rankOptions(thread, clause);
    if (options.length === 0) continue;
    for (const subject of subjects) readings.push({ thread: thread.definition.id, subject, options });
  }
  return readings;
}
