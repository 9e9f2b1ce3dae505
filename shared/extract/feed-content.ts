import { JSDOM } from 'jsdom';
import type { ExtractedArticle } from '../model/article';
import { convertHtmlToText } from './html-to-text';
import { ExtractionError } from './extraction-error';
import { stripInertMarkup } from './strip-inert-markup';

/** A feed's content shorter than this is a teaser, not the article. */
const MIN_FEED_ARTICLE_LENGTH = 200;

/**
 * Feed content read at most: ten times the article text bound (MAX_ARTICLE_TEXT_CHARS), so the
 * text is still cut by that bound, not here. A 5 MB description cost ~15 s of jsdom before any
 * analysis; what lies beyond this could never be analysed anyway. The parser closes what the cut opens.
 */
export const MAX_FEED_CONTENT_CHARS = 1_000_000;

/**
 * The fallback when a page cannot be fetched or extracted: the article text from the feed's own
 * content HTML (`content:encoded`, Atom `content`). Returns null when the feed gives only a teaser.
 */
export function extractFromFeedContent(contentHtml: string, title: string): ExtractedArticle | null {
  const markup = stripWithinBounds(contentHtml.slice(0, MAX_FEED_CONTENT_CHARS));
  if (markup === null) return null;
  // A fragment is parsed in jsdom's shared template document: no window, no scripts, no loads.
  const text = convertHtmlToText(JSDOM.fragment(markup));
  if (text.length < MIN_FEED_ARTICLE_LENGTH) return null;
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { title: cleanTitle, text, method: 'feed' };
}

/** The content without inert markup, or null when it is past the bounds for a page. */
function stripWithinBounds(contentHtml: string): string | null {
  try {
    return stripInertMarkup(contentHtml, 'feed-content:');
  } catch (error) {
    if (error instanceof ExtractionError) return null;
    throw error;
  }
}
