/**
 * Escaping for everything a digest renders from untrusted input (titles, quotes, publishers, URLs).
 * Shared with the email step: one place decides what is safe. Bidi controls are removed upstream,
 * where article text enters the model; the escapes remove them again so that no record written
 * before that (or by another path) can reorder a rendered line.
 */
import { neutraliseBidiControls } from '../model/untrusted-text';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return neutraliseBidiControls(text).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/**
 * Article text (a title, a publisher, a quote) escaped and isolated in `<bdi>`, so text in another
 * direction (Arabic beside English) is laid out on its own and never reorders what surrounds it.
 */
export function isolateHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * The URL normalised by the WHATWG parser when it is http(s) and carries no credentials, else null.
 * Anything else (javascript:, data:, seed:, mailto:) must be rendered as plain text, never as a link.
 */
export function safeHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/**
 * Text made inert in CommonMark/GFM: line breaks folded, every character with inline meaning
 * backslash-escaped (`<` and `>` included, because Markdown passes raw HTML through), and a leading
 * "#", "-", "+" or "1." escaped so the text cannot open a heading or a list. Parentheses are left
 * alone: with `[` and `]` escaped they cannot form a link, and digest.md doubles as the plain-text
 * email, where every backslash is noise.
 */
export function escapeMarkdown(text: string): string {
  return foldLines(text)
    .replace(/[\\`*_[\]<>~&]/g, (character) => `\\${character}`)
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line: CR, LF and other control characters become single spaces. Email headers need this too. */
export function foldLines(text: string): string {
  // eslint-disable-next-line no-control-regex
  return neutraliseBidiControls(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
