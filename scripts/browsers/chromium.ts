// Debian's Chromium with the built extension loaded, driven by playwright-core.
// Pages of the VNA hosts are answered by the local corpus server (--host-resolver-rules), so the
// content script meets them under their real addresses.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  popupUrl: (tabQuery?: string) => string;
  openPopupFor: (page: Page) => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchChromium({
  port,
  hosts,
  headless = true,
  extensionDir = CHROME_BUILD,
}: {
  port: number;
  hosts: string[];
  headless?: boolean;
  extensionDir?: string;
}): Promise<ChromiumSession> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'vna-lens-chromium-'));
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the real browser, extensions included
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--lang=fr-FR',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    // the extension's UI language follows the browser's, which follows these on Linux
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const popupUrl = (tabQuery = '') => `chrome-extension://${extensionId}/popup.html${tabQuery}`;
  return {
    context,
    extensionId,
    worker,
    popupUrl,
    /** The popup of `page`'s tab, opened in its own tab (the toolbar cannot be clicked headless). */
    async openPopupFor(page: Page) {
      // The worker sees the active tab even where it has no host permission (no URL then).
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }
        ).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (tabId === null) throw new Error(`no tab for ${page.url()}`);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(popupUrl(`?tab=${tabId}`));
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
