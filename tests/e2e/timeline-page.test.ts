// The timeline page, in both browsers: two corpus pages read, then timeline.html draws one lane
// per partner with a mark (or a bin count) per stored story, each mark named by its title and
// date; Tab reaches a lane, arrows move along and across lanes, Enter opens the story in a new
// tab; zoom is kept in the address; the view exports as SVG and PNG; a partner in the address
// shows that lane only. Build first: npx wxt build (and -b firefox).
// Screenshots: test-output/e2e/<browser>-timeline-page.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TimelineEntry, timelineToJson } from '../../lib/timeline';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { generatedEntries } from '../support/generated';
import { BROWSERS, type DriverPage, type ExtensionApi, type ExtensionDriver, launch } from './driver';
import { checkChart, readChart } from './timeline-page-probes';

const poll = { timeout: 15_000, interval: 100 };

const ready = (page: DriverPage) =>
  expect.poll(() => page.evaluate(() => document.documentElement.dataset.timeline, null), poll).toBe('ready');

/**
 * Clicks an export button and returns the file the page handed to the browser to save (the
 * Blob URL and name of its <a download>), read in the page. The download itself is not let
 * through: neither driver can collect a file saved by Firefox, and this checks the same thing
 * in both browsers — what the reader would get.
 */
async function exported(page: DriverPage, selector: string): Promise<{ name: string; bytes: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { savedFile?: Promise<{ name: string; bytes: number[] }> };
    w.savedFile = undefined;
    HTMLAnchorElement.prototype.click = function saved(this: HTMLAnchorElement) {
      const { href, download } = this;
      w.savedFile = fetch(href)
        .then((r) => r.arrayBuffer())
        .then((b) => ({ name: download, bytes: [...new Uint8Array(b)] }));
    };
  }, null);
  await page.click(selector);
  await expect
    .poll(
      () =>
        page.evaluate(() => 'savedFile' in window && (window as { savedFile?: unknown }).savedFile !== undefined, null),
      poll,
    )
    .toBe(true);
  return page.evaluate(
    () => (window as unknown as { savedFile: Promise<{ name: string; bytes: number[] }> }).savedFile,
    null,
  );
}

