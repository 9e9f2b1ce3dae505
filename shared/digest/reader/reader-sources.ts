import type { Digest, DigestArticle, Evidence } from '../../model/digest';
import { listAlsoReported } from '../also-reported';
import { foldLines, safeHttpUrl } from '../escape';
import { nameForeignLanguage } from '../text-direction';
import { formatLongDate } from './human-date';
import type { ReaderArticle, ReaderSource } from './types';

/**
 * The articles a subscriber can use: relevant, read without error and not a copy of another.
 * Kept as one small function so that the filter of issue 14 merges into this one place.
 */
export function selectReaderArticles(articles: readonly DigestArticle[]): DigestArticle[] {
  return articles.filter((article) => article.relevant && !article.error && article.duplicateOf === null);
}

/** A seed with no named outlet is cited as "Seed 003" in digest.json: readers get its headline instead. */
const UNNAMED_SEED = /^seed \d+$/i;

/** The name a reader knows a source by: its outlet, or its headline when the outlet is unknown. */
export function nameSource(publisher: string, title: string | null): string {
  const outlet = foldLines(publisher);
  if (outlet && !UNNAMED_SEED.test(outlet) && !outlet.toLowerCase().startsWith('seed:')) return outlet;
  return title ? foldLines(title) : 'an earlier report';
}

/** The reader's view of an article listed in the digest of `digestDate`. */
export function describeArticle(article: DigestArticle, digestDate: string): ReaderSource {
  const name = nameSource(article.publisher, article.title);
  const day = article.publishedAt?.slice(0, 10) ?? null;
  const language = nameForeignLanguage(article.language) ?? null;
  return {
    articleId: article.id,
    name,
    shortName: shortenName(name),
    headline: foldLines(article.title) || null,
    url: safeHttpUrl(article.url),
    date: day === null || day === digestDate ? null : formatLongDate(day),
    language,
    languageCode: language === null ? null : (article.language ?? null),
  };
}

const SHORT_NAME_LENGTH = 36;

/** "Syrian President Seeks to 'Redefine'…": a headline used as a name, cut after a whole word. */
export function shortenName(name: string): string {
  if (name.length <= SHORT_NAME_LENGTH) return name;
  const cut = name.slice(0, SHORT_NAME_LENGTH + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The reader's view of a piece of evidence, from its article when the digest lists it. */
export function describeEvidenceSource(evidence: Evidence, digest: Digest): ReaderSource {
  const article = digest.articles.find((candidate) => candidate.id === evidence.articleId);
  if (article) return describeArticle(article, digest.date);
  const name = nameSource(evidence.publisher, null);
  return { articleId: evidence.articleId, name, shortName: shortenName(name), headline: null, url: safeHttpUrl(evidence.url), date: null, language: null, languageCode: null };
}

/**
 * The articles a reader can open, in two lists that never share an article: the sources (what was
 * read) and "Also reported" (what no extractor could read, see listAlsoReported). Each lists
 * originals with the copies of them seen today; a copy of something read on an earlier day is
 * listed on its own (the reader has not seen the original today).
 */
export function listReaderArticles(digest: Digest): { sources: ReaderArticle[]; alsoReported: ReaderArticle[] } {
  const unread = new Set(listAlsoReported(digest.articles));
  const listed = groupCopies(digest);
  return {
    sources: listed.filter((article) => !unread.has(article.articleId)),
    alsoReported: listed.filter((article) => unread.has(article.articleId)),
  };
}

function groupCopies(digest: Digest): ReaderArticle[] {
  const readable = selectReaderArticles(digest.articles).map((article) => ({ ...describeArticle(article, digest.date), copies: [] as ReaderSource[] }));
  const byId = new Map(readable.map((article) => [article.articleId, article]));
  for (const copy of digest.articles) {
    if (copy.duplicateOf === null || !copy.relevant || copy.error) continue;
    const original = byId.get(copy.duplicateOf.id);
    if (original) original.copies.push(describeArticle(copy, digest.date));
    else readable.push({ ...describeArticle(copy, digest.date), copies: [] });
  }
  return readable;
}
