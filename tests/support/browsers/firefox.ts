// Debian's Firefox ESR with the built extension installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. Pages of the VNA hosts are answered by the local corpus
// server: network.dns.localDomains resolves them to the loopback, so they are loaded as
// http://fr.vietnamplus.vn:PORT/… and the content script meets them under their real host names
// (match patterns without a port match every port).
//
// Two Firefox specifics:
// - WebDriver BiDi refuses to navigate to moz-extension:// addresses ("Navigation to … is not
//   allowed in this context") unless Firefox runs with --remote-allow-system-access. Even then
//   it reports no navigation events for them, so page.goto() never resolves: extension pages are
//   loaded with gotoExtensionPage(), which waits on the document itself.
// - The add-on's moz-extension:// host is random per profile unless extensions.webextensions.uuids
//   fixes it: we fix it, so the popup has a known address.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv3');
export const ADDON_ID = 'vna-lens@vna-lens.example';
/** The add-on's fixed internal UUID: its pages live at moz-extension://<this>/. */
export const ADDON_UUID = '6f1d2c8a-4b3e-4f5a-9c7d-2e8b1a0f3d54';

/**
 * True when Firefox has the langpack of `locale` (Debian: firefox-esr-l10n-<locale>). Without it
 * intl.locale.requested is ignored: the browser, and so the extension's i18n, stay en-US.
 */
export function hasLangpack(locale: string, executable = FIREFOX): boolean {
  try {
    const dir = join(dirname(realpathSync(executable)), 'browser', 'extensions');
    return readdirSync(dir).some((f) => f.startsWith(`langpack-${locale}@`));
  } catch {
    return false;
  }
}

/** Keep Firefox off the network: this machine has none but the package registries. */
const QUIET_PREFS: Record<string, unknown> = {
  // updates and add-on services
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.search.update': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  // telemetry, studies, experiments
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.enabled': false,
  // connectivity probes
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'network.proxy.type': 0,
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  // safe browsing, remote settings, certificate services
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'services.settings.server': 'http://127.0.0.1:9/remote-settings',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.translations.enable': false,
  // the served pages are plain http: no upgrade to https
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_first_schemeless': false,
  'dom.security.https_only_mode': false,
  // quiet first run
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'browser.tabs.warnOnClose': false,
};

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionBaseUrl: string;
  popupUrl: (tabQuery?: string) => string;
  /** Loads an extension page (moz-extension://…) in `page` and waits until it has loaded. */
  gotoExtensionPage: (page: Page, url: string) => Promise<void>;
  /**
   * Runs `fn` in an extension page (options.html, kept open in its own tab): the extension's own
   * origin, so `browser.*` (tabs, storage.session…), its IndexedDB and runtime.sendMessage to
   * the background are there. The background itself (an event page) is not reachable over BiDi.
   */
  evaluate: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) => Promise<R>;
  /** runtime.sendMessage from an extension page: what the background answers. */
  sendMessage: (message: unknown) => Promise<unknown>;
  /** The WebExtension tab id of `page`. */
  tabIdOf: (page: Page) => Promise<number>;
  /** The popup of `page`'s tab, opened in its own tab (the toolbar cannot be clicked headless). */
  openPopupFor: (page: Page) => Promise<Page>;
  close: () => Promise<void>;
}

type TabsApi = {
  tabs: { query: (q: object) => Promise<{ id?: number; url?: string; active?: boolean }[]> };
  runtime: { sendMessage: (m: unknown) => Promise<unknown> };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches `page` until its document is `url`, fully loaded; resolves to null then, or to what the
 * tab last held ("<href> (<readyState>[, document <error page>])") when `timeoutMs` ran out.
 */
async function waitForDocument(page: Page, url: string, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const state = await page.evaluate(() => ({
        href: location.href,
        doc: document.documentURI,
        ready: document.readyState,
      }));
      last = `${state.href} (${state.ready}${state.doc === state.href ? '' : `, document ${state.doc}`})`;
      // (an error page keeps the address it failed on; its document is about:neterror?e=…)
      if (state.href === url && state.doc === url && state.ready === 'complete') return null;
    } catch (err) {
      last = String(err); // the document is being replaced
    }
    await sleep(100);
  }
  return last;
}

