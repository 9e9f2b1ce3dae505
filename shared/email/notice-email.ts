import { escapeHtml, safeHttpUrl } from '../digest/escape';
import type { MessageContent } from './compose-message';

export interface NoticeEmailInput {
  subject: string;
  /** The preview line a mail client shows beside the subject. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  unsubscribeUrl?: string;
}

/**
 * A short email of a few paragraphs and at most one button (the confirmation request, the quiet-day
 * note), as text and as email-safe HTML: one 100%-wide table capped at 600 px, inline styles, no
 * scripts or external CSS; every value escaped and only http(s) links. Text and background colours
 * are left to the client, as in the digest, so that its dark mode can flip them.
 */
export function renderNoticeEmail(input: NoticeEmailInput): MessageContent {
  return { subject: input.subject, text: renderText(input), html: renderHtml(input) };
}

function renderText(input: NoticeEmailInput): string {
  const lines = [input.heading, '', ...input.paragraphs.flatMap((paragraph) => [paragraph, ''])];
  if (input.action) lines.push(`${input.action.label}: ${input.action.url}`, '');
  if (input.unsubscribeUrl) lines.push(`Unsubscribe: ${input.unsubscribeUrl}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderHtml(input: NoticeEmailInput): string {
  const paragraphs = input.paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px 0;">${escapeHtml(paragraph)}</p>`)
    .join('\n');
  const actionUrl = input.action ? safeHttpUrl(input.action.url) : null;
  const action = input.action && actionUrl ? renderButton({ label: input.action.label, url: actionUrl }) : '';
  const unsubscribeUrl = input.unsubscribeUrl ? safeHttpUrl(input.unsubscribeUrl) : null;
  const footer = unsubscribeUrl
    ? `<p style="margin:24px 0 0 0;font-size:13px;color:#7a7a7a;">You receive this because you subscribed to the sitrep digest. <a href="${escapeHtml(unsubscribeUrl)}" style="color:#1a5fb4;">Unsubscribe</a></p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(input.subject)}</title></head>
<body style="margin:0;padding:0;">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(input.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td style="padding:24px 20px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;word-wrap:break-word;overflow-wrap:anywhere;">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;">${escapeHtml(input.heading)}</h1>
${paragraphs}
${action}
${footer}
</td></tr></table>
</td></tr></table>
</body></html>
`;
}

function renderButton(action: { label: string; url: string }): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;"><tr>
<td style="background:#1a5fb4;border-radius:4px;"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;color:#ffffff;text-decoration:none;font-weight:bold;">${escapeHtml(action.label)}</a></td>
</tr></table>
<p style="margin:0 0 16px 0;font-size:13px;color:#7a7a7a;">Or open this link: <span style="word-break:break-all;">${escapeHtml(action.url)}</span></p>`;
}
