/**
 * Issue 7, case 27: a forged or tampered subscription token → 4xx and no change, over real HTTP
 * against `npm run serve`'s server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../shared/email/tokens';
import { openServe, type ServeHarness } from '../email/serve-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('email tokens');

const VICTIM = 'victim@example.com';
let serve: ServeHarness;
let tokens: Record<string, string>;

beforeAll(async () => {
  serve = await openServe();
  const now = new Date();
  await serve.subscribers.putConfirmed(VICTIM, 'short', now);
  const secret = await serve.secrets.getSecret();
  const valid = signToken({ purpose: 'unsubscribe', email: VICTIM, now }, secret);
  const [body, signature] = valid.split('.') as [string, string];
  const forgedBody = Buffer.from(JSON.stringify({ p: 'unsubscribe', e: VICTIM, iat: 0, exp: 4_102_444_800 })).toString('base64url');
  tokens = {
    'forged with another secret': signToken({ purpose: 'unsubscribe', email: VICTIM, now }, Buffer.from('attacker-chosen-secret-32-bytes!!')),
    'forged payload, no valid signature': `${forgedBody}.${signature}`,
    'tampered signature': `${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`,
    'signature of the empty string': `${body}.`,
    'expired (issued two years ago)': signToken({ purpose: 'unsubscribe', email: VICTIM, now: new Date(now.getTime() - 2 * 365 * 86_400_000) }, secret),
    'a confirmation token used to unsubscribe': signToken({ purpose: 'confirm', email: VICTIM, now }, secret),
    'garbage': '../../etc/passwd',
    'empty': '',
  };
});
afterAll(async () => {
  await serve.close();
});

describe('hostile: unsubscribe and confirm tokens', () => {
  const names = [
    'forged with another secret',
    'forged payload, no valid signature',
    'tampered signature',
    'signature of the empty string',
    'expired (issued two years ago)',
    'a confirmation token used to unsubscribe',
    'garbage',
    'empty',
  ];

  it.each(names)('case 27: %s → 4xx on GET and one-click POST, victim stays subscribed', async (name) => {
    // Prepare
    const path = `/unsubscribe?${new URLSearchParams({ token: tokens[name]! }).toString()}`;

    // Act
    const { value: responses } = await figures.observe([], () =>
      Promise.all([
        serve.request(path),
        serve.request(path, { body: 'List-Unsubscribe=One-Click' }),
        serve.request('/unsubscribe', { form: { token: tokens[name]! } }),
      ]),
    );

    // Assess
    for (const response of responses ?? []) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await serve.subscribers.get(VICTIM))?.status).toBe('confirmed');
  });

  it('case 27: an unsubscribe token cannot confirm a pending address', async () => {
    // Prepare
    await serve.subscribers.requestSubscription('pending@example.com', 'short', new Date());
    const token = signToken({ purpose: 'unsubscribe', email: 'pending@example.com', now: new Date() }, await serve.secrets.getSecret());

    // Act
    const response = await serve.request('/confirm', { form: { token } });

    // Assess
    expect(response.status).toBe(403);
    expect((await serve.subscribers.get('pending@example.com'))?.status).toBe('pending');
  });

  it('case 27: a valid token for one address changes only that address', async () => {
    // Prepare
    await serve.subscribers.putConfirmed('other@example.com', 'short', new Date());
    const token = signToken({ purpose: 'unsubscribe', email: 'other@example.com', now: new Date() }, await serve.secrets.getSecret());

    // Act
    const response = await serve.request(`/unsubscribe?token=${token}`, { body: 'List-Unsubscribe=One-Click' });

    // Assess
    expect(response.status).toBe(200);
    expect((await serve.subscribers.get('other@example.com'))?.status).toBe('unsubscribed');
    expect((await serve.subscribers.get(VICTIM))?.status).toBe('confirmed');
  });
});
