/**
 * Issue 14: `npx cdk deploy -c sitrep='{…}'` (a JSON string, as the CDK CLI passes it) is read as
 * the README promises, and a deploy with cdk.json's placeholder sender is refused with a message
 * that says what to set; `npm run synth` (inspection) only warns.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSitrepApp, INSPECT_ONLY_KEY, readDeployConfig } from '../../infra/build-app';
import { ConfigError } from '../../shared/config/config';
import { TEST_CONTEXT } from './synth-stacks';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const REAL_SENDER = { ...TEST_CONTEXT, senderEmail: 'digest@levant-digest.org' };
let outdir: string;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'sitrep-deploy-guard-'));
});
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

describe('the sitrep context', () => {
  it('reads -c sitrep as a JSON string', () => {
    const app = new App({ context: { sitrep: JSON.stringify({ ...REAL_SENDER, pollEveryMinutes: 15 }) } });

    const config = readDeployConfig(app);

    expect(config).toMatchObject({ senderEmail: 'digest@levant-digest.org', sesIdentity: 'levant-digest.org', pollEveryMinutes: 15 });
  });

  it('names a -c sitrep string that is not JSON', () => {
    const app = new App({ context: { sitrep: '{pollEveryMinutes: 15' } });

    expect(() => readDeployConfig(app)).toThrow(/sitrep: -c sitrep='…' is not valid JSON/);
  });

  it.each(['digest@example.com', 'digest@news.example.org', 'me@sitrep.test', 'x@host.invalid'])('refuses the placeholder sender %s unless synthesising for inspection', (senderEmail) => {
    const deploy = new App({ context: { sitrep: { ...TEST_CONTEXT, senderEmail } } });
    expect(() => readDeployConfig(deploy)).toThrow(ConfigError);
    expect(() => readDeployConfig(deploy)).toThrow(`sitrep.senderEmail is the placeholder ${senderEmail}`);

    const inspect = new App({ context: { sitrep: { ...TEST_CONTEXT, senderEmail }, [INSPECT_ONLY_KEY]: 'true' } });
    expect(readDeployConfig(inspect).senderEmail).toBe(senderEmail);
  });

  it('warns on the synth for inspection, where the CDK CLI prints it: in each stack of the cloud assembly', () => {
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [], sitrep: TEST_CONTEXT, [INSPECT_ONLY_KEY]: true } });
    buildSitrepApp(app);

    const assembly = app.synth();

    for (const stack of ['SitrepData', 'SitrepPipeline']) {
      const warnings = assembly.getStackByName(stack).messages.filter((message) => message.level === 'warning').map((message) => String(message.entry.data));
      expect(warnings, stack).toContainEqual(expect.stringContaining('sitrep.senderEmail is the placeholder digest@news.example.org'));
    }
  });

  it('the cdk app itself (as cdk deploy runs it, with cdk.json) stops on the shipped placeholder and says what to do', async () => {
    const failure = await run(join(root, 'node_modules', '.bin', 'tsx'), ['infra/app.ts'], {
      cwd: root,
      env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ sitrep: { feedsOpml: 'config/feeds.opml', senderEmail: 'digest@example.com' } }) },
    }).then(() => null, (error: { code: number; stderr: string }) => error);

    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain('sitrep.senderEmail is the placeholder digest@example.com: set it in cdk.json');
    expect(failure?.stderr).toContain('npm run synth');
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
