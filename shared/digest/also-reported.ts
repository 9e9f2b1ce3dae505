import type { DigestArticle } from '../model/digest';

/**
 * "Also reported": a relevant article no extractor could read. The digest is written in English
 * and its changes come from claims; an article in another language that gave no claim — because
 * the extractor reads English only (the offline rules today) or because its reading found none —
 * would otherwise sit in the sources list as if it had been read and said nothing new. It is
 * listed apart instead, with its headline, outlet and language, so that it is never silently lost.
 *
 * A copy of another article follows its original when the original is listed the same day (it is
 * named under it); a copy of something read on an earlier day is judged by its own language.
 * An article whose language is unknown is taken as read: nothing says the extractor could not.
 */
export function isAlsoReported(article: DigestArticle): boolean {
  if (!article.relevant || article.error !== undefined) return false;
  if (!isForeign(article.language)) return false;
  return article.duplicateOf !== null || article.claims.length === 0;
}

/**
 * The ids of a day's articles under "Also reported", in the digest's order: each such article, and
 * every copy of one (listed under it).
 */
export function listAlsoReported(articles: readonly DigestArticle[]): string[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles
    .filter((article) => {
      const original = article.duplicateOf === null ? undefined : byId.get(article.duplicateOf.id);
      // A copy is named under its original when the reader sees that original today (selectReaderArticles' rule).
      const listedOriginal = original && original.relevant && original.error === undefined && original.duplicateOf === null ? original : undefined;
      return article.relevant && article.error === undefined && isAlsoReported(listedOriginal ?? article);
    })
    .map((article) => article.id);
}

function isForeign(language: string | null | undefined): boolean {
  return typeof language === 'string' && language !== 'en';
}
