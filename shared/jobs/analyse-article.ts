import type { ArticleRecord, DuplicateRef, ExtractedArticle } from '../model/article';
import type { ArticleStore } from '../storage/dynamo/article-store';
import { blobKeys, type BlobStore } from '../storage/ports';
import type { DedupeService } from '../dedupe/dedupe-service';
import { splitSentences } from '../extract/sentences';
import { assessRelevance } from '../relevance/assess-relevance';
import { extractClaims } from '../claims/extract-claims';
import { decideLanguage, type DeclaredLanguage } from '../language/decide-language';

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
 */
export async function analyseArticle(
  meta: ArticleMeta,
  extracted: ExtractedArticle | null,
  options: AnalyseOptions,
  deps: { dedupe: DedupeService },
): Promise<{ record: ArticleRecord; text: string }> {
  const { language } = await decideLanguage({
    declared: options.declaredLanguages ?? [],
    text: extracted ? `${meta.title}\n${extracted.text}` : meta.title,
  });
  const base = { ...meta, duplicateOf: options.duplicateOf ?? null, novelSentences: 0, claims: [], language };
  if (!extracted) {
    return {
      record: { ...base, relevant: false, sentenceCount: 0, extraction: 'failed', error: options.error },
      text: '',
    };
  }
  const sentences = [meta.title, ...splitSentences(extracted.text)];
  const shared = { ...base, sentenceCount: sentences.length, extraction: extracted.method, error: options.error };
  const relevant = options.baseline || assessRelevance({ title: meta.title, text: extracted.text }).relevant;
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

  const novel = await deps.dedupe.findNovelSentences({ id: meta.id, sentences });
  const claims = extractClaims({ sentences, headlineIndex: 0, publishedAt: meta.publishedAt }).map((claim) => ({
    ...claim,
    novel: novel[claim.sentenceIndex] ?? true,
  }));
  await deps.dedupe.remember({
    id: meta.id,
    url: meta.url,
    text: extracted.text,
    sentences,
    publishedAt: meta.publishedAt,
  });
  return {
    record: { ...shared, relevant, novelSentences: novel.filter(Boolean).length, claims },
    text: extracted.text,
  };
}

/**
 * Stores an analysed article: the raw page and the full record first, the state-store entries last
 * (ArticleStore.putArticle writes its "processed" marker last), so a crash anywhere before the end
 * leaves the job to be processed again and converge on the same result.
 */
export async function storeArticle(
  record: ArticleRecord,
  text: string,
  rawHtml: string | undefined,
  deps: { blobs: BlobStore; articles: ArticleStore },
): Promise<void> {
  // The two blobs are independent of each other; only the state-store entries must come after both.
  await Promise.all([
    rawHtml === undefined ? undefined : deps.blobs.put(blobKeys.rawPage(record.id), rawHtml, 'text/html; charset=utf-8'),
    deps.blobs.put(blobKeys.article(record.id), JSON.stringify({ ...record, text }, null, 2), 'application/json; charset=utf-8'),
  ]);
  await deps.articles.putArticle(record);
}
