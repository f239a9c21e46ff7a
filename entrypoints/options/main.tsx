// Options glue: reads settings and store status from the background, renders <Options>.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download, exportFileName } from '@/components/download';
import { Options } from '@/components/Options';
import type { DriftReport } from '@/lib/drift';
import type { MessageKey } from '@/lib/i18n';
import { ask, type StoreStatus } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import '@/components/popup.css';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const t = (key: MessageKey, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [drift, setDrift] = useState<DriftReport[]>([]);
  useEffect(() => {
    void ask(send, 'drift:list', {}).then((r) => setDrift(r.reports));
    void ask(send, 'settings:get', {}).then(setSettings);
    void ask(send, 'store:status', {}).then(setStatus);
  }, []);
  return (
    <Options
      t={t}
      settings={settings}
      status={status}
      notice={notice}
      drift={drift}
      onChange={(change) => void ask(send, 'settings:set', { settings: change }).then(setSettings)}
      onClear={() =>
        void ask(send, 'store:clear', {}).then((s) => {
          setStatus(s);
          setNotice(t('optionsCleared'));
        })
      }
      onExport={(format) =>
        void ask(send, 'timeline:export', { format }).then(({ text, count }) => {
          download(text, exportFileName(format), format);
          setNotice(t('popupExported', String(count)));
        })
      }
      onImport={(text) =>
        void ask(send, 'timeline:import', { text }).then(async ({ imported, error }) => {
          setStatus(await ask(send, 'store:status', {}));
          setNotice(
            error && !imported
              ? t('optionsImportFailed', error)
              : [t('optionsImported', String(imported)), error ? t('optionsImportFailed', error) : '']
                  .filter(Boolean)
                  .join(' '),
          );
        })
      }
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
render(<App />, document.getElementById('app') as HTMLElement);
