import type { Digest } from '../../model/digest';
import { formatLongDate } from './human-date';
import { chooseLeadItem, writeLeadSentence, writeQuietLead, writeSubjectLine } from './lead';
import { buildBoard } from './reader-board';
import { buildReaderItems, describeReaffirmations } from './reader-items';
import { listReaderArticles } from './reader-sources';
import type { ReaderDigest } from './types';

/**
 * The digest as its reader gets it, shared by every renderer (email HTML and text, digest.md, the
 * archive site) so that they never drift: a lead, each change once with its evidence, the board,
 * and the sources a reader can open.
 */
export function planReaderDigest(digest: Digest): ReaderDigest {
  const dateLabel = formatLongDate(digest.date);
  const items = buildReaderItems(digest);
  const lead = chooseLeadItem(items);
  const { sources, alsoReported } = listReaderArticles(digest);
  return {
    date: digest.date,
    dateLabel,
    // A day with only articles nobody could read is not quiet: the reader must hear of them.
    quiet: lead === null && alsoReported.length === 0,
    lead: lead === null ? writeQuietLead(dateLabel, digest.articles.length, alsoReported) : writeLeadSentence(lead),
    items: lead === null ? [] : [lead, ...items.filter((item) => item !== lead)],
    reaffirmed: describeReaffirmations(digest),
    board: buildBoard(digest),
    sources,
    alsoReported,
  };
}

/** The email subject and inbox preview of a digest. */
export function describeDigestHeadline(digest: Digest): { quiet: boolean; subject: string; preheader: string } {
  const plan = planReaderDigest(digest);
  const lead = plan.items[0] ?? null;
  const more = plan.items.length - 1;
  const preheader = more > 0 ? `${plan.lead} ${more} more ${more === 1 ? 'change' : 'changes'} inside.` : plan.lead;
  return { quiet: plan.quiet, subject: writeSubjectLine(digest.date, lead, plan.items.length, plan.alsoReported), preheader };
}
