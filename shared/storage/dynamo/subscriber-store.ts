import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAllItems } from './batch-operations';
import { isConditionalCheckFailure } from './conditional';
import { SubscriberSchema, type QuietDayPreference, type Subscriber, type SubscriberStatus } from '../../email/types';

const PARTITION = 'SUBSCRIBER';

/**
 * Subscribers, one item each under `SUBSCRIBER` / `<email>` (a digest list is small enough for one
 * partition, and listing it is then one query). Every state change is a conditional update, so a
 * bounced address can never be revived and a stale confirm link cannot undo an unsubscribe.
 */
export class SubscriberStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(email: string): Promise<Subscriber | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: PARTITION, sk: email }, ConsistentRead: true }),
    );
    return Item ? SubscriberSchema.parse(Item) : null;
  }

  /**
   * Records a subscription request as pending. A new address, or one that unsubscribed earlier, becomes
   * pending; a confirmed or bounced one is left as it is. Returns whether the address is now pending.
   */
  async requestSubscription(email: string, quietDay: QuietDayPreference, now: Date): Promise<boolean> {
    return this.update(email, {
      set: { status: 'pending', quietDay, updatedAt: now.toISOString() },
      setIfAbsent: { createdAt: now.toISOString() },
      condition: { expression: 'attribute_not_exists(pk) OR #status IN (:pending, :unsubscribed)', statuses: ['pending', 'unsubscribed'] },
    });
  }

  /** Confirms a pending address (idempotent for a confirmed one); false when it is unsubscribed, bounced or unknown. */
  async confirm(email: string, now: Date): Promise<boolean> {
    return this.update(email, {
      set: { status: 'confirmed', confirmedAt: now.toISOString(), updatedAt: now.toISOString() },
      condition: { expression: 'attribute_exists(pk) AND #status IN (:pending, :confirmed)', statuses: ['pending', 'confirmed'] },
    });
  }

  /** Unsubscribes an address (idempotent); a bounced address stays bounced. */
  async unsubscribe(email: string, now: Date): Promise<void> {
    await this.update(email, {
      set: { status: 'unsubscribed', updatedAt: now.toISOString() },
      setIfAbsent: { createdAt: now.toISOString(), quietDay: 'short' },
      condition: { expression: 'attribute_not_exists(pk) OR #status <> :bounced', statuses: ['bounced'] },
    });
  }

  /** Marks an address as bounced (from an SES bounce or complaint): it is never mailed again. */
  async markBounced(email: string, now: Date): Promise<void> {
    await this.update(email, {
      set: { status: 'bounced', updatedAt: now.toISOString() },
      setIfAbsent: { createdAt: now.toISOString(), quietDay: 'short' },
    });
  }

  /**
   * Makes an address a confirmed subscriber without the opt-in round trip — for the local replay's
   * `--to`, where the operator names their own address. A bounced address stays bounced.
   */
  async putConfirmed(email: string, quietDay: QuietDayPreference, now: Date): Promise<boolean> {
    return this.update(email, {
      set: { status: 'confirmed', quietDay, confirmedAt: now.toISOString(), updatedAt: now.toISOString() },
      setIfAbsent: { createdAt: now.toISOString() },
      condition: { expression: 'attribute_not_exists(pk) OR #status <> :bounced', statuses: ['bounced'] },
    });
  }

  /** Every confirmed subscriber, in address order. */
  async listConfirmed(): Promise<Subscriber[]> {
    const items = await queryAllItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#status = :confirmed',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': PARTITION, ':confirmed': 'confirmed' },
    });
    return items.map((item) => SubscriberSchema.parse(item));
  }

  private async update(
    email: string,
    change: {
      set: Record<string, string>;
      setIfAbsent?: Record<string, string>;
      /** The statuses the expression names as `:<status>`. */
      condition?: { expression: string; statuses: SubscriberStatus[] };
    },
  ): Promise<boolean> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, string> = {};
    const clauses: string[] = [];
    const add = (name: string, value: string, ifAbsent: boolean) => {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      clauses.push(ifAbsent ? `#${name} = if_not_exists(#${name}, :${name})` : `#${name} = :${name}`);
    };
    for (const [name, value] of Object.entries({ ...change.set, email })) add(name, value, false);
    for (const [name, value] of Object.entries(change.setIfAbsent ?? {})) add(name, value, true);
    for (const status of change.condition?.statuses ?? []) values[`:${status}`] = status;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: PARTITION, sk: email },
          UpdateExpression: `SET ${clauses.join(', ')}`,
          ConditionExpression: change.condition?.expression,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }
}
