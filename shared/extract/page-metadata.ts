/** What the page says about itself, read before Readability rewrites the document. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  publishedTime?: string;
  canonicalUrl?: string;
  lang?: string;
  byline?: string;
}

/** Reads Open Graph / article meta tags, `<link rel=canonical>` and `<html lang>`. */
export function readPageMetadata(document: Document): PageMetadata {
  return {
    title: readMeta(document, ['og:title', 'twitter:title']),
    siteName: readMeta(document, ['og:site_name', 'application-name']),
    publishedTime: normaliseTime(
      readMeta(document, ['article:published_time', 'og:published_time', 'datePublished', 'date']) ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    canonicalUrl: readCanonicalUrl(document),
    lang: nonEmpty(document.documentElement.getAttribute('lang')),
    byline: readMeta(document, ['author', 'article:author']),
  };
}

function readMeta(document: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const meta of Array.from(document.querySelectorAll('meta'))) {
      const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
      if (key?.toLowerCase() === name.toLowerCase()) {
        const content = nonEmpty(meta.getAttribute('content'));
        if (content) return content;
      }
    }
  }
  return undefined;
}

/** The canonical link resolved against the page URL; only http(s) URLs are trusted. */
function readCanonicalUrl(document: Document): string | undefined {
  const href = nonEmpty(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  if (!href) return undefined;
  try {
    const url = new URL(href, document.URL);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO-8601 timestamp, or undefined when the page's date does not parse. */
function normaliseTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}
