import { findDominantScript, scriptOfLanguage, toLanguageCode } from './language-tags';

/** A language an article's page or feed declares, most specific first (see decideLanguage). */
export interface DeclaredLanguage {
  /** Where it was read: `html-lang`, `og:locale`, `feed`, … (for the record's reason only). */
  source: string;
  tag: string | null | undefined;
}

export interface LanguageDecision {
  /** ISO 639-1, or null when neither a declaration nor the text tells. */
  language: string | null;
  /** How it was decided: both agreed, only one told, or the text overruled a declaration. */
  basis: 'declared_and_detected' | 'declared' | 'detected' | 'detected_over_declared' | 'unknown';
}

/**
 * The detector reads this much of the text: enough n-grams for a reliable answer on a headline
 * plus a few paragraphs, without paying for a long article's whole text.
 */
const DETECTION_SAMPLE_CHARS = 3000;

type Detector = (text: string) => { language: string; isReliable(): boolean };
let detector: Promise<Detector> | undefined;

/**
 * eld (Efficient Language Detector, 'small' database), loaded on first use so the Lambdas that
 * never detect a language (send, subscribe) do not pay its ~1.6 MB of n-grams at cold start.
 * Chosen over franc-min and tinyld on the multilingual fixtures and the gold headlines (README,
 * "Languages"; test/language/compare-detectors.mjs): the only one of the three right on every
 * Arabic and Russian headline and on 193 of 194 English ones.
 */
function loadDetector(): Promise<Detector> {
  detector ??= import('eld/small').then(({ eld }) => (text: string) => eld.detect(text));
  return detector;
}

/**
 * Decides an article's language from what its page and feed declare and what its text is.
 * The first valid declaration is the claim; the detector checks it against the text:
 * - they agree, or the detector is unsure (a short headline): the declaration stands;
 * - they disagree but the declared language is written in the text's script (uk declared, ru
 *   detected): the declaration stands, since detectors confuse close neighbours and the page knows;
 * - they disagree across scripts (a CMS template's `lang="en"` on a Russian page): the text wins.
 */
export async function decideLanguage(input: { declared: readonly DeclaredLanguage[]; text: string }): Promise<LanguageDecision> {
  const declared = input.declared.map((entry) => toLanguageCode(entry.tag)).find((code) => code !== undefined);
  const detected = await detectLanguage(input.text);
  if (!detected) return declared ? { language: declared, basis: 'declared' } : { language: null, basis: 'unknown' };
  if (!declared) return { language: detected, basis: 'detected' };
  if (declared === detected) return { language: declared, basis: 'declared_and_detected' };
  if (scriptOfLanguage(declared) === findDominantScript(input.text)) return { language: declared, basis: 'declared' };
  return { language: detected, basis: 'detected_over_declared' };
}

/** The detector's answer when it is reliable, else undefined. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS);
  if (!/\p{L}/u.test(sample)) return undefined;
  const detect = await loadDetector();
  const result = detect(sample);
  return result.language && result.isReliable() ? result.language : undefined;
}
