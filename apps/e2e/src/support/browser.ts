// Debian's Chromium driven by playwright-core (no browser download works here), and screenshots kept as test artefacts.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './processes.js';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** ARCHITECTURE.md §9: headless, no sandbox (root), and nothing that calls out to Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where screenshots of the main views are kept (CI keeps apps/e2e/test-output). */
export const SCREENSHOTS_DIR = path.join(
  WORKSPACE_ROOT,
  'apps/e2e/test-output/screenshots',
);

export interface Browser {
  context: BrowserContext;
  newPage(options?: {
    viewport?: { width: number; height: number };
  }): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh Chromium with a new, empty profile (--user-data-dir), Spanish and Madrid time. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'atrevete-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    viewport: { width: 1366, height: 900 },
  });
  return {
    context,
    async newPage(options = {}) {
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG named after the view, for people to look at after the run. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
