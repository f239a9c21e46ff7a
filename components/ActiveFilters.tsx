// The filters the popup and the timeline page share: their shape, and the chips that show and
// clear the ones that are on (the name filter; all of them at once).
import type { Translate } from '@/lib/i18n';
import type { Domain } from '@/lib/types';

export interface TimelineFilters {
  partner?: string;
  domain?: Domain;
  entityId?: string;
  /** shown on the name filter's chip */
  entityName?: string;
  text?: string;
}

export const hasFilters = (f: TimelineFilters) => Boolean(f.partner || f.domain || f.entityId || f.text?.trim());

export function ActiveFilters({
  filters,
  onFilters,
  t,
}: {
  filters: TimelineFilters;
  onFilters: (next: TimelineFilters) => void;
  t: Translate;
}) {
  return (
    <>
      {filters.entityId && (
        <button
          type="button"
          class="chip active-filter"
          aria-label={t('popupClearFilter', filters.entityName ?? filters.entityId)}
          onClick={() => onFilters({ ...filters, entityId: undefined, entityName: undefined })}
        >
          {t('popupFilterEntity', filters.entityName ?? filters.entityId)} <span aria-hidden="true">×</span>
        </button>
      )}
      {hasFilters(filters) && (
        <button type="button" class="link-button" onClick={() => onFilters({})}>
          {t('popupClearFilters')}
        </button>
      )}
    </>
  );
}
