// "Compléter la chronologie" in Chromium: a VietnamPlus corpus article read, the button pressed
// in its popup, and the stories of both pages of its partner's tag listing are in the timeline
// with the right partner and date; a second press adds none; a listing that answers 500, one that
// never answers, one that is not a listing and one without dates are each reported and store
// nothing (scenarios: complete-timeline-cases.ts). Build first: npx wxt build.
// Screenshot: test-output/e2e/complete-timeline-chromium.png.
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
import {
  type CompleteDriver,
  completesOnce,
  PROBES,
  reportsProbe,
  survivesPopupClose,
  WIDE_WINDOW,
} from './complete-timeline-cases';

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
  await sendMessageFrom(helper, WIDE_WINDOW);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stories = async () => ((await sendMessageFrom(helper, { type: 'store:status' })) as { stories: number }).stories;
const pages = async () => ((await sendMessageFrom(helper, { type: 'store:status' })) as { pages: number }).pages;

const chromium: CompleteDriver<Page> = {
  async visit(host, path) {
    const before = await pages();
    const page = await browser.context.newPage();
    await page.goto(`http://${host}${path}`);
    await expect.poll(pages, { timeout: 15_000 }).toBe(before + 1);
    return page;
  },
  async press(tab) {
    const popup = await openPopupForTab(browser, tab, helper);
    const button = popup.getByRole('button', { name: BUTTON });
    await button.waitFor({ timeout: 15_000 });
    // the tab's last run, if any, as the popup opens (its result is shown until the next one)
    const section = popup.locator('.complete-timeline');
    await expect.poll(() => section.getAttribute('data-state'), { timeout: 15_000 }).toMatch(/^(idle|done)$/);
    const last = Number(await section.getAttribute('data-run'));
    await button.click();
    const run = async () => `${await section.getAttribute('data-state')} ${await section.getAttribute('data-run')}`;
    await expect.poll(run, { timeout: 30_000 }).toBe(`done ${last + 1}`);
    return {
      text: (await popup.locator('.complete-status').textContent()) ?? '',
      problems: await popup.locator('.complete-problems li').count(),
      screenshot: async (path) => void (await popup.screenshot({ path, fullPage: true })),
      close: () => popup.close(),
    };
  },
  async pressAndClose(tab) {
    const popup = await openPopupForTab(browser, tab, helper);
    await popup.getByRole('button', { name: BUTTON }).click({ timeout: 15_000 });
    await popup.close();
  },
  stories,
  async entries() {
    const { text } = (await sendMessageFrom(helper, { type: 'timeline:export', format: 'json' })) as { text: string };
    return JSON.parse(text).entries as TimelineEntry[];
  },
  closeTab: (tab) => tab.close(),
};

describe('Chromium: Compléter la chronologie', () => {
  it('adds the stories of both listing pages of the article’s partner, once', async () => {
    const sample = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample 000 missing');
    await completesOnce(chromium, sample, 'KH', join(SHOTS, 'complete-timeline-chromium.png'));
  });

  it('goes on with the popup closed, storing both pages of the partner’s listing', async () => {
    const sample = server.pages.find((p) => p.file.startsWith('002_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample 002 missing');
    await survivesPopupClose(chromium, sample, 'CN');
  });

  for (const probe of PROBES) {
    it(`reports the "${probe.kind}" tag listing and stores nothing`, () => reportsProbe(chromium, probe));
  }
});
