// Names highlighted in the page by the built extension (Chromium): the card on hover and on
// keyboard focus, Escape, turning highlighting off (the DOM exactly as before), nothing exposed
// to page scripts, and a hostile page. Build first: npx wxt build. Screenshots: test-output/e2e/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { type ChromiumSession, closedShadowText, launchChromium } from '../support/browsers/chromium';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';
import { loadCorpus } from '../unit/helpers';
import { expectedMarks, LAST_PARAGRAPH_START, LONG_HOST, LONG_HTML, LONG_PARAGRAPHS, LONG_PATH } from './long-article';
import { bodyParagraph, countMarks, isCardShown, whatPageScriptsSee } from './page-probes';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const CARD = 'vna-lens-card-';

let server: CorpusServer;
let browser: ChromiumSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCorpusServer();
  browser = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setHighlight = (on: boolean) =>
  browser.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ settings: { highlight: value } });
  }, on);

const markCount = (page: Page) => page.evaluate(countMarks);
const cardShown = (page: Page) => page.evaluate(isCardShown, CARD);

function sample() {
  const served = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
  const corpus = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
  if (!served || !corpus) throw new Error('sample page missing');
  return { url: `http://${served.host}:${server.port}${served.path}`, corpus };
}

describe('Chromium: names in the page', () => {
  it('hover and keyboard focus show the card; Escape closes it; page scripts see nothing', async () => {
    const { url } = sample();
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(40);

    const sar = page.locator('mark.vna-lens-mark', { hasText: 'Sar Kheng' }).first();
    await sar.scrollIntoViewIfNeeded();
    await sar.hover();
    await expect.poll(() => cardShown(page)).toBe(true);
    const hovered = await closedShadowText(page, CARD);
    expect(hovered).toContain('Sar Kheng');
    expect(hovered).toContain('vice-Premier ministre et ministre de l');
    expect(hovered).toContain('au paragraphe 6');
    expect(hovered).toContain('Cambodge');
    expect(hovered).toContain('1 mention sur cette page');
    await page.screenshot({ path: join(SHOTS, 'highlight-card-chromium.png') });

    // the mark is described by the card (WAI-ARIA tooltip pattern)
    const described = await sar.getAttribute('aria-describedby');
    expect(described).toMatch(/^vna-lens-card-/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);
    expect(await sar.getAttribute('aria-describedby')).toBeNull();

    // keyboard: Tab until the name takes focus → the same card
    await page.mouse.move(0, 0);
    await page.locator('h1').first().click();
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await sar.evaluate((el) => document.activeElement === el);
    }
    expect(reached).toBe(true);
    await expect.poll(() => cardShown(page)).toBe(true);
    expect(await closedShadowText(page, CARD)).toContain('vice-Premier ministre et ministre de l');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);

    // an entity with other spellings shows them
    const analysis = analysePage(parseHtml(sample().corpus.html, sample().corpus.url), sample().corpus.url);
    const withAliases = analysis.entities.find(
      (e) => e.aliases.some((a) => a !== e.name) && e.mentions.some((m) => m.in === 'paragraph'),
    );
    if (withAliases) {
      const m = withAliases.mentions.find((x) => x.in === 'paragraph');
      const mark = page.locator('.article__body mark.vna-lens-mark', { hasText: m?.text ?? '' }).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect.poll(() => cardShown(page)).toBe(true);
      await expect.poll(() => closedShadowText(page, CARD)).toContain('Autres graphies');
      const text = (await closedShadowText(page, CARD)) ?? '';
      for (const a of withAliases.aliases.filter((x) => x !== withAliases.name)) expect(text).toContain(a);
      await page.keyboard.press('Escape');
    }

    // page scripts (main world) see no globals, no data attributes, and a closed shadow root
    const exposed = await page.evaluate(whatPageScriptsSee, CARD);
    expect(exposed.globals).toEqual([]);
    expect(exposed.shadowRoot).toBeNull();
    expect(exposed.attrs.every((a) => a === 'class' || a === 'tabindex')).toBe(true);
    expect(exposed.classes.every((c) => /^vna-lens-(mark|person|organization|place|country)$/.test(c))).toBe(true);
    expect(exposed.hostAttrs).toEqual(['id', 'style']);
    await page.close();
  });

  it('turning highlighting off restores the page exactly, and on again highlights it', async () => {
    const { url } = sample();
    await setHighlight(false);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500); // the content script has run, highlighting nothing
    expect(await markCount(page)).toBe(0);
    const html = () => page.evaluate(() => document.documentElement.outerHTML);
    const textNodes = () =>
      page.evaluate(() => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (w.nextNode()) n++;
        return n;
      });
    const before = await html();
    const nodesBefore = await textNodes();
    await setHighlight(true);
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(40);
    expect(await html()).not.toBe(before);
    await setHighlight(false);
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(0);
    expect(await html()).toBe(before);
    expect(await textNodes()).toBe(nodesBefore);
    await setHighlight(true);
    await page.close();
  });

  it('a hostile page: markup in names is shown as text, nothing runs', async () => {
    const fill = ' Les deux parties ont discuté de la coopération dans la garantie de la sécurité et de l’ordre.';
    const evil = '&lt;img src=x onerror="window.__pwned=1"&gt;';
    server.add(
      'fr.vietnamplus.vn',
      '/hostile-post999.vnp',
      `<!doctype html><html lang="fr"><head><title>Hostile</title></head><body>
      <article><h1 class="article__title">Sar Kheng ${evil} reçoit Hun Sen</h1>
      <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng ${evil} a reçu M. Jean &lt;script&gt;window.__pwned=2&lt;/script&gt; Dupont.</div>
      <div class="article__body"><p>Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu ${evil} Hun Sen.${fill}</p>
      <p title="${'x'.repeat(100_000)}">Sar Kheng "&gt;&lt;svg onload=window.__pwned=3&gt; a remercié M. Hun Sen.${fill}</p></div></article>
      <script>window.__before = Object.keys(window).length;</script></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(`http://fr.vietnamplus.vn:${server.port}/hostile-post999.vnp`);
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(2);
    const mark = page.locator('mark.vna-lens-mark', { hasText: 'Sar Kheng' }).first();
    await mark.hover();
    await expect.poll(() => cardShown(page)).toBe(true);
    await page.waitForTimeout(400);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      images: document.querySelectorAll('img, svg').length,
      markChildren: [...document.querySelectorAll('mark.vna-lens-mark')].some((m) => m.children.length > 0),
    }));
    expect(state).toEqual({ pwned: null, images: 0, markChildren: false });
    expect(await closedShadowText(page, CARD)).toContain('Sar Kheng');
    await page.screenshot({ path: join(SHOTS, 'highlight-hostile-chromium.png') });
    await page.close();
  });
});

describe('Chromium: a very long article', () => {
  it('is analysed and highlighted to its last paragraph (the part Readability is not given included)', async () => {
    server.add(LONG_HOST, LONG_PATH, LONG_HTML);
    const url = `http://${LONG_HOST}:${server.port}${LONG_PATH}`;
    const expected = expectedMarks(url);
    expect(expected).toBeGreaterThan(5 * LONG_PARAGRAPHS);
    const page = await browser.context.newPage();
    try {
      await page.goto(url);
      await expect.poll(() => markCount(page), { timeout: 60_000 }).toBe(expected);
      const last = await page.evaluate(bodyParagraph, LONG_PARAGRAPHS - 1);
      expect(last?.marks).toBe(5);
      expect(last?.text).toContain(LAST_PARAGRAPH_START);
    } finally {
      await page.close();
    }
  }, 90_000);
});
