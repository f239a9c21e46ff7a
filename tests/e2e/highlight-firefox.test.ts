// Names highlighted in the page by the built extension in Firefox ESR (puppeteer-core over
// WebDriver BiDi): the same checks as highlight-chromium.test.ts where Firefox allows them —
// marks only in the article and its teasers, the card on hover and on keyboard focus, Escape,
// turning highlighting off (the DOM exactly as before), nothing exposed to page scripts.
// Build first: npx wxt build -b firefox. Screenshots: test-output/e2e/.
//
// The card lives in a CLOSED shadow root. Page scripts cannot read it (host.shadowRoot is null,
// checked below); the test reads it over BiDi (script.callFunction with includeShadowTree: 'all'
// hands the closed root out as a node reference: closedShadowText in tests/support/browsers/firefox.ts).
// It also checks from the main world that the card is really painted where expected:
// elementFromPoint next to the name hits the card host (hits inside a shadow tree are retargeted
// to its host), since the host itself is a 0×0 fixed box and its content is out of reach.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedShadowText, type FirefoxSession, launchFirefox } from '../support/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';
import { expectedMarks, LAST_PARAGRAPH_START, LONG_HOST, LONG_HTML, LONG_PARAGRAPHS, LONG_PATH } from './long-article';
import { bodyParagraph, countMarks, isCardShown, whatPageScriptsSee } from './page-probes';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const CARD = 'vna-lens-card-';
/** where names may be marked on a current VietnamPlus page: title, lead, body, "Voir plus" teasers */
const REGIONS =
  'h1.article__title, .article__sapo, .article__body, .content-list[data-source^="recommendation"] .story';

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

const session = () => {
  if (!firefox || !server) throw new Error('setup failed');
  return { firefox, server };
};

/** The options page writes settings to storage.local; the content script follows storage.onChanged. */
const setHighlight = (on: boolean) =>
  session().firefox.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser: { storage: { local: { set: (v: object) => Promise<void> } } } })
      .browser;
    await api.storage.local.set({ settings: { highlight: value } });
  }, on);

const markCount = (page: Page) => page.evaluate(countMarks);
const cardShown = (page: Page) => page.evaluate(isCardShown, CARD);
const cardText = (page: Page) => closedShadowText(session().firefox.browser, page, CARD);

/** From the main world: is the card painted just below (or, flipped, just above) `mark`? */
const cardNextTo = (mark: ElementHandle<Element>) =>
  mark.evaluate((el, prefix) => {
    const host = document.querySelector(`[id^="${prefix}"]`);
    const r = el.getBoundingClientRect();
    const x = r.left + 12;
    const below = document.elementFromPoint(x, r.bottom + 24);
    const above = document.elementFromPoint(x, r.top - 24);
    return host !== null && (below === host || above === host);
  }, CARD);

function sampleUrl(): string {
  const { server: s } = session();
  const served = s.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
  if (!served) throw new Error('sample page missing');
  return `http://${served.host}:${s.port}${served.path}`;
}

