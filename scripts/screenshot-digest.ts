/**
 * `npm run screenshot [-- --old-digest PATH]`: the pictures in docs/screenshots/, rendered in headless
 * Chromium (test/helpers/chromium.ts) at one device pixel per CSS pixel.
 *
 * - `digest-arabic-390.png`: the three-language sample day (test/helpers/arabic-digest.ts) — issue
 *   13's Arabic quote set right to left (test/digest/render-direction.chromium.test.ts checks it);
 * - the reader's pages of issue 15: the seeds replayed into a fresh data dir (the same pipeline as
 *   `npm run replay`), then `seed-day-{390,1280}-{light,dark}.png` (its 2025-10-15 digest.html),
 *   `fixture-day-…` (the busy day of test/helpers/fixture-day.ts), `archive-index-{390,1280}-light.png`
 *   and `timeline-bases-{390-light,1280-dark}.png` (site/index.html, site/timeline/bases.html);
 * - with `--old-digest PATH` (a digest.html rendered by an older commit, e.g. the seed day of
 *   `bd49aaa^1`): `old-seed-day-{390,1280}.png` and `compare-seed-day-390.png`, old | new at 390 px,
 *   the old one captioned `--old-label` (default "Before issue 15").
 *
 * Prints each page's full height and, for digests, how far down the "Sources" heading starts.
 * test/site/browser-rendering.test.ts asserts the same pages (no sideways overflow, the seed day's
 * news within 1,700 px at 390 px).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { openLocalEnvironment } from '../functions/cli/local-environment';
import { selectReaderView } from '../shared/digest/reader-view';
import { renderDigestHtml } from '../shared/digest/render-html';
import { loadSeedCorpus } from '../shared/jobs/ingest-seeds';
import { replay } from '../shared/jobs/replay';
import { buildArabicDigest } from '../test/helpers/arabic-digest';
import { CHROMIUM, hasChromium, launchChromium } from '../test/helpers/chromium';
import { fixtureDayHtml } from '../test/helpers/fixture-day';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT_DIR = join(ROOT, 'docs', 'screenshots');
const SEED_DAY = '2025-10-15';

type Scheme = 'light' | 'dark';

interface Shot {
  name: string;
  file: string;
  width: number;
  scheme: Scheme;
}

interface Measured {
  height: number;
  scrollWidth: number;
  sourcesTop: number | null;
}

/** Opens `file` at `width` in `scheme`, saves a full-page PNG as `<name>.png` and measures the page. */
async function shoot(context: BrowserContext, { name, file, width, scheme }: Shot): Promise<Measured> {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`file://${file}`);
    const measured = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2, h3')].find((element) => element.textContent?.trim().toLowerCase() === 'sources');
      return {
        height: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        sourcesTop: heading ? Math.round(heading.getBoundingClientRect().top + window.scrollY) : null,
      };
    });
    await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
    const sources = measured.sourcesTop === null ? '' : `, "Sources" at ${measured.sourcesTop} px`;
    console.log(`${join('docs', 'screenshots', `${name}.png`)}  ${width} × ${measured.height} px${sources}`);
    return measured;
  } finally {
    await page.close();
  }
}

/** The seeds through the replay into a fresh data dir: digests/ and site/ as `npm run replay` writes them. */
async function replaySeeds(dataDir: string): Promise<void> {
  const env = await openLocalEnvironment({ dataDir, allowHosts: [], timeZone: 'UTC', recipients: [] });
  try {
    await replay(await loadSeedCorpus(join(ROOT, 'seeds')), [], { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
  } finally {
    await env.close();
  }
}

/** Two screenshots side by side, each at its own width, under a caption: a page of <img> shot in Chromium. */
async function compose(context: BrowserContext, name: string, panels: { caption: string; png: string }[]): Promise<void> {
  const figures = panels
    .map(({ caption, png }) => `<figure><figcaption>${caption}</figcaption><img src="${basename(png)}" width="390"></figure>`)
    .join('');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><style>
    body { margin: 0; padding: 12px; background: #e5e5e5; font: 15px/1.3 -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
    main { display: flex; gap: 16px; align-items: flex-start; }
    figure { margin: 0; } figcaption { font-weight: bold; margin: 0 0 6px; }
    img { display: block; box-shadow: 0 0 0 1px #999; }
  </style><main>${figures}</main></html>`;
  const file = join(OUTPUT_DIR, `.${name}.html`);
  await writeFile(file, html);
  try {
    await shoot(context, { name, file, width: panels.length * 390 + (panels.length - 1) * 16 + 24, scheme: 'light' });
  } finally {
    await rm(file, { force: true });
  }
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  const { values } = parseArgs({ options: { 'old-digest': { type: 'string' }, 'old-label': { type: 'string', default: 'Before issue 15' } } });
  const oldDigest = values['old-digest'] ? resolve(values['old-digest']) : null;
  await mkdir(OUTPUT_DIR, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-screenshot-'));
  const chromium = await launchChromium();
  try {
    await replaySeeds(dataDir);
    const files = {
      arabic: join(dataDir, 'digest-arabic.html'),
      seedDay: join(dataDir, 'digests', SEED_DAY, 'digest.html'),
      fixtureDay: join(dataDir, 'fixture-day.html'),
      archive: join(dataDir, 'site', 'index.html'),
      timeline: join(dataDir, 'site', 'timeline', 'bases.html'),
    };
    await writeFile(files.arabic, renderDigestHtml(selectReaderView(buildArabicDigest())));
    await writeFile(files.fixtureDay, fixtureDayHtml());

    const { context } = chromium;
    await shoot(context, { name: 'digest-arabic-390', file: files.arabic, width: 390, scheme: 'light' });
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        await shoot(context, { name: `seed-day-${width}-${scheme}`, file: files.seedDay, width, scheme });
        await shoot(context, { name: `fixture-day-${width}-${scheme}`, file: files.fixtureDay, width, scheme });
      }
      await shoot(context, { name: `archive-index-${width}-light`, file: files.archive, width, scheme: 'light' });
    }
    await shoot(context, { name: 'timeline-bases-390-light', file: files.timeline, width: 390, scheme: 'light' });
    await shoot(context, { name: 'timeline-bases-1280-dark', file: files.timeline, width: 1280, scheme: 'dark' });

    if (oldDigest) {
      await shoot(context, { name: 'old-seed-day-390', file: oldDigest, width: 390, scheme: 'light' });
      await shoot(context, { name: 'old-seed-day-1280', file: oldDigest, width: 1280, scheme: 'light' });
      await compose(context, 'compare-seed-day-390', [
        { caption: values['old-label'], png: join(OUTPUT_DIR, 'old-seed-day-390.png') },
        { caption: 'After issue 15', png: join(OUTPUT_DIR, 'seed-day-390-light.png') },
      ]);
    }
  } finally {
    await chromium.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
