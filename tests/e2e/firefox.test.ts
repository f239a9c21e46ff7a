// The built extension installed in Debian's Firefox ESR (temporary add-on), on the sample pages
// served under their real VNA host names. Screenshots go to test-output/e2e/.
// Build first: npx wxt build -b firefox.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, hasLangpack, launchFirefox } from '../support/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';
import { appendTeasers } from './late-teasers';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const TITLE = 'Vietnam et Cambodge renforcent la coopération dans la garantie de la sécurité';

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

type Stored = { url: string; article: { title: string; paragraphs: string[] } | null; related: unknown[] };

/** Every tab analysis the background kept (storage.session, readable from extension pages). */
const storedAnalyses = () =>
  (firefox as FirefoxSession).evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { storage: { session: { get: () => Promise<Record<string, unknown>> } } } }
    ).browser;
    return Object.values(await api.storage.session.get()) as Stored[];
  });

const text = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

describe('Firefox: the installed extension', () => {
  it('reads a VietnamPlus article, stores it, and the popup shows it', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    const sample = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    const page = await firefox.browser.newPage();
    await page.goto(`http://${sample.host}:${server.port}${sample.path}`);

    // the background received the content script's analysis and kept it for the tab
    await expect.poll(storedAnalyses, { timeout: 15_000, interval: 200 }).toHaveLength(1);
    const [analysis] = await storedAnalyses();
    expect(analysis?.url).toBe(page.url());
    expect(analysis?.article?.title).toBe(TITLE);
    expect(analysis?.article?.paragraphs).toHaveLength(6);
    expect(analysis?.related).toHaveLength(9);

    // and wrote it to the reader's history in IndexedDB (the extension origin's, shared by its pages)
    const pagesInHistory = () =>
      (firefox as FirefoxSession).evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('vna-lens');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('pages').objectStore('pages').count();
              req.onsuccess = () => {
                open.result.close();
                resolve(req.result);
              };
              req.onerror = () => reject(req.error);
            };
          }),
      );
    await expect.poll(pagesInHistory, { timeout: 5_000, interval: 200 }).toBe(1);
    // the background says the same
    expect(await firefox.sendMessage({ type: 'store:status' })).toMatchObject({ pages: 1 });

    await page.screenshot({ path: join(SHOTS, 'firefox-page.png') });
    const popup = await firefox.openPopupFor(page);
    await expect.poll(() => text(popup, '.article-title'), { timeout: 10_000, interval: 100 }).toBe(TITLE);
    // the timeline holds the article and its "Voir plus" stories, merged: as many as the store says
    const { stories } = (await firefox.sendMessage({ type: 'store:status' })) as { stories: number };
    expect(stories).toBeGreaterThanOrEqual(9);
    await expect
      .poll(() => text(popup, '.timeline[data-state="ready"] h2 .count'), { timeout: 5_000, interval: 100 })
      .toMatch(new RegExp(`^${stories} `));
    expect(await count(popup, '.timeline .entry.current')).toBe(1);
    expect(await text(popup, '.popup-header .brand')).toBe('VNA Lens');
    // French UI only with Debian's firefox-esr-l10n-fr; the checks above hold in any language
    const uiLanguage = await popup.evaluate(() => document.documentElement.lang);
    if (hasLangpack('fr')) expect(uiLanguage).toBe('fr');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup.png') });
    await popup.close();
    await page.close();
  });

  it('follows teasers the site appends after load ("Voir plus")', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    const sample = server.pages.find((p) => p.file.startsWith('001_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    const page = await firefox.browser.newPage();
    await page.goto(`http://${sample.host}:${server.port}${sample.path}`);
    const relatedOf = async () =>
      ((await storedAnalyses()).find((a) => a.url === page.url())?.related as { title: string }[] | undefined)?.map(
        (r) => r.title,
      ) ?? null;
    await expect
      .poll(async () => (await relatedOf())?.length ?? 0, { timeout: 15_000, interval: 200 })
      .toBeGreaterThan(0);
    const before = (await relatedOf())?.length ?? 0;
    expect(await page.evaluate(appendTeasers, 3)).toBe(before + 3);
    await expect.poll(relatedOf, { timeout: 15_000, interval: 200 }).toHaveLength(before + 3);
    expect((await relatedOf())?.slice(-3)).toEqual(
      [1, 2, 3].map((n) => `Vietnam-Laos : coopération renforcée dans l'éducation (${n})`),
    );
    await page.close();
  });

  it('says so on a page that is not from VNA, and explains a refused analysis', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    server.add(
      'www.lemonde-exemple.fr',
      '/article.html',
      `<!doctype html><html lang="fr"><head><title>Un article</title></head><body><h1>Un article ordinaire</h1>
       <p>${'Un paragraphe de texte ordinaire, sans rapport avec le Vietnam. '.repeat(8)}</p>
       <p>${'Un second paragraphe, lui aussi assez long pour être lu. '.repeat(8)}</p>
       <button>Voir plus</button></body></html>`,
    );
    const page = await firefox.browser.newPage();
    await page.goto(`http://www.lemonde-exemple.fr:${server.port}/article.html`);
    const popup = await firefox.openPopupFor(page);
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.popup')?.getAttribute('data-status')), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe('not-vna');
    // Without the reader's click on the toolbar button there is no activeTab grant: the popup
    // says why it cannot analyse, quietly, instead of failing.
    await popup.evaluate(() => (document.querySelector('.notice button.primary') as HTMLButtonElement).click());
    await expect.poll(() => count(popup, '.error'), { timeout: 5_000, interval: 100 }).toBe(1);
    await popup.close();
    await page.close();
  });
});
