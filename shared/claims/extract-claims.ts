/**
 * The rule-based claim engine: reads an article sentence by sentence against a storyline and
 * returns what it asserts (claims) and what it only mentions (background, hedged, denied,
 * debunked). Generic: every story word comes from the storyline data; this file knows English.
 */
import { LEAD_SENTENCES, type Claim, type Mention } from '../model/claim';
import { TermMatcher } from '../storyline/terms';
import type { Storyline } from '../storyline/types';
import { findSpeaker, readAssertion } from './assertion';
import { normaliseSentence, splitClauses } from './clauses';
import { compileStoryline, findSides, findSpeakerSide, type CompiledStoryline, type Era } from './compile-storyline';
import { PREAMBLE } from './english';
import { extractFacts } from './facts';
import { readArticleFrame, type ArticleFrame } from './framing';
import { learnPeople, subjectsNamedByPeople, type KnownPerson } from './named-people';
import { findNamedSubjects, readClause } from './read-clause';
import { FIRST_PERSON_PLURAL, readSpeakerLine, type SpeakerLine, withoutDateline } from './speaker-lines';
import type { StatusOption as ClauseReadingOption } from './read-clause';

export interface ExtractClaimsInput {
  /** The article's sentences, headline included. */
  sentences: string[];
  /** Which sentence is the headline (usually 0); headline claims that the body repeats are dropped. */
  headlineIndex?: number;
  /** The article's publication time: what it dates well before is background, not news. */
  publishedAt: string | null;
}

/** What an article asserts, and what it only mentions. */
export interface ClaimReading {
  claims: Claim[];
  mentions: Mention[];
}

/** How many sentences back "the facility" or "him" may still refer. */
const REFERENCE_SPAN = 2;

interface ReadingState {
  previousSides: Set<string>;
  headlineSides: Set<string>;
  /** The side of the speaker whose turn this is, in a transcript. */
  turnSide: string | null;
  /** The turn is a questioner's: what it says is a question's premise, not a claim. */
  turnAsks: boolean;
  recent: Map<string, { subjects: string[]; index: number }>;
  /** The subjects the headline named, per thread. */
  headlineNamed: Map<string, string[]>;
  /** The subjects the current question turn named, per thread (a transcript). */
  asked: Map<string, string[]>;
  /** The subjects the question named, in view through the whole answer to it. */
  answering: Map<string, string[]>;
  /** People introduced so far, who stand for a subject when named again (see named-people). */
  people: KnownPerson[];
}

interface SentenceInput {
  sentence: string;
  index: number;
  headlineIndex: number;
  frame: ArticleFrame;
  publishedAt: string | null;
}

/** The sides in view for this sentence: its own, the one before, the headline's, the speaker's "we". */
function sidesInView(compiled: CompiledStoryline, text: string, state: ReadingState): { own: Set<string>; inView: Set<string> } {
  const own = findSides(compiled, text);
  if (state.turnSide && FIRST_PERSON_PLURAL.test(text)) own.add(state.turnSide);
  return { own, inView: new Set([...own, ...state.previousSides, ...state.headlineSides]) };
}

function recentSubjects(state: ReadingState, index: number): Map<string, string[]> {
  const recent = new Map<string, string[]>();
  for (const [thread, entry] of state.recent) if (index - entry.index <= REFERENCE_SPAN) recent.set(thread, entry.subjects);
  // An answer is about what it was asked, however many sentences each runs to.
  for (const [thread, subjects] of state.answering) if (!recent.has(thread)) recent.set(thread, subjects);
  return recent;
}

/** A new turn: a question starts collecting what it names; an answer keeps the question's subjects in view. */
function startTurn(state: ReadingState, asks: boolean): void {
  if (asks) {
    state.asked = new Map();
    state.answering = new Map();
  } else {
    state.answering = state.asked;
    state.asked = new Map();
  }
}

/**
 * A line's lead, unless the lead names one of the storyline's subjects ("KUWEIRES: Russian forces
 * left the air base …", a factbox entry): then it is a heading that says what the line is about,
 * kept in the text, and no speaker.
 */
function readHeadedLine(compiled: CompiledStoryline, sentence: string): SpeakerLine {
  const line = readSpeakerLine(sentence);
  if (!line.speaker) return line;
  const label = normaliseSentence(line.speaker);
  const heading = compiled.threads.some((thread) => thread.subjects.some((subject) => subject.aliases.test(label)));
  return heading ? { text: `${line.speaker}: ${line.text}`, led: true } : line;
}

