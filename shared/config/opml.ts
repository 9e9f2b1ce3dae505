import { toLanguageCode } from '../language/language-tags';
import type { FeedSource } from './config';

/** An OPML document sitrep refuses to read: malformed, unsafe, or with a feed URL that is not http(s). */
export class OpmlError extends Error {
  override readonly name = 'OpmlError';
}

// Feed readers export a few hundred outlines at most; a bigger file is a mistake or an attack.
const MAX_OPML_CHARS = 1_000_000;

const OUTLINE_TAG = /<outline\b([^>]*)>/gi;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads the feeds of an OPML file (the subscription list feed readers export): every
 * `<outline xmlUrl="…">`, however nested, with its `title` (or `text`) as the publisher and its
 * `language` (a BCP 47 tag, `ar` or `ru-RU`; OPML has no standard attribute for it, and readers keep
 * unknown attributes) as the feed's language. A `language` that is not a language tag is refused.
 * A small attribute scanner, not an XML parser: a DOCTYPE (and so any entity declaration) is
 * refused outright, which rules out entity-expansion attacks; only the five predefined entities
 * and numeric references are decoded.
 */
export function parseOpml(xml: string): FeedSource[] {
  if (xml.length > MAX_OPML_CHARS) throw new OpmlError(`OPML is larger than ${MAX_OPML_CHARS} characters`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new OpmlError('OPML with a DOCTYPE or ENTITY declaration is refused');
  if (!/<opml\b/i.test(xml)) throw new OpmlError('not an OPML document: no <opml> element');

  const feeds: FeedSource[] = [];
  const seen = new Set<string>();
  for (const [, attributeText = ''] of xml.matchAll(OUTLINE_TAG)) {
    const attributes = readAttributes(attributeText);
    const url = attributes.get('xmlurl');
    if (url === undefined) continue; // a folder outline
    checkFeedUrl(url);
    if (seen.has(url)) continue;
    seen.add(url);
    const publisher = attributes.get('title') || attributes.get('text');
    const language = readLanguage(attributes.get('language'), url);
    feeds.push({ url, ...(publisher ? { publisher } : {}), ...(language ? { language } : {}) });
  }
  return feeds;
}

/** Attribute names lower-cased (OPML writers disagree on `xmlUrl` vs `xmlurl`), values decoded. */
function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', doubleQuoted, singleQuoted] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? '').trim());
  }
  return attributes;
}

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return PREDEFINED_ENTITIES[name] ?? whole;
  });
}

function readLanguage(tag: string | undefined, url: string): string | undefined {
  if (!tag) return undefined;
  const code = toLanguageCode(tag);
  if (!code) throw new OpmlError(`feed language is not a language tag: "${tag}" (${url})`);
  return code;
}

function checkFeedUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new OpmlError(`feed URL is not a URL: ${url}`, { cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new OpmlError(`feed URL must be http(s): ${url}`);
  }
}
