/**
 * digest.html with an Arabic quote in headless Chromium at 390 px (a phone): the quote runs right to
 * left, nothing overflows sideways, and a screenshot is saved as
 * test-artifacts/digest/arabic-quote-390.png. Needs /usr/bin/chromium (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { ARABIC_QUOTE, buildMultilingualDigest } from './render-languages';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'digest');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the right-to-left rendering test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  if (!hasChromium) return;
  await mkdir(ARTIFACTS, { recursive: true });
  userDataDir = await mkdtemp(join(tmpdir(), 'sitrep-chromium-rtl-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    javaScriptEnabled: false,
    offline: true,
  });
});

afterAll(async () => {
  if (!hasChromium) return;
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('an Arabic quote in digest.html, in Chromium at 390 px', () => {
  it('runs right to left: its first letter stands right of its fifth; nothing overflows; screenshot saved', async () => {
    // Prepare
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });

    // Act
    await page.setContent(renderDigestHtml(buildMultilingualDigest()), { waitUntil: 'load' });
    const quote = page.locator('blockquote[lang="ar"]');
    const layout = await quote.evaluate((element) => {
      const text = element.firstChild!;
      const letterLeft = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect().left;
      };
      return {
        direction: getComputedStyle(element).direction,
        text: element.textContent,
        firstLetterLeft: letterLeft(0),
        fifthLetterLeft: letterLeft(4),
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    await quote.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'arabic-quote-390.png'), fullPage: true });
    await page.close();

    // Assess
    expect(layout.direction).toBe('rtl');
    expect(layout.text).toBe(ARABIC_QUOTE);
    expect(layout.firstLetterLeft).toBeGreaterThan(layout.fifthLetterLeft);
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
  });
});
