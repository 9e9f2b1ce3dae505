import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideLanguage, detectLanguage } from '../../shared/language/decide-language';
import { findDominantScript, toLanguageCode } from '../../shared/language/language-tags';
import { extractFixture, loadMultilingualFixtures } from '../helpers/multilingual-fixtures';

const GOLD_DIR = join(import.meta.dirname, '..', 'fixtures', 'gold');
const englishArticles = readdirSync(GOLD_DIR)
  .filter((slug) => !slug.startsWith('fresh-arabic'))
  .flatMap((slug) => {
    try {
      return [readFileSync(join(GOLD_DIR, slug, 'article.txt'), 'utf8')];
    } catch {
      return [];
    }
  });

const RUSSIAN_PARAGRAPH = 'Россия и Сирия продолжают переговоры о дальнейшем присутствии российских военных на базах в Тартусе и Хмеймиме.';
const ARABIC_PARAGRAPH = 'جدّد الكرملين رفضه تسليم رئيس النظام السوري المخلوع بشار الأسد إلى الحكومة السورية.';

describe('decideLanguage on the multilingual fixture pages', () => {
  it.each(loadMultilingualFixtures().map((fixture) => [fixture.slug, fixture] as const))(
    '%s is in the language its labels give',
    async (_slug, fixture) => {
      // Prepare: what the process step reads off the page
      const page = extractFixture(fixture);

      // Act
      const decision = await decideLanguage({
        declared: [{ source: 'html-lang', tag: page.lang }, { source: 'og:locale', tag: page.locale }],
        text: `${page.title}\n${page.text}`,
      });

      // Assess
      expect(decision.language).toBe(fixture.labels.language);
    },
  );

  it('reads the language off a page with no declaration (the Egyptian copy has no lang, no og:locale)', async () => {
    const copy = loadMultilingualFixtures().find((fixture) => fixture.slug === 'ar-copy-kremlin-refuses-assad')!;
    const page = extractFixture(copy);
    expect([page.lang, page.locale]).toEqual([undefined, undefined]);
    expect(await decideLanguage({ declared: [{ source: 'html-lang', tag: page.lang }], text: page.text })).toEqual({
      language: 'ar',
      basis: 'detected',
    });
  });

  it('lets the text overrule a template that declares English on a Russian page', async () => {
    const copy = loadMultilingualFixtures().find((fixture) => fixture.slug === 'ru-copy-peskov-bases-dialogue')!;
    const page = extractFixture(copy);
    expect(page.lang).toBe('en');
    expect(await decideLanguage({ declared: [{ source: 'html-lang', tag: page.lang }], text: page.text })).toEqual({
      language: 'ru',
      basis: 'detected_over_declared',
    });
  });
});

describe('decideLanguage rules', () => {
  it.each([
    ['declaration and text agree', [{ source: 'feed', tag: 'ru' }], RUSSIAN_PARAGRAPH, { language: 'ru', basis: 'declared_and_detected' }],
    ['the first valid declaration is the one checked', [{ source: 'html-lang', tag: 'x-klingon' }, { source: 'og:locale', tag: 'ar_SY' }], ARABIC_PARAGRAPH, { language: 'ar', basis: 'declared_and_detected' }],
    ['a same-script neighbour declared (uk) stands against the detector', [{ source: 'html-lang', tag: 'uk' }], RUSSIAN_PARAGRAPH, { language: 'uk', basis: 'declared' }],
    ['a cross-script declaration (en on Arabic text) loses', [{ source: 'feed', tag: 'en-US' }], ARABIC_PARAGRAPH, { language: 'ar', basis: 'detected_over_declared' }],
    ['nothing declared: the text tells', [], RUSSIAN_PARAGRAPH, { language: 'ru', basis: 'detected' }],
    ['no text to check: the declaration stands', [{ source: 'feed', tag: 'ar' }], '', { language: 'ar', basis: 'declared' }],
    ['neither tells', [{ source: 'feed', tag: undefined }], '2025-11-14 12:00', { language: null, basis: 'unknown' }],
  ])('%s', async (_name, declared, text, expected) => {
    expect(await decideLanguage({ declared, text })).toEqual(expected);
  });
});

describe('detectLanguage', () => {
  it('reads every English gold article as English', async () => {
    // Act
    const detected = await Promise.all(englishArticles.map((text) => detectLanguage(text)));

    // Assess
    expect(englishArticles.length).toBeGreaterThan(100);
    expect(detected.filter((language) => language !== 'en')).toEqual([]);
  });

  it('says nothing rather than guess on text without letters', async () => {
    expect(await detectLanguage('12:30 — 14.11.2025')).toBeUndefined();
  });
});

describe('language tags and scripts', () => {
  it.each([
    ['ar', 'ar'], ['ru-RU', 'ru'], ['ar_AR', 'ar'], ['EN-gb', 'en'], [' ru ', 'ru'], ['rus', undefined], ['', undefined], [null, undefined],
  ])('%s gives %s', (tag, code) => {
    expect(toLanguageCode(tag)).toBe(code);
  });

  it.each([
    [ARABIC_PARAGRAPH + ' (SANA)', 'arabic'],
    [RUSSIAN_PARAGRAPH + ' TASS', 'cyrillic'],
    ['Russia keeps Tartus', 'latin'],
    ['2025', undefined],
  ])('the dominant script of "%s" is %s', (text, script) => {
    expect(findDominantScript(text)).toBe(script);
  });
});
