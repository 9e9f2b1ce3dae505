import { describe, expect, it } from 'vitest';
import { normaliseForMatching, tokeniseText } from '../../shared/dedupe/normalise-text';

describe('normaliseForMatching', () => {
  it.each([
    ['Arabic short vowels and shadda', 'جدّدَ الكرملينُ رفضَه', 'جدد الكرملين رفضه'],
    ['tatweel stretching a word', 'موســـكو', 'موسكو'],
    ['alef with hamza above, below, madda and wasla', 'أعلن إعلان آثار ٱلقمح', 'اعلن اعلان اثار القمح'],
    ['alef maqsura written for final ya (Egyptian print)', 'فى الأراضى السورية', 'في الاراضي السورية'],
    ['ta marbuta and ha', 'القاعدة الروسية', 'القاعده الروسيه'],
    ['hamza on waw and on ya', 'مسؤول سوريا الرئيس', 'مسوول سوريا الرييس'],
    ['Arabic-Indic and Persian digits', '٤٥ ألف طن في ۲۰۲۵', '45 الف طن في 2025'],
    ['Persian ya and kaf typed for Arabic ones', 'کانون الثانی', 'كانون الثاني'],
    ['Arabic presentation forms (NFKC)', '\uFEDF\uFEE4\uFEE6', 'لمن'],
    ['Russian ё and е', 'Её идёт Пётр', 'ее идет петр'],
    ['case in Cyrillic and Latin', 'ТАСС Tass', 'тасс tass'],
    ['zero-width and direction marks, soft hyphen', 'بو\u200Cتين \u200Fروسيا Хмей\u00ADмим', 'بوتين روسيا хмеймим'],
  ])('folds %s', (_name, left, right) => {
    // Act / Assess
    expect(normaliseForMatching(left)).toBe(normaliseForMatching(right));
  });

  it.each([
    ['different Arabic letters', 'بنك', 'تنك'],
    ['э and е (different Russian letters)', 'эти', 'ети'],
    ['и and й', 'мой', 'мои'],
  ])('keeps %s apart', (_name, left, right) => {
    expect(normaliseForMatching(left)).not.toBe(normaliseForMatching(right));
  });

  it('leaves plain English as it was, apart from case', () => {
    expect(normaliseForMatching('Russia keeps Tartus, Hmeimim.')).toBe('russia keeps tartus, hmeimim.');
  });
});

describe('tokeniseText', () => {
  it('keeps a vocalised Arabic word whole instead of cutting it at its marks', () => {
    // Act
    const tokens = tokeniseText('جدّدَ الكرملينُ رفضَهُ تسليمَ الأسد');

    // Assess
    expect(tokens).toEqual(['جدد', 'الكرملين', 'رفضه', 'تسليم', 'الاسد']);
  });

  it('splits Russian words at punctuation, dashes and quotes', () => {
    expect(tokeniseText('«Контакты продолжаются», — сказал Песков.')).toEqual(['контакты', 'продолжаются', 'сказал', 'песков']);
  });
});
