import { decodeHTMLStrict } from 'entities';
import Parser from 'rss-parser';
import type { FeedItem } from '../model/article';
import { cleanOneLineText } from '../model/untrusted-text';
import { canonicaliseUrl } from './canonical-url';
import { FeedParseError } from './feed-parse-error';
import { blankInvalidAtomDates, findForbiddenDeclaration, renamePrototypeElements, replaceHtmlEntities } from './prepare-xml';

export { FeedParseError } from './feed-parse-error';

/** Items kept per feed when the caller does not say: a poll never needs more than a day's worth. */
export const DEFAULT_MAX_ITEMS = 200;

/** Why an item of the document was not listed: no http(s) link, or a link listed already. */
export type SkipReason = 'no_http_link' | 'repeated_link';

export interface ParsedFeed {
  title?: string;
  siteUrl?: string;
  /** The channel's `<language>` as written (RSS 2.0); items carry their own `dc:language` when given. */
  language?: string;
  items: FeedItem[];
  /** Items left out, counted by reason (before the `maxItems` cut), so none goes unrecorded. */
  skipped: Record<SkipReason, number>;
  /** Items of the document not read because `maxItems` were already listed: the cut is counted, never silent. */
  beyondLimit: number;
}

type RawItem = Record<string, unknown>;

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom text that we fetched ourselves (never rss-parser's parseURL,
 * which has no size cap and follows redirects unchecked). Declarations are refused, invalid dates
 * leave one item undated, items without an http(s) link and repeated links are skipped (and
 * counted), and at most `maxItems` items are returned. An item is its link, not its GUID: a GUID
 * repeated on another link is another item, kept and marked suspicious. Throws FeedParseError only.
 */
export async function parseFeed(xml: string, feedUrl: string, options: { maxItems?: number } = {}): Promise<ParsedFeed> {
  const forbidden = findForbiddenDeclaration(xml);
  if (forbidden) throw new FeedParseError(feedUrl, forbidden);
  const prepared = blankInvalidAtomDates(renamePrototypeElements(replaceHtmlEntities(xml.replace(/^\uFEFF/, '').trimStart())));
  let raw: { title?: unknown; link?: unknown; language?: unknown; items?: unknown };
  try {
    // A parser per call: xml2js parsers keep state between parseString calls.
    raw = (await new Parser().parseString(prepared)) as typeof raw;
  } catch (cause) {
    throw new FeedParseError(feedUrl, 'not a readable RSS or Atom document', { cause });
  }
  const title = cleanText(raw.title);
  const siteUrl = resolveHttpUrl(raw.link, feedUrl);
  const language = cleanText(raw.language);
  return {
    ...(title ? { title } : {}),
    ...(siteUrl ? { siteUrl } : {}),
    ...(language ? { language } : {}),
    ...collectItems(Array.isArray(raw.items) ? (raw.items as RawItem[]) : [], feedUrl, options.maxItems ?? DEFAULT_MAX_ITEMS),
  };
}

/**
 * Items in document order, one per canonical link. Some CMSs give every item the same GUID (a
 * template bug, or a feed built to hide items behind the first): keying on the GUID would drop
 * valid articles, so the link decides and the reused GUID is only recorded as a suspicion.
 */
function collectItems(rawItems: RawItem[], feedUrl: string, maxItems: number): Pick<ParsedFeed, 'items' | 'skipped' | 'beyondLimit'> {
  const items: FeedItem[] = [];
  const skipped: Record<SkipReason, number> = { no_http_link: 0, repeated_link: 0 };
  const links = new Set<string>();
  const firstLinkOfGuid = new Map<string, string>();
  let read = 0;
  for (const raw of rawItems) {
    if (items.length >= maxItems) break;
    read += 1;
    const item = toFeedItem(raw, feedUrl);
    if (!item) {
      skipped.no_http_link += 1;
      continue;
    }
    const link = canonicaliseUrl(item.url);
    if (links.has(link)) {
      skipped.repeated_link += 1;
      continue;
    }
    links.add(link);
    const firstLink = item.guid === undefined ? undefined : firstLinkOfGuid.get(item.guid);
    if (item.guid !== undefined && firstLink === undefined) firstLinkOfGuid.set(item.guid, link);
    items.push(firstLink ? { ...item, suspicion: `guid ${JSON.stringify(item.guid)} is also the guid of ${firstLink}` } : item);
  }
  return { items, skipped, beyondLimit: rawItems.length - read };
}

function toFeedItem(raw: RawItem, feedUrl: string): FeedItem | null {
  const guid = textOf(raw.guid) || textOf(raw.id);
  const url = resolveHttpUrl(raw.link, feedUrl) ?? resolveHttpUrl(guid, feedUrl);
  if (!url) return null;
  const contentHtml = textOf(raw['content:encoded']) || textOf(raw.content) || textOf(raw.summary);
  const author = cleanText(raw.creator) || cleanText(raw.author);
  const publishedAt = toIsoDate(raw.isoDate) ?? toIsoDate(raw.pubDate);
  // rss-parser maps an item's dc:language to `language`.
  const language = cleanText(raw.language);
  return {
    url,
    title: cleanText(raw.title),
    ...(guid ? { guid } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(contentHtml ? { contentHtml } : {}),
    ...(author ? { author } : {}),
    ...(language ? { language } : {}),
  };
}

/** xml2js gives a string, or an object with the text under `_` when the element has attributes. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') {
    return ((value as { _: string })._).trim();
  }
  return '';
}

/**
 * Titles are plain text, but many feeds escape HTML twice (`&amp;nbsp;`): decode once more and
 * fold every whitespace run (including no-break spaces) into one space. Format characters (bidi
 * overrides, zero-width spaces) go, decoded entities included. Markup-like text is kept verbatim;
 * the renderers escape it.
 */
function cleanText(value: unknown): string {
  return cleanOneLineText(decodeHTMLStrict(textOf(value)));
}

/** An absolute http(s) URL (relative links resolved against the feed), or undefined. */
function resolveHttpUrl(value: unknown, base: string): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  try {
    const url = URL.canParse(base) ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function toIsoDate(value: unknown): string | undefined {
  const text = textOf(value);
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
