import type { Digest, DigestArticle, Evidence } from '../model/digest';
import { labelStatus } from './labels';
import { escapeMarkdown, safeHttpUrl } from './escape';
import { nameForeignLanguage } from './text-direction';
import { describeQuietDay, planDigestSections, type CarriedBy, type SummaryLine, type ThreadChange } from './digest-sections';

/**
 * digest.md: the summary first, then changes with quotes and links, conflicts and single-source
 * claims, reaffirmations in brief, copies, sources. All article text is escaped; only http(s) URLs
 * become links.
 */
export function renderDigestMarkdown(digest: Digest): string {
  const sections = planDigestSections(digest);
  const lines = [`# sitrep — Syria–Russia digest, ${digest.date}`, ''];
  if (sections.quiet) {
    lines.push(describeQuietDay(digest), '');
  } else {
    lines.push('## Summary', '', ...sections.summary.map(renderSummaryLine), '');
    pushSection(lines, 'What changed', sections.changes.flatMap(renderChange));
    pushSection(lines, 'Conflicts and single-source claims', [
      ...sections.conflicts.flatMap(renderChange),
      ...sections.singleSource.map(({ change }) => `- Single source: ${escapeMarkdown(change.summary)}`),
    ]);
  }
  pushSection(lines, 'Reaffirmed', sections.reaffirmations.map(({ change }) => `- ${escapeMarkdown(change.summary)}`));
  pushSection(lines, 'Also carried by', sections.carriedBy.map(renderCarriedBy));
  pushSection(lines, 'Also reported', sections.alsoReported.map(renderAlsoReported));
  pushSection(lines, 'Sources', sections.sources.map(renderSource));
  return `${lines.join('\n').trimEnd()}\n`;
}

function pushSection(lines: string[], title: string, body: string[]): void {
  if (body.length > 0) lines.push(`## ${title}`, '', ...body, '');
}

function renderSummaryLine(line: SummaryLine): string {
  if (line.subjects.length === 0) return `- **${line.label}:** nothing reported yet`;
  const subjects = line.subjects.map((subject) => {
    // Statuses come from our own vocabulary today; escaped all the same, as the HTML renderer does.
    const change = subject.previousStatus === null ? ' (new)' : subject.changed ? ` (was ${escapeMarkdown(subject.previousStatus)})` : '';
    const status = subject.changed ? `**${escapeMarkdown(subject.status)}**` : escapeMarkdown(subject.status);
    const flags = `${subject.disputed ? ' [disputed]' : ''}${subject.singleSource ? ' [single source]' : ''}`;
    return `${escapeMarkdown(subject.label)} ${status}${change}${flags}`;
  });
  return `- **${line.label}:** ${subjects.join(' · ')}`;
}

function renderChange({ change }: ThreadChange): string[] {
  const flag = change.singleSource && change.kind !== 'conflict' ? ' _(single source)_' : '';
  return [`- **${escapeMarkdown(change.summary)}**${flag}`, ...change.evidence.flatMap((evidence) => renderEvidence(evidence, change.kind === 'conflict'))];
}

function renderEvidence(evidence: Evidence, showStatus: boolean): string[] {
  const side = showStatus && evidence.status ? `${labelStatus(evidence.status)}: ` : '';
  const said = evidence.attribution ? `, citing ${escapeMarkdown(evidence.attribution)}` : '';
  return [`  > ${side}${escapeMarkdown(evidence.quote)}`, `  — ${renderLink(evidence.publisher, evidence.url)}${said}`];
}

function renderCarriedBy(group: CarriedBy): string {
  const original = group.original.title
    ? `${renderLink(group.original.title, group.original.url)} (${escapeMarkdown(group.original.publisher ?? '')})`
    : renderLink(group.original.url, group.original.url);
  return `- ${original} — also carried by ${group.copies.map((copy) => renderLink(copy.publisher, copy.url)).join(', ')}`;
}

function renderAlsoReported(article: DigestArticle): string {
  const language = nameForeignLanguage(article.language);
  return `- ${renderLink(article.title, article.url)} — ${escapeMarkdown(article.publisher)}${language ? ` (in ${escapeMarkdown(language)})` : ''}`;
}

function renderSource(article: DigestArticle, index: number): string {
  const notes = [article.relevant ? null : 'not relevant', article.error ? `error: ${article.error}` : null].filter(Boolean);
  const date = article.publishedAt ? `, ${article.publishedAt.slice(0, 10)}` : '';
  const note = notes.length > 0 ? ` (${escapeMarkdown(notes.join('; '))})` : '';
  const language = nameForeignLanguage(article.language);
  const languageNote = language ? ` (in ${escapeMarkdown(language)})` : '';
  return `${index + 1}. ${renderLink(article.title, article.url)} — ${escapeMarkdown(article.publisher)}${languageNote}${escapeMarkdown(date)}${note}`;
}

/** `[text](<url>)` for http(s) URLs; anything else is shown as escaped text, never as a link. */
function renderLink(text: string, url: string): string {
  const href = safeHttpUrl(url);
  if (href === null) return text === url ? escapeMarkdown(url) : `${escapeMarkdown(text)} (${escapeMarkdown(url)})`;
  // The WHATWG serialisation percent-encodes spaces, < and >, so the <…> destination cannot be broken out of.
  return `[${escapeMarkdown(text)}](<${href}>)`;
}
