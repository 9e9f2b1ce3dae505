/** Why a feed document could not be read: the one error parseFeed throws. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly feedUrl: string;

  constructor(feedUrl: string, message: string, options: { cause?: unknown } = {}) {
    super(`${message} (${feedUrl})`, { cause: options.cause });
    this.feedUrl = feedUrl;
  }
}