/** Reads one sentence: its claims and mentions, and what it leaves in view for the next. */
function readSentence(compiled: CompiledStoryline, input: SentenceInput, state: ReadingState, out: ClaimReading): Set<string> {
  const line = readHeadedLine(compiled, input.sentence);
  if (line.led) {
    state.turnSide = line.speaker ? findSpeakerSide(compiled, line.speaker) : null;
    state.turnAsks = line.asks === true;
    if (!line.timed) startTurn(state, state.turnAsks);
  }
  const normalised = normaliseSentence(line.text);
  const { own, inView } = sidesInView(compiled, normalised, state);
  // A person introduced earlier, or here, and named is what the sentence goes on about.
  state.people.push(...learnPeople(compiled, line.text, state.people));
  const byName = subjectsNamedByPeople(state.people, line.text);
  const recent = new Map([...recentSubjects(state, input.index), ...byName]);
  const namesParty = compiled.parties.some((entry) => entry.aliases.test(line.text));
  const named = new Map<string, string[]>();
  /** Named in passing too: who a later sentence's "him" may mean. */
  const mentioned = new Map<string, string[]>();
  const seen = new Set<string>();

  for (const clause of splitClauses(normalised)) {
    // Earlier clauses of the sentence are in view too ("…wheat shipments will continue, after a cargo…").
    const context = { sidesInView: inView, recentSubjects: new Map([...recent, ...named]), headlineSubjects: state.headlineNamed, trackedSideInSentence: own.has(compiled.storyline.trackedSide) };
    const found = findNamedSubjects(compiled, clause, normalised);
    for (const [thread, subjects] of found.named) named.set(thread, [...new Set([...(named.get(thread) ?? []), ...subjects])]);
    for (const [thread, subjects] of found.mentioned) mentioned.set(thread, [...new Set([...(mentioned.get(thread) ?? []), ...subjects])]);
    for (const reading of readClause(compiled, clause, context)) {
      const key = `${reading.thread}/${reading.subject}`;
      if (seen.has(key)) continue;
      const text = { clause, sentence: normalised, original: line.text, input, speaker: line.speaker, namesParty };
      const result = judgeReading(reading, text, compiled.eras);
      if (!result) continue;
      // What a clause denies leaves the subject open: the denier's own account may follow ("dismissed reports
      // that its forces had left the airport, saying the group stationed there continues its tasks").
      if (!('denial' in result) && !('reading' in result && result.reading === 'denied')) seen.add(key);
      if ('assertion' in result && !state.turnAsks) {
        for (const judged of furthestStageFirst(compiled, reading.thread, [result, ...alsoStanding(compiled, reading, result.status, text)])) {
          out.claims.push({
            thread: reading.thread, subject: reading.subject, status: judged.status, quote: input.sentence.trim(), assertion: judged.assertion, ...(judged.recap ? { recap: true } : {}),
            // Dated now, and naming what it is about (not "the deal", not the thread in general).
            ...(judged.datedNow && named.get(reading.thread)?.includes(reading.subject) ? { datedNow: true } : {}),
            ...(judged.secondary ? { secondary: true } : {}),
            ...attributionOf(line.led ? line : { text: input.sentence }), facts: extractFacts(input.sentence, compiled.storyline.facts), sentenceIndex: input.index, novel: true,
          });
        }
      } else {
        // A questioner's premise is kept as a hedged mention, as a question is.
        const weakReading = 'reading' in result ? result.reading : 'hedged';
        out.mentions.push({ thread: reading.thread, subject: reading.subject, status: result.status, quote: input.sentence.trim(), reading: weakReading, sentenceIndex: input.index });
      }
    }
  }
  for (const [thread, subjects] of byName) if (!mentioned.has(thread)) mentioned.set(thread, subjects);
  for (const [thread, subjects] of mentioned) {
    state.recent.set(thread, { subjects, index: input.index });
    if (state.turnAsks) state.asked.set(thread, [...new Set([...(state.asked.get(thread) ?? []), ...subjects])]);
  }
  if (input.index === input.headlineIndex) state.headlineNamed = named;
  return own;
}

/** `secondary`: it may corroborate, never announce (a further position, or a status shown only by use). */
type Asserted = { status: string; assertion: Claim['assertion']; recap: boolean; secondary?: boolean; datedNow?: boolean };
/** `denial`: only a negation read it (see `StatusOption.denies`); a later clause may still assert the subject, as after any denied reading. */
type Judgement = Asserted | { status: string; reading: Mention['reading']; denial?: true } | null;
type ReadingText = { clause: string; sentence: string; original: string; input: SentenceInput; speaker?: string; namesParty: boolean };

