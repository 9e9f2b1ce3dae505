/**
 * Headless Chromium for the rendering tests and the screenshot script: Debian's /usr/bin/chromium
 * driven by playwright-core (no browser download), a fresh user-data-dir per launch (removed on
 * close), no network and no JavaScript — an email client runs none, and the pages need none.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium in its own temporary profile; `close` ends it and removes the profile. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sitrep-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: false,
      offline: true,
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
