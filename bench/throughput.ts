/**
 * Throughput: the whole corpus through processArticle, as the replay and the Lambda run it, with
 * 1 and 2 articles in flight (p-limit). Each run starts from an empty table and blob folder.
 */
import pLimit from 'p-limit';
import { processArticle } from '../shared/jobs/process-article';
import type { BenchPage } from './corpus';
import { openBenchPipeline, toArticleJob } from './pipeline-environment';
import { round } from './statistics';

export interface ThroughputResult {
  /** Articles per second, keyed by concurrency. */
  articlesPerSecond: Record<string, number>;
  /** Wall time of each run in seconds, keyed by concurrency. */
  seconds: Record<string, number>;
}

export async function runThroughputBench(
  pages: readonly BenchPage[],
  baseUrl: string,
  concurrencies: readonly number[] = [1, 2],
): Promise<ThroughputResult> {
  const result: ThroughputResult = { articlesPerSecond: {}, seconds: {} };
  for (const concurrency of concurrencies) {
    const pipeline = await openBenchPipeline();
    try {
      const limit = pLimit(concurrency);
      const started = performance.now();
      await Promise.all(
        pages.map((page) => limit(() => processArticle(toArticleJob(page, baseUrl), pipeline.deps, { finalAttempt: true }))),
      );
      const seconds = (performance.now() - started) / 1000;
      result.seconds[String(concurrency)] = round(seconds, 1);
      result.articlesPerSecond[String(concurrency)] = round(pages.length / seconds, 2);
    } finally {
      await pipeline.close();
    }
  }
  return result;
}
