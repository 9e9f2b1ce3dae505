/**
 * A digest day in three languages, for the direction test and the screenshot
 * (scripts/screenshot-digest.ts): an Arabic status change whose quote has an English rendering (as
 * the Bedrock extractor gives it), a Russian quote without one, an English reaffirmation, and a
 * Russian report no extractor read ("Also reported"). Quotes and headlines are the multilingual
 * fixtures' own (test/fixtures/multilingual); the English renderings are ours.
 */
import { computeDigest } from '../../shared/digest/compute-digest';
import type { Digest } from '../../shared/model/digest';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { knownSubject, makeClaim, makeRecord, makeState } from '../digest/factories';

export const ARABIC_QUOTE = 'أعرب الوزير لافروف عن استعداد الشركات الروسية للمشاركة في إعادة تأهيل محطات توليد الكهرباء في سوريا';
export const ARABIC_QUOTE_ENGLISH = 'Minister Lavrov said Russian companies are ready to take part in rehabilitating power stations in Syria.';
export const ARABIC_REFUSAL = 'إن روسيا لن تسلّم الأسد، وإن منحه حق اللجوء جاء "لأسباب إنسانية بحتة"';
export const ARABIC_REFUSAL_ENGLISH = 'Russia will not hand over Assad, and granting him asylum was "for purely humanitarian reasons".';
export const RUSSIAN_QUOTE = 'Россия и Сирия продолжают переговоры о дальнейшем присутствии российских военных на базах в Тартусе и Хмеймиме';

export function buildArabicDigest(): Digest {
  const before = makeState([
    knownSubject('extradition', 'assad', 'requested', ['SANA', 'Reuters']),
    knownSubject('bases', 'tartus', 'negotiating', ['SANA', 'TASS']),
  ]);
  const url = (host: string, path: string) => ({ url: `https://${host}/${path}`, canonicalUrl: `https://${host}/${path}`, publishedAt: '2025-11-20T09:00:00Z', digestDate: '2025-11-20' });
  const records = [
    makeRecord('enab', 'Enab Baladi', [{ ...makeClaim('extradition', 'assad', 'refused', ARABIC_REFUSAL), quoteEnglish: ARABIC_REFUSAL_ENGLISH }], {
      title: 'موسكو ترفض مجدداً تسليم الأسد: اللجوء مُنح "لأسباب إنسانية"', language: 'ar', extractor: 'bedrock', ...url('www.enabbaladi.net', 'archives/assad'),
    }),
    makeRecord('sana', 'SANA', [{ ...makeClaim('investment', 'energy', 'proposed', ARABIC_QUOTE), quoteEnglish: ARABIC_QUOTE_ENGLISH }], {
      title: 'الشيباني يبحث مع لافروف في موسكو العلاقات الثنائية', language: 'ar', extractor: 'bedrock', ...url('sana.sy', 'lavrov'),
    }),
    makeRecord('tass', 'TASS', [makeClaim('bases', 'tartus', 'negotiating', RUSSIAN_QUOTE)], {
      title: 'Песков: диалог с Дамаском о российских базах продолжается', language: 'ru', extractor: 'rules', ...url('tass.ru', 'politika/bases'),
    }),
    makeRecord('kommersant', 'Kommersant', [], { title: 'Дамаск напомнил о Башаре Асаде', language: 'ru', extractor: 'rules', ...url('www.kommersant.ru', 'doc/assad') }),
  ];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-20', stateBefore: before, records, generatedAt: '2025-11-21T06:00:00Z' }).digest;
}
