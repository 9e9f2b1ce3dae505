import { ALSO_REPORTED_NOTE } from './phrases';
import type { BoardThread, ReaderArticle, ReaderDigest, ReaderItem, ReaderQuote, ReaderSource } from './types';

/** How one text format writes text, links and emphasis: Markdown (digest.md) or plain text (the email's text part). */
export interface LineFlavour {
  text(value: string): string;
  link(text: string, url: string | null): string;
  strong(text: string): string;
  heading(text: string): string;
}

/** The digest as lines of text, in the reading order of the HTML (see renderDigestBlocks). */
export function renderDigestLines(plan: ReaderDigest, flavour: LineFlavour): string[] {
  const [lead, ...rest] = plan.items;
  const lines = [flavour.heading(`Syria–Russia digest, ${plan.dateLabel}`), ''];
  if (lead) lines.push(`${flavour.strong(flavour.text(plan.lead))}${describeFlags(lead, flavour)}`, ...renderItemEvidence(lead, flavour, ''), '');
  else lines.push(flavour.text(plan.lead), '');
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(flavour.heading(title), '', ...body, '');
  };
  section('What else changed', rest.flatMap((item) => [...renderItem(item, flavour), '']));
  section('Also confirmed', plan.reaffirmed.map((line) => `- ${flavour.text(line)}`));
  section('Also reported', plan.alsoReported.length === 0 ? [] : [flavour.text(ALSO_REPORTED_NOTE), '', ...plan.alsoReported.map((article) => `- ${renderArticle(article, flavour)}`)]);
  section('Sources', plan.sources.map((article) => `- ${renderArticle(article, flavour)}`));
  section('Where things stand', plan.board.flatMap((thread) => renderBoardThread(thread, flavour)));
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function renderItem(item: ReaderItem, flavour: LineFlavour): string[] {
  return [`- ${flavour.strong(flavour.text(item.sentence))}${describeFlags(item, flavour)}`, ...renderItemEvidence(item, flavour, '  ')];
}

function describeFlags(item: ReaderItem, flavour: LineFlavour): string {
  return `${item.detail ? ` (${flavour.text(item.detail)})` : ''}${item.badge ? ` [${item.badge}]` : ''}`;
}

function renderItemEvidence(item: ReaderItem, flavour: LineFlavour, indent: string): string[] {
  if (item.kind !== 'conflict') return renderEvidence(item.quote, item.sources, flavour, indent);
  return item.sides.flatMap((side) => [`${indent}${flavour.strong(flavour.text(side.label))}:`, ...renderEvidence(side.quote, side.sources, flavour, `${indent}  `)]);
}

function renderEvidence(quote: ReaderQuote | null, sources: readonly ReaderSource[], flavour: LineFlavour, indent: string): string[] {
  const lines: string[] = [];
  if (quote) {
    const said = quote.attribution ? `, citing ${flavour.text(quote.attribution)}` : '';
    lines.push(`${indent}> ${flavour.text(quote.text)}`);
    if (quote.english !== null) lines.push(`${indent}(English: ${flavour.text(quote.english)})`);
    lines.push(`${indent}— ${renderSource(quote.source, flavour)}${said}`);
  }
  const rest = sources.filter((source) => source.articleId !== quote?.source.articleId);
  if (rest.length > 0) {
    const label = quote ? `+ ${rest.length} more` : rest.length === 1 ? 'Source' : `${rest.length} sources`;
    lines.push(`${indent}${label}: ${rest.map((source) => flavour.link(source.shortName, source.url)).join(', ')}`);
  }
  return lines;
}

function renderBoardThread(thread: BoardThread, flavour: LineFlavour): string[] {
  const rows = thread.rows.map((row) => {
    const status = row.changedToday ? flavour.strong(flavour.text(row.status)) : flavour.text(row.status);
    const sources = `${row.sources} ${row.sources === '1' ? 'source' : 'sources'}`;
    return `- ${flavour.text(row.subject)}: ${status}${row.disputed ? ' (disputed)' : ''}, since ${flavour.text(row.since)}, ${sources}`;
  });
  return [flavour.strong(flavour.text(thread.label)), ...rows, ''];
}

function renderSource(source: ReaderSource, flavour: LineFlavour): string {
  const outlet = source.headline && source.name !== source.headline ? ` — ${flavour.text(source.name)}` : '';
  const date = source.date ? `, ${flavour.text(source.date)}` : '';
  return `${flavour.link(source.headline ?? source.name, source.url)}${outlet}${describeLanguage(source)}${date}`;
}

/** " · French" after an outlet whose article is not in English. */
function describeLanguage(source: ReaderSource): string {
  return source.language === null ? '' : ` · ${source.language}`;
}

function renderArticle(article: ReaderArticle, flavour: LineFlavour): string {
  const copy = (source: ReaderSource) => `${flavour.link(source.name, source.url)}${source.language === article.language ? '' : describeLanguage(source)}`;
  const copies = article.copies.length > 0 ? ` · also carried by ${article.copies.map(copy).join(', ')}` : '';
  return `${renderSource(article, flavour)}${copies}`;
}
