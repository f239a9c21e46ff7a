// The toolbar popup: what VNA Lens found in the current tab.
import type { Translate } from '@/lib/i18n';
import type { Analysis } from '@/lib/types';
import { ArticleCard } from './ArticleCard';
import { RelatedList } from './RelatedList';

export type PopupState =
  | { status: 'loading' }
  | { status: 'nothing-yet' }
  | { status: 'not-vna'; error?: string }
  | { status: 'ready'; analysis: Analysis };

export interface PopupProps {
  state: PopupState;
  t: Translate;
  locale: string;
  onAnalyseAnyway: () => void;
  onOpenOptions: () => void;
}

export function Popup({ state, t, locale, onAnalyseAnyway, onOpenOptions }: PopupProps) {
  return (
    <main class="popup" data-status={state.status}>
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="brand">{t('extName')}</span>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </header>
      {state.status === 'loading' && (
        <p class="notice" aria-live="polite">
          {t('popupLoading')}
        </p>
      )}
      {(state.status === 'not-vna' || state.status === 'nothing-yet') && (
        <section class="notice">
          <p>{t(state.status === 'not-vna' ? 'popupNotVna' : 'popupNothingYet')}</p>
          {state.status === 'not-vna' && state.error && <p class="error">{t('popupAnalyseFailed', state.error)}</p>}
          <button type="button" class="primary" onClick={onAnalyseAnyway}>
            {t('popupAnalyseAnyway')}
          </button>
        </section>
      )}
      {state.status === 'ready' && (
        <>
          <ArticleCard analysis={state.analysis} t={t} locale={locale} />
          <RelatedList related={state.analysis.related} t={t} />
        </>
      )}
    </main>
  );
}
