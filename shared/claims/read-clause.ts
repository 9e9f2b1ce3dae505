/**
 * One clause against the storyline: which threads it speaks of, which subject, and which status
 * its cues give — before asking how it is asserted. Generic: every word comes from the storyline.
 */
import { TermMatcher } from '../storyline/terms';
import type { CompiledStatus, CompiledStoryline, CompiledSubject, CompiledThread } from './compile-storyline';
import { ANOTHER_REFERENT, COMPARISON_STANDARD, DESTINATION_BEFORE, INCHOATIVE_BEFORE, OUT_OF_SCOPE, PARTITIVE, PROGRESSIVE_BEFORE, SOURCE_BEFORE, UNDECIDED, WHOLE } from './english';
import { NEGATORS } from './function-words';
import type { CueSpan } from './assertion';

const negators = new TermMatcher(NEGATORS);
const undecided = new TermMatcher(UNDECIDED);
const partitive = new TermMatcher(PARTITIVE);
const whole = new TermMatcher(WHOLE);
/** A negation that says "not yet": the event may still come. */
const NOT_YET = /\b(?:not\s+yet|yet\s+to)\b/;
/** How many words before a cue a negator still negates it ("has not yet agreed"). */
const NEGATION_REACH = 6;

/** What the reader knows from earlier sentences. */
export interface ClauseContext {
  /** Sides named in this sentence, the one before, or the headline (and a speaker's "we"). */
  sidesInView: ReadonlySet<string>;
  /** The subjects each thread's recent sentences named, for "the facility" or "him". */
  recentSubjects: ReadonlyMap<string, readonly string[]>;
  /** The subjects the headline named per thread: what "the facility" is when no recent sentence says. */
  headlineSubjects?: ReadonlyMap<string, readonly string[]>;
  /** The sentence itself names the tracked side (an outsider's deal is then the tracked side's loss). */
  trackedSideInSentence: boolean;
}

/** A status a clause's cue gives, before its assertion is judged. */
export interface StatusOption {
  status: string;
  cue: CueSpan;
  /** The cue was negated and the status is its declared opposite ("denies it is leaving" → retained). */
  negated: boolean;
  kind: 'standing' | 'event';
  intentionAsserts: boolean;
  direction?: 'away' | 'toward';
  /** From a cue that speaks of one named place (see `Cue.namedOnly`). */
  namedOnly?: boolean;
  /** From a cue that shows the status without reporting it (see `Cue.corroborates`). */
  corroborates?: boolean;
  /** The status for the place left, from a cue of relocation (see `Cue.atSource`). */
  atSource?: string;
  /**
   * The cue's own status, negated, where the status declares no opposite or the negation says "not
   * yet" ("the contract has not been signed"): the clause denies it. Read as a denial, never a claim;
   * it comes after every other option of the clause.
   */
  denies?: true;
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
  /** Negated by an absent decision: neither the status nor its opposite. */
  undecided: boolean;
  namedOnly: boolean;
  corroborates: boolean;
  atSource: string | null;
}

/** The words before the cue that a negator there would reach: a few, and never past a comma. */
function negationScope(clause: string, cueIndex: number): string {
  const before = clause.slice(0, cueIndex);
  return before.slice(before.lastIndexOf(',') + 1).trim().split(/\s+/).slice(-NEGATION_REACH).join(' ');
}

/** "Neither the readout nor the agency mentions a loan": a clause led by "neither" is negated throughout. */
const NEGATED_CLAUSE = /^(?:but\s+|and\s+)?neither\b/;

/** "No credit agreement with the bank had been signed": a subject led by "no" negates its verb, however long the subject. */
const NEGATED_SUBJECT = /\bno\s+(?:[^\s,;]+\s+){1,8}(?:has|have|had|was|were|is|are)\s+(?:yet\s+|ever\s+)?(?:been\s+)?$/;

function isNegated(clause: string, cueIndex: number): boolean {
  const before = clause.slice(0, cueIndex);
  return NEGATED_CLAUSE.test(clause) || negators.test(negationScope(clause, cueIndex)) || NEGATED_SUBJECT.test(before.slice(before.lastIndexOf(',') + 1));
}

/**
 * Someone else's word for what the clause reports, in a relative clause after it ("…, the first
 * confirmation of departures that the other side described as a rotation"): theirs, not the
 * clause's, so it voids no cue before it.
 */
