/**
 * Issue 14, "a failed article is never retried": which failures are passing and which permanent,
 * decided where a page is read. Every class the issue names, produced for real by the guarded
 * fetcher against a local server (connection refused and reset, time-out, DNS failure, 5xx, 429;
 * 404, 410, the network guard, not an article): a passing one throws for a retry while retries
 * remain and is returned with `passingFailure` on the last chance (so a later try is scheduled); a
 * permanent one is returned with its reason and no later try, whatever the attempt.
 */
import type { LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import type { Resolver } from '../../shared/fetch/network-guard';
import { RetryableProcessError } from '../../shared/jobs/process-errors';
import { readArticlePage } from '../../shared/jobs/read-article-page';
import { articleIdFor, type ArticleJob } from '../../shared/model/article';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

let server: FixtureServer;
/** Accepts a connection and closes it at once with a reset, before any response. */
let resetter: Server;
let resetPort: number;
let closedPort: number;

beforeAll(async () => {
  server = await startFixtureServer({
    '/500': { status: 500, body: 'oops' },
    '/502': { status: 502, body: 'bad gateway' },
    '/503': { status: 503, headers: { 'retry-after': '7200' }, body: 'busy' },
    '/429': { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' },
    '/404': { status: 404, body: 'not found' },
    '/410': { status: 410, body: 'gone' },
    '/photo.jpg': { headers: { 'content-type': 'image/jpeg' }, body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) },
    '/login.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>' },
    '/hangs': () => {
      // Never answers: the fetcher's deadline decides.
    },
  });
  resetter = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => resetter.listen(0, '127.0.0.1', resolve));
  resetPort = (resetter.address() as AddressInfo).port;
  // A port nothing listens on: bound once, then closed.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => resetter.close(() => resolve()));
});

/** Names ending in .invalid never resolve (RFC 6761); answered here without the network. */
const noSuchName: Resolver = (hostname, _options, callback) => {
  if (hostname.endsWith('.invalid')) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address: '127.0.0.1', family: 4 } satisfies LookupAddress]);
};

const fetcher = () => createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], timeoutMs: 500 }), { lookup: noSuchName });

function jobFor(url: string): ArticleJob {
  return { articleId: articleIdFor(url), url, canonicalUrl: url, feedUrl: 'https://levant.example/feed.xml', discoveredAt: '2025-10-21T09:15:00Z', digestDate: '2025-10-21' };
}

const PASSING: Array<[string, () => string, RegExp]> = [
  ['connection refused', () => `http://127.0.0.1:${closedPort}/a`, /^fetch failed \(network\): .*ECONNREFUSED/],
  ['connection reset', () => `http://127.0.0.1:${resetPort}/a`, /^fetch failed \(network\): .*ECONNRESET/],
  ['time-out', () => `${server.url}/hangs`, /^fetch failed \(timeout\)/],
  ['DNS failure', () => 'http://news.sitrep.invalid/a', /^fetch failed \(dns\)/],
  ['HTTP 500', () => `${server.url}/500`, /^fetch failed \(http_status\): .*HTTP 500/],
  ['HTTP 502', () => `${server.url}/502`, /^fetch failed \(http_status\): .*HTTP 502/],
  ['HTTP 503', () => `${server.url}/503`, /^fetch failed \(http_status\): .*HTTP 503/],
  ['HTTP 429', () => `${server.url}/429`, /^fetch failed \(http_status\): .*HTTP 429/],
];

const PERMANENT: Array<[string, () => string, RegExp]> = [
  ['HTTP 404', () => `${server.url}/404`, /^fetch failed \(http_status\): .*HTTP 404/],
  ['HTTP 410', () => `${server.url}/410`, /^fetch failed \(http_status\): .*HTTP 410/],
  ['refused by the network guard', () => 'http://10.1.2.3/a', /^fetch failed \(blocked_address\)/],
  ['not an article (an image)', () => `${server.url}/photo.jpg`, /^fetch failed \(unsupported_type\)/],
  ['not an article (a page with no text)', () => `${server.url}/login.html`, /^extraction failed: no article found/],
];

describe('readArticlePage: passing and permanent failures', () => {
  it.each(PASSING)('%s is passing: thrown for a retry, then returned with a later try due on the last chance', async (_name, url, error) => {
    const job = jobFor(url());

    await expect(readArticlePage(job, fetcher(), { finalAttempt: false })).rejects.toBeInstanceOf(RetryableProcessError);
    const page = await readArticlePage(job, fetcher(), { finalAttempt: true });

    expect(page.extracted).toBeNull();
    expect(page.error).toMatch(error);
    expect(page.passingFailure).toBeDefined();
  });

  it.each(PERMANENT)('%s is permanent: recorded with its reason, never tried again', async (_name, url, error) => {
    const job = jobFor(url());

    for (const finalAttempt of [false, true]) {
      const page = await readArticlePage(job, fetcher(), { finalAttempt });

      expect(page.extracted).toBeNull();
      expect(page.error).toMatch(error);
      expect(page.passingFailure).toBeUndefined();
    }
  });

  it("keeps the server's Retry-After for the schedule of a 429 or 503", async () => {
    const page = await readArticlePage(jobFor(`${server.url}/429`), fetcher(), { finalAttempt: true });

    expect(page.passingFailure).toEqual({ retryAfterSeconds: 120 });
  });
});
