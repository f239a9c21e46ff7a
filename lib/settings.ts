// The reader's settings: their defaults, and how stored values (storage.local, written by the
// options page through the background) are read over them. Stored values are untrusted: a key
// whose value is not of its default's type keeps the default.

export interface Settings {
  /** highlight names in the page */
  highlight: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ highlight: true });

/** The defaults, overridden in order by each layer's known keys of the right type. */
export function mergeSettings(...layers: unknown[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const layer of layers) {
    if (typeof layer !== 'object' || layer === null) continue;
    const given = layer as Partial<Record<keyof Settings, unknown>>;
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const value = given[key];
      if (typeof value === typeof DEFAULT_SETTINGS[key]) (out as unknown as Record<string, unknown>)[key] = value;
    }
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
