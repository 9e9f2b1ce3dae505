import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RateLimitStore } from '../../email/subscriptions/confirmation-limiter';
import { isConditionalCheckFailure } from './conditional';

/**
 * Rate-limit state in the table, so a limit holds across every Lambda instance:
 * - `RATE#<key>` / `<window start, epoch seconds>`: a fixed-window counter (`count`);
 * - `COOLDOWN#<key>` / `COOLDOWN`: when the key last acted (`at`, epoch seconds).
 * Both carry `expiresAt`, so DynamoDB's TTL sweeps them; dynalite has no TTL, and the conditions
 * below compare times themselves, so an expired item is simply overwritten.
 */
export class DynamoRateLimitStore implements RateLimitStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async takeFromWindow(key: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % windowSeconds);
    return this.conditionalUpdate({
      Key: { pk: `RATE#${key}`, sk: String(windowStart) },
      UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': windowStart + 2 * windowSeconds },
    });
  }

  async startCooldown(key: string, cooldownSeconds: number, now: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return this.conditionalUpdate({
      Key: { pk: `COOLDOWN#${key}`, sk: 'COOLDOWN' },
      UpdateExpression: 'SET #at = :now, expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#at) OR #at <= :cutoff',
      ExpressionAttributeNames: { '#at': 'at' },
      ExpressionAttributeValues: { ':now': nowSeconds, ':cutoff': nowSeconds - cooldownSeconds, ':expiresAt': nowSeconds + cooldownSeconds },
    });
  }

  async cancelCooldown(key: string, startedAt: Date): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: `COOLDOWN#${key}`, sk: 'COOLDOWN' },
          // Only our own cooldown: a newer one started by another request stays.
          ConditionExpression: '#at = :at',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':at': Math.floor(startedAt.getTime() / 1000) },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }

  private async conditionalUpdate(input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>): Promise<boolean> {
    try {
      await this.client.send(new UpdateCommand({ TableName: this.tableName, ...input }));
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }
}
