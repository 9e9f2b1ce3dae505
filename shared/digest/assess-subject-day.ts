import type { Fact } from '../model/claim';
import type { Change } from '../model/digest';
import type { ThreadDefinition } from '../storyline/types';
import {
  describeFigureConflict,
  describeFurtherDeal,
  describeNewFacts,
  describeNewSubject,
  describeReaffirmation,
  describeStatusChange,
  describeStatusConflict,
} from './change-summary';
import type { DayEvidence } from './day-evidence';
import { figureTopic, findFigureConflicts, findRevisedFigure, isKnownFact, mergeFacts, type FigureConflict } from './fact-rules';
import { chooseFurthestStatus, findDisputablePairs, isEarlierStage, orderByVocabulary } from './status-rules';
import { countIndependentSources, type KnownFact, type StateSource, type SubjectRecord } from './thread-state';

/** A bound on sources kept per subject, so a long-running story's state stays small. */
const MAX_SOURCES = 20;

/** One subject on one digest day: what the reader knew before, and what the day's articles say. */
export interface SubjectDay {
  thread: ThreadDefinition;
  subject: string;
  date: string;
  prior: SubjectRecord | null;
  items: readonly DayEvidence[];
}

/** The day's changes for one subject and its state afterwards (null while still unknown). */
export interface SubjectDayOutcome {
  changes: Change[];
  record: SubjectRecord | null;
}

/**
 * Decides one subject's changes for one day. Only novel items can announce (status change, new
 * claim, conflict); items whose sentences were already known can only corroborate the status that
 * results, as a reaffirmation.
 */
export function assessSubjectDay(day: SubjectDay): SubjectDayOutcome {
  const denials = day.items.filter((item) => item.denies === true);
  const novel = day.items.filter((item) => item.novel && item.denies !== true);
  const known = day.items.filter((item) => !item.novel && item.denies !== true);
  if (novel.length === 0) return corroborate(day, known);

  const figureConflicts = findFigureConflicts(novel.map(({ evidence }) => evidence));
  const disputed = new Set(figureConflicts.map((conflict) => conflict.topic));
  const statuses = orderByVocabulary(day.thread, [...new Set(novel.map((item) => item.status))]);
  // Said today but not news (a body sentence): it cannot announce, but it can contest the news of
  // another outlet. An outlet with news stands by its news.
  const withNews = new Set(novel.map((item) => sourceName(item)));
  const contesting = known.filter((item) => item.disputes && !withNews.has(sourceName(item)));
  const contested = findContestedStatuses(day.thread, novel, contesting);
  let outcome: SubjectDayOutcome;
  if (contested) {
    const sides = [...novel, ...contesting.filter((item) => contested.includes(item.status))];
    outcome = resolveStatusConflict(day, sides, orderByVocabulary(day.thread, [...new Set([...statuses, ...contested])]), disputed);
  } else {
    outcome = advanceStatus(day, novel, statuses, disputed);
    const denied = findDeniedNews(day, outcome, novel, denials);
    if (denied) outcome = resolveStatusConflict(day, [...denied.news, ...denied.denials], [denied.status], disputed);
  }

  const record = outcome.record && addSources(outcome.record, known.filter((item) => item.status === outcome.record!.status), day.date);
  const figureChanges = figureConflicts.map((conflict) => toFigureConflictChange(day, novel, conflict, record));
  return { changes: [...outcome.changes, ...figureChanges], record };
}

/**
 * Sources disagree when independent sources back incompatible (or contested) statuses on the same
 * day, one side at least with news (the other may be a body sentence: "the aviation group continues
 * its tasks in full" contests another outlet's drawdown). One article giving both ("cut its ships
 * but added patrols"), or one outlet's pieces, is a nuance of that source, never a conflict: each
 * side needs an outlet the other side does not have. Returns the statuses in dispute, or null.
 */
function findContestedStatuses(thread: ThreadDefinition, novel: readonly DayEvidence[], contesting: readonly DayEvidence[]): string[] | null {
  const all = [...novel, ...contesting];
  const announced = new Set(novel.map((item) => item.status));
  const statuses = [...new Set(all.map((item) => item.status))];
  const inDispute = new Set<string>();
  for (const [left, right] of findDisputablePairs(thread, statuses)) {
    if (!announced.has(left) && !announced.has(right)) continue;
    const outlets = (status: string) => new Set(all.filter((item) => item.status === status).map((item) => sourceName(item)));
    const a = outlets(left);
    const b = outlets(right);
    if ([...a].some((name) => !b.has(name)) && [...b].some((name) => !a.has(name))) {
      inDispute.add(left);
      inDispute.add(right);
    }
  }
  return inDispute.size > 0 ? [...inDispute] : null;
}

