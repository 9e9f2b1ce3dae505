/**
 * `npm run bench`: the pipeline's cost, section by section, printed as tables and written to
 * bench/results.json. Not a test: nothing here passes or fails, the targets are read off the output.
 *
 *   npm run bench                       every section (about 6–8 minutes on 2 cores)
 *   npm run bench -- stages bundles     only those sections; results.json keeps the others' last values
 *
 * Sections: stages (per-article cost split and overhead), throughput (articles/s with 1 and 2
 * workers), memory (peak RSS of processing the corpus in its own process), dedupe (lookup at 1k,
 * 10k and 100k indexed articles, bench/dedupe.ts), bundles (Lambda bundle sizes and cold imports).
 */
// The heap growth the process Lambda and the replay run with, before any page is read.
import '../functions/heap-growth';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../test/helpers/fixture-server';
import { runBundleBench, type BundleResult } from './bundles';
import { generateCorpus, type BenchPage } from './corpus';
import { formatDedupeBench, runDedupeBench } from './dedupe';
import { PAGE_READER_HEAP_MB } from '../shared/jobs/page-reader-pool';
import { runMemoryBench, type MemoryResult } from './memory';
import { formatStageBench, runStageBench } from './stages';
import { formatDynamoPerArticle, runThroughputBench } from './throughput';

const SECTIONS = ['stages', 'throughput', 'memory', 'dedupe', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];
const RESULTS_FILE = join(import.meta.dirname, 'results.json');
/** Page-reading threads of the memory bench's later runs: one, and the replay's default on this 2-core machine. */
const MEMORY_PAGE_THREADS = [1, 2];

type Results = Record<string, unknown>;

interface Corpus {
  pages: BenchPage[];
  server: FixtureServer;
}

