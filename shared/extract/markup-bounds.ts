import { defaultTreeAdapter, parse } from 'parse5';

/**
 * The most elements a page may have. Real article pages have a few thousand (the heaviest news
 * templates ~15k); jsdom needs roughly 1 KB per element, so this bounds a page's DOM to tens of MB.
 */
export const MAX_PAGE_ELEMENTS = 60_000;

/**
 * The deepest nesting of elements a page may have, counted as the HTML parser counts it (its stack
 * of open elements, `html` and `body` included). Real pages stay under ~100 levels. Readability's
 * cost grows much faster than linearly with depth (measured on jsdom 29: 200 levels ≈ 1.4 s,
 * 400 ≈ 5.6 s, 1,000 ≈ 39 s), and 20,000 nested `<ins>` overflow jsdom's call stack.
 */
export const MAX_NESTING_DEPTH = 256;

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

/** Thrown inside the parser to stop it as soon as the depth limit is passed. */
export class DepthLimitPassed extends Error {}

/**
 * Tree-adapter hooks that follow the parser's stack of open elements and throw DepthLimitPassed as
 * soon as it grows past `limit`; `deepest()` is the deepest it reached.
 */
export function trackNestingDepth(limit: number): { onItemPush(): void; onItemPop(): void; deepest(): number } {
  let depth = 0;
  let deepest = 0;
  return {
    onItemPush: () => {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (depth > limit) throw new DepthLimitPassed();
    },
    onItemPop: () => {
      depth -= 1;
    },
    deepest: () => deepest,
  };
}

/**
 * The deepest nesting the HTML parser reaches on `markup`: every element counts (custom ones,
 * `<ins>`, anything), by the rules jsdom's own parser (parse5) follows, so unclosed `<p>`s do not
 * add levels while mis-nested formatting tags that the parser reopens (`<div><b id=1></div>` again
 * and again) do. Stops as soon as `limit` is passed, so a hostile page costs at most that much.
 */
export function measureNestingDepth(markup: string, limit = Number.POSITIVE_INFINITY): number {
  const depth = trackNestingDepth(limit);
  try {
    parse(markup, { treeAdapter: { ...defaultTreeAdapter, onItemPush: depth.onItemPush, onItemPop: depth.onItemPop } });
  } catch (error) {
    if (!(error instanceof DepthLimitPassed)) throw error;
  }
  return depth.deepest();
}
