/**
 * Per-article cost split. Each corpus page goes through the same steps, in the same order and with
 * the same early exits, as processArticle (fetch → extractArticle → analyseArticle → storeArticle),
 * but with a clock around every step. extractArticle's internals are timed one by one so that the
 * jsdom parse and Readability, the floor of the pipeline, stand apart from everything else.
 *
 * Everything runs in one thread, as the process Lambda runs it, so the full collections of each
 * page's DOM land in whichever step allocates next. Their time is counted per step (V8's `gc`
 * performance entries, by the step running when each began) and the overhead is given with and
 * without it. extractArticle, timed whole for comparison, runs in a pass of its own after the
 * corpus, so that its garbage is not collected inside the next article's steps.
 */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../shared/extract/extract-article';
import { convertHtmlToText } from '../shared/extract/html-to-text';
import { MAX_PAGE_ELEMENTS } from '../shared/extract/markup-bounds';
import { readPageMetadata } from '../shared/extract/page-metadata';
import { removePageFurniture } from '../shared/extract/remove-page-furniture';
import { splitSentences } from '../shared/extract/sentences';
import { stripInertMarkup } from '../shared/extract/strip-inert-markup';
import { ARTICLE_NOVELTY_SCOPE, storeArticle } from '../shared/jobs/analyse-article';
import type { ArticleRecord } from '../shared/model/article';
import { assessRelevance } from '../shared/relevance/assess-relevance';
import type { BenchPage } from './corpus';
import { openBenchPipeline, toArticleJob } from './pipeline-environment';
import { round, summarise, type Summary } from './statistics';
import { countRequests, subtractUsage } from '../shared/storage/dynamo/usage-meter';

/** The steps timed, in pipeline order. `parse` and `readability` are the floor; the rest is overhead. */
export const STAGES = [
  'fetch',
  'strip',
  'parse',
  'prepare',
  'readability',
  'toText',
  'closeWindow',
  'sentences',
  'relevance',
  'duplicateLookup',
  'noveltyLookup',
  'dedupeIndex',
  'claims',
  'storage',
] as const;
export type Stage = (typeof STAGES)[number];

export interface StageBenchResult {
  stages: Record<Stage | 'total' | 'extractArticle', Summary>;
  /** (Σ total − Σ (parse + readability)) / Σ (parse + readability) over the corpus. */
  overheadRatio: number;
  /** The same without the three dedupe steps: what the rest of the pipeline adds to the floor. */
  overheadWithoutDedupeRatio: number;
  /** The overhead with the garbage collections that began in each step taken out of it (floor included). */
  overheadWithoutGcRatio: number;
  /** Milliseconds of garbage collection that began in each step, over the corpus. */
  gcMs: Record<Stage, number>;
  articles: { extracted: number; relevant: number; duplicates: number; failed: number };
  /** DynamoDB requests of each step that sends any, per article that ran the step: mean and max, and the mean by command. */
  requests: Partial<Record<Stage, { mean: number; max: number; byCommand: Record<string, number> }>>;
}

