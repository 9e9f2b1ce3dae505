import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema, type FetchLimits } from '../../shared/config/config';
import { FetchError } from '../../shared/fetch/fetch-error';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

const limitsWith = (overrides: Partial<FetchLimits> = {}): FetchLimits =>
  FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], ...overrides });

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('createGuardedFetcher against a real server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({
      '/page': { headers: { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }, body: '<p>Tartus</p>' },
      '/conditional': (request, response) => {
        if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end('<rss/>');
      },
      '/gzip': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync('<p>compressed</p>') },
      '/hop1': { status: 302, headers: { location: '/hop2' } },
      '/hop2': { status: 301, headers: { location: '/page' } },
      '/missing': { status: 404 },
      '/busy': { status: 429, headers: { 'retry-after': '120' } },
      '/feed-as-pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' },
      '/pdf-unlabelled': { body: '%PDF-1.7 binary' },
    });
  });
  afterAll(() => server.close());

  it('returns the decoded page with its headers and final URL', async () => {
    // Act
    const page = await createGuardedFetcher(limitsWith()).fetch({ url: `${server.url}/hop1`, purpose: 'page' });
    // Assess
    expect(page.status).toBe(200);
    expect(page.text).toBe('<p>Tartus</p>');
    expect(page.finalUrl).toBe(`${server.url}/page`);
    expect(page.contentType).toBe('text/html');
    expect(page.headers.etag).toBe('"v1"');
  });

  it('passes conditional headers through and resolves a 304 with an empty body', async () => {
    const fetcher = createGuardedFetcher(limitsWith());
    const fresh = await fetcher.fetch({ url: `${server.url}/conditional`, purpose: 'feed' });
    const again = await fetcher.fetch({ url: `${server.url}/conditional`, purpose: 'feed', headers: { 'if-none-match': '"v1"' } });
    expect(fresh.status).toBe(200);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('decompresses gzip and asks for compression', async () => {
    const page = await createGuardedFetcher(limitsWith()).fetch({ url: `${server.url}/gzip`, purpose: 'page' });
    expect(page.text).toBe('<p>compressed</p>');
    expect(server.requests.at(-1)?.headers['accept-encoding']).toContain('gzip');
  });

  it.each([
    ['/missing', 'page', 'http_status'],
    ['/feed-as-pdf', 'feed', 'unsupported_type'],
    ['/pdf-unlabelled', 'page', 'unsupported_type'],
  ] as const)('%s as a %s fails with %s', async (path, purpose, reason) => {
    const failure = await failureOf(createGuardedFetcher(limitsWith()).fetch({ url: `${server.url}${path}`, purpose }));
    expect(failure.reason).toBe(reason);
  });

  it('captures Retry-After on a 429', async () => {
    const failure = await failureOf(createGuardedFetcher(limitsWith()).fetch({ url: `${server.url}/busy`, purpose: 'feed' }));
    expect(failure).toMatchObject({ reason: 'http_status', status: 429, retryAfterSeconds: 120 });
  });

  it('refuses the loopback server when 127.0.0.1 is not allowed, without connecting', async () => {
    const before = server.connections;
    const failure = await failureOf(createGuardedFetcher(limitsWith({ allowHosts: [] })).fetch({ url: `${server.url}/page`, purpose: 'page' }));
    expect(failure.reason).toBe('blocked_address');
    expect(server.connections).toBe(before);
  });

  it('reports a name that does not resolve as a DNS failure', async () => {
    const failure = await failureOf(createGuardedFetcher(limitsWith()).fetch({ url: 'http://no-such-host.invalid/', purpose: 'page' }));
    expect(failure.reason).toBe('dns');
  });
});
