// The settings as read from storage.local (lib/settings.ts): defaults, values of the wrong type
// ignored, listing bounds clamped and merged field by field.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from '../../lib/settings';

describe('the settings', () => {
  it('are the defaults when nothing usable is stored', () => {
    expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({ highlight: 'no', listing: 'many' }, null, 7)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.listing).toEqual({ pages: 5, months: 12 });
  });

  it('take a stored value of the right type over the one before', () => {
    expect(mergeSettings({ highlight: false }).highlight).toBe(false);
    expect(mergeSettings({ highlight: false }, { highlight: 1 }).highlight).toBe(false);
  });

  it('clamp the listing bounds and keep the bound a change does not give', () => {
    expect(mergeSettings({ listing: { pages: 500, months: 0 } }).listing).toEqual({ pages: 20, months: 1 });
    expect(mergeSettings({ listing: { pages: 3, months: 24 } }, { listing: { months: 6 } }).listing).toEqual({
      pages: 3,
      months: 6,
    });
    expect(mergeSettings({ listing: { pages: 2.6 } }, { listing: null }).listing).toEqual({ pages: 3, months: 12 });
  });
});
