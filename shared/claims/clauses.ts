import { normaliseForMatching } from '../dedupe/normalise-text';
import { expandNegativeContractions } from './english';

/**
 * Sentence normalisation and clause splitting. A news sentence often carries two assertions
 * ("the army reduced its forces at the port and has closed smaller posts"); statuses, hedges and
 * negations are judged per clause so that one does not leak into the other.
 */

/**
 * Lower-cased text with typographic quotes and dashes made plain and negative contractions written
 * out ("hasn't" → "has not"), for pattern matching; Arabic and
 * Cyrillic letters folded as the storyline's terms are (normaliseForMatching).
 */
export function normaliseSentence(sentence: string): string {
  const plain = normaliseForMatching(sentence)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    // Arabic punctuation as the clause rules read it: comma, semicolon, question mark.
    .replace(/\u060c/g, ',')
    .replace(/\u061b/g, ';')
    .replace(/\u061f/g, '?')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
  return expandNegativeContractions(plain).replace(QUOTED_TITLE, '$1 "…"');
}

/**
 * A quoted title ("a story headlined "Moscow agrees to …"", "under the headline "…""): the name of
 * a piece of writing, not what the sentence says happened.
 */
const QUOTED_TITLE = /\b(headlined|headline|titled|entitled|under the title)\s*,?\s*"[^"]*"/g;

// Break at semicolons and dashes, before a reporting verb that opens a clause of its own ("The
// minister rules out one handover, says other cases are under study"), at "as" when a clause with
// its own verb follows ("… as the talks continue"), after a reporting verb's comma when an apposition
// follows ("…, the ministry said, a project officials say is vital to moving grain"), at a comma before a connective (before
// "which" only after four words, so "The talks, which lasted hours, centred on…" stays one clause, and
// never when the relative clause closes before its noun's verb: "the contract, which was renewed in 2031, has been terminated"), and at "and"/"but" when
// a new verb phrase or subject follows (so "the port and the airfield" stays whole). The look-behind comes
// after its comma so that it runs at commas only, not at every character.
const CLAUSE_BREAKS =
  /\s*(?:;|\s[\u2014\u2013-]\s|\u2014|\u2013|,\s*(?:and|but|while|with|whereas|despite|a (?:request|claim|report|charge)|an allegation|saying|suggesting|adding|noting|explaining|pointing out|after|because)\b|,(?<=(?:\S+\s+){3}\S+,)\s*(?:which|who|whose)\b(?![^,;]*,\s*"?\s*(?:has|have|had|was|were|is|are|will)\s)|,\s*(?=(?:says|said|adds|added)\s+\S+\s+\S+)|,(?<=\b(?:said|says|added|adds|reported|announced|stated),)\s*(?=(?:a|an)\s)|\swhile\s|\sas\s(?=(?:the |its |their )?(?:[\w'-]+ ){0,3}(?:continue[sd]?|go(?:es)? (?:on|back)|remain(?:s|ed)?|resume[sd]?|stall(?:s|ed)?|drag(?:s|ged)? on|reopen(?:s|ed)?)\b)|\s(?=(?:after|before) \w+ing\b)|\s(?:and|but)\s+(?=(?:has|have|had|is|are|was|were|will|would|that|to|talks|discussions|negotiations|no|it|he|she|they|said|says|added)\b))\s*/g;

// "While the army scaled back…, the government signalled…": a leading subordinate clause ends at its comma.
const LEADING_SUBORDINATE = /^((?:while|although|though|despite|whereas|after|since|if|when|even as)\b[^,]{0,120}),\s*/;
// ", though perhaps on new terms" is a concession to split off; ", though important, is likely
// to…" is a parenthesis inside the main clause and stays.
const TRAILING_CONCESSION = /,\s*(?:though|although)\s+(?![^;]*\b(?:is|are|was|were|will|would|has|have|had)\b)/;

/** Splits a normalised sentence into clauses, dropping empty ones. */
export function splitClauses(normalised: string): string[] {
  const leading = LEADING_SUBORDINATE.exec(normalised);
  const parts = leading ? [leading[1] ?? '', normalised.slice(leading[0].length)] : [normalised];
  return parts
    .flatMap((part) => part.split(TRAILING_CONCESSION))
    .flatMap((part) => part.split(CLAUSE_BREAKS))
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}
