import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token lets its holder do; a token for one purpose is never accepted for another. */
export type TokenPurpose = 'confirm' | 'unsubscribe';

export type TokenFailure = 'malformed' | 'bad_signature' | 'wrong_purpose' | 'expired';

export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly reason: TokenFailure,
    options?: { cause?: unknown },
  ) {
    super(`Subscription token rejected: ${reason}`, options);
  }
}

/**
 * How long a link stays valid. Confirmation links are short-lived; unsubscribe links must keep
 * working from old emails in an archive, so they last a year.
 */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  confirm: 7 * 86_400,
  unsubscribe: 365 * 86_400,
};

interface TokenPayload {
  p: TokenPurpose;
  e: string;
  iat: number;
  exp: number;
}

/** Signs a token scoped to one address and one purpose: base64url(payload) "." base64url(HMAC-SHA256). */
export function signToken(input: { purpose: TokenPurpose; email: string; now: Date }, secret: Uint8Array): string {
  const issuedAt = Math.floor(input.now.getTime() / 1000);
  const payload: TokenPayload = {
    p: input.purpose,
    e: input.email,
    iat: issuedAt,
    exp: issuedAt + TOKEN_LIFETIME_SECONDS[input.purpose],
  };
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${computeSignature(body, secret).toString('base64url')}`;
}

/**
 * Checks a token's signature (in constant time), purpose and expiry, and returns the address it is
 * for. Throws TokenError otherwise; the caller maps every failure to a 4xx with no state change.
 */
export function verifyToken(
  token: string,
  expected: { purpose: TokenPurpose; now: Date },
  secret: Uint8Array,
): { email: string } {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(body + signature)) {
    throw new TokenError('malformed');
  }
  const given = Buffer.from(signature, 'base64url');
  const wanted = computeSignature(body, secret);
  // timingSafeEqual throws on unequal lengths; the length of an HMAC is public anyway.
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw new TokenError('bad_signature');
  const payload = parsePayload(body);
  if (payload.p !== expected.purpose) throw new TokenError('wrong_purpose');
  if (payload.exp * 1000 <= expected.now.getTime()) throw new TokenError('expired');
  return { email: payload.e };
}

function computeSignature(body: string, secret: Uint8Array): Buffer {
  // The body carries the purpose, so a signature never transfers between purposes.
  return createHmac('sha256', secret).update(`sitrep-subscription-token.v1.${body}`).digest();
}

function parsePayload(body: string): TokenPayload {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new TokenError('malformed', { cause });
  }
  const payload = value as Partial<TokenPayload> | null;
  if (
    typeof payload !== 'object' ||
    payload === null ||
    (payload.p !== 'confirm' && payload.p !== 'unsubscribe') ||
    typeof payload.e !== 'string' ||
    typeof payload.iat !== 'number' ||
    typeof payload.exp !== 'number'
  ) {
    throw new TokenError('malformed');
  }
  return payload as TokenPayload;
}
