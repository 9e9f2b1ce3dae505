/**
 * Issue 13, the reader's side: a relevant article that no extractor could read is listed under
 * "Also reported" (headline, outlet, language) in every rendering and in digest.json; a foreign
 * article's language is named beside its outlet; a quote is set in its own script and direction
 * with its English rendering beneath.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../shared/digest/compute-digest';
import { planReaderDigest, describeDigestHeadline } from '../../../shared/digest/reader/plan-reader-digest';
import { selectReaderView } from '../../../shared/digest/reader-view';
import { renderDigestHtml } from '../../../shared/digest/render-html';
import { renderDigestMarkdown } from '../../../shared/digest/render-markdown';
import { renderDigestText } from '../../../shared/digest/render-text';
import { DigestSchema, type Digest } from '../../../shared/model/digest';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';
import { knownSubject, makeClaim, makeRecord, makeState } from '../factories';

const ARABIC_QUOTE = 'وقال الشيباني إن روسيا ستحتفظ بقاعدة طرطوس البحرية.';
const ARABIC_ENGLISH = 'Shaibani said Russia will keep the Tartus naval base.';
const RUSSIAN_QUOTE = 'Песков заявил, что Москва не будет выдавать Асада.';
const RUSSIAN_HEADLINE = 'Коммерсантъ: Дамаск запросил выдачу Асада';
const ARABIC_HEADLINE = 'عنب بلدي: موسكو تدرس مستقبل قاعدة حميميم';

/** A day with an Arabic change (English rendering given), a Russian change (none), unread Russian and Arabic reports, and a copy of one. */
function multilingualDay(): Digest {
  const before = makeState([knownSubject('bases', 'tartus', 'negotiating', ['SANA', 'TASS']), knownSubject('extradition', 'assad', 'requested', ['SANA', 'Reuters'])]);
  const arabicClaim = { ...makeClaim('bases', 'tartus', 'retained', ARABIC_QUOTE), quoteEnglish: ARABIC_ENGLISH };
  const records = [
    makeRecord('ar1', 'SANA', [arabicClaim], { title: 'الشيباني: طرطوس باقية', language: 'ar', extractor: 'bedrock' }),
    makeRecord('ru1', 'TASS', [makeClaim('extradition', 'assad', 'refused', RUSSIAN_QUOTE)], { title: 'Песков об Асаде', language: 'ru', extractor: 'bedrock' }),
    makeRecord('ru2', 'Kommersant', [], { title: RUSSIAN_HEADLINE, language: 'ru', extractor: 'rules' }),
    makeRecord('ar2', 'Enab Baladi', [], { title: ARABIC_HEADLINE, language: 'ar', extractor: 'rules' }),
    makeRecord('ar3', 'Syria TV', [], { title: 'نسخة من تقرير عنب بلدي', language: 'ar', duplicateOf: { id: 'ar2', url: 'https://enab-baladi.example/ar2' } }),
    makeRecord('en1', 'Reuters', [], { title: 'Background: Russia in Syria', language: 'en', extractor: 'rules' }),
    makeRecord('ru3', 'Sport Express', [], { title: 'Футбол', language: 'ru', relevant: false }),
    makeRecord('ar4', 'Broken Site', [], { title: 'صفحة معطلة', language: 'ar', error: 'fetch failed: 503' }),
  ];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest;
}

/** A day whose only relevant article is a Russian report no claim was read from. */
function unreadOnlyDay(): Digest {
  const records = [makeRecord('ru2', 'Kommersant', [], { title: RUSSIAN_HEADLINE, language: 'ru', extractor: 'rules' })];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]), records, generatedAt: 'g' }).digest;
}

