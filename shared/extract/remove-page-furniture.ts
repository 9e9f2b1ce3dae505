import { CAPTION_CLASS, hasCaptionClass } from './html-to-text';
import { listElements } from './list-elements';
import { measureProse, type ProseMap } from './measure-prose';

/**
 * Words in a class or id that mark a page-furniture block (sharing, newsletter, cookie notice,
 * related links, tags, comments, photo credits, hover cards). Readability already drops many such blocks by its own class
 * heuristics, but keeps some that sit inside the story body, e.g. `inline-newsletter`, `read-more`,
 * `sd-sharing-enabled`. Captions are not here: whether one is part of the story is decided by its
 * place and length when the text is written out (html-to-text).
 */
const FURNITURE_WORDS = new Set([
  'newsletter', 'subscribe', 'subscription', 'signup', 'share', 'sharing', 'sharedaddy', 'social',
  'cookie', 'cookies', 'consent', 'gdpr', 'related', 'relatedposts', 'readmore', 'promo', 'trending',
  'tags', 'breadcrumb', 'breadcrumbs', 'comments', 'advert', 'advertisement', 'sponsored', 'paywall',
  'credit', 'credits', 'hovercard', 'tooltip', 'popover',
]);

/** Two-word markers, matched on consecutive words: `read-more`, `most-read`, `ad-slot`, `hover-card`. */
const FURNITURE_PAIRS = new Set([
  'read more', 'most read', 'ad slot', 'more stories', 'sign up', 'hover card', 'author bio',
]);

/**
 * Words that name the story's own container (`entry-content`, `article-body`). Furniture words after
 * one are a modifier of the story (`entry-content-read-more` holds a whole article on a real page),
 * before one they name a block of their own (`related-content`).
 */
const CONTAINER_WORDS = new Set(['content', 'body']);

const FORM_CONTROLS = new Set(['button', 'input', 'select', 'textarea']);

/** A block holding more than this share of the page's prose is content, whatever its class says. */
const MAX_FURNITURE_PROSE_SHARE = 0.3;

/**
 * Removes furniture blocks (by class/id words), forms and form controls from a document before Readability
 * scores it, and marks captions with CAPTION_CLASS. Never removes the element whose paragraphs hold the most prose (the story's container)
 * or any of its ancestors, nor a block that holds a large part of the page's prose. Returns how many
 * characters of prose it removed, so that a caller left without an article can tell whether to blame it.
 */
export function removePageFurniture(document: Document): number {
  const body = document.body;
  if (!body) return 0;
  // One walk of the body instead of jsdom's querySelectorAll, which cost 100–450 ms on a 500 KB page
  // (npm run bench); the walk lists the same elements in the same document order.
  const elements = listElements(body);
  const prose = measureProse(body, elements);
  const isStory = findStoryGuard(body, prose);
  for (const control of elements.filter((element) => FORM_CONTROLS.has(element.localName))) control.remove();
  // Some sites wrap the whole page in one <form> (ASP.NET): the story guard keeps it.
  const candidates = elements.filter(
    (element) => element.localName === 'form' || element.hasAttribute('class') || element.hasAttribute('id'),
  );
  let removedProse = 0;
  for (const element of candidates) {
    if (!element.isConnected) continue;
    markCaption(element);
    if (element.localName !== 'form' && !isFurnitureMarked(element)) continue;
    if (isStory(element)) continue;
    removedProse += prose.within.get(element) ?? 0;
    element.remove();
  }
  return removedProse;
}

/** A test telling whether removing an element would take the story (or a large part of it) with it. */
function findStoryGuard(body: Element, prose: ProseMap): (element: Element) => boolean {
  if (prose.total === 0) return findTextShareGuard(body);
  const storyAndAncestors = new Set<Element>();
  for (let element = prose.container ?? null; element; element = element.parentElement) storyAndAncestors.add(element);
  return (element) => storyAndAncestors.has(element) || holdsProseShare(element, prose);
}

function holdsProseShare(element: Element, prose: ProseMap): boolean {
  return (prose.within.get(element) ?? 0) / prose.total > MAX_FURNITURE_PROSE_SHARE;
}

/** Without any prose to measure (a page of links and headings), fall back to the share of all text. */
function findTextShareGuard(body: Element): (element: Element) => boolean {
  const pageTextLength = Math.max(1, (body.textContent ?? '').length);
  return (element) => (element.textContent ?? '').length / pageTextLength > MAX_FURNITURE_PROSE_SHARE;
}

/** Captions are kept for html-to-text to judge by place and length; Readability would strip their class. */
function markCaption(element: Element): void {
  const names = element.getAttribute('class');
  if (names && hasCaptionClass(names)) element.classList.add(CAPTION_CLASS);
}

function isFurnitureMarked(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  return names.split(/\s+/).some(isFurnitureName);
}

/** True when one class or id token names a furniture block: its words before any container word hold a marker. */
export function isFurnitureName(name: string): boolean {
  const words = name.split(/[-_]+/).filter(Boolean);
  const containerAt = words.findIndex((word) => CONTAINER_WORDS.has(word));
  const naming = containerAt < 0 ? words : words.slice(0, containerAt);
  if (naming.some((word) => FURNITURE_WORDS.has(word))) return true;
  for (let index = 1; index < naming.length; index += 1) {
    if (FURNITURE_PAIRS.has(`${naming[index - 1]} ${naming[index]}`)) return true;
  }
  return false;
}