/** Times every step for every page (one worker, the corpus in order). */
export async function runStageBench(pages: readonly BenchPage[], baseUrl: string): Promise<StageBenchResult> {
  const pipeline = await openBenchPipeline();
  const { deps } = pipeline;
  const samples = Object.fromEntries([...STAGES, 'total', 'extractArticle'].map((stage) => [stage, [] as number[]])) as Record<
    Stage | 'total' | 'extractArticle',
    number[]
  >;
  const articles = { extracted: 0, relevant: 0, duplicates: 0, failed: 0 };
  const requestSamples = new Map<Stage, Array<Record<string, number>>>();
  const windows: Array<{ stage: Stage; start: number; end: number }> = [];
  const collections: PerformanceEntry[] = [];
  const gcObserver = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  gcObserver.observe({ entryTypes: ['gc'] });
  const fetchedPages: Array<{ text: string; finalUrl: string }> = [];
  try {
    for (const page of pages) {
      const job = toArticleJob(page, baseUrl);
      const timings = new Map<Stage, number>();
      const stepRequests = new Map<Stage, Record<string, number>>();
      const time = async <T>(stage: Stage, step: () => T | Promise<T>): Promise<T> => {
        const usageBefore = pipeline.usage.snapshot();
        const started = performance.now();
        const result = await step();
        const ended = performance.now();
        timings.set(stage, (timings.get(stage) ?? 0) + ended - started);
        windows.push({ stage, start: started, end: ended });
        const sent = { ...stepRequests.get(stage) };
        for (const [command, count] of Object.entries(subtractUsage(pipeline.usage.snapshot(), usageBefore).requests)) sent[command] = (sent[command] ?? 0) + count;
        stepRequests.set(stage, sent);
        return result;
      };

      const existing = await time('storage', () => deps.articles.getArticle(job.articleId));
      if (existing) throw new Error(`bench article ${job.articleId} was already stored`);
      const fetched = await time('fetch', () => deps.fetcher.fetch({ url: job.url, purpose: 'page' }));
      const markup = await time('strip', () => stripInertMarkup(fetched.text, fetched.finalUrl));
      const dom = await time('parse', () => new JSDOM(markup, { url: fetched.finalUrl, contentType: 'text/html', virtualConsole: new VirtualConsole() }));
      const document = dom.window.document;
      await time('prepare', () => {
        readPageMetadata(document);
        removePageFurniture(document);
      });
      const article = await time('readability', () =>
        new Readability<Node>(document, { maxElemsToParse: MAX_PAGE_ELEMENTS, serializer: (node) => node }).parse(),
      );
      const text = await time('toText', () => (article?.content ? convertHtmlToText(article.content) : ''));
      await time('closeWindow', () => dom.window.close());
      if (text.length < 200) {
        articles.failed++;
        continue;
      }
      articles.extracted++;

      const title = job.title ?? '';
      const sentences = await time('sentences', () => [title, ...splitSentences(text)]);
      const { relevant } = await time('relevance', () => assessRelevance({ title, text }, deps.storyline));
      let record: ArticleRecord = {
        id: job.articleId,
        url: job.url,
        canonicalUrl: job.canonicalUrl,
        discoveredAt: job.discoveredAt,
        digestDate: job.digestDate,
        publishedAt: job.publishedAt ?? null,
        publisher: 'bench',
        title,
        relevant,
        duplicateOf: null,
        novelSentences: 0,
        sentenceCount: sentences.length,
        claims: [],
        extraction: 'readability',
      };
      if (relevant) {
        articles.relevant++;
        const duplicate = await time('duplicateLookup', () => deps.dedupe.findDuplicate({ id: job.articleId, text }));
        if (duplicate) {
          articles.duplicates++;
          record = { ...record, duplicateOf: { id: duplicate.id, url: duplicate.url } };
        } else {
          const novel = await time('noveltyLookup', () => deps.dedupe.findNovelSentences({ id: job.articleId, sentences, scope: ARTICLE_NOVELTY_SCOPE }));
          const reading = await time('claims', () => deps.claims.extract({ sentences, headlineIndex: 0, publishedAt: record.publishedAt }));
          await time('dedupeIndex', () =>
            deps.dedupe.remember({ id: job.articleId, url: job.url, text, sentences, publishedAt: record.publishedAt, scope: ARTICLE_NOVELTY_SCOPE }),
          );
          record = {
            ...record,
            novelSentences: novel.filter(Boolean).length,
            claims: reading.claims.map((claim) => ({ ...claim, novel: novel[claim.sentenceIndex] ?? true })),
            mentions: reading.mentions,
          };
        }
      }
      await time('storage', () => storeArticle(record, text, fetched.text, deps));

      let total = 0;
      for (const stage of STAGES) {
        const elapsed = timings.get(stage) ?? 0;
        samples[stage].push(elapsed);
        total += elapsed;
      }
      samples.total.push(total);
      for (const [stage, count] of stepRequests) requestSamples.set(stage, [...(requestSamples.get(stage) ?? []), count]);
      fetchedPages.push({ text: fetched.text, finalUrl: fetched.finalUrl });
    }
    for (const page of fetchedPages) {
      const started = performance.now();
      extractArticle(page.text, page.finalUrl);
      samples.extractArticle.push(performance.now() - started);
      // A turn of the event loop between pages, as between articles above.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    collections.push(...gcObserver.takeRecords());
    gcObserver.disconnect();
    await pipeline.close();
  }
  const gcMs = attributeCollections(collections, windows);
  const stages = Object.fromEntries(Object.entries(samples).map(([stage, values]) => [stage, summarise(values)])) as StageBenchResult['stages'];
  const floor = stages.parse.total + stages.readability.total;
  const dedupe = stages.duplicateLookup.total + stages.noveltyLookup.total + stages.dedupeIndex.total;
  return {
    stages,
    overheadRatio: round((stages.total.total - floor) / floor, 4),
    overheadWithoutDedupeRatio: round((stages.total.total - dedupe - floor) / floor, 4),
    overheadWithoutGcRatio: overheadWithoutGc(stages, gcMs),
    gcMs,
    articles,
    requests: summariseRequests(requestSamples),
  };
}

/** The milliseconds of each collection, added to the step running when it began (none: between steps). */
function attributeCollections(collections: readonly PerformanceEntry[], windows: ReadonlyArray<{ stage: Stage; start: number; end: number }>): Record<Stage, number> {
  const gcMs = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const collection of collections) {
    const window = windows.find((candidate) => collection.startTime >= candidate.start && collection.startTime < candidate.end);
    if (window) gcMs[window.stage] += collection.duration;
  }
  for (const stage of STAGES) gcMs[stage] = round(gcMs[stage]);
  return gcMs;
}

