import { describe, expect, it } from 'vitest';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { allLanguages, collectAnchors, compileTerms, foldForAnchors, TermMatcher } from '../../shared/storyline/terms';

/** Every code point but the surrogates, as one string. */
function everyCharacter(): string {
  const characters: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) characters.push(String.fromCodePoint(code));
  return characters.join('');
}

describe('the anchor pre-check of term matchers', () => {
  it('folds every character the iu flags match to a lower-case ASCII, Cyrillic or Arabic character onto it', () => {
    // Prepare
    const text = everyCharacter();
    const anchorCharacters: string[] = [];
    for (const [from, to] of [[0x20, 0x7e], [0x400, 0x4ff], [0x600, 0x6ff]] as const) {
      for (let code = from; code <= to; code++) {
        const character = String.fromCodePoint(code);
        if (character.toLowerCase() === character) anchorCharacters.push(character);
      }
    }
    // Act
    const misfolded: string[] = [];
    for (const anchor of anchorCharacters) {
      for (const match of text.matchAll(new RegExp(anchor.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'giu'))) {
        if (foldForAnchors(match[0]) !== anchor) misfolded.push(`${match[0]} (U+${match[0].codePointAt(0)!.toString(16)}) → ${anchor}`);
      }
    }
    // Assess
    expect(misfolded).toEqual([]);
  });

  it('finds what the full pattern finds, case and script folds included', () => {
    // Prepare
    const lists = [
      allLanguages(SYRIA_RUSSIA.relevance.topic),
      allLanguages(SYRIA_RUSSIA.relevance.elsewhere),
      ...SYRIA_RUSSIA.sides.map((side) => allLanguages(side.core)),
      ...SYRIA_RUSSIA.threads.flatMap((thread) => thread.statuses.flatMap((status) => status.cues.map((cue) => allLanguages(cue.phrases)))),
    ];
    const texts = [
      'Russia WITHDREW from the naval base at Tartus; ſyria said the Kremlin would keep Hmeimim.',
      'Россия и Сᲃрия обсудили базу в Тартусе.',
      'وقالت روسيا إن القاعدة البحرية في طرطوس باقية، والسوريون يطالبون بتسليم الأسد.',
      'Nothing about either party here.',
    ];
    for (const phrases of lists) {
      const matcher = new TermMatcher(phrases);
      const pattern = compileTerms(phrases);
      for (const text of texts) {
        // Act
        const found = matcher.find(text);
        // Assess
        expect(found).toEqual([...text.matchAll(pattern)].map((match) => ({ text: match[0], index: match.index })));
        expect(matcher.mask(text)).toBe(text.replace(pattern, (match) => ' '.repeat(match.length)));
      }
    }
  });

  it.each([
    ['keeps the longest literal of each phrase', ['naval base', 'withdr* from'], ['naval', 'withdr']],
    ['keeps only the shortest of nested anchors', ['bases', 'base', 'naval base'], ['base', 'naval']],
    ['takes every alternative of a phrase of alternatives only', ['[leave|quit]'], ['quit', 'leave']],
    ['takes the alternatives whose shortest is longest', ['[to|in] [the|a] ... [airport|airfield]'], ['airport', 'airfield']],
    ['gives up on a phrase an alternative of which holds no literal', ['[leave|]'], null],
    ['has no anchor to find for no phrase', [], []],
  ])('%s', (_name, phrases, anchors) => {
    expect(collectAnchors(phrases)).toEqual(anchors);
  });
});
