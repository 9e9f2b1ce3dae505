/**
 * Issue 14: errors a person can act on. Every named feed that cannot be read makes the replay exit
 * 1 and is counted at the end of the summary; a refused loopback feed names --allow-host; bad
 * arguments and an unusable or busy data dir are refused before any work with exit 2 and no stack
 * trace; the AWS SDK's Node-version notice is not printed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe } from '../../functions/cli/serve';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
// A JPEG's first bytes: what a mistyped --feed pointing at a photo reads.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

let scratch: string;
let server: FixtureServer;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sitrep-errors-'));
  server = await startFixtureServer({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>t</title></channel></rss>' } });
});
afterAll(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Runs the CLI as a person would, without the test run's own switch for the SDK notice. */
async function replay(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: _, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['functions/cli/replay.ts', ...args], { cwd: root, env: { ...env, POWERTOOLS_LOG_LEVEL: 'SILENT' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

async function filesUnder(directory: string): Promise<string[]> {
  return readdir(directory, { recursive: true }).catch(() => []);
}

describe('npm run replay: failures are counted and the exit status is honest', () => {
  it('exits 1 when no named feed could be read, names each, counts them last, and says --allow-host exists', async () => {
    // Prepare: a missing file, a directory, a JPEG, an empty file, a closed port, a loopback host not allowed.
    const jpeg = join(scratch, 'photo.jpg');
    const empty = join(scratch, 'empty.xml');
    await writeFile(jpeg, JPEG);
    await writeFile(empty, '');
    const closed = 'http://127.0.0.1:9/feed.xml';
    const loopback = `http://localhost:${server.port}/feed.xml`;
    const feeds = [join(scratch, 'missing.xml'), scratch, jpeg, empty, closed, loopback];
    // Act
    const result = await replay([...feeds.flatMap((feed) => ['--feed', feed]), '--allow-host', '127.0.0.1', '--data-dir', join(scratch, 'data')]);
    // Assess
    expect(result.code).toBe(1);
    for (const feed of feeds) expect(result.stderr).toContain(`feed failed: ${feed}: `);
    expect(result.stderr).toContain('pass --allow-host localhost to fetch from it');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/; 6 of 6 feeds could not be read$/);
    expect(result.stderr).not.toMatch(/NodeVersionSupportWarning|\n\s+at /);
  }, 120_000);

  it.each([
    { name: 'an unknown time zone', args: ['--time-zone', 'Mars/Olympus'], says: '--time-zone Mars/Olympus: not an IANA time zone' },
    { name: 'a recipient that is not an address', args: ['--to', 'notanemail'], says: '--to notanemail: not an email address' },
    { name: 'a limit that is not a number', args: ['--max-items-per-feed', 'lots'], says: '--max-items-per-feed lots: not a whole number' },
  ])('refuses $name with exit 2 before writing anything', async ({ args, says }) => {
    const dataDir = join(scratch, `usage-${args[0]!.slice(2)}`);

    const result = await replay([...args, '--feed', 'test/fixtures/site/feed.xml', '--data-dir', dataDir]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(result.stderr).toContain('Usage: npm run replay');
    expect(result.stdout).toBe('');
    expect(await filesUnder(dataDir)).toEqual([]);
  }, 60_000);

  it('refuses a data dir it cannot write with exit 2, naming it', async () => {
    const file = join(scratch, 'a-file');
    await writeFile(file, 'not a directory');

    const result = await replay(['--data-dir', join(file, 'data')]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`the data dir ${join(file, 'data')} is not writable (ENOTDIR)`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses a data dir that npm run serve holds, naming it, instead of "Database is closed"', async () => {
    const dataDir = join(scratch, 'shared');
    const serve = await startServe({ dataDir, port: 0 });
    try {
      const result = await replay(['--data-dir', dataDir]);

      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`the data dir ${dataDir} is in use by another sitrep process (npm run serve, pid ${process.pid})`);
      expect(result.stderr).not.toContain('Database is closed');
    } finally {
      await serve.close();
    }
    // Once serve has stopped, the replay runs.
    expect((await replay(['--data-dir', dataDir])).code).toBe(0);
  }, 120_000);
});
