import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { parseFeed } from '../../shared/feed/parse-feed';
import { FetchError } from '../../shared/fetch/fetch-error';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import type { Resolver } from '../../shared/fetch/network-guard';
import { screenRedirect } from '../../shared/fetch/redirect-policy';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';
import { registerHostileGroup, TRAP_HOST } from './figures';

const figures = registerHostileGroup('network');

/** Only 127.0.0.1 (the fixture "public web") is allowed; the trap on 127.0.0.2 never is. */
const fetcherAllowingFixtures = (overrides: Record<string, unknown> = {}, lookup?: Resolver) =>
  createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], ...overrides }), { lookup });

async function reasonOf(url: string, fetcher = fetcherAllowingFixtures()): Promise<string | undefined> {
  const { error } = await figures.observe([FetchError], () => fetcher.fetch({ url, purpose: 'page' }));
  return (error as FetchError | undefined)?.reason;
}

const rssItem = (title: string, link: string) => `<item><title>${title}</title><link>${link}</link></item>`;
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`;

describe('hostile: network guard (cases 1–9)', () => {
  let site: FixtureServer;
  let harness: PollHarness;
  let trapUrl: string;
  beforeAll(async () => {
    trapUrl = figures.trap.url;
    site = await startFixtureServer({
      '/page': { headers: { 'content-type': 'text/html' }, body: '<p>public page</p>' },
      '/to-trap': { status: 302, headers: { location: `${trapUrl}/secret` } },
      '/to-metadata': { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
      '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
      '/to-compatible': { status: 302, headers: { location: 'http://[::127.0.0.3]/' } },
      '/to-translated': { status: 302, headers: { location: `http://[::ffff:0:${TRAP_HOST}]:${figures.trap.port}/` } },
      '/to-6to4': { status: 302, headers: { location: 'http://[2002:7f00:3::1]/' } },
      ...Object.fromEntries(Array.from({ length: 7 }, (_, hop) => [`/hop${hop}`, { status: 302, headers: { location: `/hop${hop + 1}` } }])),
      '/metadata-feed.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        body: rss(
          rssItem('Russia keeps Tartus naval base, Syria says', 'https://levant.example/tartus') +
          rssItem('Cloud metadata', 'http://169.254.169.254/latest/meta-data/') +
          rssItem('Russian troops at Hmeimim air base in Syria', `${trapUrl}/hmeimim`) +
          rssItem('Syria asks Russia to extradite Assad', 'https://levant.example/assad'),
        ),
      },
    });
    harness = await startPollHarness();
  });
  afterAll(async () => {
    await site.close();
    await harness.close();
  });

  it('case 1: an item linking to the metadata address is rejected before any connection; the rest of the feed goes on', async () => {
    // Prepare
    const deps = await harness.createDeps();
    // Act
    const { value: report } = await figures.observe([], () => pollFeeds([{ url: `${site.url}/metadata-feed.xml` }], deps));
    // Assess
    const outcomes = Object.fromEntries(report?.items.map((item) => [item.url, [item.outcome, item.reason]]) ?? []);
    expect(outcomes['http://169.254.169.254/latest/meta-data/']).toEqual(['rejected', 'blocked_address']);
    expect(outcomes[`${trapUrl}/hmeimim`]).toEqual(['rejected', 'blocked_address']);
    const enqueued = deps.queue.jobs.map((job) => job.url).sort();
    const valid = ['https://levant.example/assad', 'https://levant.example/tartus'];
    figures.noteItemsLost(valid.filter((url) => !enqueued.includes(url)).length);
    figures.noteDuplicatesStored(enqueued.length - new Set(enqueued).size);
    expect(enqueued).toEqual(valid);
    expect(await reasonOf('http://169.254.169.254/latest/meta-data/')).toBe('blocked_address');
    expect(figures.trap.connections).toBe(0);
    // Recorded, not lost: the day's digest lists the refused item with the reason.
    const recorded = await deps.articles.getArticle(report!.items.find((item) => item.url.startsWith('http://169.254'))!.articleId);
    expect(recorded).toMatchObject({ relevant: false, extraction: 'failed' });
    expect(recorded?.error).toMatch(/network guard \(blocked_address\)/);
  });

  it('case 2: 127.0.0.1, localhost, [::1] and 0.0.0.0 are refused when not allowed', async () => {
    // Prepare
    const strict = createGuardedFetcher(FetchLimitsSchema.parse({}));
    const before = site.connections;
    // Act
    const reasons = [];
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']) reasons.push(await reasonOf(`http://${host}:${site.port}/page`, strict));
    // Assess
    expect(reasons).toEqual(['blocked_address', 'blocked_address', 'blocked_address', 'blocked_address']);
    expect(site.connections).toBe(before);
  });

  it.each([
    // Spellings that reach the trap listener if the guard lets them through.
    [`http://2130706434:PORT/`], [`http://0x7f.0.0.2:PORT/`], [`http://0177.0.0.2:PORT/`], [`http://[::ffff:127.0.0.2]:PORT/`],
    // The list, aimed at addresses nothing listens on here.
    ['http://2130706433/'], ['http://0x7f.1/'], ['http://0177.0.0.1/'], ['http://[::ffff:169.254.169.254]/'],
    ['http://[64:ff9b::a9fe:a9fe]/'], ['http://100.64.0.1/'], ['http://10.0.0.5/'], ['http://192.168.1.1/'],
  ])('case 3: %s is refused', async (template) => {
    // Nothing allowed: with 127.0.0.1 allowed, 2130706433 *is* that host and would be let through.
    const url = template.replace('PORT', String(figures.trap.port));
    expect(await reasonOf(url, createGuardedFetcher(FetchLimitsSchema.parse({})))).toBe('blocked_address');
    expect(figures.trap.connections).toBe(0);
  });

  it('case 4: a redirect to a private address, a 6th redirect and an HTTPS→HTTP downgrade are refused at that hop', async () => {
    // Act
    const toTrap = await reasonOf(`${site.url}/to-trap`);
    const toMetadata = await reasonOf(`${site.url}/to-metadata`);
    const sixHops = await reasonOf(`${site.url}/hop0`);
    const sixthTargetRequested = site.requests.some((request) => request.path === '/hop6');
    const fiveHops = await figures.observe([FetchError], () => fetcherAllowingFixtures().fetch({ url: `${site.url}/hop2`, purpose: 'page' }));
    // Assess
    expect([toTrap, toMetadata, sixHops]).toEqual(['blocked_address', 'blocked_address', 'too_many_redirects']);
    expect(sixthTargetRequested).toBe(false);
    expect((fiveHops.error as FetchError | undefined)?.status).toBe(404); // /hop7 is not a route: five hops were followed
    // The downgrade check is the same code on every hop; an HTTPS fixture would need a trusted certificate.
    expect(() => screenRedirect(new URL('https://levant.example/a'), 'http://levant.example/a', 0, { maxRedirects: 5, allowed: new Set() }))
      .toThrow(expect.objectContaining({ reason: 'insecure_redirect' }));
    expect(figures.trap.connections).toBe(0);
  });

  it('case 5: a name resolving to public and private addresses never connects to the private one', async () => {
    // Prepare: the resolver lists the trap first, then a public address that cannot answer here.
    const resolver = (addresses: string[]): Resolver => (_host, _options, callback) =>
      callback(null, addresses.map((address): LookupAddress => ({ address, family: 4 })));
    const mixed = fetcherAllowingFixtures({ timeoutMs: 1500 }, resolver([TRAP_HOST, '93.184.216.34']));
    const privateOnly = fetcherAllowingFixtures({}, resolver([TRAP_HOST, '10.1.2.3']));
    const url = `http://rebind.example:${figures.trap.port}/`;
    // Act
    const mixedOutcome = await figures.observe([FetchError], () => mixed.fetch({ url, purpose: 'page' }));
    const privateReason = await reasonOf(url, privateOnly);
    // Assess
    expect(figures.trap.connections).toBe(0);
    expect(privateReason).toBe('blocked_address');
    if (mixedOutcome.error) expect(['network', 'timeout', 'http_status', 'unsupported_type']).toContain((mixedOutcome.error as FetchError).reason);
  });

  it('case 6: file:, ftp:, gopher:, data: and javascript: links are never fetched and never become items', async () => {
    // Prepare
    const links = ['file:///etc/passwd', 'ftp://levant.example/a', 'gopher://levant.example/', 'data:text/html,<script>x</script>', 'javascript:alert(1)'];
    const feed = rss(links.map((link, index) => rssItem(`Russia Syria ${index}`, link.replace(/&/g, '&amp;').replace(/</g, '&lt;'))).join('') + rssItem('kept', 'https://levant.example/kept'));
    // Act
    const { value: parsed } = await figures.observe([], () => parseFeed(feed, 'https://levant.example/feed.xml'));
    const reasons = [];
    for (const link of links) reasons.push(await reasonOf(link));
    const redirected = await reasonOf(`${site.url}/to-file`);
    // Assess
    expect(parsed?.items.map((item) => item.url)).toEqual(['https://levant.example/kept']);
    expect(reasons).toEqual(links.map(() => 'blocked_scheme'));
    expect(redirected).toBe('blocked_scheme');
  });
  it.each([
    // The spellings, aimed at the trap: IPv4-compatible and IPv4-translated.
    ['http://[::127.0.0.2]:PORT/'], ['http://[::7f00:2]:PORT/'], ['http://[::ffff:0:127.0.0.2]:PORT/'], ['http://[0:0:0:0:ffff:0:7f00:2]:PORT/'],
    // The rest of the class: NAT64 (well-known and local-use), 6to4, Teredo (server or client private).
    ['http://[64:ff9b::127.0.0.2]:PORT/'], ['http://[64:ff9b:1::7f00:2]:PORT/'], ['http://[2002:7f00:2::1]:PORT/'],
    ['http://[2002:a9fe:a9fe::]/latest/meta-data/'], ['http://[2001:0:7f00:2::f7f7:f7f7]:PORT/'], ['http://[2001:0:808:808::80ff:fffd]:PORT/'],
    ['http://[::169.254.169.254]/latest/meta-data/'], ['http://[::ffff:0:a9fe:a9fe]/latest/meta-data/'],
  ])('case 7: an IPv6 literal embedding a private IPv4 address (%s) is refused', async (template) => {
    const url = template.replace('PORT', String(figures.trap.port));
    expect(await reasonOf(url, createGuardedFetcher(FetchLimitsSchema.parse({})))).toBe('blocked_address');
    expect(figures.trap.connections).toBe(0);
  });

  it('case 8: a redirect to an IPv6 form embedding a private IPv4 address is refused at that hop', async () => {
    // Act
    const reasons = [];
    for (const path of ['/to-compatible', '/to-translated', '/to-6to4']) reasons.push(await reasonOf(`${site.url}${path}`));
    // Assess
    expect(reasons).toEqual(['blocked_address', 'blocked_address', 'blocked_address']);
    expect(figures.trap.connections).toBe(0);
  });

  it('case 9: a name whose only records embed private IPv4 addresses is refused before connecting', async () => {
    // Prepare: AAAA records in every embedding form, each carrying the trap or another private address.
    const records = ['::127.0.0.2', '::ffff:0:7f00:2', '64:ff9b::7f00:2', '2002:7f00:2::1', '2001:0:808:808::80ff:fffd', '64:ff9b:1::a00:1'];
    const resolver: Resolver = (_host, _options, callback) => callback(null, records.map((address): LookupAddress => ({ address, family: 6 })));
    // Act
    const reason = await reasonOf(`http://aaaa.example:${figures.trap.port}/`, fetcherAllowingFixtures({}, resolver));
    // Assess
    expect(reason).toBe('blocked_address');
    expect(figures.trap.connections).toBe(0);
  });
});
