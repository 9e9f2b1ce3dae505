/**
 * The claim-extraction port (DESIGN.md, "Claim extractors"). The pipeline calls it through
 * `deps.claims`; the rule-based engine over a storyline is the offline, deterministic default, and
 * a model-backed extractor implements the same interface.
 */
import type { Storyline } from '../storyline/types';
import { type ClaimReading, type ExtractClaimsInput, extractClaims } from './extract-claims';

export type { ClaimReading, ExtractClaimsInput } from './extract-claims';

/** Turns an article's sentences into the claims it asserts and the statuses it only mentions. */
export interface ClaimExtractor {
  /** Which extractor produced a reading, recorded on the article ("rules", "bedrock", "rules-fallback"). */
  readonly name: string;
  /** `sentenceIndex` indexes `input.sentences`. Async so that a remote model fits. */
  extract(input: ExtractClaimsInput): Promise<ClaimReading>;
}

/** The default extractor: the rule-based engine over `storyline`, pure and offline. */
export function createRuleBasedExtractor(storyline: Storyline): ClaimExtractor {
  return {
    name: 'rules',
    extract: async (input) => extractClaims(input, storyline),
  };
}
