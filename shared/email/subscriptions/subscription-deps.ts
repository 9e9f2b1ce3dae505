import type { Logger } from '../../observability/logger';
import type { SubscriberStore } from '../../storage/dynamo/subscriber-store';
import type { Mailer, SecretProvider } from '../types';

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
}
