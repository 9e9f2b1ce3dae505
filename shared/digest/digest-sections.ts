import type { Change, Digest, DigestArticle } from '../model/digest';
import type { Thread } from '../model/vocabulary';
import { labelStatus, labelSubject, labelThread } from './labels';

/** A change with the thread it belongs to, for sections that mix threads. */
export interface ThreadChange {
  thread: Thread;
  change: Change;
}

/** One line of the summary: a thread and the current status of each known subject. */
export interface SummaryLine {
  thread: Thread;
  label: string;
  subjects: Array<{
    label: string;
    status: string;
    previousStatus: string | null;
    changed: boolean;
    singleSource: boolean;
    /** Sources disagreed about it today (the status shown is the one kept; see the conflicts). */
    disputed: boolean;
  }>;
}

/** An article and the copies of it seen today ("also carried by …"). */
export interface CarriedBy {
  original: { id: string; url: string; title?: string; publisher?: string };
  copies: DigestArticle[];
}

/**
 * The reading order of issue 3, shared by the Markdown and HTML renderers so that they never drift:
 * summary, changes, conflicts and single-source claims, reaffirmations, duplicates, sources.
 */
export interface DigestSections {
  /** No status change, new claim or conflict: the day is reported in one line. */
  quiet: boolean;
  summary: SummaryLine[];
  changes: ThreadChange[];
  conflicts: ThreadChange[];
  singleSource: ThreadChange[];
  reaffirmations: ThreadChange[];
  carriedBy: CarriedBy[];
  /**
   * Relevant articles in another language that no claim was read from: listed with headline, outlet
   * and language so that coverage no extractor could read is never silently dropped.
   */
  alsoReported: DigestArticle[];
  sources: DigestArticle[];
}

/** Splits a digest into its sections, keeping thread order and the digest's own order within. */
export function planDigestSections(digest: Digest): DigestSections {
  const all = digest.threads.flatMap(({ thread, changes }) => changes.map((change) => ({ thread, change })));
  const news = all.filter(({ change }) => change.kind === 'status_change' || change.kind === 'new_claim');
  const conflicts = all.filter(({ change }) => change.kind === 'conflict');
  return {
    quiet: news.length === 0 && conflicts.length === 0,
    summary: digest.threads.map(({ thread, subjects, changes }) => ({
      thread,
      label: labelThread(thread),
      subjects: subjects.map((state) => ({
        disputed: changes.some((change) => change.kind === 'conflict' && change.subject === state.subject),
        label: labelSubject(thread, state.subject),
        status: labelStatus(state.status),
        previousStatus: state.previousStatus === null ? null : labelStatus(state.previousStatus),
        changed: state.changed,
        singleSource: state.singleSource,
      })),
    })),
    changes: news,
    conflicts,
    singleSource: news.filter(({ change }) => change.singleSource === true),
    reaffirmations: all.filter(({ change }) => change.kind === 'reaffirmed'),
    carriedBy: groupCopies(digest.articles),
    alsoReported: digest.articles.filter(isUnreadForeignCoverage),
    sources: digest.articles.filter((article) => article.duplicateOf === null),
  };
}

function isUnreadForeignCoverage(article: DigestArticle): boolean {
  const foreign = article.language !== undefined && article.language !== null && article.language !== 'en';
  return foreign && article.relevant && article.duplicateOf === null && article.claims.length === 0;
}

/** The one line of a quiet day. */
export function describeQuietDay(digest: Digest): string {
  const count = digest.articles.length;
  const checked = count === 0 ? 'no new articles' : `${count} ${count === 1 ? 'article' : 'articles'} checked`;
  return `No changes on ${digest.date} (${checked}).`;
}

function groupCopies(articles: readonly DigestArticle[]): CarriedBy[] {
  const groups = new Map<string, CarriedBy>();
  for (const article of articles) {
    if (article.duplicateOf === null) continue;
    const group = groups.get(article.duplicateOf.id) ?? { original: describeOriginal(article.duplicateOf, articles), copies: [] };
    group.copies.push(article);
    groups.set(article.duplicateOf.id, group);
  }
  return [...groups.values()];
}

function describeOriginal(reference: { id: string; url: string }, articles: readonly DigestArticle[]): CarriedBy['original'] {
  const listed = articles.find((article) => article.id === reference.id);
  return listed ? { ...reference, title: listed.title, publisher: listed.publisher } : { ...reference };
}
