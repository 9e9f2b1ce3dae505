/**
 * The pattern language of storyline term lists, compiled once into regular expressions.
 *
 * A phrase is words separated by spaces, matched whole (Unicode-aware, so Arabic and Cyrillic
 * work too) and case-insensitively:
 * - `withdr*`     a word starting with "withdr" ("withdrew", "withdrawal");
 * - `[over|back]` one of several words;
 * - `...`         a gap of up to three words ("hand ... over" matches "hand him over").
 * Everything else is literal, so a person can read and extend a list without knowing regexes.
 * Arabic words are written as the press writes them and matched on text folded by
 * normaliseForMatching (letter variants, diacritics), with the proclitics Arabic glues to a word:
 * a conjunction (و، ف), a preposition (ب، ل، ك) and the article (ال، لل).
 */
import { normaliseForMatching } from '../dedupe/normalise-text';
import type { LocalisedTerms, Terms } from './types';

const LETTER = String.raw`[\p{L}\p{N}_]`;
const BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])`;
const GAP = String.raw`(?:[^\s.;:!?]+\s+){0,3}?`;

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** و/ف, then ب/ل/ك, then ال — or لل — before the word; all optional. */
const ARABIC_PROCLITICS = '(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)';

/** An Arabic word's stem: folded as the text is, without its article. */
function arabicStem(word: string): string {
  const folded = normaliseForMatching(word);
  return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded;
}

/** An Arabic word: folded as the text is, its article made one of the optional proclitics. */
function compileArabicWord(word: string): string {
  return `${ARABIC_PROCLITICS}${escapeLiteral(arabicStem(word))}`;
}

function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word) && !word.includes('[') && !word.endsWith('*');
}

function compileWord(word: string): string {
  if (isArabicWord(word)) return compileArabicWord(word);
  if (word.startsWith('[') && word.endsWith(']')) {
    // An alternative may itself be several words ("[a number|dozens]").
    return `(?:${word.slice(1, -1).split('|').map(compilePhrase).join('|')})`;
  }
  if (word.endsWith('*')) return `${escapeLiteral(word.slice(0, -1))}${LETTER}*`;
  return escapeLiteral(word);
}

/** The regular-expression source of one phrase (without the outer word boundaries). */
export function compilePhrase(phrase: string): string {
  const words = splitPhrase(phrase);
  let source = '';
  for (const [index, word] of words.entries()) {
    if (word === '...') {
      source += GAP;
      continue;
    }
    source += compileWord(word);
    if (index < words.length - 1 && words[index + 1] !== '...') source += String.raw`[\s-]+`;
    // Before a gap the word may end a parenthesis ("demanded, early this month, that Moscow hand …").
    else if (index < words.length - 1) source += String.raw`,?\s+`;
  }
  return source;
}

/** The words of a phrase, lower-cased; split on spaces outside brackets, so "[a number|dozens]" stays one word. */
function splitPhrase(phrase: string): string[] {
  return phrase.trim().toLowerCase().match(/\[[^\]]*\]\S*|\S+/g) ?? [];
}

/**
 * A cheap, exact pre-check before the big alternations (speed only: results are unchanged). Every
 * match of a phrase contains, as typed, the literal part of each of its plain words (`assad`, the
 * `withdr` of `withdr*`, an Arabic stem), so a text holding none of a matcher's anchors — one
 * literal per phrase, the longest — cannot match, and most sentences hold none of a given list's.
 * Text and anchors are compared lower-cased; the few characters the `iu` flags fold onto an anchor
 * character that toLowerCase leaves apart (ſ → s, the Cyrillic rounded letters ᲀ–ᲈ) are folded too,
 * and anchors are limited to ASCII, Cyrillic and Arabic, where that list is complete (checked over
 * every code point in test/storyline/terms-anchors.test.ts). A phrase without such a literal (only
 * `[a|b]` alternatives, or other scripts) leaves its matcher without a pre-check.
 */
const ANCHOR_CHARACTERS = /^[\x20-\x7e\u0400-\u04ff\u0600-\u06ff]+$/;
const CASE_FOLDS_BEYOND_LOWER_CASE: Record<string, string> = {
  'ſ': 's', 'ᲀ': 'в', 'ᲁ': 'д', 'ᲂ': 'о', 'ᲃ': 'с', 'ᲄ': 'т', 'ᲅ': 'т', 'ᲆ': 'ъ', 'ᲇ': 'ѣ', 'ᲈ': 'ꙋ',
};
const BEYOND_LOWER_CASE = /[ſ\u1c80-\u1c88]/g;

/** `text` folded for the anchor check (exported for its test). */
export function foldForAnchors(text: string): string {
  return text.toLowerCase().replace(BEYOND_LOWER_CASE, (letter) => CASE_FOLDS_BEYOND_LOWER_CASE[letter] ?? letter);
}

/** The literal every match of `word` contains, or null (a gap, an alternative). */
function anchorOfWord(word: string): string | null {
  if (word === '...') return null;
  if (isArabicWord(word)) return arabicStem(word);
  if (word.startsWith('[') && word.endsWith(']')) return null;
  return word.endsWith('*') ? word.slice(0, -1) : word;
}

/** One anchor per phrase (its longest usable literal), fewest and shortest kept; null when a phrase has none. */
export function collectAnchors(phrases: Terms): string[] | null {
  const anchors = new Set<string>();
  for (const phrase of phrases) {
    const usable = splitPhrase(phrase)
      .map(anchorOfWord)
      .filter((anchor): anchor is string => anchor !== null && anchor.length > 0 && ANCHOR_CHARACTERS.test(anchor));
    if (usable.length === 0) return null;
    anchors.add(usable.reduce((longest, anchor) => (anchor.length > longest.length ? anchor : longest)));
  }
  // An anchor holding another one adds nothing to "does the text hold any of them".
  const sorted = [...anchors].sort((left, right) => left.length - right.length);
  return sorted.filter((anchor, index) => !sorted.slice(0, index).some((shorter) => anchor.includes(shorter)));
}

/** The last few texts folded for the anchor check: the engines ask many matchers about the same text in a row. */
const recentFolds: Array<[string, string]> = [];
const RECENT_FOLDS = 4;

function foldRecent(text: string): string {
  for (const [original, folded] of recentFolds) if (original === text) return folded;
  const folded = foldForAnchors(text);
  recentFolds.unshift([text, folded]);
  if (recentFolds.length > RECENT_FOLDS) recentFolds.pop();
  return folded;
}

/** One global, case-insensitive, Unicode pattern matching any of `phrases` as whole words. */
export function compileTerms(phrases: Terms): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  // Longest phrases first, so "naval base" wins over "base" at the same position.
  const sources = [...phrases].sort((a, b) => b.length - a.length).map(compilePhrase);
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'giu');
}

/** Every language's phrases of a localised list, flattened (text in any language is matched). */
export function allLanguages(terms: LocalisedTerms): Terms {
  return Object.values(terms).flatMap((list) => list ?? []);
}

/** A compiled term list with the two questions the engines ask of it. */
export class TermMatcher {
  private readonly pattern: RegExp;
  private readonly anchors: string[] | null;

  constructor(phrases: Terms) {
    this.pattern = compileTerms(phrases);
    this.anchors = collectAnchors(phrases);
  }

  /** False only when no phrase can match `text` (none of the anchors is in it). */
  private mayMatch(text: string): boolean {
    if (this.anchors === null) return true;
    const folded = foldRecent(text);
    return this.anchors.some((anchor) => folded.includes(anchor));
  }

  /** True when `text` holds any of the phrases. */
  test(text: string): boolean {
    if (!this.mayMatch(text)) return false;
    // A global pattern keeps its lastIndex between calls; every question starts from the beginning.
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }

  /** The text with every match blanked out (same length, so positions still line up). */
  mask(text: string): string {
    if (!this.mayMatch(text)) return text;
    return text.replace(this.pattern, (match) => ' '.repeat(match.length));
  }

  /** Every match, with its position. */
  find(text: string): Array<{ text: string; index: number }> {
    if (!this.mayMatch(text)) return [];
    this.pattern.lastIndex = 0;
    return [...text.matchAll(this.pattern)].map((match) => ({ text: match[0], index: match.index }));
  }
}
