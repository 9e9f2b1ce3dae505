import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscriberStatus } from '../../../shared/email/types';
import { openMailHarness, type MailHarness } from '../../email/harness';

const now = new Date('2025-11-01T00:00:00Z');
let harness: MailHarness;

beforeAll(async () => {
  harness = await openMailHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Puts a fresh address into `status` through the store's own transitions. */
async function prepare(email: string, status: SubscriberStatus | 'absent'): Promise<void> {
  const store = harness.deps.subscribers;
  if (status === 'absent') return;
  await store.requestSubscription(email, 'short', now);
  if (status === 'confirmed' || status === 'unsubscribed') await store.confirm(email, now);
  if (status === 'unsubscribed') await store.unsubscribe(email, now);
  if (status === 'bounced') await store.markBounced(email, now);
}

type Action = 'requestSubscription' | 'confirm' | 'unsubscribe' | 'markBounced';

function act(action: Action, email: string): Promise<boolean | void> {
  const store = harness.deps.subscribers;
  if (action === 'requestSubscription') return store.requestSubscription(email, 'short', now);
  return store[action](email, now);
}

// Read as: an address in state `from` that gets `action` ends up in `to`, and the call returns `returns`.
const transitions: Array<{ from: SubscriberStatus | 'absent'; action: Action; to: SubscriberStatus | null; returns?: boolean }> = [
  { from: 'absent', action: 'requestSubscription', to: 'pending', returns: true },
  { from: 'pending', action: 'requestSubscription', to: 'pending', returns: true },
  { from: 'confirmed', action: 'requestSubscription', to: 'confirmed', returns: false },
  { from: 'unsubscribed', action: 'requestSubscription', to: 'pending', returns: true },
  { from: 'bounced', action: 'requestSubscription', to: 'bounced', returns: false },
  { from: 'absent', action: 'confirm', to: null, returns: false },
  { from: 'pending', action: 'confirm', to: 'confirmed', returns: true },
  { from: 'confirmed', action: 'confirm', to: 'confirmed', returns: true },
  { from: 'unsubscribed', action: 'confirm', to: 'unsubscribed', returns: false },
  { from: 'bounced', action: 'confirm', to: 'bounced', returns: false },
  { from: 'confirmed', action: 'unsubscribe', to: 'unsubscribed' },
  { from: 'absent', action: 'unsubscribe', to: 'unsubscribed' },
  { from: 'bounced', action: 'unsubscribe', to: 'bounced' },
  { from: 'confirmed', action: 'markBounced', to: 'bounced' },
];

describe('SubscriberStore', () => {
  it.each(transitions.map((t, index) => ({ ...t, email: `t${index}@example.com` })))(
    '$from + $action → $to',
    async ({ email, from, action, to, returns }) => {
      // Prepare
      await prepare(email, from);

      // Act
      const result = await act(action, email);

      // Assess
      if (returns !== undefined) expect(result).toBe(returns);
      expect((await harness.deps.subscribers.get(email))?.status ?? null).toBe(to);
    },
  );

  it('lists only confirmed subscribers', async () => {
    // Prepare
    await prepare('listed@example.com', 'confirmed');

    // Act
    const listed = await harness.deps.subscribers.listConfirmed();

    // Assess
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((subscriber) => subscriber.status === 'confirmed')).toBe(true);
    expect(listed.map((subscriber) => subscriber.email)).toContain('listed@example.com');
  });
});
