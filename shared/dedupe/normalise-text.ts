/**
 * Text normalisation shared by document fingerprints and sentence novelty.
 *
 * NFKC folds compatibility forms (ligatures, full-width digits, non-breaking spaces); everything
 * that is not a letter or a digit becomes a word break, so "Syria’s" and "Syria's", or "al-Sharaa"
 * and "Al Sharaa", give the same tokens. Syndicated copies differ exactly in such typography.
 */
export function tokeniseText(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Words that carry no fact on their own. Dropped only for sentence novelty, where a sentence is
 * compared as a bag of words; negations and modals ("not", "may", "will") are kept on purpose,
 * because "Russia will keep Tartus" and "Russia will not keep Tartus" are different news.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'into', 'and', 'or',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these',
  'those', 'he', 'she', 'they', 'his', 'her', 'their', 'them', 'we', 'our', 'said', 'says', 'say',
  'told', 'also', 'which', 'who', 'whom', 'there', 'than', 'then', 'so', 's', 'has', 'have', 'had',
]);

/** The content words of a sentence, in order, without function words. */
export function extractContentWords(sentence: string): string[] {
  return tokeniseText(sentence).filter((token) => !FUNCTION_WORDS.has(token));
}
