/** Reads the claims gold set (test/fixtures/gold/<slug>/{article.txt,labels.json}) and the seeds it labels. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isValidClaimKey } from '../../shared/model/vocabulary';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const GoldClaimSchema = z.object({ thread: z.string(), subject: z.string(), status: z.string(), quote: z.string() });
const LabelsSchema = z.object({
  publishedAt: z.string(),
  split: z.enum(['train', 'test', 'fresh', 'fresh2', 'fresh3', 'fresh4']),
  relevant: z.boolean(),
  duplicateOf: z.string().nullable(),
  seed: z.string().optional(),
  id: z.string().optional(),
  claims: z.array(GoldClaimSchema),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

import type { PageSplit } from './external-gold';

export interface GoldArticle {
  /** The folder name, or the seed id (`seed:000_…`) for a seed. */
  id: string;
  title: string;
  /** The whole text, headline first. */
  text: string;
  publishedAt: string;
  /**
   * `fresh`: the round-2 held-out batch, learnt from since round 3; `fresh2`: the round-3 held-out
   * batch, scored at first sight and at the end only.
   */
  split: 'train' | 'test' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | PageSplit;
  relevant: boolean;
  duplicateOf: string | null;
  claims: GoldClaim[];
}

export const GOLD_DIR = new URL('../fixtures/gold/', import.meta.url).pathname;
export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

/** One labelled article; throws when a label is outside the vocabulary or a quote is not in the text. */
async function loadArticle(folder: string): Promise<GoldArticle> {
  const labels = LabelsSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, folder, 'labels.json'), 'utf8')));
  const text = labels.seed
    ? await readFile(join(SEEDS_DIR, labels.seed), 'utf8')
    : await readFile(join(GOLD_DIR, folder, 'article.txt'), 'utf8');
  for (const claim of labels.claims) {
    if (!isValidClaimKey(SYRIA_RUSSIA, claim.thread, claim.subject, claim.status)) throw new Error(`${folder}: bad label ${JSON.stringify(claim)}`);
    if (!text.includes(claim.quote)) throw new Error(`${folder}: quote not in text: ${claim.quote}`);
  }
  const title = text.split('\n').find((line) => line.trim().length > 0)?.trim() ?? '';
  return { id: labels.id ?? folder, title, text, publishedAt: labels.publishedAt, split: labels.split, relevant: labels.relevant, duplicateOf: labels.duplicateOf, claims: labels.claims };
}

/** Every gold article, seeds included, in folder order. */
export async function loadGoldSet(): Promise<GoldArticle[]> {
  const entries = await readdir(GOLD_DIR, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(folders.map(loadArticle));
}
