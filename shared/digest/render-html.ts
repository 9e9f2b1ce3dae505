import type { Digest, DigestArticle, Evidence } from '../model/digest';
import { labelStatus } from './labels';
import { escapeHtml, safeHttpUrl } from './escape';
import { findTextDirection, nameForeignLanguage } from './text-direction';
import { describeQuietDay, planDigestSections, type CarriedBy, type SummaryLine, type ThreadChange } from './digest-sections';

/** Options for the emailed copy: the unsubscribe link of the footer and the inbox preview text. */
export interface HtmlDigestOptions {
  unsubscribeUrl?: string;
  preheader?: string;
}

/*
 * Email-safe by construction: layout tables, inline styles only (clients strip <style> and external
 * CSS), no scripts, a 640px max-width that shrinks to the screen. Text and background colours are
 * left to the client so that its dark mode can flip them; the few accent colours have a mid
 * luminance that keeps ≥ 4:1 contrast on white and on near-black.
 */
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const TEXT = `${FONT}font-size:16px;line-height:1.5;word-wrap:break-word;overflow-wrap:anywhere;`;
const MUTED = 'color:#7a7a7a;';
const ACCENT = '#3a78c8';
const CONFLICT = '#c0604a';

/** digest.html: the same sections as digest.md, every piece of article text escaped, links http(s) only. */
export function renderDigestHtml(digest: Digest, options: HtmlDigestOptions = {}): string {
  const sections = planDigestSections(digest);
  const rows = [heading(`sitrep — Syria–Russia digest, ${digest.date}`, 1)];
  if (sections.quiet) {
    rows.push(paragraph(escapeHtml(describeQuietDay(digest))));
  } else {
    rows.push(heading('Summary', 2), ...sections.summary.map(renderSummaryLine));
    pushSection(rows, 'What changed', sections.changes.map((item) => renderChange(item, ACCENT)));
    pushSection(rows, 'Conflicts and single-source claims', [
      ...sections.conflicts.map((item) => renderChange(item, CONFLICT)),
      ...sections.singleSource.map(({ change }) => paragraph(`Single source: ${escapeHtml(change.summary)}`)),
    ]);
  }
  pushSection(rows, 'Reaffirmed', sections.reaffirmations.map(({ change }) => paragraph(escapeHtml(change.summary))));
  pushSection(rows, 'Also carried by', sections.carriedBy.map(renderCarriedBy));
  pushSection(rows, 'Also reported', sections.alsoReported.map(renderAlsoReported));
  pushSection(rows, 'Sources', sections.sources.map(renderSource));
  rows.push(renderFooter(options.unsubscribeUrl));
  return wrapDocument(digest.date, rows, options.preheader);
}

function wrapDocument(date: string, rows: string[], preheader?: string): string {
  const preview = preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(preheader)}</div>`
    : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>sitrep digest ${escapeHtml(date)}</title></head>`,
    `<body style="margin:0;padding:0;">${preview}`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr><td align="center" style="padding:16px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;width:100%;border-collapse:collapse;">',
    ...rows.map((row) => `<tr><td style="${TEXT}padding:0 0 12px 0;">${row}</td></tr>`),
    '</table></td></tr></table></body></html>',
    '',
  ].join('\n');
}

function pushSection(rows: string[], title: string, body: string[]): void {
  if (body.length > 0) rows.push(heading(title, 2), ...body);
}

function heading(text: string, level: 1 | 2): string {
  const size = level === 1 ? '22px' : '18px';
  return `<h${level} style="${FONT}font-size:${size};line-height:1.3;margin:8px 0 0 0;">${escapeHtml(text)}</h${level}>`;
}

function paragraph(html: string, style = ''): string {
  return `<p style="${TEXT}margin:0 0 6px 0;${style}">${html}</p>`;
}

function renderSummaryLine(line: SummaryLine): string {
  if (line.subjects.length === 0) return paragraph(`<strong>${escapeHtml(line.label)}:</strong> <span style="${MUTED}">nothing reported yet</span>`);
  const subjects = line.subjects.map((subject) => {
    const change = subject.previousStatus === null ? ' (new)' : subject.changed ? ` (was ${subject.previousStatus})` : '';
    const status = subject.changed ? `<strong>${escapeHtml(subject.status)}</strong>` : escapeHtml(subject.status);
    const flags = `${subject.disputed ? ' [disputed]' : ''}${subject.singleSource ? ' [single source]' : ''}`;
    const single = flags ? ` <span style="${MUTED}">${flags.trim()}</span>` : '';
    return `${escapeHtml(subject.label)} ${status}${escapeHtml(change)}${single}`;
  });
  return paragraph(`<strong>${escapeHtml(line.label)}:</strong> ${subjects.join(' · ')}`);
}