/** The text of the section under `heading` in a Markdown or plain-text rendering, up to the next heading. */
function sectionOf(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === heading);
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && /^(## |[A-Z][A-Z ]+$)/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The list items of the HTML section whose heading reads `heading`. */
function htmlSectionItems(document: Document, heading: string): string[] {
  const title = [...document.querySelectorAll('h2')].find((element) => element.textContent === heading);
  if (!title) return [];
  let row = title.closest('tr')!.nextElementSibling;
  while (row && !row.querySelector('ul') && !row.querySelector('h2')) row = row.nextElementSibling;
  return row?.querySelector('ul') ? [...row.querySelectorAll('li')].map((item) => item.textContent ?? '') : [];
}

describe('"Also reported": relevant articles no extractor could read', () => {
  it('lists them in digest.json by id, copies with their original, and nothing else', () => {
    // Act
    const digest = multilingualDay();

    // Assess
    expect(digest.alsoReported).toEqual(['ar2', 'ar3', 'ru2']);
    expect(digest.articles.find((article) => article.id === 'ru2')?.extractor).toBe('rules');
    expect(() => DigestSchema.parse(JSON.parse(JSON.stringify(digest)))).not.toThrow();
  });

  it('shows each under "Also reported" with its headline, outlet and language in HTML, Markdown and plain text, and not under "Sources"', () => {
    // Prepare
    const view = selectReaderView(multilingualDay());

    // Act
    const document = parseHtml(renderDigestHtml(view));
    const markdown = renderDigestMarkdown(view);
    const text = renderDigestText(view);

    // Assess
    const also = htmlSectionItems(document, 'Also reported');
    expect(also).toEqual([
      `${ARABIC_HEADLINE} — Enab Baladi · Arabic · also carried by Syria TV`,
      `${RUSSIAN_HEADLINE} — Kommersant · Russian`,
    ]);
    const sources = htmlSectionItems(document, 'Sources');
    expect(sources.some((line) => line.includes('Kommersant') || line.includes('Enab Baladi'))).toBe(false);
    expect(sources).toContain('Background: Russia in Syria — Reuters');
    const renderings = [
      { rendering: markdown, also: '## Also reported', sources: '## Sources' },
      { rendering: text, also: 'ALSO REPORTED', sources: 'SOURCES' },
    ];
    for (const { rendering, also: alsoHeading, sources: sourcesHeading } of renderings) {
      const section = sectionOf(rendering, alsoHeading);
      expect(section).toContain(`${RUSSIAN_HEADLINE}`);
      expect(section).toMatch(/— Kommersant · Russian/);
      expect(section).toMatch(/— Enab Baladi · Arabic · also carried by \[?Syria TV/);
      expect(section).toContain('not read for changes');
      expect(sectionOf(rendering, sourcesHeading)).toContain('Reuters');
      expect(sectionOf(rendering, sourcesHeading)).not.toContain('Kommersant');
    }
  });

  it('keeps an irrelevant or failed foreign page out of the reader view, as for any language', () => {
    // Act
    const text = renderDigestText(selectReaderView(multilingualDay()));

    // Assess
    expect(text).not.toContain('Футбол');
    expect(text).not.toContain('صفحة معطلة');
  });

  it('never calls a day quiet when the only news is a report nobody could read: the lead and subject say so, the email is a digest', () => {
    // Prepare
    const view = selectReaderView(unreadOnlyDay());

    // Act
    const plan = planReaderDigest(view);
    const headline = describeDigestHeadline(view);

    // Assess
    expect(plan.quiet).toBe(false);
    expect(plan.lead).toBe('No changes on Sun 2 Nov 2025: 1 article checked; 1 report in Russian not read for changes, listed below.');
    expect(headline.quiet).toBe(false);
    expect(headline.subject).toBe('Syria–Russia, 2 Nov: Also reported in Russian');
    expect(renderDigestText(view)).toContain(RUSSIAN_HEADLINE);
  });

  it('leaves a quiet day of read English articles quiet', () => {
    // Prepare
    const records = [makeRecord('en1', 'Reuters', [], { title: 'Background: Russia in Syria', language: 'en' })];
    const digest = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' }).digest;

    // Act
    const plan = planReaderDigest(selectReaderView(digest));

    // Assess
    expect(digest.alsoReported).toEqual([]);
    expect(plan.quiet).toBe(true);
    expect(plan.alsoReported).toEqual([]);
  });
});

describe('foreign sources and quotes', () => {
  it('names a foreign article\'s language beside its outlet and marks its headline with lang', () => {
    // Act
    const html = renderDigestHtml(selectReaderView(multilingualDay()));
    const text = renderDigestText(selectReaderView(multilingualDay()));

    // Assess
    expect(html).toContain('<bdi lang="ru">Песков об Асаде</bdi></a> — <bdi>TASS</bdi> · Russian');
    expect(text).toMatch(/Песков об Асаде <https:\/\/tass\.example\/ru1> — TASS · Russian/);
    expect(text).not.toMatch(/Reuters · English/);
  });

  it('sets an Arabic quote right to left with lang="ar", its English rendering beneath in English, left to right', () => {
    // Act
    const document = parseHtml(renderDigestHtml(selectReaderView(multilingualDay())));

    // Assess
    const quote = [...document.querySelectorAll('blockquote')].find((element) => element.textContent === ARABIC_QUOTE)!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('ar');
    const english = quote.nextElementSibling!;
    expect(english.textContent).toBe(`English: ${ARABIC_ENGLISH}`);
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('dir')).toBe('ltr');
    expect(english.nextElementSibling?.textContent).toMatch(/^— الشيباني: طرطوس باقية — SANA · Arabic/);
  });

  it('sets a Russian quote left to right with lang="ru", and no English line when there is none', () => {
    // Act
    const document = parseHtml(renderDigestHtml(selectReaderView(multilingualDay())));

    // Assess
    const span = [...document.querySelectorAll('blockquote span')].find((element) => element.textContent === RUSSIAN_QUOTE)!;
    expect(span.getAttribute('lang')).toBe('ru');
    expect(span.closest('blockquote')!.getAttribute('dir')).toBeNull();
    expect(span.closest('blockquote')!.nextElementSibling?.textContent).toMatch(/^— Песков об Асаде — TASS · Russian/);
  });

  it('puts the label of a conflict\'s side above an Arabic quote, outside its right-to-left block', () => {
    // Prepare: two outlets disagree on the same day, one in Arabic.
    const before = makeState([knownSubject('extradition', 'assad', 'requested', ['SANA', 'Reuters'])]);
    const records = [
      makeRecord('ar1', 'Enab Baladi', [{ ...makeClaim('extradition', 'assad', 'refused', 'قالت موسكو إنها لن تسلم الأسد.'), quoteEnglish: 'Moscow said it would not hand over Assad.' }], { language: 'ar' }),
      makeRecord('en1', 'Reuters', [makeClaim('extradition', 'assad', 'agreed', 'Moscow agreed to hand over Assad.')], { language: 'en' }),
    ];
    const digest = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: 'g' }).digest;

    // Act
    const document = parseHtml(renderDigestHtml(digest));

    // Assess
    const quote = [...document.querySelectorAll('blockquote')].find((element) => element.textContent === 'قالت موسكو إنها لن تسلم الأسد.')!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.previousElementSibling?.textContent?.trim()).toBe('refused:');
    expect(quote.nextElementSibling?.textContent).toBe('English: Moscow said it would not hand over Assad.');
  });

  it('writes the English rendering on the line after the quote in Markdown and plain text', () => {
    // Act
    const markdown = renderDigestMarkdown(selectReaderView(multilingualDay()));
    const text = renderDigestText(selectReaderView(multilingualDay()));

    // Assess
    for (const rendering of [markdown, text]) {
      const lines = rendering.split('\n');
      const at = lines.findIndex((line) => line.endsWith(`> ${ARABIC_QUOTE}`));
      expect(at).toBeGreaterThan(-1);
      expect(lines[at + 1]!.trim()).toBe(`(English: ${ARABIC_ENGLISH})`);
      const russian = lines.findIndex((line) => line.endsWith(`> ${RUSSIAN_QUOTE}`));
      expect(lines[russian + 1]!.trim()).toMatch(/^— /);
    }
  });

  it('carries quoteEnglish from the claim to digest.json, on the article and on the evidence', () => {
    // Act
    const digest = multilingualDay();

    // Assess
    expect(digest.articles.find((article) => article.id === 'ar1')?.claims[0]?.quoteEnglish).toBe(ARABIC_ENGLISH);
    const evidence = digest.threads.flatMap((thread) => thread.changes).flatMap((change) => change.evidence);
    expect(evidence.find((item) => item.articleId === 'ar1')?.quoteEnglish).toBe(ARABIC_ENGLISH);
    expect(evidence.find((item) => item.articleId === 'ru1')?.quoteEnglish).toBeUndefined();
  });

  it('keeps the bidi neutralisation: a control character in a quote or its English rendering reaches no rendering', () => {
    // Prepare
    const records = [makeRecord('ar1', 'SANA', [{ ...makeClaim('bases', 'tartus', 'retained', `\u202E${ARABIC_QUOTE}\u202C`), quoteEnglish: `Shaibani \u2067said\u2069 so.` }], { language: 'ar' })];
    const digest = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' }).digest;

    // Act
    const outputs = [renderDigestHtml(digest), renderDigestMarkdown(digest), renderDigestText(digest)];

    // Assess
    for (const output of outputs) {
      expect(output).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
      expect(output).toContain('Shaibani said so.');
    }
  });
});
