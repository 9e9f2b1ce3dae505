import { z } from 'zod';
import { FactSchema } from '../model/claim';

/** One source backing a subject's current status: the article and the sentence that says so. */
export const StateSourceSchema = z.object({
  articleId: z.string(),
  url: z.string(),
  publisher: z.string(),
  quote: z.string(),
  attribution: z.string().optional(),
  facts: z.array(FactSchema).default([]),
  /** The digest day the source was counted. */
  date: z.string(),
});
export type StateSource = z.infer<typeof StateSourceSchema>;

/** A figure or party known for a subject, with the article it came from. */
export const KnownFactSchema = FactSchema.extend({ articleId: z.string(), date: z.string() });
export type KnownFact = z.infer<typeof KnownFactSchema>;

/** What the reader knows about one thread + subject after a digest day. */
export const SubjectRecordSchema = z.object({
  thread: z.string(),
  subject: z.string(),
  status: z.string(),
  /** The digest day the current status was first reported. */
  since: z.string(),
  /** Sources backing the current status; reset when the status changes. */
  sources: z.array(StateSourceSchema),
  /** True while every source comes from one outlet (see countIndependentSources). */
  singleSource: z.boolean(),
  facts: z.array(KnownFactSchema),
});
export type SubjectRecord = z.infer<typeof SubjectRecordSchema>;

/** The thread state snapshot stored per digest date (ThreadStateStore). */
export const ThreadStateSchema = z.object({
  version: z.literal(1),
  /** The digest day this state is the result of. */
  asOf: z.string(),
  subjects: z.array(SubjectRecordSchema),
});
export type ThreadState = z.infer<typeof ThreadStateSchema>;

/** Thrown when a stored snapshot does not match the schema; the digest cannot be trusted on it. */
export class ThreadStateError extends Error {
  override readonly name = 'ThreadStateError';
}

/** Validates a stored snapshot (unknown JSON) into a ThreadState. */
export function parseThreadState(raw: unknown): ThreadState {
  const result = ThreadStateSchema.safeParse(raw);
  if (!result.success) throw new ThreadStateError('Stored thread state is invalid', { cause: result.error });
  return result.data;
}

/** The state key of a thread + subject. */
export function subjectKey(thread: string, subject: string): string {
  return `${thread}/${subject}`;
}

/**
 * The number of independent sources: distinct outlets. An outlet is named by its publisher — the
 * operator's name for the feed, else the page's own site name, else the feed's title; seeds are
 * "Seed NNN" each — and, for a source with no publisher, by the host its article lives on. Hosts
 * alone cannot tell outlets apart (a syndication platform or a test server carries many), and
 * syndicated copies never get here (dedupe drops them upstream). Two desks of one outlet count once.
 */
export function countIndependentSources(
  sources: ReadonlyArray<{ articleId: string; url: string; publisher?: string }>,
): number {
  return new Set(sources.map(identifyOutlet)).size;
}

function identifyOutlet(source: { articleId: string; url: string; publisher?: string }): string {
  const publisher = source.publisher ? normaliseName(source.publisher) : '';
  if (publisher) return `publisher:${publisher}`;
  try {
    const { protocol, hostname } = new URL(source.url);
    if (protocol === 'http:' || protocol === 'https:') return `host:${hostname.replace(/^www\./, '')}`;
  } catch {
    // Not a URL at all: fall through to the article itself.
  }
  return `article:${source.articleId}`;
}

/** Lower-case, punctuation-free, single-spaced: "Reuters " and "reuters" are one publisher. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
