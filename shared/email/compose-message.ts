import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { sanitiseHeaderText } from './header-text';
import { safeHttpUrl } from '../digest/escape';

export interface MessageContent {
  subject: string;
  text: string;
  html: string;
}

export interface ComposeMessageInput extends MessageContent {
  from: string;
  to: string;
  date: Date;
  /** Stable per (purpose, recipient): a re-sent copy carries the same Message-ID, so clients can fold it. */
  messageKey: string;
  /** Adds List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) when given. */
  unsubscribeUrl?: string;
}

export class MessageCompositionError extends Error {
  override readonly name = 'MessageCompositionError';
}

/**
 * Builds the raw RFC 5322 message (text and HTML alternatives) that every mailer sends as is.
 * The subject is flattened here, whatever the caller passed, so no CR/LF from an article title can
 * add a header; nodemailer then encodes non-ASCII as RFC 2047 words.
 */
export async function composeMessage(input: ComposeMessageInput): Promise<Uint8Array> {
  const headers: Record<string, { prepared: true; value: string }> = {};
  if (input.unsubscribeUrl !== undefined) {
    const url = checkedUrl(input.unsubscribeUrl);
    headers['List-Unsubscribe'] = { prepared: true, value: `<${url}>` };
    headers['List-Unsubscribe-Post'] = { prepared: true, value: 'List-Unsubscribe=One-Click' };
  }
  const composer = new MailComposer({
    from: sanitiseHeaderText(input.from, 320),
    to: sanitiseHeaderText(input.to, 320),
    subject: sanitiseHeaderText(input.subject),
    date: input.date,
    messageId: buildMessageId(input.messageKey, input.from),
    text: input.text,
    html: input.html,
    headers,
    // Content is always given inline; never let a string be read as a path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'win',
  });
  return new Uint8Array(await composer.compile().build());
}

/** A URL for a prepared header: http(s) only, re-serialised (percent-encoded) so it holds no CR, LF or '>'. */
function checkedUrl(url: string): string {
  const href = safeHttpUrl(url);
  if (href === null) throw new MessageCompositionError('The unsubscribe URL must be http(s)');
  if (/[\s<>]/.test(href)) throw new MessageCompositionError('The unsubscribe URL holds unsafe characters');
  return href;
}

function buildMessageId(messageKey: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'sitrep.invalid';
  const digest = createHash('sha256').update(messageKey).digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}
