import type { Logger } from '../../observability/logger';
import type { SubscriberStore } from '../../storage/dynamo/subscriber-store';
import type { Mailer, SecretProvider } from '../types';
import type { ConfirmationLimits, RateLimitStore } from './confirmation-limiter';

/** What the subscription endpoint needs; the subscribe Lambda and `npm run serve` build it. */
export interface SubscriptionDeps {
  subscribers: SubscriberStore;
  mailer: Mailer;
  secrets: SecretProvider;
  /** Where the endpoint is reachable, for the links in emails (no trailing path needed). */
  publicBaseUrl: string;
  /** The From header, e.g. "sitrep <digest@example.com>". */
  from: string;
  now: () => Date;
  logger: Logger;
  /** The limits on confirmation emails and where their counts live (shared by every instance). */
  confirmations: { limits: ConfirmationLimits; store: RateLimitStore };
  /** Told what became of each subscribe request (the Lambda turns it into metrics). */
  onSubscribeOutcome?: (outcome: SubscribeOutcome) => void;
}

/**
 * What became of one subscribe request: a confirmation `sent`; none needed (`not_pending`: the
 * address is confirmed or bounced); a `repeat` within the address's cooldown; refused by the
 * per-client or the global limit; or a script caught by the `honeypot`.
 */
export type SubscribeOutcome = 'sent' | 'not_pending' | 'repeat' | 'client_limited' | 'global_limited' | 'honeypot';
