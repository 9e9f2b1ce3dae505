import { escapeHtml } from '../escape';
import { ACCENT, FONT, MUTED, SMALL, TEXT, renderBadge, renderEvidence, renderLanguage, renderLink, renderSourceLine } from './html-parts';
import { ALSO_REPORTED_NOTE } from './phrases';
import type { BoardThread, ReaderArticle, ReaderDigest, ReaderItem, ReaderSide } from './types';

/**
 * The body of a digest as HTML blocks, in reading order: the lead with its evidence, what else
 * changed (each change once, its badge in place, conflicts side by side), reaffirmations in brief,
 * the reports no extractor could read ("Also reported"), sources, and where things stand.
 */
export function renderDigestBlocks(plan: ReaderDigest): string[] {
  const [lead, ...rest] = plan.items;
  const blocks = [`<p style="${TEXT}font-size:18px;font-weight:600;margin:0 0 4px 0;">${escapeHtml(plan.lead)}${lead ? describeFlags(lead) : ''}</p>`];
  if (lead) blocks.push(renderItemEvidence(lead));
  if (rest.length > 0) blocks.push(renderHeading('What else changed'), ...rest.map(renderItem));
  if (plan.reaffirmed.length > 0) blocks.push(renderHeading('Also confirmed'), renderList(plan.reaffirmed.map(escapeHtml)));
  if (plan.alsoReported.length > 0) blocks.push(renderHeading('Also reported'), renderAlsoReportedNote(), renderList(plan.alsoReported.map(renderArticle)));
  if (plan.sources.length > 0) blocks.push(renderHeading('Sources'), renderList(plan.sources.map(renderArticle)));
  // The board is the reference card, last: on a busy day the news above must fit 2.5 phone screens.
  if (plan.board.length > 0) blocks.push(renderHeading('Where things stand'), renderBoard(plan.board));
  return blocks;
}

export function renderHeading(text: string): string {
  return `<h2 style="${FONT}font-size:13px;letter-spacing:0.06em;text-transform:uppercase;${MUTED}margin:14px 0 0 0;border-top:1px solid #999999;padding-top:8px;">${escapeHtml(text)}</h2>`;
}

function renderItem(item: ReaderItem): string {
  const head = `<p style="${TEXT}font-weight:600;margin:0 0 2px 0;">${escapeHtml(item.sentence)}${describeFlags(item)}</p>`;
  return `<div style="margin:10px 0 0 0;">${head}${renderItemEvidence(item)}</div>`;
}

/** The detail in brackets and the badge, after an item's sentence. */
function describeFlags(item: ReaderItem): string {
  const detail = item.detail ? ` <span style="${SMALL}${MUTED}font-weight:normal;">(${escapeHtml(item.detail)})</span>` : '';
  return `${detail}${item.badge ? ` ${renderBadge(item.badge)}` : ''}`;
}

function renderItemEvidence(item: ReaderItem): string {
  return item.kind === 'conflict' ? renderSides(item.sides) : renderEvidence(item.quote, item.sources);
}

/** Each side in a column that sits beside the other on a wide screen and stacks on a phone (no media query needed). */
function renderSides(sides: readonly ReaderSide[]): string {
  const columns = sides.map(
    (side) =>
      `<div style="display:inline-block;vertical-align:top;width:100%;max-width:300px;margin:0 8px 4px 0;">` +
      `${renderEvidence(side.quote, side.sources, `<strong>${escapeHtml(side.label)}:</strong> `)}</div>`,
  );
  return `<div>${columns.join('')}</div>`;
}

/** One compact data table: a row per subject under its thread; today's changes in bold. */
function renderBoard(board: readonly BoardThread[]): string {
  const cell = `${SMALL}padding:1px 8px 1px 0;vertical-align:top;`;
  const head = (text: string, align = 'left') => `<th scope="col" style="${cell}${MUTED}font-weight:normal;text-align:${align};">${text}</th>`;
  const groups = board.map((thread) => {
    const title = `<tr><th scope="rowgroup" colspan="4" style="${cell}text-align:left;padding-top:6px;">${escapeHtml(thread.label)}</th></tr>`;
    const rows = thread.rows.map((row) => {
      const weight = row.changedToday ? 'font-weight:600;' : '';
      const flag = row.disputed ? ` <span style="${MUTED}font-weight:normal;">(disputed)</span>` : '';
      return (
        `<tr><th scope="row" style="${cell}text-align:left;font-weight:normal;">${escapeHtml(row.subject)}</th>` +
        `<td style="${cell}${weight}">${escapeHtml(row.status)}${flag}</td>` +
        `<td style="${cell}white-space:nowrap;">${escapeHtml(row.since)}</td>` +
        `<td style="${cell}text-align:right;">${escapeHtml(row.sources)}</td></tr>`
      );
    });
    return `<tbody>${title}${rows.join('')}</tbody>`;
  });
  return (
    `<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;margin:4px 0 0 0;">` +
    `<thead><tr>${head('Subject')}${head('Status')}${head('Since')}${head('Sources', 'right')}</tr></thead>${groups.join('')}</table>`
  );
}

function renderArticle(article: ReaderArticle): string {
  const copy = (source: ReaderArticle['copies'][number]) => `${renderLink(source.name, source.url)}${source.language === article.language ? '' : renderLanguage(source)}`;
  const copies = article.copies.length > 0 ? ` <span style="${MUTED}">· also carried by ${article.copies.map(copy).join(', ')}</span>` : '';
  return `${renderSourceLine(article, true)}${copies}`;
}

/** Why these are apart: they are in the news, but no claim could be read from them. */
function renderAlsoReportedNote(): string {
  return `<p style="${SMALL}${MUTED}margin:4px 0 0 0;">${escapeHtml(ALSO_REPORTED_NOTE)}</p>`;
}

function renderList(items: readonly string[]): string {
  const rows = items.map((item) => `<li style="${SMALL}margin:0 0 4px 0;">${item}</li>`);
  return `<ul style="margin:6px 0 0 0;padding:0 0 0 18px;">${rows.join('')}</ul>`;
}

/** The footer of the emailed copy: why the reader gets it, and a one-click way out. */
export function renderFooter(unsubscribeUrl: string | null): string {
  const unsubscribe = unsubscribeUrl ? ` <a href="${escapeHtml(unsubscribeUrl)}" style="color:${ACCENT};">Unsubscribe</a>` : '';
  return `<p style="${SMALL}${MUTED}margin:16px 0 0 0;border-top:1px solid #999999;padding-top:8px;">You receive sitrep because you subscribed to it.${unsubscribe}</p>`;
}

