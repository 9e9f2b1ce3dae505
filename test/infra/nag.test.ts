import { App, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSitrepApp, INSPECT_ONLY_KEY } from '../../infra/build-app';
import { TEST_CONTEXT } from './synth-stacks';

interface ValidationReport {
  pluginReports: Array<{ pluginName: string; conclusion: string; violations: Array<{ ruleName: string; severity: string }> }>;
}

describe('cdk-nag', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'sitrep-nag-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it.each([
    ['without', TEST_CONTEXT],
    ['with', { ...TEST_CONTEXT, publishSite: true }],
  ])('finds nothing unacknowledged in either stack with the AwsSolutions and Serverless packs (%s the site distribution)', (name, context) => {
    // Prepare
    const app = new App({ outdir: join(outdir, name), context: { 'aws:cdk:bundling-stacks': [], sitrep: context, [INSPECT_ONLY_KEY]: true } });
    buildSitrepApp(app);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));

    // Act
    app.synth();

    // Assess
    const report = JSON.parse(readFileSync(join(outdir, name, 'validation-report.json'), 'utf8')) as ValidationReport;
    expect(report.pluginReports.map((plugin) => plugin.pluginName).sort()).toEqual(['AwsSolutions', 'Serverless']);
    for (const plugin of report.pluginReports) {
      expect(plugin.violations.map((violation) => `${violation.severity} ${violation.ruleName}`), plugin.pluginName).toEqual([]);
      expect(plugin.conclusion).toBe('success');
    }
  });

  it('still fails the synth on a finding nobody acknowledged', () => {
    // Prepare: the same app plus a queue with neither a DLQ nor TLS enforcement.
    const app = new App({ outdir: join(outdir, 'bad'), context: { 'aws:cdk:bundling-stacks': [], sitrep: TEST_CONTEXT, [INSPECT_ONLY_KEY]: true } });
    const { stateful } = buildSitrepApp(app);
    new Queue(stateful, 'UncheckedQueue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));

    // Act / Assess
    expect(() => app.synth()).toThrow(/UncheckedQueue[\s\S]*AwsSolutions-SQS3/);
  });
});
