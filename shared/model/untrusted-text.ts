/**
 * Text from outside (feed titles, publishers, article text and the quotes cut from it) is made
 * inert here, where it enters the model, so no renderer, digest or email header has to remember to.
 */

/**
 * Unicode bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the implicit marks (U+200E, U+200F, U+061C). An override in a title can make
 * a subject line read differently from what it holds ("Trojan Source", CVE-2021-42574); direction
 * is set only by markup sitrep generates (`<bdi>`, `dir`), never by the source text.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Every format character (general category Cf: the bidi controls, zero-width spaces and joiners,
 * word joiner, BOM, soft hyphen, invisible operators, tag characters). In a one-line field they
 * only disguise what a reader sees; at worst a Persian word in a title loses a non-joiner.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Control characters and the Unicode line separators: in a one-line field each stands for a space. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/gu;

/** Article text without bidi controls; zero-width joiners stay, since Arabic and Persian spelling needs them. */
export function neutraliseBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A one-line field from outside (title, publisher, author): format characters removed, control
 * characters and whitespace runs (no-break spaces included) folded into one space.
 */
export function cleanOneLineText(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '').replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}
