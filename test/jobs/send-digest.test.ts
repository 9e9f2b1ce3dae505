import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DigestNotFoundError, sendDigest } from '../../shared/jobs/send-digest';
import { ensureConfirmedSubscriber } from '../../shared/email/subscriptions/ensure-confirmed-subscriber';
import type { Mailer } from '../../shared/email/types';
import { makeChange, makeDigest } from '../email/digest-factory';
import { openMailHarness, readHeaderLines, type MailHarness } from '../email/harness';

const DATE = '2025-11-12';
let harness: MailHarness;

beforeEach(async () => {
  harness = await openMailHarness();
});
afterEach(async () => {
  await harness.close();
});

async function subscribe(email: string, quietDay: 'short' | 'none' = 'short'): Promise<void> {
  await ensureConfirmedSubscriber(harness.deps.subscribers, email, new Date('2025-11-01T00:00:00Z'), quietDay);
}

describe('sendDigest', () => {
  it('mails each confirmed subscriber one message with text, HTML, a subject that says what changed and unsubscribe links', async () => {
    // Prepare
    await harness.putDigest(makeDigest([makeChange(), makeChange({ kind: 'new_claim', subject: 'energy', summary: 'Energy: signed (1 source)' })]));
    await subscribe('a@example.com');
    await subscribe('b@example.com');

    // Act
    const report = await sendDigest(DATE, harness.deps);

    // Assess
    expect(report.recipients.map((recipient) => recipient.outcome)).toEqual(['sent', 'sent']);
    expect(await harness.listOutbox(DATE)).toEqual(['a@example.com.eml', 'b@example.com.eml']);
    const { raw, mail } = await harness.readEml(DATE, 'a@example.com.eml');
    expect(mail.subject).toBe('Syria–Russia, 12 Nov: Russian port deals cancelled (+1 more)');
    expect(mail.to).toMatchObject({ text: 'a@example.com' });
    const unsubscribe = readHeaderLines(raw).find((line) => line.startsWith('List-Unsubscribe:'));
    expect(unsubscribe).toMatch(/^List-Unsubscribe: <https:\/\/subscribe\.example\.com\/unsubscribe\?token=[\w.-]+>$/);
    expect(readHeaderLines(raw)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const url = unsubscribe!.slice('List-Unsubscribe: <'.length, -1);
    expect(mail.text).toContain('Russian port deals cancelled, according to Example News.');
    expect(mail.text).toContain(`Unsubscribe: ${url}`);
    expect(mail.html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
  });

  it('sends exactly once when run twice in a row', async () => {
    // Prepare
    await harness.putDigest(makeDigest());
    await subscribe('a@example.com');
    await sendDigest(DATE, harness.deps);

    // Act
    const second = await sendDigest(DATE, harness.deps);

    // Assess
    expect(second.recipients).toEqual([{ email: 'a@example.com', outcome: 'already_sent' }]);
  });

  it('sends exactly once per subscriber when runs overlap (Promise.all), counting every send', async () => {
    // Prepare
    await harness.putDigest(makeDigest());
    const addresses = ['a@example.com', 'b@example.com', 'c@example.com'];
    for (const address of addresses) await subscribe(address);
    const sends: string[] = [];
    const counting: Mailer = {
      send: async (email) => {
        sends.push(email.to);
        return harness.deps.mailer.send(email);
      },
    };

    // Act
    const reports = await Promise.all([1, 2, 3, 4].map(() => sendDigest(DATE, { ...harness.deps, mailer: counting })));

    // Assess
    expect(sends.sort()).toEqual(addresses);
    expect(await harness.listOutbox(DATE)).toEqual(addresses.map((address) => `${address}.eml`));
    const sentPerAddress = addresses.map((address) =>
      reports.flatMap((report) => report.recipients).filter((r) => r.email === address && r.outcome === 'sent').length,
    );
    expect(sentPerAddress).toEqual([1, 1, 1]);
  });

  it('on a quiet day sends a short "no changes" note to those who chose it and nothing to the others', async () => {
    // Prepare
    await harness.putDigest(makeDigest([]));
    await subscribe('short@example.com', 'short');
    await subscribe('none@example.com', 'none');

    // Act
    const report = await sendDigest(DATE, harness.deps);

    // Assess
    expect(report.quiet).toBe(true);
    expect(report.recipients).toEqual([
      { email: 'none@example.com', outcome: 'skipped_quiet_day' },
      { email: 'short@example.com', outcome: 'sent' },
    ]);
    expect(await harness.listOutbox(DATE)).toEqual(['short@example.com.eml']);
    const { mail } = await harness.readEml(DATE, 'short@example.com.eml');
    expect(mail.subject).toBe('Syria–Russia, 12 Nov: No changes');
    expect(mail.text).toContain('No changes on Wed 12 Nov 2025');
    expect(mail.text).toMatch(/Unsubscribe: https:\/\/subscribe\.example\.com\/unsubscribe\?token=/);
  });

  it('never mails pending, unsubscribed or bounced addresses', async () => {
    // Prepare
    const now = new Date('2025-11-01T00:00:00Z');
    await harness.putDigest(makeDigest());
    await subscribe('confirmed@example.com');
    await harness.deps.subscribers.requestSubscription('pending@example.com', 'short', now);
    await subscribe('left@example.com');
    await harness.deps.subscribers.unsubscribe('left@example.com', now);
    await subscribe('bounced@example.com');
    await harness.deps.subscribers.markBounced('bounced@example.com', now);

    // Act
    const report = await sendDigest(DATE, harness.deps);

    // Assess
    expect(report.recipients.map((recipient) => recipient.email)).toEqual(['confirmed@example.com']);
    expect(await harness.listOutbox(DATE)).toEqual(['confirmed@example.com.eml']);
  });

  it('records a failed address, still mails the others, and retries the failed one on the next run', async () => {
    // Prepare
    await harness.putDigest(makeDigest());
    await subscribe('a@example.com');
    await subscribe('b@example.com');
    const failingForA: Mailer = {
      send: async (email) => {
        if (email.to === 'a@example.com') throw new Error('mailbox unavailable');
        return harness.deps.mailer.send(email);
      },
    };

    // Act
    const first = await sendDigest(DATE, { ...harness.deps, mailer: failingForA });
    const retry = await sendDigest(DATE, harness.deps);

    // Assess
    expect(first.recipients.map((recipient) => recipient.outcome)).toEqual(['failed', 'sent']);
    expect(retry.recipients.map((recipient) => recipient.outcome)).toEqual(['sent', 'already_sent']);
    expect(await harness.listOutbox(DATE)).toEqual(['a@example.com.eml', 'b@example.com.eml']);
  });

  it('takes over a claim left pending by a crashed run once its lease has lapsed, and not before', async () => {
    // Prepare: a run claimed the delivery at 06:00 and died before sending.
    await harness.putDigest(makeDigest());
    await subscribe('a@example.com');
    await harness.client.send(
      new PutCommand({
        TableName: harness.tableName,
        Item: { pk: `DELIVERY#${DATE}`, sk: 'a@example.com', state: 'pending', claimToken: 'dead-run', claimedAt: '2025-11-13T06:00:00.000Z' },
      }),
    );

    // Act
    const soon = await sendDigest(DATE, { ...harness.deps, now: () => new Date('2025-11-13T06:05:00Z') });
    const later = await sendDigest(DATE, { ...harness.deps, now: () => new Date('2025-11-13T06:30:00Z') });

    // Assess
    expect(soon.recipients).toEqual([{ email: 'a@example.com', outcome: 'in_progress' }]);
    expect(later.recipients).toEqual([{ email: 'a@example.com', outcome: 'sent' }]);
    expect(await harness.deps.deliveries.getState(DATE, 'a@example.com')).toBe('sent');
  });

  it('fails with a typed error when the digest does not exist', async () => {
    // Act
    const send = sendDigest('2025-01-01', harness.deps);

    // Assess
    await expect(send).rejects.toBeInstanceOf(DigestNotFoundError);
  });
});
