/** A dedupe index read or write failed; the process step decides whether to retry the article. */
export class DedupeIndexError extends Error {
  override readonly name = 'DedupeIndexError';
  constructor(
    readonly operation: 'findDuplicate' | 'findNovelSentences' | 'remember',
    readonly articleId: string,
    options: { cause: unknown },
  ) {
    super(`dedupe ${operation} failed for ${articleId}`, options);
  }
}
