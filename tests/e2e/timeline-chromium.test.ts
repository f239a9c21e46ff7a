// The reader's timeline in Chromium: three corpus pages visited in one profile (the MV3 service
// worker stopped between visits), then the popup of the last one: merged, deduplicated stories,
// same partner first, newest first, the current story marked, partner filter, export.
// Build first: npx wxt build. Screenshot: test-output/e2e/timeline-chromium.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';
import {
  type ChromiumSession,
  extensionPage,
  launchChromium,
  openPopupForTab,
  sendMessageFrom,
  stopServiceWorkers,
} from '../support/browsers/chromium';
import { type CorpusServer, PAGES_DIR, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';

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

const httpUrl = (url: string) => url.replace(/^https:/, 'http:');
type Status = { pages: number; stories: number; problems: string[] };

describe('Chromium: the timeline store and the popup', () => {
  it('keeps every story of three visits once, across service worker stops, and shows them', async () => {
    // three pages of the two sites with overlapping feeds
    const visits = [
      server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      server.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
      server.pages.find((p) => p.file.startsWith('002_') && p.host === 'fr.vietnamplus.vn'),
    ];
    if (visits.some((v) => !v)) throw new Error('sample pages missing');
    const tabs: Page[] = [];
    for (const [i, sample] of visits.entries()) {
      if (!sample) continue;
      const page = await browser.context.newPage();
      await page.goto(httpUrl(sample.url));
      tabs.push(page);
      await expect
        .poll(async () => ((await sendMessageFrom(helper, { type: 'store:status' })) as Status).pages, {
          timeout: 15_000,
        })
        .toBe(i + 1);
      // the browser may stop the worker at any moment: do it between the visits
      if (i < visits.length - 1) await stopServiceWorkers(browser.context, page);
    }

    // what the same three pages give in Node, merged by the pure model
    let expected: TimelineEntry[] = [];
    visits.forEach((sample, i) => {
      if (!sample) return;
      const html = readFileSync(join(PAGES_DIR, sample.file), 'utf8');
      const url = httpUrl(sample.url);
      expected = mergeEntries(expected, entriesFromAnalysis(analysePage(parseHtml(html, url), url), i));
    });

    const status = (await sendMessageFrom(helper, { type: 'store:status' })) as Status;
    expect(status.problems).toEqual([]);
    expect(status.stories).toBe(expected.length);
    const { text } = (await sendMessageFrom(helper, { type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(expected.map((e) => e.id)));
    const urlKeys = stored.flatMap((e) => e.keys.filter((k) => k.startsWith('url:')));
    expect(new Set(urlKeys).size).toBe(urlKeys.length); // no story twice

    // the popup of the last page
    const last = tabs[tabs.length - 1] as Page;
    const popup = await openPopupForTab(browser, last, helper);
    await popup.locator('.timeline[data-state="ready"]').waitFor({ timeout: 15_000 });
    const current = expected.find((e) => e.origin === 'article' && e.seenOn.some((s) => s.includes('post')));
    void current;
    const lastAnalysis = analysePage(
      parseHtml(readFileSync(join(PAGES_DIR, (visits[2] as { file: string }).file), 'utf8'), httpUrl(last.url())),
      httpUrl(last.url()),
    );
    const article = lastAnalysis.stories.find((s) => s.origin === 'article');
    expect(await popup.locator('.article-title').textContent()).toBe(lastAnalysis.article?.title);

    // same partner first
    const groups = await popup
      .locator('.partner-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-partner')));
    expect(groups.length).toBeGreaterThan(0);
    expect(article?.partners.length ? article.partners : ['-']).toContain(groups[0]);
    // the current story is marked, in its group
    const first = popup.locator('.partner-group').first();
    await expect.poll(() => first.locator('.entry.current').count()).toBe(1);
    // newest first inside each group
    for (const g of await popup.locator('.partner-group').all()) {
      const days = await g.locator('.entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-day') ?? ''));
      expect(days).toEqual([...days].sort().reverse());
    }
    // every entry with a URL opens it in a new tab
    const targets = await popup.locator('.entry-link').evaluateAll((els) => els.map((e) => e.getAttribute('target')));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t === '_blank')).toBe(true);

    await popup.screenshot({ path: join(SHOTS, 'timeline-chromium.png'), fullPage: true });

    // a partner filter: only that partner's stories
    const chip = popup.locator('.partner-filter .chip[data-partner]:not([data-partner=""])').nth(1);
    const partner = (await chip.getAttribute('data-partner')) as string;
    const count = Number(await chip.locator('.count').textContent());
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => popup.locator('.partner-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-partner'))))
      .toEqual([partner]);
    const shown = popup.locator('.partner-group .entry');
    expect(await shown.count()).toBe(Math.min(count, 10));
    const want = stored.filter((e) => (partner === '-' ? e.partners.length === 0 : e.partners.includes(partner)));
    expect(count).toBe(want.length);
    await popup.screenshot({ path: join(SHOTS, 'timeline-chromium-filtered.png'), fullPage: true });

    // the free-text filter
    await chip.click(); // off again
    const word = 'Cambodge';
    await popup.locator('input[name="text"]').fill(word);
    const byText = stored.filter((e) => `${e.title}\n${e.summary ?? ''}`.toLowerCase().includes(word.toLowerCase()));
    await expect.poll(() => popup.locator('.timeline h2 .count').textContent()).toContain(String(byText.length));

    // keyboard: the filters and entries are reachable with Tab
    await popup.locator('input[name="text"]').fill('');
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).not.toBe('');
    await popup.close();
    for (const page of tabs) await page.close();
  });
});
