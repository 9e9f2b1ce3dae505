import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Thread state snapshots, one per digest date (`THREADSTATE` / `<date>`). A digest for date D reads
 * the latest snapshot before D and writes D's: re-running D reads the same input and writes the
 * same output, so the digest step is idempotent per date. The payload is validated by the caller.
 */
export class ThreadStateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The latest snapshot strictly before `date`, or null on day 0. */
  async getLatestBefore(date: string): Promise<{ date: string; state: unknown } | null> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk < :date',
        ExpressionAttributeValues: { ':pk': 'THREADSTATE', ':date': date },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = Items?.[0];
    return item ? { date: item.sk as string, state: JSON.parse(item.state as string) as unknown } : null;
  }

  /** Stores the state after `date`'s digest, replacing an earlier run's for the same date. */
  async put(date: string, state: unknown): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: 'THREADSTATE', sk: date, state: JSON.stringify(state) },
      }),
    );
  }
}
