// Popup glue: asks the background at once (components/popup/open.ts), then mounts the popup
// (components/popup/App.tsx) with its answer, or with the loading state if it is slow.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { prepareDateFormats } from '@/components/labels';
import { App, type PopupHost } from '@/components/popup/App';
import { openPopup } from '@/components/popup/open';
import type { Opening } from '@/components/popup/state';
import type { MessageKey } from '@/lib/i18n';
import { ask } from '@/lib/messages';
import '@/components/popup.css';
import '@/components/entity-card.css';

performance.mark('vna-lens:script');
/** The loading state shows when the background takes longer than this to answer. */
const LOADING_AFTER_MS = 100;
const locale = browser.i18n.getUILanguage();
const host: PopupHost = {
  send: (message) => browser.runtime.sendMessage(message),
  sendToTab: (tabId) => (message) => browser.tabs.sendMessage(tabId, message),
  t: (key: MessageKey, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key,
  locale,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

/** The tab the popup is about: the active one, or ?tab=ID (tests open the popup in a tab). */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

// First, a query of nothing (its answer is not used): a stopped worker starts, and opens the
// store, while the tab is looked up.
void ask(host.send, 'timeline:query', { query: {}, limit: 0 }).catch(() => undefined);
const opening = openPopup(host.send, targetTab, () => prepareDateFormats(locale));

document.documentElement.lang = locale.startsWith('fr') ? 'fr' : 'en';
// The first render waits for the background's answer: the card and the timeline in one render,
// with nothing in the way of the answer. A slow answer: the loading state meanwhile.
let mounted = false;
const mount = (first: Opening | null) => {
  if (mounted) return;
  mounted = true;
  render(<App host={host} first={first} opening={opening} />, document.getElementById('app') as HTMLElement);
};
void opening.then(mount);
setTimeout(() => mount(null), LOADING_AFTER_MS);
