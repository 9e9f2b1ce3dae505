import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingEmail } from '../types';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * SES's default sending rate is 14 messages/s in a new account; a burst above it is throttled.
 * Six attempts with capped exponential backoff wait at most about 15 s in total.
 */
export const DEFAULT_SES_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 200, maxDelayMs: 5_000 };

const THROTTLING_ERRORS = new Set(['TooManyRequestsException', 'Throttling', 'ThrottlingException', 'LimitExceededException']);

export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Sends the composed bytes through SES v2 `SendEmail` with `Content.Raw`, so SES sends exactly what the
 * outbox mailer writes locally. Throttling is retried with "full jitter" backoff (a random wait up to
 * the exponential cap) so that parallel senders do not retry in lockstep; other errors fail at once.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly options: {
      configurationSetName?: string;
      retry?: RetryPolicy;
      sleep?: (ms: number) => Promise<void>;
      random?: () => number;
    } = {},
  ) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const retry = this.options.retry ?? DEFAULT_SES_RETRY;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const random = this.options.random ?? Math.random;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.client.send(
          new SendEmailCommand({
            FromEmailAddress: email.from,
            Destination: { ToAddresses: [email.to] },
            Content: { Raw: { Data: email.raw } },
            ConfigurationSetName: this.options.configurationSetName,
          }),
        );
        return { messageId: response.MessageId ?? '' };
      } catch (error) {
        const throttled = isThrottling(error);
        if (!throttled || attempt >= retry.maxAttempts) {
          const reason = throttled ? `still throttled after ${attempt} attempts` : 'rejected';
          throw new MailSendError(`SES send to ${email.to} ${reason}`, throttled, { cause: error });
        }
        const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
        await sleep(Math.floor(random() * cap));
      }
    }
  }
}

function isThrottling(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return THROTTLING_ERRORS.has(name) || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 429;
}
