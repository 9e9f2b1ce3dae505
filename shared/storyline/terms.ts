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

/** The class of the characters a word is made of (exported for its test). */
export const LETTER = String.raw`[\p{L}\p{N}_]`;
const GAP = String.raw`(?:[^\s.;:!?]+\s+){0,3}?`;

/** `text` with every regular-expression metacharacter escaped, matched literally. */
export function escapeLiteral(text: string): string {
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

function compileWord(word: string, letter: string): string {
  if (isArabicWord(word)) return compileArabicWord(word);
  if (word.startsWith('[') && word.endsWith(']')) {
    // An alternative may itself be several words ("[a number|dozens]").
    return `(?:${word.slice(1, -1).split('|').map((alternative) => compilePhrase(alternative, letter)).join('|')})`;
  }
  if (word.endsWith('*')) return `${escapeLiteral(word.slice(0, -1))}${letter}*`;
  return escapeLiteral(word);
}

/**
 * The regular-expression source of one phrase (without the outer word boundaries); `letter` is the
 * class of the characters a word is made of.
 */
export function compilePhrase(phrase: string, letter = LETTER): string {
  const words = splitPhrase(phrase);
  // A gap must stand between words: at either end it would need a word boundary after a space, and never match.
  if (words[0] === '...' || words.at(-1) === '...') throw new RangeError(`a gap (...) at the edge of "${phrase}" never matches`);
  let source = '';
  for (const [index, word] of words.entries()) {
    if (word === '...') {
      source += GAP;
      continue;
    }
    source += compileWord(word, letter);
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
 * every code point in test/storyline/terms-anchors.test.ts). A phrase of `[a|b]` words only gives
 * the literals of one such word's alternatives (every match holds one); a phrase with no literal at
 * all (other scripts, an empty alternative) leaves its matcher without a pre-check.
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

function isUsableAnchor(anchor: string | null): anchor is string {
  return anchor !== null && anchor.length > 0 && ANCHOR_CHARACTERS.test(anchor);
}

/** The longest usable literal of a phrase's plain words, or null. */
function longestLiteral(words: readonly string[]): string | null {
  const usable = words.map(anchorOfWord).filter(isUsableAnchor);
  return usable.length === 0 ? null : usable.reduce((longest, anchor) => (anchor.length > longest.length ? anchor : longest));
}

/**
 * The anchors of a phrase, one of which every match contains: the longest literal of its plain words;
 * without one, the literals of an `[a|b]` word's alternatives (every match holds one alternative),
 * from the word whose shortest is longest; null when no word gives any.
 */
function anchorsOfPhrase(phrase: string): string[] | null {
  const words = splitPhrase(phrase);
  const literal = longestLiteral(words);
  if (literal !== null) return [literal];
  let best: string[] | null = null;
  for (const word of words) {
    if (!(word.startsWith('[') && word.endsWith(']'))) continue;
    const alternatives = word.slice(1, -1).split('|').map((alternative) => longestLiteral(splitPhrase(alternative)));
    if (!alternatives.every((anchor): anchor is string => anchor !== null)) continue;
    const shortest = (anchors: string[]) => Math.min(...anchors.map((anchor) => anchor.length));
    if (best === null || shortest(alternatives) > shortest(best)) best = alternatives;
  }
  return best;
}

/** The anchors of a list of phrases (see anchorsOfPhrase), fewest and shortest kept; null when a phrase has none. */
export function collectAnchors(phrases: Terms): string[] | null {
  const anchors = new Set<string>();
  for (const phrase of phrases) {
    const ofPhrase = anchorsOfPhrase(phrase);
    if (ofPhrase === null) return null;
    for (const anchor of ofPhrase) anchors.add(anchor);
  }
  // An anchor holding another one adds nothing to "does the text hold any of them".
  const sorted = [...anchors].sort((left, right) => left.length - right.length);
  return sorted.filter((anchor, index) => !sorted.slice(0, index).some((shorter) => anchor.includes(shorter)));
}

/** The pattern of `phrases` with `letter` as the class of word characters. */
function compileWith(phrases: Terms, letter: string): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  // Longest phrases first, so "naval base" wins over "base" at the same position.
  const sources = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => compilePhrase(phrase, letter));
  return new RegExp(`(?<!${letter})(?:${sources.join('|')})(?!${letter})`, 'giu');
}

/** One global, case-insensitive, Unicode pattern matching any of `phrases` as whole words. */
export function compileTerms(phrases: Terms): RegExp {
  return compileWith(phrases, LETTER);
}

/** Every language's phrases of a localised list, flattened (text in any language is matched). */
export function allLanguages(terms: LocalisedTerms): Terms {
  return Object.values(terms).flatMap((list) => list ?? []);
}

