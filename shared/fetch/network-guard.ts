import { BlockList, isIP } from 'node:net';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { FetchError } from './fetch-error';

/**
 * Address ranges no fetch may reach: private, loopback, link-local (cloud metadata), CGNAT,
 * unspecified, multicast, reserved, documentation and benchmarking ranges (RFC 6890 registry).
 * IPv4-mapped IPv6 is unwrapped before the check; NAT64 prefixes are refused outright because
 * they can embed any IPv4 address.
 */
const IPV4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];
const IPV6_BLOCKED: Array<[string, number]> = [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
];

const blocked = new BlockList();
for (const [network, prefix] of IPV4_BLOCKED) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6_BLOCKED) blocked.addSubnet(network, prefix, 'ipv6');

/** True when `address` (an IP literal, IPv6 without brackets) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  // A zone index (fe80::1%eth0) only ever scopes a link-local or otherwise local address.
  if (address.includes('%')) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !blocked.check(address, 'ipv4');
  const mapped = unwrapMappedIpv4(address);
  if (mapped) return !blocked.check(mapped, 'ipv4');
  return !blocked.check(address, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped IPv6 address, whatever its spelling. */
function unwrapMappedIpv4(address: string): string | null {
  // The WHATWG serialiser spells every IPv4-mapped address the same way: [::ffff:xxxx:xxxx].
  const canonical = new URL(`http://[${address}]/`).hostname;
  const match = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(canonical);
  if (!match) return null;
  const high = Number.parseInt(match[1] ?? '', 16);
  const low = Number.parseInt(match[2] ?? '', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
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
