/**
 * Language tags as pages and feeds write them (`ar`, `ru-RU`, `ar_AR`, `EN-us`) reduced to the ISO
 * 639-1 code sitrep stores, and the writing system each language is normally printed in.
 */

/** The ISO 639-1 code of a BCP 47 / POSIX locale tag, or undefined when it has none. */
export function toLanguageCode(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

export type Script = 'arabic' | 'cyrillic' | 'latin' | 'other';

/**
 * Languages written in a script other than Latin, among those the detector knows. A language not
 * listed is taken as Latin-script, which is what the check below needs: whether a declared
 * language could be the language of a text in the script the text is in.
 */
const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ar: 'arabic', fa: 'arabic', ur: 'arabic', ps: 'arabic', ku: 'arabic',
  ru: 'cyrillic', uk: 'cyrillic', be: 'cyrillic', bg: 'cyrillic', sr: 'cyrillic', mk: 'cyrillic',
  kk: 'cyrillic', ky: 'cyrillic', tg: 'cyrillic', mn: 'cyrillic', tt: 'cyrillic', ba: 'cyrillic',
  he: 'other', yi: 'other', el: 'other', hy: 'other', ka: 'other', zh: 'other', ja: 'other', ko: 'other',
  hi: 'other', bn: 'other', ta: 'other', te: 'other', th: 'other', am: 'other',
};

/** The script a language is normally written in. */
export function scriptOfLanguage(code: string): Script {
  return SCRIPT_OF_LANGUAGE[code] ?? 'latin';
}

/** The script most of a text's letters are in (letters only: digits and punctuation are shared). */
export function findDominantScript(text: string): Script | undefined {
  const counts: Record<Script, number> = { arabic: 0, cyrillic: 0, latin: 0, other: 0 };
  for (const letter of text.matchAll(/\p{L}/gu)) counts[scriptOfLetter(letter[0])] += 1;
  const [script, count] = (Object.entries(counts) as Array<[Script, number]>).sort((left, right) => right[1] - left[1])[0]!;
  return count > 0 ? script : undefined;
}

function scriptOfLetter(letter: string): Script {
  if (/\p{Script=Arabic}/u.test(letter)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(letter)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(letter)) return 'latin';
  return 'other';
}
