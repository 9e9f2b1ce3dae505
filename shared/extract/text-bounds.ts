/**
 * Bounds on the text one article may put through analysis. A real article is under ~100 KB of
 * text and a few hundred sentences; a hostile feed description of 5 MB was 45,229 sentences, 113 s
 * of work (the process Lambda stops at 90 s) and ~400,000 index entries (9 per sentence).
 */

/** Characters of article text analysed and stored; longer text is cut at a paragraph or sentence end. */
export const MAX_ARTICLE_TEXT_CHARS = 100_000;

/** Sentences (the headline included) analysed, indexed and mined for claims: at most ~5,400 index entries. */
export const MAX_ARTICLE_SENTENCES = 600;

/** What was cut from an article, recorded on it so nothing is dropped without a trace. */
export interface TextTruncation {
  /** Characters of text extraction gave. */
  textChars: number;
  /** Characters kept. */
  keptChars: number;
  /** Sentences in the kept text, headline included. */
  sentences: number;
  /** Sentences analysed. */
  keptSentences: number;
}

/**
 * The text cut to `maxChars` at the last paragraph break before the limit, else the last sentence
 * end, else the last space; a hostile text may have none of them, and is then cut at the limit.
 */
export function truncateText(text: string, maxChars = MAX_ARTICLE_TEXT_CHARS): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  // Only a boundary in the second half counts: one near the start would throw most of the text away.
  const floor = Math.floor(maxChars / 2);
  const paragraphEnd = head.lastIndexOf('\n\n');
  if (paragraphEnd >= floor) return head.slice(0, paragraphEnd).trimEnd();
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '.\n'].map((end) => head.lastIndexOf(end)));
  if (sentenceEnd >= floor) return head.slice(0, sentenceEnd + 1);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  if (space >= floor) return head.slice(0, space);
  // Never leave half of a surrogate pair at the cut.
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * Keeps at most `maxSentences` of an article's sentences and says what was cut, if anything.
 * `originalText` and `keptText` are the text before and after truncateText.
 */
export function boundSentences(
  sentences: string[],
  texts: { originalText: string; keptText: string },
  maxSentences = MAX_ARTICLE_SENTENCES,
): { sentences: string[]; truncation?: TextTruncation } {
  const kept = sentences.slice(0, maxSentences);
  if (kept.length === sentences.length && texts.keptText.length === texts.originalText.length) return { sentences };
  return {
    sentences: kept,
    truncation: {
      textChars: texts.originalText.length,
      keptChars: texts.keptText.length,
      sentences: sentences.length,
      keptSentences: kept.length,
    },
  };
}
