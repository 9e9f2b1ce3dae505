/** The extradition thread: handing over Bashar al-Assad or other former-regime figures. */
import type { Subject } from '../model/vocabulary';
import { decideStatuses } from './decide-status';
import { EXTRADITION_TOPIC, findExtraditionSubject } from './lexicon';
import { EXTRADITION_CUES } from './status-cues';
import type { ClaimKey, SentenceView } from './types';

/** Whom the sentence is about: named in it, or carried from a recent sentence ("such requests"). */
function findSentenceExtraditionSubject(view: SentenceView): Subject<'extradition'> | null {
  return findExtraditionSubject(view.normalised) ?? view.recentExtraditionSubject;
}

/** The extradition claims of one sentence; one clause may assert several ("requested … refused"). */
export function readExtraditionClaims(view: SentenceView): ClaimKey<'extradition'>[] {
  if (!EXTRADITION_TOPIC.test(view.normalised)) return [];
  const sentenceSubject = findSentenceExtraditionSubject(view);
  if (!sentenceSubject) return [];
  const claims: ClaimKey<'extradition'>[] = [];
  for (const clause of view.clauses) {
    if (!clause.assertive) continue;
    const subject = findExtraditionSubject(clause.text) ?? sentenceSubject;
    const statuses = decideStatuses(clause.text, EXTRADITION_CUES, { multiple: true });
    for (const status of statuses) {
      if (!claims.some((claim) => claim.subject === subject && claim.status === status)) {
        claims.push({ thread: 'extradition', subject, status });
      }
    }
  }
  return claims;
}