/**
 * Positions held beside the clause's first status ("will keep using the site under arrangements now
 * being finalised": kept, and under negotiation): further standing statuses the clause asserts,
 * each compatible with the first under the thread's state model, each secondary (it corroborates,
 * never announces). Events stay one per clause.
 */
function alsoStanding(compiled: CompiledStoryline, reading: { thread: string; options: ClauseReadingOption[] }, first: string, text: ReadingText): Asserted[] {
  const thread = compiled.storyline.threads.find((candidate) => candidate.id === reading.thread);
  const incompatible = (a: string, b: string) => thread?.stateModel.incompatible.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ?? true;
  const firstKind = reading.options.find((option) => option.status === first)?.kind;
  if (firstKind !== 'standing') return [];
  const extra: Asserted[] = [];
  for (const option of reading.options) {
    if (option.status === first || option.kind !== 'standing' || option.negated || incompatible(first, option.status)) continue;
    const judged = judgeReading({ options: [option] }, text, compiled.eras);
    if (judged && 'assertion' in judged) extra.push({ ...judged, secondary: true });
  }
  return extra;
}

/**
 * Two positions of one process that only moves forward, read in one clause ("Syria's request … has
 * been passed to the prosecutor"): the earlier stage is what the clause presupposes, the later one
 * what it says. The later one leads; the earlier corroborates.
 */
function furthestStageFirst(compiled: CompiledStoryline, threadId: string, judged: readonly Asserted[]): readonly Asserted[] {
  const forward = compiled.storyline.threads.find((candidate) => candidate.id === threadId)?.stateModel.forward ?? [];
  const stageOf = (status: string) => forward.findIndex((stage) => stage.includes(status));
  const [first, ...beside] = judged;
  if (!first || stageOf(first.status) < 0) return judged;
  const further = beside.filter((item) => stageOf(item.status) > stageOf(first.status)).sort((a, b) => stageOf(b.status) - stageOf(a.status))[0];
  if (!further) return judged;
  return [{ ...further, secondary: first.secondary === true }, ...judged.filter((item) => item !== further).map((item) => ({ ...item, secondary: true }))];
}

/** The first of a reading's status options that is asserted; else the best one, as a mention. */
function judgeReading(reading: { options: ClauseReadingOption[] }, text: ReadingText, eras: readonly Era[]): Judgement {
  let weak: Judgement = null;
  for (const option of reading.options) {
    const result = readAssertion({
      clause: text.clause, sentence: text.sentence, original: text.original, cue: option.cue, negated: option.negated, kind: option.kind, intentionAsserts: option.intentionAsserts,
      frame: text.input.frame, publishedAt: text.input.publishedAt, ...(text.speaker ? { speaker: text.speaker } : {}), namesParty: text.namesParty, eras,
    });
    if (!result) return null;
    // A negation without an opposite says the status is not so: a denial, whoever says it.
    if (option.denies) weak ??= { status: option.status, reading: result.asserted ? 'denied' : result.reading, denial: true };
    else if (result.asserted) return { status: option.status, assertion: result.assertion, recap: result.recap, ...(result.datedNow ? { datedNow: true } : {}), ...(option.corroborates ? { secondary: true } : {}) };
    else weak ??= { status: option.status, reading: result.reading };
  }
  return weak;
}

/** Who the text says asserts it: a transcript's speaker, or the person a sentence quotes (read with its dateline, as written). */
function attributionOf(line: { text: string; speaker?: string }): { attribution?: string } {
  const speaker = line.speaker ?? findSpeaker(line.text);
  return speaker ? { attribution: speaker } : {};
}

/**
 * Headlines compress the body: a headline claim is kept only when the body does not already say
 * it, and the body claims that say what the headline says are marked `headlined` (the article's news,
 * wherever the body says it). Any extractor's reading goes through it.
 */
export function foldHeadline<T extends { thread: string; subject: string; status: string; sentenceIndex: number; headlined?: boolean }>(claims: readonly T[], headlineIndex: number): T[] {
  const keyOf = (claim: T) => `${claim.thread}/${claim.subject}/${claim.status}`;
  const headline = new Set(claims.filter((claim) => claim.sentenceIndex === headlineIndex).map(keyOf));
  const body = new Set(claims.filter((claim) => claim.sentenceIndex !== headlineIndex).map(keyOf));
  return claims
    .filter((claim) => claim.sentenceIndex !== headlineIndex || !body.has(keyOf(claim)))
    .map((claim) => (claim.sentenceIndex !== headlineIndex && headline.has(keyOf(claim)) ? { ...claim, headlined: true } : claim));
}

