import { listElements } from './list-elements';

/**
 * Words in a class or id that mark a page-furniture block (sharing, newsletter, cookie notice,
 * related links, tags, comments, photo captions). Readability already drops many such blocks by its own class
 * heuristics, but keeps some that sit inside the story body, e.g. `inline-newsletter`, `read-more`,
 * `sd-sharing-enabled`.
 */
const FURNITURE_WORDS = new Set([
  'newsletter', 'subscribe', 'subscription', 'signup', 'share', 'sharing', 'sharedaddy', 'social',
  'cookie', 'cookies', 'consent', 'gdpr', 'related', 'relatedposts', 'readmore', 'promo', 'trending',
  'tags', 'breadcrumb', 'breadcrumbs', 'comments', 'advert', 'advertisement', 'sponsored', 'paywall',
  'caption', 'credit', 'credits',
]);

/** Two-word markers, matched on consecutive words: `read-more`, `most-read`, `ad-slot`. */
const FURNITURE_PAIRS = new Set(['read more', 'most read', 'ad slot', 'more stories', 'sign up']);

const FORM_CONTROLS = new Set(['button', 'input', 'select', 'textarea']);

/** A block holding more than this share of the page's text is content, whatever its class says. */
const MAX_FURNITURE_TEXT_SHARE = 0.3;

/**
 * Removes furniture blocks (by class/id words), forms and form controls from a document before Readability
 * scores it. Never removes a block that holds a large part of the page's text.
 */
export function removePageFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  const pageTextLength = Math.max(1, (body.textContent ?? '').length);
  // One walk of the body instead of jsdom's querySelectorAll, which cost 100–450 ms on a 500 KB page
  // (npm run bench); the walk lists the same elements in the same document order.
  const elements = listElements(body);
  for (const control of elements.filter((element) => FORM_CONTROLS.has(element.localName))) control.remove();
  // Some sites wrap the whole page in one <form> (ASP.NET): the text-share guard keeps it.
  const candidates = elements.filter(
    (element) => element.localName === 'form' || element.hasAttribute('class') || element.hasAttribute('id'),
  );
  for (const element of candidates) {
    if (!element.isConnected) continue;
    if (element.localName !== 'form' && !isFurnitureMarked(element)) continue;
    if ((element.textContent ?? '').length / pageTextLength > MAX_FURNITURE_TEXT_SHARE) continue;
    element.remove();
  }
}

function isFurnitureMarked(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  for (const name of names.split(/\s+/)) {
    const words = name.split(/[-_]+/).filter(Boolean);
    if (words.some((word) => FURNITURE_WORDS.has(word))) return true;
    for (let index = 1; index < words.length; index += 1) {
      if (FURNITURE_PAIRS.has(`${words[index - 1]} ${words[index]}`)) return true;
    }
  }
  return false;
}
