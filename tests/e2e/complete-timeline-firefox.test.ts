// "Compléter la chronologie" in Firefox (event page background; the run is in the content script
// either way): a Le Courrier article read (the second listing markup), the button pressed in its
// popup, the stories of both pages of its partner's tag listing stored with partner and date; a
// second press adds none; 500, no answer, not a listing and no date are reported, storing nothing
// (scenarios: complete-timeline-cases.ts). Build first: npx wxt build -b firefox.
// Screenshot: test-output/e2e/complete-timeline-firefox.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import { type FirefoxSession, launchFirefox } from '../../scripts/browsers/firefox';
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

let server: CorpusServer | undefined;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  firefox = await launchFirefox({ port: server.port, hosts: SERVED_HOSTS });
  await firefox.sendMessage(WIDE_WINDOW);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function session(): { ff: FirefoxSession; srv: CorpusServer } {
  if (!server || !firefox) throw new Error('setup failed');
  return { ff: firefox, srv: server };
}
type Status = { pages: number; stories: number };
const status = async () => (await session().ff.sendMessage({ type: 'store:status' })) as Status;

const firefoxDriver: CompleteDriver<Page> = {
  async visit(host, path) {
    const { ff, srv } = session();
    const before = (await status()).pages;
    const page = await ff.browser.newPage();
    await page.goto(`http://${host}:${srv.port}${path}`);
    await expect.poll(async () => (await status()).pages, { timeout: 15_000, interval: 200 }).toBe(before + 1);
    return page;
  },
  async press(tab) {
    const popup = await session().ff.openPopupFor(tab);
    const run = () =>
      popup.evaluate(() => {
        const section = document.querySelector('.complete-timeline');
        return section ? `${section.getAttribute('data-state')} ${section.getAttribute('data-run')}` : '';
      });
    // the tab's last run, if any, as the popup opens (its result is shown until the next one)
    await expect.poll(async () => /^(idle|done) \d+$/.test(await run()), { timeout: 15_000, interval: 200 }).toBe(true);
    const last = Number((await run()).split(' ')[1]);
    const pressed = await popup.evaluate(() => {
      const button = document.querySelector('.complete-timeline button.primary') as HTMLButtonElement | null;
      if (!button || !/Compléter la chronologie|Complete the timeline/.test(button.textContent ?? '')) return false;
      button.click();
      return true;
    });
    expect(pressed).toBe(true);
    await expect.poll(run, { timeout: 30_000, interval: 200 }).toBe(`done ${last + 1}`);
    return {
      text: await popup.evaluate(() => document.querySelector('.complete-status')?.textContent ?? ''),
      problems: await popup.evaluate(() => document.querySelectorAll('.complete-problems li').length),
      screenshot: async (path) => void (await popup.screenshot({ path, fullPage: true })),
      close: () => popup.close(),
    };
  },
  async pressAndClose(tab) {
    const popup = await session().ff.openPopupFor(tab);
    const press = () =>
      popup.evaluate(() => {
        const button = document.querySelector('.complete-timeline button.primary') as HTMLButtonElement | null;
        button?.click();
        return Boolean(button);
      });
    await expect.poll(press, { timeout: 15_000, interval: 200 }).toBe(true);
    await popup.close();
  },
  stories: async () => (await status()).stories,
  async entries() {
    const { text } = (await session().ff.sendMessage({ type: 'timeline:export', format: 'json' })) as { text: string };
    return JSON.parse(text).entries as TimelineEntry[];
  },
  closeTab: (tab) => tab.close(),
};

describe('Firefox: Compléter la chronologie', () => {
  it('adds the stories of both listing pages of the article’s partner, once', async () => {
    const sample = session().srv.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn');
    if (!sample) throw new Error('sample 001 missing');
    await completesOnce(firefoxDriver, sample, 'KH', join(SHOTS, 'complete-timeline-firefox.png'));
  });

  it('goes on with the popup closed, storing both pages of the partner’s listing', async () => {
    const sample = session().srv.pages.find((p) => p.file.startsWith('002_') && p.host === 'lecourrier.vn');
    if (!sample) throw new Error('sample 002 missing');
    await survivesPopupClose(firefoxDriver, sample, 'CN');
  });

  for (const probe of PROBES) {
    it(`reports the "${probe.kind}" tag listing and stores nothing`, () => reportsProbe(firefoxDriver, probe));
  }
});
