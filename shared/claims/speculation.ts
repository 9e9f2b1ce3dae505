/**
 * Hedges: a clause that speculates, predicts or hopes asserts no state (DESIGN.md: "it seems
 * unlikely that…" is not a claim). Reported expectations ("was expected to request") count only
 * when the text says the thing happened, which a separate clause would then state.
 */
const HEDGES = [
  // "could not agree" reports a past failure, not a possibility.
  /\b(?:could(?! not)|might|perhaps|possibly|probably)\b/,
  // "may" but not the month ("in May 2025").
  /\bmay\b(?<!\bin may)(?!\s+\d)/,
  /\b(seems?|seemed|appears?|appeared) (?:to|that|highly|unlikely|likely|eager|ready)\b/,
  /\b(?:un)?likely\b/,
  /\b(?:is|are|was|were|being) (?:\w+ )?expected\b/,
  /\b(?:is|are|was|were) due to\b/,
  /\bhop(?:es|ed|ing) (?:that|to|for)\b/,
  /\banalysts? (?:say|said|says|argue|argued|believe|think|thinks|note|noted|observed|warn|warned)\b/,
  // First-person opinion in interviews and op-eds.
  /\b(?:my sense is|i think|i believe|i suspect|i expect|in my view|my guess is)\b/,
  // Prescription is opinion: "Damascus should ask Moscow to set a date" ("should face trial" is a demand).
  // "how the presence should be arranged" is an embedded question, not a prescription.
  /(?<!\b(?:how|what|whether|where|when|which)\b[^,;]{0,60})\b(?:should|ought to)\b(?! (?:\w+ )?(?:face|stand) trial)/,
  /\bsome analysts\b/,
  // "weighing whether to hand over" reports a deliberation; "declined to say whether" hedges.
  /\bwhether\b(?<!\b(?:weigh\w*|consider\w*|decid\w*|stud(?:y|ies|ying)|review\w*|examin\w*|discuss\w*) whether)/,
  /\bremains to be seen\b/,
  /\b(?:rumou?rs?|speculat\w+)\b/,
  /\bin exchange for\b/,
  // A counterfactual: "a Russian bid would be welcome if it came with capital".
  /\bwould\b[^;]{0,80}\bif (?:\w+ ){1,3}(?:came|were|was|had|offered|agreed)\b/,
  // A correction retracts what the earlier version said.
  /\bearlier version of this (?:article|story|report)\b/,
  // A question ("Can Russia hold on to its bases?") asserts nothing.
  /\?/,
];

/**
 * Permission is not a hedge: "Russian forces can stay", "warships will be able to continue using
 * Tartus", "could stay under a new agreement" report what Syria allows (DESIGN.md: `retained` when
 * "Syria says it may stay").
 */
const PERMISSION =
  /\b(?:can|could|may|will be able to|would be able to|(?:is|are|be|been|was|were) (?:allowed|permitted) to)\s+(?=(?:\w+ )?(?:stay|remain|keep|continue|use|operate)\b)/g;

/** All hedges as one pattern: one scan of the clause instead of one per hedge (look-behinds sit
 * after their word, so they run only where the word is). */
const ANY_HEDGE = new RegExp(HEDGES.map((hedge) => `(?:${hedge.source})`).join('|'));

/** "…," said Omar Dabbagh, a maritime analyst': one analyst's reading, whichever clause carries the name. */
const ANALYST_SPEAKS = /\b(?:said|says|according to)\b[^;]{0,40}\b(?:an?|the) (?:\w+ ){0,2}analyst\b/;

/** True when the whole sentence is an analyst's reading (DESIGN.md: analysis is not a claim). */
export function isAnalystReading(sentence: string): boolean {
  return ANALYST_SPEAKS.test(sentence);
}

/** True when the clause is speculation, a forecast or a hope rather than a report. */
export function isSpeculative(clause: string): boolean {
  return ANY_HEDGE.test(clause.replace(PERMISSION, ''));
}