async function markNamed(page: Page, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (n) => [...document.querySelectorAll('mark.vna-lens-mark')].find((m) => m.textContent === n) ?? null,
    name,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no mark for ${name}`);
  return el;
}

describe('Firefox: names in the page', () => {
  it('marks only in the article and teasers; hover and keyboard focus show the card; Escape closes it', async () => {
    const page = await session().firefox.browser.newPage();
    await page.goto(sampleUrl());
    await expect.poll(() => markCount(page), { timeout: 15_000, interval: 200 }).toBeGreaterThan(40);

    // every mark sits in the title, the lead, the body or a teaser of the feed
    const outside = await page.evaluate(
      (regions) =>
        [...document.querySelectorAll('mark.vna-lens-mark')]
          .filter((m) => !m.closest(regions) || m.closest('.sidebar-right, header, footer, nav'))
          .map((m) => m.textContent),
      REGIONS,
    );
    expect(outside).toEqual([]);
    const inFeed = await page.evaluate(
      () => document.querySelectorAll('.content-list[data-source^="recommendation"] mark.vna-lens-mark').length,
    );
    expect(inFeed).toBeGreaterThan(0);

    // hover
    const sar = await markNamed(page, 'Sar Kheng');
    await sar.hover();
    await expect.poll(() => cardShown(page), { timeout: 5_000 }).toBe(true);
    const hostId = await page.evaluate((prefix) => document.querySelector(`[id^="${prefix}"]`)?.id ?? null, CARD);
    expect(hostId).toMatch(/^vna-lens-card-/);
    expect(await sar.evaluate((el) => el.getAttribute('aria-describedby'))).toBe(hostId);
    await expect.poll(() => cardNextTo(sar), { timeout: 5_000 }).toBe(true);
    const hovered = await cardText(page);
    expect(hovered).toContain('Sar Kheng');
    expect(hovered).toContain('vice-Premier ministre et ministre de l');
    expect(hovered).toContain('au paragraphe 6');
    expect(hovered).toContain('Cambodge');
    expect(hovered).toContain('1 mention sur cette page');
    await page.screenshot({ path: join(SHOTS, 'highlight-card-firefox.png') });

    // Escape closes it and the mark is no longer described by it
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);
    expect(await sar.evaluate((el) => el.getAttribute('aria-describedby'))).toBeNull();

    // keyboard: Tab from the title until the name takes focus → the same card
    await page.mouse.move(0, 0);
    await page.click('h1.article__title');
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await sar.evaluate((el) => document.activeElement === el);
    }
    expect(reached).toBe(true);
    await expect.poll(() => cardShown(page), { timeout: 5_000 }).toBe(true);
    expect(await sar.evaluate((el) => el.getAttribute('aria-describedby'))).toBe(hostId);
    await expect.poll(() => cardNextTo(sar), { timeout: 5_000 }).toBe(true);
    expect(await cardText(page)).toContain('vice-Premier ministre et ministre de l');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);
    expect(await sar.evaluate((el) => el.getAttribute('aria-describedby'))).toBeNull();

    // focus() from a script (the same focusin path)
    await sar.evaluate((el) => (el as HTMLElement).blur());
    await sar.focus();
    await expect.poll(() => cardShown(page), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);

    // page scripts (main world) see no globals, no data attributes, and a closed shadow root
    const exposed = await page.evaluate(whatPageScriptsSee, CARD);
    expect(exposed.globals).toEqual([]);
    expect(exposed.shadowRoot).toBeNull();
    expect(exposed.attrs.every((a) => a === 'class' || a === 'tabindex')).toBe(true);
    expect(exposed.classes.every((c) => /^vna-lens-(mark|person|organization|place|country)$/.test(c))).toBe(true);
    expect(exposed.hostAttrs).toEqual(['id', 'style']);
    await sar.dispose();
    await page.close();
  });

  it('turning highlighting off restores the page exactly, and on again highlights it', async () => {
    await setHighlight(false);
    try {
      const page = await session().firefox.browser.newPage();
      await page.goto(sampleUrl());
      await new Promise((r) => setTimeout(r, 1500)); // the content script has run, highlighting nothing
      expect(await markCount(page)).toBe(0);
      const html = () =>
        page.evaluate(() => ({ body: document.body.outerHTML, all: document.documentElement.outerHTML }));
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
      await expect.poll(() => markCount(page), { timeout: 10_000, interval: 200 }).toBeGreaterThan(40);
      expect((await html()).body).not.toBe(before.body);
      await setHighlight(false);
      await expect.poll(() => markCount(page), { timeout: 10_000, interval: 200 }).toBe(0);
      const after = await html();
      expect(after.body).toBe(before.body);
      expect(after.all).toBe(before.all);
      expect(await textNodes()).toBe(nodesBefore);
      await page.close();
    } finally {
      await setHighlight(true);
    }
  });
});

describe('Firefox: a very long article', () => {
  it('is analysed and highlighted to its last paragraph (the part Readability is not given included)', async () => {
    const { firefox: ff, server: s } = session();
    s.add(LONG_HOST, LONG_PATH, LONG_HTML);
    const url = `http://${LONG_HOST}:${s.port}${LONG_PATH}`;
    const expected = expectedMarks(url);
    expect(expected).toBeGreaterThan(5 * LONG_PARAGRAPHS);
    const page = await ff.browser.newPage();
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
