import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_LEASE_MS } from '../../../shared/storage/dynamo/delivery-store';
import { openMailHarness, type MailHarness } from '../../email/harness';

const DATE = '2025-11-12';
const t0 = new Date('2025-11-13T06:00:00Z');
const afterLease = new Date(t0.getTime() + DELIVERY_LEASE_MS + 1);
let harness: MailHarness;

beforeAll(async () => {
  harness = await openMailHarness();
});
afterAll(async () => {
  await harness.close();
});

describe('DeliveryStore', () => {
  it('lets one of many concurrent claims win', async () => {
    // Act
    const claims = await Promise.all(Array.from({ length: 8 }, () => harness.deps.deliveries.claim(DATE, 'race@example.com', t0)));

    // Assess
    expect(claims.filter((claim) => claim.outcome === 'claimed')).toHaveLength(1);
    expect(claims.filter((claim) => claim.outcome === 'in_progress')).toHaveLength(7);
  });

  it('lets one of many runs take over a lapsed claim', async () => {
    // Prepare
    await harness.deps.deliveries.claim(DATE, 'lapsed@example.com', t0);

    // Act
    const takeovers = await Promise.all(Array.from({ length: 5 }, () => harness.deps.deliveries.claim(DATE, 'lapsed@example.com', afterLease)));

    // Assess
    expect(takeovers.filter((claim) => claim.outcome === 'claimed')).toHaveLength(1);
  });

  it('ignores markSent and release from a run whose claim was taken over', async () => {
    // Prepare
    const stale = await harness.deps.deliveries.claim(DATE, 'slow@example.com', t0);
    const fresh = await harness.deps.deliveries.claim(DATE, 'slow@example.com', afterLease);
    if (stale.outcome !== 'claimed' || fresh.outcome !== 'claimed') throw new Error('both claims should have succeeded');

    // Act
    await harness.deps.deliveries.release(DATE, 'slow@example.com', stale.token);
    const staleMark = harness.deps.deliveries.markSent(DATE, 'slow@example.com', stale.token, 'm-stale', afterLease);

    // Assess
    await expect(staleMark).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect(await harness.deps.deliveries.getState(DATE, 'slow@example.com')).toBe('pending');
  });

  it('reports a sent delivery as already sent, even long after', async () => {
    // Prepare
    const claim = await harness.deps.deliveries.claim(DATE, 'done@example.com', t0);
    if (claim.outcome !== 'claimed') throw new Error('claim should have succeeded');
    await harness.deps.deliveries.markSent(DATE, 'done@example.com', claim.token, 'm1', t0);

    // Act
    const again = await harness.deps.deliveries.claim(DATE, 'done@example.com', new Date(t0.getTime() + 10 * DELIVERY_LEASE_MS));

    // Assess
    expect(again).toEqual({ outcome: 'already_sent' });
  });
});
