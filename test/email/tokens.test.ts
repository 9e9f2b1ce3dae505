import { describe, expect, it } from 'vitest';
import { signToken, TokenError, verifyToken, type TokenFailure } from '../../shared/email/tokens';

const secret = Buffer.from('a-test-secret-of-thirty-two-bytes!!');
const otherSecret = Buffer.from('another-secret-of-thirty-two-bytes!');
const issued = new Date('2025-11-12T10:00:00Z');
const token = signToken({ purpose: 'unsubscribe', email: 'reader@example.com', now: issued }, secret);
const [body, signature] = token.split('.') as [string, string];

/** Flips one character of a base64url string, keeping it base64url. */
function flip(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

function reencode(payload: object): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

describe('verifyToken', () => {
  it('returns the address of a token it signed, for the same purpose, before expiry', () => {
    // Act
    const result = verifyToken(token, { purpose: 'unsubscribe', now: new Date('2026-06-01T00:00:00Z') }, secret);

    // Assess
    expect(result).toEqual({ email: 'reader@example.com' });
  });

  const rejected: Array<{ name: string; token: string; purpose?: 'confirm' | 'unsubscribe'; now?: Date; key?: Buffer; reason: TokenFailure }> = [
    { name: 'empty', token: '', reason: 'malformed' },
    { name: 'no signature', token: body, reason: 'malformed' },
    { name: 'three parts', token: `${token}.x`, reason: 'malformed' },
    { name: 'non-base64url characters', token: `${body}.${signature}+/`, reason: 'malformed' },
    { name: 'tampered signature', token: `${body}.${flip(signature, 5)}`, reason: 'bad_signature' },
    { name: 'truncated signature', token: `${body}.${signature.slice(0, 20)}`, reason: 'bad_signature' },
    { name: 'tampered payload', token: `${flip(body, 10)}.${signature}`, reason: 'bad_signature' },
    {
      name: 'payload swapped to another address, old signature',
      token: `${reencode({ p: 'unsubscribe', e: 'victim@example.com', iat: 1_762_941_600, exp: 1_794_477_600 })}.${signature}`,
      reason: 'bad_signature',
    },
    { name: 'signed with another secret', token, key: otherSecret, reason: 'bad_signature' },
    { name: 'an unsubscribe token used to confirm', token, purpose: 'confirm', reason: 'wrong_purpose' },
    { name: 'expired after a year', token, now: new Date('2026-11-12T10:00:01Z'), reason: 'expired' },
  ];

  it.each(rejected)('rejects a token: $name', (testCase) => {
    // Act
    const verify = () =>
      verifyToken(
        testCase.token,
        { purpose: testCase.purpose ?? 'unsubscribe', now: testCase.now ?? new Date('2025-11-13T00:00:00Z') },
        testCase.key ?? secret,
      );

    // Assess
    expect(verify).toThrow(TokenError);
    try {
      verify();
    } catch (error) {
      expect((error as TokenError).reason).toBe(testCase.reason);
    }
  });

  it('keeps confirmation links short-lived: a week', () => {
    // Prepare
    const confirm = signToken({ purpose: 'confirm', email: 'reader@example.com', now: issued }, secret);

    // Act
    const sixDaysLater = () => verifyToken(confirm, { purpose: 'confirm', now: new Date('2025-11-18T10:00:00Z') }, secret);
    const eightDaysLater = () => verifyToken(confirm, { purpose: 'confirm', now: new Date('2025-11-20T10:00:00Z') }, secret);

    // Assess
    expect(sixDaysLater()).toEqual({ email: 'reader@example.com' });
    expect(eightDaysLater).toThrow(/expired/);
  });
});