function overheadWithoutGc(stages: StageBenchResult['stages'], gcMs: Record<Stage, number>): number {
  const total = stages.total.total - STAGES.reduce((sum, stage) => sum + gcMs[stage], 0);
  const floor = stages.parse.total - gcMs.parse + stages.readability.total - gcMs.readability;
  return round((total - floor) / floor, 4);
}

function summariseRequests(samples: Map<Stage, Array<Record<string, number>>>): StageBenchResult['requests'] {
  const requests: StageBenchResult['requests'] = {};
  for (const [stage, sent] of samples) {
    const counts = sent.map((commands) => countRequests({ requests: commands, readUnits: 0, writeUnits: 0 }));
    if (counts.every((count) => count === 0)) continue;
    const byCommand: Record<string, number> = {};
    for (const commands of sent) for (const [command, count] of Object.entries(commands)) byCommand[command] = (byCommand[command] ?? 0) + count;
    for (const command of Object.keys(byCommand)) byCommand[command] = round(byCommand[command]! / sent.length, 2);
    requests[stage] = { mean: round(counts.reduce((sum, count) => sum + count, 0) / counts.length, 2), max: Math.max(...counts), byCommand };
  }
  return requests;
}

/** The split as a table: one row per step, median and p90 in ms, share of the corpus total. */
export function formatStageBench(result: StageBenchResult): string {
  const total = result.stages.total.total;
  const rows = [...STAGES, 'total', 'extractArticle'].map((stage) => {
    const summary = result.stages[stage as Stage];
    const share = stage === 'extractArticle' ? '' : `${((summary.total / total) * 100).toFixed(1)} %`;
    const requests = result.requests[stage as Stage];
    const requestColumn = requests ? `${requests.mean.toFixed(2).padStart(9)} ${String(requests.max).padStart(5)}` : '';
    const gc = result.gcMs[stage as Stage];
    const gcColumn = gc === undefined ? '' : `${((gc / summary.total) * 100 || 0).toFixed(0)} %`;
    return `${stage.padEnd(15)} ${summary.median.toFixed(2).padStart(9)} ${summary.p90.toFixed(2).padStart(9)} ${share.padStart(8)} ${gcColumn.padStart(6)} ${requestColumn}`;
  });
  const { extracted, relevant, duplicates, failed } = result.articles;
  return [
    `stage            median ms    p90 ms    share     GC  DynamoDB requests: mean   max`,
    ...rows,
    `overhead = (total − parse − readability) / (parse + readability) = ${(result.overheadRatio * 100).toFixed(1)} %` +
      ` (${(result.overheadWithoutDedupeRatio * 100).toFixed(1)} % without the dedupe steps; ${(result.overheadWithoutGcRatio * 100).toFixed(1)} % with every step's GC taken out)`,
    `GC: the share of each step's time spent in garbage collections that began in it (V8 gc performance entries)`,
    `articles: ${extracted} extracted, ${relevant} relevant, ${duplicates} near-duplicates, ${failed} without an article`,
    ...Object.entries(result.requests).map(
      ([stage, requests]) =>
        `${stage} requests by command (mean per article): ${Object.entries(requests.byCommand).map(([command, mean]) => `${command.replace(/Command$/, '')} ${mean}`).join(', ')}`,
    ),
  ].join('\n');
}
