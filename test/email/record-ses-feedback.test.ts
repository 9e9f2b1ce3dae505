import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSesFeedback } from '../../shared/email/record-ses-feedback';
import { openMailHarness, type MailHarness } from './harness';

const now = new Date('2025-11-13T07:00:00Z');
let harness: MailHarness;

beforeAll(async () => {
  harness = await openMailHarness();
});
afterAll(async () => {
  await harness.close();
});

describe('recordSesFeedback', () => {
  it.each([
    {
      name: 'a permanent bounce (SNS notification)',
      email: 'gone@example.com',
      notification: { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'Gone@Example.com' }] } },
      status: 'bounced',
    },
    {
      name: 'a complaint (event publishing)',
      email: 'annoyed@example.com',
      notification: { eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'Annoyed <annoyed@example.com>' }] } },
      status: 'bounced',
    },
    {
      name: 'a transient bounce',
      email: 'full@example.com',
      notification: { notificationType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'full@example.com' }] } },
      status: 'confirmed',
    },
    { name: 'a delivery notice', email: 'fine@example.com', notification: { notificationType: 'Delivery' }, status: 'confirmed' },
    { name: 'garbage', email: 'other@example.com', notification: 'not json', status: 'confirmed' },
  ])('$name → $status', async ({ email, notification, status }) => {
    // Prepare
    await harness.deps.subscribers.putConfirmed(email, 'short', now);

    // Act
    await recordSesFeedback(notification, harness.deps.subscribers, now);

    // Assess
    expect((await harness.deps.subscribers.get(email))?.status).toBe(status);
  });

  it('a bounced address is left out of the next send', async () => {
    // Prepare
    await harness.deps.subscribers.putConfirmed('bounce-then-send@example.com', 'short', now);
    await recordSesFeedback(
      { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'bounce-then-send@example.com' }] } },
      harness.deps.subscribers,
      now,
    );

    // Act
    const confirmed = await harness.deps.subscribers.listConfirmed();
    const revived = await harness.deps.subscribers.putConfirmed('bounce-then-send@example.com', 'short', now);

    // Assess
    expect(confirmed.map((subscriber) => subscriber.email)).not.toContain('bounce-then-send@example.com');
    expect(revived).toBe(false);
  });
});
