/** The bases thread: Russia's military presence at Tartus, Hmeimim and elsewhere. */
import type { Status, Subject } from '../model/vocabulary';
import { dropPlaceHistory, isPresenceMoving, readDemandedDeparture } from './base-roles';
import { decidePlacedStatuses } from './decide-status';
import { findNamedBases, FUELS, GENERIC_SITES, isSetAbroad, mentionsEconomicMatter, MILITARY_TERMS, STAPLES } from './lexicon';
import { BASES_CUES } from './status-cues';
import type { ClaimKey, SentenceView } from './types';

const BASE_WORDS = /\bbas(?:e|es|ing)\b/;
/** Words for the presence itself, on which a condition can be set. */
const PRESENCE = /\b(?:presence|bases?|basing|troops|forces|deployment)\b/;
/** Russia has two bases in Syria: "both sites" means them. */
const BOTH_BASES = /\bboth (?:sites|bases|facilities|installations)\b/;
/** "the facility" with no name refers back to the one base the previous sentence named. */
const DEFINITE_SITE = /\bthe (?:facility|base|installation|airfield|naval hub|garrison|port|pier)\b/;

/** The signed agreement's own noun phrase: the words from the signing to the agreement noun and a few after it. */
const AGREEMENT_PHRASE = /^[^,;]{0,60}?\b(?:agreements?|protocol|treaty|accord|deal|lease|memorandum)\b(?: of understanding)?(?: (?!(?:and|but|while|as)\b)[^,;\s]+){0,6}/;

/**
 * "Russia and Syria signed an economic agreement and discussed the naval base": a signing is a
 * basing agreement only when the agreement itself is about the presence, not when its own words
 * name an economic matter and the base sits elsewhere in the clause.
 */
function isBasingAgreement(clause: string, cueStart: number): boolean {
  const phrase = AGREEMENT_PHRASE.exec(clause.slice(cueStart))?.[0] ?? '';
  if (BASE_WORDS.test(phrase) || MILITARY_TERMS.test(phrase) || findNamedBases(phrase).length > 0) return true;
  const ownWords = phrase.replace(/\b(?:agreements?|deal|memorandum|accord|protocol)\b/g, ' ');
  return !mentionsEconomicMatter(ownWords) && !/\beconomic\b/.test(ownWords);
}

/** Talks are a process beside the state; the other cues describe the state itself. */
const TALK_CUES = BASES_CUES.filter((cue) => cue.status === 'negotiating');
const STATE_CUES = BASES_CUES.filter((cue) => cue.status !== 'negotiating');
const ON_REFUSAL: Partial<Record<Status<'bases'>, Status<'bases'>>> = { withdrawn: 'retained', reduced: 'retained' };

/** "Moscow has kept a reduced but working presence", "we are discussing how the presence…": Russia's presence, bare. */
const BARE_PRESENCE = /\b(?:the|its|our|their|a) (?:[\w-]+ ){0,3}presence\b/;

/** The bases a clause names, directly or by a reference this module can resolve. */
function resolveNamedBases(clause: string, view: SentenceView): Subject<'bases'>[] {
  const named = findNamedBases(clause);
  if (named.length > 0) return named;
  if (BOTH_BASES.test(clause)) return ['tartus', 'hmeimim'];
  // "the facility", or "a minimal presence" right after a sentence about one base, is that base.
  if ((DEFINITE_SITE.test(clause) || BARE_PRESENCE.test(clause)) && view.previousNamedBases.length === 1) return view.previousNamedBases;
  return [];
}

/** True when the sentence speaks of a Russian military presence in Syria. */
export function speaksOfBases(view: SentenceView): boolean {
  const named = resolveNamedBases(view.normalised, view).length > 0;
  const bare = view.mentionsRussia && BARE_PRESENCE.test(view.normalised) && !mentionsEconomicMatter(view.normalised);
  const military = MILITARY_TERMS.test(view.normalised) || bare;
  if (!named && !military) return false;
  // "wheat unloaded at Tartus": the commercial port, not the naval base.
  if (!military && (STAPLES.test(view.normalised) || FUELS.test(view.normalised))) return false;
  return named || view.mentionsRussia || BASE_WORDS.test(view.normalised);
}

/** "stay … under a new agreement being negotiated", "pending talks": a state held while talks go on. */
const PENDING = /\b(?:under|pending|until|awaiting)\b/;

/**
 * The statuses of one clause. Talks and a state can both hold when the state comes first and is
 * held pending the talks ("forces could stay under a new agreement being negotiated"); otherwise
 * the talks win: a state named after them is what they are about ("talks on the withdrawal").
 */
/** "did not answer a question about the future of the facilities": the topic of a question is no status. */
const QUESTION_ABOUT = /\bquestions? (?:about|on|over|regarding) (?:\w+ ){0,2}$/;

function decideBasesStatuses(clause: string): Status<'bases'>[] {
  const accept = (status: Status<'bases'>, text: string, at: number) =>
    isPresenceMoving(status, text, at) &&
    !QUESTION_ABOUT.test(text.slice(Math.max(0, at - 40), at)) &&
    (status !== 'agreement_signed' || isBasingAgreement(text, at));
  const options = { onRefusal: ON_REFUSAL, accept };
  const talks = decidePlacedStatuses(clause, TALK_CUES, options)[0];
  const state = decidePlacedStatuses(clause, STATE_CUES, options)[0];
  const statuses: Status<'bases'>[] = [];
  if (talks) statuses.push(talks.status);
  const heldPendingTalks = state && talks && state.at < talks.at && PENDING.test(clause.slice(state.at, talks.at));
  if (state && (!talks || heldPendingTalks || state.status === 'agreement_signed')) statuses.push(state.status);
  return readDemandedDeparture(clause, statuses);
}

/** The bases claims of one sentence, clause by clause. */
export function readBasesClaims(view: SentenceView): ClaimKey<'bases'>[] {
  if (!speaksOfBases(view)) return [];
  const claims: ClaimKey<'bases'>[] = [];
  // A clause that names no base speaks of the last one named before it ("…Tartus, and talks on
  // the naval base continue"), unless it uses a generic word ("smaller posts").
  let lastNamed: Subject<'bases'>[] = [];
  for (const clause of view.clauses) {
    const text = dropPlaceHistory(clause.text);
    const named = resolveNamedBases(text, view);
    if (named.length > 0) lastNamed = named;
    if (!clause.assertive || isSetAbroad(text)) continue;
    const subjects: Subject<'bases'>[] =
      named.length > 0 ? named : GENERIC_SITES.test(text) || lastNamed.length === 0 ? ['other'] : lastNamed;
    for (const status of decideBasesStatuses(text)) {
      for (const subject of subjects) {
        if (!claims.some((claim) => claim.subject === subject && claim.status === status)) claims.push({ thread: 'bases', subject, status });
      }
    }
  }
  return claims;
}

/**
 * A condition set on the presence itself ("will not agree to any Russian military presence unless
 * …") puts the bases under negotiation even when no status word is used.
 */
export function readBasesTerms(view: SentenceView): ClaimKey<'bases'>[] {
  if (!speaksOfBases(view) || !PRESENCE.test(view.normalised)) return [];
  const named = resolveNamedBases(view.normalised, view);
  return (named.length > 0 ? named : (['other'] as const)).map((subject) => ({ thread: 'bases', subject, status: 'negotiating' }));
}
