import { type DefaultTreeAdapterMap, defaultTreeAdapter, parse } from 'parse5';
import { ExtractionError } from './extraction-error';
import { countStartTags, DepthLimitPassed, MAX_NESTING_DEPTH, MAX_PAGE_ELEMENTS, trackNestingDepth } from './markup-bounds';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * Elements whose content is never article text and that could run, load or embed something.
 * Removed before jsdom sees the page: cheaper parsing, nothing to execute, and jsdom 29 throws in
 * its constructor on some `<style>` content (leftover SCSS). `<embed>` and `<base>` are void
 * elements; `<base>` would let a page re-point the relative links we read (its canonical URL among them).
 */
const INERT_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'embed', 'base',
]);

/**
 * Start tags counted without parsing may be text in scripts and attributes, so a page is refused
 * unparsed only past this multiple of the element limit; the parse counts elements exactly.
 */
const START_TAG_ALLOWANCE = 2;

/** Thrown inside the parser to stop it as soon as the element limit is passed. */
class ElementLimitPassed extends Error {}

/**
 * Checks a page against the bounds and cuts out its comments and inert elements, in one parse.
 *
 * The page is parsed as jsdom will parse it (parse5, scripting off), so what is cut is exactly what a
 * browser's parser makes a comment or an inert element: a `<svg` inside an attribute value or in a
 * `<textarea>` is text and stays, an unclosed `<script>` swallows the rest of the page. Cutting by
 * source position keeps everything else byte for byte. Throws ExtractionError (`too_many_elements`,
 * `too_deeply_nested`) for a page past the bounds; the parse stops as soon as one is passed.
 */
export function stripInertMarkup(html: string, pageUrl = 'markup:'): string {
  const startTags = countStartTags(html);
  if (startTags > MAX_PAGE_ELEMENTS * START_TAG_ALLOWANCE) {
    throw new ExtractionError('too_many_elements', pageUrl, `page has ${startTags} start tags (limit ${MAX_PAGE_ELEMENTS} elements)`);
  }
  const document = parseWithinBounds(html, pageUrl);
  const ranges: Array<[number, number]> = [];
  collectInertRanges(document, ranges);
  return cutRanges(html, ranges);
}

function parseWithinBounds(html: string, pageUrl: string): DefaultTreeAdapterMap['document'] {
  let elements = 0;
  const { onItemPush, onItemPop } = trackNestingDepth(MAX_NESTING_DEPTH);
  const treeAdapter = {
    ...defaultTreeAdapter,
    onItemPush,
    onItemPop,
    createElement: (...args: Parameters<typeof defaultTreeAdapter.createElement>) => {
      elements += 1;
      if (elements > MAX_PAGE_ELEMENTS) throw new ElementLimitPassed();
      return defaultTreeAdapter.createElement(...args);
    },
  };
  try {
    return parse(html, { treeAdapter, sourceCodeLocationInfo: true, scriptingEnabled: false });
  } catch (error) {
    if (error instanceof ElementLimitPassed) {
      throw new ExtractionError('too_many_elements', pageUrl, `page has more than ${MAX_PAGE_ELEMENTS} elements`);
    }
    if (error instanceof DepthLimitPassed) {
      throw new ExtractionError('too_deeply_nested', pageUrl, `page nests more than ${MAX_NESTING_DEPTH} levels deep`);
    }
    throw error;
  }
}

/** Source ranges of comments and inert elements, in document order; nothing inside one is visited. */
function collectInertRanges(parent: ParentNode, ranges: Array<[number, number]>): void {
  for (const node of defaultTreeAdapter.getChildNodes(parent)) {
    if (isInert(node)) {
      const location = node.sourceCodeLocation;
      if (location) ranges.push([location.startOffset, sourceEnd(node)]);
    } else if (defaultTreeAdapter.isElementNode(node)) {
      collectInertRanges(node, ranges);
    }
  }
}

/**
 * Where a node's source ends. An element the parser closed at the end of the page (an unclosed
 * `<script>`) has no end tag and records no end, so its last descendant's end is taken.
 */
function sourceEnd(node: Node): number {
  let end = node.sourceCodeLocation?.endOffset ?? 0;
  if (defaultTreeAdapter.isElementNode(node)) {
    const children = 'content' in node ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    for (const child of children) end = Math.max(end, sourceEnd(child));
  }
  return end;
}

function isInert(node: Node): boolean {
  if (defaultTreeAdapter.isCommentNode(node)) return true;
  return defaultTreeAdapter.isElementNode(node) && INERT_ELEMENTS.has(node.tagName);
}

/**
 * The markup without the given ranges. A `<` just before a cut was text (a tag cannot hold a
 * comment or an element), so it is written as `&lt;` lest it open a tag with what follows the cut.
 */
function cutRanges(html: string, ranges: Array<[number, number]>): string {
  const kept: string[] = [];
  let copiedUpTo = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (end <= copiedUpTo) continue;
    kept.push(escapeTrailingAngle(html.slice(copiedUpTo, Math.max(start, copiedUpTo))));
    copiedUpTo = end;
  }
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

function escapeTrailingAngle(text: string): string {
  return text.endsWith('<') ? `${text.slice(0, -1)}&lt;` : text;
}
