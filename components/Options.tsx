// The options page: highlighting on/off, the history kept on this device, clearing it.
import type { Translate } from '@/lib/i18n';
import type { Settings, StoreStatus } from '@/lib/messages';

export interface OptionsProps {
  t: Translate;
  settings: Settings;
  status: StoreStatus | null;
  notice: string | null;
  onChange: (change: Partial<Settings>) => void;
  onClear: () => void;
}

export function Options({ t, settings, status, notice, onChange, onClear }: OptionsProps) {
  return (
    <main class="popup options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <label>
          <input
            type="checkbox"
            name="highlight"
            checked={settings.highlight}
            onChange={(e) => onChange({ highlight: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('optionsHighlight')}
        </label>
      </p>
      {status && <p class="history-count">{t('optionsHistory', String(status.pages))}</p>}
      {status?.problems.map((p) => (
        <p class="error" key={p}>
          {p}
        </p>
      ))}
      <button type="button" class="primary" onClick={onClear}>
        {t('optionsClear')}
      </button>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p class="meta">{t('optionsPrivacy')}</p>
    </main>
  );
}
