import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeBandKeys } from '../../shared/dedupe/lsh';
import { fingerprintText } from '../../shared/dedupe/similarity';
import type { TableItem } from '../../shared/storage/dynamo/batch-operations';

/** An article as the pre-issue-17 index held it. */
export interface OldIndexedArticle {
  id: string;
  url: string;
  signature: Uint32Array;
  shingleCount: number;
  indexedAt: string;
}

const SEED_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The seed corpus as texts with the ids and urls ingestSeeds gives them. */
export const SEED_TEXTS = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ id: `seed:${file.replace(/\.txt$/, '')}`, url: `seed:${file}`, text: readFileSync(`${SEED_DIR}${file}`, 'utf8') }));

/** The seeds fingerprinted as the old index held them, indexed a second apart in corpus order. */
export function oldIndexedSeeds(): OldIndexedArticle[] {
  return SEED_TEXTS.map((seed, index) => ({
    id: seed.id,
    url: seed.url,
    ...fingerprintText(seed.text),
    indexedAt: new Date(Date.UTC(2025, 9, 16, 0, 0, index)).toISOString(),
  }));
}

/**
 * The items the pre-issue-17 store wrote for an article (`git show 713979f:shared/storage/dynamo/
 * fingerprint-store.ts`): its `SIG#<id>`/`SIG` entry and one `LSH#<band>#<hash>`/`<id>` item per band.
 */
export function oldLayoutItems(article: OldIndexedArticle): TableItem[] {
  const bytes = new Uint8Array(article.signature.length * 4);
  const view = new DataView(bytes.buffer);
  article.signature.forEach((value, index) => view.setUint32(index * 4, value, true));
  const entry: TableItem = {
    pk: `SIG#${article.id}`,
    sk: 'SIG',
    articleId: article.id,
    url: article.url,
    signature: bytes,
    shingleCount: article.shingleCount,
    publishedAt: null,
    indexedAt: article.indexedAt,
    original: { id: article.id, url: article.url, originAt: article.indexedAt },
  };
  return [entry, ...computeBandKeys(article.signature).map((bandKey) => ({ pk: `LSH#${bandKey}`, sk: article.id }))];
}

/** The first two thirds of a text: a truncated copy the dedupe service must match to the original. */
export function truncatedCopy(text: string): string {
  return text.slice(0, Math.floor(text.length * (2 / 3)));
}
