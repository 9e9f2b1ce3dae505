import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema, type FetchLimits } from '../../shared/config/config';
import { extractArticle } from '../../shared/extract/extract-article';
import { ExtractionError } from '../../shared/extract/extraction-error';
import { FetchError } from '../../shared/fetch/fetch-error';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('limits');
const MB = 1024 * 1024;
const fetcherWith = (overrides: Partial<FetchLimits> = {}) =>
  createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], maxBytes: MB, ...overrides }));

/** Writes `total` bytes of HTML in 64 KB chunks, stopping when the client goes away. */
function streamBytes(response: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

/** A raw TCP server for responses Node's HTTP server refuses to send (a lying Content-Length). */
async function startRawServer(reply: string | Buffer): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.once('data', () => socket.end(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function failureOf(url: string, purpose: 'page' | 'feed' = 'page', overrides: Partial<FetchLimits> = {}) {
  const started = Date.now();
  const { value, error } = await figures.observe([FetchError], () => fetcherWith(overrides).fetch({ url, purpose }));
  return { value, reason: (error as FetchError | undefined)?.reason, elapsedMs: Date.now() - started };
}

describe('hostile: limits (cases 7–11)', () => {
  let site: FixtureServer;
  const drips: NodeJS.Timeout[] = [];
  beforeAll(async () => {
    site = await startFixtureServer({
      '/huge-chunked': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        streamBytes(response, 50 * MB);
      },
      '/huge-declared': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * MB) });
        streamBytes(response, 50 * MB);
      },
      '/bomb': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(64 * MB, ' ')) },
      '/drip': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write('<')), 1000);
        drips.push(timer);
      },
      '/pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7\n' + 'x'.repeat(1000) },
      '/binary': { headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 1, 2, 3]) },
      '/pdf-as-html': { headers: { 'content-type': 'text/html' }, body: '%PDF-1.7\n%\u00e2\u00e3' },
      '/dom-bomb': { headers: { 'content-type': 'text/html' }, body: `<html><body>${'<i>x</i>'.repeat(300_000)}</body></html>` },
    });
  });
  afterAll(async () => {
    for (const timer of drips) clearInterval(timer);
    await site.close();
  });

  it('case 7: a 50 MB article and a lying Content-Length stop at the size cap', async () => {
    // Prepare
    const lyingShort = await startRawServer(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n${'a'.repeat(3 * MB)}`);
    const unlabelledEndless = await startRawServer(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n${'a'.repeat(3 * MB)}`);
    try {
      // Act
      const chunked = await failureOf(`${site.url}/huge-chunked`);
      const declared = await failureOf(`${site.url}/huge-declared`);
      const short = await failureOf(lyingShort.url);
      const endless = await failureOf(unlabelledEndless.url);
      // Assess
      expect([chunked.reason, declared.reason, endless.reason]).toEqual(['too_large', 'too_large', 'too_large']);
      expect(short.value?.body.length).toBe(100); // the parser stops at the declared length; the rest is never read
    } finally {
      await lyingShort.close();
      await unlabelledEndless.close();
    }
  });

  it('case 8: a gzip bomb stops at the decompressed-size cap', async () => {
    const heapBefore = process.memoryUsage().arrayBuffers;
    const bomb = await failureOf(`${site.url}/bomb`);
    expect(bomb.reason).toBe('too_large');
    // 64 MB would have been inflated without the streaming cap.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(32 * MB);
  });

  it('case 9: a server dripping one byte a second hits the total deadline', async () => {
    const drip = await failureOf(`${site.url}/drip`, 'page', { timeoutMs: 1500 });
    expect(drip.reason).toBe('timeout');
    expect(drip.elapsedMs).toBeLessThan(4000);
  });

  it('case 10: PDF and binary responses are skipped without parsing', async () => {
    const reasons = [(await failureOf(`${site.url}/pdf`)).reason, (await failureOf(`${site.url}/binary`)).reason, (await failureOf(`${site.url}/pdf-as-html`)).reason, (await failureOf(`${site.url}/pdf`, 'feed')).reason];
    expect(reasons).toEqual(['unsupported_type', 'unsupported_type', 'unsupported_type', 'unsupported_type']);
  });

  it('case 11: a page with 300,000 elements is refused before jsdom', async () => {
    // Prepare
    const { value: page } = await figures.observe([FetchError], () => fetcherWith({ maxBytes: 5 * MB }).fetch({ url: `${site.url}/dom-bomb`, purpose: 'page' }));
    const started = Date.now();
    // Act
    const { error } = await figures.observe([ExtractionError], () => extractArticle(page?.text ?? '', `${site.url}/dom-bomb`));
    // Assess
    expect((error as ExtractionError | undefined)?.reason).toBe('too_many_elements');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
