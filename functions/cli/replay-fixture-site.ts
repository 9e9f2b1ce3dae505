/**
 * `npm run replay:fixtures -- [replay options]`: serves the fixture site (test/fixtures/site) on
 * 127.0.0.1 with its feeds' links rewritten from `https://fixtures.sitrep.invalid` (which never
 * resolves) to the server's own origin, and replays both of its feeds over real HTTP with
 * `--allow-host 127.0.0.1`. Other options go to the replay as given (e.g. `--data-dir DIR`).
 *
 * The port is fixed so a second run sees the same URLs (an article's id is its canonical URL).
 */
import './quiet-sdk-warning';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITE_DIR = join(projectRoot, 'test', 'fixtures', 'site');
const FIXTURE_ORIGIN = 'https://fixtures.sitrep.invalid';
export const FIXTURE_SITE_PORT = 8790;

/** Serves the site folder; feeds (.xml) with their origin replaced by `origin`. */
function startSiteServer(port: number): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    const file = resolve(SITE_DIR, `.${path}`);
    if (!file.startsWith(SITE_DIR + sep)) return void response.writeHead(403).end();
    const type = extname(file) === '.xml' ? 'application/xml; charset=utf-8' : 'text/html; charset=utf-8';
    readFile(file, 'utf8').then(
      (body) => response.writeHead(200, { 'content-type': type }).end(type.startsWith('application/xml') ? body.replaceAll(FIXTURE_ORIGIN, origin) : body),
      () => response.writeHead(404).end('not found'),
    );
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(server));
  });
}

async function main(): Promise<number> {
  let server: Server;
  try {
    server = await startSiteServer(FIXTURE_SITE_PORT);
  } catch (error) {
    console.error(`cannot serve the fixture site on 127.0.0.1:${FIXTURE_SITE_PORT}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (is another replay:fixtures running?)`);
    return 2;
  }
  const origin = `http://127.0.0.1:${FIXTURE_SITE_PORT}`;
  const args = ['functions/cli/replay.ts', '--feed', `${origin}/feed.xml`, '--feed', `${origin}/atom.xml`, '--allow-host', '127.0.0.1', ...process.argv.slice(2)];
  console.log(`fixture site: ${origin}/ (test/fixtures/site, feeds linked to it)`);
  try {
    // A child process, because the replay ends with process.exit; it inherits this terminal.
    const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), args, { cwd: process.cwd(), stdio: 'inherit' });
    return await new Promise<number>((resolveExit, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
    });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`replay:fixtures failed: ${(error as Error).message ?? error}`);
    process.exit(1);
  },
);
