import type { Digest } from '../model/digest';
import { renderDigestHtml } from '../digest/render-html';
import { renderDigestText } from '../digest/render-text';
import { selectReaderView } from '../digest/reader-view';
import { describeDigestHeadline as describeReaderHeadline } from '../digest/reader/plan-reader-digest';
import type { MessageContent } from './compose-message';
import { renderNoticeEmail } from './notice-email';
import type { QuietDayPreference } from './types';
import { knownStorylines } from '../storyline/registry';

/** Whether the day has news, the subject that says what changed, and the inbox preview. */
export interface DigestHeadline {
  quiet: boolean;
  /** At most 78 characters, never cut inside a phrase: "<storyline>, 15 Oct: <the lead change>". */
  subject: string;
  /** The lead sentence (and how many more changes): the preheader. */
  headline: string;
}

/** The subject line and preheader of a digest's email. */
export function describeDigestHeadline(digest: Digest): DigestHeadline {
  // Counted and described from what a subscriber may see: failed and off-topic articles are not news.
  const { quiet, subject, preheader } = describeReaderHeadline(selectReaderView(digest));
  return { quiet, subject, headline: preheader };
}

/** "Nothing new on <each thread's definition>": the quiet day in the storyline's own words. */
function describeQuietThreads(digest: Digest): string {
  const storyline = knownStorylines().find((candidate) => candidate.id === digest.storyline);
  return storyline?.quietDay ?? `Nothing new on ${digest.threads.map((thread) => thread.thread).join(', ')}.`;
}

/**
 * The email for one subscriber: the full digest (HTML from renderDigestHtml, a plain-text part
 * written to be read as text) with a visible unsubscribe link in both; on a quiet day a short
 * note, or null when the subscriber chose to get nothing. Only the reader view (selectReaderView) is rendered.
 */
export function buildDigestEmail(
  digest: Digest,
  headline: DigestHeadline,
  recipient: { quietDay: QuietDayPreference; unsubscribeUrl: string },
): MessageContent | null {
  if (headline.quiet) {
    if (recipient.quietDay === 'none') return null;
    return renderNoticeEmail({
      subject: headline.subject,
      preheader: headline.headline,
      heading: 'No changes today',
      paragraphs: [
        headline.headline,
        `${describeQuietThreads(digest)} The next digest comes tomorrow.`,
      ],
      unsubscribeUrl: recipient.unsubscribeUrl,
    });
  }
  const readerView = selectReaderView(digest);
  return {
    subject: headline.subject,
    html: renderDigestHtml(readerView, { unsubscribeUrl: recipient.unsubscribeUrl, preheader: headline.headline }),
    text: renderDigestText(readerView, recipient.unsubscribeUrl),
  };
}
