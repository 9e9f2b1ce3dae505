/**
 * A backfill with page-reading threads gives the digests of a one-worker run, byte for byte: the
 * same seeds and fixture-site feeds replayed over real HTTP into two data dirs, once reading pages
 * in the main thread and once in a pool of two worker threads, with one page gone (404) so a page
 * that fails in a worker is seen to be recorded for that page only.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayReport } from '../../shared/jobs/replay';
import type { FixtureServer } from '../helpers/fixture-server';
import { serveFixtureSite } from '../helpers/fixture-site';

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');
/** A page its feed carries no content for, so nothing stands in for it. */
const GONE_PAGE = 'coastline/news/fewer-russian-warships-at-tartus.html';
/** One clock for both runs: a digest's generatedAt is the only field that reads it. */
const CLOCK = new Date('2025-12-01T06:00:00.000Z');

let server: FixtureServer;
const runs: Record<'oneWorker' | 'twoWorkers', { dataDir: string; report: ReplayReport }> = {} as never;

async function replayWith(workers: number): Promise<{ dataDir: string; report: ReplayReport }> {
  const dataDir = await mkdtemp(join(tmpdir(), `sitrep-workers-${workers}-`));
  const env = await openLocalEnvironment({ dataDir, allowHosts: ['127.0.0.1'], timeZone: 'UTC', recipients: [], workers });
  try {
    const feeds = [{ url: `${server.url}/feed.xml` }, { url: `${server.url}/atom.xml` }];
    const deps = { ...env.deps, now: () => CLOCK, readLocalFeed: (path: string) => readFile(path, 'utf8') };
    return { dataDir, report: await replay(await loadSeedCorpus(seedsDir), feeds, deps) };
  } finally {
    await env.close();
  }
}

/** Every file under `dir`, relative path → content. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  server = await serveFixtureSite({ missing: [GONE_PAGE] });
  runs.oneWorker = await replayWith(1);
  runs.twoWorkers = await replayWith(2);
}, 300_000);

afterAll(() => server.close());

describe('replay with page-reading worker threads', () => {
  it('writes byte-identical digests to a one-worker run', async () => {
    // Act
    const oneWorker = await readTree(join(runs.oneWorker.dataDir, 'digests'));
    const twoWorkers = await readTree(join(runs.twoWorkers.dataDir, 'digests'));
    // Assess
    expect(oneWorker.size).toBeGreaterThan(10);
    expect([...twoWorkers.keys()].sort()).toEqual([...oneWorker.keys()].sort());
    for (const [path, content] of oneWorker) expect(twoWorkers.get(path), path).toBe(content);
  });

  it('records the page that failed in a worker on that page only, and reads every other one', async () => {
    // Act
    const listed = runs.twoWorkers.report.days.flatMap((day) => day.digest.articles).filter((article) => article.url.startsWith(server.url));
    const gone = listed.filter((article) => article.url.endsWith(GONE_PAGE));
    // Assess
    expect(runs.twoWorkers.report.failures).toEqual([]);
    expect(gone).toHaveLength(1);
    expect(gone[0]?.error).toMatch(/404/);
    expect(listed.filter((article) => article.error)).toHaveLength(1);
    expect(listed.length).toBe(16);
  });
});
