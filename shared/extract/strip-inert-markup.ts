/**
 * Elements whose content is never article text and that could run, load or embed something.
 * Removed before jsdom sees the page: cheaper parsing, nothing to execute, and jsdom 29 throws in
 * its constructor on some `<style>` content (leftover SCSS).
 */
const INERT_ELEMENTS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'] as const;

/**
 * Void elements with no closing tag: only the tag itself is dropped. `<base>` would let a page
 * re-point the relative links we read (its canonical URL among them).
 */
const INERT_VOID_ELEMENTS = ['embed', 'base'] as const;

const OPENING_PATTERN = `<!--|<(${[...INERT_ELEMENTS, ...INERT_VOID_ELEMENTS].join('|')})(?=[\\s/>])`;

/**
 * Removes comments and the inert elements above (with their content) in one linear pass over the
 * markup. An unclosed element or comment swallows the rest of the page, as a browser would treat it.
 */
export function stripInertMarkup(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  const opening = new RegExp(OPENING_PATTERN, 'gi');
  let copiedUpTo = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const start = match.index;
    const end = findInertEnd(lower, start, match[1]?.toLowerCase());
    kept.push(html.slice(copiedUpTo, start));
    copiedUpTo = end;
    opening.lastIndex = end;
  }
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

/** The index just past the comment or element opened at `start`. */
function findInertEnd(lower: string, start: number, element: string | undefined): number {
  if (element === undefined) return endAfter(lower, '-->', start + 4);
  if ((INERT_VOID_ELEMENTS as readonly string[]).includes(element)) return endAfter(lower, '>', start);
  const closing = lower.indexOf(`</${element}`, start);
  return closing < 0 ? lower.length : endAfter(lower, '>', closing);
}

function endAfter(lower: string, token: string, from: number): number {
  const index = lower.indexOf(token, from);
  return index < 0 ? lower.length : index + token.length;
}
