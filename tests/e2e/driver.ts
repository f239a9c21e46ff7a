// One small interface over the two browsers the e2e suite runs in — Chromium through
// playwright-core, Firefox through puppeteer-core over WebDriver BiDi — so every check is written
// once and runs in both. Pages are served by the corpus server under their real VNA host names.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROME_BUILD,
  closedShadowText as chromiumShadowText,
  launchChromium,
  stopServiceWorkers,
} from '../support/browsers/chromium';
import {
  FIREFOX_BUILD,
  closedShadowText as firefoxShadowText,
  gotoWebPage,
  hasLangpack,
  launchFirefox,
  newFirefoxTab,
  stopBackground,
} from '../support/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS } from '../support/corpus-server';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

/** A tab: a web page or an extension page (the popup). */
export interface DriverPage {
  url(): string;
  /** Runs `fn` in the page (serialised: it sees only its argument). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  attribute(selector: string, name: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  /** Types `value` into a text field (its value set, an input event fired, as typing does). */
  fill(selector: string, value: string): Promise<void>;
  /** Moves the mouse to (x, y) of the window, and clicks there with `click`. */
  mouse(x: number, y: number, click?: boolean): Promise<void>;
  /**
   * The text inside the closed shadow root of the element whose id starts with `idPrefix`, read
   * over the browser's protocol (page scripts cannot), or null when there is no such element.
   */
  shadowText(idPrefix: string): Promise<string | null>;
  /** Presses a key of the keyboard (Playwright/Puppeteer key names: 'Tab', 'Escape'…). */
  press(key: string): Promise<void>;
  /** Saves test-output/e2e/<browser>-<name>.png (`fullPage`: all of it, not the window). */
  screenshot(name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** the extension's UI is in French (Firefox: only with Debian's firefox-esr-l10n-fr) */
  readonly frenchUi: boolean;
  /** The address the browser reaches `host` + `path` of the corpus server at. */
  address(host: string, path: string): string;
  open(url: string): Promise<DriverPage>;
  /** The popup of `page`'s tab, opened in a tab of its own (the toolbar cannot be clicked headless). */
  openPopup(page: DriverPage): Promise<DriverPage>;
  /**
   * Stops the background at once, as the browser does when it is idle (Chromium: the MV3 service
   * worker, through CDP; Firefox: the event page, through privileged BiDi). The next message
   * starts it again.
   */
  stopBackground(): Promise<void>;
  /** An extension page (options.html…) in a tab of its own. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The extension's base URL (chrome-extension://id/, moz-extension://uuid/). */
  readonly extensionBase: string;
  /** Runs `fn` in an extension page: `browser`/`chrome`, storage.session, the extension's IndexedDB. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** runtime.sendMessage from an extension page: what the background answers. */
  send(message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

type TabsApi = { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };

type RawPage = {
  url(): string;
  evaluate(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  close(): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  keyboard: { press(key: string): Promise<unknown> };
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
};

function driverPage(
  name: BrowserName,
  raw: RawPage,
  shadowText: (idPrefix: string) => Promise<string | null>,
): DriverPage {
  const evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    raw.evaluate(fn as (arg: never) => unknown, arg) as Promise<R>;
  return {
    url: () => raw.url(),
    evaluate,
    text: (selector) => evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    count: (selector) => evaluate((s) => document.querySelectorAll(s).length, selector),
    attribute: (selector, attr) =>
      evaluate(([s, a]) => document.querySelector(s)?.getAttribute(a) ?? null, [selector, attr] as const),
    click: (selector) =>
      evaluate((s) => {
        const element = document.querySelector(s) as HTMLElement | null;
        if (!element) throw new Error(`nothing matches ${s}`);
        element.click();
      }, selector),
    fill: (selector, value) =>
      evaluate(
        ([s, v]) => {
          const input = document.querySelector(s) as HTMLInputElement | null;
          if (!input) throw new Error(`nothing matches ${s}`);
          input.focus();
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
        [selector, value] as const,
      ),
    press: async (key) => void (await raw.keyboard.press(key)),
    mouse: async (x, y, click = false) => void (await (click ? raw.mouse.click(x, y) : raw.mouse.move(x, y))),
    shadowText,
    async screenshot(shot, fullPage = false) {
      mkdirSync(SHOTS, { recursive: true });
      await raw.screenshot({ path: join(SHOTS, `${name}-${shot}.png`), fullPage });
    },
    close: async () => void (await raw.close()),
  };
}

async function chromiumDriver(server: CorpusServer): Promise<ExtensionDriver> {
  const session = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
  const helper = await session.context.newPage();
  await helper.goto(`chrome-extension://${session.extensionId}/options.html`);
  const inExtension = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    (helper as unknown as RawPage).evaluate(fn as (arg: never) => unknown, arg) as Promise<R>;
  const pages = new Map<DriverPage, import('playwright-core').Page>();
  return {
    name: 'chromium',
    frenchUi: true,
    address: (host, path) => `http://${host}${path}`,
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      const wrapped = driverPage('chromium', page as unknown as RawPage, (prefix) => chromiumShadowText(page, prefix));
      pages.set(wrapped, page);
      return wrapped;
    },
    async openPopup(page) {
      const raw = pages.get(page);
      if (!raw) throw new Error('not a page of this driver');
      await raw.bringToFront();
      // found from an extension page, not the worker: its handle is stale once the worker was stopped
      const tabId = await inExtension(async (url) => {
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const byUrl = (await api.tabs.query({})).filter((t) => t.url === url);
        if (byUrl.length === 1) return byUrl[0]?.id ?? null;
        const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return active?.id ?? null;
      }, raw.url());
      if (tabId === null) throw new Error(`no tab for ${raw.url()}`);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(session.popupUrl(`?tab=${tabId}`));
      return driverPage('chromium', popup as unknown as RawPage, (prefix) => chromiumShadowText(popup, prefix));
    },
    stopBackground: () => stopServiceWorkers(session.context, helper),
    extensionBase: `chrome-extension://${session.extensionId}/`,
    async openExtensionPage(path) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return driverPage('chromium', page as unknown as RawPage, (prefix) => chromiumShadowText(page, prefix));
    },
    inExtension,
    send: (message) =>
      inExtension(
        (m) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
          ).chrome.runtime.sendMessage(m),
        message,
      ),
    close: () => session.close(),
  };
}

async function firefoxDriver(server: CorpusServer): Promise<ExtensionDriver> {
  const session = await launchFirefox({ port: server.port, hosts: SERVED_HOSTS });
  const pages = new Map<DriverPage, import('puppeteer-core').Page>();
  return {
    name: 'firefox',
    frenchUi: hasLangpack('fr'),
    address: (host, path) => `http://${host}:${server.port}${path}`,
    async open(url) {
      const page = await newFirefoxTab(session.browser);
      try {
        await gotoWebPage(page, url);
      } catch (e) {
        await page.close().catch(() => undefined); // a tab left behind would save its page into the next test
        throw e;
      }
      const wrapped = driverPage('firefox', page as unknown as RawPage, (prefix) =>
        firefoxShadowText(session.browser, page, prefix),
      );
      pages.set(wrapped, page);
      return wrapped;
    },
    async openPopup(page) {
      const raw = pages.get(page);
      if (!raw) throw new Error('not a page of this driver');
      const popup = await session.openPopupFor(raw);
      return driverPage('firefox', popup as unknown as RawPage, (prefix) =>
        firefoxShadowText(session.browser, popup, prefix),
      );
    },
    stopBackground: () => stopBackground(session.browser),
    extensionBase: session.extensionBaseUrl,
    async openExtensionPage(path) {
      const page = await newFirefoxTab(session.browser);
      await session.gotoExtensionPage(page, `${session.extensionBaseUrl}${path}`);
      return driverPage('firefox', page as unknown as RawPage, (prefix) =>
        firefoxShadowText(session.browser, page, prefix),
      );
    },
    inExtension: (fn, arg) => session.evaluate(fn, arg),
    send: (message) => session.sendMessage(message),
    close: () => session.close(),
  };
}

export function launch(name: BrowserName, server: CorpusServer): Promise<ExtensionDriver> {
  assertFreshBuild(name === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD);
  return name === 'chromium' ? chromiumDriver(server) : firefoxDriver(server);
}

const ROOT = join(import.meta.dirname, '..', '..');
/** What the built extension is made of: a change here after the build leaves the build stale. */
const SOURCES = ['lib', 'entrypoints', 'components', 'public'];

/**
 * Fails at once when a build is older than the code it is made of (`npx wxt build` builds only
 * Chromium's; `npm run build` both): a stale build's answers would be read as the code's.
 */
function assertFreshBuild(build: string): void {
  let built = 0;
  try {
    built = statSync(join(build, 'manifest.json')).mtimeMs;
  } catch {
    throw new Error(`no build in ${build}: run npm run build`);
  }
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const changed = Math.max(...SOURCES.map((d) => newest(join(ROOT, d))));
  if (changed > built) throw new Error(`${build} is older than the code it is built from: run npm run build`);
}

/** What the extension's own pages call the WebExtension API (Firefox: `browser`; Chromium: `chrome`). */
export type ExtensionApi = {
  storage: {
    session: {
      get: (keys?: unknown) => Promise<Record<string, unknown>>;
      remove: (keys: string | string[]) => Promise<void>;
    };
    local: { get: (keys?: unknown) => Promise<Record<string, unknown>> };
  };
  runtime: { sendMessage: (m: unknown) => Promise<unknown> };
};

/** Every tab analysis the background kept (storage.session). */
export function storedAnalyses<T>(driver: ExtensionDriver): Promise<T[]> {
  return driver.inExtension(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    return Object.values(await api.storage.session.get()) as T[];
  }, null);
}

/** Forgets the background's analysis of the tab showing `url`, as before its content script is done. */
export function forgetTabAnalysis(driver: ExtensionDriver, url: string): Promise<void> {
  return driver.inExtension(async (address) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    const kept = await api.storage.session.get();
    const keys = Object.keys(kept).filter((k) => (kept[k] as { url?: string } | null)?.url === address);
    await api.storage.session.remove(keys);
  }, url);
}

/** How many records a store of the extension's IndexedDB holds. */
export function recordCount(driver: ExtensionDriver, store: 'pages' | 'entries' | 'quarantine'): Promise<number> {
  return driver.inExtension(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('vna-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
