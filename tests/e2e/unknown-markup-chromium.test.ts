// A corpus page as a redesign could serve it (tests/support/markup-mutator.ts: every class and id
// gone, wrappers, headings, captions, feed and sidebar changed), in Chromium with the built
// extension: the names are highlighted, the feed's stories reach the timeline, and the options
// page lists the page as layout drift. Build first: npx wxt build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';
import { type ChromiumSession, extensionPage, launchChromium, sendMessageFrom } from '../../scripts/browsers/chromium';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { mutate } from '../support/markup-mutator';
import { loadCorpus } from '../unit/helpers';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const PATH = '/redesign/vietnam-et-cambodge-renforcent-la-cooperation-post84512.vnp';
const URL = `http://fr.vietnamplus.vn${PATH}`;

let server: CorpusServer;
let browser: ChromiumSession;
let helper: Page;
let html = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const page = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
  if (!page) throw new Error('no corpus page');
  html = mutate(page.html, URL, 'all-at-once', 11);
  server = await startCorpusServer();
  server.add('fr.vietnamplus.vn', PATH, html);
  browser = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
  helper = await extensionPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium: a VNA page in markup VNA Lens has never seen', () => {
  it('highlights the names and puts the feed in the timeline', async () => {
    const expected = analysePage(parseHtml(html, URL), URL);
    const feedTitles = expected.stories.filter((s) => s.origin === 'feed').map((s) => s.title);
    expect(feedTitles.length).toBeGreaterThanOrEqual(5);
    const page = await browser.context.newPage();
    await page.goto(URL);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('mark.vna-lens-mark').length), { timeout: 15_000 })
      .toBeGreaterThan(10);
    expect(await page.locator('mark.vna-lens-mark', { hasText: 'Sar Kheng' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'unknown-markup-chromium.png') });

    await expect
      .poll(async () => ((await sendMessageFrom(helper, { type: 'store:status' })) as { pages: number }).pages, {
        timeout: 15_000,
      })
      .toBe(1);
    const { text } = (await sendMessageFrom(helper, { type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    // the stories the same page gives in Node, merged as the store merges them (two teasers of
    // this feed share one story number)
    const want = mergeEntries([], entriesFromAnalysis(expected, 0));
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(want.map((e) => e.id)));
    expect(want.filter((e) => e.origin === 'feed').length).toBeGreaterThanOrEqual(5);

    const { reports } = (await sendMessageFrom(helper, { type: 'drift:list' })) as { reports: { url: string }[] };
    expect(reports.map((r) => r.url)).toContain(URL);
  });
});
