import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The single table's shape (DESIGN.md, Storage). Infra declares the same keys; keep them in step.
 * Items: `pk`/`sk` strings, `expiresAt` (epoch seconds) for transient items.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
} as const;

export interface DynamoOptions {
  region: string;
  /** A local endpoint (dynalite); absent in AWS. */
  endpoint?: string;
  /** Retries with exponential backoff and jitter on throttling and 5xx (the SDK's standard mode). */
  maxAttempts?: number;
}

/** A document client over the real SDK v3, used by the Lambdas and the local replay alike. */
export function createDocumentClient(options: DynamoOptions): DynamoDBDocumentClient {
  const config: DynamoDBClientConfig = {
    region: options.region,
    maxAttempts: options.maxAttempts ?? 6,
    // Standard, not adaptive: adaptive's client-side rate limiter cost 1.3–1.5 s per throttle in the
    // fault tests (test/hostile/faults-state-store.test.ts) and starved the client to ~4 req/s at a
    // steady 10 % throttle rate; on-demand tables rarely throttle and standard backoff recovers faster.
    retryMode: 'standard',
  };
  if (options.endpoint) {
    config.endpoint = options.endpoint;
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/**
 * Creates the table when it does not exist and waits until it is ACTIVE — for the embedded server
 * only; in AWS the CDK stack owns the table. dynalite answers CreateTable with CREATING and turns
 * the table ACTIVE on a timer, so a write straight after creation can fail without the wait.
 */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus !== 'ACTIVE') await waitUntilActive(client, tableName);
    return;
  } catch (error) {
    if ((error as { name?: string }).name !== 'ResourceNotFoundException') throw error;
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE_SCHEMA.partitionKey, AttributeType: 'S' },
          { AttributeName: TABLE_SCHEMA.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilActive(client, tableName);
}

async function waitUntilActive(client: DynamoDBDocumentClient, tableName: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`Table ${tableName} did not become ACTIVE within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
