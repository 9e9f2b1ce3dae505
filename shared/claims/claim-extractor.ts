/**
 * The claim-extraction port. The pipeline's default is the offline, deterministic rule-based
 * extractor; a model-backed one (e.g. Amazon Bedrock asked for JSON, each claim validated with
 * `ClaimSchema` and its quote checked against the sentence it cites) would implement the same
 * interface and be measured with `npm run eval` before replacing it (test/fixtures/gold/README.md).
 */
import type { Claim } from '../model/claim';
import { type ExtractClaimsInput, extractClaims } from './extract-claims';

export type { ExtractClaimsInput } from './extract-claims';

/** Turns an article's sentences into claims on the three threads. */
export interface ClaimExtractor {
  /** Which extractor produced a claim set, for logs and eval output ("rule-based", "bedrock:<model>"). */
  readonly name: string;
  /** The claims the sentences assert; `sentenceIndex` indexes `input.sentences`. Async so a remote model fits. */
  extract(input: ExtractClaimsInput): Promise<Claim[]>;
}

/** The default extractor: `extractClaims` behind the port, pure and offline. */
export function createRuleBasedExtractor(): ClaimExtractor {
  return {
    name: 'rule-based',
    extract: async (input) => extractClaims(input),
  };
}
