import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../../shared/fetch/network-guard';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('feed hosts');
const FETCH_TIMEOUT_MS = 1_500;
const RETRY_AFTER_SECONDS = 7_200;
/** The first back-off of a failing feed without Retry-After (feed-state-store.ts). */
const FIRST_BACKOFF_MS = 15 * 60 * 1000;
const GOOD_HOSTS = ['wire-a.test', 'wire-b.test', 'wire-c.test'];
const BAD_HOSTS = { busy: 'busy.test', broken: 'broken.test', stalled: 'stalled.test', gone: 'gone.test' };
const START = new Date('2025-10-20T09:00:00Z');

/** Every test host is the fixture server on 127.0.0.1, except gone.test, which does not resolve. */
const resolveTestHosts: Resolver = (hostname, _options, callback) => {
  if (hostname === BAD_HOSTS.gone) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    return void setImmediate(() => callback(error, []));
  }
  const address: LookupAddress = { address: '127.0.0.1', family: 4 };
  setImmediate(() => callback(null, [address]));
};

const rss = (host: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${host}</title>${['tartus', 'hmeimim']
    .map((slug) => `<item><title>Russia and Syria discuss ${slug} base</title><link>https://${host}/news/${slug}</link></item>`)
    .join('')}</channel></rss>`;

describe('hostile: feed hosts that fail (case 26)', () => {
  let site: FixtureServer;
  let harness: PollHarness;
  beforeAll(async () => {
    site = await startFixtureServer({
      ...Object.fromEntries(GOOD_HOSTS.map((host) => [`/${host}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: rss(host) }])),
      [`/${BAD_HOSTS.busy}.xml`]: { status: 429, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
      [`/${BAD_HOSTS.broken}.xml`]: { status: 500, body: 'upstream exploded' },
      // Accepts the request and never answers: only the fetcher's own deadline ends it.
      [`/${BAD_HOSTS.stalled}.xml`]: () => undefined,
    });
    harness = await startPollHarness();
  });
  afterAll(async () => {
    await site?.close();
    await harness?.close();
  });

  const feedUrl = (host: string) => `http://${host}:${site.port}/${host}.xml`;
  const requestsFor = (host: string) => site.requests.filter((request) => request.path === `/${host}.xml`).length;

  it('case 26: 429 with Retry-After, 500, a time-out and an unresolvable name back off; the other feeds finish on time', async () => {
    // Prepare
    const allHosts = [BAD_HOSTS.stalled, BAD_HOSTS.busy, ...GOOD_HOSTS.slice(0, 1), BAD_HOSTS.gone, BAD_HOSTS.broken, ...GOOD_HOSTS.slice(1)];
    const deps = await harness.createDeps({
      limits: { timeoutMs: FETCH_TIMEOUT_MS, allowHosts: [...GOOD_HOSTS, ...Object.values(BAD_HOSTS)] },
      lookup: resolveTestHosts,
      now: START,
    });
    const feeds = allHosts.map((host) => ({ url: feedUrl(host) }));
    const at = (minutes: number) => ({ ...deps, now: () => new Date(START.getTime() + minutes * 60_000) });

    // Act: the first poll, one a minute later, and one after the plain back-off (but inside Retry-After).
    const started = performance.now();
    const { value: first } = await figures.observe([], () => pollFeeds(feeds, deps));
    const elapsedMs = performance.now() - started;
    const requestsAfterFirst = Object.values(BAD_HOSTS).map(requestsFor);
    // Later polls enqueue the same items again (claimed, never processed here): count the first only.
    const enqueued = deps.queue.jobs.map((job) => job.canonicalUrl);
    const backoffMs = async (host: string) => Date.parse((await deps.feedStates.get(feedUrl(host)))!.backoffUntil!) - START.getTime();
    const backoffsAfterFirst = Object.fromEntries(await Promise.all(Object.values(BAD_HOSTS).map(async (host) => [host, await backoffMs(host)])));
    const { value: second } = await figures.observe([], () => pollFeeds(feeds, at(1)));
    const requestsAfterSecond = Object.values(BAD_HOSTS).map(requestsFor);
    const { value: third } = await figures.observe([], () => pollFeeds(feeds, at(16)));

    // Assess: the first poll — good feeds ok, each bad one failed for its own reason, within one time-out.
    const outcomes = (report: typeof first) => Object.fromEntries((report?.feeds ?? []).map((feed) => [new URL(feed.url).hostname, feed.outcome]));
    expect(outcomes(first)).toEqual({
      ...Object.fromEntries(GOOD_HOSTS.map((host) => [host, 'ok'])),
      [BAD_HOSTS.busy]: 'failed', [BAD_HOSTS.broken]: 'failed', [BAD_HOSTS.stalled]: 'failed', [BAD_HOSTS.gone]: 'failed',
    });
    const errorOf = (host: string) => first?.feeds.find((feed) => feed.url === feedUrl(host))?.error ?? '';
    expect(errorOf(BAD_HOSTS.busy)).toMatch(/429/);
    expect(errorOf(BAD_HOSTS.broken)).toMatch(/500/);
    expect(errorOf(BAD_HOSTS.gone)).toMatch(/ENOTFOUND|resolve/i);
    // A loose bound, not a benchmark: one stalled feed costs one fetch time-out, not the run's deadline.
    expect(elapsedMs).toBeLessThan(FETCH_TIMEOUT_MS + 4_000);

    const expected = GOOD_HOSTS.flatMap((host) => [`https://${host}/news/tartus`, `https://${host}/news/hmeimim`]);
    figures.noteItemsLost(expected.filter((url) => !enqueued.includes(url)).length);
    figures.noteDuplicatesStored(enqueued.length - new Set(enqueued).size);
    expect([...enqueued].sort()).toEqual([...expected].sort());

    // Back-off: Retry-After is honoured to the second; the others wait the first exponential step.
    expect(backoffsAfterFirst).toEqual({
      [BAD_HOSTS.busy]: RETRY_AFTER_SECONDS * 1000,
      [BAD_HOSTS.broken]: FIRST_BACKOFF_MS,
      [BAD_HOSTS.stalled]: FIRST_BACKOFF_MS,
      [BAD_HOSTS.gone]: FIRST_BACKOFF_MS,
    });

    // A minute later every bad host is skipped without a request; the good ones are polled as usual.
    expect(outcomes(second)).toMatchObject(Object.fromEntries(Object.values(BAD_HOSTS).map((host) => [host, 'backing_off'])));
    expect(requestsAfterSecond).toEqual(requestsAfterFirst);
    expect(second?.feeds.filter((feed) => feed.outcome === 'ok')).toHaveLength(GOOD_HOSTS.length);

    // After 16 minutes the plain back-offs are over and those hosts are tried again; the 429 host is not.
    expect(outcomes(third)).toMatchObject({
      [BAD_HOSTS.busy]: 'backing_off', [BAD_HOSTS.broken]: 'failed', [BAD_HOSTS.stalled]: 'failed', [BAD_HOSTS.gone]: 'failed',
    });
    expect((await deps.feedStates.get(feedUrl(BAD_HOSTS.broken)))?.consecutiveFailures).toBe(2);
    expect(requestsFor(BAD_HOSTS.busy)).toBe(requestsAfterFirst[0]);
  });
});
