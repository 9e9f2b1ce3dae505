/** A failure worth retrying later (network, time-out, 5xx, 429); the queue redelivers the job. */
export class RetryableProcessError extends Error {
  override readonly name: string = 'RetryableProcessError';
}
