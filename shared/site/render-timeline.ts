import { escapeHtml } from '../digest/escape';
import { labelThread } from '../digest/labels';
import { MUTED, SMALL, TEXT, renderBadge, renderEvidence } from '../digest/reader/html-parts';
import { planReaderDigest } from '../digest/reader/plan-reader-digest';
import type { ReaderItem } from '../digest/reader/types';
import type { Digest } from '../model/digest';
import type { Thread } from '../model/vocabulary';
import { renderPageTitle, wrapSitePage } from './site-layout';

/** One dated entry of a thread's timeline. */
export interface TimelineEntry {
  date: string;
  dateLabel: string;
  item: ReaderItem;
}

/** Every change on `thread` (status changes, new claims, conflicts), oldest first, as the digests told them. */
export function collectTimeline(thread: Thread, digests: readonly Digest[]): TimelineEntry[] {
  return [...digests]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((digest) => {
      const plan = planReaderDigest(digest);
      return plan.items.filter((item) => item.thread === thread).map((item) => ({ date: digest.date, dateLabel: plan.dateLabel, item }));
    });
}

/** timeline/<thread>.html: each change with its date, sentence, quote and source. */
export function renderTimeline(thread: Thread, digests: readonly Digest[]): string {
  const entries = collectTimeline(thread, digests);
  const rows = entries.map(({ dateLabel, item }) => {
    const detail = item.detail ? ` <span style="${MUTED}">(${escapeHtml(item.detail)})</span>` : '';
    const badge = item.badge ? ` ${renderBadge(item.badge)}` : '';
    const evidence =
      item.kind === 'conflict'
        ? item.sides.map((side) => renderEvidence(side.quote, side.sources, `<strong>${escapeHtml(side.label)}:</strong> `)).join('')
        : renderEvidence(item.quote, item.sources);
    return (
      `<div style="margin:12px 0 0 0;"><p style="${SMALL}${MUTED}margin:0;">${escapeHtml(dateLabel)}</p>` +
      `<p style="${TEXT}font-weight:600;margin:0 0 2px 0;">${escapeHtml(item.sentence)}${detail}${badge}</p>${evidence}</div>`
    );
  });
  const empty = rows.length === 0 ? [`<p style="${SMALL}">No changes reported yet.</p>`] : [];
  const label = labelThread(thread);
  return wrapSitePage(`sitrep timeline: ${label}`, '../', [renderPageTitle(`${label}: timeline`, 'Every change sitrep reported, oldest first'), ...rows, ...empty]);
}
