import { findDominantScript, scriptOfLanguage } from '../language/language-tags';

/**
 * How a piece of article text is written, for the renderers: Arabic-script text runs right to
 * left. Read from the text itself, so a quote is set right to left whatever the article record
 * says (a Russian article quoting an Arabic statement). Its language is the article's when the
 * text is in that language's script, Arabic for other Arabic-script text, else unknown; English
 * text needs no `lang` (the page is English).
 */
export function findTextDirection(text: string, articleLanguage?: string | null): { dir: 'rtl' | 'ltr'; lang?: string } {
  const script = findDominantScript(text);
  const dir = script === 'arabic' ? 'rtl' : 'ltr';
  if (articleLanguage && articleLanguage !== 'en' && script !== undefined && scriptOfLanguage(articleLanguage) === script) return { dir, lang: articleLanguage };
  return script === 'arabic' ? { dir, lang: 'ar' } : { dir };
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
