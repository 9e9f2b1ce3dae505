import { describe, expect, it } from 'vitest';
import * as english from '../../shared/claims/english';
import * as functionWords from '../../shared/claims/function-words';
import { normaliseForMatching } from '../../shared/dedupe/normalise-text';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { allLanguages, compileMatcherPattern, compileTerms, FAST_LETTER, LETTER, TermMatcher, toMatchable } from '../../shared/storyline/terms';
import type { LocalisedTerms } from '../../shared/storyline/types';

/** Every list of strings in `value` (the storyline's term lists, and each localised list's languages together). */
function termLists(value: unknown, lists: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((item) => typeof item === 'string')) lists.push(value as string[]);
    else for (const item of value) termLists(item, lists);
  } else if (value !== null && typeof value === 'object') {
    const values = Object.values(value);
    if (values.length > 1 && values.every((item) => Array.isArray(item) && item.every((phrase) => typeof phrase === 'string'))) lists.push([...allLanguages(value as LocalisedTerms)]);
    for (const item of values) termLists(item, lists);
  }
  return lists;
}

/** The storyline's lists and the engines' own (English and every language's function words). */
const LISTS = termLists([SYRIA_RUSSIA, english, functionWords]);

/** Text a phrase should match: the `pick`th alternative of each `[a|b]`, a stem with an ending, two words for a gap (quoted, so a match holds characters the matchable text replaces). */
function instance(phrase: string, pick: number): string {
  return (phrase.trim().match(/\[[^\]]*\]\S*|\S+/g) ?? [])
    .map((word) => {
      if (word === '...') return '“and” so';
      if (word.startsWith('[') && word.endsWith(']')) {
        const alternatives = word.slice(1, -1).split('|');
        return instance(alternatives[pick % alternatives.length]!, pick);
      }
      return word.endsWith('*') ? `${word.slice(0, -1)}ing` : word;
    })
    .join(' ');
}

/** Around an instance: plain, in a sentence, and next to characters the matchable text replaces or the letter classes judge. */
const CONTEXTS = [
  (text: string) => text,
  (text: string) => `They said ${text}, then left.`,
  (text: string) => `’${text}—`,
  (text: string) => `𝐀${text} 😀`,
  (text: string) => `\u0345${text}\u00a0K`,
  (text: string) => `«${text}»\ud800 ${text.toUpperCase()}`,
  (text: string) => `x${text}\x01${text}ſ`,
];

describe('the term matchers’ fast patterns', () => {
  it('agree with the full letter class, white space and the gap on every code point of the matchable text', () => {
    // Prepare
    const letter = new RegExp(`^${LETTER}$`, 'iu');
    const fastLetter = new RegExp(`^${FAST_LETTER}$`, 'iu');
    const gap = /^[^\s.;:!?]$/iu;
    const space = /^\s$/iu;
    // Every character of a phrase a fast pattern is made of, and those compilePhrase adds (separators, Arabic proclitics).
    const phraseCharacters = new Set([...LISTS.flatMap((list) => list.filter((phrase) => !/[^\p{L}\p{N}_\s\x21-\x7e]/iu.test(phrase)).flatMap((phrase) => [...phrase])), ...',-وفبلكا']);
    const phraseLiteral = new RegExp(`[${[...phraseCharacters].map((character) => character.replace(/[\\\]\[^-]/g, '\\$&')).join('')}]`, 'iu');
    const disagreements: string[] = [];
    // Act
    for (let code = 0; code <= 0x10ffff; code++) {
      const character = String.fromCodePoint(code);
      const matchable = toMatchable(character);
      const problems = [
        matchable !== character && matchable !== (character.length === 1 ? '\x01' : '\u{10ffff}') && 'replacement',
        letter.test(character) !== fastLetter.test(matchable) && 'letter',
        gap.test(character) !== gap.test(matchable) && 'gap',
        space.test(character) !== space.test(matchable) && 'space',
        matchable !== character && phraseLiteral.test(character) && 'a phrase character matches it',
      ].filter(Boolean);
      if (problems.length > 0) disagreements.push(`U+${code.toString(16)}: ${problems.join(', ')}`);
    }
    // Assess
    expect(phraseLiteral.test('\x01') || phraseLiteral.test('\u{10ffff}')).toBe(false);
    expect(disagreements).toEqual([]);
  });

  /** What a mask must blank: every phrase's own matches, found on the text itself (so overlapping phrases both hold). */
  function maskEachPhrase(phrases: readonly string[], text: string): string {
    const blanked = text.split('');
    for (const phrase of phrases) for (const match of text.matchAll(compileTerms([phrase]))) blanked.fill(' ', match.index, match.index + match[0].length);
    return blanked.join('');
  }

  it('find, mask and test as the full pattern does, over every phrase of every list', () => {
    // Prepare
    const differences: string[] = [];
    for (const phrases of LISTS) {
      const matcher = new TermMatcher(phrases);
      const full = compileTerms(phrases);
      const instances = phrases.flatMap((phrase) => [0, 1, 2].map((pick) => normaliseForMatching(instance(phrase, pick))));
      const texts = [...new Set(instances)].flatMap((text) => CONTEXTS.map((context) => context(text))).concat(instances.join(', '));
      for (const text of texts) {
        // Act
        const found = matcher.find(text);
        const masked = matcher.mask(text);
        const tested = matcher.test(text);
        // Assess
        const expected = [...text.matchAll(full)].map((match) => ({ text: match[0], index: match.index }));
        if (JSON.stringify(found) !== JSON.stringify(expected)) differences.push(`find ${JSON.stringify(text)} in [${phrases.slice(0, 3).join(', ')}…]`);
        if (masked !== maskEachPhrase(phrases, text)) differences.push(`mask ${JSON.stringify(text)}`);
        if (tested !== expected.length > 0) differences.push(`test ${JSON.stringify(text)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('find the empty matches a phrase may make as matchAll does, a surrogate pair stepped over whole', () => {
    // Prepare
    const phrases = ['[|x]'];
    const text = ' x, 😀 ’ 𝐀 ';
    // Act
    const found = new TermMatcher(phrases).find(text);
    // Assess
    expect(found).toEqual([...text.matchAll(compileTerms(phrases))].map((match) => ({ text: match[0], index: match.index })));
    expect(found.length).toBeGreaterThan(3);
  });

  it('find the anchors of a matcher first used after the text was searched for the others', () => {
    // Prepare
    const text = 'okapis and zebras at the waterhole';
    const many = new TermMatcher(Array.from({ length: 60 }, (_unused, index) => `animal${index}`));
    // Act
    const before = many.test(text);
    const later = new TermMatcher(['okapi*']).find(text);
    // Assess
    expect(before).toBe(false);
    expect(later).toEqual([{ text: 'okapis', index: 0 }]);
  });

  it('keep the full letter class for a phrase with a character the matchable text replaces', () => {
    expect(compileMatcherPattern(['naval base', 'port—city']).matchable).toBe(false);
    expect(compileMatcherPattern(['naval base', 'withdr* from']).matchable).toBe(true);
    expect(new TermMatcher(['port—city']).find('the port—city of Tartus')).toEqual([{ text: 'port—city', index: 4 }]);
  });
});
