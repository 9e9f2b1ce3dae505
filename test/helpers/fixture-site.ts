import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { startFixtureServer, type FixtureServer, type Routes } from './fixture-server';

export const FIXTURE_SITE_DIR = join(import.meta.dirname, '..', 'fixtures', 'site');
/** The origin the fixture feeds link to (it never resolves); the server below swaps in its own. */
export const FIXTURE_ORIGIN = 'https://fixtures.sitrep.invalid';

/**
 * Serves the fixture site on 127.0.0.1: every page as written, and the feeds with their origin
 * replaced by the server's own. `missing` paths answer 404 (a page
 * removed after the feed listed it).
 */
export async function serveFixtureSite(options: { missing?: string[] } = {}): Promise<FixtureServer> {
  const files = await listFiles(FIXTURE_SITE_DIR);
  const routes: Routes = {};
  let port = 0;
  for (const file of files) {
    const path = '/' + relative(FIXTURE_SITE_DIR, file).split(sep).join('/');
    const body = await readFile(file, 'utf8');
    const isFeed = file.endsWith('.xml');
    routes[path] = (_request, response) => {
      if (options.missing?.includes(path.slice(1))) return void response.writeHead(404).end('gone');
      response.writeHead(200, {
        'content-type': isFeed ? 'application/xml; charset=utf-8' : 'text/html; charset=utf-8',
      });
      response.end(isFeed ? body.replaceAll(FIXTURE_ORIGIN, `http://127.0.0.1:${port}`) : body);
    };
  }
  const server = await startFixtureServer(routes);
  port = server.port;
  return server;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => file.endsWith('.xml') || file.endsWith('.html'));
}
