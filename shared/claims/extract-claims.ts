/**
 * Rule-based, deterministic claim extraction: for each sentence, which threads it speaks of, the
 * subject and the status it asserts, who says so and the figures it gives. Offline and pure.
 */
import type { Claim } from '../model/claim';
import type { Subject } from '../model/vocabulary';
import { findAttribution } from './attribution';
import { isConditional, readAsTerms } from './conditions';
import { normaliseSentence, splitClauses } from './clauses';
import { extractFacts } from './facts';
import { isOldHistory } from './history';
import { EXTRADITION_TOPIC, findExtraditionSubject, findInvestmentSubjects, findNamedBases, isStorylineText, RUSSIAN_PARTY } from './lexicon';
import { readBasesClaims, readBasesTerms } from './read-bases';
import { readExtraditionClaims } from './read-extradition';
import { readInvestmentClaims } from './read-investment';
import { isHabitual } from './aspect';
import { FIRST_PERSON_PLURAL, isRussianSpeaker, readSpeakerLine } from './speaker-lines';
import { isAnalystReading, isSpeculative } from './speculation';
import type { ClaimKey, SentenceView } from './types';

export interface ExtractClaimsInput {
  /** The article's sentences, headline included. */
  sentences: string[];
  /** Which sentence is the headline (usually 0); headline claims that the body repeats are dropped. */
  headlineIndex?: number;
  /** The article's publication time: history more than a year older is background, not a claim. */
  publishedAt: string | null;
}

/** How many sentences back "such requests" or "his extradition" may still refer. */
const EXTRADITION_REFERENCE_SPAN = 2;
/** How many sentences back "the cargo" or "those rights" may still refer. */
const DEAL_REFERENCE_SPAN = 2;

interface ReadingState {
  previousMentionsRussia: boolean;
  previousNamedBases: Subject<'bases'>[];
  previousInvestmentSubjects: Subject<'investment'>[];
  extradition: { subject: Subject<'extradition'>; index: number } | null;
  /** The investment subjects a recent sentence named, for "the cargo" two sentences on. */
  mentions: { subjects: Subject<'investment'>[]; index: number } | null;
  /** The last person the text named who could be handed over, for "him" and "his" in the next sentence. */
  lastPerson: { subject: Subject<'extradition'>; index: number } | null;
  /** The headline names a Russian party: the article is about Russia's side of the story. */
  russianHeadline: boolean;
  /** Inside a transcript turn led by a Russian speaker: "we" and "our" are Russia. */
  russianTurn: boolean;
}

/** A personal pronoun that can refer back to the person named in the previous sentence. */
const PERSONAL_PRONOUN = /\b(?:he|him|his)\b/;

/** Prepares one sentence for the thread readers. */
function viewSentence(sentence: string, index: number, state: ReadingState, publishedAt: string | null): SentenceView {
  const normalised = normaliseSentence(sentence);
  // "Every few months a minister promises…": a habit, not this news.
  const habitual = isHabitual(normalised) || isAnalystReading(normalised);
  const topic = state.extradition && index - state.extradition.index <= EXTRADITION_REFERENCE_SPAN ? state.extradition.subject : null;
  // "him" in the next sentence, or "the asylum" / "his handover" a sentence or two on, is the last person named.
  const distance = state.lastPerson ? index - state.lastPerson.index : Infinity;
  const refersBack = (distance === 1 && PERSONAL_PRONOUN.test(normalised)) || (distance <= EXTRADITION_REFERENCE_SPAN && EXTRADITION_TOPIC.test(normalised));
  const person = state.lastPerson && refersBack ? state.lastPerson.subject : null;
  const recent = topic ?? person;
  const mentions = state.mentions && index - state.mentions.index <= DEAL_REFERENCE_SPAN ? state.mentions.subjects : [];
  return {
    normalised,
    clauses: splitClauses(normalised).map((text) => ({
      text,
      assertive: !habitual && !isSpeculative(text) && !isOldHistory(text, publishedAt),
    })),
    mentionsRussia: RUSSIAN_PARTY.test(normalised) || (state.russianTurn && FIRST_PERSON_PLURAL.test(normalised)),
    followsRussianSentence: state.previousMentionsRussia || state.russianHeadline,
    previousNamedBases: state.previousNamedBases,
    previousInvestmentSubjects: state.previousInvestmentSubjects,
    recentInvestmentMentions: mentions,
    recentExtraditionSubject: recent,
  };
}

