// "Compléter la chronologie" in Chromium: a corpus article read, the button pressed in its popup,
// and the stories of both pages of its partner's tag listing are in the timeline with the right
// partner and date; a second press adds none; a listing that answers 500, one that never answers,
// one that is not a listing and one without dates are each reported and store nothing.
// Build first: npx wxt build. Screenshot: test-output/e2e/complete-timeline-chromium.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import {
  type ChromiumSession,
  extensionPage,
  launchChromium,
  openPopupForTab,
  sendMessageFrom,
} from '../../scripts/browsers/chromium';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { expectedListingStories, PROBES, RESULT, storedStory } from './complete-timeline-cases';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const BUTTON = /Compléter la chronologie|Complete the timeline/;

let server: CorpusServer;
let browser: ChromiumSession;
let helper: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  browser = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
  helper = await extensionPage(browser);
  // the fixture's teasers are of early 2026: wide enough a window that the run does not depend on today
  await sendMessageFrom(helper, { type: 'settings:set', settings: { listing: { pages: 5, months: 120 } } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Status = { pages: number; stories: number; problems: string[] };
const status = async () => (await sendMessageFrom(helper, { type: 'store:status' })) as Status;
const stored = async () => {
  const { text } = (await sendMessageFrom(helper, { type: 'timeline:export', format: 'json' })) as { text: string };
  return JSON.parse(text).entries as TimelineEntry[];
};

async function visit(url: string): Promise<Page> {
  const before = (await status()).pages;
  const page = await browser.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await status()).pages, { timeout: 15_000 }).toBe(before + 1);
  return page;
}

/** Presses the button in the tab's popup and waits for the run's end; the popup's status text. */
async function press(tab: Page, timeout = 30_000): Promise<{ popup: Page; text: string }> {
  const popup = await openPopupForTab(browser, tab, helper);
  const button = popup.getByRole('button', { name: BUTTON });
  await button.waitFor({ timeout: 15_000 });
  // the tab's last run, if any, as the popup opens (its result is shown until the next one)
  const section = popup.locator('.complete-timeline');
  await expect.poll(() => section.getAttribute('data-state'), { timeout: 15_000 }).toMatch(/^(idle|done)$/);
  const last = Number(await section.getAttribute('data-run'));
  await button.click();
  await expect
    .poll(async () => `${await section.getAttribute('data-state')} ${await section.getAttribute('data-run')}`, {
      timeout,
    })
    .toBe(`done ${last + 1}`);
  return { popup, text: (await popup.locator('.complete-status').textContent()) ?? '' };
}

describe('Chromium: Compléter la chronologie', () => {
  it('adds the stories of both listing pages of the article’s partner, once', async () => {
    const sample = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample 000 missing');
    const tab = await visit(sample.url.replace(/^https:/, 'http:'));
    const expected = expectedListingStories(sample.host, 'KH');
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const before = (await status()).stories;

    const first = await press(tab);
    const [, added, already] = RESULT.exec(first.text) ?? [];
    expect(Number(added) + Number(already)).toBe(expected.length);
    expect((await status()).stories).toBe(before + Number(added));
    const entries = await stored();
    for (const story of expected) {
      const entry = storedStory(entries, story);
      expect(entry, story.title).toBeDefined();
      expect(entry?.partners).toContain('KH');
      expect(entry?.date).toBe(story.date);
    }
    // the popup's timeline shows them in the Cambodian group
    await expect
      .poll(() => first.popup.locator('.partner-group[data-partner="KH"] .entry').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(Math.min(expected.length, 5));
    await first.popup.screenshot({ path: join(SHOTS, 'complete-timeline-chromium.png'), fullPage: true });
    await first.popup.close();

    const second = await press(tab);
    expect(RESULT.exec(second.text)?.slice(1)).toEqual(['0', String(expected.length)]);
    expect((await status()).stories).toBe(before + Number(added));
    await second.popup.close();
    await tab.close();
  });

  for (const probe of PROBES) {
    it(`reports a tag listing that ${probe.kind === 'hang' ? 'never answers' : `is a "${probe.kind}" case`}, and stores nothing`, async () => {
      const tab = await visit(`http://fr.vietnamplus.vn${probe.path}`);
      const before = (await status()).stories;
      const { popup, text } = await press(tab);
      expect(text).toMatch(probe.says);
      expect(await popup.locator('.complete-problems li').count()).toBe(1);
      expect((await status()).stories).toBe(before);
      await popup.close();
      await tab.close();
    });
  }
});
