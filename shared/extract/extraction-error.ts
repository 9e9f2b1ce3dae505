/** Why a page gave no article text. */
export type ExtractionFailureReason =
  /** Too many elements to parse safely (a DOM bomb, or not an article page). */
  | 'too_many_elements'
  /** Nested deeper than Readability can score in reasonable time. */
  | 'too_deeply_nested'
  /** jsdom could not build a document from the markup. */
  | 'unparseable'
  /** Readability found no article, or only boilerplate was left. */
  | 'no_article';

/** Extraction found no usable article in a page; `reason` says why, `cause` holds the library error. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  readonly reason: ExtractionFailureReason;
  readonly url: string;

  constructor(reason: ExtractionFailureReason, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.url = url;
  }
}
