/**
 * `npm run eval:extract`: scores article extraction on every fixture page with an expected text
 * (test/fixtures/extraction/<slug>/{source.html,expected.txt}, the expected text written by reading
 * the page) at the token level, page by page and over all pages (micro- and macro-averaged F1),
 * and prints the median time per page so a change to furniture removal shows what it costs and
 * whether it is slower. A page the extractor refuses scores zero recall and is counted as refused.
 * `--runs=N` times each page N times (default 5). Exits non-zero only on a crash.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../shared/extract/extract-article';
import { addTokenCounts, countTokenOverlap, scoreTokenCounts, type TokenCounts } from './token-overlap';

const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'extraction');
const PAGE_ORIGIN = 'https://fixtures.sitrep.invalid/extraction/';

interface PageResult {
  slug: string;
  counts: TokenCounts;
  refused: string | null;
  medianMs: number;
}

function listFixturePages(): string[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURE_DIR, entry.name, 'expected.txt')))
    .map((entry) => entry.name)
    .sort();
}

/** The extracted text, or the reason the extractor gave for refusing the page. */
function extractText(html: string, slug: string): { text: string; refused: string | null } {
  try {
    return { text: extractArticle(html, PAGE_ORIGIN + slug).text, refused: null };
  } catch (error) {
    return { text: '', refused: (error as Error).message };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function scorePage(slug: string, runs: number): PageResult {
  const html = readFileSync(join(FIXTURE_DIR, slug, 'source.html'), 'utf8');
  const expected = readFileSync(join(FIXTURE_DIR, slug, 'expected.txt'), 'utf8');
  const times: number[] = [];
  let outcome = { text: '', refused: null as string | null };
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    outcome = extractText(html, slug);
    times.push(performance.now() - started);
  }
  return { slug, counts: countTokenOverlap(outcome.text, expected), refused: outcome.refused, medianMs: median(times) };
}

const format = (value: number) => value.toFixed(3);

function printTable(results: PageResult[]): void {
  console.log(`${'page'.padEnd(36)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'ms'.padStart(7)}`);
  for (const result of results) {
    const { precision, recall, f1 } = scoreTokenCounts(result.counts);
    const note = result.refused ? `  REFUSED: ${result.refused}` : '';
    console.log(`${result.slug.padEnd(36)} ${format(precision).padStart(6)} ${format(recall).padStart(6)} ${format(f1).padStart(6)} ${result.medianMs.toFixed(1).padStart(7)}${note}`);
  }
  const total = results.reduce((sum, result) => addTokenCounts(sum, result.counts), { matched: 0, extracted: 0, expected: 0 });
  const micro = scoreTokenCounts(total);
  const macro = (key: 'precision' | 'recall' | 'f1') =>
    results.reduce((sum, result) => sum + scoreTokenCounts(result.counts)[key], 0) / Math.max(1, results.length);
  console.log(`${'all pages, micro (token-weighted)'.padEnd(36)} ${format(micro.precision).padStart(6)} ${format(micro.recall).padStart(6)} ${format(micro.f1).padStart(6)}`);
  console.log(`${'all pages, macro (page mean)'.padEnd(36)} ${format(macro('precision')).padStart(6)} ${format(macro('recall')).padStart(6)} ${format(macro('f1')).padStart(6)}`);
  const refused = results.filter((result) => result.refused).length;
  console.log(`${results.length} pages, ${refused} refused; median time per page ${median(results.map((result) => result.medianMs)).toFixed(1)} ms`);
}

function readRuns(argv: readonly string[]): number {
  const value = argv.find((argument) => argument.startsWith('--runs='))?.slice('--runs='.length);
  const runs = value === undefined ? 5 : Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${value}`);
  return runs;
}

const runs = readRuns(process.argv.slice(2));
printTable(listFixturePages().map((slug) => scorePage(slug, runs)));
