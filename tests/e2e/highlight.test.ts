// Names highlighted in the page by the built extension, in both browsers: marks only in the
// article and its teasers, the card on hover and on keyboard focus (painted next to the name),
// Escape, other spellings, turning highlighting off (the DOM exactly as before), nothing exposed
// to page scripts, a hostile page, and a very long article. Screenshots: test-output/e2e/.
//
// The card lives in a CLOSED shadow root: page scripts cannot read it (checked below); the test
// reads it over the browser's protocol (DriverPage.shadowText), and checks from the main world
// that it is painted where expected: elementFromPoint next to the name hits the card host (hits
// inside a shadow tree are retargeted to its host).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { loadCorpus } from '../support/corpus';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type DriverPage, type ExtensionDriver, launch } from './driver';
import { expectedMarks, LAST_PARAGRAPH_START, LONG_HOST, LONG_HTML, LONG_PARAGRAPHS, LONG_PATH } from './long-article';
import { bodyParagraph, countMarks, isCardShown, whatPageScriptsSee } from './page-probes';

const CARD = 'vna-lens-card-';
/** where names may be marked on a current VietnamPlus page: title, lead, body, "Voir plus" teasers */
const REGIONS =
  'h1.article__title, .article__sapo, .article__body, .content-list[data-source^="recommendation"] .story';
const poll = { timeout: 10_000, interval: 100 };

const markCount = (page: DriverPage) => page.evaluate(countMarks, undefined);
const cardShown = (page: DriverPage) => page.evaluate(isCardShown, CARD);

/** In the page: the first mark reading exactly `name`, scrolled into view; its box. */
function markBox([name, within]: readonly [string, string]) {
  const mark = [...document.querySelectorAll(`${within} mark.vna-lens-mark`)].find((m) => m.textContent === name);
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center' });
  const r = mark.getBoundingClientRect();
  return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
}

/** In the page: the first mark reading `name`, and what is asked of it. */
function onMark([name, ask, prefix]: readonly [
  string,
  'focused' | 'described' | 'focus' | 'blur' | 'cardNext',
  string,
]) {
  const mark = [...document.querySelectorAll('mark.vna-lens-mark')].find((m) => m.textContent === name) as
    | HTMLElement
    | undefined;
  if (!mark) throw new Error(`no mark for ${name}`);
  if (ask === 'focused') return document.activeElement === mark;
  if (ask === 'described') return mark.getAttribute('aria-describedby');
  if (ask === 'focus') return mark.focus();
  if (ask === 'blur') return mark.blur();
  // is the card painted just below (or, flipped, just above) the mark?
  const host = document.querySelector(`[id^="${prefix}"]`);
  const r = mark.getBoundingClientRect();
  const x = r.left + 12;
  return host !== null && [r.bottom + 24, r.top - 24].some((y) => document.elementFromPoint(x, y) === host);
}

