import { isIP } from 'node:net';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { FetchError } from './fetch-error';

/**
 * The one IPv4 range the guard lets through: ipaddr.js's `unicast`, i.e. none of the RFC 6890
 * special-purpose ranges it knows (private, loopback, link-local and cloud metadata, CGNAT,
 * unspecified, broadcast, multicast, reserved, documentation, benchmarking, AS112, AMT). AS112 and
 * AMT are routable but serve DNS sinks and multicast relays, never a news page.
 */
const PUBLIC_IPV4_RANGE = 'unicast';

/**
 * Where each IPv6 form that carries an IPv4 address keeps it (bytes of the 16), by ipaddr.js range
 * name. On a network with a translator or relay such an address reaches that IPv4 host, so the
 * guard decides on the IPv4 address: every one a form carries must be public.
 */
const EMBEDDED_IPV4: Record<string, (bytes: number[]) => number[][]> = {
  ipv4Mapped: (bytes) => [bytes.slice(12)], // ::ffff:0:0/96, RFC 4291
  rfc6145: (bytes) => [bytes.slice(12)], // ::ffff:0:0:0/96, IPv4-translated, RFC 6145
  rfc6052: (bytes) => [bytes.slice(12)], // 64:ff9b::/96, NAT64 well-known prefix
  '6to4': (bytes) => [bytes.slice(2, 6)], // 2002::/16, RFC 3056: 2002:AABB:CCDD::
  // Teredo 2001::/32, RFC 4380: the server's address, then the client's with every bit inverted.
  teredo: (bytes) => [bytes.slice(4, 8), bytes.slice(12).map((byte) => byte ^ 0xff)],
};

/**
 * NAT64 local-use prefix (RFC 8215): not globally reachable, and where the IPv4 address sits depends
 * on the prefix length the operator chose, so it is refused whatever follows.
 */
const NAT64_LOCAL_USE = ipaddr.parseCIDR('64:ff9b:1::/48');
/**
 * IPv4-compatible ::/96 (RFC 4291, deprecated): ipaddr.js files it under `unicast`, yet Linux can
 * route it to the IPv4 host it embeds; `::` and `::1` are inside it and ipaddr.js names them first.
 */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
/** Global unicast (RFC 4291 §2.4): every IPv6 address outside it is unallocated or special. */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/** True when `address` (an IP literal, IPv6 without brackets) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  // A zone index (fe80::1%eth0) only ever scopes a link-local or otherwise local address.
  if (address.includes('%')) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return ipaddr.IPv4.parse(address).range() === PUBLIC_IPV4_RANGE;
  return isPublicIpv6(ipaddr.IPv6.parse(address));
}

/** Decides an IPv6 address, on the IPv4 address it carries when it carries one. */
function isPublicIpv6(address: ipaddr.IPv6): boolean {
  const range = address.range();
  const bytes = address.toByteArray();
  if (range === 'rfc6052' && address.match(NAT64_LOCAL_USE)) return false;
  const embedded = EMBEDDED_IPV4[range];
  if (embedded) return embedded(bytes).every(isPublicIpv4Bytes);
  if (range !== 'unicast') return false;
  if (address.match(IPV4_COMPATIBLE)) return isPublicIpv4Bytes(bytes.slice(12));
  return address.match(GLOBAL_UNICAST);
}

function isPublicIpv4Bytes(bytes: number[]): boolean {
  return new ipaddr.IPv4(bytes).range() === PUBLIC_IPV4_RANGE;
}

/** A URL's host as an address literal (IPv6 brackets removed), or null when it is a name. */
export function hostAddressLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

/** Host names as the WHATWG URL parser spells them, so `--allow-host 127.0.0.1` matches `0x7f.1` too. */
export function normaliseAllowHosts(hosts: string[]): Set<string> {
  const normalised = new Set<string>();
  for (const host of hosts) {
    try {
      normalised.add(new URL(`http://${host}/`).hostname);
    } catch {
      // An unparsable allow entry can match no URL; ignore it.
    }
  }
  return normalised;
}

/**
 * The static part of the guard, before any I/O: the URL parses, its scheme is http(s), and a
 * literal address host is public or allowed. Returns the parsed URL; throws a FetchError.
 */
export function screenTarget(rawUrl: string, allowed: Set<string>): URL {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch (cause) {
    throw new FetchError('invalid_url', rawUrl, 'not an absolute URL', { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('blocked_scheme', rawUrl, `scheme ${url.protocol} is not fetched`);
  }
  if (url.username || url.password) throw new FetchError('invalid_url', rawUrl, 'credentials in URL');
  const literal = hostAddressLiteral(url.hostname);
  if (literal && !allowed.has(url.hostname) && !isPublicAddress(literal)) {
    throw new FetchError('blocked_address', rawUrl, `address ${literal} is not public`);
  }
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** A dns.lookup-compatible resolver (the `all: true` form is the one the guard calls). */
export type Resolver = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** Raised inside the socket's lookup so the fetcher can tell a refusal from a DNS failure. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  readonly code = 'ESITREP_BLOCKED';
}

/**
 * A `lookup` for http.request that resolves the name and drops every non-public address before the
 * socket connects: the check happens on the address actually used, so DNS rebinding or a name with
 * both public and private records never reaches the private one.
 */
export function createGuardedLookup(resolve: Resolver, allowed: Set<string>) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const usable = allowed.has(hostname) ? addresses : addresses.filter((entry) => isPublicAddress(entry.address));
      const first = usable[0];
      if (!first) {
        const listed = addresses.map((entry) => entry.address).join(', ');
        return callback(new BlockedAddressError(`${hostname} resolves only to non-public addresses (${listed})`), []);
      }
      if (options.all) return callback(null, usable);
      return callback(null, first.address, first.family);
    });
  };
}
