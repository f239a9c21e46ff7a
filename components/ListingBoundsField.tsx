// The options page's one setting for "Compléter la chronologie": how many listing pages, and how
// many months back, per partner country (whichever comes first).
import type { Translate } from '@/lib/i18n';
import { clampBounds, type ListingBounds } from '@/lib/listing/bounds';

export function ListingBoundsField({
  t,
  bounds,
  onChange,
}: {
  t: Translate;
  bounds: ListingBounds;
  onChange: (bounds: ListingBounds) => void;
}) {
  const set = (field: keyof ListingBounds) => (e: Event) =>
    onChange(clampBounds({ ...bounds, [field]: Number((e.currentTarget as HTMLInputElement).value) }));
  return (
    <fieldset class="listing-bounds">
      <legend>{t('optionsListingBounds')}</legend>
      <label>
        <input type="number" name="listing-pages" min={1} max={20} value={bounds.pages} onChange={set('pages')} />{' '}
        {t('optionsListingPages')}
      </label>{' '}
      <label>
        <input type="number" name="listing-months" min={1} max={120} value={bounds.months} onChange={set('months')} />{' '}
        {t('optionsListingMonths')}
      </label>
    </fieldset>
  );
}
