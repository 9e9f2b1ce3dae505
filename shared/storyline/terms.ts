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

/** An Arabic word: folded as the text is, its article made one of the optional proclitics. */
function compileArabicWord(word: string): string {
  const folded = normaliseForMatching(word);
  const stem = folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded;
  return `${ARABIC_PROCLITICS}${escapeLiteral(stem)}`;
}

function compileWord(word: string): string {
  if (ARABIC_LETTER.test(word) && !word.includes('[') && !word.endsWith('*')) return compileArabicWord(word);
  if (word.startsWith('[') && word.endsWith(']')) {
    // An alternative may itself be several words ("[a number|dozens]").
    return `(?:${word.slice(1, -1).split('|').map(compilePhrase).join('|')})`;
  }
  if (word.endsWith('*')) return `${escapeLiteral(word.slice(0, -1))}${LETTER}*`;
  return escapeLiteral(word);
}

/** The regular-expression source of one phrase (without the outer word boundaries). */
export function compilePhrase(phrase: string): string {
  // Split on spaces outside brackets, so "[a number|dozens]" stays one word.
  const words = phrase.trim().toLowerCase().match(/\[[^\]]*\]\S*|\S+/g) ?? [];
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

  constructor(phrases: Terms) {
    this.pattern = compileTerms(phrases);
  }

  /** True when `text` holds any of the phrases. */
  test(text: string): boolean {
    // A global pattern keeps its lastIndex between calls; every question starts from the beginning.
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }

  /** The text with every match blanked out (same length, so positions still line up). */
  mask(text: string): string {
    return text.replace(this.pattern, (match) => ' '.repeat(match.length));
  }

  /** Every match, with its position. */
  find(text: string): Array<{ text: string; index: number }> {
    this.pattern.lastIndex = 0;
    return [...text.matchAll(this.pattern)].map((match) => ({ text: match[0], index: match.index }));
  }
}
