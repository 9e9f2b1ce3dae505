/**
 * Issue 13: an Arabic quote renders right to left in headless Chromium at a phone width (390 px),
 * in digest.html and in the email's HTML part: its computed direction is rtl and its lines hug the
 * right edge of the quote's box (a short last line leaves room on the left, not the right); the
 * English rendering beneath runs left to right. Screenshots go to test-artifacts/direction/;
 * `npm run screenshot` writes the one kept in docs/screenshots/. Needs /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigestEmail, describeDigestHeadline } from '../../shared/email/digest-email';
import { selectReaderView } from '../../shared/digest/reader-view';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { ARABIC_QUOTE, ARABIC_QUOTE_ENGLISH, buildArabicDigest } from '../helpers/arabic-digest';
import { hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'direction');
const WIDTH = 390;
if (!hasChromium) console.warn('Skipping the text direction test: /usr/bin/chromium is missing (apt-get install -y chromium).');

let chromium: LaunchedChromium;
const documents: Record<string, string> = {};

beforeAll(async () => {
  if (!hasChromium) return;
  const digest = buildArabicDigest();
  documents['digest.html'] = renderDigestHtml(selectReaderView(digest));
  const email = buildDigestEmail(digest, describeDigestHeadline(digest), { quietDay: 'short', unsubscribeUrl: 'https://subscribe.example.com/unsubscribe?token=t' });
  documents['email html'] = email!.html;
  await mkdir(ARTIFACTS, { recursive: true });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

/** Where each line of the element holding `text` sits inside that element's content box. */
async function measureQuote(html: string, text: string, screenshot: string) {
  const page = await chromium.context.newPage();
  try {
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: true });
    return await page.evaluate((wanted) => {
      const element = [...document.querySelectorAll('blockquote, p, span')].find((candidate) => candidate.textContent === wanted);
      if (!element) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const contentLeft = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const contentRight = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = [...range.getClientRects()].map((rect) => ({ left: rect.left - contentLeft, right: contentRight - rect.right }));
      return { direction: style.direction, textAlign: style.textAlign, lang: element.getAttribute('lang'), lines, scrollWidth: document.documentElement.scrollWidth };
    }, text);
  } finally {
    await page.close();
  }
}

describe.skipIf(!hasChromium)('an Arabic quote in Chromium at 390 px', () => {
  it.each(['digest.html', 'email html'])('%s: the quote runs right to left, its lines flush right', async (name) => {
    // Act
    const quote = await measureQuote(documents[name]!, ARABIC_QUOTE, `${name.replace(/\W+/g, '-')}-arabic-${WIDTH}.png`);

    // Assess
    expect(quote).not.toBeNull();
    expect(quote!.direction).toBe('rtl');
    expect(quote!.lang).toBe('ar');
    expect(quote!.scrollWidth).toBeLessThanOrEqual(WIDTH);
    // The quote wraps at 390 px, and its last line is short: the test can tell right from left.
    expect(quote!.lines.length).toBeGreaterThan(1);
    const last = quote!.lines.at(-1)!;
    expect(last.left).toBeGreaterThan(20);
    for (const line of quote!.lines) expect(Math.abs(line.right)).toBeLessThanOrEqual(2);
  });

  it.each(['digest.html', 'email html'])('%s: the English rendering beneath runs left to right, flush left', async (name) => {
    // Act
    const english = await measureQuote(documents[name]!, `English: ${ARABIC_QUOTE_ENGLISH}`, `${name.replace(/\W+/g, '-')}-english-${WIDTH}.png`);

    // Assess
    expect(english).not.toBeNull();
    expect(english!.direction).toBe('ltr');
    expect(english!.lang).toBe('en');
    expect(Math.abs(english!.lines[0]!.left)).toBeLessThanOrEqual(2);
  });
});
