// "Compléter la chronologie" with the built extension, in both browsers: a corpus article read in
// each listing markup (VietnamPlus, Le Courrier), the button pressed in its popup, and the stories
// of both pages of its partner's tag listing are in the timeline with the right partner and date;
// a second press adds none; the run goes on with the popup closed; a listing that answers 500, one
// that never answers, one that is not a listing and one without dates are each reported in words
// and store nothing. What should be stored is computed in Node by the same pure model
// (lib/listing) from the pages the corpus server serves (tests/fixtures/listing-pages.ts).
// Build first: npx wxt build && npx wxt build -b firefox.
// Screenshots: test-output/e2e/<browser>-complete-timeline-<host>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListingPage } from '../../lib/listing/parse';
import { parseHtml } from '../../lib/node-dom';
import { titleKey } from '../../lib/stories';
import type { TimelineEntry } from '../../lib/timeline';
import {
  COURRIER_HOST,
  listingRoutes,
  PROBE_KINDS,
  type ProbeKind,
  partnerListings,
  probePaths,
  VNP_HOST,
} from '../fixtures/listing-pages';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type DriverPage, type ExtensionDriver, launch } from './driver';

interface ExpectedStory {
  title: string;
  date: string | null;
  partner: string;
  /** path of the listing page it is on */
  page: string;
}

