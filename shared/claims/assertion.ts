/**
 * How a clause asserts what it says (DESIGN.md, precision first): stated by a named party,
 * reported in the outlet's voice, attributed to unnamed sources — or not asserted at all:
 * background, hedged, denied or debunked. Only the first three are claims.
 */
import type { Assertion, WeakReading } from '../model/claim';
import { TermMatcher } from '../storyline/terms';
import type { StatusKind } from '../storyline/types';
import { CHECKED_CLAIM, NOW_MARKERS, RETRACTED, RETRACTED_ALWAYS, SENTENCE_HEDGES } from './english';
import { DENIALS, HEDGES, INTENTIONS, MODALS, NO_COMMENT, PROSPECTS, SPEECH_VERBS, UNNAMED_SOURCES } from './function-words';
import type { Era } from './compile-storyline';
import type { ArticleFrame } from './framing';
import { isDatedNow, readTimeFrame } from './time-frame';

const noComment = new TermMatcher(NO_COMMENT);
const denials = new TermMatcher(DENIALS);
const hedges = new TermMatcher(HEDGES);
const modals = new TermMatcher(MODALS);
const prospects = new TermMatcher(PROSPECTS);
const sentenceHedges = new TermMatcher(SENTENCE_HEDGES);
const intentions = new TermMatcher(INTENTIONS);
const checkedClaim = new TermMatcher(CHECKED_CLAIM);
const retracted = new TermMatcher(RETRACTED);
const retractedAlways = new TermMatcher(RETRACTED_ALWAYS);
const nowMarkers = new TermMatcher(NOW_MARKERS);
/** Words inside quotation marks: in a fact-check, the report being checked. */
const QUOTED = /"[^"]{8,}"/;
const speechVerbs = new TermMatcher(SPEECH_VERBS);
const unnamedSources = new TermMatcher(UNNAMED_SOURCES);
/** A person's name in the original casing: two capitalised words ("Jane Doe", "Omar Haddad"). */
const PERSON_NAME = /\b[A-Z][a-z'’]+(?:[- ](?:al-)?[A-Z][a-z'’]+)+\b/;
/** Titles before a name ("Deputy Prime Minister Alexander Novak"): the attribution is the person. */
const TITLES = /^(?:(?:President|Prime|Minister|Deputy|Foreign|Defen[cs]e|Spokes(?:man|woman|person)|Amb(?:a)ssador|Envoy|General|Secretary|Chief|Head|Director|Chairman|Senator|Vice|Special|State|Economy|Energy|Oil|Transport|Trade|Finance|Justice|Interior|Presidential|Press|Colonel|Admiral|Major|Lieutenant|Sheikh|Mr|Ms|Mrs|Dr)\s+)+/;
/** "in May", "May 2024": the month, not the modal. */
const MONTH_MAY = /\b(?:in|since|until|by|early|late|mid-?|last|of)\s+may\b|\bmay\s+\d/g;

/** Where in the clause the status cue was found. */
export interface CueSpan {
  index: number;
  length: number;
}

/** The clause and its sentence as the assertion reader needs them. */
export interface AssertionInput {
  clause: string;
  /** The whole normalised sentence (denials and questions span clauses). */
  sentence: string;
  /** The sentence as written, for names in their casing. */
  original: string;
  cue: CueSpan;
  /** The cue was negated into its opposite: the negator (a denial too) is already read. */
  negated: boolean;
  kind: StatusKind;
  /** Intention before the cue still asserts this status ("ready to invest" is a proposal). */
  intentionAsserts: boolean;
  frame: ArticleFrame;
  publishedAt: string | null;
  /** A transcript speaker the line is led by, when named. */
  speaker?: string;
  /** The sentence names one of the storyline's parties. */
  namesParty: boolean;
  /** The storyline's past periods (a clause placed in one is old news). */
  eras?: readonly Era[];
}

export type AssertionReading = { asserted: true; assertion: Assertion; recap: boolean; datedNow?: boolean } | { asserted: false; reading: WeakReading } | null;

function outsideCue(matches: Array<{ index: number; text: string }>, cue: CueSpan): Array<{ index: number; text: string }> {
  return matches.filter((match) => match.index + match.text.length <= cue.index || match.index >= cue.index + cue.length);
}

