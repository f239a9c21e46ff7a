// The popup's filters on the timeline page: text, partner (with counts), domain, and the name
// chosen from a story card; then zoom, pan and export buttons.
import type { Translate } from '@/lib/i18n';
import { DOMAINS, type Domain } from '@/lib/types';
import { ActiveFilters } from '../ActiveFilters';
import { domainName, partnerFlag, partnerName } from '../labels';
import type { PageFilters } from './url-state';

export interface FilterBarProps {
  filters: PageFilters;
  /** partners with their stories' count, most first */
  partners: { key: string; count: number }[];
  t: Translate;
  locale: string;
  onFilters: (next: PageFilters) => void;
  onZoom: (factor: number) => void;
  onPan: (share: number) => void;
  onShowAll: () => void;
  onExport: (format: 'svg' | 'png') => void;
}

export function FilterBar({
  filters,
  partners,
  t,
  locale,
  onFilters,
  onZoom,
  onPan,
  onShowAll,
  onExport,
}: FilterBarProps) {
  const set = (change: Partial<PageFilters>) => onFilters({ ...filters, ...change });
  return (
    <div class="tl-toolbar">
      <section class="filters tl-filters" aria-label={t('popupFilters')}>
        <label class="search">
          <span class="visually-hidden">{t('popupFilterText')}</span>
          <input
            type="search"
            name="text"
            value={filters.text ?? ''}
            placeholder={t('popupFilterText')}
            onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
        <label>
          <span class="visually-hidden">{t('popupFilterPartner')}</span>
          <select
            name="partner"
            value={filters.partner ?? ''}
            onChange={(e) => set({ partner: (e.currentTarget as HTMLSelectElement).value || undefined })}
          >
            <option value="">{t('popupAllPartners')}</option>
            {partners.map((p) => (
              <option key={p.key} value={p.key}>
                {`${partnerFlag(p.key)} ${partnerName(p.key, locale, t)} (${p.count})`.trim()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('popupFilterDomain')}</span>
          <select
            name="domain"
            value={filters.domain ?? ''}
            onChange={(e) => set({ domain: ((e.currentTarget as HTMLSelectElement).value || undefined) as Domain })}
          >
            <option value="">{t('popupAllDomains')}</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {domainName(d, t)}
              </option>
            ))}
          </select>
        </label>
        <ActiveFilters filters={filters} onFilters={onFilters} t={t} />
      </section>
      <div class="tl-buttons">
        <button type="button" class="chip" data-action="earlier" onClick={() => onPan(-0.4)}>
          ← {t('timelineEarlier')}
        </button>
        <button type="button" class="chip" data-action="zoom-out" onClick={() => onZoom(1.6)}>
          − <span class="visually-hidden">{t('timelineZoomOut')}</span>
        </button>
        <button type="button" class="chip" data-action="zoom-in" onClick={() => onZoom(1 / 1.6)}>
          + <span class="visually-hidden">{t('timelineZoomIn')}</span>
        </button>
        <button type="button" class="chip" data-action="later" onClick={() => onPan(0.4)}>
          {t('timelineLater')} →
        </button>
        <button type="button" class="chip" data-action="all" onClick={onShowAll}>
          {t('timelineShowAll')}
        </button>
        <button type="button" class="chip" data-export="svg" onClick={() => onExport('svg')}>
          {t('timelineExportSvg')}
        </button>
        <button type="button" class="chip" data-export="png" onClick={() => onExport('png')}>
          {t('timelineExportPng')}
        </button>
      </div>
    </div>
  );
}
