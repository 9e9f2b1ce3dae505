/**
 * Sentence normalisation and clause splitting. A news sentence often carries two assertions
 * ("Russia reduced its forces at Tartus and has closed smaller posts"); statuses, hedges and
 * negations are judged per clause so that one does not leak into the other.
 */

/** Lower-cased text with typographic quotes and dashes made plain, for pattern matching. */
export function normaliseSentence(sentence: string): string {
  return sentence
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

// Break at semicolons and dashes, at a comma before a connective, and at "and"/"but" when a new
// verb phrase or subject follows (so "Tartus and Hmeimim" stays whole).
const CLAUSE_BREAK =
  /\s*(?:;|\s[\u2014\u2013-]\s|\u2014|\u2013|,\s*(?:and|but|while|with|whereas|although|though|despite|which|who|a request|saying)\b|\s(?:and|but)\s+(?=(?:has|have|had|is|are|was|were|will|would|that|to|talks|discussions|negotiations|no|it|he|she|they|said|says|added)\b))\s*/;

/** Splits a normalised sentence into clauses, dropping empty ones. */
export function splitClauses(normalised: string): string[] {
  return normalised
    .split(new RegExp(CLAUSE_BREAK.source, 'g'))
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}
