/**
 * Throughput: the whole corpus through processArticle in publication order, as the replay runs it,
 * with 1 worker (every page read in the main thread, as the Lambda does) and with 2 (pages read in
 * a pool of two worker threads, ahead of the article the main thread analyses). Each run starts
 * from an empty table and blob folder. The one-worker run's DynamoDB usage is metered, and both
 * runs' digests are computed from the stored records to check they are identical.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { computeDigest } from '../shared/digest/compute-digest';
import { selectReaderView } from '../shared/digest/reader-view';
import { renderDigestHtml } from '../shared/digest/render-html';
import { renderDigestMarkdown } from '../shared/digest/render-markdown';
import type { ThreadState } from '../shared/digest/thread-state';
import { createPageReaderPool, readPagesAhead, type PageReaderPool } from '../shared/jobs/page-reader-pool';
import { processArticle, type ProcessDeps } from '../shared/jobs/process-article';
import type { ArticleJob } from '../shared/model/article';
import { countRequests, estimateOnDemandCostUsd, ON_DEMAND_PRICE_USD_PER_MILLION, type DynamoUsage } from '../shared/storage/dynamo/usage-meter';
import type { BenchPage } from './corpus';
import { openBenchPipeline, toArticleJob, type BenchPipeline } from './pipeline-environment';
import { round } from './statistics';

export interface ThroughputResult {
  /** Articles per second, keyed by workers. */
  articlesPerSecond: Record<string, number>;
  /** Wall time of each run in seconds, keyed by workers. */
  seconds: Record<string, number>;
  /**
   * Where the time went, keyed by workers: the main thread's event-loop utilisation (1: it never
   * waited), the cores the process kept busy (CPU time of every thread / wall time), and how long
   * the main thread waited for pages from the pool.
   */
  saturation: Record<string, { mainThreadBusy: number; coresBusy: number; waitedForPagesSeconds: number }>;
  /** A hash of every day's digest (json, md, html) computed from each run's records, keyed by workers. */
  digestHash: Record<string, string>;
  /** DynamoDB usage per article of the one-worker run. */
  dynamoPerArticle: DynamoPerArticle;
}

/** Requests and capacity units per article, and what they cost on demand. */
export interface DynamoPerArticle {
  requests: number;
  requestsByCommand: Record<string, number>;
  readUnits: number;
  writeUnits: number;
  /** At ON_DEMAND_PRICE_USD_PER_MILLION (us-east-1 list price). */
  costPer1000ArticlesUsd: number;
}

/** Pages read ahead per pool thread, as the replay does. */
const PAGES_AHEAD_PER_THREAD = 2;
const DIGEST_CLOCK = '2025-12-01T06:00:00.000Z';

export async function runThroughputBench(pages: readonly BenchPage[], baseUrl: string, workerCounts: readonly number[] = [1, 2]): Promise<ThroughputResult> {
  const result: ThroughputResult = { articlesPerSecond: {}, seconds: {}, saturation: {}, digestHash: {}, dynamoPerArticle: perArticle({ requests: {}, readUnits: 0, writeUnits: 0 }, 1) };
  const jobs = pages.map((page) => toArticleJob(page, baseUrl));
  for (const workers of workerCounts) {
    const pipeline = await openBenchPipeline();
    const pool = workers > 1 ? createPageReaderPool({ threads: workers, fetchLimits: pipeline.fetchLimits }) : null;
    try {
      // Before the clock, as a long backfill amortises it: each thread's jsdom, or the main thread's.
      if (pool) await warmUp(pool, jobs[0] as ArticleJob);
      else await import('../shared/jobs/read-article-page');
      pipeline.usage.reset();
      let waitedMs = 0;
      const readAhead = pool && readPagesAhead(jobs, pool.readPage, { finalAttempt: true }, workers * PAGES_AHEAD_PER_THREAD);
      const deps: ProcessDeps = readAhead
        ? {
            ...pipeline.deps,
            readPage: async (job, options) => {
              const asked = performance.now();
              const page = await readAhead(job, options);
              waitedMs += performance.now() - asked;
              return page;
            },
          }
        : pipeline.deps;
      const loopBefore = performance.eventLoopUtilization();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      for (const job of jobs) await processArticle(job, deps, { finalAttempt: true });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      result.saturation[String(workers)] = {
        mainThreadBusy: round(performance.eventLoopUtilization(loopBefore).utilization, 2),
        coresBusy: round((cpu.user + cpu.system) / 1e6 / seconds, 2),
        waitedForPagesSeconds: round(waitedMs / 1000, 1),
      };
      if (workers === 1) result.dynamoPerArticle = perArticle(pipeline.usage.snapshot(), jobs.length);
      result.seconds[String(workers)] = round(seconds, 1);
      result.articlesPerSecond[String(workers)] = round(jobs.length / seconds, 2);
      result.digestHash[String(workers)] = await hashDigests(pipeline, jobs);
    } finally {
      await pool?.close();
      await pipeline.close();
    }
  }
  return result;
}

/** Starts every thread (each loads jsdom once, ~1 s) before the clock, as a long backfill amortises it. */
async function warmUp(pool: PageReaderPool, job: ArticleJob): Promise<void> {
  await Promise.all(Array.from({ length: pool.threads }, () => pool.readPage(job, { finalAttempt: true })));
}

function perArticle(usage: DynamoUsage, articles: number): DynamoPerArticle {
  const requestsByCommand = Object.fromEntries(Object.entries(usage.requests).map(([command, count]) => [command, round(count / articles, 2)]));
  return {
    requests: round(countRequests(usage) / articles, 2),
    requestsByCommand,
    readUnits: round(usage.readUnits / articles, 2),
    writeUnits: round(usage.writeUnits / articles, 2),
    costPer1000ArticlesUsd: round((estimateOnDemandCostUsd(usage) / articles) * 1000, 4),
  };
}

/** Every day's digest, computed as buildDigest does (state carried from day to day), hashed together. */
async function hashDigests(pipeline: BenchPipeline, jobs: readonly ArticleJob[]): Promise<string> {
  const hash = createHash('sha256');
  let state: ThreadState | null = null;
  for (const date of [...new Set(jobs.map((job) => job.digestDate))].sort()) {
    const records = await pipeline.deps.articles.listDay(date);
    const { digest, stateAfter } = computeDigest({ storyline: pipeline.deps.storyline, date, stateBefore: state, records, generatedAt: DIGEST_CLOCK });
    const view = selectReaderView(digest);
    hash.update(JSON.stringify(digest)).update(renderDigestMarkdown(view)).update(renderDigestHtml(view));
    state = stateAfter;
  }
  return hash.digest('hex').slice(0, 16);
}

/** Requests per article as one line, most frequent command first. */
export function formatDynamoPerArticle(usage: DynamoPerArticle): string {
  const commands = Object.entries(usage.requestsByCommand)
    .sort((left, right) => right[1] - left[1])
    .map(([command, count]) => `${command.replace(/Command$/, '')} ${count}`)
    .join(', ');
  return [
    `DynamoDB per article (1 worker, whole process step): ${usage.requests} requests (${commands}), ${usage.readUnits} read + ${usage.writeUnits} write request units`,
    `estimated on-demand DynamoDB cost: $${usage.costPer1000ArticlesUsd.toFixed(4)} per 1,000 articles (us-east-1 list price 2025–2026: ` +
      `$${ON_DEMAND_PRICE_USD_PER_MILLION.readRequestUnit} per million read, $${ON_DEMAND_PRICE_USD_PER_MILLION.writeRequestUnit} per million write request units)`,
  ].join('\n');
}
