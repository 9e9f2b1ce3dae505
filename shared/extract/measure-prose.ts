/** Blocks whose text is a paragraph of something larger: the block's parent holds the story. */
const PARAGRAPH_BLOCKS = new Set(['p', 'li', 'blockquote', 'pre', 'dd']);

/** Blocks that hold their own text directly (a `<div>` of text and `<br>`s is a container of its own). */
const CONTAINER_BLOCKS = new Set(['div', 'section', 'article', 'main', 'td', 'figure', 'body']);

/** Elements whose text is never running prose: links (menus, link lists, headlines), titles, controls. */
const NON_PROSE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'select', 'textarea', 'option']);

/** Where the prose of a page sits: how much of it is under each element, and the element that holds most of it. */
export interface ProseMap {
  /** Characters of prose (text outside links, headings and controls) in the whole body. */
  total: number;
  /** Characters of prose under each element that has any. */
  within: Map<Element, number>;
  /** The element whose own paragraphs hold the most prose: the story's container, as Readability would score it. */
  container: Element | undefined;
}

/**
 * Measures where a page's prose is. Text inside a link, heading or control is not prose; a
 * paragraph's text counts for the paragraph's parent, the way Readability scores the parent of its
 * paragraphs. `elements` are the body's descendants in document order (listElements); the cost is
 * one look at each element and its child nodes, whatever the nesting depth.
 */
export function measureProse(body: Element, elements: readonly Element[]): ProseMap {
  // Where each element's own text counts, or null when it is not prose; parents come before children.
  const countsFor = new Map<Element, Element | null>([[body, body]]);
  const within = new Map<Element, number>();
  const direct = new Map<Element, number>();
  let total = 0;
  for (const element of [body, ...elements]) {
    const container = element === body ? body : findContainer(element, countsFor.get(element.parentElement!));
    countsFor.set(element, container);
    const length = container ? measureOwnText(element) : 0;
    if (length === 0) continue;
    total += length;
    within.set(element, length);
    direct.set(container!, (direct.get(container!) ?? 0) + length);
  }
  // Children follow their parents in document order: walking backwards adds each subtree up once.
  for (let index = elements.length - 1; index >= 0; index -= 1) {
    const element = elements[index]!;
    const length = within.get(element);
    const parent = element.parentElement;
    if (length && parent) within.set(parent, (within.get(parent) ?? 0) + length);
  }
  return { total, within, container: findLargest(direct) };
}

/** The element whose story an element's own text belongs to, given its parent's answer. */
function findContainer(element: Element, parentCountsFor: Element | null | undefined): Element | null {
  if (parentCountsFor === null || NON_PROSE.has(element.localName)) return null;
  if (PARAGRAPH_BLOCKS.has(element.localName)) return element.parentElement ?? element;
  if (CONTAINER_BLOCKS.has(element.localName)) return element;
  return parentCountsFor ?? element;
}

/** Characters of the text nodes directly inside an element, whitespace trimmed. */
function measureOwnText(element: Element): number {
  let length = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE) length += (child.nodeValue ?? '').trim().length;
  }
  return length;
}

function findLargest(lengths: Map<Element, number>): Element | undefined {
  let largest: Element | undefined;
  let most = 0;
  for (const [element, length] of lengths) {
    if (length > most) [largest, most] = [element, length];
  }
  return largest;
}
