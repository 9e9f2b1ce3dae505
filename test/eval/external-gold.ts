/**
 * Page sets in the external format (`gold.json` + `articles/*.html`): the external gold set
 * (../shared/external-gold, 26 pages written and labelled by other hands) and our own `heldout5`
 * `heldout6`, `heldout7`, `heldout8`, `heldout9` and `heldout10` batches written in that format (test/fixtures/heldout5 … heldout10). Read through the same extraction as the
 * pipeline; each an eval split of its own, never tuned on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { GoldArticle } from './load-gold';

export const EXTERNAL_GOLD_DIR = new URL('../../../shared/external-gold/', import.meta.url).pathname;
export const HELDOUT5_DIR = new URL('../fixtures/heldout5/', import.meta.url).pathname;
export const HELDOUT6_DIR = new URL('../fixtures/heldout6/', import.meta.url).pathname;
export const HELDOUT7_DIR = new URL('../fixtures/heldout7/', import.meta.url).pathname;
export const HELDOUT8_DIR = new URL('../fixtures/heldout8/', import.meta.url).pathname;
export const HELDOUT9_DIR = new URL('../fixtures/heldout9/', import.meta.url).pathname;
export const HELDOUT10_DIR = new URL('../fixtures/heldout10/', import.meta.url).pathname;

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

/** A page set's articles as gold articles of one split, or null when the folder is absent. */
export async function loadExternalGold(dir = EXTERNAL_GOLD_DIR, split: 'external' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' = 'external'): Promise<GoldArticle[] | null> {
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
