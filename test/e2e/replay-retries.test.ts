/**
 * Issue 14: an article whose page failed for a passing reason is fetched again by the next replay
 * and lands in the digest of its publication day, that day rebuilt; a permanent failure (404) is
 * recorded once with its reason and never fetched again. Through the real CLI against a real
 * HTTP server on 127.0.0.1 that answers 503 first and recovers.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestSchema, type Digest } from '../../shared/model/digest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { FIXTURE_SITE_DIR } from '../helpers/fixture-site';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const WARSHIPS = '/coastline/news/fewer-russian-warships-at-tartus.html';
const GONE = '/coastline/news/moscow-says-no-to-assad-request.html';

let server: FixtureServer;
let dataDir: string;
let pageIsUp = false;

function feed(origin: string): string {
  const item = (title: string, path: string, date: string) =>
    `<item><title>${title}</title><link>${origin}${path}</link><guid isPermaLink="false">${path}</guid><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastline Daily</title><link>${origin}/</link>${[
    item('Fewer Russian warships at Tartus as Moscow trims its Mediterranean presence', WARSHIPS, 'Thu, 23 Oct 2025 07:40:00 GMT'),
    item('Moscow says no to Assad request', GONE, 'Tue, 28 Oct 2025 10:00:00 GMT'),
  ].join('')}</channel></rss>`;
}

beforeAll(async () => {
  const page = await readFile(join(FIXTURE_SITE_DIR, WARSHIPS), 'utf8');
  server = await startFixtureServer({
    '/feed.xml': (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(server.url)),
    [WARSHIPS]: (_request, response) => {
      if (!pageIsUp) return void response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    },
    [GONE]: { status: 404, body: 'not here' },
  });
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-retries-'));
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function replay(): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['functions/cli/replay.ts', '--feed', `${server.url}/feed.xml`, '--allow-host', '127.0.0.1', '--data-dir', dataDir];
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'tsx'), args, { cwd: root, env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

async function readDigest(date: string): Promise<Digest> {
  return DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', date, 'digest.json'), 'utf8')));
}

const requestsFor = (path: string) => server.requests.filter((request) => request.path === path).length;

describe('npm run replay retries what failed for a passing reason', () => {
  it('records the 503 for a later try, fetches it on the next run into its own day, and never refetches the 404', async () => {
    // Act: the page is down.
    const first = await replay();

    // Assess: recorded with its reason and the next try; the 404 recorded as it is.
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toMatch(/; 1 article to try again on the next run$/);
    const down = (await readDigest('2025-10-23')).articles.find((article) => article.url.endsWith(WARSHIPS))!;
    expect(down.error).toMatch(/^fetch failed \(http_status\).*503.*; try 1 of 5, next after /);
    expect(down.retry).toMatchObject({ tries: 1, gaveUp: false });
    const gone = (await readDigest('2025-10-28')).articles.find((article) => article.url.endsWith(GONE))!;
    expect(gone.error).toMatch(/^fetch failed \(http_status\).*404/);
    expect(gone.retry).toBeUndefined();
    expect(await readFile(join(dataDir, 'digests', '2025-10-23', 'digest.md'), 'utf8')).not.toContain('Fewer Russian warships');

    // Act: the page is back.
    pageIsUp = true;
    const second = await replay();

    // Assess: read, relevant, with claims, in the digest of 23 October, rebuilt; the reader sees it.
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^2025-10-23 .* 1 article, 1 relevant/m);
    expect(second.stdout.trim().split('\n').at(-1)).not.toMatch(/try again/);
    const read = (await readDigest('2025-10-23')).articles.find((article) => article.url.endsWith(WARSHIPS))!;
    expect(read).toMatchObject({ relevant: true, title: 'Fewer Russian warships at Tartus as Moscow trims its Mediterranean presence' });
    expect(read.error).toBeUndefined();
    expect(read.retry).toBeUndefined();
    expect(read.claims.some((claim) => claim.thread === 'bases' && claim.subject === 'tartus')).toBe(true);
    expect(await readFile(join(dataDir, 'digests', '2025-10-23', 'digest.md'), 'utf8')).toContain('Fewer Russian warships');
    expect(requestsFor(WARSHIPS)).toBe(2);
    expect(requestsFor(GONE)).toBe(1);

    // Act: a third run has nothing left to try.
    const third = await replay();
    expect(third.code, third.stderr).toBe(0);
    expect(requestsFor(WARSHIPS)).toBe(2);
    expect(requestsFor(GONE)).toBe(1);
  }, 180_000);
});
