import type { ArticleRecord, DuplicateRef, ExtractedArticle } from '../model/article';
import type { ArticleStore } from '../storage/dynamo/article-store';
import { blobKeys, type BlobStore } from '../storage/ports';
import type { DedupeService, NoveltyScope } from '../dedupe/dedupe-service';
import { LEAD_SENTENCES } from '../model/claim';
import { splitSentences } from '../extract/sentences';
import { boundSentences, truncateText } from '../extract/text-bounds';
import { assessRelevance } from '../relevance/assess-relevance';
import type { ClaimExtractor, ExtractorReport } from '../claims/claim-extractor';
import type { Storyline } from '../storyline/types';
import { cleanOneLineText, neutraliseBidiControls } from '../model/untrusted-text';
import { decideLanguage, type DeclaredLanguage } from '../language/decide-language';

/**
 * How much of an article the sentence index reads (one request) and indexes: the headline and the
 * lead — the sentences whose claims may announce a change (isNews) — are checked for rewordings too,
 * the body for exact repeats, as far as one BatchGetItem reaches (≈ 73 body sentences after a
 * 3-sentence lead). The seeds, the baseline read once, are read and indexed whole.
 */
export const ARTICLE_NOVELTY_SCOPE: NoveltyScope = { rewordingsIn: 1 + LEAD_SENTENCES };

/** What is known of an article before its text is read. */
export interface ArticleMeta {
  id: string;
  url: string;
  canonicalUrl: string;
  publisher: string;
  title: string;
  publishedAt: string | null;
  discoveredAt: string;
  digestDate: string;
}

interface AnalyseOptions {
  /** Already known to be another article (same canonical page). */
  duplicateOf?: DuplicateRef | null;
  error?: string;
  /** Seeds are the baseline: relevant by definition and never duplicates of each other. */
  baseline?: boolean;
  /** What the page and the feed say the article's language is, most specific first. */
  declaredLanguages?: readonly DeclaredLanguage[];
}

/**
 * The analysis shared by feed articles and seeds: relevance, near-duplicate lookup, sentence
 * novelty, claims. Only novel sentences can announce; known ones may still corroborate.
 * This is where text from outside becomes a record: title, publisher and text are neutralised here.
 */
export async function analyseArticle(
  untrustedMeta: ArticleMeta,
  untrustedExtracted: ExtractedArticle | null,
  options: AnalyseOptions,
  deps: { dedupe: DedupeService; claims: ClaimExtractor; storyline: Storyline },
): Promise<{ record: ArticleRecord; text: string }> {
  const meta = { ...untrustedMeta, title: cleanOneLineText(untrustedMeta.title), publisher: cleanOneLineText(untrustedMeta.publisher) };
  const originalText = untrustedExtracted ? neutraliseBidiControls(untrustedExtracted.text) : '';
  // Bounded before anything reads it: one hostile item must not outlast the Lambda or flood the index.
  const extracted = untrustedExtracted && { ...untrustedExtracted, text: truncateText(originalText) };
  const { language } = await decideLanguage({
    declared: options.declaredLanguages ?? [],
    text: extracted ? `${meta.title}\n${extracted.text}` : meta.title,
  });
  const base = { ...meta, duplicateOf: options.duplicateOf ?? null, novelSentences: 0, claims: [], mentions: [], language };
  if (!extracted) {
    return {
      record: { ...base, relevant: false, sentenceCount: 0, extraction: 'failed', error: options.error },
      text: '',
    };
  }
  const { sentences, truncation } = boundSentences([meta.title, ...splitSentences(extracted.text)], { originalText, keptText: extracted.text });
  const shared = {
    ...base, sentenceCount: sentences.length, extraction: extracted.method, error: options.error, ...(truncation ? { truncated: truncation } : {}),
  };
  const relevant = options.baseline || assessRelevance({ title: meta.title, text: extracted.text }, deps.storyline).relevant;
  if (!relevant || base.duplicateOf) {
    return { record: { ...shared, relevant }, text: extracted.text };
  }

  const duplicate = options.baseline ? null : await deps.dedupe.findDuplicate({ id: meta.id, text: extracted.text });
  if (duplicate) {
    return {
      record: { ...shared, relevant, duplicateOf: { id: duplicate.id, url: duplicate.url } },
      text: extracted.text,
    };
  }

  const scope = options.baseline ? 'whole' : ARTICLE_NOVELTY_SCOPE;
  const novel = await deps.dedupe.findNovelSentences({ id: meta.id, sentences, scope });
  const reading = await deps.claims.extract({ sentences, headlineIndex: 0, publishedAt: meta.publishedAt, publisher: meta.publisher, language });
  const claims = reading.claims.map((claim) => ({ ...claim, novel: novel[claim.sentenceIndex] ?? true }));
  await deps.dedupe.remember({
    id: meta.id,
    url: meta.url,
    text: extracted.text,
    sentences,
    publishedAt: meta.publishedAt,
    scope,
  });
  return {
    record: { ...shared, relevant, novelSentences: novel.filter(Boolean).length, claims, mentions: reading.mentions, ...describeExtractor(reading.report, deps.claims.name) },
    text: extracted.text,
  };
}

/** The record's account of which extractor read the article, and what a model spent or dropped. */
function describeExtractor(report: ExtractorReport | undefined, name: string): Pick<ArticleRecord, 'extractor' | 'claimsRejected' | 'extractorUsage' | 'extractorFallbackReason'> {
  if (!report) return { extractor: name };
  return {
    extractor: report.extractor,
    ...(report.claimsRejected === undefined ? {} : { claimsRejected: report.claimsRejected }),
    ...(report.usage ? { extractorUsage: report.usage } : {}),
    ...(report.fallbackReason ? { extractorFallbackReason: report.fallbackReason } : {}),
  };
}

/**
 * Stores an analysed article: the raw page, the full record and the day entry first, together (none
 * depends on another: nothing reads the blobs back, and a digest reads the day entry alone), the
 * "processed" marker (ArticleStore.putRecord) last, so a crash anywhere before the end leaves the
 * job to be processed again and converge on the same result. Two round trips, not three.
 */
export async function storeArticle(
  record: ArticleRecord,
  text: string,
  rawHtml: string | undefined,
  deps: { blobs: BlobStore; articles: ArticleStore },
): Promise<void> {
  await Promise.all([
    rawHtml === undefined ? undefined : deps.blobs.put(blobKeys.rawPage(record.id), rawHtml, 'text/html; charset=utf-8'),
    deps.blobs.put(blobKeys.article(record.id), JSON.stringify({ ...record, text }, null, 2), 'application/json; charset=utf-8'),
    deps.articles.putDayEntry(record),
  ]);
  await deps.articles.putRecord(record);
}
