import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleRecord } from '../model/article';
import { toDigestDate } from '../model/dates';
import type { Logger } from '../observability/logger';
import type { ArticleStore } from '../storage/dynamo/article-store';
import type { BlobStore } from '../storage/ports';
import type { DedupeService } from '../dedupe/dedupe-service';
import { analyseArticle, storeArticle } from './analyse-article';
import type { StorylineDeps } from './storyline-deps';

/** seeds/manifest.json: what a person read off each seed file. */
export const SeedManifestSchema = z.object({
  seeds: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/),
      id: z.string().startsWith('seed:'),
      title: z.string().min(1),
      publishedAt: z.iso.datetime({ offset: true }),
      publisher: z.string().nullable(),
      boilerplateLines: z.array(z.string()).default([]),
    }),
  ),
});
export type SeedManifest = z.infer<typeof SeedManifestSchema>;

/** The seed corpus as data, so a Lambda can carry it inside its bundle and the CLI read it from disk. */
export interface SeedCorpus {
  manifest: SeedManifest;
  files: Array<{ file: string; text: string }>;
}

export class SeedCorpusError extends Error {
  override readonly name = 'SeedCorpusError';
}

export interface SeedDeps extends StorylineDeps {
  articles: ArticleStore;
  blobs: BlobStore;
  dedupe: DedupeService;
  now: () => Date;
  logger: Logger;
  timeZone: string;
}

/** Reads `seeds/` (the .txt files and manifest.json) from disk. */
export async function loadSeedCorpus(dir: string): Promise<SeedCorpus> {
  const manifest = SeedManifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  const files = await Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
  return { manifest, files };
}

/**
 * Ingests the seed corpus as the baseline — what the reader already knows on day 0. Each seed
 * becomes an article `seed:<name>` with url `seed:<file>`, analysed like any other article and
 * indexed for dedupe and novelty. Idempotent: a seed already recorded is returned as stored.
 */
export async function ingestSeeds(corpus: SeedCorpus, deps: SeedDeps): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for (const entry of corpus.manifest.seeds) {
    const file = corpus.files.find((candidate) => candidate.file === entry.file);
    if (!file) throw new SeedCorpusError(`manifest.json names ${entry.file}, which is not in the seed corpus`);
    const existing = await deps.articles.getArticle(entry.id);
    if (existing) {
      records.push(existing);
      continue;
    }
    const text = stripSeedFurniture(file.text, entry.title, entry.boilerplateLines);
    const url = `seed:${entry.file}`;
    const { record } = await analyseArticle(
      {
        id: entry.id,
        url,
        canonicalUrl: url,
        publisher: entry.publisher ?? seedLabel(entry.file),
        title: entry.title,
        publishedAt: entry.publishedAt,
        discoveredAt: entry.publishedAt,
        digestDate: toDigestDate(new Date(entry.publishedAt), deps.timeZone),
      },
      { title: entry.title, text, method: 'seed' },
      { baseline: true },
      deps,
    );
    await storeArticle(record, text, undefined, deps);
    deps.logger.info('seed ingested', { articleId: record.id, claims: record.claims.length });
    records.push(record);
  }
  return records;
}

/** How a seed with no named publisher is cited in a digest: "Seed 003" for 003_831f….txt. */
function seedLabel(file: string): string {
  return `Seed ${file.split('_')[0]}`;
}

/**
 * The seed's article text: its lines less the headline and the page furniture the manifest lists
 * (a person read those off the page), paragraphs separated by blank lines.
 */
export function stripSeedFurniture(text: string, title: string, boilerplateLines: readonly string[]): string {
  const furniture = new Set([title, ...boilerplateLines].map(normaliseLine));
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !furniture.has(normaliseLine(line)))
    .join('\n\n');
}

function normaliseLine(line: string): string {
  return line.trim().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}
