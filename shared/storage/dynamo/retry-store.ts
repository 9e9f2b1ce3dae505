import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAllItems } from './batch-operations';
import { z } from 'zod';
import { ArticleJobSchema, type ArticleJob } from '../../model/article';
import { isConditionalCheckFailure } from './conditional';

/** An article waiting for another try: the job to run again and when. */
export const PendingRetrySchema = z.object({
  job: ArticleJobSchema,
  /** Failed tries so far; the next job carries attempt = tries + 1. */
  tries: z.number().int().positive(),
  nextAttemptAt: z.string(),
  lastError: z.string(),
});
export type PendingRetry = z.infer<typeof PendingRetrySchema>;

/**
 * Articles to fetch again, one item each (`RETRY` / `ART#<id>`), in one partition: the set is small
 * (failures of the last two days) and the poll reads it whole. Poll enqueues the due ones; process
 * reschedules or removes them.
 */
export class RetryStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records (or replaces) the next try of an article. */
  async schedule(retry: PendingRetry): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: 'RETRY', sk: `ART#${retry.job.articleId}`, nextAttemptAt: retry.nextAttemptAt, retry: JSON.stringify(retry) },
      }),
    );
  }

  /** Every pending try, due or not, in article id order. */
  async listPending(): Promise<PendingRetry[]> {
    const items = await queryAllItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'RETRY' },
    });
    return items.map((item) => PendingRetrySchema.parse(JSON.parse(item.retry as string)));
  }

  /**
   * Moves a handed-out try's time to `until`, unless someone changed it meanwhile: a try whose job
   * was lost comes due again then, and the next poll does not hand the same try out twice.
   */
  async postpone(retry: PendingRetry, until: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: 'RETRY', sk: `ART#${retry.job.articleId}` },
          UpdateExpression: 'SET nextAttemptAt = :until, retry = :retry',
          ConditionExpression: 'nextAttemptAt = :was',
          ExpressionAttributeValues: { ':until': until, ':was': retry.nextAttemptAt, ':retry': JSON.stringify({ ...retry, nextAttemptAt: until }) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  /**
   * A later try read an article of `date`: that day's digest (and the thread state after it) must
   * be built again. Read by the digest job, which rebuilds from the earliest such day.
   */
  async markDayToRebuild(date: string): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { pk: 'REBUILD', sk: date } }));
  }

  /** Days marked for a rebuild, oldest first. */
  async listDaysToRebuild(): Promise<string[]> {
    const { Items } = await this.client.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'REBUILD' }, ConsistentRead: true }),
    );
    return (Items ?? []).map((item) => item.sk as string).sort();
  }

  /** The day was rebuilt. */
  async clearDayToRebuild(date: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: 'REBUILD', sk: date } }));
  }

  /** The article was read, or given up: nothing more to try. */
  async remove(articleId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: 'RETRY', sk: `ART#${articleId}` } }));
  }
}
