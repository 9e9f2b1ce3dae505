import { signToken, type TokenPurpose } from '../tokens';
import type { SecretProvider } from '../types';

/**
 * The public link for a token: `<base>/confirm?token=…` or `<base>/unsubscribe?token=…`. The base is
 * the Function URL (https) in the cloud and `http://127.0.0.1:<port>` under `npm run serve`.
 */
export function buildActionUrl(publicBaseUrl: string, purpose: TokenPurpose, token: string): string {
  const base = publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`;
  const url = new URL(purpose, base);
  url.searchParams.set('token', token);
  return url.href;
}

/** Signs a token for `email` and returns its link. */
export async function createActionUrl(
  input: { purpose: TokenPurpose; email: string; now: Date; publicBaseUrl: string },
  secrets: SecretProvider,
): Promise<string> {
  const token = signToken({ purpose: input.purpose, email: input.email, now: input.now }, await secrets.getSecret());
  return buildActionUrl(input.publicBaseUrl, input.purpose, token);
}
