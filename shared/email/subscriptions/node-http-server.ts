import { createServer, type IncomingMessage, type Server } from 'node:http';
import { handleSubscriptionRequest } from './handle-subscription-request';
import { MAX_REQUEST_BODY_BYTES, type SubscriptionRequest } from './http-types';
import type { SubscriptionDeps } from './subscription-deps';

/** The subscription endpoint on a Node HTTP server, for `npm run serve` and the HTTP tests. */
export function createSubscriptionServer(deps: SubscriptionDeps): Server {
  return createServer((incoming, outgoing) => {
    toSubscriptionRequest(incoming)
      .then((request) => (request ? handleSubscriptionRequest(request, deps) : tooLarge()))
      .then((response) => {
        outgoing.writeHead(response.status, response.headers).end(response.body);
      })
      .catch((error: unknown) => {
        deps.logger.error('Subscription request failed', { error: error as Error });
        if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        outgoing.end('Internal error');
      });
  });
}

/**
 * Reads the request; null when its body exceeds the limit. An oversized body is drained, not kept:
 * breaking off the read would reset the socket before the 413 reaches the client.
 */
async function toSubscriptionRequest(incoming: IncomingMessage): Promise<SubscriptionRequest | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size <= MAX_REQUEST_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_REQUEST_BODY_BYTES) return null;
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(incoming.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
    clientAddress: incoming.socket.remoteAddress,
  };
}

async function tooLarge() {
  return { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }, body: 'Request too large' };
}
