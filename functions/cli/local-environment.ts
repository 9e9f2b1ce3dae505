import { join } from 'node:path';
import { createLogger } from '../../shared/observability/logger';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { RetryStore } from '../../shared/storage/dynamo/retry-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { FeedStateStore } from '../../shared/storage/dynamo/feed-state-store';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { mailDigestsLocally } from '../../shared/email/local-mail';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { createPageReaderPool } from '../../shared/jobs/page-reader-pool';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import type { Storyline } from '../../shared/storyline/types';
import { RULES_EXTRACTOR, type ClaimExtractorConfig } from '../../shared/claims/bedrock/extractor-config';
import { claimExtractorFactory } from '../claim-extractor';

export const LOCAL_TABLE = 'sitrep';

export interface LocalEnvironmentOptions {
  dataDir: string;
  allowHosts: string[];
  timeZone: string;
  recipients: string[];
  /** The story to follow; the Syria–Russia storyline unless a test brings its own. */
  storyline?: Storyline;
  /** New items taken from one feed per run; the poll's default when absent. */
  maxNewItemsPerFeed?: number;
  /** Who reads claims: the rules unless the CLI chose the model. */
  extractor?: ClaimExtractorConfig;
  /** Threads reading pages (fetch + extraction); 1 or absent reads them in the main thread. */
  workers?: number;
}

/**
 * The local composition root: the same adapters the Lambdas build, pointed at an embedded dynalite
 * (LevelDB under `<data-dir>/dynamo`) and a filesystem blob store rooted at the data dir, so blob
 * keys such as `digests/<date>/digest.json` land at `<data-dir>/digests/<date>/digest.json`.
 */
export async function openLocalEnvironment(options: LocalEnvironmentOptions) {
  // The CLI prints its own summary; POWERTOOLS_LOG_LEVEL=INFO shows every step as JSON logs.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  const dynamo = await startEmbeddedDynamo(join(options.dataDir, 'dynamo'));
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, LOCAL_TABLE);
  const logger = createLogger('sitrep-replay');
  const fetchLimits = FetchLimitsSchema.parse({ allowHosts: options.allowHosts });
  const pagePool = (options.workers ?? 1) > 1 ? createPageReaderPool({ threads: options.workers as number, fetchLimits }) : undefined;
  const deps = {
    ...createStorylineDeps(options.storyline ?? SYRIA_RUSSIA, claimExtractorFactory(options.extractor ?? RULES_EXTRACTOR, { dynamo: client, tableName: LOCAL_TABLE })),
    fetcher: createGuardedFetcher(fetchLimits),
    pagePool,
    articles: new ArticleStore(client, LOCAL_TABLE),
    blobs: new FsBlobStore(options.dataDir),
    dedupe: createDedupeService(client, LOCAL_TABLE),
    threadStates: new ThreadStateStore(client, LOCAL_TABLE),
    feedStates: new FeedStateStore(client, LOCAL_TABLE),
    retries: new RetryStore(client, LOCAL_TABLE),
    maxNewItemsPerFeed: options.maxNewItemsPerFeed,
    now: () => new Date(),
    logger,
    timeZone: options.timeZone,
  };
  return {
    client,
    deps,
    /** Mails each digest date to the confirmed subscribers and the --to recipients as .eml files; one line per email. */
    async sendDigests(dates: string[]): Promise<string[]> {
      // Without --to, the subscribers confirmed through `npm run serve` on this data dir still get mail.
      if (dates.length === 0) return [];
      return mailDigestsLocally({
        dataDir: options.dataDir,
        client,
        tableName: LOCAL_TABLE,
        blobs: deps.blobs,
        recipients: options.recipients,
        dates,
        now: deps.now,
        logger,
      });
    },
    async close(): Promise<void> {
      await pagePool?.close();
      client.destroy();
      await dynamo.close();
    },
  };
}
