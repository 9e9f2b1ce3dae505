/**
 * The replay's command-line contract (DESIGN.md): a feed given as a file path, one printed line per
 * digest written, and a second run over the same data dir that changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DigestSchema } from '../../shared/model/digest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

async function replay(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['functions/cli/replay.ts', ...args], {
      cwd: root,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const DIGEST_LINE = /^(\d{4}-\d{2}-\d{2})  \S+\/digest\.\{json,md,html\}  \d+ articles?, \d+ relevant, \d+ duplicates?, \d+ changes?/;

describe('npm run replay', () => {
  it('replays a feed file after the seeds, one line per digest, and is a no-op the second time', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-cli-'));
    const args = ['--feed', 'test/fixtures/site/feed.xml', '--data-dir', dataDir];

    const first = await replay(args);

    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n');
    const digestLines = lines.filter((line) => DIGEST_LINE.test(line));
    expect(digestLines.length).toBe(lines.length - 1);
    // feed.xml has 11 items, every third with its content (fixture README): 7 pages cannot be read.
    expect(lines.at(-1)).toMatch(/^\d+ digests, \d+ articles \(5 seeds\) in [\d.]+ s; 7 articles to try again on the next run$/);
    const dates = digestLines.map((line) => DIGEST_LINE.exec(line)![1]!);
    expect(dates).toEqual([...dates].sort());
    expect(dates.slice(0, 2)).toEqual(['2025-10-15', '2025-10-16']);
    // The feed's pages live at a host that never resolves: an item whose content the feed carries is
    // read from the feed; the others are listed with the fetch error, and nothing else stops.
    const digests = await Promise.all(
      dates.map(async (date) => DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', date, 'digest.json'), 'utf8')))),
    );
    const fromFeed = digests.flatMap((digest) => digest.articles).filter((article) => !article.id.startsWith('seed:'));
    const feedItems = (await readFile(join(root, 'test/fixtures/site/feed.xml'), 'utf8')).match(/<item>/g)?.length ?? 0;
    expect(fromFeed).toHaveLength(feedItems);
    expect(fromFeed.filter((article) => /fetch failed \(dns\)/.test(article.error ?? '')).length).toBeGreaterThan(0);
    expect(fromFeed.filter((article) => article.relevant && !article.error && article.claims.length > 0).length).toBeGreaterThan(0);

    // The second run tries the 7 pages again (a passing failure), and they fail the same way.
    const second = await replay(args);

    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.trim().split('\n').filter((line) => DIGEST_LINE.test(line))).toEqual(digestLines);
  }, 120_000);

  it("prints what the README's sample shows for the seeds", async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const sample = /It prints one line per digest written.*\n\n```\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-cli-readme-'));

    const { code, stdout } = await replay(['--data-dir', dataDir]);

    expect(code).toBe(0);
    const printed = stdout.trim().split('\n').map((line) => line.replaceAll(dataDir, '.sitrep').replace(/ in [\d.]+ s$/, ' in N s'));
    expect(printed).toEqual(sample.map((line) => line.replace(/ in [\d.]+ s$/, ' in N s')));
  }, 60_000);

  it('explains its options with --help and refuses an unknown one', async () => {
    const help = await replay(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--allow-host HOST');

    const wrong = await replay(['--feeed', 'x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--feeed'");
  }, 60_000);
});
