import { escapeHtml } from '../digest/escape';
import { ACCENT, MUTED, SMALL, TEXT } from '../digest/reader/html-parts';
import { renderDigestBlocks } from '../digest/reader/render-html-body';
import { planReaderDigest } from '../digest/reader/plan-reader-digest';
import type { Digest } from '../model/digest';
import { renderPageTitle, sitePaths, wrapSitePage } from './site-layout';
import { describeStorylineTagline } from '../storyline/registry';

/** index.html: every digest, latest first, each with its date and lead sentence. */
export function renderArchiveIndex(digests: readonly Digest[]): string {
  const rows = [...digests]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((digest) => {
      const plan = planReaderDigest(digest);
      const more = plan.items.length > 1 ? ` <span style="${MUTED}">+ ${plan.items.length - 1} more</span>` : '';
      return (
        `<p style="${TEXT}margin:8px 0 0 0;"><a href="${escapeHtml(sitePaths.digest(digest.date))}" style="color:${ACCENT};font-weight:600;">${escapeHtml(plan.dateLabel)}</a><br>` +
        `${escapeHtml(plan.lead)}${more}</p>`
      );
    });
  const empty = rows.length === 0 ? [`<p style="${SMALL}">No digests yet.</p>`] : [];
  return wrapSitePage('sitrep — Syria–Russia digests', '', [
    renderPageTitle('Syria–Russia digests', describeStorylineTagline(digests)),
    ...rows,
    ...empty,
  ]);
}

/** digests/<date>.html: the digest as the email shows it, with the archive's navigation. */
export function renderArchivedDigest(digest: Digest): string {
  const plan = planReaderDigest(digest);
  return wrapSitePage(`sitrep digest, ${plan.dateLabel}`, '../', [renderPageTitle('Syria–Russia digest', plan.dateLabel), ...renderDigestBlocks(plan)]);
}

