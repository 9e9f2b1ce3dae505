import { FetchError } from './fetch-error';
import { screenTarget } from './network-guard';

/**
 * The next hop of a redirect chain, or the FetchError that stops the chain there: too many hops,
 * an unparsable Location, a refused scheme or literal address, or an HTTPS → HTTP downgrade.
 * `hop` counts the redirects already followed.
 */
export function screenRedirect(from: URL, location: string, hop: number, policy: { maxRedirects: number; allowed: Set<string> }): URL {
  if (hop >= policy.maxRedirects) {
    throw new FetchError('too_many_redirects', from.href, `more than ${policy.maxRedirects} redirects`);
  }
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (cause) {
    throw new FetchError('invalid_url', from.href, 'redirect to an unparsable location', { cause });
  }
  const target = screenTarget(next.href, policy.allowed);
  if (from.protocol === 'https:' && target.protocol === 'http:') {
    throw new FetchError('insecure_redirect', target.href, `redirect from ${from.href} downgrades HTTPS to HTTP`);
  }
  return target;
}