/**
 * The status the day would move to, when an independent source's headline or lead says today that
 * it is not so ("the contract has not been signed", hours after the ministry said it had been): two
 * sources disagreeing about the same time, so a conflict, not a change. An outlet that gives the
 * news and denies it is a nuance of one source, never a conflict.
 */
function findDeniedNews(day: SubjectDay, outcome: SubjectDayOutcome, novel: readonly DayEvidence[], denials: readonly DayEvidence[]): { status: string; news: DayEvidence[]; denials: DayEvidence[] } | null {
  const moved = outcome.changes.find((change) => change.kind === 'status_change' || (change.kind === 'new_claim' && change.previousStatus === null));
  if (!moved) return null;
  const news = novel.filter((item) => item.status === moved.status);
  const withNews = new Set(news.map((item) => sourceName(item)));
  const against = denials.filter((item) => item.status === moved.status && !withNews.has(sourceName(item)));
  return against.length > 0 ? { status: moved.status, news, denials: against } : null;
}

/** The outlet behind an item, for telling independent sources apart (see countIndependentSources). */
function sourceName(item: DayEvidence): string {
  return (item.evidence.publisher || item.evidence.url).trim().toLowerCase();
}

/** Known sentences only: a reaffirmation when a new article repeats the current status, else nothing. */
function corroborate(day: SubjectDay, known: readonly DayEvidence[]): SubjectDayOutcome {
  const prior = day.prior;
  if (!prior) return { changes: [], record: null };
  return reaffirm(day, prior, known.filter((item) => item.status === prior.status && !isSource(prior, item)));
}

function reaffirm(day: SubjectDay, prior: SubjectRecord, items: readonly DayEvidence[]): SubjectDayOutcome {
  if (items.length === 0) return { changes: [], record: prior };
  const record = addSources(prior, items, day.date);
  const summary = describeReaffirmation(day.thread.id, day.subject, prior.status, items.map((item) => item.evidence.publisher));
  return { changes: [toChange('reaffirmed', record, prior.status, summary, items)], record };
}

/** No disagreement: the furthest-along status of the day becomes current (see status-rules). */
function advanceStatus(day: SubjectDay, novel: readonly DayEvidence[], statuses: readonly string[], disputed: ReadonlySet<string>): SubjectDayOutcome {
  const status = chooseFurthestStatus(day.thread, statuses);
  const backing = novel.filter((item) => item.status === status);
  const sourceCount = countIndependentSources(backing.map((item) => item.evidence));
  const facts = undisputedFacts(backing, disputed, day.date);
  const prior = day.prior;

  if (!prior) {
    const record = createRecord(day, status, backing, facts);
    return { changes: [toChange('new_claim', record, null, describeNewSubject(day.thread.id, day.subject, status, sourceCount), backing)], record };
  }
  if (isEarlierStage(day.thread, prior.status, status)) {
    // A process that only moves forward: an earlier stage named again (a request after a refusal)
    // changes nothing. Only a new figure or party it brings (another deal's amount) is news.
    const newFacts = facts.filter((fact) => !isKnownFact(fact, prior.facts));
    if (newFacts.length === 0) return { changes: [], record: prior };
    const record = { ...prior, facts: mergeFacts(prior.facts, newFacts) };
    const summary = describeFurtherDeal(day.thread.id, day.subject, status, prior.status, sourceCount);
    const change = toChange('new_claim', record, prior.status, summary, backing, status);
    change.singleSource = sourceCount <= 1;
    return { changes: [change], record };
  }
  if (status !== prior.status) {
    const record = createRecord(day, status, backing, mergeFacts(prior.facts, facts));
    const described = facts.filter((fact) => !isKnownFact(fact, prior.facts)).map((fact) => ({ fact, revises: findRevisedFigure(fact, prior.facts) }));
    const summary = describeStatusChange(day.thread.id, day.subject, prior.status, status, sourceCount, described);
    return { changes: [toChange('status_change', record, prior.status, summary, backing)], record };
  }
  const newFacts = facts.filter((fact) => !isKnownFact(fact, prior.facts));
  if (newFacts.length === 0) return reaffirm(day, prior, backing.filter((item) => !isSource(prior, item)));

  const record = { ...addSources(prior, backing, day.date), facts: mergeFacts(prior.facts, newFacts) };
  const described = newFacts.map((fact) => ({ fact, revises: findRevisedFigure(fact, prior.facts) }));
  const summary = describeNewFacts(day.thread.id, day.subject, status, described, sourceCount);
  const change = toChange('new_claim', record, prior.status, summary, backing);
  // The status may be corroborated, but the new figure or party rests on today's sources alone.
  change.singleSource = sourceCount <= 1;
  return { changes: [change], record };
}

