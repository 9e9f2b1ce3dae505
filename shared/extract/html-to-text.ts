import { removeBoilerplate } from './boilerplate-lines';

/** Elements that start and end a paragraph of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br',
]);

/** Elements whose text is never article prose: controls, embedded media. */
const SKIPPED_ELEMENTS = new Set([
  'aside', 'audio', 'button', 'canvas', 'form', 'img', 'input', 'label', 'nav', 'noscript',
  'object', 'picture', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video', 'iframe',
]);

/** A paragraph made mostly of link text ("READ MORE: <headline>") is a link to elsewhere. */
const MAX_LINK_SHARE = 0.6;
const MAX_LINK_PARAGRAPH_LENGTH = 200;

/**
 * A paragraph that opens with a linked headline is prose when the sentence goes on after the link
 * ("<a>Russian firm bids for the silos</a>, the biggest on the coast.") for at least this many characters.
 */
const MIN_PROSE_AFTER_LINK = 25;
const CONTINUES_SENTENCE = /^\s*[\p{Ll},;:–—(]/u;

/**
 * A caption is part of the story (and written out) when it stands after the story has begun and
 * says something of its own: photo labels and credits are shorter than this.
 */
const MIN_STORY_CAPTION_LENGTH = 100;
/** A paragraph at least this long means the story has begun. */
const MIN_PROSE_PARAGRAPH_LENGTH = 80;
/** "Photo: Reuters", "Image: Planet Labs", "(SANA)" at the end of a caption. */
const TRAILING_CREDIT = /\s*(?:(?:photo(?:graph)?|image|picture|credit|source|illustration)s?\s*:[^.]*|\([^()]{1,40}\))\.?$/i;
/** A credit is short: only the caption's tail is searched, so a long hostile caption costs no backtracking. */
const MAX_CREDIT_LENGTH = 80;

/**
 * The class an element a page marks as a caption (`wp-caption-text`, `photo-caption`) is given
 * before Readability runs: Readability strips every class it is not told to keep.
 */
export const CAPTION_CLASS = 'sitrep-caption';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

interface Paragraph {
  text: string;
  linkLength: number;
  /** Length of the link the paragraph opens with (no text before it), 0 when it opens with text. */
  openingLinkLength: number;
  /** The text after the opening link, whitespace collapsed ('' when the paragraph opens with text). */
  restAfterOpeningLink: string;
}

/** A paragraph being collected: raw text, and where its opening link ended once it has. */
interface Draft extends Omit<Paragraph, 'restAfterOpeningLink'> {
  hasText: boolean;
  openingLinkEnd?: number;
}

/** Whether a node is outside any link, inside the link its paragraph opens with, or inside another link. */
type LinkPlace = 'none' | 'opening' | 'inner';
/**
 * Converts a DOM subtree to plain text: one paragraph per block element, whitespace collapsed,
 * entities already decoded by the parser, paragraphs separated by blank lines. Controls, decorative
 * captions, link-only paragraphs and boilerplate (whole lines, or sentences glued to a paragraph's
 * ends) are dropped.
 */
export function convertHtmlToText(root: Node): string {
  return collectParagraphs(root)
    .filter((paragraph) => !isLinkParagraph(paragraph))
    .map((paragraph) => removeBoilerplate(paragraph.text))
    .filter(Boolean)
    .join('\n\n');
}

/** Walks the subtree in document order, cutting the text into paragraphs at block boundaries. */
function collectParagraphs(root: Node): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let storyBegun = false;
  const startDraft = (): Draft => ({ text: '', linkLength: 0, openingLinkLength: 0, hasText: false });
  let current = startDraft();
  const flush = (): void => {
    const text = current.text.replace(/\s+/g, ' ').trim();
    const rest = current.openingLinkEnd === undefined ? '' : current.text.slice(current.openingLinkEnd).replace(/\s+/g, ' ');
    if (text) paragraphs.push({ text, linkLength: current.linkLength, openingLinkLength: current.openingLinkLength, restAfterOpeningLink: rest });
    if (text.length >= MIN_PROSE_PARAGRAPH_LENGTH) storyBegun = true;
    current = startDraft();
  };
  // Iterative walk: a hostile page may nest elements deeper than the call stack allows.
  const stack: Array<{ node: Node; link: LinkPlace } | 'end-block' | 'end-opening-link'> = [{ node: root, link: 'none' }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry === 'end-block') {
      flush();
      continue;
    }
    if (entry === 'end-opening-link') {
      current.openingLinkEnd ??= current.text.length;
      continue;
    }
    const { node, link } = entry;
    if (node.nodeType === TEXT_NODE) {
      addText(current, node.nodeValue ?? '', link);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) continue;
    const name = (node as Element).localName ?? '';
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (isCaption(node as Element)) {
      const caption = readStoryCaption(node as Element, storyBegun);
      if (caption) {
        flush();
        paragraphs.push({ text: caption, linkLength: 0, openingLinkLength: 0, restAfterOpeningLink: '' });
      }
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      flush();
      stack.push('end-block');
    }
    const childLink = link !== 'none' || name !== 'a' ? link : current.hasText ? 'inner' : 'opening';
    if (childLink === 'opening' && link === 'none') stack.push('end-opening-link');
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.childNodes[index]!, link: childLink });
    }
  }
  flush();
  return paragraphs;
}

function addText(paragraph: Draft, text: string, link: LinkPlace): void {
  paragraph.text += text;
  paragraph.hasText ||= /\S/.test(text);
  if (link === 'none') return;
  const length = text.replace(/\s+/g, ' ').trim().length;
  paragraph.linkLength += length;
  if (link === 'opening') paragraph.openingLinkLength += length;
}

/** A figcaption, or an element a page marks as a caption (`wp-caption-text`, `photo-caption`). */
function isCaption(element: Element): boolean {
  if (element.localName === 'figcaption') return true;
  const names = element.getAttribute?.('class');
  return names ? hasCaptionClass(names) : false;
}

/** True when a class attribute names a caption: a class token holding the word `caption`. */
export function hasCaptionClass(classNames: string): boolean {
  return /(^|[\s_-])caption($|[\s_-])/i.test(classNames) || classNames.includes(CAPTION_CLASS);
}

/** The caption's text without its credit when it belongs to the story, else undefined. */
function readStoryCaption(element: Element, storyBegun: boolean): string | undefined {
  if (!storyBegun) return undefined;
  const caption = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const credit = TRAILING_CREDIT.exec(caption.slice(-MAX_CREDIT_LENGTH))?.[0] ?? '';
  const text = caption.slice(0, caption.length - credit.length);
  return text.length >= MIN_STORY_CAPTION_LENGTH ? text : undefined;
}

/**
 * Mostly link text and short: a link to elsewhere, unless it opens with a linked headline that the
 * sentence goes on from, in prose that is not itself mostly links.
 */
function isLinkParagraph(paragraph: Paragraph): boolean {
  const { text, linkLength, openingLinkLength } = paragraph;
  if (text.length > MAX_LINK_PARAGRAPH_LENGTH || linkLength / text.length <= MAX_LINK_SHARE) return false;
  const rest = paragraph.restAfterOpeningLink;
  const restLength = rest.trim().length;
  const restLinkShare = (linkLength - openingLinkLength) / Math.max(1, restLength);
  return !(restLength >= MIN_PROSE_AFTER_LINK && CONTINUES_SENTENCE.test(rest) && restLinkShare <= MAX_LINK_SHARE);
}
