/**
 * The claim extractor in the stack: the rules by default (no variable, no Bedrock permission);
 * Bedrock when cdk.json says so, with `bedrock:InvokeModel` on that model only, and cdk-nag clean.
 */
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSitrepApp, INSPECT_ONLY_KEY } from '../../infra/build-app';
import { ConfigError } from '../../shared/config/config';
import { TEST_CONTEXT } from './synth-stacks';

type Resource = { Properties: Record<string, any> };

/** Synthesises with `extra` context; with `nagOutdir`, cdk-nag's packs run first (a synth fails on a finding). */
function synthesise(extra: Record<string, unknown>, nagOutdir?: string) {
  const app = new App({ ...(nagOutdir ? { outdir: nagOutdir } : {}), context: { 'aws:cdk:bundling-stacks': [], sitrep: TEST_CONTEXT, [INSPECT_ONLY_KEY]: true, ...extra } });
  const { stateless } = buildSitrepApp(app);
  // Before any synth: Template.fromStack synthesises the app once, and plugins added later never run.
  if (nagOutdir) Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { pipeline: Template.fromStack(stateless) };
}

function functionEnvironment(template: Template, descriptionStart: string): Record<string, string> {
  const fn = Object.values(template.findResources('AWS::Lambda::Function') as Record<string, Resource>).find((resource) =>
    String(resource.Properties.Description ?? '').startsWith(`sitrep: ${descriptionStart}`),
  )!;
  return fn.Properties.Environment.Variables as Record<string, string>;
}

/** Every policy statement that allows a bedrock action, resolved to plain JSON. */
function bedrockStatements(template: Template): { Action: unknown; Resource: unknown }[] {
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[])
    .filter((statement) => JSON.stringify(statement.Action).includes('bedrock:'));
}

describe('claimExtractor context', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'sitrep-extractor-nag-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('deploys the rules by default: no extractor variable and no Bedrock permission', () => {
    const { pipeline } = synthesise({});

    expect(functionEnvironment(pipeline, 'fetch')).not.toHaveProperty('SITREP_CLAIM_EXTRACTOR');
    expect(bedrockStatements(pipeline)).toEqual([]);
  });

  it('grants InvokeModel on the one foundation model in the stack region, to the process and seed functions only', () => {
    const { pipeline } = synthesise({ claimExtractor: { kind: 'bedrock', modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', dailyTokenBudget: 750000 } });

    for (const start of ['fetch', 'ingest']) {
      expect(functionEnvironment(pipeline, start)).toMatchObject({
        SITREP_CLAIM_EXTRACTOR: 'bedrock', SITREP_BEDROCK_MODEL_ID: 'anthropic.claude-sonnet-4-5-20250929-v1:0', SITREP_DAILY_TOKEN_BUDGET: '750000',
      });
    }
    expect(functionEnvironment(pipeline, 'poll')).not.toHaveProperty('SITREP_CLAIM_EXTRACTOR');
    const statements = bedrockStatements(pipeline);
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(statement.Action).toBe('bedrock:InvokeModel');
      expect(statement.Resource).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, '::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0']],
      });
    }
  });

  it('grants an inference profile and the foundation model it routes to, and cdk-nag passes with the one wildcard acknowledged', () => {
    const { pipeline } = synthesise({ claimExtractor: 'bedrock', bedrockModelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0' }, outdir);

    const resources = JSON.stringify(bedrockStatements(pipeline)[0]!.Resource);
    expect(resources).toContain(':inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(resources).toContain(':bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(resources).not.toContain('foundation-model/eu.');
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as { pluginReports: { conclusion: string; violations: { ruleName: string }[] }[] };
    for (const plugin of report.pluginReports) {
      expect(plugin.violations.map((violation) => violation.ruleName)).toEqual([]);
      expect(plugin.conclusion).toBe('success');
    }
  });

  it.each([
    [{ kind: 'bedrock' }, /cdk.json claimExtractor is invalid — modelId/],
    ['{not json', /neither "rules", "bedrock" nor JSON/],
    [{ kind: 'bedrock', modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', dailyTokenBudget: 0 }, /dailyTokenBudget/],
  ])('refuses %j with a ConfigError naming the key', (value, problem) => {
    expect(() => synthesise({ claimExtractor: value })).toThrow(ConfigError);
    expect(() => synthesise({ claimExtractor: value })).toThrow(problem);
  });
});
