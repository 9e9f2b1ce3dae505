import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ClaimSchema, MentionSchema } from './claim';

/**
 * A claim as the article record keeps it: a model-backed extractor adds, for an article not in
 * English, its English rendering of the quote (the quote itself stays verbatim from the text).
 */
export const RecordedClaimSchema = ClaimSchema.extend({ quoteEnglish: z.string().optional() });
export type RecordedClaim = z.infer<typeof RecordedClaimSchema>;

/** Tokens a model-backed extractor spent on the article; `cached` when it paid nothing (cache hit). */
export const ExtractorUsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  cached: z.boolean(),
});

/** One item as a feed lists it, before its page is fetched. */
export interface FeedItem {
  /** The item's link as the feed gives it (absolute, http(s)). */
  url: string;
  guid?: string;
  title: string;
  /** ISO-8601, or undefined when the feed gives none or an invalid one. */
  publishedAt?: string;
  /** The feed's own content or summary, HTML; used when the page cannot be extracted. */
  contentHtml?: string;
  author?: string;
  /** Why the feed's account of this item is doubtful (a GUID it shares with another link). */
  suspicion?: string;
  /** The language the feed declares for the item (`dc:language`), or for the whole channel. */
  language?: string;
}

/** A unit of work for the process step: one article to fetch, extract, dedupe and mine for claims. */
export const ArticleJobSchema = z.object({
  articleId: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  feedUrl: z.string(),
  /** The outlet, when the operator named it for this feed. */
  publisher: z.string().optional(),
  /** The feed's own title: the publisher of last resort (it often names an aggregator). */
  feedTitle: z.string().optional(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  feedContentHtml: z.string().optional(),
  /** The language the feed (item, channel or OPML outline) declares; the page may say otherwise. */
  feedLanguage: z.string().optional(),
  /** When sitrep learned of the item (the replay sets it to the publication time). */
  discoveredAt: z.string(),
  /** The digest day the article belongs to (YYYY-MM-DD in the configured time zone). */
  digestDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Which try this is (1 when absent): a later try of a page that failed for a passing reason. */
  attempt: z.number().int().positive().optional(),
});
export type ArticleJob = z.infer<typeof ArticleJobSchema>;

/** What extraction gives: the article's own text, without page boilerplate. */
export interface ExtractedArticle {
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** The page's `<link rel="canonical">`, absolute, when it declares one. */
  canonicalUrl?: string;
  /** `<html lang>` as the page declares it. */
  lang?: string;
  /** `og:locale` or a `content-language` meta, as the page declares it. */
  locale?: string;
  method: 'readability' | 'feed' | 'seed';
}

export const DuplicateRefSchema = z.object({ id: z.string(), url: z.string() });
export type DuplicateRef = z.infer<typeof DuplicateRefSchema>;

export const ArticleRetrySchema = z.object({
  tries: z.number().int().positive(),
  nextAttemptAt: z.string().optional(),
  gaveUp: z.boolean(),
});
export type ArticleRetry = z.infer<typeof ArticleRetrySchema>;

/** The stored record of one processed article (articles/<id>.json and the day index). */
export const ArticleRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string().nullable(),
  discoveredAt: z.string(),
  digestDate: z.string(),
  relevant: z.boolean(),
  duplicateOf: DuplicateRefSchema.nullable(),
  novelSentences: z.number().int().nonnegative(),
  sentenceCount: z.number().int().nonnegative(),
  claims: z.array(RecordedClaimSchema),
  /** Statuses the article mentions without asserting them; never announced (records before this field have none). */
  mentions: z.array(MentionSchema).optional(),
  /** Which claim extractor read the article ("rules", "bedrock", "rules-fallback"). */
  extractor: z.string().optional(),
  /** Claims a model returned that failed validation or grounding (never stored); absent for the rules. */
  claimsRejected: z.number().int().nonnegative().optional(),
  /** What a model-backed extractor spent on this article. */
  extractorUsage: ExtractorUsageSchema.optional(),
  /** Why the rules read the article when the model was chosen (`extractor: "rules-fallback"`). */
  extractorFallbackReason: z.string().optional(),
  extraction: z.enum(['readability', 'feed', 'seed', 'failed']),
  /**
   * ISO 639-1, decided from what the page and feed declare, checked against the text
   * (shared/language); null when nothing tells, absent on records stored before languages were kept.
   */
  language: z.string().regex(/^[a-z]{2}$/).nullable().optional(),
  /** Why the article could not be processed, when it could not (it is still listed). */
  error: z.string().optional(),
  /**
   * Set when the article's text or sentences passed the analysis bounds (shared/extract/text-bounds.ts):
   * what extraction gave and what was kept, so a cut is never silent. (Feed content is read up to
   * MAX_FEED_CONTENT_CHARS first, so `textChars` counts the text of that part.)
   */
  truncated: z
    .object({
      textChars: z.number().int().nonnegative(),
      keptChars: z.number().int().nonnegative(),
      sentences: z.number().int().nonnegative(),
      keptSentences: z.number().int().nonnegative(),
    })
    .optional(),
  /** A page that failed for a passing reason: the tries so far, and the next one or that it was given up. */
  retry: ArticleRetrySchema.optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/**
 * An article's id: a short hash of its canonical URL, so the same article reached twice has one
 * id (seeds use `seed:<file name without .txt>` instead).
 */
export function articleIdFor(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 20);
}
