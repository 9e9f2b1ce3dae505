/**
 * Peak memory of the process step over the whole corpus, in a process of its own so that the
 * bench's other sections (and dynalite, which stands in for DynamoDB) are not counted: the parent
 * serves the pages and the table, the child (bench/memory-worker.ts) only runs processArticle.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedDynamo } from '../shared/storage/local/embedded-dynamo';
import type { BenchPage } from './corpus';
import { toArticleJob } from './pipeline-environment';

const run = promisify(execFile);

/** One sample taken after every SAMPLE_EVERY articles. */
export interface MemorySample {
  articles: number;
  rssMb: number;
  /** Heap in use right after a full GC: what the process keeps between articles. */
  heapAfterGcMb: number;
}

export interface MemoryResult {
  peakRssMb: number;
  samples: MemorySample[];
}

export async function runMemoryBench(pages: readonly BenchPage[], baseUrl: string): Promise<MemoryResult> {
  const dynamo = await startEmbeddedDynamo();
  const workDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-memory-'));
  try {
    const jobsFile = join(workDir, 'jobs.json');
    await writeFile(jobsFile, JSON.stringify(pages.map((page) => toArticleJob(page, baseUrl))));
    const worker = join(import.meta.dirname, 'memory-worker.ts');
    // Asynchronous on purpose: this process must keep serving pages and dynalite to the child.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', worker, jobsFile, dynamo.endpoint], {
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) as string) as MemoryResult;
  } finally {
    await dynamo.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
