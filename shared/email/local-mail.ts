import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DeliveryStore } from '../storage/dynamo/delivery-store';
import { SubscriberStore } from '../storage/dynamo/subscriber-store';
import { OutboxMailer } from './mailers/outbox-mailer';
import { FileSecretProvider } from './secrets/file-secret-provider';

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
}) {
  return {
    subscribers: new SubscriberStore(input.client, input.tableName),
    deliveries: new DeliveryStore(input.client, input.tableName),
    mailer: new OutboxMailer(join(input.dataDir, 'outbox')),
    secrets: new FileSecretProvider(join(input.dataDir, 'secret.key')),
    from: LOCAL_SENDER,
    publicBaseUrl: input.publicBaseUrl ?? `http://127.0.0.1:${LOCAL_SERVE_PORT}`,
  };
}