/**
 * A denial that names what it denies ("rejecting reports of a drawdown", "denied claims that …")
 * denies what follows it, not a clause before it: "the base was operating normally, rejecting
 * reports of a drawdown" asserts what comes before the denial. Any other denial ("it is false", "denied it")
 * covers the whole sentence.
 */
/** The nouns of another's account: what a denial or a hedge may name as its content. */
const ACCOUNT_NOUNS = String.raw`(?:reports?|claims?|rumou?rs?|allegations?|speculation|suggestions?|account)`;
const NAMES_ITS_CONTENT = new RegExp(String.raw`^(?:den\w*|reject\w*|dismiss\w*|refut\w*)\s+(?:(?:the|all|any|a|an)\s+)?(?:[^\s,;]+\s+){0,3}?${ACCOUNT_NOUNS}\b`);

/** A denier going on to say what is so instead. */
const OWN_ACCOUNT = /,\s*(?:saying|adding|insisting|stressing|and (?:said|added|insisted|stressed))\b/;

function deniesCue(sentence: string, clause: string, cue: CueSpan): boolean {
  const clauseStart = sentence.indexOf(clause);
  const cueStart = clauseStart < 0 ? Number.POSITIVE_INFINITY : clauseStart + cue.index;
  const cueEnd = cueStart + cue.length;
  return denials.find(sentence).some((match) => {
    if (match.index >= cueEnd && NAMES_ITS_CONTENT.test(sentence.slice(match.index))) return false;
    // "rejected reports of a pull-out, saying its air group was operating as before": the denier's own account.
    return !(match.index < cueStart && OWN_ACCOUNT.test(sentence.slice(match.index, cueStart)));
  });
}


/**
 * A hedge that names its content ("reports that …", "claims about …") hedges what follows it: after
 * the cue it speaks of another account ("operating as normal, rejecting reports that Moscow had
 * begun to scale down"), not of the clause's own.
 */
const HEDGES_ITS_CONTENT = new RegExp(String.raw`^${ACCOUNT_NOUNS}\b`);

/** True when the clause speculates, sets a condition or describes a habit, outside the cue's own words. */
export function isHedged(clause: string, cue: CueSpan): boolean {
  const cueEnd = cue.index + cue.length;
  return outsideCue(hedges.find(clause), cue).some((match) => !(match.index >= cueEnd && HEDGES_ITS_CONTENT.test(match.text)));
}

/** True when a modal makes the clause's event a possibility ("may withdraw", "is expected to sign"). */
export function isPossibility(clause: string, cue: CueSpan): boolean {
  return outsideCue(modals.find(clause.replace(MONTH_MAY, (text) => text.replace(/may/, 'mai'))), cue).length > 0;
}

/**
 * What someone was asked about, up to the comma ("Asked about the future of the base, the envoy
 * said …"): the question's topic, not anything the answer asserts.
 */
const ASKED_ABOUT = /\b(?:asked|questioned|pressed)\s+(?:about|on|over|whether|if|why|when|what|how)\b[^,;]*/g;

export function isAskedAbout(clause: string, cue: CueSpan): boolean {
  for (const match of clause.matchAll(ASKED_ABOUT)) {
    if (match.index <= cue.index && cue.index + cue.length <= match.index + match[0].length) return true;
  }
  return false;
}

/** True when a prospect stands before the cue ("was expected to request"): neither position nor event is asserted. */
export function isProspect(clause: string, cue: CueSpan): boolean {
  return prospects.find(clause.slice(0, cue.index)).length > 0 || describesProspect(clause, cue);
}

