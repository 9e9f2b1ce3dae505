/**
 * Sentence splitting: Intl.Segmenter (ICU's rules) per paragraph, then repairs where ICU breaks
 * after an abbreviation that does not end a sentence. ICU already keeps decimals ("$2.5 billion"),
 * breaks before a lowercase word ("9 a.m. on Monday") and keeps closing quotes with their sentence.
 */

/** Titles that stand before a name: "Gen. Ivanov", "St. Petersburg". Never end a sentence here. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'amb', 'st', 'mt', 'ft', 'rev', 'hon', 'fr', 'vs',
]);

/** Abbreviations that stand before a number: "Oct. 15", "No. 10", "Art. 5". */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'art', 'vol', 'fig', 'p', 'pp', 'para', 'ch', 'sec',
]);

/** Dotted acronyms that name something ("the U.S. Treasury") but may also end a sentence. */
const DOTTED_ACRONYMS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.a.e']);

/** Words that open a new sentence after "… in the U.S." rather than continue a name. */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'after', 'before', 'since', 'while',
  'however', 'meanwhile', 'there', 'his', 'her', 'their', 'its', 'our', 'if', 'when', 'what', 'why',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits plain text into sentences: one entry per sentence, trimmed, in order; lines are paragraphs. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const segments = Array.from(segmenter.segment(paragraph), (part) => part.segment);
    sentences.push(...repairSegments(segments));
  }
  return sentences;
}

/**
 * Joins segments ICU split after a non-final abbreviation (keeping the original spacing, so a
 * sentence stays verbatim) and moves stray closing quotes back to the sentence they close.
 */
function repairSegments(segments: readonly string[]): string[] {
  const repaired: string[] = [];
  for (const segment of segments) {
    if (!segment.trim()) continue;
    const previous = repaired.at(-1);
    if (previous !== undefined && continuesSentence(previous.trim(), segment.trim())) {
      repaired[repaired.length - 1] = previous + segment;
      continue;
    }
    const strayClosers = /^\s*[”’"')\]]+/.exec(segment)?.[0];
    if (previous !== undefined && strayClosers) {
      repaired[repaired.length - 1] = previous.trimEnd() + strayClosers.trim();
      const rest = segment.slice(strayClosers.length);
      if (rest.trim()) repaired.push(rest);
      continue;
    }
    repaired.push(segment);
  }
  return repaired.map((sentence) => sentence.trim());
}

/** True when `previous` ends with an abbreviation that `next` continues. */
function continuesSentence(previous: string, next: string): boolean {
  const lastWord = /(\S+)\.$/.exec(previous)?.[1];
  if (!lastWord) return false;
  const word = lastWord.replace(/^[“"‘'(\[]+/, '');
  const lower = word.toLowerCase();
  const firstWord = /^[“"‘'(\[]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const startsWithNumber = /^\p{N}/u.test(firstWord);
  const startsWithCapital = /^\p{Lu}/u.test(firstWord);
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return startsWithNumber;
  // An initial: "Vladimir V. Putin", "J. K. Rowling".
  if (/^\p{Lu}$/u.test(word)) return startsWithCapital;
  if (DOTTED_ACRONYMS.has(lower)) return !SENTENCE_OPENERS.has(firstWord.toLowerCase());
  return false;
}
