import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import { DigestSchema } from '../../shared/model/digest';
import { knownSubject, makeClaim, makeRecord, makeState } from './factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

describe('computeDigest', () => {
  it('carries the thread state across three days', () => {
    // Prepare: day 1 says negotiating, day 2 repeats it from another outlet, day 3 reports a signed agreement.
    const day1 = [makeRecord('a1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Talks on Tartus began.')], { digestDate: '2025-11-01' })];
    const day2 = [makeRecord('a2', 'AFP', [makeClaim('bases', 'tartus', 'negotiating', 'Talks on Tartus continue.')], { digestDate: '2025-11-02' })];
    const day3 = [makeRecord('a3', 'TASS', [makeClaim('bases', 'tartus', 'agreement_signed', 'A Tartus agreement was signed.')], { digestDate: '2025-11-03' })];
    const baseline = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]);

    // Act
    const first = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-01', stateBefore: baseline, records: day1, generatedAt: 'g1' });
    const second = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: first.stateAfter, records: day2, generatedAt: 'g2' });
    const third = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-03', stateBefore: second.stateAfter, records: day3, generatedAt: 'g3' });

    // Assess
    const tartus = (digest: typeof first.digest) => digest.threads[0]!.subjects.find((subject) => subject.subject === 'tartus');
    expect(tartus(first.digest)).toEqual({ subject: 'tartus', status: 'negotiating', previousStatus: 'retained', changed: true, since: '2025-11-01', singleSource: true });
    expect(tartus(second.digest)).toEqual({ subject: 'tartus', status: 'negotiating', previousStatus: 'negotiating', changed: false, since: '2025-11-01', singleSource: false });
    expect(second.digest.threads[0]!.changes.map((change) => change.kind)).toEqual(['reaffirmed']);
    expect(tartus(third.digest)).toEqual({ subject: 'tartus', status: 'agreement_signed', previousStatus: 'negotiating', changed: true, since: '2025-11-03', singleSource: true });
    expect(third.stateAfter.subjects[0]!.sources.map((source) => source.articleId)).toEqual(['a3']);
  });

  it('lists every article in publication order with its claims, and counts them', () => {
    // Prepare
    const records = [
      makeRecord('late', 'AFP', [makeClaim('bases', 'hmeimim', 'retained', 'Hmeimim stays.')], { publishedAt: '2025-11-02T18:00:00Z', error: 'page fetch failed', extraction: 'feed' }),
      makeRecord('copy', 'Daily Copy', [makeClaim('bases', 'hmeimim', 'withdrawn', 'Gone.')], { duplicateOf: { id: 'early', url: 'https://news.example/early' } }),
      makeRecord('early', 'Reuters', [], { publishedAt: '2025-11-02T06:00:00Z' }),
      makeRecord('undated', 'Blog', [], { publishedAt: null, relevant: false }),
    ];

    // Act
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: '2025-11-03T06:00:00Z' });

    // Assess
    expect(DigestSchema.parse(digest)).toEqual(digest);
    expect(digest.articles.map((article) => article.id)).toEqual(['early', 'copy', 'late', 'undated']);
    expect(digest.articles[2]).toMatchObject({ error: 'page fetch failed', claims: [{ thread: 'bases', subject: 'hmeimim', status: 'retained', quote: 'Hmeimim stays.' }] });
    expect(digest.stats).toEqual({ fetched: 4, relevant: 3, duplicates: 1, withClaims: 1, errors: 1 });
    expect(digest.threads.map((thread) => thread.thread)).toEqual(['bases', 'extradition', 'investment']);
  });

  it('lists subjects in vocabulary order, whatever order the state holds them in', () => {
    // Prepare
    const state = makeState([
      knownSubject('investment', 'trade', 'implemented', ['RT']),
      knownSubject('investment', 'energy', 'proposed', ['RT']),
      knownSubject('bases', 'other', 'expanded', ['RT']),
      knownSubject('bases', 'tartus', 'retained', ['RT']),
    ]);

    // Act
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: state, records: [], generatedAt: 'g' });

    // Assess
    expect(digest.threads[0]!.subjects.map((subject) => subject.subject)).toEqual(['tartus', 'other']);
    expect(digest.threads[2]!.subjects.map((subject) => subject.subject)).toEqual(['energy', 'trade']);
    expect(digest.threads.every((thread) => thread.changes.length === 0)).toBe(true);
  });

  it('counts a record listed twice once', () => {
    // Prepare
    const record = makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'retained', 'Tartus stays.')]);

    // Act
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records: [record, record], generatedAt: 'g' });

    // Assess
    expect(digest.articles).toHaveLength(1);
    expect(digest.threads[0]!.changes[0]!.evidence).toHaveLength(1);
  });
});
