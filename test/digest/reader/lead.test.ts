import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../shared/digest/compute-digest';
import { describeDigestHeadline, planReaderDigest } from '../../../shared/digest/reader/plan-reader-digest';
import { describeSubjectStatus } from '../../../shared/digest/reader/phrases';
import { MAX_SUBJECT_LENGTH, writeSubjectLine } from '../../../shared/digest/reader/lead';
import type { ReaderItem } from '../../../shared/digest/reader/types';
import { STATUSES, SUBJECTS, THREADS } from '../../../shared/model/vocabulary';
import { knownSubject, makeClaim, makeRecord, makeState } from '../factories';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';

function itemSaying(sentence: string): ReaderItem {
  return { thread: 'bases', kind: 'status_change', sentence, briefSentences: [], detail: null, badge: null, sourceCount: 2, quote: null, sources: [], sides: [] };
}

describe('the subject line', () => {
  it('fits 78 characters for every subject and status of the vocabulary, and ends with the whole sentence', () => {
    for (const thread of THREADS) {
      for (const subject of SUBJECTS[thread]) {
        for (const status of STATUSES[thread]) {
          // Act
          const sentence = describeSubjectStatus(thread, [subject], status);
          const line = writeSubjectLine('2025-09-30', itemSaying(sentence), 12);

          // Assess: never cut: the sentence is there whole, followed at most by the count.
          expect(line.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
          expect(line === sentence || line.endsWith(`: ${sentence}`) || line.endsWith(`: ${sentence} (+11 more)`)).toBe(true);
        }
      }
    }
  });

  it('drops the count, then the prefix, rather than cut a long sentence', () => {
    // Prepare: two subjects in one sentence: 72 characters.
    const sentence = describeSubjectStatus('bases', ['tartus', 'hmeimim'], 'agreement_signed');

    // Act
    const line = writeSubjectLine('2025-10-15', itemSaying(sentence), 3);

    // Assess
    expect(sentence).toBe('Basing agreement signed for the Tartus naval base and the Hmeimim air base');
    expect(line).toBe(sentence);
  });

  it('fits 78 characters when one sentence names several subjects: names fewer and counts the rest, never cuts', () => {
    for (const thread of THREADS) {
      const subjects = SUBJECTS[thread];
      // Every set of two or more subjects of the thread, each asserted by the same sentence of one article.
      for (let mask = 1; mask < 2 ** subjects.length; mask += 1) {
        const named = subjects.filter((_, index) => mask & (2 ** index));
        if (named.length < 2) continue;
        for (const status of STATUSES[thread]) {
          // Prepare
          const quote = `One sentence about ${named.join(', ')}.`;
          const records = [makeRecord('r1', 'TASS', named.map((subject) => makeClaim(thread, subject, status, quote)))];
          const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' });
          const lead = planReaderDigest(digest).items[0]!;

          // Act
          const { subject } = describeDigestHeadline(digest);

          // Assess: one item names them all in the body; the subject is that sentence or a briefer one, whole.
          expect(lead.sentence).toBe(describeSubjectStatus(thread, named, status));
          expect(subject.length, subject).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
          const sentence = subject.replace(/^Syria–Russia, 2 Nov: /, '');
          expect([lead.sentence, ...lead.briefSentences], subject).toContain(sentence);
        }
      }
    }
  });

  it('names the first subjects and counts the rest when the whole sentence does not fit', () => {
    // Prepare: one sentence signs a basing agreement for all three subjects of the bases thread (96 characters).
    const records = [
      makeRecord('r1', 'SANA', ['tartus', 'hmeimim', 'other'].map((subject) => makeClaim('bases', subject, 'agreement_signed', 'Agreements were signed for Tartus, Hmeimim and the smaller bases.'))),
    ];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' });

    // Act
    const { subject, preheader } = describeDigestHeadline(digest);

    // Assess: the subject is brief (with the prefix it would be 81 characters), the preheader keeps the whole sentence.
    expect(subject).toBe('Basing agreement signed for the Tartus naval base and 2 more');
    expect(preheader).toBe('Basing agreement signed for the Tartus naval base, the Hmeimim air base and other bases in Syria, according to SANA.');
  });

  it('leads with the corroborated change over a single-source one, and counts the rest', () => {
    // Prepare: Tartus moves on two sources; a new port deal rests on one.
    const before = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]);
    const records = [
      makeRecord('r1', 'TASS', [makeClaim('investment', 'port', 'signed', 'A port deal was signed.')]),
      makeRecord('r2', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Talks on Tartus began.')]),
      makeRecord('r3', 'AFP', [makeClaim('bases', 'tartus', 'negotiating', 'Tartus talks are under way.')]),
    ];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: 'g' });

    // Act
    const headline = describeDigestHeadline(digest);

    // Assess: with " (+1 more)" the subject would be 84 characters, so the count moves to the preheader.
    expect(headline.subject).toBe('Syria–Russia, 2 Nov: Russia and Syria negotiate over the Tartus naval base');
    expect(headline.preheader).toBe('Russia and Syria negotiate over the Tartus naval base, according to 2 sources. 1 more change inside.');
  });

  it('says a quiet day in one line, reaffirmations included', () => {
    // Prepare
    const before = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]);
    const records = [makeRecord('r1', 'AFP', [makeClaim('bases', 'tartus', 'retained', 'Tartus stays.')])];
    const { digest } = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: 'g' });

    // Act
    const headline = describeDigestHeadline(digest);

    // Assess
    expect(headline).toEqual({ quiet: true, subject: 'Syria–Russia, 2 Nov: No changes', preheader: 'No changes on Sun 2 Nov 2025: 1 article checked.' });
  });
});
