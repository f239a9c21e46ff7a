// The built extension installed in Debian's Chromium, on the sample pages served under their
// real VNA addresses. Screenshots go to test-output/e2e/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/browsers/chromium';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';
import { appendTeasers } from './late-teasers';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

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

const httpUrl = (url: string) => url.replace(/^https:/, 'http:');

describe('Chromium: the installed extension', () => {
  it('reads a VietnamPlus article, stores it, and the popup shows it', async () => {
    const sample = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    const page = await browser.context.newPage();
    await page.goto(httpUrl(sample.url));

    // the background received the content script's analysis and kept it for the tab
    const stored = await expect
      .poll(
        () =>
          browser.worker.evaluate(async () => {
            const api = (
              globalThis as unknown as {
                chrome: { storage: { session: { get: () => Promise<Record<string, unknown>> } } };
              }
            ).chrome;
            return Object.values(await api.storage.session.get()) as {
              url: string;
              article: { title: string; paragraphs: string[] } | null;
              related: unknown[];
            }[];
          }),
        { timeout: 15_000 },
      )
      .toHaveLength(1);
    void stored;
    const [analysis] = await browser.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { storage: { session: { get: () => Promise<Record<string, unknown>> } } } }
      ).chrome;
      return Object.values(await api.storage.session.get()) as {
        url: string;
        article: { title: string; paragraphs: string[] } | null;
        related: unknown[];
      }[];
    });
    expect(analysis?.article?.title).toBe(
      'Vietnam et Cambodge renforcent la coopération dans la garantie de la sécurité',
    );
    expect(analysis?.article?.paragraphs).toHaveLength(6);
    expect(analysis?.related).toHaveLength(9);

    // and wrote it to the reader's history in IndexedDB
    const pagesInHistory = await browser.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('vna-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('pages').objectStore('pages').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(pagesInHistory).toBe(1);

    await page.screenshot({ path: join(SHOTS, 'chromium-page.png') });
    const popup = await browser.openPopupFor(page);
    await expect.poll(() => popup.locator('.article-title').textContent()).toBe(analysis?.article?.title);
    // the timeline holds the article and its "Voir plus" stories, merged (one teaser is a
    // duplicate of another): as many as the store's entries
    const stories = await browser.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('vna-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('entries').objectStore('entries').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(stories).toBeGreaterThanOrEqual(9);
    await expect
      .poll(() => popup.locator('.timeline[data-state="ready"] h2 .count').textContent())
      .toBe(`${stories} récits`);
    expect(await popup.locator('.timeline .entry.current').count()).toBe(1);
    expect(await popup.locator('.popup-header .brand').textContent()).toBe('VNA Lens');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup.png') });
    await popup.close();
    await page.close();
  });

  it('follows teasers the site appends after load ("Voir plus")', async () => {
    const sample = server.pages.find((p) => p.file.startsWith('001_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    const page = await browser.context.newPage();
    await page.goto(httpUrl(sample.url));
    const relatedOf = () =>
      browser.worker.evaluate(async (url) => {
        const api = (
          globalThis as unknown as { chrome: { storage: { session: { get: () => Promise<Record<string, unknown>> } } } }
        ).chrome;
        const all = Object.values(await api.storage.session.get()) as { url?: string; related?: { title: string }[] }[];
        return all.find((a) => a.url === url)?.related?.map((r) => r.title) ?? null;
      }, page.url());
    await expect.poll(async () => (await relatedOf())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const before = (await relatedOf())?.length ?? 0;
    expect(await page.evaluate(appendTeasers, 3)).toBe(before + 3);
    await expect.poll(relatedOf, { timeout: 15_000 }).toHaveLength(before + 3);
    expect((await relatedOf())?.slice(-3)).toEqual(
      [1, 2, 3].map((n) => `Vietnam-Laos : coopération renforcée dans l'éducation (${n})`),
    );
    await page.close();
  });

  it('says so on a page that is not from VNA, and explains a refused analysis', async () => {
    server.add(
      'www.lemonde-exemple.fr',
      '/article.html',
      `<!doctype html><html lang="fr"><head><title>Un article</title></head><body><h1>Un article ordinaire</h1>
       <p>${'Un paragraphe de texte ordinaire, sans rapport avec le Vietnam. '.repeat(8)}</p>
       <p>${'Un second paragraphe, lui aussi assez long pour être lu. '.repeat(8)}</p>
       <button>Voir plus</button></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto('http://www.lemonde-exemple.fr/article.html');
    const popup = await browser.openPopupFor(page);
    await expect.poll(() => popup.locator('.popup').getAttribute('data-status')).toBe('not-vna');
    expect(await popup.locator('.notice p').first().textContent()).toContain('pas une page de l’Agence vietnamienne');
    // Without the reader's click on the toolbar button there is no activeTab grant: the popup
    // says why it cannot analyse, quietly, instead of failing.
    await popup.getByRole('button', { name: 'Analyser quand même' }).click();
    await expect.poll(() => popup.locator('.error').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
