/**
 * Issue 14: the replay's printed counts read as English ("1 article") and count what the digest
 * itself calls changes: a day of reaffirmations only is "0 changes", as its digest says
 * "No changes".
 */
import { describe, expect, it } from 'vitest';
import { countOf, describeDay, describeTotals, hasFailures } from '../../functions/cli/replay-summary';
import type { ReplayReport } from '../../shared/jobs/replay';
import { describeDigestHeadline } from '../../shared/digest/reader/plan-reader-digest';
import { makeChange, makeDigest, makeDigestArticle } from '../email/digest-factory';

describe('the replay summary', () => {
  it.each([
    [0, 'article', '0 articles'],
    [1, 'article', '1 article'],
    [2, 'article', '2 articles'],
    [1, 'error', '1 error'],
    [1, 'reaffirmation', '1 reaffirmation'],
  ])('%i %s → %s', (count, noun, expected) => {
    expect(countOf(count, noun)).toBe(expected);
  });

  it('a day with one reaffirmation and one error says "0 changes", as its quiet digest does', () => {
    const digest = { ...makeDigest([makeChange({ kind: 'reaffirmed' })], [makeDigestArticle()]), stats: { fetched: 1, relevant: 1, duplicates: 0, withClaims: 1, errors: 1 } };

    const line = describeDay({ date: digest.date, digest, keys: [] }, '/data', '/elsewhere');

    expect(describeDigestHeadline(digest).quiet).toBe(true);
    expect(line).toBe(`${digest.date}  /data/digests/${digest.date}/digest.{json,md,html}  1 article, 1 relevant, 0 duplicates, 0 changes, 1 reaffirmation, 1 error`);
  });

  it('ends with every failure counted and the feed items left for the next run, and only a feed that could not be read makes the run fail', () => {
    const waiting = makeDigestArticle({ id: 'late', error: 'fetch failed (http_status): HTTP 503; try 1 of 5', retry: { tries: 1, nextAttemptAt: '2025-11-12T10:00:00Z', gaveUp: false } });
    const digest = makeDigest([], [makeDigestArticle(), waiting]);
    const feed = { outcome: 'ok' as const, itemCount: 2_000, enqueued: 500, deferred: 1_500 };
    const report: ReplayReport = {
      seeds: [],
      poll: { feeds: [{ url: 'https://levant.example/feed.xml', ...feed }, { url: '/tmp/missing.xml', outcome: 'failed', itemCount: 0, enqueued: 0, deferred: 0, error: 'ENOENT' }], items: [], retries: { enqueued: 0, waiting: 0 } },
      days: [{ date: digest.date, digest, keys: [] }],
      failures: [],
    };

    expect(describeTotals(report, '1.0')).toBe(
      '1 digest, 2 articles (0 seeds) in 1.0 s; 1 of 2 feeds could not be read, 1 article to try again on the next run, 1500 new feed items left for the next run (--max-items-per-feed)',
    );
    expect(hasFailures(report)).toBe(true);
    // Items left for the next run and pages to try again are not failures of this run.
    expect(hasFailures({ ...report, poll: { ...report.poll!, feeds: [report.poll!.feeds[0]!] } })).toBe(false);
  });
});
