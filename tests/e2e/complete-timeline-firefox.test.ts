// "Compléter la chronologie" in Firefox (event page background; the run is in the content
// script either way): a Le Courrier article read, the button pressed in its popup, the stories of
// both pages of its partner's tag listing (Le Courrier's markup) stored with partner and date; a
// second press adds none; 500, no answer, not a listing and no date are reported, storing nothing.
// Build first: npx wxt build -b firefox. Screenshot: test-output/e2e/complete-timeline-firefox.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import { type FirefoxSession, launchFirefox } from '../../scripts/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { expectedListingStories, PROBES, RESULT, storedStory } from './complete-timeline-cases';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let server: CorpusServer | undefined;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  firefox = await launchFirefox({ port: server.port, hosts: SERVED_HOSTS });
  // the fixture's teasers are of early 2026: wide enough a window that the run does not depend on today
  await firefox.sendMessage({ type: 'settings:set', settings: { listing: { pages: 5, months: 120 } } });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

type Status = { pages: number; stories: number; problems: string[] };

function session(): { ff: FirefoxSession; srv: CorpusServer } {
  if (!server || !firefox) throw new Error('setup failed');
  return { ff: firefox, srv: server };
}
const status = async () => (await session().ff.sendMessage({ type: 'store:status' })) as Status;

async function visit(host: string, path: string): Promise<Page> {
  const { ff, srv } = session();
  const before = (await status()).pages;
  const page = await ff.browser.newPage();
  await page.goto(`http://${host}:${srv.port}${path}`);
  await expect.poll(async () => (await status()).pages, { timeout: 15_000, interval: 200 }).toBe(before + 1);
  return page;
}

/** Presses the button in the tab's popup and waits for the run's end; the popup's status text. */
async function press(tab: Page, timeout = 30_000): Promise<{ popup: Page; text: string }> {
  const popup = await session().ff.openPopupFor(tab);
  const run = () =>
    popup.evaluate(() => {
      const section = document.querySelector('.complete-timeline');
      return section ? `${section.getAttribute('data-state')} ${section.getAttribute('data-run')}` : '';
    });
  // the tab's last run, if any, as the popup opens (its result is shown until the next one)
  await expect.poll(async () => /^(idle|done) \d+$/.test(await run()), { timeout: 15_000, interval: 200 }).toBe(true);
  const last = Number((await run()).split(' ')[1]);
  const pressed = async () =>
    popup.evaluate(() => {
      const button = [...document.querySelectorAll('.complete-timeline button.primary')][0] as
        | HTMLButtonElement
        | undefined;
      if (!button || !/Compléter la chronologie|Complete the timeline/.test(button.textContent ?? '')) return false;
      button.click();
      return true;
    });
  await expect.poll(pressed, { timeout: 15_000, interval: 200 }).toBe(true);
  await expect.poll(run, { timeout, interval: 200 }).toBe(`done ${last + 1}`);
  const text = await popup.evaluate(() => document.querySelector('.complete-status')?.textContent ?? '');
  return { popup, text };
}

describe('Firefox: Compléter la chronologie', () => {
  it('adds the stories of both listing pages of the article’s partner, once', async () => {
    const { ff, srv } = session();
    const sample = srv.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn');
    if (!sample) throw new Error('sample 001 missing');
    const tab = await visit(sample.host, sample.path);
    const expected = expectedListingStories(sample.host, 'KH');
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const before = (await status()).stories;

    const first = await press(tab);
    const [, added, already] = RESULT.exec(first.text) ?? [];
    expect(Number(added) + Number(already)).toBe(expected.length);
    expect((await status()).stories).toBe(before + Number(added));
    const { text } = (await ff.sendMessage({ type: 'timeline:export', format: 'json' })) as { text: string };
    const entries = JSON.parse(text).entries as TimelineEntry[];
    for (const story of expected) {
      const entry = storedStory(entries, story);
      expect(entry, story.title).toBeDefined();
      expect(entry?.partners).toContain('KH');
      expect(entry?.date).toBe(story.date);
    }
    await first.popup.screenshot({ path: join(SHOTS, 'complete-timeline-firefox.png'), fullPage: true });
    await first.popup.close();

    const second = await press(tab);
    expect(RESULT.exec(second.text)?.slice(1)).toEqual(['0', String(expected.length)]);
    expect((await status()).stories).toBe(before + Number(added));
    await second.popup.close();
    await tab.close();
  });

  for (const probe of PROBES) {
    it(`reports the "${probe.kind}" tag listing and stores nothing`, async () => {
      const tab = await visit('fr.vietnamplus.vn', probe.path);
      const before = (await status()).stories;
      const { popup, text } = await press(tab);
      expect(text).toMatch(probe.says);
      expect(await popup.evaluate(() => document.querySelectorAll('.complete-problems li').length)).toBe(1);
      expect((await status()).stories).toBe(before);
      await popup.close();
      await tab.close();
    });
  }
});
