import { ExtractionError } from './extraction-error';

/**
 * The most elements a page may have. Real article pages have a few thousand (the heaviest news
 * templates ~15k); jsdom needs roughly 1 KB per element, so this bounds a page's DOM to tens of MB.
 */
export const MAX_PAGE_ELEMENTS = 60_000;

/**
 * The deepest nesting of container elements a page may have. Real pages stay under ~100 levels.
 * Readability's cost grows much faster than linearly with depth (measured on jsdom 29: 200 levels
 * ≈ 1.4 s, 400 ≈ 5.6 s, 1,000 ≈ 39 s), so a few KB of nested <div>s could stall a Lambda.
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Elements whose end tag is required, so an opening tag reliably adds a level. Elements with
 * optional end tags (p, li, td, tr, option) are left out: sloppy pages leave them unclosed.
 */
const CONTAINERS = new Set([
  'a', 'abbr', 'article', 'aside', 'b', 'big', 'blockquote', 'button', 'center', 'cite', 'code', 'details',
  'div', 'dl', 'em', 'fieldset', 'figure', 'font', 'footer', 'form', 'header', 'i', 'label', 'main', 'mark',
  'nav', 'ol', 'pre', 'q', 's', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'u', 'ul',
]);

/** Refuses markup too large or too deep to parse safely, before jsdom is given it. */
export function assertMarkupWithinBounds(markup: string, pageUrl: string): void {
  const elementCount = countStartTags(markup);
  if (elementCount > MAX_PAGE_ELEMENTS) {
    throw new ExtractionError('too_many_elements', pageUrl, `page has ${elementCount} elements (limit ${MAX_PAGE_ELEMENTS})`);
  }
  const depth = measureNestingDepth(markup);
  if (depth > MAX_NESTING_DEPTH) {
    throw new ExtractionError('too_deeply_nested', pageUrl, `page nests ${depth} levels deep (limit ${MAX_NESTING_DEPTH})`);
  }
}

/**
 * Counts start tags (`<` followed by a letter) without parsing: a cheap upper bound on the number
 * of elements jsdom would build.
 */
export function countStartTags(markup: string): number {
  let count = 0;
  for (let index = markup.indexOf('<'); index >= 0; index = markup.indexOf('<', index + 1)) {
    const next = markup.charCodeAt(index + 1);
    // A–Z or a–z
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count += 1;
  }
  return count;
}

/** The deepest nesting of container elements, from their start and end tags, in one pass. */
export function measureNestingDepth(markup: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g;
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    if (!CONTAINERS.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
