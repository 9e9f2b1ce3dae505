/**
 * Issue 13: no relevant article, in any language, is missing from what a subscriber reads. Every
 * relevant article read without error is listed in the reader's digest — under "Sources" (read:
 * the evidence of a change, or read and found to say nothing new), under "Also reported" (no
 * extractor could read it), or as a copy named under its original — except a second URL of a page
 * already listed or a second copy from the same outlet (selectReaderView names an outlet once).
 * Days are generated (fast-check) over languages, claims, copies, irrelevant and failed pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../shared/digest/compute-digest';
import { planReaderDigest } from '../../../shared/digest/reader/plan-reader-digest';
import type { ReaderArticle } from '../../../shared/digest/reader/types';
import { selectReaderView } from '../../../shared/digest/reader-view';
import { renderDigestHtml } from '../../../shared/digest/render-html';
import { renderDigestText } from '../../../shared/digest/render-text';
import type { ArticleRecord } from '../../../shared/model/article';
import type { DigestArticle } from '../../../shared/model/digest';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';
import { makeClaim, makeRecord } from '../factories';
import { textOf } from '../../helpers/html-text';

const LANGUAGES = ['en', 'ar', 'ru', 'fr', null, undefined] as const;
const PUBLISHERS = ['SANA', 'TASS', 'Kommersant', 'Enab Baladi', 'Reuters'];
const HEADLINES: Record<string, (n: number) => string> = {
  en: (n) => `Report number ${n} on Syria`,
  ar: (n) => `تقرير رقم ${n} عن سوريا`,
  ru: (n) => `Сообщение номер ${n} о Сирии`,
  fr: (n) => `Reportage numéro ${n} sur la Syrie`,
};
const CLAIMS = [
  makeClaim('bases', 'tartus', 'negotiating', 'Talks on the Tartus base began.'),
  makeClaim('extradition', 'assad', 'refused', 'Moscow refused to hand over Assad.'),
  makeClaim('investment', 'energy', 'signed', 'An energy deal was signed.'),
];

const articleShape = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  publisher: fc.constantFrom(...PUBLISHERS),
  claim: fc.option(fc.nat(CLAIMS.length - 1), { nil: null }),
  relevant: fc.boolean(),
  failed: fc.boolean(),
  /** null: an original; a number: a copy of the article at that position (or of one read earlier, when none is there). */
  copyOf: fc.option(fc.nat(10), { nil: null, freq: 3 }),
  samePageAs: fc.option(fc.nat(10), { nil: null, freq: 8 }),
});

function buildRecords(shapes: Array<typeof articleShape extends fc.Arbitrary<infer T> ? T : never>): ArticleRecord[] {
  return shapes.map((shape, index) => {
    const id = `a${index}`;
    const headline = (HEADLINES[shape.language ?? 'en'] ?? HEADLINES.en!)(index);
    const copy = shape.copyOf !== null && shape.copyOf !== index;
    const duplicateOf = copy ? { id: shape.copyOf! < shapes.length ? `a${shape.copyOf}` : `earlier-${shape.copyOf}`, url: 'https://x.example/' } : null;
    const canonicalUrl = shape.samePageAs !== null && shape.samePageAs < index ? `https://page.example/a${shape.samePageAs}` : `https://page.example/${id}`;
    return makeRecord(id, shape.publisher, copy || shape.claim === null ? [] : [CLAIMS[shape.claim]!], {
      title: headline,
      canonicalUrl,
      duplicateOf,
      relevant: shape.relevant || copy,
      language: shape.language,
      extractor: 'rules',
      ...(shape.failed && !copy ? { error: 'fetch failed: 503', relevant: false } : {}),
    });
  });
}

/** Every article id the reader's plan lists, with where. */
function listedIds(plan: { sources: ReaderArticle[]; alsoReported: ReaderArticle[] }): Map<string, 'sources' | 'also'> {
  const listed = new Map<string, 'sources' | 'also'>();
  for (const [where, articles] of [['sources', plan.sources], ['also', plan.alsoReported]] as const) {
    for (const article of articles) for (const entry of [article, ...article.copies]) listed.set(entry.articleId, where);
  }
  return listed;
}

/** The article the reader view kept in place of `article` (itself, the same page, or the same outlet's copy of the same original). */
function keptFor(article: DigestArticle, kept: readonly DigestArticle[]): DigestArticle | undefined {
  return kept.find((candidate) =>
    candidate.id === article.id ||
    (article.duplicateOf === null && candidate.duplicateOf === null && candidate.canonicalUrl === article.canonicalUrl) ||
    (article.duplicateOf !== null && candidate.duplicateOf?.id === article.duplicateOf.id && candidate.publisher === article.publisher),
  );
}


describe('no relevant article of any language is missing from the reader\'s digest', () => {
  it('lists every relevant, readable article under Sources or Also reported, named in the HTML and the plain text', () => {
    fc.assert(
      fc.property(fc.array(articleShape, { minLength: 1, maxLength: 10 }), (shapes) => {
        // Prepare
        const records = buildRecords(shapes);
        const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' });
        const view = selectReaderView(digest);

        // Act
        const plan = planReaderDigest(view);
        const html = textOf(renderDigestHtml(view));
        const text = renderDigestText(view);

        // Assess
        const listed = listedIds(plan);
        const unread = new Set(digest.alsoReported);
        for (const article of digest.articles.filter((candidate) => candidate.relevant && candidate.error === undefined)) {
          const kept = keptFor(article, view.articles);
          expect(kept, `${article.id} left out of the reader view`).toBeDefined();
          const where = listed.get(kept!.id);
          expect(where, `${kept!.id} not listed`).toBeDefined();
          // Unread reports are under "Also reported", read ones under "Sources", never both.
          expect(where, kept!.id).toBe(unread.has(kept!.id) ? 'also' : 'sources');
          const name = kept!.duplicateOf !== null && listed.has(kept!.duplicateOf.id) ? kept!.publisher : kept!.title;
          expect(html, kept!.id).toContain(name);
          expect(text, kept!.id).toContain(name);
        }
        // A relevant foreign original without claims is never presented as read.
        for (const article of view.articles.filter((candidate) => candidate.duplicateOf === null && candidate.claims.length === 0 && candidate.language && candidate.language !== 'en')) {
          expect(listed.get(article.id), article.id).toBe('also');
          const line = text.split('\n').find((candidate) => candidate.includes(article.title))!;
          expect(line, article.id).toMatch(/ · (Arabic|Russian|French)/);
        }
        // A day is quiet only when nothing is listed apart.
        if (plan.alsoReported.length > 0) expect(plan.quiet).toBe(false);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
