import type { ArticleJob } from '../../model/article';
import type { JobQueue } from '../../jobs/poll-feeds';

/** The replay's queue: jobs are held in memory and processed in publication order by day. */
export class MemoryJobQueue implements JobQueue {
  readonly jobs: ArticleJob[] = [];

  async enqueue(jobs: ArticleJob[]): Promise<void> {
    this.jobs.push(...jobs);
  }

  /** Removes and returns every job queued so far. */
  drain(): ArticleJob[] {
    return this.jobs.splice(0, this.jobs.length);
  }
}
