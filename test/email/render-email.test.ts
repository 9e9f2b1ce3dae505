/**
 * Renders the emailed HTML in headless Chromium at a phone width (360 px) and a desktop width
 * (800 px), saves screenshots under test-artifacts/email/, and checks nothing overflows sideways.
 * Needs /usr/bin/chromium (Debian's `chromium` package; .ci/run installs it).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigest } from '../../shared/jobs/send-digest';
import { makeChange, makeDigest, makeDigestArticle } from './digest-factory';
import { openMailHarness, type MailHarness } from './harness';
import { CHROMIUM, hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'email');
if (!hasChromium) console.warn(`Skipping the email rendering test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

const LONG_URL = `https://news.example.com/2025/11/12/${'syria-russia-tartus-port-contract-'.repeat(6)}cancelled?utm_source=feed&id=123456789`;
let harness: MailHarness;
let chromium: LaunchedChromium;
const emails: Record<string, string> = {};

beforeAll(async () => {
  if (!hasChromium) return;
  harness = await openMailHarness();
  await harness.deps.subscribers.putConfirmed('reader@example.com', 'short', new Date('2025-11-01T00:00:00Z'));
  const busy = makeDigest(
    [
      makeChange(),
      makeChange({ kind: 'conflict', subject: 'finance', status: 'signed', previousStatus: 'proposed', summary: 'Finance: conflicting figures for credit line — $2.5 billion (TASS) vs $3 billion (Reuters)' }),
      makeChange({
        kind: 'new_claim',
        subject: 'energy',
        status: 'signed',
        previousStatus: null,
        summary: 'Energy: signed — new: Rosatom, Stroytransgaz (1 source)',
        evidence: [{ articleId: 'a2', url: LONG_URL, publisher: 'A Publisher With A Rather Long Name', quote: `${'Unbreakable'.repeat(12)} said the ministry of energy, in a statement that runs on.` }],
      }),
    ],
    [makeDigestArticle(), makeDigestArticle({ id: 'a2', url: LONG_URL, canonicalUrl: LONG_URL, title: 'A very long headline about the Russian Syrian energy memorandum of understanding signed in Moscow on Wednesday' })],
  );
  await harness.putDigest(busy);
  await harness.putDigest({ ...makeDigest([]), date: '2025-11-13' });
  await sendDigest('2025-11-12', harness.deps);
  await sendDigest('2025-11-13', harness.deps);
  emails.digest = (await harness.readEml('2025-11-12', 'reader@example.com.eml')).mail.html || '';
  emails['quiet-day'] = (await harness.readEml('2025-11-13', 'reader@example.com.eml')).mail.html || '';
  await mkdir(ARTIFACTS, { recursive: true });
  chromium = await launchChromium();
});

afterAll(async () => {
  if (!hasChromium) return;
  await chromium?.close();
  await harness?.close();
});

describe.skipIf(!hasChromium)('the emailed HTML in Chromium', () => {
  it.each([
    ['digest', 360, 'light'],
    ['digest', 800, 'light'],
    ['digest', 360, 'dark'],
    ['quiet-day', 360, 'light'],
    ['quiet-day', 800, 'light'],
  ] as const)('%s at %i px (%s): nothing overflows horizontally; screenshot saved', async (name, width, colorScheme) => {
    // Prepare
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme });

    // Act
    await page.setContent(emails[name]!, { waitUntil: 'load' });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const textLength = await page.evaluate(() => document.body.innerText.length);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    await page.close();

    // Assess
    expect(textLength).toBeGreaterThan(50);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });
});
