// The timeline page in Chromium: two corpus pages read, then timeline.html draws one lane per
// partner with a mark (or a bin count) per stored story, each mark named by its title and date;
// keyboard, zoom, filters in the address, Enter opening the story, SVG export.
// Build first: npx wxt build. Screenshot: test-output/e2e/timeline-page-chromium.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import { type ChromiumSession, extensionPage, launchChromium, sendMessageFrom } from '../../scripts/browsers/chromium';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { checkChart, readChart } from './timeline-page-probes';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let server: CorpusServer;
let browser: ChromiumSession;
let helper: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  browser = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
  helper = await extensionPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ready = (page: Page) =>
  expect.poll(() => page.evaluate(() => document.documentElement.dataset.timeline), { timeout: 15_000 }).toBe('ready');

describe('Chromium: the timeline page', () => {
  it('draws a lane per partner and a mark or bin count per stored story, named by its title', async () => {
    const visits = [
      server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      server.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
    ];
    for (const [i, sample] of visits.entries()) {
      if (!sample) throw new Error('sample page missing');
      const tab = await browser.context.newPage();
      await tab.goto(sample.url.replace(/^https:/, 'http:'));
      await expect
        .poll(async () => ((await sendMessageFrom(helper, { type: 'store:status' })) as { pages: number }).pages, {
          timeout: 15_000,
        })
        .toBe(i + 1);
    }
    const { text } = (await sendMessageFrom(helper, { type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(stored.length).toBeGreaterThan(5);

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/timeline.html`);
    await ready(page);
    const seen = await page.evaluate(readChart);
    expect(checkChart(seen, stored)).toEqual([]);
    expect(seen.some((l) => l.marks.length > 0)).toBe(true);
    // the accessible name, as the browser exposes it
    const mark = seen.flatMap((l) => l.marks)[0];
    const title = stored.find((e) => e.id === mark?.id)?.title ?? '';
    expect(await page.getByRole('link', { name: title }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'timeline-page-chromium.png'), fullPage: true });

    // keyboard: the lane's tab stop, the next story, its card; Enter opens it in a new tab
    const lane = seen.find((l) => l.marks.length >= 1);
    const first = page.locator(`.tl-lane[data-partner="${lane?.partner}"] .tl-item[tabindex="0"]`);
    await first.focus();
    await page.locator('#tl-card').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    const before = await focused();
    const items = await page.locator(`.tl-lane[data-partner="${lane?.partner}"] .tl-item`).count();
    if (items > 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focused).not.toBe(before);
    }
    const markInLane = page.locator(`.tl-lane[data-partner="${lane?.partner}"] .tl-mark`).first();
    const id = await markInLane.getAttribute('data-id');
    const url = stored.find((e) => e.id === id)?.url;
    await markInLane.focus();
    const opened = browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const tab = await opened;
    // (the story's https address is not served here: the tab is asked what it was opened on)
    const tabUrls = () =>
      helper.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { tabs: { query: (q: object) => Promise<{ url?: string; pendingUrl?: string }[]> } };
          }
        ).chrome;
        return (await api.tabs.query({})).flatMap((t) => [t.url ?? '', t.pendingUrl ?? '']);
      });
    await expect.poll(tabUrls).toContain(url);
    await tab.close();

    // zoom in: a narrower window, kept in the address
    await page.locator('[data-action="zoom-in"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
    const zoomed = new URL(page.url());
    const span = Date.parse(zoomed.searchParams.get('to') ?? '') - Date.parse(zoomed.searchParams.get('from') ?? '');
    await page.locator('[data-action="zoom-in"]').click();
    await expect
      .poll(() => {
        const u = new URL(page.url());
        return Date.parse(u.searchParams.get('to') ?? '') - Date.parse(u.searchParams.get('from') ?? '');
      })
      .toBeLessThan(span);

    // export: the view as an SVG file
    const download = page.waitForEvent('download');
    await page.locator('[data-export="svg"]').click();
    const file = await (await download).path();
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('tl-lane');
    // and as PNG (the SVG drawn on a canvas)
    const pngDownload = page.waitForEvent('download');
    await page.locator('[data-export="png"]').click();
    const png = readFileSync(await (await pngDownload).path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    await page.close();

    // a bookmarked view: one partner's lane only
    const partner = seen[0]?.partner ?? '';
    const filtered = await browser.context.newPage();
    await filtered.goto(`chrome-extension://${browser.extensionId}/timeline.html?partner=${partner}`);
    await ready(filtered);
    const only = await filtered.evaluate(readChart);
    expect(only.map((l) => l.partner)).toEqual([partner]);
    expect(await filtered.locator('select[name="partner"]').inputValue()).toBe(partner);
    await filtered.close();
  });
});
