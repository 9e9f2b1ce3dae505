import { isBoilerplateLine } from './boilerplate-lines';

/** Elements that start and end a paragraph of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br',
]);

/** Elements whose text is never article prose: captions, controls, embedded media. */
const SKIPPED_ELEMENTS = new Set([
  'aside', 'audio', 'button', 'canvas', 'figcaption', 'form', 'img', 'input', 'label', 'nav', 'noscript',
  'object', 'picture', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video', 'iframe',
]);

/** A paragraph made mostly of link text ("READ MORE: <headline>") is a link to elsewhere. */
const MAX_LINK_SHARE = 0.6;
const MAX_LINK_PARAGRAPH_LENGTH = 200;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

interface Paragraph {
  text: string;
  linkLength: number;
}

/**
 * Converts a DOM subtree to plain text: one paragraph per block element, whitespace collapsed,
 * entities already decoded by the parser, paragraphs separated by blank lines. Captions, controls,
 * link-only paragraphs and boilerplate lines are dropped.
 */
export function convertHtmlToText(root: Node): string {
  return collectParagraphs(root)
    .filter((paragraph) => !isLinkParagraph(paragraph) && !isBoilerplateLine(paragraph.text))
    .map((paragraph) => paragraph.text)
    .join('\n\n');
}

/** Walks the subtree in document order, cutting the text into paragraphs at block boundaries. */
function collectParagraphs(root: Node): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { text: '', linkLength: 0 };
  const flush = (): void => {
    const text = current.text.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push({ text, linkLength: current.linkLength });
    current = { text: '', linkLength: 0 };
  };
  // Iterative walk: a hostile page may nest elements deeper than the call stack allows.
  const stack: Array<{ node: Node; insideLink: boolean } | 'end-block'> = [{ node: root, insideLink: false }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry === 'end-block') {
      flush();
      continue;
    }
    const { node, insideLink } = entry;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      current.text += text;
      if (insideLink) current.linkLength += text.replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) continue;
    const name = (node as Element).localName ?? '';
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (BLOCK_ELEMENTS.has(name)) {
      flush();
      stack.push('end-block');
    }
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.childNodes[index]!, insideLink: insideLink || name === 'a' });
    }
  }
  flush();
  return paragraphs;
}

function isLinkParagraph(paragraph: Paragraph): boolean {
  return (
    paragraph.text.length <= MAX_LINK_PARAGRAPH_LENGTH &&
    paragraph.linkLength / paragraph.text.length > MAX_LINK_SHARE
  );
}
