import type { Digest } from '../model/digest';
import { escapeHtml, safeHttpUrl } from './escape';
import { FONT, MUTED, TEXT } from './reader/html-parts';
import { planReaderDigest } from './reader/plan-reader-digest';
import { renderDigestBlocks, renderFooter } from './reader/render-html-body';

/** Options for the emailed copy: the unsubscribe link of the footer and the inbox preview text. */
export interface HtmlDigestOptions {
  unsubscribeUrl?: string;
  preheader?: string;
}

/**
 * digest.html and the email's HTML part: one fluid 640px column of layout tables (role=
 * "presentation", inline styles only, no scripts), the blocks of renderDigestBlocks inside, every
 * piece of article text escaped and links http(s) only.
 *
 * Hand-written rather than MJML: mjml 5.4.1 installs and runs on Node 20, but it is 199 packages
 * (58 MB), ≈ 3.1 MB minified once bundled (with typescript/uglify-js marked external) and its cold
 * import took 2.4–2.8 s on this machine, against a < 300 ms budget for the digest and send
 * functions; this single column renders without overflow in Chromium at 390 and 1280 px, light and
 * dark (test/site/browser-rendering.test.ts, test/email/render-email.test.ts).
 */
export function renderDigestHtml(digest: Digest, options: HtmlDigestOptions = {}): string {
  const plan = planReaderDigest(digest);
  const unsubscribe = options.unsubscribeUrl === undefined ? null : safeHttpUrl(options.unsubscribeUrl);
  const header = `<h1 style="${FONT}font-size:22px;line-height:1.25;margin:0;">Syria–Russia digest</h1><p style="${TEXT}${MUTED}margin:0 0 8px 0;">sitrep · ${escapeHtml(plan.dateLabel)}</p>`;
  const blocks = [header, ...renderDigestBlocks(plan)];
  if (options.unsubscribeUrl !== undefined) blocks.push(renderFooter(unsubscribe));
  return wrapEmailDocument(`sitrep digest, ${plan.dateLabel}`, blocks, options.preheader);
}

/** A whole HTML document around `blocks`, laid out for email clients. */
export function wrapEmailDocument(title: string, blocks: readonly string[], preheader?: string): string {
  const preview = preheader ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(preheader)}</div>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:0;">${preview}`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr><td align="center" style="padding:16px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;width:100%;border-collapse:collapse;">',
    ...blocks.map((block) => `<tr><td style="${TEXT}padding:0;">${block}</td></tr>`),
    '</table></td></tr></table></body></html>',
    '',
  ].join('\n');
}
