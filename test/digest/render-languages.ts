import { computeDigest } from '../../shared/digest/compute-digest';
import type { Digest } from '../../shared/model/digest';
import { knownSubject, makeClaim, makeRecord, makeState } from './factories';

/** Quotes as the fixture pages print them (test/fixtures/multilingual). */
export const ARABIC_QUOTE = 'وقال المتحدث باسم الكرملين، دميتري بيسكوف، إن روسيا لن تسلّم الأسد، وإن منحه حق اللجوء جاء "لأسباب إنسانية بحتة".';
export const RUSSIAN_QUOTE = 'Россия и Сирия продолжают переговоры о дальнейшем присутствии российских военных на базах в Тартусе и Хмеймиме.';

/** A day with an Arabic, a Russian and an English article, each with a claim quoted in its own language. */
export function buildMultilingualDigest(): Digest {
  const before = makeState([
    knownSubject('extradition', 'assad', 'requested', ['SANA']),
    knownSubject('bases', 'tartus', 'retained', ['SANA']),
  ]);
  const records = [
    makeRecord('ar1', 'عنب بلدي', [makeClaim('extradition', 'assad', 'refused', ARABIC_QUOTE)], {
      title: 'موسكو ترفض مجدداً تسليم الأسد: اللجوء مُنح "لأسباب إنسانية"',
      language: 'ar',
    }),
    makeRecord('ru1', 'ТАСС', [makeClaim('bases', 'tartus', 'negotiating', RUSSIAN_QUOTE)], {
      title: 'Песков: диалог с Дамаском о российских базах в Тартусе и Хмеймиме продолжается',
      language: 'ru',
    }),
    makeRecord('en1', 'Reuters', [makeClaim('bases', 'hmeimim', 'retained', 'Hmeimim remains in Russian hands.')], { language: 'en' }),
    // Relevant, but no claim was read from them.
    makeRecord('ru2', 'Коммерсантъ', [], { title: 'Дамаск напомнил о Башаре Асаде', language: 'ru', url: 'https://kommersant.example/ru2' }),
    makeRecord('en2', 'AFP', [], { title: 'Syria and Russia: the view from Latakia', language: 'en' }),
  ];
  return computeDigest({ date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest;
}
