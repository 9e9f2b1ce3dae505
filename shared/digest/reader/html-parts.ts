import { escapeHtml } from '../escape';
import type { ReaderQuote, ReaderSource } from './types';

/*
 * The pieces every HTML page of sitrep is made of (email and archive alike): inline styles only,
 * because mail clients strip <style>; text and background colours left to the client so that its
 * dark mode can flip them; accents of mid luminance that keep ≥ 4:1 contrast on white and on
 * near-black. Every string from an article goes through escapeHtml, and foreign-script text sits in
 * <bdi> or dir="auto" so that a right-to-left headline cannot reorder the line around it.
 */
export const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
export const TEXT = `${FONT}font-size:15px;line-height:1.4;word-wrap:break-word;overflow-wrap:anywhere;`;
export const SMALL = `${FONT}font-size:13px;line-height:1.35;`;
export const MUTED = 'color:#767676;';
export const ACCENT = '#3a78c8';
export const WARNING = '#b5702a';
export const CONFLICT = '#c0604a';

/** Escaped text isolated from the direction of what surrounds it, in language `lang` when given (ISO 639-1). */
export function isolate(text: string, lang: string | null = null): string {
  return lang === null ? `<bdi>${escapeHtml(text)}</bdi>` : `<bdi lang="${escapeHtml(lang)}">${escapeHtml(text)}</bdi>`;
}

/** An anchor for an http(s) URL (already checked by safeHttpUrl), else the plain text. */
export function renderLink(text: string, url: string | null, lang: string | null = null): string {
  if (url === null) return isolate(text, lang);
  return `<a href="${escapeHtml(url)}" style="color:${ACCENT};">${isolate(text, lang)}</a>`;
}

/** " · French" after an outlet whose article is not in English. */
export function renderLanguage(source: Pick<ReaderSource, 'language'>): string {
  return source.language === null ? '' : ` · ${escapeHtml(source.language)}`;
}

/** "single source" or "conflicting reports" as a small outlined label. */
export function renderBadge(label: string): string {
  const colour = label === 'single source' ? WARNING : CONFLICT;
  return `<span style="${FONT}font-size:12px;font-weight:normal;white-space:nowrap;color:${colour};border:1px solid ${colour};border-radius:3px;padding:0 4px;">${escapeHtml(label)}</span>`;
}

/** "Headline — Outlet · French, Tue 21 Oct 2025": the headline links, the outlet is named once, a language other than English beside it. */
export function renderSourceLine(source: ReaderSource, whole = false): string {
  const outlet = source.headline && source.name !== source.headline ? ` — ${isolate(source.name)}` : '';
  const date = source.date ? `, ${escapeHtml(source.date)}` : '';
  // Without a link (a seed) the headline is only a name here: the short form will do, the sources list has it whole.
  const text = source.url === null && !whole ? source.shortName : (source.headline ?? source.name);
  const lang = text === source.headline ? source.languageCode : null;
  return `${renderLink(text, source.url, lang)}${outlet}${renderLanguage(source)}${date}`;
}

/**
 * The evidence beneath an item: the quote as a block (no added quote marks, see tidyQuote) in its
 * own language and direction, its English rendering beneath when there is one, then one line with
 * its source and the other sources by count and short name.
 */
export function renderEvidence(quote: ReaderQuote | null, sources: readonly ReaderSource[], label = ''): string {
  const rest = sources.filter((source) => source.articleId !== quote?.source.articleId);
  const names = rest.map((source) => renderLink(source.shortName, source.url)).join(', ');
  if (quote === null) {
    return rest.length === 0 ? '' : `<p style="${SMALL}${MUTED}margin:0 0 2px 0;">${label}${rest.length === 1 ? 'Source' : `${rest.length} sources`}: ${names}</p>`;
  }
  const said = quote.attribution ? `, citing ${isolate(quote.attribution)}` : '';
  const more = rest.length === 0 ? '' : ` · + ${rest.length} more: ${names}`;
  return (
    renderQuoteBlock(quote, label) +
    (quote.english === null ? '' : `<p lang="en" dir="ltr" style="${SMALL}margin:0 0 2px 12px;"><span style="${MUTED}">English:</span> ${escapeHtml(quote.english)}</p>`) +
    `<p style="${SMALL}${MUTED}margin:0 0 2px 12px;">— ${renderSourceLine(quote.source)}${said}${more}</p>`
  );
}

/**
 * The quote itself. Right-to-left text gets its own block with dir="rtl" (so it is aligned and
 * ruled on the right, where a reader of Arabic starts), the label of a conflict's side above it;
 * other text sits in the block after the label, isolated with dir="auto". `lang` names the
 * language so that screen readers and font fallback read it as what it is.
 */
function renderQuoteBlock(quote: ReaderQuote, label: string): string {
  const lang = quote.lang === null ? '' : ` lang="${escapeHtml(quote.lang)}"`;
  if (quote.dir === 'rtl') {
    const heading = label ? `<p style="${SMALL}margin:2px 0 0 0;">${label}</p>` : '';
    return `${heading}<blockquote dir="rtl"${lang} style="${SMALL}font-size:15px;margin:2px 0 2px 0;padding:0 10px 0 0;border-right:2px solid #999999;text-align:right;">${escapeHtml(quote.text)}</blockquote>`;
  }
  return `<blockquote style="${SMALL}margin:2px 0 2px 0;padding:0 0 0 10px;border-left:2px solid #999999;">${label}<span dir="auto"${lang}>${escapeHtml(quote.text)}</span></blockquote>`;
}
