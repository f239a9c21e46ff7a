// Hardening (issue 7), in both browsers: a page built to attack the extension — its strings stay
// text in the page, the popup and the options page; nothing runs; page scripts learn nothing.
// Screenshots: test-output/e2e/<browser>-hardening-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type ExtensionDriver, launch } from './driver';
import { ATTACKS, HOSTILE_PATH, HOSTILE_TITLE, hostilePage, JS_TEASER } from './hardening-fixtures';
import { CLEAN_EXTENSION_PAGE } from './page-probes';
import { extensionPageIsClean, importThrough, openOptions, status, textsOf } from './store-support';

const poll = { timeout: 20_000, interval: 200 };

describe.each(BROWSERS)('%s: a hostile page', (name) => {
  let server: CorpusServer;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    server = await startCorpusServer();
    server.add('fr.vietnamplus.vn', HOSTILE_PATH, hostilePage());
    driver = await launch(name, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('its strings stay text, nothing runs, page scripts learn nothing', async () => {
    const page = await driver.open(driver.address('fr.vietnamplus.vn', HOSTILE_PATH));
    await expect.poll(async () => (await status(driver)).pages, poll).toBe(1);
    await new Promise((r) => setTimeout(r, 500)); // highlighting is time-sliced: let it finish

    // the page: nothing ran, no message, no global, no data on its elements
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const mutations = w.__mutations as { kind: string; name?: string; tag: string; id: string; attrs?: string[] }[];
      return {
        pwned: w.__pwned ?? null,
        messages: w.__messages,
        events: w.__events,
        newGlobals: Object.keys(window).filter(
          (k) => k !== '__keysAtLoad' && !(w.__keysAtLoad as string[]).includes(k),
        ),
        attrNames: [...new Set(mutations.filter((m) => m.kind === 'attr').map((m) => m.name))].sort(),
        addedByTag: mutations
          .filter((m) => m.kind === 'added')
          .map(
            (m) => `${m.tag}${m.id.startsWith('vna-lens-card-') ? '#card' : ''}:${(m.attrs ?? []).sort().join(',')}`,
          ),
        dataAttrs: [...document.querySelectorAll('*')].filter((e) =>
          // the page's own data-note and data-source (its feed) aside
          e.getAttributeNames().some((a) => a.startsWith('data-') && a !== 'data-note' && a !== 'data-source'),
        ).length,
        shadow: [...document.querySelectorAll('[id^="vna-lens-card-"]')].map((h) => h.shadowRoot),
      };
    }, null);
    expect(seen.pwned).toBeNull();
    expect(seen.events).toEqual([]);
    expect(seen.newGlobals).toEqual([]);
    expect(seen.dataAttrs).toBe(0);
    expect(seen.shadow.every((s) => s === null)).toBe(true); // closed shadow root
    // the only attributes the extension sets on page elements
    for (const attr of seen.attrNames) expect(['class', 'tabindex', 'aria-describedby']).toContain(attr);
    // the only elements it adds: marks (class, tabindex), its <style>, its card host (id, style)
    for (const added of new Set(seen.addedByTag))
      expect(added).toMatch(/^(MARK:(class|class,tabindex)|STYLE:|DIV#card:id,style|[A-Z]+#card:id,style)$/);

    // the popup: the hostile strings as text, nothing made from them
    const popup = await driver.openPopup(page);
    await expect.poll(() => popup.attribute('.timeline', 'data-state'), poll).toBe('ready');
    expect(await textsOf(popup, '.article-title')).toEqual([HOSTILE_TITLE]);
    expect(await popup.text('.lead')).toContain(ATTACKS.svg);
    const entryTitles = await textsOf(popup, '.entry-title');
    expect(entryTitles).toContain(JS_TEASER);
    expect(entryTitles.some((t) => t.includes(ATTACKS.img))).toBe(true);
    expect(await popup.count('a[href^="javascript:" i], a[href^="data:" i]')).toBe(0);
    // the javascript: teaser is listed, but not as a link
    const linksInJsRow = await popup.evaluate(
      (title) =>
        [...document.querySelectorAll('.entry')]
          .filter((e) => e.textContent?.includes(title))
          .map((e) => e.querySelectorAll('a').length),
      JS_TEASER,
    );
    expect(linksInJsRow).toEqual([0]);
    expect(await extensionPageIsClean(driver, popup)).toEqual(CLEAN_EXTENSION_PAGE);
    // the free-text filter takes markup as text
    await popup.fill('input[name="text"]', '<svg onload');
    await expect.poll(() => popup.count('.entry'), poll).toBeGreaterThan(0);
    expect(await extensionPageIsClean(driver, popup)).toEqual(CLEAN_EXTENSION_PAGE);
    await popup.fill('input[name="text"]', '');
    await popup.screenshot('hardening-popup', true);

    // the options page: a hostile import's refusal reason is shown as text
    const { options } = await openOptions(driver);
    const evil = {
      format: 'vna-lens-timeline',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      entries: [
        {
          id: ATTACKS.svg,
          keys: [ATTACKS.img],
          title: ATTACKS.script,
          summary: null,
          url: ATTACKS.js,
          origin: ATTACKS.img, // refused for this, with the value quoted in the reason
          published: null,
          date: null,
          dateSource: null,
          partners: [],
          domains: [],
          isCooperation: false,
          entityIds: [],
          seenOn: [],
          firstSeen: 0,
          lastSeen: 0,
          mentions: [],
          entities: [],
        },
      ],
    };
    await importThrough(options, JSON.stringify(evil));
    await expect.poll(() => textsOf(options, '.problems li'), poll).toHaveLength(1);
    expect((await options.text('.problems li')) ?? '').toContain('<img src=x onerror=');
    // and a file that is not JSON at all: the parser's message (quoting it) as text
    await importThrough(options, `${ATTACKS.img}${ATTACKS.script}`);
    await expect.poll(() => options.text('.notice'), poll).toMatch(/JSON|import/i);
    expect(await textsOf(options, '.notice')).toHaveLength(1);
    expect(await extensionPageIsClean(driver, options)).toEqual(CLEAN_EXTENSION_PAGE);
    await options.screenshot('hardening-options', true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null, null)).toBeNull();
    await page.screenshot('hardening-page');
    for (const p of [popup, options, page]) await p.close();

    // The page hears nothing from us: not even WXT's "content script started" postMessage, which
    // would tell any page script that VNA Lens is installed (noScriptStartedPostMessage in content.ts).
    expect(seen.messages).toEqual([]);
  });
});
