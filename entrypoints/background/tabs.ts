// The background's view of the browser's tabs: the latest analysis of each (storage.session, so
// a stopped MV3 service worker loses nothing), and telling their content scripts of new settings.
import { browser } from 'wxt/browser';
import { isVnaUrl } from '@/lib/hosts';
import { ask } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { Analysis } from '@/lib/types';

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const tabAnalysis = async (tabId: number) =>
  ((await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as Analysis | undefined) ?? null;

// Popups waiting for a tab's first analysis (opened while its content script was still reading).
const waiting = new Map<number, Set<(analysis: Analysis | null) => void>>();

/** The tab's analysis when its content script sends it: at once if stored already, null after `withinMs`. */
export async function nextAnalysis(tabId: number, withinMs: number): Promise<Analysis | null> {
  let settle: (analysis: Analysis | null) => void = () => undefined;
  const arrived = new Promise<Analysis | null>((resolve) => {
    settle = resolve;
  });
  const waiters = waiting.get(tabId) ?? new Set();
  waiting.set(tabId, waiters.add(settle));
  const timer = setTimeout(() => settle(null), withinMs);
  // registered before this read, so an analysis stored meanwhile is not missed
  const stored = await tabAnalysis(tabId).catch(() => null);
  if (stored) settle(stored);
  const analysis = await arrived;
  clearTimeout(timer);
  waiters.delete(settle);
  if (!waiters.size) waiting.delete(tabId);
  return analysis;
}

/** A tab's content script sent its analysis: the popups waiting for it get it. */
export function analysisArrived(tabId: number, analysis: Analysis): void {
  for (const settle of waiting.get(tabId) ?? []) settle(analysis);
}

/** Tells the content scripts of open tabs that the settings changed (highlighting on/off); returns them. */
export function broadcastSettings(next: Settings): Settings {
  const tell = (id: number) =>
    void ask((m) => browser.tabs.sendMessage(id, m), 'settings:changed', { settings: next }).catch(() => undefined);
  void Promise.all([browser.storage.session.get(null), browser.tabs.query({})])
    .then(([known, tabs]) => {
      for (const { id, url } of tabs) if (id !== undefined && (isVnaUrl(url) || tabKey(id) in known)) tell(id);
    })
    .catch(() => undefined);
  return next;
}
