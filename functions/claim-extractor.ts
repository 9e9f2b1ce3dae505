/**
 * The composition of the claim extractor chosen by configuration: the rules, or Bedrock with its
 * cache and budget in the state table. Shared by the Lambdas and the local CLIs.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRuleBasedExtractor } from '../shared/claims/claim-extractor';
import { createBedrockClaimExtractor, type ExtractorMetrics } from '../shared/claims/bedrock/bedrock-claim-extractor';
import { createBedrockRuntimeClient } from '../shared/claims/bedrock/converse';
import { DynamoExtractionStore } from '../shared/claims/bedrock/extraction-store';
import type { ClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';
import type { ClaimExtractorFactory } from '../shared/jobs/storyline-deps';

export interface ExtractorWiring {
  /** The state table the cache and the token counter live in. */
  dynamo: DynamoDBDocumentClient;
  tableName: string;
  metrics?: ExtractorMetrics;
  /** The SDK's region chain when absent. */
  region?: string;
}

/** The factory `createStorylineDeps` takes for `config`. */
export function claimExtractorFactory(config: ClaimExtractorConfig, wiring: ExtractorWiring): ClaimExtractorFactory {
  if (config.kind === 'rules') return createRuleBasedExtractor;
  return (storyline) =>
    createBedrockClaimExtractor({
      storyline,
      modelId: config.modelId,
      dailyTokenBudget: config.dailyTokenBudget,
      client: createBedrockRuntimeClient(wiring.region ? { region: wiring.region } : {}),
      store: new DynamoExtractionStore(wiring.dynamo, wiring.tableName),
      ...(wiring.metrics ? { metrics: wiring.metrics } : {}),
    });
}
