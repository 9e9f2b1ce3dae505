import { escapeHtml } from '../../digest/escape';
import type { SubscriptionResponse } from './http-types';

export interface PageForm {
  /** A same-origin path, with its query if any. */
  action: string;
  fields: Record<string, string>;
  button: string;
  /** Extra inputs a person fills in (the subscribe form). */
  inputsHtml?: string;
}

/**
 * Pages carry tokens in their URL and take form posts: no referrer leaks the token, no script runs,
 * forms may only post back here, nothing is cached, and no other site may frame them.
 */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

/** A small HTML page: a heading, a message and at most one form; every value escaped. */
export function renderPage(status: number, title: string, message: string, form?: PageForm): SubscriptionResponse {
  return { status, headers: { ...PAGE_HEADERS }, body: renderPageHtml(title, message, form) };
}

function renderPageHtml(title: string, message: string, form?: PageForm): string {
  const formHtml = form
    ? `<form method="post" action="${escapeHtml(form.action)}">
${Object.entries(form.fields)
  .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
  .join('\n')}
${form.inputsHtml ?? ''}
<button type="submit" style="font-size:16px;padding:10px 18px;">${escapeHtml(form.button)}</button>
</form>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${escapeHtml(title)} — sitrep</title></head>
<body style="font-family:system-ui,Arial,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;">
<h1 style="font-size:1.5rem;">${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${formHtml}
</body></html>
`;
}

/**
 * A form field hidden from people (off-screen, skipped by tab and autofill) that scripts posting
 * every input fill in. No third-party CAPTCHA: nothing on the page loads from elsewhere.
 */
export const HONEYPOT_FIELD = 'website';

/** The subscribe form's own inputs. */
export const SUBSCRIBE_INPUTS_HTML = `<p style="position:absolute;left:-10000px;" aria-hidden="true"><label>Leave empty<input type="text" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></label></p>
<p><label>Email address<br><input type="email" name="email" required maxlength="254" autocomplete="email" style="font-size:16px;width:100%;max-width:20rem;"></label></p>
<fieldset style="margin:0 0 1rem 0;"><legend>On a day with no changes</legend>
<label><input type="radio" name="quietDay" value="short" checked> send me a short "no changes" note</label><br>
<label><input type="radio" name="quietDay" value="none"> send nothing</label></fieldset>`;
