// Shared by the Chromium and Firefox "Compléter la chronologie" suites: what the tag listing
// pages of an article should add to the timeline, computed in Node by the same pure model
// (lib/listing) from the pages the corpus server serves, and the probe articles.
import { expect } from 'vitest';
import { readListingPage } from '../../lib/listing/parse';
import { parseHtml } from '../../lib/node-dom';
import { titleKey } from '../../lib/stories';
import type { TimelineEntry } from '../../lib/timeline';
import { listingRoutes, PROBE_KINDS, type ProbeKind, partnerListings, probePaths } from '../fixtures/listing-pages';

export interface ExpectedStory {
  title: string;
  date: string | null;
  partner: string;
  /** path of the listing page it is on */
  page: string;
}

/** The stories of both listing pages of `partner`'s tag on `host`, as the extension should store them. */
export function expectedListingStories(host: string, partner: string): ExpectedStory[] {
  const listing = partnerListings(host).find((l) => l.partner === partner);
  if (!listing) throw new Error(`no ${partner} listing on ${host}`);
  const routes = listingRoutes(host);
  const out: ExpectedStory[] = [];
  let path: string | null = listing.paths[0] as string;
  while (path) {
    const answer = routes.get(path);
    if (!answer || answer === 'hang') throw new Error(`not served: ${path}`);
    const url: string = `http://${host}${path}`;
    const page = readListingPage(parseHtml(answer.html, url), url, [partner]);
    if ('refused' in page) throw new Error(`${path}: ${page.refused}`);
    for (const s of page.analysis.stories) out.push({ title: s.title, date: s.date, partner, page: path });
    path = page.next ? new URL(page.next).pathname : null;
  }
  return out;
}

/** The stored entry telling this story (same title key), if any. */
export function storedStory(stored: readonly TimelineEntry[], story: ExpectedStory): TimelineEntry | undefined {
  const key = `title:${titleKey(story.title)}`;
  return stored.find((e) => e.keys.includes(key));
}

/** Whether the entry was stored from the story's listing page (seen on it). */
export function seenOnItsPage(entry: TimelineEntry | undefined, story: ExpectedStory): boolean {
  const path = story.page.replace(/\/$/, '');
  return Boolean(entry?.seenOn.some((u) => new URL(u).pathname.replace(/\/$/, '') === path));
}

/** The probe articles, and the words their problem is reported with (FR or EN). */
export const PROBES: { kind: ProbeKind; path: string; says: RegExp }[] = PROBE_KINDS.map((kind) => ({
  kind,
  path: probePaths(kind).article,
  says: {
    'error-500': /erreur|error/i,
    hang: /à temps|in time/i,
    'not-listing': /pas une liste|not a list/i,
    'no-date': /aucune date|no date/i,
  }[kind],
}));

/** The fixture's teasers are of early 2026: a window wide enough that the runs do not depend on today. */
export const WIDE_WINDOW = { type: 'settings:set', settings: { listing: { pages: 5, months: 120 } } };

export const RESULT = /(\d+) (?:nouveaux|new), (\d+) (?:déjà là|already there)/;

export interface PressedRun {
  /** the popup's status text at the run's end */
  text: string;
  /** problem lines shown */
  problems: number;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** What a browser suite gives the shared scenarios: its own way to open tabs and press the button. */
export interface CompleteDriver<Tab> {
  /** opens the page in a new tab and waits until the background stored it */
  visit(host: string, path: string): Promise<Tab>;
  /** opens the tab's popup, presses the button, waits for the run's end: the status text */
  press(tab: Tab): Promise<PressedRun>;
  /** opens the tab's popup, presses the button and closes the popup at once */
  pressAndClose(tab: Tab): Promise<void>;
  stories(): Promise<number>;
  entries(): Promise<TimelineEntry[]>;
  closeTab(tab: Tab): Promise<void>;
}

/** Both pages of the article's partner listing stored once, with partner and date; a second press adds none. */
export async function completesOnce<Tab>(
  driver: CompleteDriver<Tab>,
  sample: { host: string; path: string },
  partner: string,
  shot: string,
): Promise<void> {
  const tab = await driver.visit(sample.host, sample.path);
  const expected = expectedListingStories(sample.host, partner);
  expect(expected.length).toBeGreaterThanOrEqual(4);
  const before = await driver.stories();

  const first = await driver.press(tab);
  const [, added, already] = RESULT.exec(first.text) ?? [];
  expect(Number(added) + Number(already)).toBe(expected.length);
  expect(await driver.stories()).toBe(before + Number(added));
  const entries = await driver.entries();
  for (const story of expected) {
    const entry = storedStory(entries, story);
    expect(entry, story.title).toBeDefined();
    expect(entry?.partners).toContain(partner);
    expect(entry?.date).toBe(story.date);
    expect(seenOnItsPage(entry, story), story.title).toBe(true);
  }
  await first.screenshot(shot);
  await first.close();

  const second = await driver.press(tab);
  expect(RESULT.exec(second.text)?.slice(1)).toEqual(['0', String(expected.length)]);
  expect(await driver.stories()).toBe(before + Number(added));
  await second.close();
  await driver.closeTab(tab);
}

/** The popup closed right after the press: the run goes on in the tab and stores every page. */
export async function survivesPopupClose<Tab>(
  driver: CompleteDriver<Tab>,
  sample: { host: string; path: string },
  partner: string,
): Promise<void> {
  const tab = await driver.visit(sample.host, sample.path);
  const expected = expectedListingStories(sample.host, partner);
  await driver.pressAndClose(tab);
  const missing = async () => {
    const entries = await driver.entries();
    return expected
      .filter((story) => {
        const entry = storedStory(entries, story);
        return !entry?.partners.includes(partner) || !seenOnItsPage(entry, story);
      })
      .map((s) => s.title);
  };
  await expect.poll(missing, { timeout: 30_000, interval: 250 }).toEqual([]);
  await driver.closeTab(tab);
}

/** A probe article's failing listing: reported in words, in one problem line, and nothing stored. */
export async function reportsProbe<Tab>(driver: CompleteDriver<Tab>, probe: (typeof PROBES)[number]): Promise<void> {
  const tab = await driver.visit('fr.vietnamplus.vn', probe.path);
  const before = await driver.stories();
  const run = await driver.press(tab);
  expect(run.text).toMatch(probe.says);
  expect(run.problems).toBe(1);
  expect(await driver.stories()).toBe(before);
  await run.close();
  await driver.closeTab(tab);
}
