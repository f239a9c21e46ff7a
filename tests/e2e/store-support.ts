// What the hardening suites ask of the extension's pages, the same in both browsers.
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';
import type { Analysis } from '../../lib/types';
import type { DriverPage, ExtensionDriver } from './driver';
import { extensionPageContents } from './page-probes';

export type Status = { pages: number; stories: number; problems: string[]; quotaExceeded?: boolean };

export const status = (driver: ExtensionDriver) => driver.send({ type: 'store:status' }) as Promise<Status>;

export async function exported(driver: ExtensionDriver): Promise<TimelineEntry[]> {
  const { text } = (await driver.send({ type: 'timeline:export', format: 'json' })) as { text: string };
  return JSON.parse(text).entries as TimelineEntry[];
}

/** The ids of the stories the same page gives in Node, merged as the store merges them. */
export const storyIdsNodeGives = (analysis: Analysis): Set<string> =>
  new Set(mergeEntries([], entriesFromAnalysis(analysis, 0)).map((e) => e.id));

/** What an extension page shows: hostile text as text, and no element made from page strings. */
export const extensionPageIsClean = (driver: ExtensionDriver, page: DriverPage) =>
  page.evaluate(extensionPageContents, driver.extensionBase);

/** Picks `text` as a file in the options page's import input (what the file chooser does). */
export function importThrough(options: DriverPage, text: string) {
  return options.evaluate((t) => {
    const input = document.querySelector('input[name="import"]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'timeline.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

/**
 * The options page, its confirmations answered yes, and the files it saves kept: each export's
 * Blob (what the download would write) is read back by `lastSaved`.
 */
export async function openOptions(driver: ExtensionDriver) {
  const options = await driver.openExtensionPage('options.html');
  await options.evaluate(() => {
    const w = window as unknown as { __saved: Blob[] };
    w.__saved = [];
    window.confirm = () => true;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.__saved.push(blob);
      return create(blob);
    };
  }, null);
  const savedCount = () => options.evaluate(() => (window as unknown as { __saved: Blob[] }).__saved.length, null);
  const lastSaved = () =>
    options.evaluate(() => {
      const saved = (window as unknown as { __saved: Blob[] }).__saved;
      return saved[saved.length - 1]?.text() ?? null;
    }, null);
  return { options, savedCount, lastSaved };
}

/** The texts of every element matching `selector`. */
export const textsOf = (page: DriverPage, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);
