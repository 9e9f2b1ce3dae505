/**
 * Text normalisation shared by document fingerprints, sentence novelty and (imported by it)
 * relevance matching: two spellings a reader takes for the same word give the same string.
 *
 * Every rule is tied to a script, not to the article's language, so it is safe on mixed text (an
 * Arabic article quoting a Russian name, an English one quoting Arabic):
 * - NFKC folds compatibility forms (ligatures, full-width digits, no-break spaces, Arabic
 *   presentation forms) and case is folded;
 * - Arabic: short vowels and other diacritics (tashkeel, U+064B–U+065F, the dagger alef U+0670,
 *   Quranic marks) and the tatweel that stretches a word are removed; hamza-carrying and wasla alefs
 *   (أ إ آ ٱ) become bare alef, alef maqsura (ى) and hamza on ya (ئ) become ya, hamza on waw (ؤ)
 *   waw, ta marbuta (ة) ha; the Persian ya and kaf some keyboards type become the Arabic ones;
 *   Arabic-Indic digits become ASCII. Outlets differ in exactly these (a syndicated copy drops the
 *   shadda or the hamza the original wrote), and the diacritics, being combining marks and not
 *   letters, would otherwise cut a word in two;
 * - Cyrillic: ё becomes е, as most Russian print writes it;
 * - invisible format characters (zero-width joiners, direction marks, the soft hyphen) go.
 */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE_FORMAT_CHARACTERS, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_VARIANTS, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter)
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.codePointAt(0)! & 0xf))
    .replace(/ё/g, 'е');
}

/** Zero-width space/joiners, direction marks and embeddings, the Arabic letter mark, the soft hyphen. */
const INVISIBLE_FORMAT_CHARACTERS = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Tashkeel and Quranic annotation marks, the superscript (dagger) alef, and the tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;
const ARABIC_LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك',
};
const ARABIC_VARIANTS = /[أإآٱىئؤةیک]/g;
/** U+0660–U+0669 and the extended (Persian) U+06F0–U+06F9: the low nibble is the digit. */
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The words of a text for fingerprints, after normaliseForMatching: everything that is not a letter
 * or a digit becomes a word break, so "Syria’s" and "Syria's", or "al-Sharaa" and "Al Sharaa",
 * give the same tokens. Syndicated copies differ exactly in such typography.
 */
export function tokeniseText(text: string): string[] {
  return normaliseForMatching(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Words that carry no fact on their own. Dropped only for sentence novelty, where a sentence is
 * compared as a bag of words; negations and modals ("not", "may", "will") are kept on purpose,
 * because "the army will keep the port" and "the army will not keep the port" are different news.
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
