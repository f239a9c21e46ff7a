// The background keeps what the content scripts found: the latest analysis of each tab (in
// storage.session, so a stopped MV3 service worker loses nothing) and the reader's history (in
// IndexedDB, lib/store). It is the only writer of stored data; everything arrives through the
// typed protocol of lib/messages.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DEFAULT_SETTINGS, type Handlers, isMessage, type Settings, type StoreStatus } from '@/lib/messages';
import { clearStore, type LensDatabase, openStore, pageCount, savePage } from '@/lib/store';
import type { Analysis } from '@/lib/types';

const tabKey = (tabId: number) => `tab:${tabId}`;

let database: Promise<LensDatabase> | null = null;
function db(): Promise<LensDatabase> {
  database ??= openStore().catch((err) => {
    database = null; // try again on the next message
    throw err;
  });
  return database;
}

async function rememberTab(tabId: number, analysis: Analysis): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: analysis });
}

async function tabAnalysis(tabId: number): Promise<Analysis | null> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as Analysis | undefined) ?? null;
}

async function settings(): Promise<Settings> {
  const got = await browser.storage.local.get('settings');
  return { ...DEFAULT_SETTINGS, ...((got.settings as Partial<Settings> | undefined) ?? {}) };
}

async function status(): Promise<StoreStatus> {
  const store = await db();
  const pages = await pageCount(store);
  return { pages, stories: 0, problems: [] };
}

const handlers: Handlers = {
  async 'page:analysed'({ analysis }, sender) {
    if (sender.tabId !== undefined) await rememberTab(sender.tabId, analysis);
    if (!analysis.page.isVna) return { stored: false };
    try {
      await savePage(await db(), analysis);
      return { stored: true };
    } catch (err) {
      return { stored: false, error: String(err) };
    }
  },
  async 'tab:analysis'({ tabId }) {
    return { analysis: await tabAnalysis(tabId) };
  },
  async 'tab:analyse-now'({ tabId }) {
    try {
      // activeTab grants this only after the reader's click on our button
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      return { analysis: await tabAnalysis(tabId) };
    } catch (err) {
      return { analysis: null, error: err instanceof Error ? err.message : String(err) };
    }
  },
  async 'content:analyse'() {
    return { analysis: null }; // served by the content script, not here
  },
  'settings:get': () => settings(),
  async 'settings:set'({ settings: change }) {
    const next = { ...(await settings()), ...change };
    await browser.storage.local.set({ settings: next });
    return next;
  },
  'store:status': () => status(),
  // Implemented with the timeline store (issue 5); answered empty until then.
  'timeline:query': async () => ({ entries: [], total: 0 }),
  'timeline:entity': async () => ({ entries: [] }),
  'timeline:export': async () => ({ text: '', count: 0 }),
  'timeline:import': async () => ({ imported: 0, error: 'not implemented' }),
  'settings:changed': async () => ({ ok: true }),
  async 'store:clear'() {
    await clearStore(await db());
    return status();
  },
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type === 'content:analyse') return undefined;
    // only our own extension's pages and content scripts can reach this listener
    const handle = handlers[message.type] as (m: typeof message, s: { tabId?: number; url?: string }) => unknown;
    return Promise.resolve(handle(message, { tabId: sender.tab?.id, url: sender.url }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabKey(tabId));
  });
});
