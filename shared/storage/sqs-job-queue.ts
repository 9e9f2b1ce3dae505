import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ArticleJob } from '../model/article';

/** A job could not be queued: too large even without its feed content, or SQS refused it. */
export class JobQueueError extends Error {
  override readonly name = 'JobQueueError';
}

// SQS limits: 10 entries per SendMessageBatch, 256 KiB per message and per whole batch. We keep a
// margin under the byte limits for the request's own framing.
const MAX_BATCH_ENTRIES = 10;
const MAX_BYTES = 250 * 1024;

/**
 * The SQS adapter of the poll step's JobQueue port: one message per ArticleJob, as JSON. A job
 * whose feed content makes it too large is sent without that content (process fetches the page
 * anyway; the feed content is only its fallback).
 */
export class SqsJobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: ArticleJob[]): Promise<void> {
    for (const batch of groupIntoBatches(jobs.map(encodeJob))) {
      const response = await this.client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: batch.map((body, index) => ({ Id: String(index), MessageBody: body })),
        }),
      );
      const failed = response.Failed ?? [];
      if (failed.length > 0) {
        const reasons = failed.map((entry) => `${entry.Id}: ${entry.Code ?? 'unknown'}`).join(', ');
        throw new JobQueueError(`SQS refused ${failed.length} of ${batch.length} jobs (${reasons})`);
      }
    }
  }
}

/** The message body of a job, shrunk to fit one SQS message. */
export function encodeJob(job: ArticleJob): string {
  const body = JSON.stringify(job);
  if (byteLength(body) <= MAX_BYTES) return body;
  const { feedContentHtml: _dropped, ...withoutContent } = job;
  const smaller = JSON.stringify(withoutContent);
  if (byteLength(smaller) <= MAX_BYTES) return smaller;
  throw new JobQueueError(`job ${job.articleId} is larger than an SQS message even without its feed content`);
}

/** Groups message bodies into batches within SQS's entry and byte limits, keeping their order. */
export function groupIntoBatches(bodies: string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let currentBytes = 0;
  for (const body of bodies) {
    const bytes = byteLength(body);
    if (current.length === MAX_BATCH_ENTRIES || currentBytes + bytes > MAX_BYTES) {
      if (current.length > 0) batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(body);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
