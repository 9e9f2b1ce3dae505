import { BatchGetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, ensureTable } from '../../../shared/storage/dynamo/client';
import { estimateOnDemandCostUsd, meterDynamoUsage, subtractUsage, type DynamoUsageMeter } from '../../../shared/storage/dynamo/usage-meter';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../../shared/storage/local/embedded-dynamo';

const TABLE = 'sitrep-meter-test';
let dynamo: EmbeddedDynamo;
let client: ReturnType<typeof createDocumentClient>;
let meter: DynamoUsageMeter;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, TABLE);
  meter = meterDynamoUsage(client);
});

afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

describe('meterDynamoUsage', () => {
  it('counts requests by command and the capacity units the table reports', async () => {
    // Prepare
    meter.reset();
    const before = meter.snapshot();
    // Act: a 3 KB put (3 write units), a batch get of it and of a missing key (0.5 + 0.5 read units),
    // and a conditional update that fails (billed: at least one write unit).
    await client.send(new PutCommand({ TableName: TABLE, Item: { pk: 'metered', sk: 'x', body: 'y'.repeat(3000) } }));
    await client.send(new BatchGetCommand({ RequestItems: { [TABLE]: { Keys: [{ pk: 'metered', sk: 'x' }, { pk: 'missing', sk: 'x' }] } } }));
    const update = client.send(
      new UpdateCommand({ TableName: TABLE, Key: { pk: 'metered', sk: 'x' }, UpdateExpression: 'SET q = :q', ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeValues: { ':q': 1 } }),
    );
    await expect(update).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    const usage = subtractUsage(meter.snapshot(), before);
    // Assess
    expect(usage).toEqual({ requests: { PutItemCommand: 1, BatchGetItemCommand: 1, UpdateItemCommand: 1 }, readUnits: 1, writeUnits: 4 });
  });

  it('prices units at the on-demand list price', () => {
    expect(estimateOnDemandCostUsd({ readUnits: 1_000_000, writeUnits: 1_000_000 })).toBeCloseTo(0.75, 10);
  });
});
