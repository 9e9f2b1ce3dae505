/**
 * Dedupe section of the benchmark: indexes 1k, 10k and 100k synthetic articles into an in-memory
 * dynalite (no disk) and measures the median near-duplicate lookup at each size. The index grows
 * cumulatively (1k, then 9k more, then 90k more) so the whole run stays within a few minutes.
 *
 *   npx tsx bench/dedupe.ts [sizes…]        e.g. `npx tsx bench/dedupe.ts 1000 10000`
 */
import { pathToFileURL } from 'node:url';
import { createDedupeService } from '../shared/dedupe/dedupe-service';
import { createSeededRandom } from '../shared/dedupe/hashing';
import { computeBandKeys } from '../shared/dedupe/lsh';
import { fingerprintText } from '../shared/dedupe/similarity';
import { createDocumentClient, ensureTable } from '../shared/storage/dynamo/client';
import { FingerprintStore } from '../shared/storage/dynamo/fingerprint-store';
import { startEmbeddedDynamo } from '../shared/storage/local/embedded-dynamo';

const TABLE = 'sitrep-bench-dedupe';
const WORDS_PER_ARTICLE = 250;
const VOCABULARY_SIZE = 5000;
const LOOKUPS_PER_SIZE = 200;
/** Articles fingerprinted and written per step (the store sends a few batch calls at once). */
const INDEX_CHUNK = 500;

export interface DedupeBenchResult {
  /** Median findDuplicate time (fingerprinting + one BatchGet of the buckets + verification) per index size. */
  dedupeLookupMs: Record<string, number>;
  /** Index entries per index size: signatures + bucket memberships (a bucket item holds up to 25 of the latter). */
  indexItems: Record<string, number>;
}

function createVocabulary(random: () => number): string[] {
  const syllables = ['ka', 'ro', 'mi', 'ta', 'sen', 'lo', 've', 'dar', 'ni', 'po', 'shu', 'el', 'an', 'tor', 'ble', 'qui'];
  return Array.from({ length: VOCABULARY_SIZE }, (_, index) => {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let part = 0; part < length; part++) word += syllables[Math.floor(random() * syllables.length)];
    return `${word}${index}`;
  });
}

/** Article `index`'s words; cubing the uniform draw gives a few very common words, like news text. */
function generateWords(index: number, vocabulary: readonly string[]): string[] {
  const random = createSeededRandom(index * 7919 + 17);
  return Array.from({ length: WORDS_PER_ARTICLE }, () => vocabulary[Math.floor(random() ** 3 * vocabulary.length)] as string);
}

/** A light rewrite of article `index`: a new lead line and one 20-word passage replaced (a sentence). */
function rewriteArticle(index: number, vocabulary: readonly string[]): string {
  const words = generateWords(index, vocabulary).map((word, position) => (position >= 100 && position < 120 ? (vocabulary[position] as string) : word));
  return `Breaking update number ${index}\n${words.join(' ')}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function indexArticles(store: FingerprintStore, from: number, to: number, vocabulary: readonly string[]): Promise<number> {
  let items = 0;
  for (let start = from; start < to; start += INDEX_CHUNK) {
    const entries = [];
    for (let index = start; index < Math.min(start + INDEX_CHUNK, to); index++) {
      const fingerprint = fingerprintText(generateWords(index, vocabulary).join(' '));
      const bandKeys = computeBandKeys(fingerprint.signature);
      const indexedAt = new Date(Date.UTC(2025, 9, 16) + index * 1000).toISOString();
      entries.push({
        fingerprint: { ...fingerprint, articleId: `bench-${index}`, url: `https://bench.example/${index}`, publishedAt: null, indexedAt, original: { id: `bench-${index}`, url: `https://bench.example/${index}`, originAt: indexedAt } },
        bandKeys,
      });
      items += 1 + bandKeys.length;
    }
    // One chunk at a time: putFingerprints merges into the buckets it reads, so writers must not overlap.
    await store.putFingerprints(entries);
  }
  return items;
}

/**
 * Indexes `sizes` synthetic articles cumulatively and measures the median lookup at each size.
 * `log` receives a progress line per size (indexing takes minutes at 100k).
 */
export async function runDedupeBench(
  sizes = [1000, 10000, 100000],
  options: { log?: (line: string) => void } = {},
): Promise<DedupeBenchResult> {
  const log = options.log ?? (() => undefined);
  const dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, TABLE);
    const store = new FingerprintStore(client, TABLE);
    const dedupe = createDedupeService(client, TABLE);
    const vocabulary = createVocabulary(createSeededRandom(42));
    const result: DedupeBenchResult = { dedupeLookupMs: {}, indexItems: {} };
    let indexed = 0;
    let items = 0;
    for (const size of [...sizes].sort((left, right) => left - right)) {
      const indexStarted = performance.now();
      items += await indexArticles(store, indexed, size, vocabulary);
      log(`dedupe bench: indexed ${size} articles (+${size - indexed} in ${((performance.now() - indexStarted) / 1000).toFixed(0)} s)`);
      indexed = size;
      const random = createSeededRandom(size);
      const timings: number[] = [];
      let found = 0;
      for (let lookup = 0; lookup < LOOKUPS_PER_SIZE + 20; lookup++) {
        // Half the lookups are rewrites of an indexed article, half are articles never indexed.
        const isCopy = lookup % 2 === 0;
        const target = isCopy ? Math.floor(random() * size) : size + 1_000_000 + lookup;
        const text = isCopy ? rewriteArticle(target, vocabulary) : generateWords(target, vocabulary).join(' ');
        const started = performance.now();
        const match = await dedupe.findDuplicate({ id: `query-${lookup}`, text });
        const elapsed = performance.now() - started;
        if (lookup < 20) continue; // warm-up: JIT and connection pool
        timings.push(elapsed);
        if (isCopy && match?.id === `bench-${target}`) found++;
        if (!isCopy && match) throw new Error(`a never-indexed article matched ${match.id}`);
      }
      result.dedupeLookupMs[String(size)] = Number(median(timings).toFixed(2));
      result.indexItems[String(size)] = items;
      if (found !== LOOKUPS_PER_SIZE / 2) throw new Error(`only ${found} of ${LOOKUPS_PER_SIZE / 2} rewrites found their original at ${size}`);
    }
    return result;
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

/** The result as a table, one row per size. */
export function formatDedupeBench(result: DedupeBenchResult): string {
  const rows = Object.keys(result.dedupeLookupMs).map(
    (size) => `${size.padStart(9)}  ${String(result.indexItems[size]).padStart(11)}  ${String(result.dedupeLookupMs[size]).padStart(16)}`,
  );
  return ['  indexed  index entries  median lookup ms', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((size) => Number.isInteger(size) && size > 0);
  const started = performance.now();
  const result = await runDedupeBench(sizes.length > 0 ? sizes : undefined, { log: (line) => console.error(line) });
  console.log(formatDedupeBench(result));
  console.log(`(total ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
