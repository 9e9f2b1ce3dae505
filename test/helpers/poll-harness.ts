import { Logger } from '@aws-lambda-powertools/logger';
import type { FetchLimits } from '../../shared/config/config';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import type { Resolver } from '../../shared/fetch/network-guard';
import type { JobQueue, PollDeps } from '../../shared/jobs/poll-feeds';
import type { ArticleJob } from '../../shared/model/article';
import { RetryStore } from '../../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { FeedStateStore } from '../../shared/storage/dynamo/feed-state-store';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

/** The queue the tests read back: a plain in-memory list of what poll enqueued. */
export class RecordingQueue implements JobQueue {
  readonly jobs: ArticleJob[] = [];
  async enqueue(jobs: ArticleJob[]): Promise<void> {
    this.jobs.push(...jobs);
  }
}

export interface PollHarness {
  dynamo: EmbeddedDynamo;
  /** Fresh stores and queue on a new table, so tests do not see each other's claims. */
  createDeps(options?: { limits?: Partial<FetchLimits>; lookup?: Resolver; now?: Date; timeZone?: string }): Promise<PollDeps & { queue: RecordingQueue }>;
  close(): Promise<void>;
}

/** dynalite in memory + the real DynamoDB adapters + the guarded fetcher, as the Lambda wires them. */
export async function startPollHarness(): Promise<PollHarness> {
  const dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint, maxAttempts: 2 });
  const logger = new Logger({ serviceName: 'poll-test', logLevel: 'SILENT' });
  let tables = 0;
  return {
    dynamo,
    async createDeps(options = {}) {
      tables += 1;
      const tableName = `poll-${tables}`;
      await ensureTable(client, tableName);
      const articles = new ArticleStore(client, tableName);
      const feedStates = new FeedStateStore(client, tableName);
      const fetcher = createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], ...options.limits }), { lookup: options.lookup });
      const now = options.now ?? new Date('2025-10-20T09:00:00Z');
      return {
        storyline: SYRIA_RUSSIA,
        fetcher,
        articles,
        feedStates,
        retries: new RetryStore(client, tableName),
        queue: new RecordingQueue(),
        now: () => now,
        timeZone: options.timeZone ?? 'UTC',
        logger,
      };
    },
    async close() {
      client.destroy();
      await dynamo.close();
    },
  };
}
