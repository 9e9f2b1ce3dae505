import type { Evidence } from '../../model/digest';
import { foldLines } from '../escape';
import { findTextDirection } from '../text-direction';
import type { ReaderQuote, ReaderSource } from './types';

/**
 * Remembers which quotes a digest has shown, so that no sentence is printed twice (two subjects
 * named in one sentence carry the same evidence).
 */
export class QuoteLedger {
  private readonly shown = new Set<string>();

  /** The first piece of evidence whose quote is not shown yet, marked as shown; null when all are. */
  take(evidence: readonly Evidence[], sourceOf: (evidence: Evidence) => ReaderSource): ReaderQuote | null {
    for (const item of evidence) {
      const text = tidyQuote(item.quote);
      const key = text.toLowerCase();
      if (!text || this.shown.has(key)) continue;
      this.shown.add(key);
      const source = sourceOf(item);
      const english = item.quoteEnglish ? tidyQuote(item.quoteEnglish) : '';
      const { dir, lang } = findTextDirection(text, source.languageCode);
      return {
        text,
        source,
        attribution: item.attribution ? foldLines(item.attribution) : null,
        // An "English rendering" of an English quote says nothing new.
        english: english && english.toLowerCase() !== key ? english : null,
        dir,
        lang: lang ?? null,
      };
    }
    return null;
  }
}

/**
 * The quote as a reader sees it: one line. Renderers set it off as a block quote and add no quote
 * marks of their own, because many quotes already begin or end inside someone's speech
 * ("The minister will ask…," the official said.) and added marks would double them.
 */
export function tidyQuote(quote: string): string {
  return foldLines(quote);
}
