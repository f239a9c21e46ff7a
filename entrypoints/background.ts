// The background keeps what the content scripts found: the latest analysis of each tab (in
// storage.session, so a stopped MV3 service worker loses nothing) and the reader's history (in
// IndexedDB, lib/store). It is the only writer of stored data; everything arrives through the
// typed protocol of lib/messages.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isVnaHost } from '@/lib/hosts';
import { storeListingPage } from '@/lib/listing/save';
import {
  ask,
  DEFAULT_SETTINGS,
  type Handlers,
  isMessage,
  type Settings,
  type StoreStatus,
  type TimelineFirstPage,
} from '@/lib/messages';
import {
  clearStore,
  entriesForEntity,
  entryCount,
  exportTimeline,
  importTimeline,
  type LensDatabase,
  openStore,
  pageCount,
  quarantineUnreadable,
  queryStore,
  savePage,
  storeProblems,
  TimelineCache,
  type WriteResult,
} from '@/lib/store';
import { NewestByPartner, readFirstPage } from '@/lib/store/first-page';
import type { TimelineEntry } from '@/lib/timeline';
import type { FirstPageLimits } from '@/lib/timeline/query';
import type { Analysis } from '@/lib/types';

/** Largest page of entries the popup gets in one answer (it asks for more on "show more"). */
const MAX_LIMIT = 500;

const tabKey = (tabId: number) => `tab:${tabId}`;

let database: Promise<LensDatabase> | null = null;
function db(): Promise<LensDatabase> {
  database ??= openStore().then(
    (store) => {
      // closed under us (a newer schema opening, the profile's storage cleared): open again next time
      const forget = () => {
        database = null;
        cache.reset();
      };
      store.addEventListener('versionchange', forget);
      store.addEventListener('close', forget);
      return store;
    },
    (err) => {
      database = null; // try again on the next message
      throw err;
    },
  );
  return database;
}

// Told of every change the background makes, through the cache of all entries.
const newest = new NewestByPartner(
  async () => {
    await recovered;
    return db();
  },
  () => cache,
);

/** The cache of all entries (rebuilt from IndexedDB when the worker restarts: see lib/store), telling `newest`. */
class TimelineCacheWithNewest extends TimelineCache {
  override apply(written: readonly TimelineEntry[]): void {
    super.apply(written);
    newest.written(written);
  }
  override reset(): void {
    super.reset();
    newest.reset();
  }
}
const cache = new TimelineCacheWithNewest(db);

/** A refused write for lack of space is remembered (storage.local) until a write succeeds. */
const QUOTA_KEY = 'storeQuotaExceeded';
async function noteWrite(result: WriteResult): Promise<void> {
  if (result.ok) {
    cache.apply(result.entries);
    const got = await browser.storage.local.get(QUOTA_KEY);
    if (got[QUOTA_KEY]) await browser.storage.local.remove(QUOTA_KEY);
  } else if (result.quotaExceeded) {
    await browser.storage.local.set({ [QUOTA_KEY]: Date.now() });
  }
}

/**
 * Saves are journaled: the analysis is put in storage.session (with the tab's, in the same call)
 * before the IndexedDB transaction starts, and taken out once it has ended. A service worker
 * stopped in between (Chrome stops idle MV3 workers; the transaction then aborts) leaves the
 * journal entry, which the next start of the worker saves again (`recovered`). Saving twice is
 * harmless: savePage merges by story identity.
 */
const PENDING = 'pending:';
let journalSeq = 0;

