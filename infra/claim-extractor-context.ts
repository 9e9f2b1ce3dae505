/**
 * The claim extractor the stack deploys, from cdk.json context `claimExtractor` (a key beside
 * `sitrep`): `{ "kind": "rules" }` (the default), or `{ "kind": "bedrock", "modelId": "…",
 * "dailyTokenBudget": N }`. `-c claimExtractor='{…}'` gives the same as a JSON string, and
 * `-c claimExtractor=bedrock -c bedrockModelId=…` is the short form.
 */
import type { App } from 'aws-cdk-lib';
import { ConfigError } from '../shared/config/config';
import { ClaimExtractorConfigError, parseClaimExtractorConfig, type ClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';

export const CLAIM_EXTRACTOR_KEY = 'claimExtractor';
export const BEDROCK_MODEL_ID_KEY = 'bedrockModelId';

function readContextValue(app: App): unknown {
  const value: unknown = app.node.tryGetContext(CLAIM_EXTRACTOR_KEY);
  if (value === 'rules' || value === 'bedrock') {
    const modelId: unknown = app.node.tryGetContext(BEDROCK_MODEL_ID_KEY);
    return value === 'rules' ? { kind: 'rules' } : { kind: 'bedrock', ...(modelId === undefined ? {} : { modelId }) };
  }
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (cause) {
    throw new ConfigError(`cdk.json ${CLAIM_EXTRACTOR_KEY} is neither "rules", "bedrock" nor JSON: ${value}`, { cause });
  }
}

/** Validates the context; a mistake is a ConfigError naming the key (infra/app.ts prints it and exits 1). */
export function readClaimExtractorConfig(app: App): ClaimExtractorConfig {
  try {
    return parseClaimExtractorConfig(readContextValue(app), `cdk.json ${CLAIM_EXTRACTOR_KEY}`);
  } catch (error) {
    if (error instanceof ClaimExtractorConfigError) throw new ConfigError(error.message, { cause: error });
    throw error;
  }
}