const OTHERS_WORD_AFTER = /\b(?:that|which)\s+(?:[\w'-]+\s+){1,4}?(?:described|called|termed|characteri[sz]ed|portrayed|presented|dismissed|labelled|labeled)\b[^,;]*/g;

function withoutOthersWordAfter(clause: string, cueEnd: number): string {
  return clause.replace(OTHERS_WORD_AFTER, (match, offset: number) => (offset >= cueEnd ? ' '.repeat(match.length) : match));
}

/** Every cue of the thread's statuses in the clause, minus those an exception voids. */
function findCueHits(thread: CompiledThread, clause: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const status of thread.statuses) {
    for (const cue of status.cues) {
      const unless = cue.unless;
      const voided = unless?.test(clause) ?? false;
      for (const match of cue.phrases.find(clause)) {
        if (voided && unless?.test(withoutOthersWordAfter(clause, match.index + match.text.length))) continue;
        const negated = isNegated(clause, match.index);
        // "Has not yet agreed" is pending, not the opposite: no decision either way.
        const pending = negated && (undecided.test(clause.slice(0, match.index)) || NOT_YET.test(negationScope(clause, match.index)));
        hits.push({ status, cue: { index: match.index, length: match.text.length }, negated, undecided: pending, namedOnly: cue.namedOnly, corroborates: cue.corroborates, atSource: cue.atSource });
      }
    }
  }
  return hits;
}

/**
 * The status a hit asserts: a negated cue asserts its declared opposite, or nothing; a cue the
 * clause says has only begun, or is under way ("are withdrawing"), asserts its declared first stage.
 */
function resolveHit(thread: CompiledThread, hit: CueHit, clause: string): CompiledStatus | null {
  const { whenNegated, whenBegun, whenPartial } = hit.status.definition;
  if (hit.negated) return hit.undecided || !whenNegated ? null : findStatus(thread, whenNegated);
  const before = clause.slice(0, hit.cue.index);
  const underWay = /ing\b/.test(clause.slice(hit.cue.index, hit.cue.index + hit.cue.length)) && PROGRESSIVE_BEFORE.test(before);
  if (whenBegun && (INCHOATIVE_BEFORE.test(before) || underWay)) return findStatus(thread, whenBegun);
  // The mover may stand inside the cue's own span ("flown four helicopters out of").
  if (whenPartial && isPartial(hit.status, clause.slice(0, hit.cue.index + hit.cue.length))) return findStatus(thread, whenPartial.status);
  return hit.status;
}

/** Only part of the whole does it: a partitive, or one of the status's movers, and nothing saying "all". */
function isPartial(status: CompiledStatus, upToCueEnd: string): boolean {
  if (whole.test(upToCueEnd)) return false;
  return partitive.test(upToCueEnd) || (status.partialMovers?.test(upToCueEnd) ?? false);
}

function findStatus(thread: CompiledThread, id: string): CompiledStatus | null {
  return thread.statuses.find((status) => status.definition.id === id) ?? null;
}

/**
 * The clause with its comparisons' yardsticks blanked out, and what it leaves out of its scope unless
 * `leftOutToo` is false: a place named only there is not what the clause is about.
 */
function blankPlacesNotAbout(clause: string, leftOutToo: boolean): string {
  const blank = (text: string) => ' '.repeat(text.length);
  const withoutStandards = clause.replace(COMPARISON_STANDARD, blank);
  return leftOutToo ? withoutStandards.replace(OUT_OF_SCOPE, blank) : withoutStandards;
}

/** True when the clause names the subject: an alias outside the ignored phrases, and no voiding exception. */
function namesSubject(subject: CompiledSubject, clause: string): boolean {
  if (subject.unless?.test(clause)) return false;
  return subject.aliases.test(subject.ignore ? subject.ignore.mask(clause) : clause);
}

/** The subjects the clause names by alias (the fallback too, when one of its own aliases is there). */
function namedSubjects(thread: CompiledThread, clause: string, leftOutToo = true): CompiledSubject[] {
  const subjectsOnly = blankPlacesNotAbout(clause, leftOutToo);
  return thread.subjects.filter((subject) => namesSubject(subject, subjectsOnly));
}

/** Where forces go or come from, as the words before the subject's first alias say. */
function readRole(subject: CompiledSubject, clause: string, elsewhere: TermMatcher): 'source' | 'destination' | null {
  const text = subject.ignore ? subject.ignore.mask(clause) : clause;
  const first = subject.aliases.find(text)[0];
  if (!first) return null;
  const before = clause.slice(0, first.index);
  if (DESTINATION_BEFORE.test(before)) return 'destination';
  if (SOURCE_BEFORE.test(before)) return 'source';
  // Gone "to" a place abroad ("ships that used the berth at home have moved to a port abroad"): the
  // place at home is the one left.
  if (elsewhere.find(clause).some((place) => DESTINATION_BEFORE.test(clause.slice(0, place.index)))) return 'source';
  return null;
}

/**
 * The options that fit the subject's role: a drawdown is of the place left, a deployment of the
 * place reached. The place left by a relocation takes the cue's `atSource` status when nothing else
 * fits it.
 */
function fitRole(thread: CompiledThread, options: StatusOption[], role: 'source' | 'destination' | null): StatusOption[] {
  if (role === null) return options;
  const fitting = options.filter((option) => !(option.direction === 'away' && role === 'destination') && !(option.direction === 'toward' && role === 'source'));
  if (fitting.length > 0 || role !== 'source') return fitting;
  const mirrored: StatusOption[] = [];
  for (const option of options) {
    const status = option.direction === 'toward' && option.atSource ? findStatus(thread, option.atSource) : null;
    if (status) mirrored.push({ ...option, status: status.definition.id, kind: status.definition.kind, direction: 'away' });
  }
  return mirrored;
}

/** "He said …": a pronoun leading a speech verb is the speaker, not a subject referred back to. */
const SPEAKER_PRONOUN = /^(?:he|she)\s+(?:said|says|told|tells|added|adds|noted|stressed|argued|insisted|explained|replied|answered|warned|recalled)\b/;

/**
 * The subjects a clause is about on one thread: named, referred back to (or gone on about), or the
 * thread's fallback for want of any (`byFallback`).
 */
function chooseSubjects(thread: CompiledThread, clause: string, named: CompiledSubject[], context: ClauseContext, otherNamed: boolean): { subjects: string[]; byFallback: boolean } {
  const chosen = (subjects: readonly string[]) => ({ subjects: [...subjects], byFallback: false });
  if (named.length > 0) return chosen(named.map((subject) => subject.definition.id));
  const recent = context.recentSubjects.get(thread.definition.id);
  if (thread.references.find(clause).some((match) => !SPEAKER_PRONOUN.test(clause.slice(match.index)))) {
    // The article's own subject, named in its headline, is what a reference means when nothing nearer does.
    const referent = recent && recent.length > 0 ? recent : context.headlineSubjects?.get(thread.definition.id);
    if (referent && referent.length > 0) return chosen(referent);
  }
  const fallback = thread.subjects.find((subject) => subject.definition.fallback);
  // A thread without a catch-all keeps the subject its recent sentences named ("… the former president. Syria
  // filed a new extradition request"): the request is for him.
  if (!fallback && recent && recent.length > 0 && !otherNamed && thread.topic.test(clause) && !ANOTHER_REFERENT.test(clause)) return chosen(recent);
  if (!fallback || otherNamed || fallback.unless?.test(clause)) return chosen([]);
  const onTopic = thread.topic.test(clause) || fallback.aliases.test(clause);
  if (!onTopic) return chosen([]);
  // A clause that names nothing goes on about the one subject its recent sentences named ("… talks on
  // rehabilitating the gas field. The two sides were discussing a long-term service contract"), unless
  // it says it speaks of another. A thread read in general for want of a name (see readGeneral) keeps that reading.
  const continues = !thread.definition.general && recent?.length === 1 && !fallback.aliases.test(clause) && !ANOTHER_REFERENT.test(clause);
  if (continues) return chosen(recent);
  return { subjects: [fallback.definition.id], byFallback: true };
}

/** "not a", "no", "non-" right before a name: the name is ruled out, not named. */
const RULED_OUT_BEFORE = /\b(?:not|no|non)(?:\s+|-)(?:(?:a|an|the)\s+)?$/;

/** The outsider rule: an asset of the tracked side's going to someone else (e.g. a concession awarded elsewhere). */
function readThirdParty(thread: CompiledThread, clause: string, named: CompiledSubject[], tracked: TermMatcher | undefined, trackedInSentence: boolean): ClauseReading[] | null {
  const rule = thread.thirdParty;
  if (!rule || !rule.parties.test(clause)) return null;
  // Naming the tracked side too, the clause is about its loss only when it says its bid lost; then
  // that is the cue ("printed by an Emirati company rather than by the Russian printer").
  // "A signing on the side stage, but not a Russian one": the tracked side named only to be ruled out.
  const trackedMentions = (tracked?.find(clause) ?? []).filter((mention) => !RULED_OUT_BEFORE.test(clause.slice(0, mention.index)));
  const namesTracked = trackedMentions.length > 0;
  // The loser comes after the word that says it lost ("ahead of the Russian bid"); after the tracked
  // side, the same words compare something else ("Russian exports rose ahead of the season").
  const lost =
    rule.lost?.find(clause).find((match) => trackedMentions.some((mention) => mention.index > match.index)) ??
    rule.lostBy?.find(clause).find((match) => trackedMentions.some((mention) => mention.index < match.index));
  if (namesTracked && !lost) return null;
  const cue = rule.cues.find(clause)[0] ?? lost;
  // An outsider's deal is news of the tracked side's only when the sentence says the tracked side lost it.
  if (!cue || named.length === 0 || !trackedInSentence) return [];
  const status = thread.statuses.find((candidate) => candidate.definition.id === rule.status);
  if (!status) return [];
  // "Will be printed by an outsider rather than by the tracked side's firm" is the decision already taken.
  const option: StatusOption = { status: rule.status, cue: { index: cue.index, length: cue.text.length }, negated: false, kind: status.definition.kind, intentionAsserts: cue === lost };
  return named.map((subject) => ({ thread: thread.definition.id, subject: subject.definition.id, options: [option] }));
}

/** A clause about the thread in general: positions cover the subjects `general.standing` names, events `general.event`. */
function readGeneral(thread: string, general: { standing: readonly string[]; event: readonly string[] }, options: StatusOption[]): ClauseReading[] {
  const readings: ClauseReading[] = [];
  for (const kind of ['standing', 'event'] as const) {
    const ofKind = options.filter((option) => option.kind === kind);
    if (ofKind.length > 0) for (const subject of general[kind]) readings.push({ thread, subject, options: ofKind });
  }
  return readings;
}

/**
 * The subjects each thread's aliases name in a clause, whatever it says of them (for later
 * references), in one pass: `named` counts a person named in passing only when the sentence is on
 * the thread's topic; `mentioned` counts every name (what "him" in the next sentence may mean).
 */
export function findNamedSubjects(compiled: CompiledStoryline, clause: string, sentence: string): { named: Map<string, string[]>; mentioned: Map<string, string[]> } {
  const named = new Map<string, string[]>();
  const mentioned = new Map<string, string[]>();
  for (const thread of compiled.threads) {
    // Named where the clause leaves it out, a place is still what a later "where" or "it" refers to.
    const subjects = namedSubjects(thread, clause, false);
    if (subjects.length === 0) continue;
    mentioned.set(thread.definition.id, subjects.map((subject) => subject.definition.id));
    const onTopic = subjects.filter((subject) => subject.definition.namesTopic !== false || thread.topic.test(sentence));
    if (onTopic.length > 0) named.set(thread.definition.id, onTopic.map((subject) => subject.definition.id));
  }
  return { named, mentioned };
}

/** A cue that opens a noun phrase ("the request", "a deal"): it may be the subject of a later verb. */
const NOUN_AFTER_DETERMINER = /\b(?:the|a|an|its|their|his|her|this|these|any|each)\s+(?:[\w'-]+\s+)?$/;
/** A cue that is a passive main verb or a predicate ("has been refused", "was formally signed", "remains under examination"). */
const AFTER_PASSIVE_AUXILIARY = /\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:under\s+)?$|\b(?:was|were|is|are|remains|remained|remain)\s+(?:\w+ly\s+)?(?:under\s+|being\s+)?$/;

/**
 * Where a cue stands in the order of reading: where it is, except that a passive verb or predicate
 * takes the place of the cue that opens its subject noun phrase, just before it ("the request … has
 * been refused" is read as a refusal).
 */
function readingPosition(clause: string, hit: CueHit, hits: readonly CueHit[]): number {
  if (!AFTER_PASSIVE_AUXILIARY.test(clause.slice(0, hit.cue.index))) return hit.cue.index;
  const subjects = hits.filter((other) => other.status !== hit.status && other.cue.index < hit.cue.index && NOUN_AFTER_DETERMINER.test(clause.slice(0, other.cue.index)));
  const nearest = subjects.sort((a, b) => b.cue.index - a.cue.index)[0];
  return nearest ? nearest.cue.index - 0.5 : hit.cue.index;
}

/** The statuses the clause's cues give on one thread, one option per status, the longest cue first. */
function rankOptions(thread: CompiledThread, clause: string): StatusOption[] {
  const hits = findCueHits(thread, clause);
  const ranked = hits
    .map((hit) => ({ hit, status: resolveHit(thread, hit, clause) }))
    .filter((entry): entry is { hit: CueHit; status: CompiledStatus } => entry.status !== null)
    // The earliest cue is usually the clause's main verb ("signed a memorandum on exploring",
    // "discussed the withdrawal"); at one position the longest phrase says most. A passive verb
    // comes before the noun that is its subject ("the request for extradition has been refused").
    .map((entry, _index, all) => ({ ...entry, at: readingPosition(clause, entry.hit, all.map((other) => other.hit)) }))
    .sort((a, b) => a.at - b.at || b.hit.cue.length - a.hit.cue.length);
  const options: StatusOption[] = [];
  for (const { hit, status } of ranked) {
    if (options.some((option) => option.status === status.definition.id)) continue;
    options.push({
      status: status.definition.id,
      cue: hit.cue,
      negated: hit.negated,
      kind: status.definition.kind,
      intentionAsserts: status.definition.intentionAsserts ?? false,
      ...(status.definition.direction && !hit.negated ? { direction: status.definition.direction } : {}),
      ...(hit.namedOnly ? { namedOnly: true } : {}),
      ...(hit.corroborates ? { corroborates: true } : {}),
      ...(hit.atSource && !hit.negated ? { atSource: hit.atSource } : {}),
    });
  }
  for (const hit of deniedHits(hits)) {
    if (options.some((option) => option.status === hit.status.definition.id)) continue;
    options.push({ status: hit.status.definition.id, cue: hit.cue, negated: true, kind: hit.status.definition.kind, intentionAsserts: false, denies: true });
  }
  return options;
}

/**
 * The hits a negation voids without giving an opposite ("has not been signed", "has not yet
 * agreed"), earliest first: what the clause says is not so. A cue that only shows a status by use
 * denies nothing.
 */
function deniedHits(hits: readonly CueHit[]): CueHit[] {
  return hits
    .filter((hit) => hit.negated && !hit.corroborates && (hit.undecided || !hit.status.definition.whenNegated))
    .sort((a, b) => a.cue.index - b.cue.index);
}

/** The statuses one clause gives, per thread and subject (the longest cue wins within a thread). */
export function readClause(compiled: CompiledStoryline, clause: string, context: ClauseContext): ClauseReading[] {
  // A clause set abroad ("a naval point at Port Sudan") is about the story only where it names one of its subjects.
  const abroad = compiled.elsewhere.test(clause);
  if (abroad && !compiled.home.test(clause)) return [];
  const threads = compiled.threads.filter((thread) => !thread.definition.requiresSide || context.sidesInView.has(thread.definition.requiresSide));
  const named = new Map(threads.map((thread) => [thread, namedSubjects(thread, clause)]));
  const tracked = compiled.sides.get(compiled.storyline.trackedSide);
  // Another power's forces or handovers ("the withdrawal of Israeli forces") are its own news.
  const othersOnly = (compiled.outsiders?.test(clause) ?? false) && !(tracked?.test(clause) ?? false);
  const readings: ClauseReading[] = [];
  for (const thread of threads) {
    const ownNamed = named.get(thread)!;
    const outsider = readThirdParty(thread, clause, ownNamed, tracked, context.trackedSideInSentence);
    if (outsider) {
      readings.push(...outsider);
      continue;
    }
    if (othersOnly && thread.definition.requiresSide) continue;
    // A clause that names a subject only as a comparison's yardstick is not about the thread in general either.
    const otherNamed = [...named].some(([other, subjects]) => other !== thread && subjects.length > 0) || (ownNamed.length === 0 && thread.subjects.some((subject) => namesSubject(subject, clause)));
    // A person named in passing does not put the clause on the thread; its topic words must.
    const topical = ownNamed.some((subject) => subject.definition.namesTopic !== false) || thread.topic.test(clause);
    const { subjects, byFallback } = topical || thread.references.test(clause) ? chooseSubjects(thread, clause, ownNamed, context, otherNamed || abroad) : { subjects: [], byFallback: false };
    if (subjects.length === 0) continue;
    const ranked = rankOptions(thread, clause);
    // The thread's fallback taken for want of a name: cues about one named place do not apply.
    const options = byFallback ? ranked.filter((option) => !option.namedOnly) : ranked;
    if (options.length === 0) continue;
    const general = thread.definition.general;
    if (general && byFallback) {
      // The thread in general, for want of a name: too vague to deny anything by.
      readings.push(...readGeneral(thread.definition.id, general, options.filter((option) => !option.denies)));
      continue;
    }
    for (const subject of subjects) {
      const compiledSubject = ownNamed.find((candidate) => candidate.definition.id === subject);
      const fitting = compiledSubject ? fitRole(thread, options, readRole(compiledSubject, clause, compiled.elsewhere)) : options;
      if (fitting.length > 0) readings.push({ thread: thread.definition.id, subject, options: fitting });
    }
  }
  return readings;
}
