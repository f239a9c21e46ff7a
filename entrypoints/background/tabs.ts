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
