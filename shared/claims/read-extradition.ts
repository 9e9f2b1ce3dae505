/** The extradition thread: handing over Bashar al-Assad or other former-regime figures. */
import type { Subject } from '../model/vocabulary';
import { decideStatuses } from './decide-status';
import { EXTRADITION_TOPIC, findExtraditionSubjects } from './lexicon';
import { EXTRADITION_CUES } from './status-cues';
import type { ClaimKey, SentenceView } from './types';

/** Whom the sentence is about: named in it, or carried from a recent sentence ("such requests", "him"). */
function findSentenceExtraditionSubjects(view: SentenceView): Subject<'extradition'>[] {
  const named = findExtraditionSubjects(view.normalised);
  if (named.length > 0) return named;
  return view.recentExtraditionSubject ? [view.recentExtraditionSubject] : [];
}

/** The extradition claims of one sentence; one clause may assert several ("requested … refused"). */
export function readExtraditionClaims(view: SentenceView): ClaimKey<'extradition'>[] {
  if (!EXTRADITION_TOPIC.test(view.normalised)) return [];
  const sentenceSubjects = findSentenceExtraditionSubjects(view);
  if (sentenceSubjects.length === 0) return [];
  const claims: ClaimKey<'extradition'>[] = [];
  for (const clause of view.clauses) {
    if (!clause.assertive) continue;
    const named = findExtraditionSubjects(clause.text);
    const subjects = named.length > 0 ? named : sentenceSubjects;
    const statuses = decideStatuses(clause.text, EXTRADITION_CUES, { multiple: true });
    for (const status of statuses) {
      for (const subject of subjects) {
        if (!claims.some((claim) => claim.subject === subject && claim.status === status)) {
          claims.push({ thread: 'extradition', subject, status });
        }
      }
    }
  }
  return claims;
}
