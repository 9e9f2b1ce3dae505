/**
 * What the model-backed extractor keeps in the state store: answers cached per (text hash, model
 * id, prompt version), and tokens spent per UTC day against the daily budget. A port, and its
 * DynamoDB adapter over the one table (DESIGN.md, Storage):
 * - `CLAIMCACHE#<sha-256 of the message>` / `<model id>#<prompt version>`: the raw tool input
 *   (JSON) and the tokens it cost; kept `CACHE_DAYS`, then swept by TTL (filtered in code on
 *   dynalite, which has no TTL);
 * - `MODELTOKENS#<YYYY-MM-DD>` / `BEDROCK`: `tokens`, added atomically after every paid call.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiresInDays, isExpired } from '../../storage/dynamo/conditional';

/** What identifies one paid answer: the same message, model and prompt are never paid for twice. */
export interface CacheKey {
  textHash: string;
  modelId: string;
  promptVersion: string;
}

/** A model's answer as it was paid for: the tool input before grounding, and its tokens. */
export interface CachedAnswer {
  toolInput: unknown;
  inputTokens: number;
  outputTokens: number;
}

/** The state the extractor needs; a DynamoDB adapter below, any other in the tests. */
export interface ExtractionStore {
  getAnswer(key: CacheKey, now: Date): Promise<CachedAnswer | null>;
  putAnswer(key: CacheKey, answer: CachedAnswer, now: Date): Promise<void>;
  /** Tokens (input + output) spent on `day` (YYYY-MM-DD, UTC). */
  tokensSpent(day: string): Promise<number>;
  addTokens(day: string, tokens: number, now: Date): Promise<void>;
}

/** How long a cached answer is kept: a reprocess or replay within it pays nothing. */
export const CACHE_DAYS = 180;
// The day's counter outlives its day by a little, for whoever reads it after midnight.
const TOKEN_COUNTER_DAYS = 3;

export class DynamoExtractionStore implements ExtractionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getAnswer(key: CacheKey, now: Date): Promise<CachedAnswer | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: cacheItemKey(key), ConsistentRead: true }));
    if (!Item || isExpired(Item, now)) return null;
    return { toolInput: JSON.parse(Item.toolInput as string) as unknown, inputTokens: Number(Item.inputTokens), outputTokens: Number(Item.outputTokens) };
  }

  async putAnswer(key: CacheKey, answer: CachedAnswer, now: Date): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...cacheItemKey(key),
          // A string, not a map: the model's JSON may hold empty strings or keys DynamoDB would refuse.
          toolInput: JSON.stringify(answer.toolInput),
          inputTokens: answer.inputTokens,
          outputTokens: answer.outputTokens,
          storedAt: now.toISOString(),
          expiresAt: expiresInDays(now, CACHE_DAYS),
        },
      }),
    );
  }

  async tokensSpent(day: string): Promise<number> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: tokenItemKey(day), ConsistentRead: true }));
    return Item ? Number(Item.tokens) : 0;
  }

  async addTokens(day: string, tokens: number, now: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: tokenItemKey(day),
        UpdateExpression: 'ADD tokens :tokens SET expiresAt = :expiresAt',
        ExpressionAttributeValues: { ':tokens': tokens, ':expiresAt': expiresInDays(now, TOKEN_COUNTER_DAYS) },
      }),
    );
  }
}

function cacheItemKey(key: CacheKey): { pk: string; sk: string } {
  return { pk: `CLAIMCACHE#${key.textHash}`, sk: `${key.modelId}#${key.promptVersion}` };
}

function tokenItemKey(day: string): { pk: string; sk: string } {
  return { pk: `MODELTOKENS#${day}`, sk: 'BEDROCK' };
}
