import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractedArticle } from '../model/article';
import { ExtractionError } from './extraction-error';
import { CAPTION_CLASS, convertHtmlToText } from './html-to-text';
import { type PageMetadata, readPageMetadata } from './page-metadata';
import { removePageFurniture } from './remove-page-furniture';
import { MAX_PAGE_ELEMENTS } from './markup-bounds';
import { stripInertMarkup } from './strip-inert-markup';

/** Below this many characters of text, what is left is not an article (a teaser, an error page). */
const MIN_ARTICLE_LENGTH = 200;

/**
 * Extracts an article's title and plain text from a page with Readability on jsdom.
 * Scripts, styles, comments and embeds are stripped before parsing; pages too large or too deep are
 * refused before jsdom sees them; jsdom runs no script and loads no resource; the window is always
 * closed. Throws ExtractionError when there is no article.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const markup = stripInertMarkup(html, pageUrl);
  const dom = parseDocument(markup, pageUrl);
  let metadata: PageMetadata | undefined;
  let removedProse = 0;
  try {
    metadata = readPageMetadata(dom.window.document);
    removedProse = removePageFurniture(dom.window.document);
    return readArticle(dom.window.document, pageUrl, metadata);
  } catch (error) {
    // Furniture is guessed from class names: when the guess took an article's worth of prose and
    // left no article, read the page again as served rather than refuse it.
    if (!(error instanceof ExtractionError) || error.reason !== 'no_article' || removedProse < MIN_ARTICLE_LENGTH) throw error;
    return readWithoutFurnitureRemoval(markup, pageUrl, metadata!);
  } finally {
    dom.window.close();
  }
}

function readWithoutFurnitureRemoval(markup: string, pageUrl: string, metadata: PageMetadata): ExtractedArticle {
  const dom = parseDocument(markup, pageUrl);
  try {
    return readArticle(dom.window.document, pageUrl, metadata);
  } finally {
    dom.window.close();
  }
}

/** jsdom with its defaults kept on purpose: `runScripts` off, no resource loading, silent console. */
function parseDocument(markup: string, pageUrl: string): JSDOM {
  try {
    return new JSDOM(markup, { url: pageUrl, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  } catch (error) {
    throw new ExtractionError('unparseable', pageUrl, `jsdom could not parse the page: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Runs Readability on the document and writes its content out as text; `metadata` was read before any change to the page. */
function readArticle(document: Document, pageUrl: string, metadata: PageMetadata): ExtractedArticle {
  const article = runReadability(document, pageUrl);
  const text = article?.content ? convertHtmlToText(article.content) : '';
  if (text.length < MIN_ARTICLE_LENGTH) {
    throw new ExtractionError('no_article', pageUrl, `no article found (${text.length} characters of text)`);
  }
  const title = metadata.title ?? nonEmpty(article?.title);
  if (!title) throw new ExtractionError('no_article', pageUrl, 'the page has no title');
  return {
    title,
    text,
    byline: nonEmpty(article?.byline) ?? metadata.byline,
    siteName: metadata.siteName ?? nonEmpty(article?.siteName),
    publishedTime: metadata.publishedTime ?? normaliseTime(article?.publishedTime),
    canonicalUrl: metadata.canonicalUrl,
    lang: metadata.lang ?? nonEmpty(article?.lang),
    locale: metadata.locale,
    method: 'readability',
  };
}

function runReadability(document: Document, pageUrl: string): ReturnType<Readability<Node>['parse']> {
  try {
    // The serializer hands back the content element itself, so it is converted to text without a re-parse.
    return new Readability<Node>(document, {
      maxElemsToParse: MAX_PAGE_ELEMENTS,
      serializer: (node) => node,
      classesToPreserve: [CAPTION_CLASS],
    }).parse();
  } catch (error) {
    throw new ExtractionError('no_article', pageUrl, `Readability failed: ${(error as Error).message}`, { cause: error });
  }
}

function normaliseTime(value: string | null | undefined): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}