async function saveJournaled(analysis: Analysis, tabId: number | undefined): Promise<WriteResult> {
  const key = `${PENDING}${Date.now().toString(36)}-${(journalSeq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await browser.storage.session.set(
    tabId === undefined ? { [key]: analysis } : { [key]: analysis, [tabKey(tabId)]: analysis },
  );
  const result = await savePage(await db(), analysis);
  await noteWrite(result);
  // a refusal (quota, unreadable analysis) is final and reported: only an interrupted save is replayed
  await browser.storage.session.remove(key);
  return result;
}

/** Saves left in the journal by a worker that was stopped mid-save, saved again, oldest first. */
/** The keys of storage.session: without reading every tab's analysis where the browser can (getKeys). */
async function sessionKeys(): Promise<string[]> {
  const area = browser.storage.session as typeof browser.storage.session & { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === 'function') return area.getKeys();
  return Object.keys(await area.get(null));
}

async function replayJournal(): Promise<void> {
  const pending = (await sessionKeys()).filter((k) => k.startsWith(PENDING)).sort();
  if (pending.length === 0) return;
  const all = await browser.storage.session.get(pending);
  for (const key of pending) {
    try {
      const result = await savePage(await db(), all[key] as Analysis);
      await noteWrite(result);
    } catch {
      continue; // the store cannot be opened now: keep it for the next start
    }
    await browser.storage.session.remove(key);
  }
}

/** Readers of the store wait for the journal to be replayed, so they never miss a saved page. */
let recovered: Promise<void> = Promise.resolve();

async function rememberTab(tabId: number, analysis: Analysis): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: analysis });
}

async function tabAnalysis(tabId: number): Promise<Analysis | null> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as Analysis | undefined) ?? null;
}

/** The popup's first screen of the timeline (lib/store/first-page.ts), with the quota flag. */
async function firstPage(analysis: Promise<Analysis | null>, limits: FirstPageLimits): Promise<TimelineFirstPage> {
  const quota = browser.storage.local.get(QUOTA_KEY).catch(() => ({}) as Record<string, unknown>);
  await recovered;
  const answer = await readFirstPage(await db(), cache, newest, analysis, limits, MAX_LIMIT);
  if ((await quota)[QUOTA_KEY]) answer.quotaExceeded = true;
  return answer;
}

async function settings(): Promise<Settings> {
  const got = await browser.storage.local.get('settings');
  return { ...DEFAULT_SETTINGS, ...((got.settings as Partial<Settings> | undefined) ?? {}) };
}

async function status(): Promise<StoreStatus> {
  await recovered;
  const store = await db();
  // records broken behind our back (disk errors, another tool) are set aside before counting
  if ((await quarantineUnreadable(store)) > 0) cache.reset();
  const [pages, stories, problems, quota] = await Promise.all([
    pageCount(store),
    entryCount(store),
    storeProblems(store),
    browser.storage.local.get(QUOTA_KEY),
  ]);
  const answer: StoreStatus = { pages, stories, problems };
  if (quota[QUOTA_KEY]) answer.quotaExceeded = true;
  return answer;
}

/** Tells the content scripts of open tabs that the settings changed (highlighting on/off). */
async function broadcastSettings(next: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  const known = await browser.storage.session.get(null);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      let onVna = false;
      try {
        onVna = tab.url !== undefined && isVnaHost(new URL(tab.url).hostname);
      } catch {
        onVna = false;
      }
      if (!onVna && !(tabKey(tab.id) in known)) return;
      await ask((m) => browser.tabs.sendMessage(tab.id as number, m), 'settings:changed', { settings: next }).catch(
        () => undefined, // no content script there (yet)
      );
    }),
  );
}

const handlers: Handlers = {
  async 'page:analysed'({ analysis }, sender) {
    if (!analysis.page.isVna) {
      if (sender.tabId !== undefined) await rememberTab(sender.tabId, analysis);
      return { stored: false };
    }
    try {
      const result = await saveJournaled(analysis, sender.tabId);
      return result.ok ? { stored: true } : { stored: false, error: result.error };
    } catch (err) {
      return { stored: false, error: String(err) };
    }
  },
  async 'tab:analysis'({ tabId, timeline }) {
    const analysis = tabAnalysis(tabId);
    if (!timeline) return { analysis: await analysis };
    // the popup's first screen in one answer: the tab's analysis and the timeline's first page
    // (a store that cannot be read now: the analysis alone, the popup asks for the timeline itself)
    const [found, page] = await Promise.all([analysis, firstPage(analysis, timeline).catch(() => undefined)]);
    return page ? { analysis: found, timeline: page } : { analysis: found };
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
    void broadcastSettings(next).catch(() => undefined);
    return next;
  },
  'store:status': () => status(),
  async 'timeline:query'({ query, limit, offset, counts }) {
    await recovered;
    const answer = await queryStore(await db(), cache, query ?? {}, {
      limit: Math.min(limit ?? 50, MAX_LIMIT),
      offset,
      counts,
    });
    return answer;
  },
  async 'timeline:entity'({ entityId, excludeUrl, limit }) {
    await recovered;
    return { entries: await entriesForEntity(await db(), entityId, excludeUrl, Math.min(limit ?? 10, MAX_LIMIT)) };
  },
  async 'timeline:export'({ format, query }) {
    await recovered;
    await db();
    return exportTimeline(cache, format === 'csv' ? 'csv' : 'json', query ?? {});
  },
  async 'timeline:import'({ text }) {
    try {
      const result = await importTimeline(await db(), text);
      cache.reset();
      await noteWrite({ ...result, entries: [] });
      if (!result.ok) return { imported: 0, error: result.quotaExceeded ? 'QuotaExceededError' : result.error };
      return result.rejected
        ? { imported: result.imported, error: `${result.rejected} rejected` }
        : { imported: result.imported };
    } catch (err) {
      return { imported: 0, error: err instanceof Error ? err.message : String(err) };
    }
  },
  'settings:changed': async () => ({ ok: true }), // sent to content scripts, not here
  'content:complete-timeline': async () => ({ state: 'idle', progress: null, result: null }), // content scripts' own
  async 'listing:save'({ analysis }) {
    await recovered;
    return storeListingPage(await db(), analysis, noteWrite);
  },
  async 'store:clear'() {
    await recovered;
    await clearStore(await db());
    cache.reset();
    await browser.storage.local.remove(QUOTA_KEY);
    return status();
  },
};

export default defineBackground(() => {
  recovered = replayJournal().catch(() => undefined);
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
