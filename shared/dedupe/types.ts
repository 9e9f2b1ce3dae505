import type { DuplicateRef } from '../model/article';

/** The earliest indexed copy an article repeats, and how similar the closest copy was. */
export type DuplicateMatch = DuplicateRef & { similarity: number };

/** The dedupe step's port (contracts.md): near-duplicate lookup, sentence novelty, indexing. */
export interface DedupeService {
  /** The earliest indexed copy `text` repeats, or null. Entries indexed under `id` itself are ignored. */
  findDuplicate(input: { id: string; text: string }): Promise<DuplicateMatch | null>;
  /**
   * One flag per sentence: true when it says something not already known. Sentences known only
   * from `id` itself do not count as known, so re-processing an article gives the same answer.
   */
  findNovelSentences(input: { id: string; sentences: string[] }): Promise<boolean[]>;
  /** Indexes an article's text and sentences; idempotent. */
  remember(input: { id: string; url: string; text: string; sentences: string[]; publishedAt: string | null }): Promise<void>;
}
