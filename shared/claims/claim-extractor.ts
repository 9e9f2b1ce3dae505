/**
 * The claim-extraction port (DESIGN.md, "Claim extractors"). The pipeline calls it through
 * `deps.claims`; the rule-based engine over a storyline is the offline, deterministic default, and
 * a model-backed extractor (`bedrock/`) implements the same interface.
 */
import type { Storyline } from '../storyline/types';
import { type ClaimReading, type ExtractClaimsInput, extractClaims } from './extract-claims';

export type { ClaimReading, ExtractClaimsInput } from './extract-claims';

/** What an extractor is given: the sentences the rules read, and what a model's prompt also names. */
export interface ArticleClaimsInput extends ExtractClaimsInput {
  /** The outlet, as the article record names it. */
  publisher?: string;
  /** ISO 639-1 as decided for the article (shared/language), null when nothing tells. */
  language?: string | null;
}

/** Tokens a model-backed extractor spent on one article; `cached` when the answer came from the cache. */
export interface ExtractorUsage {
  inputTokens: number;
  outputTokens: number;
  cached: boolean;
}

/** How a reading was produced, recorded on the article (absent fields: nothing to say). */
export interface ExtractorReport {
  /** "rules", "bedrock" or "rules-fallback". */
  extractor: string;
  /** Claims a model returned that failed validation or grounding and were dropped. */
  claimsRejected?: number;
  usage?: ExtractorUsage;
  /** Why the rules read this article instead of the model (budget spent, throttled, no tool call). */
  fallbackReason?: string;
}

/** A reading, and (from extractors that can vary per article) how it was produced. */
export interface ExtractorReading extends ClaimReading {
  report?: ExtractorReport;
}

/** Turns an article's sentences into the claims it asserts and the statuses it only mentions. */
export interface ClaimExtractor {
  /** Which extractor produces readings, recorded on the article unless the reading's report says otherwise. */
  readonly name: string;
  /** `sentenceIndex` indexes `input.sentences`. Async so that a remote model fits. */
  extract(input: ArticleClaimsInput): Promise<ExtractorReading>;
}

/** The default extractor: the rule-based engine over `storyline`, pure and offline. */
export function createRuleBasedExtractor(storyline: Storyline): ClaimExtractor {
  return {
    name: 'rules',
    extract: async (input) => extractClaims(input, storyline),
  };
}
