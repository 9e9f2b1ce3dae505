import { join, relative } from 'node:path';
import type { ReplayedDay, ReplayReport } from '../../shared/jobs/replay';

/** "1 article", "2 articles": counts a person reads. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * One printed line per digest. "changes" counts what the digest itself calls changes (status
 * changes, new claims, conflicts); reaffirmations are counted apart, as the digest lists them.
 */
export function describeDay({ date, digest }: ReplayedDay, dataDir: string, cwd: string): string {
  const changes = digest.threads.flatMap((thread) => thread.changes);
  const news = changes.filter((change) => change.kind !== 'reaffirmed').length;
  const reaffirmed = changes.length - news;
  const { fetched, relevant, duplicates, errors } = digest.stats;
  const directory = join(dataDir, 'digests', date);
  const fromHere = relative(cwd, directory);
  const where = fromHere.startsWith('..') ? directory : fromHere;
  const counts = [
    countOf(fetched, 'article'), `${relevant} relevant`, countOf(duplicates, 'duplicate'), countOf(news, 'change'),
    ...(reaffirmed > 0 ? [countOf(reaffirmed, 'reaffirmation')] : []),
    ...(errors > 0 ? [countOf(errors, 'error')] : []),
  ];
  return `${date}  ${where}/digest.{json,md,html}  ${counts.join(', ')}`;
}

/** What went wrong, one line each, for stderr; a refused private address names --allow-host. */
export function describeFailures(report: ReplayReport): string[] {
  const lines: string[] = [];
  for (const feed of report.poll?.feeds ?? []) {
    if (feed.outcome !== 'failed') continue;
    lines.push(`feed failed: ${feed.url}: ${feed.error ?? 'unknown error'}`);
    if (feed.errorReason === 'blocked_address') {
      lines.push(`  the network guard refuses private and loopback addresses: pass --allow-host ${hostOf(feed.url)} to fetch from it`);
    }
  }
  for (const failure of report.failures) lines.push(`article failed: ${failure.url}: ${failure.error}`);
  return lines;
}

/** The last line: what was written, then every failure counted. */
export function describeTotals(report: ReplayReport, seconds: string): string {
  const articles = report.days.reduce((sum, day) => sum + day.digest.articles.length, 0);
  const feeds = report.poll?.feeds ?? [];
  const failedFeeds = feeds.filter((feed) => feed.outcome === 'failed').length;
  const deferred = feeds.reduce((sum, feed) => sum + feed.deferred, 0);
  const retrying = report.days.at(-1) ? countRetrying(report) : 0;
  const notes = [
    ...(failedFeeds > 0 ? [`${failedFeeds} of ${countOf(feeds.length, 'feed')} could not be read`] : []),
    ...(report.failures.length > 0 ? [`${countOf(report.failures.length, 'article')} failed`] : []),
    ...(retrying > 0 ? [`${countOf(retrying, 'article')} to try again on the next run`] : []),
    ...(deferred > 0 ? [`${countOf(deferred, 'new feed item')} left for the next run (--max-items-per-feed)`] : []),
  ];
  const written = `${countOf(report.days.length, 'digest')}, ${countOf(articles, 'article')} (${report.seeds.length} seeds) in ${seconds} s`;
  return notes.length > 0 ? `${written}; ${notes.join(', ')}` : written;
}

/** True when the run must exit 1: a named feed could not be read at all, or an article job failed. */
export function hasFailures(report: ReplayReport): boolean {
  return report.failures.length > 0 || (report.poll?.feeds ?? []).some((feed) => feed.outcome === 'failed');
}

function countRetrying(report: ReplayReport): number {
  const latest = new Map<string, boolean>();
  for (const day of report.days) {
    for (const article of day.digest.articles) latest.set(article.id, article.retry !== undefined && !article.retry.gaveUp);
  }
  return [...latest.values()].filter(Boolean).length;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'HOST';
  }
}
