// The toolbar popup: what VNA Lens found in the current tab, then the reader's timeline.
import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';
import type { Analysis, Entity } from '@/lib/types';
import { ArticleCard } from './ArticleCard';
import { Timeline, type TimelineProps } from './Timeline';

export type PopupState =
  | { status: 'loading' }
  | { status: 'nothing-yet' }
  | { status: 'not-vna'; error?: string }
  | { status: 'ready'; analysis: Analysis };

export type ExportScope = 'view' | 'all';

export interface PopupProps {
  state: PopupState;
  t: Translate;
  locale: string;
  onAnalyseAnyway: () => void;
  onOpenOptions: () => void;
  /** the reader's timeline (absent until the first answer) */
  timeline?: TimelineProps;
  /** "Compléter la chronologie" (components/CompleteTimeline.tsx), under the article's card */
  complete?: ComponentChildren;
  onEntity?: (entity: Entity) => void;
  onExport?: (format: 'json' | 'csv', scope: ExportScope) => void;
  /** a line for the reader: exported, failed… */
  notice?: string | null;
  /** unreadable records set aside; storage full */
  problems?: number;
  quotaExceeded?: boolean;
}

function ExportMenu({ t, onExport }: { t: Translate; onExport: NonNullable<PopupProps['onExport']> }) {
  return (
    <details class="export">
      <summary>{t('popupExport')}</summary>
      <div class="export-buttons">
        {(['view', 'all'] as const).map((scope) => (
          <p key={scope}>
            <span>{t(scope === 'view' ? 'popupExportView' : 'popupExportAll')}</span>{' '}
            <button type="button" class="chip" data-export={`${scope}-json`} onClick={() => onExport('json', scope)}>
              JSON
            </button>{' '}
            <button type="button" class="chip" data-export={`${scope}-csv`} onClick={() => onExport('csv', scope)}>
              CSV
            </button>
          </p>
        ))}
      </div>
    </details>
  );
}

export function Popup(props: PopupProps) {
  const { state, t, locale, onAnalyseAnyway, onOpenOptions, timeline, onEntity, onExport, notice } = props;
  return (
    <main class="popup" data-status={state.status}>
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="brand">{t('extName')}</span>
        <a class="link-button timeline-link" href="/timeline.html" target="_blank" rel="noopener">
          {t('timelinePageLink')}
        </a>
        {onExport && timeline && timeline.view.stored > 0 && <ExportMenu t={t} onExport={onExport} />}
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </header>
      {props.quotaExceeded && (
        <p class="store-problem" role="alert">
          {t('popupQuota')}
        </p>
      )}
      {props.problems ? <p class="store-problem">{t('popupStoreProblems', String(props.problems))}</p> : null}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
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
        <ArticleCard
          analysis={state.analysis}
          t={t}
          locale={locale}
          activeEntity={timeline?.filters.entityId}
          onEntity={onEntity}
        />
      )}
      {state.status === 'ready' && props.complete}
      {timeline && state.status !== 'loading' && <Timeline {...timeline} />}
    </main>
  );
}
