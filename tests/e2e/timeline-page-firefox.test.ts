// The timeline page in Firefox (event page background): two corpus pages read, then
// timeline.html draws one lane per partner with a mark (or a bin count) per stored story, each
// mark named by its title and date; arrow keys move between marks, zoom is kept in the address,
// a partner in the address shows that lane only. Build first: npx wxt build -b firefox.
// Screenshot: test-output/e2e/timeline-page-firefox.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import { type FirefoxSession, launchFirefox } from '../../scripts/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { checkChart, readChart } from './timeline-page-probes';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let server: CorpusServer | undefined;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  firefox = await launchFirefox({ port: server.port, hosts: SERVED_HOSTS });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const ready = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.timeline), { timeout: 15_000, interval: 100 })
    .toBe('ready');

describe('Firefox: the timeline page', () => {
  it('draws a lane per partner and a mark or bin count per stored story, named by its title', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    const ff = firefox;
    const srv = server;
    const visits = [
      srv.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      srv.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
    ];
    for (const [i, sample] of visits.entries()) {
      if (!sample) throw new Error('sample page missing');
      const tab = await ff.browser.newPage();
      await tab.goto(`http://${sample.host}:${srv.port}${sample.path}`);
      await expect
        .poll(async () => ((await ff.sendMessage({ type: 'store:status' })) as { pages: number }).pages, {
          timeout: 15_000,
          interval: 200,
        })
        .toBe(i + 1);
    }
    const { text } = (await ff.sendMessage({ type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(stored.length).toBeGreaterThan(5);

    const page = await ff.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await ff.gotoExtensionPage(page, `${ff.extensionBaseUrl}timeline.html`);
    await ready(page);
    const seen = await page.evaluate(readChart);
    expect(checkChart(seen, stored)).toEqual([]);
    expect(seen.some((l) => l.marks.length > 0)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'timeline-page-firefox.png'), fullPage: true });

    // keyboard: Tab from the toolbar reaches the first lane's tab stop (its card shows); the
    // right arrow moves along the lane, the down arrow to the next lane
    await page.focus('[data-export="png"]');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => ({
        key: document.activeElement?.getAttribute('data-key') ?? null,
        lane: document.activeElement?.closest('.tl-lane')?.getAttribute('data-partner') ?? null,
      }));
    await expect.poll(focused, { timeout: 5_000, interval: 100 }).toMatchObject({ lane: seen[0]?.partner });
    await page.waitForSelector('#tl-card');
    const before = await focused();
    if ((seen[0]?.marks.length ?? 0) + (seen[0]?.bins.length ?? 0) > 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await focused()).key, { timeout: 5_000, interval: 100 }).not.toBe(before.key);
    }
    if (seen.length > 1) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await focused()).lane, { timeout: 5_000, interval: 100 }).toBe(seen[1]?.partner);
    }

    // zoom in: the window is kept in the address
    await page.click('[data-action="zoom-in"]');
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('from')), {
        timeout: 5_000,
        interval: 100,
      })
      .not.toBeNull();
    await page.close();

    // a bookmarked view: one partner's lane only
    const partner = seen[0]?.partner ?? '';
    const filtered = await ff.browser.newPage();
    await ff.gotoExtensionPage(filtered, `${ff.extensionBaseUrl}timeline.html?partner=${partner}`);
    await ready(filtered);
    expect((await filtered.evaluate(readChart)).map((l) => l.partner)).toEqual([partner]);
    await filtered.close();
  });
});
