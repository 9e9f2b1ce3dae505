/**
 * Issue 7, case 25 on the email path: the send schedule firing twice for one date (one after the
 * other, and overlapping) → one email per subscriber. Any extra send is counted as a duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigest } from '../../shared/jobs/send-digest';
import type { Mailer } from '../../shared/email/types';
import { makeDigest } from '../email/digest-factory';
import { openMailHarness, type MailHarness } from '../email/harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('email delivery');
const SUBSCRIBERS = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'];
let harness: MailHarness;

beforeAll(async () => {
  harness = await openMailHarness();
  for (const email of SUBSCRIBERS) await harness.deps.subscribers.putConfirmed(email, 'short', new Date('2025-11-01T00:00:00Z'));
});
afterAll(async () => {
  await harness.close();
});

function countingMailer(sends: Map<string, number>): Mailer {
  return {
    send: async (email) => {
      sends.set(email.to, (sends.get(email.to) ?? 0) + 1);
      return harness.deps.mailer.send(email);
    },
  };
}

describe('hostile: the send schedule firing twice', () => {
  it.each([
    ['one after the other', '2025-11-12', false],
    ['overlapping', '2025-11-13', true],
  ])('case 25: %s → one email per subscriber', async (_name, date, overlapping) => {
    // Prepare
    await harness.putDigest({ ...makeDigest(), date });
    const sends = new Map<string, number>();
    const deps = { ...harness.deps, mailer: countingMailer(sends) };

    // Act
    if (overlapping) {
      await figures.observe([], () => Promise.all([sendDigest(date, deps), sendDigest(date, deps), sendDigest(date, deps)]));
    } else {
      await figures.observe([], () => sendDigest(date, deps));
      await figures.observe([], () => sendDigest(date, deps));
    }

    // Assess
    const extra = [...sends.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    figures.noteDuplicatesStored(extra);
    figures.noteItemsLost(SUBSCRIBERS.filter((email) => !sends.has(email)).length);
    expect([...sends.keys()].sort()).toEqual(SUBSCRIBERS);
    expect(await harness.listOutbox(date)).toEqual(SUBSCRIBERS.map((email) => `${email}.eml`));
  });
});