/** The stories of both listing pages of `partner`'s tag on `host`, as the extension should store them. */
function expectedListingStories(host: string, partner: string): ExpectedStory[] {
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
const storedStory = (stored: readonly TimelineEntry[], story: ExpectedStory) =>
  stored.find((e) => e.keys.includes(`title:${titleKey(story.title)}`));

/** Whether the entry was stored from the story's listing page (seen on it). */
function seenOnItsPage(entry: TimelineEntry | undefined, story: ExpectedStory): boolean {
  const path = story.page.replace(/\/$/, '');
  return Boolean(entry?.seenOn.some((u) => new URL(u).pathname.replace(/\/$/, '') === path));
}

/** The probe articles, and the words their problem is reported with (FR or EN). */
const PROBES: { kind: ProbeKind; path: string; says: RegExp }[] = PROBE_KINDS.map((kind) => ({
  kind,
  path: probePaths(kind).article,
  says: {
    'error-500': /erreur|error/i,
    hang: /à temps|in time/i,
    'not-listing': /pas une liste|not a list/i,
    'no-date': /aucune date|no date/i,
  }[kind],
}));

/** A corpus article per listing markup, and its partner whose tag it links. */
const SAMPLES = [
  { host: VNP_HOST, file: '000_', partner: 'KH' },
  { host: COURRIER_HOST, file: '001_', partner: 'KH' },
];
/** Articles whose run is left to go on with the popup closed. */
const CLOSED = [
  { host: VNP_HOST, file: '002_', partner: 'CN' },
  { host: COURRIER_HOST, file: '002_', partner: 'CN' },
];

const RESULT = /(\d+) (?:nouveaux|new), (\d+) (?:déjà là|already there)/;
const BUTTON = '.complete-timeline button.primary';
const poll = { timeout: 15_000, interval: 200 };

describe.each(BROWSERS)('%s: Compléter la chronologie', (name) => {
  let server: CorpusServer;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    server = await startCorpusServer();
    driver = await launch(name, server);
    // the fixture's teasers are of early 2026: a window wide enough that the runs do not depend on today
    await driver.send({ type: 'settings:set', settings: { listing: { pages: 5, months: 120 } } });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const status = async () => (await driver.send({ type: 'store:status' })) as { pages: number; stories: number };
  const stories = async () => (await status()).stories;
  async function entries(): Promise<TimelineEntry[]> {
    const { text } = (await driver.send({ type: 'timeline:export', format: 'json' })) as { text: string };
    return JSON.parse(text).entries as TimelineEntry[];
  }
  const samplePath = (s: { host: string; file: string }) => {
    const page = server.pages.find((p) => p.file.startsWith(s.file) && p.host === s.host);
    if (!page) throw new Error(`sample ${s.file} on ${s.host} missing`);
    return page.path;
  };

  /** Opens the page in a new tab and waits until the background stored it. */
  async function visit(host: string, path: string): Promise<DriverPage> {
    const before = (await status()).pages;
    const page = await driver.open(driver.address(host, path));
    await expect.poll(async () => (await status()).pages, poll).toBe(before + 1);
    return page;
  }

  /** The tab's popup, its button pressed, once this run has ended. */
  async function press(tab: DriverPage): Promise<DriverPage> {
    const popup = await driver.openPopup(tab);
    // state and run read at once (read apart, a run's start can fall between them)
    const run = () =>
      popup.evaluate(() => {
        const section = document.querySelector('.complete-timeline');
        return `${section?.getAttribute('data-state')} ${section?.getAttribute('data-run')}`;
      }, null);
    // the tab's last run, if any, as the popup opens (its result is shown until the next one)
    await expect.poll(run, poll).toMatch(/^(idle|done) \d+$/);
    const last = Number((await run()).split(' ')[1]);
    expect(await popup.text(BUTTON)).toMatch(/Compléter la chronologie|Complete the timeline/);
    await popup.click(BUTTON);
    await expect.poll(run, { timeout: 30_000, interval: 200 }).toBe(`done ${last + 1}`);
    return popup;
  }

  it.each(SAMPLES)('adds the stories of both listing pages of the article’s partner, once ($host)', async (sample) => {
    const tab = await visit(sample.host, samplePath(sample));
    const expected = expectedListingStories(sample.host, sample.partner);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const before = await stories();

    const first = await press(tab);
    const said = (await first.text('.complete-status')) ?? '';
    const [, added, already] = RESULT.exec(said) ?? [];
    expect(Number(added) + Number(already), said).toBe(expected.length);
    expect(await stories()).toBe(before + Number(added));
    const stored = await entries();
    for (const story of expected) {
      const entry = storedStory(stored, story);
      expect(entry, story.title).toBeDefined();
      expect(entry?.partners).toContain(sample.partner);
      expect(entry?.date).toBe(story.date);
      expect(seenOnItsPage(entry, story), story.title).toBe(true);
    }
    await first.screenshot(`complete-timeline-${sample.host}`, true);
    await first.close();

    const second = await press(tab);
    const again = (await second.text('.complete-status')) ?? '';
    expect(RESULT.exec(again)?.slice(1), again).toEqual(['0', String(expected.length)]);
    expect(await stories()).toBe(before + Number(added));
    await second.close();
    await tab.close();
  });

  it.each(CLOSED)(
    'goes on with the popup closed, storing both pages of the partner’s listing ($host)',
    async (sample) => {
      const tab = await visit(sample.host, samplePath(sample));
      const expected = expectedListingStories(sample.host, sample.partner);
      const popup = await driver.openPopup(tab);
      await expect.poll(() => popup.count(BUTTON), poll).toBe(1);
      await popup.click(BUTTON);
      await popup.close();
      const missing = async () => {
        const stored = await entries();
        return expected
          .filter((story) => {
            const entry = storedStory(stored, story);
            return !entry?.partners.includes(sample.partner) || !seenOnItsPage(entry, story);
          })
          .map((s) => s.title);
      };
      await expect.poll(missing, { timeout: 30_000, interval: 250 }).toEqual([]);
      await tab.close();
    },
  );

  it.each(PROBES)('reports the "$kind" tag listing and stores nothing', async (probe) => {
    const tab = await visit(VNP_HOST, probe.path);
    const before = await stories();
    const popup = await press(tab);
    expect(await popup.text('.complete-status')).toMatch(probe.says);
    expect(await popup.count('.complete-problems li')).toBe(1);
    expect(await stories()).toBe(before);
    await popup.close();
    await tab.close();
  });
});
