import { join, relative } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sendDigest } from '../jobs/send-digest';
import type { Logger } from '../observability/logger';
import type { BlobStore } from '../storage/ports';
import { DeliveryStore } from '../storage/dynamo/delivery-store';
import { SubscriberStore } from '../storage/dynamo/subscriber-store';
import { DynamoRateLimitStore } from '../storage/dynamo/rate-limit-store';
import { DEFAULT_CONFIRMATION_LIMITS, type ConfirmationLimits } from './subscriptions/confirmation-limiter';
import { OutboxMailer } from './mailers/outbox-mailer';
import { FileSecretProvider } from './secrets/file-secret-provider';
import { ensureConfirmedSubscriber } from './subscriptions/ensure-confirmed-subscriber';
import { toFileName } from './mailers/outbox-mailer';

/** `npm run serve`'s default port: the links in locally written emails point at it. */
export const LOCAL_SERVE_PORT = 8787;

/** The From header of locally written emails (never sent anywhere). */
export const LOCAL_SENDER = 'sitrep <digest@sitrep.localhost>';

/**
 * The local mail adapters over a data dir: subscribers and deliveries in the embedded table, the
 * token secret at `<data-dir>/secret.key`, messages as `.eml` files under `<data-dir>/outbox/`.
 * Used by `npm run serve` and by the replay's `--to`, so links in the replay's emails open in serve.
 */
export function createLocalMailDeps(input: {
  dataDir: string;
  client: DynamoDBDocumentClient;
  tableName: string;
  publicBaseUrl?: string;
  confirmationLimits?: ConfirmationLimits;
}) {
  return {
    confirmations: {
      limits: input.confirmationLimits ?? DEFAULT_CONFIRMATION_LIMITS,
      store: new DynamoRateLimitStore(input.client, input.tableName),
    },
    subscribers: new SubscriberStore(input.client, input.tableName),
    deliveries: new DeliveryStore(input.client, input.tableName),
    mailer: new OutboxMailer(join(input.dataDir, 'outbox')),
    secrets: new FileSecretProvider(join(input.dataDir, 'secret.key')),
    from: LOCAL_SENDER,
    publicBaseUrl: input.publicBaseUrl ?? `http://127.0.0.1:${LOCAL_SERVE_PORT}`,
  };
}

/**
 * The replay's `--to`: makes each address a confirmed subscriber, then runs sendDigest for each
 * date, exactly as the send Lambda does. Returns one line per recipient and date, e.g.
 * "2025-10-16  .sitrep/outbox/2025-10-16/you@example.com.eml  sent". Re-running sends nothing new.
 */
export async function mailDigestsLocally(input: {
  dataDir: string;
  client: DynamoDBDocumentClient;
  tableName: string;
  blobs: BlobStore;
  recipients: string[];
  dates: string[];
  now: () => Date;
  logger: Logger;
}): Promise<string[]> {
  const local = createLocalMailDeps(input);
  for (const recipient of input.recipients) await ensureConfirmedSubscriber(local.subscribers, recipient, input.now());
  const lines: string[] = [];
  for (const date of input.dates) {
    const report = await sendDigest(date, { ...local, blobs: input.blobs, now: input.now, logger: input.logger });
    for (const { email, outcome, error } of report.recipients) {
      const file = join(input.dataDir, 'outbox', date, `${toFileName(email)}.eml`);
      const fromHere = relative(process.cwd(), file);
      // Same convention as the replay's digest lines: relative inside the working directory, else absolute.
      const where = fromHere.startsWith('..') ? file : fromHere;
      lines.push(`${date}  ${where}  ${outcome.replace(/_/g, ' ')}${error ? `: ${error}` : ''}`);
    }
  }
  return lines;
}
