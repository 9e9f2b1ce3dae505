import { findDominantScript } from '../language/language-tags';

/**
 * How a piece of article text is written, for the renderers: Arabic-script text runs right to
 * left. Read from the text itself, so a quote is set right to left whatever the article record
 * says (a Russian article quoting an Arabic statement).
 */
export function findTextDirection(text: string): { dir: 'rtl' | 'ltr'; lang?: string } {
  return findDominantScript(text) === 'arabic' ? { dir: 'rtl', lang: 'ar' } : { dir: 'ltr' };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The English name of an article's language for the sources list ("Arabic", "Russian"); undefined
 * for English, the digest's own language, and when the language is unknown.
 */
export function nameForeignLanguage(language: string | null | undefined): string | undefined {
  if (!language || language === 'en') return undefined;
  try {
    return LANGUAGE_NAMES.of(language);
  } catch {
    return language;
  }
}