describe.each(BROWSERS)('%s: the timeline page', (name) => {
  let server: CorpusServer;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    server = await startCorpusServer();
    driver = await launch(name, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('draws a lane per partner and a mark or bin count per stored story; keyboard, Enter, zoom, export, a bookmarked view', async () => {
    const visits = [
      server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      server.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
    ];
    for (const [i, sample] of visits.entries()) {
      if (!sample) throw new Error('sample page missing');
      await driver.open(driver.address(sample.host, sample.path));
      await expect
        .poll(async () => ((await driver.send({ type: 'store:status' })) as { pages: number }).pages, poll)
        .toBe(i + 1);
    }
    const { text } = (await driver.send({ type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(stored.length).toBeGreaterThan(5);

    const page = await driver.openExtensionPage('timeline.html');
    await ready(page);
    const seen = await page.evaluate(readChart, null);
    expect(checkChart(seen, stored)).toEqual([]);
    expect(seen.some((l) => l.marks.length > 0)).toBe(true);
    // each mark is a link for assistive technology, named by its story's title (checkChart)
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll('.tl-mark')].every((m) => m.getAttribute('role') === 'link'),
        null,
      ),
    ).toBe(true);
    await page.screenshot('timeline-page', true);

    // keyboard: Tab from the toolbar reaches the first lane's tab stop (its card shows); the
    // right arrow moves along the lane, the down arrow to the next lane
    await page.evaluate(() => (document.querySelector('[data-export="png"]') as HTMLElement).focus(), null);
    await page.press('Tab');
    const focused = () =>
      page.evaluate(
        () => ({
          key: document.activeElement?.getAttribute('data-key') ?? null,
          lane: document.activeElement?.closest('.tl-lane')?.getAttribute('data-partner') ?? null,
        }),
        null,
      );
    await expect.poll(focused, poll).toMatchObject({ lane: seen[0]?.partner });
    await expect.poll(() => page.count('#tl-card'), poll).toBe(1);
    const before = await focused();
    if ((seen[0]?.marks.length ?? 0) + (seen[0]?.bins.length ?? 0) > 1) {
      await page.press('ArrowRight');
      await expect.poll(async () => (await focused()).key, poll).not.toBe(before.key);
    }
    if (seen.length > 1) {
      await page.press('ArrowDown');
      await expect.poll(async () => (await focused()).lane, poll).toBe(seen[1]?.partner);
    }

    // Enter on a mark opens its story in a new tab (the story's https address is not served
    // here: the extension is asked which tabs exist and what they were opened on)
    const lane = seen.find((l) => l.marks.length >= 1);
    const mark = `.tl-lane[data-partner="${lane?.partner}"] .tl-mark`;
    const id = await page.attribute(mark, 'data-id');
    const url = stored.find((e) => e.id === id)?.url;
    expect(url).toMatch(/^https?:\/\//);
    await page.evaluate((s) => (document.querySelector(s) as SVGElement).focus(), mark);
    await page.press('Enter');
    const tabUrls = () =>
      driver.inExtension(async () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        const api = (g.browser ?? g.chrome) as unknown as {
          tabs: { query: (q: object) => Promise<{ url?: string; pendingUrl?: string }[]> };
        };
        return (await api.tabs.query({})).flatMap((t) => [t.url ?? '', t.pendingUrl ?? '']);
      }, null);
    await expect.poll(tabUrls, poll).toContain(url);

    // zoom in twice: a narrower window each time, kept in the address
    const span = () => {
      const u = new URL(page.url());
      return Date.parse(u.searchParams.get('to') ?? '') - Date.parse(u.searchParams.get('from') ?? '');
    };
    await page.click('[data-action="zoom-in"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), poll).not.toBeNull();
    const first = span();
    await page.click('[data-action="zoom-in"]');
    await expect.poll(span, poll).toBeLessThan(first);

    // export: the view as an SVG file, and as PNG (the SVG drawn on a canvas)
    const svg = await exported(page, '[data-export="svg"]');
    expect(svg.name).toMatch(/^vna-lens-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = new TextDecoder().decode(new Uint8Array(svg.bytes));
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText).toContain('tl-lane');
    const png = await exported(page, '[data-export="png"]');
    expect(png.name).toMatch(/\.png$/);
    expect(Buffer.from(png.bytes).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5_000);
    await page.close();

    // a bookmarked view: one partner's lane only, the filter showing it
    const partner = seen[0]?.partner ?? '';
    const filtered = await driver.openExtensionPage(`timeline.html?partner=${partner}`);
    await ready(filtered);
    expect((await filtered.evaluate(readChart, null)).map((l) => l.partner)).toEqual([partner]);
    expect(
      await filtered.evaluate(
        () => (document.querySelector('select[name="partner"]') as HTMLSelectElement).value,
        null,
      ),
    ).toBe(partner);
    await filtered.close();
  });

  it('with 2,000 stories: a bounded set of focusable items, and fast arrow presses move one item each', async () => {
    const res = (await driver.send({
      type: 'timeline:import',
      text: timelineToJson(generatedEntries(2000), '2026-01-01T00:00:00.000Z'),
    })) as { imported: number };
    expect(res.imported).toBe(2000);
    const page = await driver.openExtensionPage('timeline.html');
    await ready(page);
    const chart = () =>
      page.evaluate(
        () => ({
          key: document.activeElement?.getAttribute('data-key') ?? null,
          lanes: document.querySelectorAll('.tl-lane').length,
          focusable: document.querySelectorAll('.tl-item').length,
          stops: document.querySelectorAll('.tl-item[tabindex="0"]').length,
        }),
        null,
      );
    const start = await chart();
    expect(start.stops).toBe(start.lanes);
    expect(start.focusable).toBeLessThanOrEqual(start.lanes * 9);

    // the first lane's items, one press at a time (each waited for) …
    await page.evaluate(() => (document.querySelector('[data-export="png"]') as HTMLElement).focus(), null);
    await page.press('Tab');
    await expect.poll(async () => (await chart()).key, poll).not.toBeNull();
    const first = (await chart()).key;
    const keys: (string | null)[] = [first];
    for (let i = 0; i < 12; i++) {
      await page.press('ArrowRight');
      await expect.poll(async () => (await chart()).key, poll).not.toBe(keys.at(-1));
      keys.push((await chart()).key);
    }
    expect(new Set(keys).size).toBe(13);
    // … then from the first again, pressed as fast as the driver can: the same item at the end
    await page.press('Home');
    await expect.poll(async () => (await chart()).key, poll).toBe(first);
    for (let i = 0; i < 12; i++) await page.press('ArrowRight');
    await expect.poll(async () => (await chart()).key, poll).toBe(keys[12]);
    expect((await chart()).focusable).toBeLessThanOrEqual(start.lanes * 9);

    // a wheel turn over the chart zooms in around the pointer (a narrower window in the address)
    const span = () => {
      const u = new URL(page.url());
      return Date.parse(u.searchParams.get('to') ?? '') - Date.parse(u.searchParams.get('from') ?? '');
    };
    await page.evaluate(() => {
      const svg = document.querySelector('svg.tl-chart') as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      for (let i = 0; i < 3; i++)
        svg.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -100,
            clientX: box.left + box.width * 0.6,
            clientY: box.top + 60,
            bubbles: true,
            cancelable: true,
          }),
        );
    }, null);
    await expect.poll(span, poll).toBeGreaterThan(0);
    await expect.poll(span, poll).toBeLessThan(12 * 365 * 86_400_000);
    await page.close();
  });
});