/*
 * What TermMatcher does for speed only; its answers are those of compileTerms' pattern on the text
 * (checked over every code point and over the storyline's lists in test/storyline/terms-fast.test.ts).
 *
 * - It runs its pattern with exec, never through matchAll. matchAll runs a copy of the pattern,
 *   and the copy finds its compiled code in V8's compilation cache, whose entries do not outlive two
 *   full garbage collections; after each page's DOM (several full collections) every pattern an
 *   article asked with find was compiled again, most of the claims engine's time in the pipeline.
 *   The pattern's own code stays through collections (README, Issue 17, fifth pass).
 * - A cheap letter class. `[\p{L}\p{N}_]` under the iu flags is code for hundreds of ranges
 *   (≈ 0.2 ms of compiling a use; the boundaries and `withdr*` words use it up to two dozen times a
 *   pattern). The matcher's pattern has FAST_LETTER (white space, ASCII punctuation and two
 *   placeholders) in its place and runs on the text with every character that is none of a letter,
 *   digit or _ (as the iu flags match them), white space or printable ASCII made a placeholder: \x01,
 *   or U+10FFFF for a character outside the BMP, so that every code point and position stays. On
 *   such a text the two classes agree on every character, and the rest of a pattern (its literals,
 *   `\s`, the gap's `[^\s.;:!?]`) treats a character made a placeholder as it treats the
 *   placeholder. A matcher whose phrases hold such a character keeps the full class and runs on the
 *   text itself.
 * - One look at a text for every matcher's anchors (a trie of all of them), and a memo of the last
 *   texts asked about (folded, made matchable, anchors found): the engines ask many matchers about
 *   the same clause in a row.
 */
/** The letter class of the matcher's patterns (exported for its test). */
export const FAST_LETTER = String.raw`[^\s\x21-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7e\x01\u{10ffff}]`;
/** What a character none of a letter, digit, _, white space or printable ASCII becomes: one code point for one, of the same length. */
const PLACEHOLDER = '\x01';
const ASTRAL_PLACEHOLDER = '\u{10ffff}';
const REPLACED = /[^\p{L}\p{N}_\s\x21-\x7e]/giu;
const HAS_REPLACED = /[^\p{L}\p{N}_\s\x21-\x7e]/iu;
const SURROGATE = /[\ud800-\udfff]/;

/** `text` with every character that is none of a letter, digit, _, white space or printable ASCII made a placeholder (exported for its test). */
export function toMatchable(text: string): string {
  if (!HAS_REPLACED.test(text)) return text;
  // Without surrogates every character replaced is one UTF-16 unit.
  return SURROGATE.test(text) ? text.replace(REPLACED, (character) => (character.length === 1 ? PLACEHOLDER : ASTRAL_PLACEHOLDER)) : text.replace(REPLACED, PLACEHOLDER);
}

/** The pattern TermMatcher runs for `phrases`, and whether it runs on toMatchable's text (exported for its test). */
export function compileMatcherPattern(phrases: Terms): { pattern: RegExp; matchable: boolean } {
  const matchable = !phrases.some((phrase) => HAS_REPLACED.test(phrase));
  return { pattern: matchable ? compileWith(phrases, FAST_LETTER) : compileTerms(phrases), matchable };
}

/** A trie node of every matcher's anchors (anchors are ASCII, Cyrillic or Arabic, so the first step is an array lookup). */
interface AnchorNode {
  next: Map<number, AnchorNode>;
  /** The id of the anchor ending here, or -1. */
  id: number;
}

const FIRST_CHARACTERS = 0x700;
const anchorStarts: Array<AnchorNode | undefined> = new Array(FIRST_CHARACTERS).fill(undefined);
const anchorIds = new Map<string, number>();

function anchorId(anchor: string): number {
  const known = anchorIds.get(anchor);
  if (known !== undefined) return known;
  let node = (anchorStarts[anchor.charCodeAt(0)] ??= { next: new Map(), id: -1 });
  for (let index = 1; index < anchor.length; index++) {
    const code = anchor.charCodeAt(index);
    let next = node.next.get(code);
    if (!next) node.next.set(code, (next = { next: new Map(), id: -1 }));
    node = next;
  }
  node.id = anchorIds.size;
  anchorIds.set(anchor, node.id);
  return node.id;
}

/** Which anchors `folded` holds, by id (1: held), of those known now. */
function findAnchors(folded: string): Uint8Array {
  const held = new Uint8Array(anchorIds.size);
  for (let start = 0; start < folded.length; start++) {
    const first = folded.charCodeAt(start);
    let node = first < FIRST_CHARACTERS ? anchorStarts[first] : undefined;
    for (let index = start + 1; node; index++) {
      if (node.id >= 0) held[node.id] = 1;
      if (index === folded.length) break;
      node = node.next.get(folded.charCodeAt(index));
    }
  }
  return held;
}

/**
 * A text is searched for anchors one by one (String.includes) until this many were asked for, then
 * through the trie: the trie pays when many matchers ask about the same text, not for one question.
 */
const ANCHORS_ONE_BY_ONE = 48;
/** Longer texts (relevance's paragraphs) are searched one anchor at a time: the first one found ends it. */
const TRIE_TEXT_LENGTH = 2000;

