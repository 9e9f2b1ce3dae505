/**
 * Which claim extractor runs, one typed source for the CDK app (cdk.json context `claimExtractor`),
 * the Lambdas (environment variables the stack sets) and the CLIs (`--extractor`, `--model`).
 */
import { z } from 'zod';

/** A day's tokens when none is configured: about 500 articles at the measured ~4,000 tokens each (README). */
export const DEFAULT_DAILY_TOKEN_BUDGET = 2_000_000;

export const ClaimExtractorConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rules') }).strict(),
  z
    .object({
      kind: z.literal('bedrock'),
      /** A foundation-model id (`anthropic.claude-…`) or an inference-profile id (`eu.anthropic.claude-…`). */
      modelId: z.string().regex(/^[a-z0-9][a-z0-9.:-]*$/i, 'a Bedrock model or inference-profile id such as eu.anthropic.claude-haiku-4-5-20251001-v1:0'),
      dailyTokenBudget: z.coerce.number().int().positive().default(DEFAULT_DAILY_TOKEN_BUDGET),
    })
    .strict(),
]);
export type ClaimExtractorConfig = z.infer<typeof ClaimExtractorConfigSchema>;

export const RULES_EXTRACTOR: ClaimExtractorConfig = { kind: 'rules' };

export class ClaimExtractorConfigError extends Error {
  override readonly name = 'ClaimExtractorConfigError';
}

/** Validates a config from any source; `source` names it in the error ("cdk.json claimExtractor"). */
export function parseClaimExtractorConfig(value: unknown, source: string): ClaimExtractorConfig {
  if (value === undefined) return RULES_EXTRACTOR;
  const parsed = ClaimExtractorConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'kind'}: ${issue.message}`);
  throw new ClaimExtractorConfigError(
    `${source} is invalid — ${problems.join('; ')}. Use { "kind": "rules" } or { "kind": "bedrock", "modelId": "…", "dailyTokenBudget": ${DEFAULT_DAILY_TOKEN_BUDGET} }.`,
  );
}

/** The environment variables the Lambdas read (set by infra/, read once by functions/). */
export const EXTRACTOR_ENV = {
  kind: 'SITREP_CLAIM_EXTRACTOR',
  modelId: 'SITREP_BEDROCK_MODEL_ID',
  dailyTokenBudget: 'SITREP_DAILY_TOKEN_BUDGET',
} as const;

/** The configuration as environment variables; the rules need none. */
export function buildClaimExtractorEnvironment(config: ClaimExtractorConfig): Record<string, string> {
  if (config.kind === 'rules') return {};
  return { [EXTRACTOR_ENV.kind]: 'bedrock', [EXTRACTOR_ENV.modelId]: config.modelId, [EXTRACTOR_ENV.dailyTokenBudget]: String(config.dailyTokenBudget) };
}

/** Reads the configuration the stack set; the rules when SITREP_CLAIM_EXTRACTOR is absent. */
export function loadClaimExtractorConfig(env: Record<string, string | undefined>): ClaimExtractorConfig {
  const kind = env[EXTRACTOR_ENV.kind];
  if (kind === undefined || kind === '') return RULES_EXTRACTOR;
  if (kind === 'rules') return RULES_EXTRACTOR;
  return parseClaimExtractorConfig(
    { kind, modelId: env[EXTRACTOR_ENV.modelId], ...(env[EXTRACTOR_ENV.dailyTokenBudget] ? { dailyTokenBudget: env[EXTRACTOR_ENV.dailyTokenBudget] } : {}) },
    `${EXTRACTOR_ENV.kind}/${EXTRACTOR_ENV.modelId}/${EXTRACTOR_ENV.dailyTokenBudget}`,
  );
}
