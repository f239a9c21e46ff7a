// The reader's settings: their defaults, and how stored values (storage.local, written by the
// options page through the background) are read over them. Stored values are untrusted: a key
// whose value is not of its type keeps the value before it; listing bounds are clamped.

import { clampBounds, DEFAULT_LISTING_BOUNDS, type ListingBounds } from './listing/bounds';

export interface Settings {
  /** highlight names in the page */
  highlight: boolean;
  /** "Compléter la chronologie": listing pages and months back per partner (options page) */
  listing: ListingBounds;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlight: true,
  listing: Object.freeze({ ...DEFAULT_LISTING_BOUNDS }),
});

/** Each key's reading of a stored value over the current one (undefined: not a value of that key). */
const READERS: { [K in keyof Settings]: (value: unknown, current: Settings[K]) => Settings[K] | undefined } = {
  highlight: (value) => (typeof value === 'boolean' ? value : undefined),
  // a partial change keeps the other bound; out of range or not a number: clamped or the default
  listing: (value, current) =>
    typeof value === 'object' && value !== null ? clampBounds({ ...current, ...value }) : undefined,
};

/** The defaults, overridden in order by each layer's known keys of the right type. */
export function mergeSettings(...layers: unknown[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const layer of layers) {
    if (typeof layer !== 'object' || layer === null) continue;
    const given = layer as Partial<Record<keyof Settings, unknown>>;
    const read = <K extends keyof Settings>(key: K) => {
      const value = given[key] === undefined ? undefined : READERS[key](given[key], out[key]);
      if (value !== undefined) out[key] = value;
    };
    for (const key of Object.keys(READERS) as (keyof Settings)[]) read(key);
  }
  return out;
}

/** Where settings are kept (storage.local). */
interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readSettings(area: SettingsArea): Promise<Settings> {
  return mergeSettings((await area.get('settings')).settings);
}

/** The settings with `change` applied, written back. */
export async function writeSettings(area: SettingsArea, change: unknown): Promise<Settings> {
  const next = mergeSettings(await readSettings(area), change);
  await area.set({ settings: next });
  return next;
}
