/**
 * Page sets in the external format (`gold.json` + `articles/*.html`): the external gold set
 * (../shared/external-gold, 26 pages written and labelled by other hands) and our own batches written
 * in that format (test/fixtures/heldout5 … heldout11, pages12). Read through the same extraction as the
 * pipeline; each an eval split of its own. The unseen ones are never tuned on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { GoldArticle } from './load-gold';

export const EXTERNAL_GOLD_DIR = new URL('../../../shared/external-gold/', import.meta.url).pathname;

/** One page batch: its split name, its folder, and whether its wording must stay unseen while tuning. */
export interface PageBatch {
  split: PageSplit;
  dir: string;
  unseen: boolean;
}

const fixture = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url).pathname;

/**
 * Every page batch, in the order the eval prints them. `pages12`–`pages15` are training text (written
 * to be learnt from); every other batch was written by someone who had not read the rules and is unseen.
 */
export const PAGE_SPLITS = ['external', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'pages12', 'pages13', 'pages14', 'pages15'] as const;
export type PageSplit = (typeof PAGE_SPLITS)[number];
const TRAINING_PAGE_SPLITS: ReadonlySet<string> = new Set(['pages12', 'pages13', 'pages14', 'pages15']);
export const PAGE_BATCHES: readonly PageBatch[] = PAGE_SPLITS.map((split) => ({
  split,
  dir: split === 'external' ? EXTERNAL_GOLD_DIR : fixture(split),
  unseen: !TRAINING_PAGE_SPLITS.has(split),
}));

const ExternalGoldSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      date: z.string(),
      relevant: z.boolean(),
      duplicateOf: z.string().nullable(),
      claims: z.array(z.object({ thread: z.string(), subject: z.string(), status: z.string(), evidence: z.string() })),
    }),
  ),
});

/** Every page batch's articles (the external set left out when absent beside the project). */
export async function loadPageBatches(): Promise<GoldArticle[]> {
  const articles: GoldArticle[] = [];
  for (const batch of PAGE_BATCHES) articles.push(...((await loadExternalGold(batch.dir, batch.split)) ?? []));
  return articles;
}

/** A page set's articles as gold articles of one split, or null when the folder is absent. */
export async function loadExternalGold(dir = EXTERNAL_GOLD_DIR, split: PageSplit = 'external'): Promise<GoldArticle[] | null> {
  let gold: z.infer<typeof ExternalGoldSchema>;
  try {
    gold = ExternalGoldSchema.parse(JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')));
  } catch (error) {
    // The external set lives beside the project and may be absent; our own batch must load.
    if (dir === EXTERNAL_GOLD_DIR) return null;
    throw error;
  }
  const { extractArticle } = await import('../../shared/extract/extract-article');
  const articles: GoldArticle[] = [];
  for (const entry of gold.articles) {
    const html = await readFile(join(dir, entry.file), 'utf8');
    const page = extractArticle(html, `https://${split}.invalid/${entry.id}`);
    articles.push({
      id: entry.id,
      title: page.title,
      text: `${page.title}\n\n${page.text}`,
      publishedAt: `${entry.date}T12:00:00Z`,
      split,
      relevant: entry.relevant,
      duplicateOf: entry.duplicateOf,
      claims: entry.claims.map((claim) => ({ thread: claim.thread, subject: claim.subject, status: claim.status, quote: claim.evidence })),
    });
  }
  return articles;
}
