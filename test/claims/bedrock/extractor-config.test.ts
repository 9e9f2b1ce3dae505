/** The extractor's configuration: cdk.json, the Lambdas' environment and the CLI flags agree. */
import { describe, expect, it } from 'vitest';
import {
  buildClaimExtractorEnvironment, ClaimExtractorConfigError, DEFAULT_DAILY_TOKEN_BUDGET, loadClaimExtractorConfig, parseClaimExtractorConfig,
} from '../../../shared/claims/bedrock/extractor-config';
import { DEFAULT_BEDROCK_MODEL_ID, parseExtractorArguments } from '../../../functions/cli/extractor-arguments';

describe('claim extractor configuration', () => {
  it('is the rules when nothing is said', () => {
    expect(parseClaimExtractorConfig(undefined, 'cdk.json claimExtractor')).toEqual({ kind: 'rules' });
    expect(loadClaimExtractorConfig({})).toEqual({ kind: 'rules' });
  });

  it('round-trips a bedrock choice through the Lambda environment', () => {
    const config = parseClaimExtractorConfig({ kind: 'bedrock', modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', dailyTokenBudget: 500000 }, 'cdk.json claimExtractor');

    expect(loadClaimExtractorConfig(buildClaimExtractorEnvironment(config))).toEqual(config);
    expect(buildClaimExtractorEnvironment({ kind: 'rules' })).toEqual({});
  });

  it.each([
    [{ kind: 'bedrock' }, /modelId/],
    [{ kind: 'gpt' }, /kind/],
    [{ kind: 'bedrock', modelId: 'x', dailyTokenBudget: -1 }, /dailyTokenBudget/],
    [{ kind: 'rules', modelId: 'x' }, /modelId|Unrecognized/i],
  ])('refuses %j, saying what to write instead', (value, problem) => {
    expect(() => parseClaimExtractorConfig(value, 'cdk.json claimExtractor')).toThrow(ClaimExtractorConfigError);
    expect(() => parseClaimExtractorConfig(value, 'cdk.json claimExtractor')).toThrow(problem);
    expect(() => parseClaimExtractorConfig(value, 'cdk.json claimExtractor')).toThrow(/Use \{ "kind": "rules" \}/);
  });

  it.each([
    [{ extractor: 'rules' }, { config: { kind: 'rules' } }],
    [{ extractor: 'bedrock' }, { config: { kind: 'bedrock', modelId: DEFAULT_BEDROCK_MODEL_ID, dailyTokenBudget: DEFAULT_DAILY_TOKEN_BUDGET } }],
    [{ extractor: 'bedrock', model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }, { config: { kind: 'bedrock', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', dailyTokenBudget: DEFAULT_DAILY_TOKEN_BUDGET } }],
    [{ extractor: 'rules', model: 'x' }, { problem: '--model: only with --extractor bedrock' }],
    [{ extractor: 'regex' }, { problem: '--extractor regex: not rules or bedrock' }],
  ])('reads the flags %j', (flags, expected) => {
    expect(parseExtractorArguments(flags)).toEqual(expected);
  });
});