function renderChange({ change }: ThreadChange, colour: string): string {
  const flag = change.singleSource && change.kind !== 'conflict' ? ` <em style="${MUTED}">(single source)</em>` : '';
  const evidence = change.evidence.map((item) => renderEvidence(item, change.kind === 'conflict')).join('');
  return `<div style="border-left:3px solid ${colour};padding:0 0 0 10px;margin:0 0 10px 0;">${paragraph(`<strong>${escapeHtml(change.summary)}</strong>${flag}`)}${evidence}</div>`;
}

function renderEvidence(evidence: Evidence, showStatus: boolean): string {
  const side = showStatus && evidence.status ? `<strong>${escapeHtml(labelStatus(evidence.status))}:</strong> ` : '';
  const said = evidence.attribution ? `, citing ${escapeHtml(evidence.attribution)}` : '';
  return (
    renderQuote(evidence.quote, side) +
    paragraph(`— ${renderLink(evidence.publisher, evidence.url)}${said}`, `font-size:14px;${MUTED}`)
  );
}

/**
 * A quote in its own script and direction: Arabic is set right to left with its rule on the right
 * (`dir` and `lang` on the element, which email clients keep), and without English quotation marks,
 * which would stand on the wrong side of right-to-left text.
 */
function renderQuote(quote: string, side: string): string {
  const { dir, lang } = findTextDirection(quote);
  if (dir === 'ltr') {
    return `<blockquote style="${TEXT}margin:4px 0 4px 0;padding:0 0 0 10px;border-left:2px solid #7a7a7a;">${side}“${escapeHtml(quote)}”</blockquote>`;
  }
  const label = side ? `<div dir="ltr" style="text-align:left;">${side}</div>` : '';
  return `${label}<blockquote dir="rtl" lang="${lang}" style="${TEXT}margin:4px 0 4px 0;padding:0 10px 0 0;border-right:2px solid #7a7a7a;text-align:right;">${escapeHtml(quote)}</blockquote>`;
}

function renderCarriedBy(group: CarriedBy): string {
  const original = group.original.title
    ? `${renderLink(group.original.title, group.original.url)} (${escapeHtml(group.original.publisher ?? '')})`
    : renderLink(group.original.url, group.original.url);
  return paragraph(`${original} — also carried by ${group.copies.map((copy) => renderLink(copy.publisher, copy.url)).join(', ')}`);
}

function renderAlsoReported(article: DigestArticle): string {
  const language = nameForeignLanguage(article.language);
  const languageNote = language ? ` <span style="${MUTED}">(in ${escapeHtml(language)})</span>` : '';
  return paragraph(`<bdi>${renderLink(article.title, article.url)}</bdi> — <bdi>${escapeHtml(article.publisher)}</bdi>${languageNote}`);
}

function renderSource(article: DigestArticle, index: number): string {
  const notes = [article.relevant ? null : 'not relevant', article.error ? `error: ${article.error}` : null].filter(Boolean);
  const date = article.publishedAt ? `, ${article.publishedAt.slice(0, 10)}` : '';
  const note = notes.length > 0 ? ` <span style="${MUTED}">(${escapeHtml(notes.join('; '))})</span>` : '';
  const language = nameForeignLanguage(article.language);
  const languageNote = language ? ` <span style="${MUTED}">(in ${escapeHtml(language)})</span>` : '';
  // <bdi> keeps a right-to-left title or outlet from reordering the punctuation around it.
  const title = `<bdi>${renderLink(article.title, article.url)}</bdi>`;
  return paragraph(`${index + 1}. ${title} — <bdi>${escapeHtml(article.publisher)}</bdi>${languageNote}${escapeHtml(date)}${note}`, 'font-size:14px;');
}

function renderFooter(unsubscribeUrl?: string): string {
  const href = unsubscribeUrl === undefined ? null : safeHttpUrl(unsubscribeUrl);
  const unsubscribe = href ? ` <a href="${escapeHtml(href)}" style="color:${ACCENT};">Unsubscribe</a>` : '';
  return paragraph(`You receive sitrep because you subscribed to it.${unsubscribe}`, `font-size:13px;${MUTED}border-top:1px solid #7a7a7a;padding-top:8px;`);
}

/** An anchor for http(s) URLs; anything else (javascript:, data:, seed:) is plain escaped text. */
function renderLink(text: string, url: string): string {
  const href = safeHttpUrl(url);
  if (href === null) return text === url ? escapeHtml(url) : `${escapeHtml(text)} (${escapeHtml(url)})`;
  return `<a href="${escapeHtml(href)}" style="color:${ACCENT};">${escapeHtml(text)}</a>`;
}
