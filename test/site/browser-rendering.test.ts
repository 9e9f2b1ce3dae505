/**
 * The reader's pages in headless Chromium: the seed day (replayed through the real pipeline into an
 * embedded table and a filesystem blob store) and a busy fixture day, at 390 and 1280 px, light and
 * dark; the archive index and a timeline. Screenshots go to test-artifacts/site/. Nothing may
 * overflow sideways, and the seed day's news must fit 2.5 phone screens (1,700 px) above the
 * sources list. Needs /usr/bin/chromium (Debian's `chromium` package).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { computeDigest } from '../../shared/digest/compute-digest';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay } from '../../shared/jobs/replay';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { knownSubject, makeClaim, makeRecord, makeState, money } from '../digest/factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'site');
const SEED_DAY = '2025-10-15';
const PHONE_BUDGET_PX = 1700;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the site rendering test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

let dataDir: string;
let browser: Browser;
const pages: Record<string, string> = {};

/** A busy day: a status change on two sources, a figure revision, a conflict, a copy, a long URL and headline. */
function fixtureDayHtml(): string {
  const before = makeState([
    knownSubject('bases', 'tartus', 'retained', ['SANA', 'TASS']),
    knownSubject('extradition', 'assad', 'requested', ['SANA']),
    knownSubject('investment', 'finance', 'proposed', ['TASS'], [money('$2.5 billion', 2.5e9, 'credit line')]),
  ]);
  const longUrl = `https://news.example.com/2025/11/02/${'syria-russia-tartus-'.repeat(8)}talks?utm_source=feed`;
  const records = [
    makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Russian and Syrian officials began talks on the future of the Tartus naval base, two sources said.')], {
      title: 'Russia and Syria open talks on the future of the Tartus naval base after months of uncertainty',
      url: longUrl,
    }),
    makeRecord('r2', 'Associated Press', [makeClaim('bases', 'tartus', 'negotiating', 'Negotiations over Tartus have started, a Syrian official told AP.')]),
    makeRecord('r3', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'The Kremlin said it would not hand over Bashar al-Assad.')]),
    makeRecord('r4', 'Al Arabiya', [makeClaim('extradition', 'assad', 'under_consideration', 'Moscow is considering the request, a diplomat said.')]),
    makeRecord('r5', 'Interfax', [makeClaim('investment', 'finance', 'signed', 'Russia and Syria signed a $3 billion credit line.', { facts: [money('$3 billion', 3e9, 'credit line')] })]),
    makeRecord('r6', 'Copy Daily', [], { duplicateOf: { id: 'r2', url: 'https://associated-press.example/r2' } }),
  ];
  return renderDigestHtml(computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest);
}

beforeAll(async () => {
  if (!hasChromium) return;
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-site-browser-'));
  const env = await openLocalEnvironment({ dataDir, allowHosts: [], timeZone: 'UTC', recipients: [] });
  try {
    await replay(await loadSeedCorpus(join(import.meta.dirname, '..', '..', 'seeds')), [], { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
  } finally {
    await env.close();
  }
  pages['seed-day'] = join(dataDir, 'digests', SEED_DAY, 'digest.html');
  pages['fixture-day'] = join(dataDir, 'fixture-day.html');
  await writeFile(pages['fixture-day'], fixtureDayHtml());
  pages['archive-index'] = join(dataDir, 'site', 'index.html');
  pages['timeline-bases'] = join(dataDir, 'site', 'timeline', 'bases.html');
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
}, 240_000);

afterAll(async () => {
  if (!hasChromium) return;
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Opens a page file at `width` in `colorScheme`; measures it and saves a full-page screenshot. */
async function measure(name: string, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.goto(`file://${pages[name]}`);
    const metrics = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find((h2) => h2.textContent?.trim().toLowerCase() === 'sources');
      return {
        scrollWidth: document.documentElement.scrollWidth,
        textLength: document.body.innerText.length,
        sourcesTop: heading ? heading.getBoundingClientRect().top + window.scrollY : null,
      };
    });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    return metrics;
  } finally {
    await context.close();
  }
}

describe.skipIf(!hasChromium)('the reader pages in Chromium', () => {
  it.each([
    ['seed-day', 390, 'light'],
    ['seed-day', 390, 'dark'],
    ['seed-day', 1280, 'light'],
    ['seed-day', 1280, 'dark'],
    ['fixture-day', 390, 'light'],
    ['fixture-day', 390, 'dark'],
    ['fixture-day', 1280, 'light'],
    ['fixture-day', 1280, 'dark'],
    ['archive-index', 390, 'light'],
    ['archive-index', 1280, 'light'],
    ['timeline-bases', 390, 'light'],
    ['timeline-bases', 1280, 'dark'],
  ] as const)('%s at %i px (%s): nothing overflows sideways; screenshot saved', async (name, width, colorScheme) => {
    // Act
    const metrics = await measure(name, width, colorScheme);

    // Assess
    expect(metrics.textLength).toBeGreaterThan(200);
    expect(metrics.scrollWidth).toBeLessThanOrEqual(width);
  });

  it('fits the seed day’s news in 2.5 phone screens (1,700 px at 390 px) above the sources list', async () => {
    // Act
    const { sourcesTop } = await measure('seed-day', 390, 'light');

    // Assess
    expect(sourcesTop).not.toBeNull();
    expect(sourcesTop!).toBeLessThanOrEqual(PHONE_BUDGET_PX);
  });
});
