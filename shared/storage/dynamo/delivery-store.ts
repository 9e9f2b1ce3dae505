import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailure, putIfAbsent } from './conditional';

/**
 * How long a pending claim is honoured before another run may take it over. Longer than the send
 * Lambda's timeout (15 min at most), so the claimant is surely gone when it lapses.
 */
export const DELIVERY_LEASE_MS = 20 * 60 * 1000;

export type DeliveryClaim =
  | { outcome: 'claimed'; token: string }
  | { outcome: 'already_sent' }
  | { outcome: 'in_progress' };

/**
 * One item per (digest date, address): `DELIVERY#<date>` / `<email>`, state pending → sent. The claim
 * is a conditional write, so of two runs (repeated or concurrent) exactly one sends.
 *
 * A crash between claim and send leaves a pending item. Once its lease lapses the next run takes it
 * over (again conditionally, keyed on the claim token, so only one run does) and sends. That errs
 * towards a duplicate only when the crash fell after SES accepted the message and before `markSent`
 * — one DynamoDB write wide — while the likelier crash (a timeout while waiting out throttling, before
 * SES accepted anything) would otherwise lose the day's email for good.
 */
export class DeliveryStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Claims the right to send `date`'s digest to `email`. */
  async claim(date: string, email: string, now: Date): Promise<DeliveryClaim> {
    const token = randomUUID();
    const key = { pk: `DELIVERY#${date}`, sk: email };
    if (await putIfAbsent(this.client, this.tableName, { ...key, state: 'pending', claimToken: token, claimedAt: now.toISOString() })) {
      return { outcome: 'claimed', token };
    }
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    if (!Item) return this.claim(date, email, now); // released between our write and read
    if (Item.state === 'sent') return { outcome: 'already_sent' };
    const claimedAt = Date.parse(String(Item.claimedAt));
    if (Number.isFinite(claimedAt) && now.getTime() - claimedAt < DELIVERY_LEASE_MS) return { outcome: 'in_progress' };
    return (await this.takeOver(key, String(Item.claimToken), token, now)) ? { outcome: 'claimed', token } : { outcome: 'in_progress' };
  }

  /** Records that the mailer accepted the message. */
  async markSent(date: string, email: string, token: string, messageId: string, now: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `DELIVERY#${date}`, sk: email },
        UpdateExpression: 'SET #state = :sent, messageId = :messageId, sentAt = :now',
        ConditionExpression: 'claimToken = :token',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent', ':messageId': messageId, ':now': now.toISOString(), ':token': token },
      }),
    );
  }

  /** Gives a claim back after a failed send, so the next run tries again. */
  async release(date: string, email: string, token: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: `DELIVERY#${date}`, sk: email },
          ConditionExpression: 'claimToken = :token AND #state = :pending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':token': token, ':pending': 'pending' },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }

  /** The delivery state of one (date, address), or null when none was claimed. */
  async getState(date: string, email: string): Promise<'pending' | 'sent' | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `DELIVERY#${date}`, sk: email }, ConsistentRead: true }),
    );
    return Item?.state === 'sent' || Item?.state === 'pending' ? Item.state : null;
  }

  private async takeOver(key: { pk: string; sk: string }, staleToken: string, token: string, now: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET claimToken = :token, claimedAt = :now',
          ConditionExpression: 'claimToken = :stale AND #state = :pending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':token': token, ':now': now.toISOString(), ':stale': staleToken, ':pending': 'pending' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }
}
