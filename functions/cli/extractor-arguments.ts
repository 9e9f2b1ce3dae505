/** `--extractor rules|bedrock` and `--model ID`, shared by the replay and the eval. */
import { createBedrockRuntimeClient } from '../../shared/claims/bedrock/converse';
import { parseClaimExtractorConfig, type ClaimExtractorConfig } from '../../shared/claims/bedrock/extractor-config';

/**
 * The model used when `--extractor bedrock` names none: Claude Haiku 4.5 through its global
 * cross-region inference profile (callable from any Bedrock region that offers the model).
 */
export const DEFAULT_BEDROCK_MODEL_ID = 'global.anthropic.claude-haiku-4-5-20251001-v1:0';

/** The extractor the flags choose, or the problem to print (a usage error, exit 2). */
export function parseExtractorArguments(values: { extractor: string; model?: string | undefined }): { config: ClaimExtractorConfig } | { problem: string } {
  if (values.extractor === 'rules') {
    return values.model === undefined ? { config: { kind: 'rules' } } : { problem: '--model: only with --extractor bedrock' };
  }
  if (values.extractor !== 'bedrock') return { problem: `--extractor ${values.extractor}: not rules or bedrock` };
  try {
    return { config: parseClaimExtractorConfig({ kind: 'bedrock', modelId: values.model ?? DEFAULT_BEDROCK_MODEL_ID }, '--model') };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/**
 * Why the model cannot be called from here, or null: the SDK must find a region (AWS_REGION or
 * the profile) before any work starts, or every article would fall back to the rules.
 */
export async function findBedrockSetupProblem(): Promise<string | null> {
  const client = createBedrockRuntimeClient();
  try {
    await client.config.region();
    return null;
  } catch {
    return '--extractor bedrock: no AWS region found; set AWS_REGION (e.g. us-east-1) or a profile region, and credentials for Amazon Bedrock';
  } finally {
    client.destroy();
  }
}