/**
 * Same-day sources disagree (e.g. refused vs agreed). The current status does not move on contested
 * evidence: the previous one is kept and the conflict is flagged, because one unconfirmed report
 * should not overturn what several sources established, and the next day's coverage usually settles
 * it. A subject seen for the first time takes the side with more independent sources; on a tie, the
 * side nearer the status quo (earlier in the vocabulary), as the more dramatic claim needs support.
 */
function resolveStatusConflict(day: SubjectDay, novel: readonly DayEvidence[], statuses: readonly string[], disputed: ReadonlySet<string>): SubjectDayOutcome {
  const sides = statuses.flatMap((status) =>
    [false, true].map((denies) => ({ status, denies, items: novel.filter((item) => item.status === status && (item.denies === true) === denies) })),
  ).filter((side) => side.items.length > 0);
  const support = (items: readonly DayEvidence[]) => countIndependentSources(items.map((item) => item.evidence));
  let record = day.prior;
  if (!record) {
    const winner = sides.filter((side) => !side.denies).sort((a, b) => support(b.items) - support(a.items))[0]!;
    record = createRecord(day, winner.status, winner.items, undisputedFacts(winner.items, disputed, day.date));
  }
  const summary = describeStatusConflict(day.thread.id,
    day.subject,
    sides.map((side) => ({ status: side.status, denies: side.denies, publishers: side.items.map((item) => item.evidence.publisher) })),
  );
  // Evidence side by side, in the order the summary names the sides.
  const change = toChange('conflict', record, day.prior?.status ?? null, summary, sides.flatMap((side) => side.items));
  change.singleSource = sides.some((side) => support(side.items) <= 1);
  return { changes: [change], record };
}

function toFigureConflictChange(day: SubjectDay, novel: readonly DayEvidence[], conflict: FigureConflict, record: SubjectRecord | null): Change {
  const involved = new Set(conflict.sides.flatMap((side) => side.articleIds));
  const items = novel.filter((item) => involved.has(item.evidence.articleId));
  const publisherOf = (articleId: string) => items.find((item) => item.evidence.articleId === articleId)?.evidence.publisher ?? articleId;
  const summary = describeFigureConflict(day.thread.id, day.subject, conflict, publisherOf);
  const status = record?.status ?? items[0]!.status;
  const change = toChange('conflict', record, day.prior?.status ?? null, summary, items, status);
  change.singleSource = conflict.sides.some((side) => side.articleIds.length <= 1);
  return change;
}

function toChange(
  kind: Change['kind'],
  record: SubjectRecord | null,
  previousStatus: string | null,
  summary: string,
  items: readonly DayEvidence[],
  status = record!.status,
): Change {
  return {
    kind,
    subject: items[0]?.subject ?? record!.subject,
    status,
    previousStatus,
    summary,
    evidence: items.map((item) => ({ ...item.evidence })),
    singleSource: record?.singleSource ?? true,
  };
}

function createRecord(day: SubjectDay, status: string, backing: readonly DayEvidence[], facts: KnownFact[]): SubjectRecord {
  const empty: SubjectRecord = { thread: day.thread.id, subject: day.subject, status, since: day.date, sources: [], singleSource: true, facts };
  return addSources(empty, backing, day.date);
}

/** Adds new articles as sources of the current status and recomputes singleSource. */
function addSources(record: SubjectRecord, items: readonly DayEvidence[], date: string): SubjectRecord {
  const sources: StateSource[] = [...record.sources];
  for (const { evidence } of items) {
    if (sources.some((source) => source.articleId === evidence.articleId)) continue;
    const { status: _status, ...rest } = evidence;
    sources.push({ ...rest, date });
  }
  const kept = sources.slice(-MAX_SOURCES);
  return { ...record, sources: kept, singleSource: countIndependentSources(sources) <= 1 };
}

function isSource(record: SubjectRecord, item: DayEvidence): boolean {
  return record.sources.some((source) => source.articleId === item.evidence.articleId);
}

/** The facts of `items` minus figures disputed today, tagged with their article. */
function undisputedFacts(items: readonly DayEvidence[], disputed: ReadonlySet<string>, date: string): KnownFact[] {
  const facts: KnownFact[] = [];
  for (const { evidence } of items) {
    for (const fact of evidence.facts as Fact[]) {
      const topic = figureTopic(fact);
      if (topic !== null && disputed.has(topic)) continue;
      if (!isKnownFact(fact, facts)) facts.push({ ...fact, articleId: evidence.articleId, date });
    }
  }
  return facts;
}
