import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ArticleRecordSchema, type ArticleRecord } from '../../model/article';
import { getItemsInBatches, queryAllItems } from './batch-operations';
import { isConditionalCheckFailure, putIfAbsent } from './conditional';

/**
 * Seen URLs and the day → articles index. Items:
 * - `URL#<canonicalUrl>` / `URL`: claimed once by the poll step (conditional write);
 * - `ARTICLE#<id>` / `RECORD`: the processed record, the process step's idempotency marker;
 * - `ARTICLE#<id>` / `LEASE`: held while one invocation processes the article (expires, TTL);
 * - `DAY#<date>` / `ART#<id>`: the same record, listed under its digest day.
 */
export class ArticleStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Claims a canonical URL for an article; false when another poll (or an earlier run) already did. */
  async claimUrl(canonicalUrl: string, articleId: string, now: Date): Promise<boolean> {
    return putIfAbsent(this.client, this.tableName, {
      pk: `URL#${canonicalUrl}`,
      sk: 'URL',
      articleId,
      claimedAt: now.toISOString(),
    });
  }

  /** The article id a canonical URL was claimed for, if any. */
  async findUrl(canonicalUrl: string): Promise<string | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `URL#${canonicalUrl}`, sk: 'URL' } }),
    );
    return typeof Item?.articleId === 'string' ? Item.articleId : null;
  }

  /** Which of `canonicalUrls` were claimed already: one BatchGetItem per 100, for a long feed's tail. */
  async findClaimedUrls(canonicalUrls: readonly string[]): Promise<Set<string>> {
    const items = await getItemsInBatches(this.client, this.tableName, canonicalUrls.map((url) => ({ pk: `URL#${url}`, sk: 'URL' })));
    return new Set(items.map((item) => (item.pk as string).slice('URL#'.length)));
  }

  /** The processed record of an article, or null when it was never (fully) processed. */
  async getArticle(articleId: string): Promise<ArticleRecord | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `ARTICLE#${articleId}`, sk: 'RECORD' }, ConsistentRead: true }),
    );
    return Item ? ArticleRecordSchema.parse(JSON.parse(Item.record as string)) : null;
  }

  /**
   * Takes the processing lease of an article: false while another invocation holds an unexpired
   * one. SQS may hand the same message to two invocations at once; without the lease both fetch
   * the page, and when it changed in between their writes interleave (one run's day entry, the
   * other's record). A crashed holder's lease simply expires.
   */
  async acquireProcessingLease(articleId: string, now: Date, leaseSeconds: number): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `ARTICLE#${articleId}`, sk: 'LEASE', expiresAt: nowSeconds + leaseSeconds },
          // dynalite has no TTL, so an expired lease is taken over here rather than left to expire.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  /** Gives the lease back after a failed attempt, so the queue's retry need not wait for it to expire. */
  async releaseProcessingLease(articleId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: `ARTICLE#${articleId}`, sk: 'LEASE' } }));
  }

  /**
   * Stores a processed record under its day, then under its id. The id item is written last: it is
   * the marker that processing finished, so a crash in between is simply processed again.
   */
  async putArticle(record: ArticleRecord): Promise<void> {
    await this.putDayEntry(record);
    await this.putRecord(record);
  }

  /**
   * The record listed under its digest day (what a digest reads). Written before putRecord, never
   * after: a day entry without its record is processed again and rewritten; a record without its
   * day entry would be an article no digest lists.
   */
  async putDayEntry(record: ArticleRecord): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: `DAY#${record.digestDate}`, sk: `ART#${record.id}`, record: JSON.stringify(record) },
      }),
    );
  }

  /** The record under its id: the marker that processing finished (getArticle), written last. */
  async putRecord(record: ArticleRecord): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: `ARTICLE#${record.id}`, sk: 'RECORD', record: JSON.stringify(record), digestDate: record.digestDate },
      }),
    );
  }

  /** Every article recorded for a digest day, in id order. */
  async listDay(date: string): Promise<ArticleRecord[]> {
    const items = await queryAllItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `DAY#${date}`, ':prefix': 'ART#' },
    });
    return items.map((item) => ArticleRecordSchema.parse(JSON.parse(item.record as string)));
  }
}
