/** The investment thread: Russian economic deals with Syria. */
import type { Status, Subject } from '../model/vocabulary';
import { decideStatuses } from './decide-status';
import { findInvestmentSubjects, findNamedBases, FOREIGN_PARTY, mentionsEconomicMatter, isSetAbroad, namesOtherSector, RUSSIAN_PARTY } from './lexicon';
import { speaksOfBases } from './read-bases';
import { INTENTION_BEFORE, INVESTMENT_CUES } from './status-cues';
import type { ClaimKey, SentenceView } from './types';

const INFINITIVE_CONTINUATION = /^to \w+/;
/** "deliveries were only delayed": the thing has not happened yet. */
const HELD_UP = /\b(?:delayed|postponed|held up|stalled|on hold)\b/;

/** "received offers", "received a proposal": a done-verb whose object is only an offer. */
const PROPOSAL_RECEIVED = /^\w+ (?:\w+ ){0,2}(?:offers?|proposals?|bids?|requests?|invitations?)\b/;

/** How many words before an "implemented" verb an intention word still governs it. */
const INTENTION_WINDOW_WORDS = 3;

/**
 * "ready to resume", "pledged to deliver", "talks were under way", "will be annulled": intentions,
 * not deliveries, signatures or cancellations.
 */
function isDoneNotIntended(status: Status<'investment'>, clause: string, cueStart: number): boolean {
  if (status === 'proposed') return true;
  if (status === 'implemented' && HELD_UP.test(clause.slice(cueStart))) return false;
  // "had received offers from Russian companies": what arrived is a proposal, not a delivery.
  if (status === 'implemented' && PROPOSAL_RECEIVED.test(clause.slice(cueStart))) return false;
  const before = clause.slice(0, cueStart).trim().split(/\s+/).slice(-INTENTION_WINDOW_WORDS).join(' ');
  return !INTENTION_BEFORE.test(before);
}

/** True when the sentence (or the one it follows up) names a Russian party and nobody else's deal. */
function involvesRussia(view: SentenceView): boolean {
  if (view.mentionsRussia) return true;
  return view.followsRussianSentence && !FOREIGN_PARTY.test(view.normalised);
}

/** "the cargo", "the shipment": goods named a sentence or two before (wheat or oil, not a port). */
const GOODS_REFERENCE = /\bthe (?:cargo|shipment|consignment|delivery|goods)\b/;
const GOODS = new Set<Subject<'investment'>>(['trade', 'energy']);
/** "the contract", "those rights": a deal named a sentence or two before. */
const DEAL_REFERENCE = /\b(?:the|that|those|these|its|their) (?:rights|licen[cs]es?|concessions?|contracts?|deals?|agreements?|arrangements?|projects?)\b/;
/** Rights, licences and concessions are to produce or operate, never a shipment of goods. */
const RIGHTS_REFERENCE = /\b(?:the|those|these|its|their) (?:rights|licen[cs]es?|concessions?)\b/;

/**
 * A bare deal word refers back: "The previous contract has been terminated" to the last
 * sentence's deal, "a contract for the cargo" to the goods named shortly before, "Those rights
 * were revoked" to the sector named shortly before.
 */
function resolveSubjects(found: Subject<'investment'>[], text: string, view: SentenceView): Subject<'investment'>[] {
  const bareOther = found.length === 1 && found[0] === 'other';
  if ((found.length > 0 && !bareOther) || namesOtherSector(text)) return found;
  if (bareOther && view.previousInvestmentSubjects.length > 0) return [...new Set(view.previousInvestmentSubjects)];
  const goods = view.recentInvestmentMentions.filter((subject) => GOODS.has(subject));
  if (GOODS_REFERENCE.test(text) && goods.length > 0) return goods;
  if (found.length > 0 || !DEAL_REFERENCE.test(text)) return found;
  return RIGHTS_REFERENCE.test(text) ? view.recentInvestmentMentions.filter((subject) => subject !== 'trade') : view.recentInvestmentMentions;
  return found;
}

/**
 * "DP World signs a deal for Tartus port", "negotiating with Gulf investors": someone else's deal
 * matters to Russia only as a loss. Judged on the clause when it names the other party.
 */
function isRussianSideStatus(status: Status<'investment'>, clause: string, view: SentenceView): boolean {
  if (status === 'cancelled') return true;
  if (FOREIGN_PARTY.test(clause)) return RUSSIAN_PARTY.test(clause);
  return view.mentionsRussia || !FOREIGN_PARTY.test(view.normalised);
}

/** The investment claims of one sentence, clause by clause. */
export function readInvestmentClaims(view: SentenceView): ClaimKey<'investment'>[] {
  if (!involvesRussia(view) && view.previousInvestmentSubjects.length === 0) return [];
  const named = findInvestmentSubjects(view.normalised);
  // "forces could stay under a new agreement … but the arrangement would differ": a deal word in a
  // sentence about the military presence refers to a basing arrangement, not an economic deal.
  if (named.length === 0 && speaksOfBases(view)) return [];
  const sentenceSubjects = resolveSubjects(named, view.normalised, view);
  if (sentenceSubjects.length === 0) return [];
  const claims: ClaimKey<'investment'>[] = [];
  let previousStatuses: Status<'investment'>[] = [];
  for (const clause of view.clauses) {
    // "a contract to supply wheat to Egypt": someone else's deal.
    if (!clause.assertive || isSetAbroad(clause.text)) continue;
    const own = decideStatuses(clause.text, INVESTMENT_CUES, { accept: isDoneNotIntended });
    // "offered to write off debt and to fund repairs": the infinitive goes on with the same verb.
    const statuses = own.length === 0 && INFINITIVE_CONTINUATION.test(clause.text) ? previousStatuses : own;
    previousStatuses = statuses;
    if (statuses.length === 0) continue;
    const russianSide = statuses.filter((status) => isRussianSideStatus(status, clause.text, view));
    const clauseSubjects = resolveSubjects(findInvestmentSubjects(clause.text), clause.text, view);
    // "…a memorandum on power stations as Tartus talks continue": talks about a base are not the deal's.
    if (findNamedBases(clause.text).length > 0 && !mentionsEconomicMatter(clause.text)) continue;
    const subjects = clauseSubjects.length > 0 ? clauseSubjects : sentenceSubjects;
    for (const status of russianSide) {
      for (const subject of subjects) {
        if (!claims.some((claim) => claim.subject === subject && claim.status === status)) {
          claims.push({ thread: 'investment', subject, status });
        }
      }
    }
  }
  return claims;
}
