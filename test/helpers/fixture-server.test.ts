import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server';

/** A raw GET (no URL normalisation, so `..` reaches the server as written). */
function get(url: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    outgoing.on('error', reject).end();
  });
}

describe('startFixtureServer', () => {
  it('serves a folder by path with a content type, and refuses to leave it', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'fixture-'));
    await writeFile(join(root, 'feed.xml'), '<rss/>');
    const server = await startFixtureServer(root);
    try {
      // Act
      const feed = await get(server.url, '/feed.xml');
      const escape = await get(server.url, '/..%2f..%2fetc%2fpasswd');
      const missing = await get(server.url, '/nope.html');
      // Assess
      expect(feed).toEqual({ status: 200, type: 'application/xml; charset=utf-8', body: '<rss/>' });
      expect(escape.status).toBe(403);
      expect(missing.status).toBe(404);
      expect(server.requests.map((entry) => entry.path)).toEqual(['/feed.xml', '/..%2f..%2fetc%2fpasswd', '/nope.html']);
    } finally {
      await server.close();
    }
  });

  it('serves a route table of canned and hand-written responses', async () => {
    const server = await startFixtureServer({
      '/canned': { status: 201, headers: { 'content-type': 'text/plain' }, body: 'made' },
      '/handler': (_request, response) => void response.writeHead(418).end('teapot'),
    });
    try {
      expect(await get(server.url, '/canned?x=1')).toMatchObject({ status: 201, body: 'made' });
      expect(await get(server.url, '/handler')).toMatchObject({ status: 418, body: 'teapot' });
      expect(server.connections).toBeGreaterThanOrEqual(1);
    } finally {
      await server.close();
    }
  });
});