/** A participle right after its noun ("the projects discussed"), no auxiliary before it. */
const PARTICIPLE_AFTER_NOUN = /\b(?!(?:has|have|had|was|were|is|are|been|be|being|not)\b)[a-z][\w'-]*s\s+$/;

/**
 * A cue that only describes a noun of a clause whose verb is a prospect ("a protocol listing the
 * projects discussed is expected to be published tomorrow"): what is asserted is the prospect.
 */
function describesProspect(clause: string, cue: CueSpan): boolean {
  const cueText = clause.slice(cue.index, cue.index + cue.length);
  if (!/ed$/.test(cueText) || !PARTICIPLE_AFTER_NOUN.test(clause.slice(0, cue.index))) return false;
  return prospects.find(clause.slice(cue.index + cue.length)).some((match) => /^[^,;]*\b(?:is|are|was|were)\s+$/.test(clause.slice(cue.index + cue.length, cue.index + cue.length + match.index)));
}

/** At most three words before the cue, none of them a verb's auxiliary: the cue heads the clause's subject. */
const HEADS_SUBJECT = /^(?:(?!(?:has|have|had|was|were|is|are|will|would|been|be|being|not|and|that|which|who)\b)[^\s,;]+\s+){0,3}$/;
/** Then, within five words and no comma, a future ("will", "is expected to", "are due to"), not one that goes on ("will continue"); or within seven, a date set ("is planned for June"). */
const FUTURE_VERB_AFTER = /^(?:\s+(?!(?:and|or|but)\b)[^\s,;]+){0,5}?\s+(?:will|shall|(?:is|are)\s+(?:expected|due|scheduled|set|planned|slated|likely)\s+to|(?:is|are)\s+to)\s+(?!(?:continue|keep|go on|remain|stay)\b)|^(?:\s+(?!(?:and|or|but)\b)[^\s,;]+){0,7}?\s+(?:is|are)\s+(?:now\s+)?(?:due|scheduled|set|planned|slated|pencilled|penciled)\s+(?:for|in)\s/;

/**
 * An event noun that is the subject of a future ("deliveries will be spread over seven shipments",
 * "the first cargo is expected to reach Latakia in May"): the event is announced, not done.
 */
export function headsFutureSubject(clause: string, cue: CueSpan): boolean {
  return HEADS_SUBJECT.test(clause.slice(0, cue.index)) && FUTURE_VERB_AFTER.test(clause.slice(cue.index + cue.length));
}

/**
 * An intention word that names a thing or a person, not an intention: "a plan for … has fallen
 * through", "the proposed deal was cancelled", "an officer wanted for torture was extradited".
 */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|this|that|his|her|our|whose)\s+$/;
const DESCRIBING_AFTER = /^wanted\s+(?:for|over|by|in)\b/;

/** True when an intention ("will", "plans to") stands before the cue: the event has not happened. */
export function isIntended(clause: string, cue: CueSpan): boolean {
  return outsideCue(intentions.find(clause), cue).some(
    (match) => match.index < cue.index && !DETERMINER_BEFORE.test(clause.slice(0, match.index)) && !DESCRIBING_AFTER.test(clause.slice(match.index)),
  );
}

/**
 * True when the clause is a speaker declining to say anything about the cue: the refusal comes
 * before it ("declined to comment on reports that …"). Said first and then not elaborated ("said the
 * talks continue and declined to elaborate"), what was said stands.
 */
export function isNoComment(clause: string, cue?: CueSpan): boolean {
  return noComment.find(clause).some((match) => cue === undefined || match.index < cue.index);
}

/** Capitalised words led by a count are things counted, not a speaker ("Two Russian Navy corvettes sailed"). */
const NOT_A_SPEAKER = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Several|Some|Both|Few|Many)\b/;

/** Capitalised words that end an institution's name ("the Ministry of Oil and Mineral Resources"): no person. */
const INSTITUTIONS = String.raw`(?:Ministry|Ministries|Office|Department|Bank|Council|Committee|Agency|Authority|Establishment|Company|Corporation|Organi[sz]ation|Institute|Chamber|Union|Federation|Directorate|Commission|Service)`;
const INSTITUTION_BEFORE = new RegExp(String.raw`\b${INSTITUTIONS}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*$`);
/** An institution's name runs on after "of" ("Syria's Ministry" + " of Oil and Mineral Resources"). */
const INSTITUTION_NAME = new RegExp(String.raw`\b${INSTITUTIONS}$`);
const INSTITUTION_TAIL = /^\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*/;

/** The whole of an institution's name, when a name found ends on one and goes on after "of". */
function withInstitutionTail(name: string, original: string, end: number): string {
  return INSTITUTION_NAME.test(name) ? name + (INSTITUTION_TAIL.exec(original.slice(end))?.[0] ?? '') : name;
}

/** How far (characters) a name may stand from its speech verb ("Alexander Novak, the deputy prime minister, said"). */
const SPEAKER_REACH = 40;

/**
 * The person a sentence quotes by name ("…, Deputy Prime Minister Alexander Novak said"), when it
 * does: of the names near a speech verb, the nearest ("…, the ministry said, and flights to the
 * Middle East" quotes nobody by name).
 */