async function gotoExtensionPage(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  // page.goto waits for navigation events that Firefox does not send for moz-extension pages:
  // start it, ignore its outcome, and watch the document instead.
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const last = await waitForDocument(page, url, timeoutMs);
  if (last !== null) throw new Error(`extension page ${url} did not load in ${timeoutMs} ms; last seen: ${last}`);
}

/**
 * Loads a web page in `page`. Firefox's BiDi navigate at times answers "Address rejected" for a
 * page that loads (CI saw it on pages with third-party frames, four times in a row on one page):
 * its navigation listener met an error page whose document was not the tab's (a frame's, or the
 * tab's before it committed), so it could name no error. What the tab holds decides: the page
 * itself, loaded, is a success; anything else is asked again, and the last state is reported.
 */
export async function gotoWebPage(page: Page, url: string, attempts = 4): Promise<void> {
  const target = new URL(url).href;
  let seen = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (e: unknown) {
      if (!String(e).includes('Address rejected')) throw e;
      const last = await waitForDocument(page, target, 3_000 * attempt);
      if (last === null) return;
      seen = last;
    }
  }
  throw new Error(`${url}: "Address rejected" ${attempts} times; the tab last held ${seen}`);
}

/**
 * A new tab in Firefox. Over WebDriver BiDi, `browsingContext.create` can fail while the tab a test
 * just closed is still being discarded ("no such frame DiscardedBrowsingContextError": an upstream
 * race, puppeteer/puppeteer#12152, #13360, Mozilla bug 1841125); the tab is asked for once more then.
 * Any other error is the test's.
 */
export async function newFirefoxTab(browser: Browser): Promise<Page> {
  try {
    return await browser.newPage();
  } catch (e) {
    if (!/browsingContext\.create[\s\S]*(?:no such frame|DiscardedBrowsingContext)/.test(String(e))) throw e;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return browser.newPage();
  }
}

