/** The bases thread: Russia's military presence at Tartus, Hmeimim and elsewhere. */
import type { Subject } from '../model/vocabulary';
import { decideStatuses } from './decide-status';
import { findNamedBases, FUELS, GENERIC_SITES, MILITARY_TERMS, STAPLES } from './lexicon';
import { BASES_CUES } from './status-cues';
import type { ClaimKey, SentenceView } from './types';

const BASE_WORDS = /\bbas(?:e|es|ing)\b/;
/** Russia has two bases in Syria: "both sites" means them. */
const BOTH_BASES = /\bboth (?:sites|bases|facilities|installations)\b/;
/** "the facility" with no name refers back to the one base the previous sentence named. */
const DEFINITE_SITE = /\bthe (?:facility|base|installation|airfield|naval hub|garrison)\b/;

/** The bases a clause names, directly or by a reference this module can resolve. */
function resolveNamedBases(clause: string, view: SentenceView): Subject<'bases'>[] {
  const named = findNamedBases(clause);
  if (named.length > 0) return named;
  if (BOTH_BASES.test(clause)) return ['tartus', 'hmeimim'];
  if (DEFINITE_SITE.test(clause) && view.previousNamedBases.length === 1) return view.previousNamedBases;
  return [];
}

/** True when the sentence speaks of a Russian military presence in Syria. */
function speaksOfBases(view: SentenceView): boolean {
  const named = resolveNamedBases(view.normalised, view).length > 0;
  const military = MILITARY_TERMS.test(view.normalised);
  if (!named && !military) return false;
  // "wheat unloaded at Tartus": the commercial port, not the naval base.
  if (!military && (STAPLES.test(view.normalised) || FUELS.test(view.normalised))) return false;
  return named || view.mentionsRussia || BASE_WORDS.test(view.normalised);
}

/** The bases claims of one sentence, clause by clause. */
export function readBasesClaims(view: SentenceView): ClaimKey<'bases'>[] {
  if (!speaksOfBases(view)) return [];
  const claims: ClaimKey<'bases'>[] = [];
  // A clause that names no base speaks of the last one named before it ("…Tartus, and talks on
  // the naval base continue"), unless it uses a generic word ("smaller posts").
  let lastNamed: Subject<'bases'>[] = [];
  for (const clause of view.clauses) {
    const named = resolveNamedBases(clause.text, view);
    if (named.length > 0) lastNamed = named;
    if (!clause.assertive) continue;
    const subjects: Subject<'bases'>[] =
      named.length > 0 ? named : GENERIC_SITES.test(clause.text) || lastNamed.length === 0 ? ['other'] : lastNamed;
    const statuses = decideStatuses(clause.text, BASES_CUES, { onRefusal: { withdrawn: 'retained', reduced: 'retained' } });
    for (const status of statuses) {
      for (const subject of subjects) claims.push({ thread: 'bases', subject, status });
    }
  }
  return claims;
}
