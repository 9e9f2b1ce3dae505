import { describe, expect, it } from 'vitest';
import type { ArticleJob } from '../../shared/model/article';
import { encodeJob, groupIntoBatches, JobQueueError } from '../../shared/storage/sqs-job-queue';

const job = (id: string, feedContentHtml?: string): ArticleJob => ({
  articleId: id,
  url: `https://news.example/${id}`,
  canonicalUrl: `https://news.example/${id}`,
  feedUrl: 'https://news.example/feed',
  discoveredAt: '2025-10-17T08:00:00.000Z',
  digestDate: '2025-10-17',
  ...(feedContentHtml === undefined ? {} : { feedContentHtml }),
});

describe('encodeJob', () => {
  it('sends a job as its JSON', () => {
    // Act / Assess
    expect(JSON.parse(encodeJob(job('a', '<p>Tartus</p>')))).toEqual(job('a', '<p>Tartus</p>'));
  });

  it('drops the feed content of a job too large for one SQS message, keeping the rest', () => {
    // Act
    const body = encodeJob(job('big', 'x'.repeat(300 * 1024)));

    // Assess
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(256 * 1024);
    expect(JSON.parse(body)).toEqual(job('big'));
  });

  it('refuses a job too large even without its feed content', () => {
    // Act / Assess
    expect(() => encodeJob({ ...job('huge'), title: 'y'.repeat(300 * 1024) })).toThrow(JobQueueError);
  });
});

describe('groupIntoBatches', () => {
  it('puts at most 10 messages in a batch, in order', () => {
    // Act
    const batches = groupIntoBatches(Array.from({ length: 23 }, (_, i) => `m${i}`));

    // Assess
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat()).toEqual(Array.from({ length: 23 }, (_, i) => `m${i}`));
  });

  it('starts a new batch before the batch would pass 256 KiB', () => {
    // Prepare: three 100 KiB messages; two fit in one request, three do not.
    const bodies = ['a', 'b', 'c'].map((letter) => letter.repeat(100 * 1024));

    // Act
    const batches = groupIntoBatches(bodies);

    // Assess
    expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
  });

  it('makes no batch of nothing', () => {
    // Act / Assess
    expect(groupIntoBatches([])).toEqual([]);
  });
});
