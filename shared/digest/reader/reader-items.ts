import type { Change, Digest, Evidence } from '../../model/digest';
import { labelDenied, labelStatus } from '../labels';
import { describeSubjectStatus, describeSubjectStatusBriefly, phraseSubject } from './phrases';
import { QuoteLedger } from './quotes';
import { describeEvidenceSource } from './reader-sources';
import type { ReaderItem, ReaderSide, ReaderSource } from './types';

interface ThreadChange {
  thread: string;
  changes: Change[];
}

/**
 * The day's news (status changes, new claims, conflicts) as reader items, each change once.
 * Changes that say the same thing from the same articles (two subjects "negotiating", both
 * from one sentence) become one item naming both subjects.
 */
export function buildReaderItems(digest: Digest): ReaderItem[] {
  const ledger = new QuoteLedger();
  const sourceOf = (evidence: Evidence) => describeEvidenceSource(evidence, digest);
  return digest.threads.flatMap(({ thread, changes }) =>
    groupAlikeChanges(thread, changes.filter((change) => change.kind !== 'reaffirmed')).map((group) => buildItem(group, ledger, sourceOf)),
  );
}

/** "<status sentence> (Reuters, TASS)" for each reaffirmation. */
export function describeReaffirmations(digest: Digest): string[] {
  return digest.threads.flatMap(({ thread, changes }) =>
    changes
      .filter((change) => change.kind === 'reaffirmed')
      .map((change) => {
        const names = [...new Set(change.evidence.map((evidence) => describeEvidenceSource(evidence, digest).name))];
        return `${describeSubjectStatus(thread, [change.subject], change.status)} (${names.join(', ')})`;
      }),
  );
}

function groupAlikeChanges(thread: string, changes: Change[]): ThreadChange[] {
  const groups: ThreadChange[] = [];
  for (const change of changes) {
    const alike = groups.find((group) => isAlike(group.changes[0]!, change));
    if (alike) alike.changes.push(change);
    else groups.push({ thread, changes: [change] });
  }
  return groups;
}

function isAlike(a: Change, b: Change): boolean {
  if (a.kind === 'conflict' || a.kind !== b.kind || a.status !== b.status || a.previousStatus !== b.previousStatus) return false;
  if (listFacts(a).length > 0 || listFacts(b).length > 0) return false;
  const ids = (change: Change) => [...new Set(change.evidence.map((evidence) => evidence.articleId))].sort().join('\n');
  return ids(a) === ids(b);
}

function buildItem({ thread, changes }: ThreadChange, ledger: QuoteLedger, sourceOf: (evidence: Evidence) => ReaderSource): ReaderItem {
  const first = changes[0]!;
  const evidence = changes.flatMap((change) => change.evidence);
  const sources = uniqueSources(evidence.map(sourceOf));
  const conflict = first.kind === 'conflict';
  const single = !conflict && (first.singleSource === true || sources.length === 1);
  return {
    thread,
    kind: first.kind,
    sentence: conflict ? `Reports conflict on ${phraseSubject(thread, first.subject)}` : describeSubjectStatus(thread, changes.map((change) => change.subject), first.status),
    briefSentences: conflict ? [] : describeSubjectStatusBriefly(thread, changes.map((change) => change.subject), first.status),
    detail: conflict ? null : describeDetail(first),
    badge: conflict ? 'conflicting reports' : single ? 'single source' : null,
    sourceCount: sources.length,
    quote: conflict ? null : ledger.take(evidence, sourceOf),
    sources,
    sides: conflict ? buildSides(first, ledger, sourceOf) : [],
  };
}

/** What the sentence leaves out: the earlier status, or the new figures and parties. */
function describeDetail(change: Change): string | null {
  const facts = listFacts(change);
  if (facts.length > 0) return `new: ${facts.join(', ')}`;
  if (change.previousStatus !== null && change.previousStatus !== change.status) return `was: ${labelStatus(change.previousStatus)}`;
  return null;
}

function listFacts(change: Change): string[] {
  const facts = change.evidence.flatMap((evidence) => evidence.facts ?? []);
  const texts = facts.map((fact) => (fact.about && !fact.text.toLowerCase().includes(fact.about.toLowerCase()) ? `${fact.text} ${fact.about}` : fact.text));
  return [...new Set(texts)];
}

/** The sides of a conflict: by the status each source asserts, else by the figure each gives. */
function buildSides(change: Change, ledger: QuoteLedger, sourceOf: (evidence: Evidence) => ReaderSource): ReaderSide[] {
  const statusOf = (evidence: Evidence) => (evidence.denies ? labelDenied(evidence.status ?? change.status) : labelStatus(evidence.status ?? change.status));
  const byStatus = new Set(change.evidence.map(statusOf)).size > 1;
  const sideOf = (evidence: Evidence) => (byStatus ? statusOf(evidence) : (evidence.facts ?? []).map((fact) => fact.text).join(', ') || labelStatus(change.status));
  const sides = new Map<string, Evidence[]>();
  for (const evidence of change.evidence) sides.set(sideOf(evidence), [...(sides.get(sideOf(evidence)) ?? []), evidence]);
  return [...sides].map(([label, evidence]) => ({ label, quote: ledger.take(evidence, sourceOf), sources: uniqueSources(evidence.map(sourceOf)) }));
}

function uniqueSources(sources: ReaderSource[]): ReaderSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.articleId) && seen.add(source.articleId));
}
