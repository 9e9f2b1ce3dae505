/**
 * Issue 14: the README's fixture replay over HTTP works as written. `npm run replay:fixtures`
 * serves test/fixtures/site on 127.0.0.1 with its feeds linked to it and replays both feeds: every
 * one of the 16 distinct articles (11 RSS items + 9 Atom entries, 4 in both; fixture README) is
 * fetched and read, none listed with a fetch error.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestSchema } from '../../shared/model/digest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-fixtures-command-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run replay:fixtures', () => {
  it('replays the fixture site over HTTP: all 16 articles read, exit 0', async () => {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'replay:fixtures', '--', '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });

    expect(stderr).toBe('');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ digests, 21 articles \(5 seeds\) in [\d.]+ s$/);
    const dates = await readdir(join(dataDir, 'digests'));
    const digests = await Promise.all(dates.map(async (date) => DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', date, 'digest.json'), 'utf8')))));
    const fetched = digests.flatMap((digest) => digest.articles).filter((article) => !article.id.startsWith('seed:'));
    expect(fetched).toHaveLength(16);
    expect(fetched.filter((article) => article.error !== undefined)).toEqual([]);
    expect(fetched.every((article) => article.url.startsWith('http://127.0.0.1:'))).toBe(true);
  }, 180_000);
});
