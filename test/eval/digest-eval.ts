/**
 * The digest-level evaluation: what a reader sees. Articles are replayed day by day through the
 * same steps the pipeline runs (relevance, near-duplicates, the claim extractor, computeDigest), and
 * the changes each day's digest announces — status changes and first statuses — are scored:
 * - against gold timelines (test/fixtures/timelines: the changes a careful editor would announce,
 *   labelled by reading before anything was run): precision, recall and flip-flops;
 * - against the gold claims of the day's articles (a change is "backed" when one of that day's
 *   articles is labelled with it), on sets labelled article by article.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClaimExtractor } from '../../shared/claims/claim-extractor';
import { isNearDuplicate } from '../../shared/dedupe/dedupe-service';
import { computeDigest } from '../../shared/digest/compute-digest';
import type { ThreadState } from '../../shared/digest/thread-state';
import type { ArticleRecord } from '../../shared/model/article';
import type { Change, Digest } from '../../shared/model/digest';
import { assessRelevance } from '../../shared/relevance/assess-relevance';
import type { Storyline } from '../../shared/storyline/types';

export const TIMELINES_DIR = new URL('../fixtures/timelines/', import.meta.url).pathname;

const KeySchema = z.object({ thread: z.string(), subject: z.string(), status: z.string() });
type Key = z.infer<typeof KeySchema>;
const TimelineSchema = z.object({
  name: z.string(),
  baseline: z.array(KeySchema),
  days: z.array(z.object({ date: z.string(), articles: z.array(z.string()), expectedChanges: z.array(KeySchema) })),
});
const LabelsSchema = z.object({ publishedAt: z.string(), relevant: z.boolean(), claims: z.array(KeySchema) });

/** One article as the replay reads it: its headline and text, and its gold claims. */
export interface ReplayArticle {
  id: string;
  title: string;
  /** The whole text, headline first. */
  text: string;
  publishedAt: string;
  goldClaims: Key[];
}

export interface ReplayDay {
  date: string;
  articles: ReplayArticle[];
  /** The changes an editor would announce that day (timelines only). */
  expected?: Key[];
}

/** One announced change: a status change, or a subject's first status. */
export interface Announced {
  date: string;
  key: string;
  change: Change;
}

const keyOf = (key: Key) => `${key.thread}/${key.subject}/${key.status}`;

