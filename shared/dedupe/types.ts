import type { DuplicateRef } from '../model/article';
import type { NoveltyScope } from './sentence-novelty';

export type { NoveltyScope } from './sentence-novelty';

/** The earliest indexed copy an article repeats, and how similar the closest copy was. */
export type DuplicateMatch = DuplicateRef & { similarity: number };

/** The dedupe step's port (contracts.md): near-duplicate lookup, sentence novelty, indexing. */
export interface DedupeService {
  /** The earliest indexed copy `text` repeats, or null. Entries indexed under `id` itself are ignored. */
  findDuplicate(input: { id: string; text: string }): Promise<DuplicateMatch | null>;
  /**
   * One flag per sentence: true when it says something not already known. Sentences known only
   * from `id` itself do not count as known, so re-processing an article gives the same answer.
   * `scope` says which sentences are looked up and how (sentence-novelty.ts); `'whole'` when absent.
   * A sentence the scope leaves out is not novel.
   */
  findNovelSentences(input: { id: string; sentences: string[]; scope?: NoveltyScope }): Promise<boolean[]>;
  /** Indexes an article's text and the sentences `scope` covers (as findNovelSentences read them); idempotent. */
  remember(input: { id: string; url: string; text: string; sentences: string[]; publishedAt: string | null; scope?: NoveltyScope }): Promise<void>;
}
