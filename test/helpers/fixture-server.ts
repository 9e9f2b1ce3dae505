import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A route that writes its own response (slow drips, lies, redirects…). */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
/** A canned response. */
export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}
/** Routes keyed by path (query string ignored). */
export type Routes = Record<string, RouteHandler | StaticRoute>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** TCP connections accepted so far (a connection may carry no complete request). */
  readonly connections: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * A real HTTP server for tests, serving either a route table or a folder (by path; `..` refused).
 * Listens on 127.0.0.1 by default; pass `host` for another loopback address.
 */
export async function startFixtureServer(source: Routes | string, options: { host?: string } = {}): Promise<FixtureServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  let connections = 0;
  const handle = typeof source === 'string' ? serveFolder(resolve(source)) : serveRoutes(source);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    Promise.resolve(handle(path, request, response)).catch(() => response.destroy());
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

type Handle = (path: string, request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

function serveRoutes(routes: Routes): Handle {
  return (path, request, response) => {
    const route = routes[path];
    if (!route) return void response.writeHead(404).end('not found');
    if (typeof route === 'function') return route(request, response);
    response.writeHead(route.status ?? 200, route.headers ?? {});
    response.end(route.body ?? '');
  };
}

function serveFolder(root: string): Handle {
  return async (path, _request, response) => {
    const file = resolve(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end('forbidden');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  };
}