describe.each(BROWSERS)('%s: names in the page', (name) => {
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

  /** The options page writes settings to storage.local; the content script follows storage.onChanged. */
  const setHighlight = (on: boolean) =>
    driver.inExtension(async (value) => {
      const g = globalThis as unknown as Record<
        'browser' | 'chrome',
        { storage: { local: { set: (v: object) => Promise<void> } } }
      >;
      await (g.browser ?? g.chrome).storage.local.set({ settings: { highlight: value } });
    }, on);

  function sample() {
    const served = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    const corpus = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
    if (!served || !corpus) throw new Error('sample page missing');
    return { url: driver.address(served.host, served.path), corpus };
  }

  const hover = async (page: DriverPage, mark: string, within = '') => {
    const box = await page.evaluate(markBox, [mark, within] as const);
    if (!box) throw new Error(`no mark for ${mark}`);
    await page.mouse(box.x, box.y);
  };
  const ask = (page: DriverPage, mark: string, what: Parameters<typeof onMark>[0][1]) =>
    page.evaluate(onMark, [mark, what, CARD] as const);

  it('marks only in the article and teasers; hover and keyboard focus show the card; Escape closes it; page scripts see nothing', async () => {
    const page = await driver.open(sample().url);
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
    expect(await page.count('.content-list[data-source^="recommendation"] mark.vna-lens-mark')).toBeGreaterThan(0);

    // hover: the card, described by the mark (WAI-ARIA tooltip pattern), painted next to it
    await hover(page, 'Sar Kheng');
    await expect.poll(() => cardShown(page), poll).toBe(true);
    const hostId = await page.evaluate((prefix) => document.querySelector(`[id^="${prefix}"]`)?.id ?? null, CARD);
    expect(hostId).toMatch(/^vna-lens-card-/);
    expect(await ask(page, 'Sar Kheng', 'described')).toBe(hostId);
    await expect.poll(() => ask(page, 'Sar Kheng', 'cardNext'), poll).toBe(true);
    const hovered = await page.shadowText(CARD);
    expect(hovered).toContain('Sar Kheng');
    expect(hovered).toContain('vice-Premier ministre et ministre de l');
    expect(hovered).toContain('au paragraphe 6');
    expect(hovered).toContain('Cambodge');
    expect(hovered).toContain('1 mention sur cette page');
    await page.screenshot('highlight-card');

    // Escape closes it and the mark is no longer described by it
    await page.press('Escape');
    await expect.poll(() => cardShown(page), poll).toBe(false);
    expect(await ask(page, 'Sar Kheng', 'described')).toBeNull();

    // keyboard: Tab from the title until the name takes focus → the same card
    await page.mouse(0, 0);
    const title = await page.evaluate(() => {
      const h1 = document.querySelector('h1.article__title') as HTMLElement;
      h1.scrollIntoView({ block: 'center' });
      const r = h1.getBoundingClientRect();
      return { x: r.left + 2, y: r.top + r.height / 2 };
    }, null);
    await page.mouse(title.x, title.y, true);
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.press('Tab');
      reached = (await ask(page, 'Sar Kheng', 'focused')) as boolean;
    }
    expect(reached).toBe(true);
    await expect.poll(() => cardShown(page), poll).toBe(true);
    expect(await ask(page, 'Sar Kheng', 'described')).toBe(hostId);
    await expect.poll(() => ask(page, 'Sar Kheng', 'cardNext'), poll).toBe(true);
    expect(await page.shadowText(CARD)).toContain('vice-Premier ministre et ministre de l');
    await page.press('Escape');
    await expect.poll(() => cardShown(page), poll).toBe(false);
    expect(await ask(page, 'Sar Kheng', 'described')).toBeNull();

    // focus() from a script (the same focusin path)
    await ask(page, 'Sar Kheng', 'blur');
    await ask(page, 'Sar Kheng', 'focus');
    await expect.poll(() => cardShown(page), poll).toBe(true);
    await page.press('Escape');
    await expect.poll(() => cardShown(page), poll).toBe(false);

    // an entity with other spellings shows them
    const { corpus } = sample();
    const analysis = analysePage(parseHtml(corpus.html, corpus.url), corpus.url);
    const withAliases = analysis.entities.find(
      (e) => e.aliases.some((a) => a !== e.name) && e.mentions.some((m) => m.in === 'paragraph'),
    );
    if (withAliases) {
      const m = withAliases.mentions.find((x) => x.in === 'paragraph');
      await page.mouse(0, 0);
      await hover(page, m?.text ?? '', '.article__body');
      await expect.poll(() => cardShown(page), poll).toBe(true);
      await expect.poll(() => page.shadowText(CARD), poll).toContain('Autres graphies');
      const text = (await page.shadowText(CARD)) ?? '';
      for (const a of withAliases.aliases.filter((x) => x !== withAliases.name)) expect(text).toContain(a);
      await page.press('Escape');
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
    await setHighlight(false);
    try {
      const page = await driver.open(sample().url);
      await new Promise((r) => setTimeout(r, 1500)); // the content script has run, highlighting nothing
      expect(await markCount(page)).toBe(0);
      const html = () =>
        page.evaluate(() => ({ body: document.body.outerHTML, all: document.documentElement.outerHTML }), null);
      const textNodes = () =>
        page.evaluate(() => {
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let n = 0;
          while (w.nextNode()) n++;
          return n;
        }, null);
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
    const page = await driver.open(driver.address('fr.vietnamplus.vn', '/hostile-post999.vnp'));
    await expect.poll(() => markCount(page), { timeout: 15_000, interval: 200 }).toBeGreaterThan(2);
    await hover(page, 'Sar Kheng');
    await expect.poll(() => cardShown(page), poll).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    const state = await page.evaluate(
      () => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        images: document.querySelectorAll('img, svg').length,
        markChildren: [...document.querySelectorAll('mark.vna-lens-mark')].some((m) => m.children.length > 0),
      }),
      null,
    );
    expect(state).toEqual({ pwned: null, images: 0, markChildren: false });
    expect(await page.shadowText(CARD)).toContain('Sar Kheng');
    await page.screenshot('highlight-hostile');
    await page.close();
  });

  it('a very long article is analysed and highlighted to its last paragraph (the part Readability is not given included)', async () => {
    server.add(LONG_HOST, LONG_PATH, LONG_HTML);
    const url = driver.address(LONG_HOST, LONG_PATH);
    const expected = expectedMarks(url);
    // four names a paragraph: Phnom Penh, Sar Kheng, Hun Sen and "le ministère de la Sécurité
    // publique du Vietnam" (a ministry named with its country is one name)
    expect(expected).toBeGreaterThan(4 * LONG_PARAGRAPHS);
    const page = await driver.open(url);
    try {
      await expect.poll(() => markCount(page), { timeout: 60_000 }).toBe(expected);
      const last = await page.evaluate(bodyParagraph, LONG_PARAGRAPHS - 1);
      expect(last?.marks).toBe(4);
      expect(last?.text).toContain(LAST_PARAGRAPH_START);
    } finally {
      await page.close();
    }
  }, 90_000);
});
