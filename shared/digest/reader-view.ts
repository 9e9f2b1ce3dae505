import type { Digest, DigestArticle } from '../model/digest';

/**
 * What a subscriber reads: the digest with only the articles that were read and found relevant.
 * Fetch errors and irrelevant items stay in digest.json and the logs, for operators; a reader is
 * never shown an error, and an article that could not be read is never called "not relevant".
 * An outlet carrying a copy of an article is named once under it, however many URLs of that outlet
 * led to the copy (an AMP page, a tracking link, a mobile host).
 * Every renderer a subscriber sees (digest.md, digest.html, the email) is fed this view.
 */
export function selectReaderView(digest: Digest): Digest {
  const seen = new Set<string>();
  const articles = digest.articles.filter((article) => {
    if (!isReadable(article)) return false;
    const page = article.duplicateOf ? `copy\u0000${article.duplicateOf.id}\u0000${article.publisher}` : `page\u0000${article.canonicalUrl}`;
    if (seen.has(page)) return false;
    seen.add(page);
    return true;
  });
  return { ...digest, articles };
}

function isReadable(article: DigestArticle): boolean {
  return article.relevant && article.error === undefined;
}