async function main(): Promise<void> {
  // The SDK's notice about Node 20 support would repeat in every child process.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const requested = process.argv.slice(2).filter((argument) => argument !== '--');
  const unknown = requested.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  const sections = requested.length > 0 ? (requested as Section[]) : [...SECTIONS];

  const results: Results = await readPreviousResults();
  results.machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, takenAt: new Date().toISOString() };
  let corpus: Corpus | null = null;
  const openCorpus = async (): Promise<Corpus> => {
    if (corpus) return corpus;
    const pages = await generateCorpus();
    const server = await startFixtureServer(
      Object.fromEntries(pages.map((page) => [page.path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.html }])),
    );
    results.corpus = describeCorpus(pages);
    console.log(`corpus: ${pages.length} pages, ${(pages.reduce((sum, page) => sum + page.bytes, 0) / 1e6).toFixed(1)} MB, served at ${server.url}`);
    corpus = { pages, server };
    return corpus;
  };

  try {
    for (const section of sections) {
      const started = performance.now();
      console.log(`\n== ${section}`);
      await runSection(section, results, openCorpus);
      console.log(`(${section}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
      await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    }
  } finally {
    await (corpus as Corpus | null)?.server.close();
  }
  console.log(`\n${formatSummary(results)}\nwrote ${RESULTS_FILE}`);
}

async function runSection(section: Section, results: Results, openCorpus: () => Promise<Corpus>): Promise<void> {
  switch (section) {
    case 'stages': {
      const { pages, server } = await openCorpus();
      const stages = await runStageBench(pages, server.url);
      console.log(formatStageBench(stages));
      results.overheadRatio = stages.overheadRatio;
      results.overheadWithoutDedupeRatio = stages.overheadWithoutDedupeRatio;
      results.overheadWithoutGcRatio = stages.overheadWithoutGcRatio;
      results.stageGcMs = stages.gcMs;
      results.stages = stages.stages;
      results.stageArticles = stages.articles;
      results.stageRequests = stages.requests;
      return;
    }
    case 'throughput': {
      const { pages, server } = await openCorpus();
      const throughput = await runThroughputBench(pages, server.url);
      const rate = throughput.articlesPerSecond;
      console.log(`articles/s: 1 worker ${rate['1']}, 2 workers ${rate['2']} (× ${((rate['2'] ?? 0) / (rate['1'] ?? 1)).toFixed(2)})`);
      for (const [workers, busy] of Object.entries(throughput.saturation)) {
        console.log(`  ${workers} worker(s): main thread busy ${busy.mainThreadBusy}, ${busy.coresBusy} cores busy, ${busy.waitedForPagesSeconds} s waiting for pages`);
      }
      const identical = throughput.digestHash['1'] === throughput.digestHash['2'];
      console.log(`digests from 1 and 2 workers: ${identical ? 'identical' : 'DIFFERENT'} (${throughput.digestHash['1']} / ${throughput.digestHash['2']})`);
      console.log(formatDynamoPerArticle(throughput.dynamoPerArticle));
      results.articlesPerSecond = throughput.articlesPerSecond;
      results.throughputSeconds = throughput.seconds;
      results.throughputSaturation = throughput.saturation;
      results.digestsIdentical = identical;
      results.dynamoPerArticle = throughput.dynamoPerArticle;
      return;
    }
    case 'memory': {
      const { pages, server } = await openCorpus();
      // In the main thread as the process Lambda reads pages, then in two page-reading threads as the replay does on 2 cores.
      for (const pageThreads of [0, ...MEMORY_PAGE_THREADS]) {
        const memory = await runMemoryBench(pages, server.url, pageThreads);
        console.log(pageThreads === 0 ? 'pages read in the main thread (as the process Lambda):' : `pages read by ${pageThreads} page-reader threads (as the replay), heap cap ${PAGE_READER_HEAP_MB} MB each:`);
        for (const sample of memory.samples) {
          console.log(`  after ${String(sample.articles).padStart(3)} articles: rss ${sample.rssMb} MB, main heap ${sample.mainHeapMb} MB, ${sample.heapAfterGcMb} MB after a GC`);
        }
        console.log(`  peak RSS ${memory.peakRssMb} MB, CPU ${memory.cpuSeconds} s; pages not read: ${memory.unread.length === 0 ? 'none' : memory.unread.join('; ')}; jsdom in the main thread: ${memory.mainLoadedJsdom ? 'yes' : 'no'}`);
        if (pageThreads === 0) {
          results.peakRssMb = memory.peakRssMb;
          results.memorySamples = memory.samples;
        } else {
          const byThreads = (results.memoryWithPageThreads ?? {}) as Record<string, MemoryResult>;
          results.memoryWithPageThreads = { ...byThreads, [String(pageThreads)]: memory };
        }
      }
      return;
    }
    case 'dedupe': {
      const dedupe = await runDedupeBench(undefined, { log: (line) => console.log(line) });
      console.log(formatDedupeBench(dedupe));
      results.dedupeLookupMs = dedupe.dedupeLookupMs;
      results.dedupeIndexItems = dedupe.indexItems;
      return;
    }
    case 'bundles': {
      const bundles = await runBundleBench();
      console.log(formatBundles(bundles));
      Object.assign(results, bundles);
      return;
    }
  }
}

async function readPreviousResults(): Promise<Results> {
  try {
    return JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as Results;
  } catch {
    return {};
  }
}

function describeCorpus(pages: readonly BenchPage[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const page of pages) counts[page.sizeClass] = (counts[page.sizeClass] ?? 0) + 1;
  return counts;
}

function formatBundles(bundles: BundleResult): string {
  const rows = Object.keys(bundles.coldImportMs).map((name) => {
    const key = name as keyof BundleResult['coldImportMs'];
    const size = bundles.bundleBytes[key];
    return `${name.padEnd(10)} ${String(bundles.coldImportMs[key]).padStart(14)} ${kb(size.onDiskBytes).padStart(12)} ${kb(size.zippedBytes).padStart(12)} ${kb(size.nodeModulesBytes).padStart(16)} ${String(bundles.loadsJsdom[key]).padStart(6)}`;
  });
  return ['bundle     cold import ms   on disk KB    zipped KB  node_modules KB  jsdom', ...rows].join('\n');
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}

/** The headline numbers against the targets of issues 8 and 17. */
function formatSummary(results: Results): string {
  const cold = results.coldImportMs as Record<string, number> | undefined;
  const dedupe = results.dedupeLookupMs as Record<string, number> | undefined;
  const rate = results.articlesPerSecond as Record<string, number> | undefined;
  const requests = results.stageRequests as Record<string, { mean: number; max: number }> | undefined;
  const dynamo = results.dynamoPerArticle as { requests: number; readUnits: number; writeUnits: number; costPer1000ArticlesUsd: number } | undefined;
  const scale = (size: string, per: string) => (requests?.[size] ? `${requests[size].mean} (max ${requests[size].max})` : per);
  const threadPeak = (threads: number) => (results.memoryWithPageThreads as Record<string, MemoryResult> | undefined)?.[String(threads)]?.peakRssMb ?? '–';
  const line = (label: string, value: string, target: string) => `${label.padEnd(34)} ${value.padStart(22)}   ${target}`;
  return [
    line('metric', 'value', 'target'),
    line('overhead / (parse + Readability)', percent(results.overheadRatio), '≤ 30 %'),
    line('articles/s, 1 | 2 workers', rate ? `${rate['1']} | ${rate['2']} (× ${(rate['2']! / rate['1']!).toFixed(2)})` : '–', '2 workers ≥ 1.7 × 1'),
    line('digests from 1 and 2 workers', results.digestsIdentical === undefined ? '–' : results.digestsIdentical ? 'identical' : 'DIFFERENT', 'identical'),
    line('requests: duplicate lookup', scale('duplicateLookup', '–'), '1'),
    line('requests: novelty lookup', scale('noveltyLookup', '–'), '≤ 1'),
    line('requests: index (remember)', scale('dedupeIndex', '–'), ''),
    line('DynamoDB requests / article', dynamo ? String(dynamo.requests) : '–', ''),
    line('read | write units / article', dynamo ? `${dynamo.readUnits} | ${dynamo.writeUnits}` : '–', ''),
    line('DynamoDB $ / 1,000 articles', dynamo ? `$${dynamo.costPer1000ArticlesUsd.toFixed(4)}` : '–', 'on-demand list price'),
    line('cold import poll | digest | send ms', cold ? `${cold.poll} | ${cold.digest} | ${cold.send}` : '–', '< 300 each'),
    line('cold import process ms', cold ? String(cold.process) : '–', '< 1500'),
    line('dedupe lookup 1k | 10k | 100k ms', dedupe ? `${dedupe['1000']} | ${dedupe['10000']} | ${dedupe['100000']}` : '–', '100k ≤ 1.5 × 1k'),
    line('peak RSS MB, in-process | 1 | 2 threads', results.peakRssMb === undefined ? '–' : `${results.peakRssMb} | ${threadPeak(1)} | ${threadPeak(2)}`, '< 512'),
  ].join('\n');
}

function percent(value: unknown): string {
  return typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : '–';
}

await main();
