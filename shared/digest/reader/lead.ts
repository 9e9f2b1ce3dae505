import { foldLines } from '../escape';
import { formatShortDate } from './human-date';
import type { ReaderArticle, ReaderItem } from './types';

/** Subject lines past this are cut by phones' mail lists; the lead is written to fit, never cut. */
export const MAX_SUBJECT_LENGTH = 78;

/**
 * The day's most important well-supported item: a corroborated status change beats a corroborated
 * new claim, which beats a conflict, which beats anything resting on one source; more sources win a
 * tie, then the digest's own order.
 */
export function chooseLeadItem(items: readonly ReaderItem[]): ReaderItem | null {
  const ranked = items.map((item, position) => ({ item, position }));
  ranked.sort((a, b) => rankItem(a.item) - rankItem(b.item) || b.item.sourceCount - a.item.sourceCount || a.position - b.position);
  return ranked[0]?.item ?? null;
}

function rankItem(item: ReaderItem): number {
  const kind = item.kind === 'status_change' ? 0 : item.kind === 'new_claim' ? 1 : 2;
  return item.badge === 'single source' ? 10 + kind : kind;
}

/** The lead change as a sentence, with how many sources back it ("…, according to 4 sources"). */
export function writeLeadSentence(item: ReaderItem): string {
  if (item.kind === 'conflict') return `${item.sentence}: ${item.sides.map((side) => side.label).join(' or ')}.`;
  const only = item.sources[0];
  // A seed without an outlet is named by its headline, which reads badly inside a sentence.
  const outlet = only && only.name !== only.headline ? only.name : 'a single source';
  const sources = item.sourceCount === 1 ? `according to ${outlet}` : `according to ${item.sourceCount} sources`;
  return `${item.sentence}, ${sources}.`;
}

/**
 * "No changes on Tue 21 Oct 2025: 3 articles checked." When some articles could not be read, the
 * line says so, so that a day of unread reports never reads as a quiet one:
 * "…: 3 articles checked; 2 reports in Arabic and French not read for changes, listed below."
 */
export function writeQuietLead(dateLabel: string, articleCount: number, unread: readonly ReaderArticle[] = []): string {
  const checked = articleCount === 0 ? 'no new articles' : `${articleCount} ${articleCount === 1 ? 'article' : 'articles'} checked`;
  if (unread.length === 0) return `No changes on ${dateLabel}: ${checked}.`;
  const reports = `${unread.length} ${unread.length === 1 ? 'report' : 'reports'}`;
  return `No changes on ${dateLabel}: ${checked}; ${reports} in ${joinLanguages(unread)} not read for changes, listed below.`;
}

/** "Arabic and French": the languages of unread reports, each once, in their order. */
export function joinLanguages(articles: readonly ReaderArticle[]): string {
  const names = [...new Set(articles.map((article) => article.language ?? 'another language'))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The email subject, at most 78 characters and never cut: the first of these that fits —
 * "Syria–Russia, 15 Oct: <lead item> (+3 more)", the same without the count, the lead item alone;
 * then the same for the lead sentence naming fewer of its subjects ("… and 2 more").
 * A day with no change but reports nobody could read: "Syria–Russia, 15 Oct: Also reported in Arabic".
 * Every one-subject sentence fits on its own (the phrases are written so; test/digest/reader/lead.test.ts
 * checks each one, and every set of subjects one sentence can name).
 */
export function writeSubjectLine(date: string, lead: ReaderItem | null, itemCount: number, unread: readonly ReaderArticle[] = []): string {
  const prefix = `Syria–Russia, ${formatShortDate(date)}: `;
  if (lead === null && unread.length > 0) {
    const candidates = [`${prefix}Also reported in ${joinLanguages(unread)}`, `${prefix}${unread.length} ${unread.length === 1 ? 'report' : 'reports'} not read for changes`];
    return candidates.find((candidate) => candidate.length <= MAX_SUBJECT_LENGTH) ?? candidates.at(-1)!;
  }
  if (lead === null) return `${prefix}No changes`;
  const more = itemCount > 1 ? ` (+${itemCount - 1} more)` : '';
  // A sentence naming several subjects may not fit: the same sentence naming fewer, "… and 2 more".
  const sentences = [lead.sentence, ...lead.briefSentences].map(foldLines);
  const candidates = sentences.flatMap((sentence) => [`${prefix}${sentence}${more}`, `${prefix}${sentence}`, sentence]);
  return candidates.find((candidate) => candidate.length <= MAX_SUBJECT_LENGTH) ?? sentences.at(-1)!;
}
