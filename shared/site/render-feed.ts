import { escapeHtml } from '../digest/escape';
import { planReaderDigest } from '../digest/reader/plan-reader-digest';
import { renderDigestBlocks } from '../digest/reader/render-html-body';
import type { Digest } from '../model/digest';
import { sitePaths } from './site-layout';
import { describeStorylineTagline } from '../storyline/registry';

const FEED_ID = 'urn:sitrep:syria-russia:digests';

/**
 * feed.atom: an Atom 1.0 feed (RFC 4287) with one entry per digest, latest first. Links are relative
 * to the feed's own address (RFC 4287 §2, xml:base rules), so the site works wherever it is served.
 * Ids are URNs that never change for a date, so readers do not see a rewritten digest as new.
 */
export function renderAtomFeed(digests: readonly Digest[]): string {
  const ordered = [...digests].sort((a, b) => b.date.localeCompare(a.date));
  const updated = ordered.map(updatedAt).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = ordered.map((digest) => {
    const plan = planReaderDigest(digest);
    return [
      '  <entry>',
      `    <id>${FEED_ID}:${escapeHtml(digest.date)}</id>`,
      `    <title>${escapeHtml(`${plan.dateLabel}: ${plan.lead}`)}</title>`,
      `    <updated>${updatedAt(digest)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(sitePaths.digest(digest.date))}"/>`,
      `    <summary>${escapeHtml(plan.lead)}</summary>`,
      `    <content type="html">${escapeHtml(renderDigestBlocks(plan).join('\n'))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${FEED_ID}</id>`,
    '  <title>sitrep — Syria–Russia digest</title>',
    `  <subtitle>${escapeHtml(describeStorylineTagline(digests))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>sitrep</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${sitePaths.feed}"/>`,
    `  <link rel="alternate" type="text/html" href="${sitePaths.index}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return removeXmlInvalidCharacters(xml);
}

/** The digest's generatedAt as an RFC 3339 instant, or the start of its day when unreadable. */
function updatedAt(digest: Digest): string {
  const instant = new Date(digest.generatedAt);
  return Number.isNaN(instant.getTime()) ? `${digest.date}T00:00:00Z` : instant.toISOString();
}

/** XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped; article text may hold them. */
function removeXmlInvalidCharacters(xml: string): string {
  // eslint-disable-next-line no-control-regex
  return xml.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
