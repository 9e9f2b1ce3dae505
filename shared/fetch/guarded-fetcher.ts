import { lookup as dnsLookup } from 'node:dns';
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { FetchLimits } from '../config/config';
import { isAcceptedMediaType, looksBinary, mediaTypeOf } from './content-type';
import { decodeText } from './decode-text';
import { FetchError, isFetchError } from './fetch-error';
import { BlockedAddressError, createGuardedLookup, normaliseAllowHosts, screenTarget, type Resolver } from './network-guard';
import { readBody } from './read-body';
import { screenRedirect } from './redirect-policy';
import { parseRetryAfter } from './retry-after';
import type { FetchedResource, FetchRequest, HttpFetcher } from './types';

// The contract names this file as the fetch module's entry: its types and error are reachable from here too.
export { FetchError, type FetchFailureReason } from './fetch-error';
export type { FetchedResource, FetchRequest, HttpFetcher } from './types';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT = {
  feed: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  page: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5',
} as const;

/**
 * The one HTTP fetcher every step uses (DESIGN.md, non-negotiables). Built on node:http rather
 * than global fetch because the network guard must see the address the socket actually connects
 * to: a custom `lookup` drops non-public addresses on every hop (see network-guard.ts). Redirects
 * are followed by hand so each hop is re-screened; one deadline covers all hops and the body.
 */
export function createGuardedFetcher(limits: FetchLimits, options: { lookup?: Resolver } = {}): HttpFetcher {
  const allowed = normaliseAllowHosts(limits.allowHosts);
  const lookup = createGuardedLookup(options.lookup ?? (dnsLookup as unknown as Resolver), allowed);
  return {
    screenUrl(url) {
      try {
        screenTarget(url, allowed);
        return null;
      } catch (error) {
        if (isFetchError(error)) return error;
        throw error;
      }
    },
    async fetch(request) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
      try {
        return await fetchFollowingRedirects(request, { limits, allowed, lookup, signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) {
          throw new FetchError('timeout', request.url, `no complete response within ${limits.timeoutMs} ms`, { cause: error });
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

interface HopContext {
  limits: FetchLimits;
  allowed: Set<string>;
  lookup: ReturnType<typeof createGuardedLookup>;
  signal: AbortSignal;
}

async function fetchFollowingRedirects(request: FetchRequest, context: HopContext): Promise<FetchedResource> {
  const headers: OutgoingHttpHeaders = {
    'user-agent': context.limits.userAgent,
    accept: ACCEPT[request.purpose],
    'accept-encoding': 'gzip, deflate, br',
    ...request.headers,
  };
  let url = screenTarget(request.url, context.allowed);
  for (let hop = 0; ; hop += 1) {
    const response = await sendRequest(url, headers, context);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      url = screenRedirect(url, location, hop, { maxRedirects: context.limits.maxRedirects, allowed: context.allowed });
      continue;
    }
    return interpretResponse(request, url, response, context.limits.maxBytes);
  }
}

function sendRequest(url: URL, headers: OutgoingHttpHeaders, context: HopContext): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false — a fresh socket per hop, so every connection goes through the guarded lookup.
    const outgoing = client.request(url, { method: 'GET', headers, lookup: context.lookup, signal: context.signal, agent: false });
    outgoing.on('response', resolve);
    outgoing.on('error', (error) => reject(classifyConnectionError(error, url.href)));
    outgoing.end();
  });
}

function classifyConnectionError(error: unknown, url: string): FetchError {
  const code = (error as { code?: string }).code;
  if (error instanceof BlockedAddressError || code === 'ESITREP_BLOCKED') {
    return new FetchError('blocked_address', url, (error as Error).message, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
    return new FetchError('dns', url, 'host name did not resolve', { cause: error });
  }
  return new FetchError('network', url, `connection failed (${code ?? 'unknown'})`, { cause: error });
}

async function interpretResponse(request: FetchRequest, url: URL, response: IncomingMessage, maxBytes: number): Promise<FetchedResource> {
  const status = response.statusCode ?? 0;
  const headers = flattenHeaders(response);
  const contentType = mediaTypeOf(headers['content-type']);
  const resource = { requestedUrl: request.url, finalUrl: url.href, status, headers, contentType };
  if (status === 304) {
    response.destroy();
    return { ...resource, body: new Uint8Array(), text: '' };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    const retryAfterSeconds = parseRetryAfter(headers['retry-after'], new Date());
    throw new FetchError('http_status', url.href, `HTTP ${status}`, { status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });
  }
  if (!isAcceptedMediaType(contentType, request.purpose)) {
    response.destroy();
    throw new FetchError('unsupported_type', url.href, `content type ${contentType} is not read as a ${request.purpose}`);
  }
  const declaredLength = Number(headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    response.destroy();
    throw new FetchError('too_large', url.href, `Content-Length ${declaredLength} exceeds ${maxBytes} bytes`);
  }
  const body = await readBody(response, url.href, maxBytes);
  if (looksBinary(body)) throw new FetchError('unsupported_type', url.href, 'binary content');
  return { ...resource, body, text: decodeText(body, headers['content-type']) };
}

function flattenHeaders(response: IncomingMessage): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