/** "…have left Tartus; Moscow denies it": a later clause that denies what the sentence reports. */
// (The clause split has already consumed ", a claim" in "…, a claim the embassy called baseless".)
const DENIES_THE_REST =
  /^(?:[\w'-]+ ){1,4}(?:(?:denies|denied|rejects|rejected|disputes|disputed) (?:it|this|that|the (?:report|claim|account)s?)\b|(?:called|described as|dismissed as) (?:\w+ )?(?:baseless|false|untrue|groundless|fabricated|fake|fiction|nonsense)\b)/;

/** The claim keys of one sentence on all three threads. */
function readSentence(view: SentenceView): ClaimKey[] {
  if (view.clauses.slice(1).some((clause) => DENIES_THE_REST.test(clause.text))) return [];
  const keys = [...readBasesClaims(view), ...readExtraditionClaims(view), ...readInvestmentClaims(view)];
  if (!isConditional(view.normalised)) return keys;
  return readAsTerms(keys.some((key) => key.thread === 'bases') ? keys : [...keys, ...readBasesTerms(view)]);
}

/** Headlines compress the body: keep a headline claim only when the body does not already say it. */
function dropHeadlineRepeats(claims: Claim[], headlineIndex: number): Claim[] {
  // Keys, not pairwise comparison: an article with thousands of claims stays linear.
  const body = new Set<string>();
  for (const claim of claims) {
    if (claim.sentenceIndex === headlineIndex) continue;
    body.add(`${claim.thread}/${claim.subject}/${claim.status}`);
    body.add(`${claim.thread}/*/${claim.status}`);
  }
  return claims.filter((claim) => {
    if (claim.sentenceIndex !== headlineIndex) return true;
    // A headline claim about "other" is repeated by any body claim of that thread and status.
    const subject = claim.subject === 'other' ? '*' : claim.subject;
    return !body.has(`${claim.thread}/${subject}/${claim.status}`);
  });
}

/**
 * Extracts the claims an article's sentences assert on the three threads. `sentenceIndex` indexes
 * `sentences`; `novel` is true (the caller sets it from sentence novelty).
 */
export function extractClaims(input: ExtractClaimsInput): Claim[] {
  if (!isStorylineText(input.sentences.join(' '))) return [];
  const state: ReadingState = { previousMentionsRussia: false, previousNamedBases: [], previousInvestmentSubjects: [], extradition: null, lastPerson: null, mentions: null, russianHeadline: false, russianTurn: false };
  const claims: Claim[] = [];
  const headlineIndex = input.headlineIndex ?? 0;
  input.sentences.forEach((sentence, index) => {
    const line = readSpeakerLine(sentence);
    if (line.led && index !== headlineIndex) state.russianTurn = line.speaker !== undefined && isRussianSpeaker(line.speaker);
    const view = viewSentence(line.text, index, state, input.publishedAt);
    const keys = readSentence(view);
    if (keys.length > 0) {
      const attribution = findAttribution(line.text) ?? line.speaker;
      const facts = extractFacts(sentence);
      for (const key of keys) {
        claims.push({ ...key, quote: sentence.trim(), ...(attribution ? { attribution } : {}), facts, sentenceIndex: index, novel: true });
      }
    }
    const person = findExtraditionSubject(view.normalised);
    if (person && EXTRADITION_TOPIC.test(view.normalised)) state.extradition = { subject: person, index };
    if (person) state.lastPerson = { subject: person, index };
    // "Will Moscow hand him over?" then "He is in Russia…": a pronoun keeps the person in view.
    else if (state.lastPerson && index - state.lastPerson.index === 1 && PERSONAL_PRONOUN.test(view.normalised)) state.lastPerson.index = index;
    const mentioned = findInvestmentSubjects(view.normalised);
    if (mentioned.length > 0) state.mentions = { subjects: mentioned, index };
    state.previousMentionsRussia = view.mentionsRussia;
    if (index === headlineIndex) state.russianHeadline = view.mentionsRussia;
    state.previousNamedBases = findNamedBases(view.normalised);
    state.previousInvestmentSubjects = keys.flatMap((key) => (key.thread === 'investment' ? [key.subject as Subject<'investment'>] : []));
  });
  return dropHeadlineRepeats(claims, headlineIndex);
}
