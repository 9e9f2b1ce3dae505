import type { Digest } from '../model/digest';
import { foldLines } from './escape';
import { planReaderDigest } from './reader/plan-reader-digest';
import { renderDigestLines, type LineFlavour } from './reader/render-lines';

/*
 * The email's text/plain part: written to be read as is, not as Markdown — no backslashes, no
 * asterisks; links as "headline <url>"; headings in capitals. Article text is folded to one line
 * (no control characters), which is all text/plain needs.
 */
const PLAIN: LineFlavour = {
  text: foldLines,
  link: (text, url) => (url === null ? foldLines(text) : `${foldLines(text)} <${url}>`),
  strong: (text) => text,
  heading: (text) => text.toUpperCase(),
};

/** The plain-text digest, with the unsubscribe link at the end when given. */
export function renderDigestText(digest: Digest, unsubscribeUrl?: string): string {
  const plan = planReaderDigest(digest);
  const lines = renderDigestLines(plan, PLAIN);
  lines[0] = `Syria–Russia digest · ${plan.dateLabel}`;
  if (unsubscribeUrl) lines.push('', '--', `You receive sitrep because you subscribed to it. Unsubscribe: ${unsubscribeUrl}`);
  return `${lines.join('\n')}\n`;
}