export async function launchFirefox({
  port,
  hosts,
  headless = true,
  extensionDir = FIREFOX_BUILD,
  locale = 'fr',
}: {
  port: number;
  hosts: string[];
  headless?: boolean;
  extensionDir?: string;
  /** UI language asked for; it takes effect only if a matching langpack is installed. */
  locale?: string;
}): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run npx wxt build -b firefox`);
  void port; // pages carry the port in their address; the host names alone are mapped
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    // without it BiDi refuses to open moz-extension:// pages (see above)
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale === 'fr' ? 'fr-FR,fr,en' : locale,
    },
    env: {
      ...process.env,
      LANG: locale === 'fr' ? 'fr_FR.UTF-8' : 'C.UTF-8',
      LANGUAGE: locale,
      // release builds ignore services.settings.server (and keep polling Mozilla's remote
      // settings) unless this is set
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
    },
  });
  const close = async () => {
    const proc = browser.process();
    try {
      await Promise.race([
        browser.close(),
        sleep(10_000).then(() => {
          throw new Error('firefox did not close in 10 s');
        }),
      ]);
    } catch {
      // last resort: the whole process group (puppeteer starts Firefox detached, as its leader)
      if (proc?.pid && proc.exitCode === null) {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          proc.kill('SIGKILL');
        }
      }
    }
  };
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
    const extensionBaseUrl = `moz-extension://${ADDON_UUID}/`;
    const popupUrl = (tabQuery = '') => `${extensionBaseUrl}popup.html${tabQuery}`;
    const helper = await newFirefoxTab(browser);
    await gotoExtensionPage(helper, `${extensionBaseUrl}options.html`);
    const evaluate = <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
      helper.evaluate(fn as (...a: unknown[]) => Promise<R>, ...args) as Promise<R>;
    const tabIdOf = async (page: Page) => {
      const url = page.url();
      // our host permissions show the URLs of VNA tabs; other tabs: the active one
      const byUrl = await helper.evaluate(async (u) => {
        const b = (globalThis as unknown as { browser: TabsApi }).browser;
        return (await b.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
      }, url);
      if (byUrl.length === 1 && byUrl[0] !== undefined && byUrl[0] >= 0) return byUrl[0];
      await page.bringToFront();
      const active = await helper.evaluate(async () => {
        const b = (globalThis as unknown as { browser: TabsApi }).browser;
        const [tab] = await b.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (active === null) throw new Error(`no tab for ${url}`);
      return active;
    };
    return {
      browser,
      extensionBaseUrl,
      popupUrl,
      gotoExtensionPage: (page, url) => gotoExtensionPage(page, url),
      evaluate,
      sendMessage: (message) =>
        helper.evaluate((m) => (globalThis as unknown as { browser: TabsApi }).browser.runtime.sendMessage(m), message),
      tabIdOf,
      async openPopupFor(page) {
        const tabId = await tabIdOf(page);
        const popup = await newFirefoxTab(browser);
        await popup.setViewport({ width: 420, height: 640 });
        await gotoExtensionPage(popup, popupUrl(`?tab=${tabId}`));
        return popup;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

type BidiSend = { send: (method: string, params: object) => Promise<{ result: Record<string, unknown> }> };
type BidiNode = { type: string; sharedId?: string; value?: { shadowRoot?: BidiNode | null } };

/**
 * The text inside the (closed) shadow root of the element whose id starts with `idPrefix`, read
 * over WebDriver BiDi, or null when there is no such element. Page scripts get null from
 * host.shadowRoot; BiDi's serialization with includeShadowTree: 'all' hands the closed root out
 * as a node reference, and a function given that reference reads its text (style sheets
 * skipped).
 */
export async function closedShadowText(browser: Browser, page: Page, idPrefix: string): Promise<string | null> {
  // puppeteer's BiDi browser exposes its connection; the frame id is the browsing context id
  const connection = (browser as unknown as { connection: BidiSend }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.callFunction', {
    functionDeclaration: `(prefix) => document.querySelector('[id^="' + prefix + '"]')`,
    arguments: [{ type: 'string', value: idPrefix }],
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = (found.result as { result?: BidiNode }).result;
  const root = host?.type === 'node' ? host.value?.shadowRoot : null;
  if (!root?.sharedId) return null;
  const read = await connection.send('script.callFunction', {
    functionDeclaration: `(root) => {
      const out = [];
      const walk = (n) => {
        if (n.nodeType === 3) out.push(n.data);
        else if (n.nodeName !== 'STYLE') for (const c of n.childNodes) walk(c);
      };
      walk(root);
      return out.join('');
    }`,
    arguments: [{ sharedId: root.sharedId }],
    target: { context },
    awaitPromise: false,
  });
  const value = (read.result as { result?: { type: string; value?: string } }).result;
  return value?.type === 'string' ? (value.value ?? '') : null;
}

/**
 * Stops the add-on's background (an MV3 event page) at once, as Firefox does after its idle
 * timeout: privileged script in the browser's own (chrome) context over BiDi, which
 * --remote-allow-system-access opens, calling what about:debugging's "Terminate background
 * script" calls. The next message to the background starts it again.
 */
export async function stopBackground(browser: Browser, addonId = ADDON_ID): Promise<void> {
  const connection = (browser as unknown as { connection: BidiSend }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result as { contexts?: { context: string }[] }).contexts?.[0]?.context;
  if (!context) throw new Error('no chrome browsing context (is --remote-allow-system-access on?)');
  const done = await connection.send('script.evaluate', {
    expression: `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
      await extension.terminateBackground();
      return extension.backgroundState;
    })()`,
    target: { context },
    awaitPromise: true,
  });
  const state = (done.result as { result?: { value?: unknown } }).result?.value;
  if (state !== 'stopped') throw new Error(`background not stopped: ${String(state)}`);
}
