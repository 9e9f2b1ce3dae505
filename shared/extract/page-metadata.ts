import { listElements } from './list-elements';

/** What the page says about itself, read before Readability rewrites the document. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  publishedTime?: string;
  canonicalUrl?: string;
  lang?: string;
  /** `og:locale` or the `content-language` meta, e.g. `ar_AR`: another declaration of the language. */
  locale?: string;
  byline?: string;
}

/** Reads Open Graph / article meta tags, `<link rel=canonical>`, `<html lang>` and the declared locale. */
export function readPageMetadata(document: Document): PageMetadata {
  const elements = listElements(document);
  const meta = collectMetaContent(elements);
  const readMeta = (names: readonly string[]) => names.map((name) => meta.get(name.toLowerCase())).find(Boolean);
  return {
    title: readMeta(['og:title', 'twitter:title']),
    siteName: readMeta(['og:site_name', 'application-name']),
    publishedTime: normaliseTime(
      readMeta(['article:published_time', 'og:published_time', 'datePublished', 'date']) ??
        elements.find((element) => element.localName === 'time' && element.hasAttribute('datetime'))?.getAttribute('datetime') ??
        undefined,
    ),
    canonicalUrl: readCanonicalUrl(document, elements),
    lang: nonEmpty(document.documentElement.getAttribute('lang')),
    locale: readMeta(['og:locale', 'content-language', 'language']),
    byline: readMeta(['author', 'article:author']),
  };
}

/**
 * Every `<meta>` key (property, name or itemprop; lower case) with the first non-empty content given
 * for it, from one walk of the document: a querySelectorAll per name cost up to 150 ms on a 500 KB
 * page in `npm run bench`.
 */
function collectMetaContent(elements: readonly Element[]): Map<string, string> {
  const content = new Map<string, string>();
  for (const meta of elements) {
    if (meta.localName !== 'meta') continue;
    const key = (
      meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv')
    )?.toLowerCase();
    const value = nonEmpty(meta.getAttribute('content'));
    if (key !== undefined && value && !content.has(key)) content.set(key, value);
  }
  return content;
}

/** The canonical link resolved against the page URL; only http(s) URLs are trusted. */
function readCanonicalUrl(document: Document, elements: readonly Element[]): string | undefined {
  // link[rel~="canonical" i]: one of the rel attribute's whitespace-separated tokens, any case.
  const isCanonical = (element: Element) =>
    element.localName === 'link' && (element.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes('canonical');
  const href = nonEmpty(elements.find(isCanonical)?.getAttribute('href'));
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