/** What the matchers ask of a text, worked out once. */
class TextView {
  private foldedText: string | undefined;
  private matchableText: string | undefined;
  private heldAnchors: Uint8Array | undefined;
  private anchorsAskedFor = 0;

  constructor(readonly text: string) {}

  get folded(): string {
    return (this.foldedText ??= foldForAnchors(this.text));
  }

  get matchable(): string {
    return (this.matchableText ??= toMatchable(this.text));
  }

  /** True when the folded text holds one of `anchors` (`ids`: theirs from anchorId). */
  holdsAny(anchors: readonly string[], ids: readonly number[]): boolean {
    if (!this.heldAnchors && (this.text.length > TRIE_TEXT_LENGTH || this.anchorsAskedFor + anchors.length <= ANCHORS_ONE_BY_ONE)) {
      this.anchorsAskedFor += anchors.length;
      const folded = this.folded;
      return anchors.some((anchor) => folded.includes(anchor));
    }
    // A matcher used for the first time since the text was searched may bring new anchors.
    if (!this.heldAnchors || this.heldAnchors.length < anchorIds.size) this.heldAnchors = findAnchors(this.folded);
    const held = this.heldAnchors;
    for (const id of ids) if (held[id] === 1) return true;
    return false;
  }
}

const recentViews: TextView[] = [];
const RECENT_VIEWS = 8;

function viewOf(text: string): TextView {
  for (const view of recentViews) if (view.text === text) return view;
  const view = new TextView(text);
  recentViews.unshift(view);
  if (recentViews.length > RECENT_VIEWS) recentViews.pop();
  return view;
}

/** A compiled term list with the two questions the engines ask of it. */
export class TermMatcher {
  private readonly pattern: RegExp;
  /** The pattern runs on toMatchable's text (false: on the text itself). */
  private readonly matchable: boolean;
  private readonly anchors: string[] | null;
  private readonly anchorIds: number[];
  /** One matcher per phrase, built on the first mask: masks may overlap, and each must blank its own words. */
  private onePhraseEach: TermMatcher[] | undefined;

  constructor(private readonly phrases: Terms) {
    ({ pattern: this.pattern, matchable: this.matchable } = compileMatcherPattern(phrases));
    this.anchors = collectAnchors(phrases);
    this.anchorIds = this.anchors?.map(anchorId) ?? [];
  }

  /** The view of `text` when a phrase may match it (it holds one of the anchors), else null. */
  private candidate(text: string): TextView | null {
    const view = viewOf(text);
    return this.anchors === null || view.holdsAny(this.anchors, this.anchorIds) ? view : null;
  }

  private subject(view: TextView): string {
    return this.matchable ? view.matchable : view.text;
  }

  /** True when `text` holds any of the phrases. */
  test(text: string): boolean {
    const view = this.candidate(text);
    if (!view) return false;
    // A global pattern keeps its lastIndex between calls; every question starts from the beginning.
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(this.subject(view));
    this.pattern.lastIndex = 0;
    return found;
  }

  /**
   * The text with every phrase's matches blanked out (same length, so positions still line up). Each
   * phrase is matched on the text itself, so two that overlap both hold: in "near the airport road"
   * one phrase blanks "near the airport" and another "near the airport road".
   */
  mask(text: string): string {
    const view = this.candidate(text);
    if (!view) return text;
    const spans = this.phrases.length > 1 ? (this.onePhraseEach ??= this.phrases.map((phrase) => new TermMatcher([phrase]))).flatMap((one) => one.spans(text)) : this.spans(text);
    if (spans.length === 0) return text;
    const blanked = text.split('');
    for (const { index, length } of spans) for (let at = index; at < index + length; at++) blanked[at] = ' ';
    return blanked.join('');
  }

  /** Where the pattern matches `text`, leftmost first, without overlaps. */
  private spans(text: string): Array<{ index: number; length: number }> {
    const view = this.candidate(text);
    return view ? matchesOf(this.pattern, this.subject(view)) : [];
  }

  /** Every match, with its position. */
  find(text: string): Array<{ text: string; index: number }> {
    const view = this.candidate(text);
    if (!view) return [];
    return matchesOf(this.pattern, this.subject(view)).map((match) => ({ text: text.slice(match.index, match.index + match.length), index: match.index }));
  }
}

/** Every match of a global pattern, as `subject.matchAll(pattern)` gives them, by exec on the pattern itself. */
function matchesOf(pattern: RegExp, subject: string): Array<{ index: number; length: number }> {
  const matches: Array<{ index: number; length: number }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(subject); match !== null; match = pattern.exec(subject)) {
    matches.push({ index: match.index, length: match[0].length });
    // After an empty match, on by a code point (matchAll's AdvanceStringIndex under the u flag).
    if (match[0].length === 0) pattern.lastIndex = advanceIndex(subject, pattern.lastIndex);
  }
  pattern.lastIndex = 0;
  return matches;
}

function advanceIndex(text: string, index: number): number {
  if (index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
