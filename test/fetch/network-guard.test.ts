import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { FetchError } from '../../shared/fetch/fetch-error';
import { createGuardedLookup, isPublicAddress, normaliseAllowHosts, screenTarget, type Resolver } from '../../shared/fetch/network-guard';
import { screenRedirect } from '../../shared/fetch/redirect-policy';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true], ['8.8.8.8', true], ['2606:4700::1111', true],
    ['127.0.0.1', false], ['127.8.9.10', false], ['10.0.0.5', false], ['172.16.0.1', false], ['172.31.255.255', false],
    ['192.168.1.1', false], ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false], ['224.0.0.1', false],
    ['255.255.255.255', false], ['::1', false], ['::', false], ['fe80::1', false], ['fd00::5', false], ['ff02::1', false],
    ['::ffff:169.254.169.254', false], ['::ffff:a9fe:a9fe', false], ['0:0:0:0:0:ffff:7f00:1', false], ['::ffff:8.8.8.8', true],
    ['64:ff9b::a9fe:a9fe', false], ['not-an-ip', false], ['fe80::1%eth0', false], ['2606:4700::1%2', false],
  ])('%s → public %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  // Every IPv6 form that carries an IPv4 address is decided on that address (issue 16).
  it.each([
    // IPv4-compatible ::/96
    ['::127.0.0.2', false], ['::7f00:2', false], ['::10.0.0.1', false], ['::169.254.169.254', false], ['::8.8.8.8', true],
    // IPv4-translated ::ffff:0:0:0/96
    ['::ffff:0:127.0.0.2', false], ['::ffff:0:7f00:2', false], ['0:0:0:0:ffff:0:c0a8:101', false], ['::ffff:0:8.8.8.8', true],
    // NAT64: the well-known prefix carries the address in its last 32 bits; the local-use /48 is never global
    ['64:ff9b::127.0.0.1', false], ['64:ff9b::10.1.2.3', false], ['64:ff9b::8.8.8.8', true], ['64:ff9b:1::808:808', false],
    ['64:ff9b:1:7f00:1::', false],
    // 6to4 2002:AABB:CCDD::/48
    ['2002:7f00:2::', false], ['2002:a9fe:a9fe::1', false], ['2002:c0a8:101:1::1', false], ['2002:808:808::1', true],
    // Teredo 2001:0:SERVER::CLIENT-inverted: both must be public (f7f7:f7f7 is 8.8.8.8, 80ff:fffe is 127.0.0.1)
    ['2001:0:808:808::80ff:fffe', false], ['2001:0:a00:1::f7f7:f7f7', false], ['2001:0:808:808::f7f7:f7f7', true],
  ])('%s (embeds IPv4) → public %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it.each([
    // Not globally routable: documentation, discard, benchmarking, ORCHID, segment routing, unallocated space
    ['2001:db8::1', false], ['3fff::1', false], ['100::1', false], ['2001:2::1', false], ['2001:20::1', false],
    ['5f00::1', false], ['4000::1', false], ['8000::1', false], ['2a00:1450:4001::200e', true],
    // IPv4 special-purpose ranges beside the private ones
    ['192.0.0.9', false], ['192.88.99.1', false], ['198.18.0.1', false], ['198.51.100.7', false], ['240.0.0.1', false],
  ])('%s (special purpose) → public %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('screenTarget', () => {
  const none = normaliseAllowHosts([]);
  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'blocked_address'],
    ['http://2130706433/', 'blocked_address'],
    ['http://0x7f.1/', 'blocked_address'],
    ['http://0177.0.0.1/', 'blocked_address'],
    ['http://[::ffff:169.254.169.254]/', 'blocked_address'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'blocked_address'],
    ['http://[::1]/', 'blocked_address'],
    ['http://[::127.0.0.2]/', 'blocked_address'],
    ['http://[::ffff:0:127.0.0.2]/', 'blocked_address'],
    ['http://[2002:a9fe:a9fe::]/', 'blocked_address'],
    ['file:///etc/passwd', 'blocked_scheme'],
    ['ftp://example.com/x', 'blocked_scheme'],
    ['gopher://example.com/', 'blocked_scheme'],
    ['data:text/html,<b>x</b>', 'blocked_scheme'],
    ['javascript:alert(1)', 'blocked_scheme'],
    ['not a url', 'invalid_url'],
    ['http://user:pass@example.com/', 'invalid_url'],
  ])('%s → %s', (url, reason) => {
    expect(() => screenTarget(url, none)).toThrow(expect.objectContaining({ reason }));
  });

  it('lets a public name through and an allowed loopback host, however it is spelled', () => {
    // Prepare
    const allowed = normaliseAllowHosts(['127.0.0.1']);
    // Act / Assess
    expect(screenTarget('https://example.com/a', none).hostname).toBe('example.com');
    expect(screenTarget('http://0x7f.0.0.1:8080/feed', allowed).hostname).toBe('127.0.0.1');
    expect(() => screenTarget('http://127.0.0.2/', allowed)).toThrow(FetchError);
  });
});

describe('screenRedirect', () => {
  const policy = { maxRedirects: 5, allowed: normaliseAllowHosts([]) };
  it.each([
    ['https://example.com/a', 'http://example.com/b', 0, 'insecure_redirect'],
    ['http://example.com/a', 'http://10.0.0.5/', 0, 'blocked_address'],
    ['http://example.com/a', 'gopher://example.com/', 0, 'blocked_scheme'],
    ['http://example.com/a', '/b', 5, 'too_many_redirects'],
  ])('%s → %s at hop %i refused (%s)', (from, location, hop, reason) => {
    expect(() => screenRedirect(new URL(from), location, hop, policy)).toThrow(expect.objectContaining({ reason }));
  });

  it('resolves a relative location and allows an upgrade to HTTPS', () => {
    expect(screenRedirect(new URL('http://example.com/a/b'), '../c', 4, policy).href).toBe('http://example.com/c');
    expect(screenRedirect(new URL('http://example.com/a'), 'https://example.com/a', 0, policy).protocol).toBe('https:');
  });
});

describe('createGuardedLookup', () => {
  const resolverFor = (addresses: string[]): Resolver => (_host, _options, callback) =>
    callback(null, addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })));
  const lookUp = (resolver: Resolver, allow: string[], all: boolean) =>
    new Promise<{ error: Error | null; result: unknown }>((resolve) =>
      createGuardedLookup(resolver, normaliseAllowHosts(allow))('news.example', { all } as never, (error, result) => resolve({ error, result })),
    );

  it('drops the private records of a name that has public ones too', async () => {
    // Act
    const all = await lookUp(resolverFor(['127.0.0.2', '93.184.216.34', '::1']), [], true);
    const one = await lookUp(resolverFor(['10.0.0.1', '93.184.216.34']), [], false);
    // Assess
    expect(all.result).toEqual([{ address: '93.184.216.34', family: 4 }]);
    expect(one.result).toBe('93.184.216.34');
  });

  it('fails a name with only private records unless the name is allowed', async () => {
    const refused = await lookUp(resolverFor(['169.254.169.254']), [], true);
    const allowed = await lookUp(resolverFor(['127.0.0.1']), ['news.example'], true);
    expect(refused.error).toMatchObject({ code: 'ESITREP_BLOCKED' });
    expect(allowed.result).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
});
