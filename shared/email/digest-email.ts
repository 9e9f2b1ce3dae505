import type { Digest } from '../model/digest';
import { describeQuietDay, planDigestSections } from '../digest/digest-sections';
import { selectReaderView } from '../digest/reader-view';
import { renderDigestHtml } from '../digest/render-html';
import { renderDigestMarkdown } from '../digest/render-markdown';
import { summariseChanges } from '../digest/summarise-changes';
import type { MessageContent } from './compose-message';
import { renderNoticeEmail } from './notice-email';
import type { QuietDayPreference } from './types';

/** Whether the day has news, and the subject that says what changed. */
export interface DigestHeadline {
  quiet: boolean;
  subject: string;
  headline: string;
}

/** "Syria–Russia, 12 Nov: Tartus port contract cancelled · 2 more changes" ("…: No changes" on a quiet day). */
export function describeDigestHeadline(digest: Digest): DigestHeadline {
  const { headline } = summariseChanges(digest);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${digest.date}T00:00:00Z`),
  );
  return { quiet: planDigestSections(digest).quiet, subject: `Syria–Russia, ${day}: ${headline}`, headline };
}

/**
 * The email for one subscriber: the full digest (HTML from renderDigestHtml, text from the same
 * Markdown as digest.md) with a visible unsubscribe link in both; on a quiet day a short note, or
 * null when the subscriber chose to get nothing. Only the reader view (selectReaderView) is rendered.
 */
export function buildDigestEmail(
  fullDigest: Digest,
  headline: DigestHeadline,
  recipient: { quietDay: QuietDayPreference; unsubscribeUrl: string },
): MessageContent | null {
  // Subscribers never see fetch errors or irrelevant items: those are for operators (digest.json, logs).
  const digest = selectReaderView(fullDigest);
  if (headline.quiet) {
    if (recipient.quietDay === 'none') return null;
    return renderNoticeEmail({
      subject: headline.subject,
      preheader: describeQuietDay(digest),
      heading: 'No changes today',
      paragraphs: [
        describeQuietDay(digest),
        'Nothing new on Russia’s bases in Syria, the extradition of Bashar al-Assad or Russian investment deals. The next digest comes tomorrow.',
      ],
      unsubscribeUrl: recipient.unsubscribeUrl,
    });
  }
  return {
    subject: headline.subject,
    html: renderDigestHtml(digest, { unsubscribeUrl: recipient.unsubscribeUrl, preheader: headline.headline }),
    text: `${renderDigestMarkdown(digest).trimEnd()}\n\n---\nUnsubscribe: ${recipient.unsubscribeUrl}\n`,
  };
}