export function findSpeaker(original: string): string | undefined {
  const verbs = speechVerbs.find(original.toLowerCase());
  if (verbs.length === 0) return undefined;
  const distance = (start: number, end: number) =>
    Math.min(...verbs.map((verb) => (verb.index >= end ? verb.index - end : start >= verb.index + verb.text.length ? start - verb.index - verb.text.length : 0)));
  const names = [...original.slice(1).matchAll(new RegExp(PERSON_NAME.source, 'g'))]
    .map((match) => ({ name: match[0].replace(TITLES, '').trim(), start: match.index + 1, end: match.index + 1 + match[0].length }))
    .filter(({ name, start }) => name.includes(' ') && !NOT_A_SPEAKER.test(name) && !INSTITUTION_BEFORE.test(original.slice(0, start)))
    .map((candidate) => {
      const name = withInstitutionTail(candidate.name, original, candidate.end);
      const end = candidate.end + name.length - candidate.name.length;
      return { ...candidate, name, end, distance: distance(candidate.start, end) };
    })
    .filter((candidate) => candidate.distance <= SPEAKER_REACH);
  // The nearest; between equals, the later (a name after "according to" or before "said" at the end).
  return names.reduce<(typeof names)[number] | undefined>((best, candidate) => (!best || candidate.distance <= best.distance ? candidate : best), undefined)?.name;
}

/** Who asserts it: a named party, unnamed sources, or the outlet itself. */
export function readAttribution(input: Pick<AssertionInput, 'sentence' | 'original' | 'speaker' | 'namesParty'>): Assertion {
  if (input.speaker) return 'stated';
  const speaks = speechVerbs.test(input.sentence);
  const named = input.namesParty || PERSON_NAME.test(input.original.replace(/^\S+/, ''));
  if (unnamedSources.test(input.sentence) && !(speaks && PERSON_NAME.test(input.original.replace(/^\S+/, '')))) return 'unnamed_source';
  return speaks && named ? 'stated' : 'reported';
}

/**
 * How the clause asserts its status, or null when it asserts nothing at all (no comment).
 * Order matters: what the article frames as false is never a claim, whatever its grammar.
 */
export function readAssertion(input: AssertionInput): AssertionReading {
  if (isNoComment(input.clause, input.cue)) return null;
  if (input.sentence.trimEnd().endsWith('?')) return { asserted: false, reading: 'hedged' };
  if (input.frame.factCheck && (checkedClaim.test(input.sentence) || QUOTED.test(input.sentence))) return { asserted: false, reading: 'debunked' };
  if (retractedAlways.test(input.sentence) || (input.frame.correction && retracted.test(input.sentence))) return { asserted: false, reading: 'denied' };
  if (!input.negated && deniesCue(input.sentence, input.clause, input.cue)) return { asserted: false, reading: 'denied' };
  if (isHedged(input.clause, input.cue) || sentenceHedges.test(input.sentence) || isAskedAbout(input.clause, input.cue)) return { asserted: false, reading: 'hedged' };
  if (isProspect(input.clause, input.cue)) return { asserted: false, reading: 'hedged' };
  if (input.kind === 'event' && (isPossibility(input.clause, input.cue) || headsFutureSubject(input.clause, input.cue))) return { asserted: false, reading: 'hedged' };
  // "Will not hand him over" is the refusal itself: an intention not to act is a decision, not a plan.
  if (input.kind === 'event' && !input.intentionAsserts && !input.negated && isIntended(input.clause, input.cue)) return { asserted: false, reading: 'hedged' };
  const frame = readTimeFrame(input.clause, input.publishedAt, input.kind, speechVerbs.test(input.sentence), input.cue, input.eras);
  if (frame === 'history') return { asserted: false, reading: 'background' };
  // A look-back's past events are its recap, unless the sentence says it is so now.
  if (input.frame.lookBack && (frame === 'recap' || (input.kind === 'event' && !nowMarkers.test(input.clause)))) return { asserted: false, reading: 'background' };
  return { asserted: true, assertion: readAttribution(input), recap: frame === 'recap', ...(frame === 'current' && isDatedNow(input.clause, input.publishedAt ?? null, input.cue) ? { datedNow: true } : {}) };
}
