/**
 * The child of the memory bench: processes the jobs in the given file one after another against
 * the given dynalite endpoint and prints a MemoryResult as its last line of output.
 *
 *   node --import tsx --expose-gc bench/memory-worker.ts JOBS.json DYNAMO_ENDPOINT   (or its bundle, as bench/memory.ts runs it)
 */
import { readFile } from 'node:fs/promises';
import { processArticle } from '../shared/jobs/process-article';
import type { ArticleJob } from '../shared/model/article';
import type { MemoryResult, MemorySample } from './memory';
import { openBenchPipeline } from './pipeline-environment';
import { round } from './statistics';

const SAMPLE_EVERY = 50;
const MB = 1024 * 1024;

const [jobsFile, dynamoEndpoint] = process.argv.slice(2);
if (!jobsFile || !dynamoEndpoint) throw new Error('usage: memory-worker.ts JOBS.json DYNAMO_ENDPOINT');
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('run with --expose-gc');

const jobs = JSON.parse(await readFile(jobsFile, 'utf8')) as ArticleJob[];
const pipeline = await openBenchPipeline({ dynamoEndpoint });
const samples: MemorySample[] = [];
const sample = (articles: number) => {
  const rssMb = process.memoryUsage().rss / MB;
  collectGarbage();
  samples.push({ articles, rssMb: round(rssMb, 1), heapAfterGcMb: round(process.memoryUsage().heapUsed / MB, 1) });
};
try {
  sample(0);
  for (const [index, job] of jobs.entries()) {
    await processArticle(job, pipeline.deps, { finalAttempt: true });
    if ((index + 1) % SAMPLE_EVERY === 0 || index + 1 === jobs.length) sample(index + 1);
  }
} finally {
  await pipeline.close();
}
// resourceUsage().maxRSS is in kilobytes.
const result: MemoryResult = { peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1), samples };
console.log(JSON.stringify(result));
