/**
 * `npm run replay -- --extractor bedrock` as an operator runs it, against a stand-in of Bedrock's
 * Converse wire protocol on 127.0.0.1 (test/helpers/converse-stand-in.ts: there is no embedded
 * Bedrock and no model runs here; the stand-in answers with the claims a reader wrote down for
 * each fixture page). Dummy credentials; the SDK finds the stand-in through
 * AWS_ENDPOINT_URL_BEDROCK_RUNTIME, as it would find any endpoint override.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, type ArticleRecord } from '../../shared/model/article';
import { DigestSchema } from '../../shared/model/digest';
import { startConverseStandIn, type ConverseCall, type ConverseStandIn, type StandInReply } from '../helpers/converse-stand-in';
import type { FixtureServer } from '../helpers/fixture-server';
import { FIXTURE_SITE_DIR, serveFixtureSite } from '../helpers/fixture-site';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

interface ExpectedArticle {
  path: string;
  title: string;
  claims: Array<{ thread: string; subject: string; status: string; evidence: string }>;
}
const expectations = JSON.parse(await readFile(join(FIXTURE_SITE_DIR, 'expectations.json'), 'utf8')) as { articles: ExpectedArticle[] };
const byPath = (path: string) => expectations.articles.find((article) => article.path === path)!;

/** The model's answer holds its two claims plus an invented quote and a status outside the vocabulary. */
const MIXED = byPath('ledger/2025/10/21/russia-keeps-hmeimim-as-tartus-terms-reopen.html');
/** Bedrock throttles every call for this one. */
const THROTTLED = byPath('wire/2025-10-27/damascus-files-formal-request-for-assad-extradition.html');

function claimsOf(article: ExpectedArticle) {
  return article.claims.map((claim) => ({ thread: claim.thread, subject: claim.subject, status: claim.status, quote: claim.evidence, assertion: 'reported' }));
}

/** What the stand-in "model" answers: the reader's claims for a fixture page, none for anything else. */
function answer(call: ConverseCall): StandInReply {
  const article = expectations.articles.find((candidate) => call.message.startsWith(`Headline: ${candidate.title}\n`));
  if (article === THROTTLED) return { error: 'ThrottlingException', status: 429 };
  if (article === MIXED) {
    return {
      toolInput: {
        claims: [
          ...claimsOf(MIXED),
          { thread: 'bases', subject: 'tartus', status: 'withdrawn', quote: 'Russia has withdrawn every warship from Tartus', assertion: 'reported' },
          { thread: 'bases', subject: 'hmeimim', status: 'mothballed', quote: MIXED.claims[0]!.evidence, assertion: 'reported' },
        ],
      },
    };
  }
  return { toolInput: { claims: article ? claimsOf(article) : [] } };
}

let site: FixtureServer;
let standIn: ConverseStandIn;
let dataDir: string;

async function replay(args: string[], env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['functions/cli/replay.ts', ...args], { cwd: root, env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_PROFILE: undefined, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function bedrockEnv(): Record<string, string> {
  return { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: standIn.endpoint, AWS_ACCESS_KEY_ID: 'stand-in', AWS_SECRET_ACCESS_KEY: 'stand-in', AWS_REGION: 'eu-west-1' };
}

async function readRecords(): Promise<Map<string, ArticleRecord>> {
  const files = await readdir(join(dataDir, 'articles'));
  const records = await Promise.all(files.map(async (file) => ArticleRecordSchema.parse(JSON.parse(await readFile(join(dataDir, 'articles', file), 'utf8')))));
  return new Map(records.map((record) => [record.url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, ''), record]));
}

const callsFor = (article: ExpectedArticle) => standIn.calls.filter((call) => call.message.startsWith(`Headline: ${article.title}\n`)).length;

let first: Awaited<ReturnType<typeof replay>>;

beforeAll(async () => {
  site = await serveFixtureSite();
  standIn = await startConverseStandIn(answer);
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bedrock-'));
  first = await replay(['--extractor', 'bedrock', '--model', 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', '--feed', `${site.url}/feed.xml`, '--allow-host', '127.0.0.1', '--data-dir', dataDir], bedrockEnv());
}, 240_000);

afterAll(async () => {
  await site.close();
  await standIn.close();
});

describe('npm run replay -- --extractor bedrock', () => {
  it('writes the digests, silently but for its own lines', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^\d{4}-\d{2}-\d{2}  \S+\/digest\.\{json,md,html\}/m);
    expect(standIn.calls.every((call) => call.modelId === 'eu.anthropic.claude-haiku-4-5-20251001-v1:0')).toBe(true);
  });

  it('keeps the grounded claims and drops an invented quote and an unknown status, counting them on the record', async () => {
    const record = (await readRecords()).get(MIXED.path)!;

    expect(record.extractor).toBe('bedrock');
    expect(record.claimsRejected).toBe(2);
    expect(record.extractorUsage).toMatchObject({ cached: false });
    expect(record.claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`).sort()).toEqual(MIXED.claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`).sort());
    const digest = DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', record.digestDate, 'digest.json'), 'utf8')));
    const listed = digest.articles.find((article) => article.id === record.id)!;
    expect(listed.claims.map((claim) => claim.status).sort()).toEqual(['negotiating', 'retained']);
  });

  it('reads a throttled article with the rules after the SDK’s retries, and lists it', async () => {
    const record = (await readRecords()).get(THROTTLED.path)!;

    expect(callsFor(THROTTLED)).toBe(3);
    expect(record.extractor).toBe('rules-fallback');
    expect(record.extractorFallbackReason).toMatch(/bedrock throttled/);
    expect(record.claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`)).toContain('extradition/assad/requested');
    const digest = DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', record.digestDate, 'digest.json'), 'utf8')));
    expect(digest.articles.map((article) => article.id)).toContain(record.id);
  });

  it('makes no model call on a second run over the same data dir, and writes the same digests', async () => {
    const callsBefore = standIn.calls.length;
    const digestsBefore = first.stdout.split('\n').filter((line) => /digest\.\{json/.test(line));

    const second = await replay(['--extractor', 'bedrock', '--model', 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', '--feed', `${site.url}/feed.xml`, '--allow-host', '127.0.0.1', '--data-dir', dataDir], bedrockEnv());

    expect(second.code, second.stderr).toBe(0);
    expect(standIn.calls.length).toBe(callsBefore);
    expect(second.stdout.split('\n').filter((line) => /digest\.\{json/.test(line))).toEqual(digestsBefore);
  }, 120_000);

  it.each([
    [['--model', 'anthropic.claude-haiku-4-5-20251001-v1:0'], /--model: only with --extractor bedrock/],
    [['--extractor', 'openai'], /--extractor openai: not rules or bedrock/],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const result = await replay([...args, '--data-dir', dataDir], {});

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses --extractor bedrock with no AWS region before any work (exit 2)', async () => {
    const result = await replay(['--extractor', 'bedrock', '--data-dir', await mkdtemp(join(tmpdir(), 'sitrep-noregion-'))], {
      AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, AWS_CONFIG_FILE: join(dataDir, 'no-such-config'), AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'no-such-credentials'),
    });

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no AWS region found; set AWS_REGION/);
  });
});
