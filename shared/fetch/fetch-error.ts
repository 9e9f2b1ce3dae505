export type FetchFailureReason =
  | 'invalid_url'
  | 'blocked_address'
  | 'blocked_scheme'
  | 'too_many_redirects'
  | 'insecure_redirect'
  | 'too_large'
  | 'timeout'
  | 'http_status'
  | 'unsupported_type'
  | 'network'
  | 'dns';

/** Why a fetch failed, decided once in the fetcher so callers branch on `reason`, never on text. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly reason: FetchFailureReason;
  readonly url: string;
  readonly status?: number;
  /** From a 429/503 Retry-After header, in seconds. */
  readonly retryAfterSeconds?: number;

  constructor(
    reason: FetchFailureReason,
    url: string,
    message: string,
    options: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(`${reason}: ${message} (${url})`, { cause: options.cause });
    this.reason = reason;
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** True for a FetchError: lets callers tell an expected refusal from a crash. */
export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
