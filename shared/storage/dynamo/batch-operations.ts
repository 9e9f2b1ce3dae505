import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';

/** DynamoDB's limits per call: 25 writes per BatchWriteItem, 100 keys per BatchGetItem. */
export const BATCH_WRITE_LIMIT = 25;
export const BATCH_GET_LIMIT = 100;
/** BatchGet calls in flight at once: a huge article's sentence lookup must not open hundreds of requests. */
const BATCH_GET_CONCURRENCY = 4;
/** Unprocessed items are retried with a short backoff; after this many rounds the batch fails. */
const MAX_BATCH_ROUNDS = 8;

export type TableKey = { pk: string; sk: string };

/** Thrown when a batch still has unprocessed items after every retry round. */
export class BatchIncompleteError extends Error {
  override readonly name = 'BatchIncompleteError';
  constructor(operation: 'write' | 'get', readonly remaining: number) {
    super(`batch ${operation} left ${remaining} item(s) unprocessed after ${MAX_BATCH_ROUNDS} rounds`);
  }
}

function pause(rounds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** rounds, 1_000)));
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}

/** Puts `items` with BatchWriteItem, 25 per call, retrying what the service leaves unprocessed. */
export async function putItemsInBatches(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: ReadonlyArray<Record<string, unknown> & TableKey>,
): Promise<void> {
  for (const batch of chunk(items, BATCH_WRITE_LIMIT)) {
    let requests = batch.map((item) => ({ PutRequest: { Item: item } }));
    for (let round = 0; requests.length > 0; round++) {
      if (round === MAX_BATCH_ROUNDS) throw new BatchIncompleteError('write', requests.length);
      if (round > 0) await pause(round);
      const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** Gets the items at `keys` (duplicates allowed) with BatchGetItem, 100 keys per call, a few calls at a time. */
export async function getItemsInBatches(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly TableKey[],
): Promise<Array<Record<string, unknown>>> {
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  const limit = pLimit(BATCH_GET_CONCURRENCY);
  const pages = await Promise.all(chunk(unique, BATCH_GET_LIMIT).map((batch) => limit(() => getBatch(client, tableName, batch))));
  return pages.flat();
}

async function getBatch(client: DynamoDBDocumentClient, tableName: string, keys: TableKey[]): Promise<Array<Record<string, unknown>>> {
  const found: Array<Record<string, unknown>> = [];
  let pending = keys;
  for (let round = 0; pending.length > 0; round++) {
    if (round === MAX_BATCH_ROUNDS) throw new BatchIncompleteError('get', pending.length);
    if (round > 0) await pause(round);
    const { Responses, UnprocessedKeys } = await client.send(
      new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }),
    );
    found.push(...(Responses?.[tableName] ?? []));
    pending = (UnprocessedKeys?.[tableName]?.Keys ?? []) as TableKey[];
  }
  return found;
}
