import type { ArticleRecord } from '../model/article';
import type { Digest, DigestArticle, SubjectState } from '../model/digest';
import type { Storyline, ThreadDefinition } from '../storyline/types';
import { listAlsoReported } from './also-reported';
import { sortRecords } from './day-evidence';
import { detectChanges } from './detect-changes';
import { subjectKey, type SubjectRecord, type ThreadState } from './thread-state';

/** Everything a digest day is computed from; no I/O, no clock. */
export interface DigestInput {
  storyline: Storyline;
  date: string;
  stateBefore: ThreadState | null;
  records: readonly ArticleRecord[];
  generatedAt: string;
}

/**
 * The digest of one day and the thread state after it. Deterministic: the same input gives the
 * same output (generatedAt aside), so re-running a day rewrites identical files.
 */
export function computeDigest(input: DigestInput): { digest: Digest; stateAfter: ThreadState } {
  const records = uniqueById(input.records);
  const { changes, stateAfter } = detectChanges({ storyline: input.storyline, date: input.date, stateBefore: input.stateBefore, records });
  const before = new Map((input.stateBefore?.subjects ?? []).map((record) => [subjectKey(record.thread, record.subject), record]));
  const after = new Map(stateAfter.subjects.map((record) => [subjectKey(record.thread, record.subject), record]));

  const articles = sortRecords(records).map(toDigestArticle);
  const digest: Digest = {
    schemaVersion: 1,
    storyline: input.storyline.id,
    date: input.date,
    generatedAt: input.generatedAt,
    threads: input.storyline.threads.map((thread) => ({
      thread: thread.id,
      subjects: listSubjects(thread, before, after),
      changes: changes[thread.id] ?? [],
    })),
    articles,
    alsoReported: listAlsoReported(articles),
    stats: countStats(records),
  };
  return { digest, stateAfter };
}

function listSubjects(thread: ThreadDefinition, before: Map<string, SubjectRecord>, after: Map<string, SubjectRecord>): SubjectState[] {
  const states: SubjectState[] = [];
  for (const { id: subject } of thread.subjects) {
    const current = after.get(subjectKey(thread.id, subject));
    if (!current) continue;
    const previousStatus = before.get(subjectKey(thread.id, subject))?.status ?? null;
    states.push({
      subject,
      status: current.status,
      previousStatus,
      changed: current.status !== previousStatus,
      since: current.since,
      singleSource: current.singleSource,
    });
  }
  return states;
}

function toDigestArticle(record: ArticleRecord): DigestArticle {
  const article: DigestArticle = {
    id: record.id,
    url: record.url,
    canonicalUrl: record.canonicalUrl,
    title: record.title,
    publisher: record.publisher,
    publishedAt: record.publishedAt,
    relevant: record.relevant,
    duplicateOf: record.duplicateOf,
    novelSentences: record.novelSentences,
    claims: record.claims.map(({ thread, subject, status, quote, quoteEnglish, assertion, recap }) => ({
      thread, subject, status, quote, ...(quoteEnglish ? { quoteEnglish } : {}), assertion, ...(recap ? { recap } : {}),
    })),
    mentions: (record.mentions ?? []).map(({ thread, subject, status, quote, reading }) => ({ thread, subject, status, quote, reading })),
  };
  if (record.language !== undefined) article.language = record.language;
  if (record.extractor !== undefined) article.extractor = record.extractor;
  if (record.error !== undefined) article.error = record.error;
  if (record.retry !== undefined) article.retry = record.retry;
  return article;
}

/** `withClaims` counts the articles whose claims were used: relevant originals with at least one claim. */
function countStats(records: readonly ArticleRecord[]): Digest['stats'] {
  return {
    fetched: records.length,
    relevant: records.filter((record) => record.relevant).length,
    duplicates: records.filter((record) => record.duplicateOf !== null).length,
    withClaims: records.filter((record) => record.relevant && record.duplicateOf === null && record.claims.length > 0).length,
    errors: records.filter((record) => record.error !== undefined || record.extraction === 'failed').length,
  };
}

/** A record listed twice (an at-least-once retry) counts once; the first copy wins. */
function uniqueById(records: readonly ArticleRecord[]): ArticleRecord[] {
  const byId = new Map<string, ArticleRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return [...byId.values()];
}
