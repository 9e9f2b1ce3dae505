/**
 * The child of the memory bench: processes the jobs in the given file one after another against
 * the given dynalite endpoint and prints a MemoryResult as its last line of output.
 *
 *   node --expose-gc memory-worker.js JOBS.json DYNAMO_ENDPOINT 0                         (its bundle: pages read in this thread)
 *   node --expose-gc --import tsx bench/memory-worker.ts JOBS.json DYNAMO_ENDPOINT THREADS  (pages read by THREADS page-reader threads)
 *
 * With THREADS > 0, pages are read by the replay's pool of page-reader threads, ahead of the article
 * analysed, as the replay reads them.
 */
// As the process Lambda and the replay set it, first.
import '../functions/heap-growth';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createPageReaderPool, readPagesAhead } from '../shared/jobs/page-reader-pool';
import { processArticle, type ProcessDeps } from '../shared/jobs/process-article';
import type { ArticleJob } from '../shared/model/article';
import type { MemoryResult, MemorySample } from './memory';
import { openBenchPipeline } from './pipeline-environment';
import { round } from './statistics';

const SAMPLE_EVERY = 50;
const MB = 1024 * 1024;

/** Pages read ahead per thread, as the replay does. */
const PAGES_AHEAD_PER_THREAD = 2;

const [jobsFile, dynamoEndpoint, threadsArgument = '0'] = process.argv.slice(2);
const pageThreads = Number(threadsArgument);
if (!jobsFile || !dynamoEndpoint || !Number.isInteger(pageThreads) || pageThreads < 0) {
  throw new Error('usage: memory-worker.ts JOBS.json DYNAMO_ENDPOINT [THREADS]');
}
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('run with --expose-gc');

const jobs = JSON.parse(await readFile(jobsFile, 'utf8')) as ArticleJob[];
const pipeline = await openBenchPipeline({ dynamoEndpoint });
const pool = pageThreads > 0 ? createPageReaderPool({ threads: pageThreads, fetchLimits: pipeline.fetchLimits }) : null;
const deps: ProcessDeps = pool
  ? { ...pipeline.deps, readPage: readPagesAhead(jobs, pool.readPage, { finalAttempt: true }, pageThreads * PAGES_AHEAD_PER_THREAD) }
  : pipeline.deps;
const samples: MemorySample[] = [];
/** Pages recorded with an error (a page reader's heap cap would show here): the run must read every page to count. */
const unread: string[] = [];
const sample = (articles: number) => {
  const before = process.memoryUsage();
  collectGarbage();
  samples.push({ articles, rssMb: round(before.rss / MB, 1), mainHeapMb: round(before.heapTotal / MB, 1), heapAfterGcMb: round(process.memoryUsage().heapUsed / MB, 1) });
};
try {
  sample(0);
  for (const [index, job] of jobs.entries()) {
    const { record } = await processArticle(job, deps, { finalAttempt: true });
    if (record.error !== undefined) unread.push(`${job.url}: ${record.error}`);
    if ((index + 1) % SAMPLE_EVERY === 0 || index + 1 === jobs.length) sample(index + 1);
  }
} finally {
  await pool?.close();
  await pipeline.close();
}
// resourceUsage().maxRSS is in kilobytes.
const mainLoadedJsdom = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/node_modules/jsdom/'));
const usage = process.resourceUsage();
const result: MemoryResult = {
  pageThreads,
  peakRssMb: round(usage.maxRSS / 1024, 1),
  cpuSeconds: round((usage.userCPUTime + usage.systemCPUTime) / 1e6, 1),
  samples,
  unread,
  mainLoadedJsdom,
};
console.log(JSON.stringify(result));
