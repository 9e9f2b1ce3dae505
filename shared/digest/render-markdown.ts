import type { Digest } from '../model/digest';
import { escapeMarkdown } from './escape';
import { planReaderDigest } from './reader/plan-reader-digest';
import { renderDigestLines, type LineFlavour } from './reader/render-lines';

const MARKDOWN: LineFlavour = {
  text: escapeMarkdown,
  // The WHATWG serialisation (safeHttpUrl) percent-encodes spaces, < and >, so the <…> destination cannot be broken out of.
  link: (text, url) => (url === null ? escapeMarkdown(text) : `[${escapeMarkdown(text)}](<${url}>)`),
  strong: (text) => `**${text}**`,
  heading: (text) => `## ${text}`,
};

/**
 * digest.md: the same reading order as the HTML (lead, what changed, where things stand, also
 * confirmed, sources). All article text is escaped; only http(s) URLs become links.
 */
export function renderDigestMarkdown(digest: Digest): string {
  const lines = renderDigestLines(planReaderDigest(digest), MARKDOWN);
  lines[0] = lines[0]!.replace(/^## /, '# ');
  return `${lines.join('\n')}\n`;
}
