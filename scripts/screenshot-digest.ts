/**
 * `npm run screenshot`: renders the three-language sample day (test/helpers/arabic-digest.ts) as
 * digest.html, opens it in headless Chromium at 390 px and saves a full-page PNG to
 * docs/screenshots/digest-arabic-390.png — the picture of issue 13's Arabic quote set right to
 * left. test/digest/render-direction.chromium.test.ts checks the same page from the DOM.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { selectReaderView } from '../shared/digest/reader-view';
import { renderDigestHtml } from '../shared/digest/render-html';
import { buildArabicDigest } from '../test/helpers/arabic-digest';
import { CHROMIUM, hasChromium, launchChromium } from '../test/helpers/chromium';

const WIDTH = 390;
const OUTPUT = join(import.meta.dirname, '..', 'docs', 'screenshots', `digest-arabic-${WIDTH}.png`);

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  const html = renderDigestHtml(selectReaderView(buildArabicDigest()));
  await mkdir(join(OUTPUT, '..'), { recursive: true });
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: OUTPUT, fullPage: true });
  } finally {
    await chromium.close();
  }
  console.log(`${OUTPUT} (${WIDTH} px wide)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
