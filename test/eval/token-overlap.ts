/**
 * Token-level precision, recall and F1 of an extracted text against the expected text, the way the
 * public article-extraction benchmark scores body text: both sides cut into word tokens and compared
 * as multisets, so a paragraph lost costs recall and a line of furniture kept costs precision.
 */

export interface TokenCounts {
  /** Tokens of the extracted text that the expected text also holds (as a multiset). */
  matched: number;
  extracted: number;
  expected: number;
}

/** Lower-cased runs of letters and digits, in order. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Counts the multiset overlap of the two texts' tokens. */
export function countTokenOverlap(extracted: string, expected: string): TokenCounts {
  const remaining = new Map<string, number>();
  const expectedTokens = tokenize(expected);
  for (const token of expectedTokens) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  const extractedTokens = tokenize(extracted);
  let matched = 0;
  for (const token of extractedTokens) {
    const left = remaining.get(token) ?? 0;
    if (left === 0) continue;
    remaining.set(token, left - 1);
    matched += 1;
  }
  return { matched, extracted: extractedTokens.length, expected: expectedTokens.length };
}

/** Adds per-page counts into one micro-averaged total. */
export function addTokenCounts(total: TokenCounts, page: TokenCounts): TokenCounts {
  return {
    matched: total.matched + page.matched,
    extracted: total.extracted + page.extracted,
    expected: total.expected + page.expected,
  };
}

/** Precision is 1 for an empty extraction only when nothing was expected either. */
export function scoreTokenCounts(counts: TokenCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.extracted === 0 ? (counts.expected === 0 ? 1 : 0) : counts.matched / counts.extracted;
  const recall = counts.expected === 0 ? 1 : counts.matched / counts.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
