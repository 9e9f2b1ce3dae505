/**
 * Issue 14: the replay's printed counts read as English ("1 article") and count what the digest
 * itself calls changes: a day of reaffirmations only is "0 changes", as its digest says
 * "No changes".
 */
import { describe, expect, it } from 'vitest';
import { countOf, describeDay } from '../../functions/cli/replay-summary';
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
});
