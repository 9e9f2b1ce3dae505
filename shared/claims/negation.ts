/**
 * Negation near a status cue. "No agreements were signed" and "has not announced a withdrawal"
 * assert nothing; "has no plans to withdraw" and "would not hand over" assert the opposite state,
 * which the status rules decide from `isRefusal`.
 */
const NEGATORS = /\b(not|no|never|neither|nor|without|denied|denies|deny|denying|rejected|rejecting|dismissed|rather than)\b|n't\b/;
const REFUSALS = /\b(no plans?|no intention|not (?:going|planning|prepared|willing) to|will not|won't|would not|wouldn't|never|refus\w+|reject\w+|had not agreed|has not agreed|have not agreed)\b/;

/** How many words before a cue a negator still governs it. */
const NEGATION_WINDOW_WORDS = 5;

/** A comma, or a preposition that starts the object of a negated noun ("no decision on the request"). */
const SCOPE_END = /,|\b(?:on|about|regarding)\b/g;

/** The few words of `clause` just before character `cueStart`, back to the nearest scope end at most. */
function wordsBefore(clause: string, cueStart: number): string {
  // "who asked not to be named, said only a crew remained", "made no decision on Syria's request":
  // the negator governs what comes before the comma or the preposition, not what follows it.
  const before = clause.slice(0, cueStart);
  let start = 0;
  for (const end of before.matchAll(SCOPE_END)) start = end.index + end[0].length;
  const words = before.slice(start).trim().split(/\s+/);
  return words.slice(-NEGATION_WINDOW_WORDS).join(' ');
}

// "denied media reports that it was quietly preparing to abandon…": a denial governs its whole
// reported complement, however far the cue sits from the verb.
/** "Reports of a withdrawal … are false": the clause calls what it reports untrue. */
const CALLED_FALSE =
  /\b(?:is|are|was|were) (?:completely |entirely )?(?:false|untrue|baseless|groundless|unfounded|fabricat\w+|fake|devoid of (?:any )?truth|without (?:any )?foundation)\b/;
const DENIAL_OF_REPORT = /\b(?:denied|denies|deny|denying|dismissed|dismissing|rejected|rejecting)\b[^;]*\b(?:that|reports?|claims?|rumou?rs?)\b/;

/**
 * "no decision has been taken to reduce", "there is no plan or order to withdraw": the negated
 * noun governs the infinitive however many words of passive sit between them.
 */
const NEGATED_DECISION = /\bno (?:\w+ )?(?:decision|plans?|orders?|instructions?|move|intention)\b[^,;]{0,40}\bto $/;

/**
 * "has not agreed to similar requests": the negator governs the verb between it and the cue, not
 * the cue (the requests exist; it is the agreeing that did not happen).
 */
const NEGATED_VERB_BETWEEN = /\b(?:not|never|n't) (?:yet )?(?:agreed|acceded|consented|accepted|granted|answered|responded|replied|approved|complied|acted)\b/;

/** True when the cue starting at `cueStart` is negated by a nearby preceding word or a denial. */
export function isNegatedAt(clause: string, cueStart: number): boolean {
  const near = wordsBefore(clause, cueStart);
  const before = clause.slice(Math.max(0, cueStart - 80), cueStart);
  const negatedNear = NEGATORS.test(near) && !NEGATED_VERB_BETWEEN.test(near);
  return negatedNear || NEGATED_DECISION.test(before) || isDeniedAt(clause, cueStart);
}

/** True when the cue sits inside what a denial rejects ("denied reports that it would leave"). */
export function isDeniedAt(clause: string, cueStart: number): boolean {
  return DENIAL_OF_REPORT.test(clause.slice(0, cueStart)) || CALLED_FALSE.test(clause.slice(cueStart));
}

/** True when the negation before the cue is a refusal or a denial of intent ("no plans to withdraw"). */
export function isRefusalAt(clause: string, cueStart: number): boolean {
  return REFUSALS.test(wordsBefore(clause, cueStart)) || isDeniedAt(clause, cueStart);
}
