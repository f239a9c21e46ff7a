// The options page: highlighting on/off, how far "Compléter la chronologie" goes, the history kept
// on this device (counts, unreadable records set aside, a full disk), export, import, and clearing
// it (after a confirmation).

import type { DriftReport } from '@/lib/drift';
import type { Translate } from '@/lib/i18n';
import type { Settings, StoreStatus } from '@/lib/messages';
import { DriftList } from './DriftList';
import { ListingBoundsField } from './ListingBoundsField';

export interface OptionsProps {
  t: Translate;
  settings: Settings;
  status: StoreStatus | null;
  notice: string | null;
  onChange: (change: Partial<Settings>) => void;
  /** called once the reader confirmed */
  onClear: () => void;
  onExport?: (format: 'json' | 'csv') => void;
  onImport?: (text: string) => void;
  /** asks the reader; tests pass their own */
  confirm?: (message: string) => boolean;
  /** the last pages whose markup no known layout described */
  drift?: DriftReport[];
}

export function Options({
  t,
  settings,
  status,
  notice,
  onChange,
  onClear,
  onExport,
  onImport,
  confirm,
  drift = [],
}: OptionsProps) {
  const ask = confirm ?? ((m: string) => globalThis.confirm(m));
  return (
    <main class="popup options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a class="link-button timeline-link" href="/timeline.html" target="_blank" rel="noopener">
          {t('timelinePageLink')}
        </a>
      </p>
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
      <ListingBoundsField t={t} bounds={settings.listing} onChange={(listing) => onChange({ listing })} />
      {status && <p class="history-count">{t('optionsHistory', String(status.pages))}</p>}
      {status && <p class="stories-count">{t('optionsStories', String(status.stories))}</p>}
      {status?.quotaExceeded && (
        <p class="store-problem quota" role="alert">
          {t('optionsQuota')}
        </p>
      )}
      {status && status.problems.length > 0 && (
        <section class="problems">
          <h2>{t('optionsProblemsTitle')}</h2>
          <ul>
            {status.problems.map((p) => (
              <li class="error" key={p}>
                {p}
              </li>
            ))}
          </ul>
        </section>
      )}
      {onExport && (
        <section class="export-section">
          <h2>{t('optionsExportTitle')}</h2>
          <p>
            <button type="button" class="chip" data-export="json" onClick={() => onExport('json')}>
              JSON
            </button>{' '}
            <button type="button" class="chip" data-export="csv" onClick={() => onExport('csv')}>
              CSV
            </button>
          </p>
        </section>
      )}
      {onImport && (
        <p>
          <label class="import">
            {t('optionsImport')}{' '}
            <input
              type="file"
              name="import"
              accept="application/json,.json"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (file) void file.text().then(onImport);
                input.value = '';
              }}
            />
          </label>
        </p>
      )}
      <button
        type="button"
        class="primary"
        onClick={() => {
          if (ask(t('optionsClearConfirm'))) onClear();
        }}
      >
        {t('optionsClear')}
      </button>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p class="meta">{t('optionsPrivacy')}</p>
      <DriftList t={t} reports={drift} />
    </main>
  );
}
