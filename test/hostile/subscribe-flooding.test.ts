/**
 * Issue 16, class 3: the double opt-in form as a weapon. Confirmation emails are limited per
 * address (one per cooldown), per client and overall per hour, with the counts in DynamoDB
 * (dynalite here) so the limits hold across Lambda instances; a honeypot field stops naive scripts.
 */
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalMailDeps } from '../../shared/email/local-mail';
import type { ConfirmationLimits } from '../../shared/email/subscriptions/confirmation-limiter';
import { handleSubscriptionRequest } from '../../shared/email/subscriptions/handle-subscription-request';
import { createSubscriptionServer } from '../../shared/email/subscriptions/node-http-server';
import type { SubscribeOutcome, SubscriptionDeps } from '../../shared/email/subscriptions/subscription-deps';
import type { Mailer } from '../../shared/email/types';
import { createLogger } from '../../shared/observability/logger';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('subscribe flooding');
const DEFAULTS: ConfirmationLimits = { cooldownHours: 24, perClientPerHour: 5, perHour: 100 };

describe('hostile: subscribe flooding (cases 1–6)', () => {
  let dynamo: EmbeddedDynamo;
  let dataDir: string;
  let tables = 0;
  beforeAll(async () => {
    process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
    [dynamo, dataDir] = await Promise.all([startEmbeddedDynamo(), mkdtemp(join(tmpdir(), 'sitrep-flood-'))]);
  });
  afterAll(async () => {
    await dynamo.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /**
   * One "Lambda instance" of the endpoint: its own DynamoDB client over the shared table, the outbox
   * mailer, and a record of every confirmation handed to the mailer (the outbox keeps one file per address).
   */
  async function openInstance(options: { table?: string; limits?: ConfirmationLimits; now?: () => Date } = {}) {
    const tableName = options.table ?? `flood-${(tables += 1)}`;
    const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    await ensureTable(client, tableName);
    const local = createLocalMailDeps({ dataDir, client, tableName, confirmationLimits: options.limits ?? DEFAULTS });
    const mailed: string[] = [];
    const outcomes: SubscribeOutcome[] = [];
    const mailer: Mailer = { send: async (email) => (mailed.push(email.to), local.mailer.send(email)) };
    const deps: SubscriptionDeps = {
      ...local, mailer, now: options.now ?? (() => new Date('2025-11-12T10:00:00Z')), logger: createLogger('sitrep-test'),
      onSubscribeOutcome: (outcome) => outcomes.push(outcome),
    };
    const subscribe = (email: string, clientAddress: string, extra: Record<string, string> = {}) =>
      figures.observe([], () => handleSubscriptionRequest(
        { method: 'POST', path: '/subscribe', query: {}, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email, ...extra }).toString(), clientAddress },
        deps,
      )).then(({ value }) => value!);
    return { tableName, deps, mailed, outcomes, subscribe, close: () => client.destroy() };
  }

  it('case 1: 25 requests for one address over HTTP mail it once; every request gets the same page', async () => {
    // Prepare: the endpoint on a real HTTP server, as `npm run serve` runs it.
    const instance = await openInstance();
    const server = createSubscriptionServer(instance.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/subscribe`;
    // Act
    const responses = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=victim%40example.com' });
      responses.push({ status: response.status, text: await response.text() });
    }
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    instance.close();
    // Assess
    expect(instance.mailed).toEqual(['victim@example.com']);
    expect(new Set(responses.map((response) => `${response.status} ${response.text}`)).size).toBe(1);
    expect(responses[0]?.status).toBe(200);
    expect(instance.outcomes.filter((outcome) => outcome === 'repeat')).toHaveLength(24);
  });

  it('case 2: 500 requests for distinct addresses from one client send at most the per-client limit; the rest are told to wait', async () => {
    // Prepare
    const instance = await openInstance();
    // Act
    const statuses: number[] = [];
    const retryAfter = new Set<string | undefined>();
    for (let index = 0; index < 500; index += 1) {
      const response = await instance.subscribe(`stranger${index}@example.com`, '198.51.100.7');
      statuses.push(response.status);
      if (response.status === 429) retryAfter.add(response.headers['retry-after']);
    }
    instance.close();
    // Assess
    expect(instance.mailed).toEqual(['stranger0@example.com', 'stranger1@example.com', 'stranger2@example.com', 'stranger3@example.com', 'stranger4@example.com']);
    expect(statuses.filter((status) => status === 429)).toHaveLength(495);
    expect([...retryAfter]).toEqual(['3600']);
  });

  it('case 3: many clients are held by the global limit; the addresses of one IPv6 /64 are one client', async () => {
    // Prepare
    const instance = await openInstance({ limits: { cooldownHours: 24, perClientPerHour: 2, perHour: 10 } });
    // Act: 40 IPv4 clients with one address each, then 20 requests from one /64, each from its own address.
    for (let index = 0; index < 40; index += 1) await instance.subscribe(`a${index}@example.com`, `203.0.113.${index + 1}`);
    const afterIpv4 = instance.mailed.length;
    const other = await openInstance({ limits: { cooldownHours: 24, perClientPerHour: 2, perHour: 10 } });
    for (let index = 0; index < 20; index += 1) await other.subscribe(`b${index}@example.com`, `2001:db8:1:2::${(index + 1).toString(16)}`);
    // The IPv4-mapped spelling of a client is that client.
    await other.subscribe('c0@example.com', '::ffff:192.0.2.9');
    await other.subscribe('c1@example.com', '192.0.2.9');
    await other.subscribe('c2@example.com', '192.0.2.9');
    instance.close();
    other.close();
    // Assess
    expect(afterIpv4).toBe(10);
    expect(instance.outcomes.filter((outcome) => outcome === 'global_limited')).toHaveLength(30);
    expect(other.mailed).toEqual(['b0@example.com', 'b1@example.com', 'c0@example.com', 'c1@example.com']);
    expect(other.outcomes.slice(-1)).toEqual(['client_limited']);
  });

  it('case 4: the limits hold across instances, and concurrent requests for one address send one email', async () => {
    // Prepare: three instances (three DynamoDB clients) over one table, as three Lambda containers.
    const limits = { cooldownHours: 24, perClientPerHour: 1_000, perHour: 6 };
    const first = await openInstance({ limits });
    const instances = [first, await openInstance({ table: first.tableName, limits }), await openInstance({ table: first.tableName, limits })];
    // Act
    await Promise.all(instances.flatMap((instance, which) => Array.from({ length: 10 }, (_, index) => instance.subscribe('same@example.com', `192.0.2.${which * 10 + index + 1}`))));
    await Promise.all(instances.flatMap((instance, which) => Array.from({ length: 10 }, (_, index) => instance.subscribe(`d${which}-${index}@example.com`, `192.0.2.${which + 100}`))));
    for (const instance of instances) instance.close();
    // Assess
    const mailed = instances.flatMap((instance) => instance.mailed);
    expect(mailed.filter((address) => address === 'same@example.com')).toHaveLength(1);
    expect(mailed).toHaveLength(6);
  });

  it('case 5: a post that fills the hidden honeypot field is shown the usual page and mails nobody', async () => {
    // Prepare
    const instance = await openInstance();
    // Act
    const response = await instance.subscribe('target@example.com', '192.0.2.50', { website: 'https://spam.example' });
    instance.close();
    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toContain('Check your inbox');
    expect(instance.mailed).toEqual([]);
    expect(instance.outcomes).toEqual(['honeypot']);
    expect(await instance.deps.subscribers.get('target@example.com')).toBeNull();
  });

  it('case 6: the limits are windows, not bans: after the cooldown and the hour a request mails again', async () => {
    // Prepare
    let now = new Date('2025-11-12T10:00:00Z');
    const instance = await openInstance({ limits: { cooldownHours: 24, perClientPerHour: 1, perHour: 100 }, now: () => now });
    // Act
    await instance.subscribe('reader@example.com', '192.0.2.60');
    await instance.subscribe('reader@example.com', '192.0.2.60');
    await instance.subscribe('other@example.com', '192.0.2.60');
    now = new Date('2025-11-13T10:00:01Z');
    await instance.subscribe('reader@example.com', '192.0.2.60');
    instance.close();
    // Assess
    expect(instance.outcomes).toEqual(['sent', 'repeat', 'client_limited', 'sent']);
    expect(instance.mailed).toEqual(['reader@example.com', 'reader@example.com']);
  });
});