/** The threads a headline speaks of: its topic words or a subject's name. */
function threadsInHeadline(compiled: CompiledStoryline, headline: string): Set<string> {
  const text = normaliseSentence(headline);
  return new Set(compiled.threads.filter((thread) => thread.topic.test(text) || thread.subjects.some((subject) => subject.aliases.test(text))).map((thread) => thread.definition.id));
}

/**
 * Marks the claims on threads the headline does not speak of as asides (`aside`), for the digest's
 * isNews: an article's news is what its headline is about, and a deal named in passing in a piece on
 * the bases is not that piece's news. An article without a headline marks nothing. Any extractor's
 * reading goes through it.
 */
export function markAsides<T extends { thread: string; aside?: boolean }>(
  claims: readonly T[],
  sentences: readonly string[],
  headlineIndex: number,
  storyline: Storyline,
): T[] {
  const headline = sentences[headlineIndex]?.trim();
  const headlined = headline ? threadsInHeadline(compileStoryline(storyline), headline) : null;
  return claims.map((claim) => (headlined && !headlined.has(claim.thread) ? { ...claim, aside: true } : claim));
}

/** A live blog has at least this many entries led by a clock time. */
const LIVE_BLOG_ENTRIES = 3;

/**
 * Marks the claims of a live blog's entry leads (`entryLead`): the sentence a clock time leads and
 * the one after it, in an article with at least LIVE_BLOG_ENTRIES such entries. Each entry is
 * written as news of its own, newest first or last, whatever the headline names. Any extractor's
 * reading goes through it.
 */
export function markEntryLeads<T extends { sentenceIndex: number; entryLead?: boolean }>(claims: readonly T[], sentences: readonly string[]): T[] {
  const timed = sentences.flatMap((sentence, index) => (readSpeakerLine(sentence).timed ? [index] : []));
  if (timed.length < LIVE_BLOG_ENTRIES) return [...claims];
  const leads = new Set(timed.flatMap((index) => [index, index + 1]));
  return claims.map((claim) => (leads.has(claim.sentenceIndex) ? { ...claim, entryLead: true } : claim));
}

/** How many sentences after the headline may introduce the text before its lead. */
const PREAMBLE_REACH = 3;
const preamble = new TermMatcher(PREAMBLE);

/**
 * Marks the claims of an article's lead when a preamble comes first (`lead`): "The ministry issued
 * the following statement on Thursday. Translated from Arabic." introduces the text, and the lead
 * is the LEAD_SENTENCES sentences after it. Any extractor's reading goes through it.
 */
export function markLeadAfterPreamble<T extends { sentenceIndex: number; lead?: boolean }>(claims: readonly T[], sentences: readonly string[], headlineIndex: number): T[] {
  let end = headlineIndex;
  while (end - headlineIndex < PREAMBLE_REACH && end + 1 < sentences.length && preamble.test(normaliseSentence(sentences[end + 1]!))) end += 1;
  if (end === headlineIndex) return [...claims];
  return claims.map((claim) => (claim.sentenceIndex > end && claim.sentenceIndex <= end + LEAD_SENTENCES ? { ...claim, lead: true } : claim));
}

/** True when the whole text involves every side of the storyline (the engine's gate). */
function involvesEverySide(compiled: CompiledStoryline, sentences: readonly string[]): boolean {
  const text = sentences.map(withoutDateline).join(' ');
  return [...compiled.sides.values()].every((matcher) => matcher.test(text));
}

/**
 * The claims an article's sentences assert on a storyline's threads, and the statuses it only
 * mentions. `sentenceIndex` indexes `sentences`; `novel` is true (the caller sets it).
 */
export function extractClaims(input: ExtractClaimsInput, storyline: Storyline): ClaimReading {
  const compiled = compileStoryline(storyline);
  const out: ClaimReading = { claims: [], mentions: [] };
  if (!involvesEverySide(compiled, input.sentences)) return out;
  const headlineIndex = input.headlineIndex ?? 0;
  const frame = readArticleFrame(input.sentences.map(normaliseSentence));
  const state: ReadingState = { previousSides: new Set(), headlineSides: new Set(), turnSide: null, turnAsks: false, recent: new Map(), headlineNamed: new Map(), asked: new Map(), answering: new Map(), people: [] };
  input.sentences.forEach((sentence, index) => {
    const own = readSentence(compiled, { sentence, index, headlineIndex, frame, publishedAt: input.publishedAt }, state, out);
    state.previousSides = own;
    if (index === headlineIndex) state.headlineSides = own;
  });
  const claims = markAsides(foldHeadline(out.claims, headlineIndex), input.sentences, headlineIndex, storyline);
  return { claims: markLeadAfterPreamble(markEntryLeads(claims, input.sentences), input.sentences, headlineIndex), mentions: out.mentions };
}