/** The gold timelines, each with its articles in day order. */
export async function loadTimelines(): Promise<Array<{ name: string; baseline: Key[]; days: ReplayDay[] }>> {
  let names: string[];
  try {
    names = (await readdir(TIMELINES_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
  const timelines = [];
  for (const name of names) {
    const file = join(TIMELINES_DIR, name, 'timeline.json');
    if (!existsSync(file)) {
      // A folder still being written (no timeline.json yet) is named, not scored.
      console.warn(`timeline ${name} skipped: no timeline.json`);
      continue;
    }
    const timeline = TimelineSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    const days: ReplayDay[] = [];
    for (const day of timeline.days) {
      const articles = await Promise.all(day.articles.map((slug) => loadTimelineArticle(join(TIMELINES_DIR, name, 'articles', slug), slug)));
      days.push({ date: day.date, articles, expected: day.expectedChanges });
    }
    timelines.push({ name: timeline.name, baseline: timeline.baseline, days });
  }
  return timelines;
}

async function loadTimelineArticle(folder: string, id: string): Promise<ReplayArticle> {
  const labels = LabelsSchema.parse(JSON.parse(await readFile(join(folder, 'labels.json'), 'utf8')));
  const text = await readFile(join(folder, 'article.txt'), 'utf8');
  const title = text.split('\n').find((line) => line.trim().length > 0)?.trim() ?? '';
  return { id, title, text, publishedAt: labels.publishedAt, goldClaims: labels.claims };
}

/** A reader's state before day one: each baseline status, known from before the timeline starts. */
export function baselineState(baseline: Key[], asOf: string): ThreadState {
  return {
    version: 1,
    asOf,
    subjects: baseline.map((key) => ({
      ...key,
      since: asOf,
      sources: [{ articleId: 'baseline', url: 'baseline:', publisher: 'baseline', quote: '', facts: [], date: asOf }],
      singleSource: false,
      facts: [],
    })),
  };
}

/** The announced changes of one digest: status changes, and statuses of subjects seen for the first time. */
export function announcedChanges(date: string, changes: Iterable<Change>, thread: string): Announced[] {
  const announced: Announced[] = [];
  for (const change of changes) {
    const isFirst = change.kind === 'new_claim' && change.previousStatus === null;
    if (change.kind === 'status_change' || isFirst) announced.push({ date, key: `${thread}/${change.subject}/${change.status}`, change });
  }
  return announced;
}

/**
 * Replays days through relevance, near-duplicate detection (against every earlier article), the
 * extractor and computeDigest; returns every announced change in order.
 */
export async function replayDays(
  days: readonly ReplayDay[],
  state: ThreadState | null,
  deps: { storyline: Storyline; claims: ClaimExtractor; split: (text: string) => string[]; onDigest?: (digest: Digest) => void },
): Promise<{ announced: Announced[]; state: ThreadState | null }> {
  const seen: ReplayArticle[] = [];
  const announced: Announced[] = [];
  let current = state;
  for (const day of days) {
    const records: ArticleRecord[] = [];
    for (const article of day.articles) {
      const body = article.text.split('\n').slice(1).join('\n');
      const relevant = assessRelevance({ title: article.title, text: body }, deps.storyline).relevant;
      const original = seen.find((earlier) => isNearDuplicate(earlier.text, article.text));
      seen.push(article);
      const sentences = [article.title, ...body.split(/\n+/).map((line) => line.trim()).filter(Boolean).flatMap(deps.split)];
      const reading = relevant && !original ? await deps.claims.extract({ sentences, headlineIndex: 0, publishedAt: article.publishedAt }) : { claims: [], mentions: [] };
      records.push({
        id: article.id,
        url: `gold:${article.id}`,
        canonicalUrl: `gold:${article.id}`,
        title: article.title,
        // Each written article is its own outlet here: independence is what the conflict rule needs.
        publisher: article.id,
        publishedAt: article.publishedAt,
        discoveredAt: article.publishedAt,
        digestDate: day.date,
        relevant,
        duplicateOf: original ? { id: original.id, url: `gold:${original.id}` } : null,
        novelSentences: sentences.length,
        sentenceCount: sentences.length,
        claims: reading.claims,
        mentions: reading.mentions,
        extraction: article.id.startsWith('seed:') ? 'seed' : 'readability',
      });
    }
    const { digest, stateAfter } = computeDigest({ storyline: deps.storyline, date: day.date, stateBefore: current, records, generatedAt: day.date });
    for (const thread of digest.threads) announced.push(...announcedChanges(day.date, thread.changes, thread.thread));
    deps.onDigest?.(digest);
    current = stateAfter;
  }
  return { announced, state: current };
}

/** Gold articles as replay days, by the date of their publication. */
export function groupByDay(articles: ReadonlyArray<{ id: string; title: string; text: string; publishedAt: string; claims: Key[] }>): ReplayDay[] {
  const days = new Map<string, ReplayArticle[]>();
  const ordered = [...articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id));
  for (const article of ordered) {
    const date = article.publishedAt.slice(0, 10);
    days.set(date, [...(days.get(date) ?? []), { id: article.id, title: article.title, text: article.text, publishedAt: article.publishedAt, goldClaims: article.claims }]);
  }
  return [...days].map(([date, dayArticles]) => ({ date, articles: dayArticles }));
}

/** A → B → A on one subject within the replay: the reader was told twice, once wrongly. */
export function countFlipFlops(announced: readonly Announced[]): number {
  const history = new Map<string, string[]>();
  let flips = 0;
  for (const { key } of announced) {
    const subject = key.split('/').slice(0, 2).join('/');
    const status = key.split('/')[2]!;
    const statuses = history.get(subject) ?? [];
    if (statuses.length >= 2 && statuses[statuses.length - 2] === status) flips += 1;
    statuses.push(status);
    history.set(subject, statuses);
  }
  return flips;
}

/** Announced vs expected, per day: true positives are the same key on the same day. */
export function scoreAgainstExpected(announced: readonly Announced[], days: readonly ReplayDay[]): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const day of days) {
    const expected = new Set((day.expected ?? []).map(keyOf));
    const made = new Set(announced.filter((item) => item.date === day.date).map((item) => item.key));
    for (const key of made) (expected.has(key) ? tp++ : fp++);
    for (const key of expected) if (!made.has(key)) fn++;
  }
  return { tp, fp, fn };
}

/** Announced changes backed by a gold claim of one of that day's articles. */
export function countBacked(announced: readonly Announced[], days: readonly ReplayDay[]): number {
  const backing = new Map(days.map((day) => [day.date, new Set(day.articles.flatMap((article) => article.goldClaims.map(keyOf)))]));
  return announced.filter((item) => backing.get(item.date)?.has(item.key)).length;
}
