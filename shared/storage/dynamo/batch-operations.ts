import { BatchGetCommand, BatchWriteCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { isConditionalCheckFailure } from './conditional';

/** DynamoDB's limits per call: 25 writes per BatchWriteItem, 100 keys per BatchGetItem. */
export const BATCH_WRITE_LIMIT = 25;
export const BATCH_GET_LIMIT = 100;
/**
 * BatchGet calls in flight at once: a sentence-novelty read (9 keys per sentence) of up to 88
 * sentences is one round trip, and a huge article's read still cannot open hundreds of requests.
 */
const BATCH_GET_CONCURRENCY = 8;
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

/** A whole item to put: the table's key and its attributes. */
export type TableItem = Record<string, unknown> & TableKey;

/** BatchWriteItem calls in flight at once, like BATCH_GET_CONCURRENCY. */
const BATCH_WRITE_CONCURRENCY = 4;
/** Conditional updates in flight at once: enough to hide round trips, gentle on the table. */
const UPDATE_CONCURRENCY = 8;

/** Puts `items` with BatchWriteItem, 25 per call, a few calls at a time, retrying what the service leaves unprocessed. */
export async function putItemsInBatches(client: DynamoDBDocumentClient, tableName: string, items: readonly TableItem[]): Promise<void> {
  await writeInBatches(client, tableName, items.map((item) => ({ PutRequest: { Item: item } })));
}

/** Deletes the items at `keys` with BatchWriteItem, as putItemsInBatches puts (a missing item is no error). */
export async function deleteItemsInBatches(client: DynamoDBDocumentClient, tableName: string, keys: readonly TableKey[]): Promise<void> {
  await writeInBatches(client, tableName, keys.map((key) => ({ DeleteRequest: { Key: key } })));
}

type WriteRequest = { PutRequest: { Item: TableItem } } | { DeleteRequest: { Key: TableKey } };

async function writeInBatches(client: DynamoDBDocumentClient, tableName: string, requests: readonly WriteRequest[]): Promise<void> {
  const limit = pLimit(BATCH_WRITE_CONCURRENCY);
  await Promise.all(chunk(requests, BATCH_WRITE_LIMIT).map((batch) => limit(() => writeBatch(client, tableName, batch))));
}

async function writeBatch(client: DynamoDBDocumentClient, tableName: string, batch: readonly WriteRequest[]): Promise<void> {
  let requests = [...batch];
  for (let round = 0; requests.length > 0; round++) {
    if (round === MAX_BATCH_ROUNDS) throw new BatchIncompleteError('write', requests.length);
    if (round > 0) await pause(round);
    const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
    requests = (UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
  }
}

/**
 * The writes one indexing step plans: whole items to put (batched, 25 per BatchWriteItem) and
 * conditional updates (one UpdateItem each: BatchWriteItem takes no condition). An update whose
 * condition fails was not needed (e.g. the bucket filled up meanwhile) and is dropped.
 */
export interface IndexWrites {
  puts: TableItem[];
  updates: UpdateCommandInput[];
}

/** Sends planned writes: puts in batch writes, updates in parallel; a failed condition is not an error. */
export async function executeIndexWrites(client: DynamoDBDocumentClient, tableName: string, writes: readonly IndexWrites[]): Promise<void> {
  const limit = pLimit(UPDATE_CONCURRENCY);
  await Promise.all([
    putItemsInBatches(client, tableName, writes.flatMap((planned) => planned.puts)),
    ...writes.flatMap((planned) => planned.updates).map((update) => limit(() => sendConditionalUpdate(client, update))),
  ]);
}

async function sendConditionalUpdate(client: DynamoDBDocumentClient, update: UpdateCommandInput): Promise<void> {
  try {
    await client.send(new UpdateCommand(update));
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
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

/** Every item a Query matches, page after page (consistent reads), in key order. */
export async function queryAllItems(client: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'ConsistentRead'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
