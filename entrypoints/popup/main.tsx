// Popup glue: finds the active tab, asks the background what was found there, renders <Popup>.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/Popup';
import { isVnaHost } from '@/lib/hosts';
import type { MessageKey } from '@/lib/i18n';
import { ask } from '@/lib/messages';
import '@/components/popup.css';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const t = (key: MessageKey, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;
const locale = browser.i18n.getUILanguage();

/** The tab the popup is about: the active one, or ?tab=ID (tests open the popup in a tab). */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** We hold host permission for every VNA host, so a tab whose address we cannot see is not one. */
function onVnaHost(url: string | undefined): boolean {
  try {
    return url !== undefined && isVnaHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      setTabId(tab?.id ?? null);
      if (tab === null) return setState({ status: 'not-vna' });
      const { analysis } = await ask(send, 'tab:analysis', { tabId: tab.id });
      if (!analysis) return setState({ status: onVnaHost(tab.url) ? 'nothing-yet' : 'not-vna' });
      setState(analysis.page.isVna || analysis.article ? { status: 'ready', analysis } : { status: 'not-vna' });
    })().catch(() => setState({ status: 'nothing-yet' }));
  }, []);

  const analyseAnyway = async () => {
    if (tabId === null) return;
    setState({ status: 'loading' });
    const { analysis, error } = await ask(send, 'tab:analyse-now', { tabId });
    setState(analysis ? { status: 'ready', analysis } : { status: 'not-vna', error: error ?? '—' });
  };

  return (
    <Popup
      state={state}
      t={t}
      locale={locale}
      onAnalyseAnyway={() => void analyseAnyway()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

document.documentElement.lang = locale.startsWith('fr') ? 'fr' : 'en';
render(<App />, document.getElementById('app') as HTMLElement);
