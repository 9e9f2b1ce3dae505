/**
 * Peak memory of the process step over the whole corpus, in a process of its own so that the
 * bench's other sections (and dynalite, which stands in for DynamoDB) are not counted: the parent
 * serves the pages and the table, the child (bench/memory-worker.ts) only runs processArticle.
 * It runs the corpus twice:
 * - pages read in the main thread, as the process Lambda reads them: the child is bundled with the
 *   Lambdas' esbuild options and run by plain node, as in Lambda (no TypeScript loader in its memory);
 * - pages read by page-reader threads under their heap cap, as the replay reads them: the child runs
 *   as the replay does (node with tsx, the pool's own thread entry). The threads' memory is the
 *   process's, so peak RSS counts them.
 */
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUNDLE_TARGET, ESM_REQUIRE_BANNER, EXTERNAL_MODULES, HANDLERS, REPOSITORY_ROOT } from '../infra/bundling';
import { startEmbeddedDynamo } from '../shared/storage/local/embedded-dynamo';
import type { BenchPage } from './corpus';
import { toArticleJob } from './pipeline-environment';

const run = promisify(execFile);

/** One sample taken after every SAMPLE_EVERY articles. */
export interface MemorySample {
  articles: number;
  rssMb: number;
  /** The main thread's V8 heap (live and garbage) before that GC: page-reader threads have heaps of their own. */
  mainHeapMb: number;
  /** Heap in use right after a full GC: what the process keeps between articles. */
  heapAfterGcMb: number;
}

export interface MemoryResult {
  /** Page-reading threads (0: pages read in the main thread). */
  pageThreads: number;
  peakRssMb: number;
  /** CPU time of the whole child (every thread), user + system: what the memory settings cost in time. */
  cpuSeconds: number;
  samples: MemorySample[];
  /** Pages recorded with an error, and why: none, or the peak is not that of reading the corpus. */
  unread: string[];
  /** Whether jsdom was loaded in the main thread (it is needed there only when pages are read there). */
  mainLoadedJsdom: boolean;
}

export async function runMemoryBench(pages: readonly BenchPage[], baseUrl: string, pageThreads = 0, nodeFlags: readonly string[] = []): Promise<MemoryResult> {
  const dynamo = await startEmbeddedDynamo();
  const workDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-memory-'));
  // Inside the repository, so the externals (AWS SDK, jsdom) resolve from its node_modules.
  const bundle = join(REPOSITORY_ROOT, '.tmp', `bench-memory-worker-${process.pid}.mjs`);
  try {
    const jobsFile = join(workDir, 'jobs.json');
    await writeFile(jobsFile, JSON.stringify(pages.map((page) => toArticleJob(page, baseUrl))));
    let child: string[];
    if (pageThreads === 0) {
      await bundleWorker(bundle);
      child = [bundle];
    } else {
      child = ['--import', 'tsx', join(import.meta.dirname, 'memory-worker.ts')];
    }
    // Asynchronous on purpose: this process must keep serving pages and dynalite to the child.
    const { stdout } = await run(process.execPath, ['--expose-gc', ...nodeFlags, ...child, jobsFile, dynamo.endpoint, String(pageThreads)], {
      cwd: REPOSITORY_ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) as string) as MemoryResult;
  } finally {
    await dynamo.close();
    await rm(workDir, { recursive: true, force: true });
    await rm(bundle, { force: true });
  }
}

/** The child bundled like the process Lambda (infra/bundling.ts), jsdom left outside as there. */
async function bundleWorker(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'memory-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    external: [...EXTERNAL_MODULES, ...HANDLERS.process.nodeModules],
    logLevel: 'error',
  });
}
