// Debian's Chromium with the built extension loaded, driven by playwright-core.
// Pages of the VNA hosts are answered by the local corpus server (--host-resolver-rules), so the
// content script meets them under their real addresses.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

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

/**
 * Stops every service worker of the browser (the MV3 background included), as Chrome does after
 * 30 s idle, through CDP on `page`. The next message to the background starts it again.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** An extension page kept open to talk to the background (runtime.sendMessage) as the popup does. */
export async function extensionPage(session: ChromiumSession, path = 'options.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** runtime.sendMessage from an extension page: what the background answers (waking it if stopped). */
export function sendMessageFrom(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

/**
 * The popup of `page`'s tab, opened in its own tab, like openPopupFor but finding the tab from an
 * extension page: it works after the service worker was stopped (the Worker handle is stale then).
 */
export async function openPopupForTab(session: ChromiumSession, page: Page, helper: Page): Promise<Page> {
  await page.bringToFront();
  const url = page.url();
  const tabId = await helper.evaluate(async (u) => {
    const api = (
      globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`no tab for ${url}`);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(session.popupUrl(`?tab=${tabId}`));
  return popup;
}

type CdpNode = {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
};

/**
 * The text inside the shadow root of the element whose id starts with `idPrefix`, read over the
 * DevTools protocol (which sees closed shadow roots that page scripts and locators cannot), or
 * null when there is no such element. Style sheets are skipped.
 */
export async function closedShadowText(page: Page, idPrefix: string): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      const attrs = n.attributes ?? [];
      const id = attrs[attrs.indexOf('id') + 1];
      if (attrs.includes('id') && id?.startsWith(idPrefix) && n.shadowRoots?.length) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    };
    const host = find(root);
    if (!host) return null;
    const text = (n: CdpNode, inStyle = false): string => {
      if (n.nodeType === 3) return inStyle ? '' : (n.nodeValue ?? '');
      const style = inStyle || (n as { nodeName?: string }).nodeName === 'STYLE';
      return (n.children ?? []).map((c) => text(c, style)).join('');
    };
    return (host.shadowRoots ?? []).map((s) => text(s)).join('');
  } finally {
    await cdp.detach();
  }
}
