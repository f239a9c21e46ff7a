// The built extension installed in Debian's Chromium and Firefox ESR, on the sample pages served
// under their real VNA addresses: one suite, run in both browsers (tests/e2e/driver.ts).
// Screenshots go to test-output/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type ExtensionDriver, forgetTabAnalysis, launch, recordCount, storedAnalyses } from './driver';
import { appendTeasers } from './late-teasers';

const TITLE = 'Vietnam et Cambodge renforcent la coopération dans la garantie de la sécurité';
const poll = { timeout: 15_000, interval: 200 };

type Stored = { url: string; article: { title: string; paragraphs: string[] } | null; related: { title: string }[] };

describe.each(BROWSERS)('%s: the installed extension', (name) => {
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

  const sampleUrl = (prefix: string) => {
    const sample = server.pages.find((p) => p.file.startsWith(prefix) && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    return driver.address(sample.host, sample.path);
  };

  it('reads a VietnamPlus article, stores it, and the popup shows it', async () => {
    const page = await driver.open(sampleUrl('000_'));

    // the background received the content script's analysis and kept it for the tab
    await expect.poll(() => storedAnalyses(driver), poll).toHaveLength(1);
    const [analysis] = await storedAnalyses<Stored>(driver);
    expect(analysis?.url).toBe(page.url());
    expect(analysis?.article?.title).toBe(TITLE);
    expect(analysis?.article?.paragraphs).toHaveLength(6);
    expect(analysis?.related).toHaveLength(9);

    // and wrote it to the reader's history in IndexedDB; the background says the same
    await expect.poll(() => recordCount(driver, 'pages'), poll).toBe(1);
    expect(await driver.send({ type: 'store:status' })).toMatchObject({ pages: 1 });

    await page.screenshot('page');
    const popup = await driver.openPopup(page);
    await expect.poll(() => popup.text('.article-title'), poll).toBe(TITLE);
    // the timeline holds the article and its "Voir plus" stories, merged (one teaser is a
    // duplicate of another): as many as the store's entries
    const stories = await recordCount(driver, 'entries');
    expect(stories).toBeGreaterThanOrEqual(9);
    expect(await driver.send({ type: 'store:status' })).toMatchObject({ stories });
    await expect
      .poll(() => popup.text('.timeline[data-state="ready"] h2 .count'), poll)
      .toMatch(new RegExp(`^${stories} `));
    expect(await popup.count('.timeline .entry.current')).toBe(1);
    // the article card names the article's own people first, not names from the feed's teasers
    const chips = await popup.evaluate(
      () => [...document.querySelectorAll('.article-card .entity-chip')].map((c) => [c.className, c.textContent ?? '']),
      null,
    );
    const chipText = chips.map(([, text]) => text).join(' | ');
    for (const name of ['Sar Kheng', 'Em Saman']) expect(chipText).toContain(name);
    expect(chipText).toMatch(/Nguy[êe]n Van Thanh/);
    expect(chipText).not.toContain('Pham Minh Chinh');
    expect(chips[0]?.[0]).toContain('entity-person');
    expect(await popup.text('.popup-header .brand')).toBe('VNA Lens');
    // French UI where the browser is French (Firefox: only with Debian's firefox-esr-l10n-fr)
    if (driver.frenchUi) {
      expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe('fr');
      expect(await popup.text('.timeline h2 .count')).toBe(`${stories} récits`);
    }
    await popup.screenshot('popup');
    await popup.close();
    await page.close();
  });

  it('a popup opened while the page is still being read shows its story as soon as it is read', async () => {
    const page = await driver.open(sampleUrl('002_'));
    const analysed = async () => (await storedAnalyses<Stored>(driver)).some((a) => a.url === page.url());
    await expect.poll(analysed, poll).toBe(true);
    // as if the content script were not done yet: the popup says so, and waits
    await forgetTabAnalysis(driver, page.url());
    const popup = await driver.openPopup(page);
    await expect.poll(() => popup.attribute('.popup', 'data-status'), poll).toBe('nothing-yet');
    // the page is read again (a reload): the open popup shows its story, no reopening
    await page.evaluate(() => void setTimeout(() => location.reload(), 50), null);
    await expect.poll(() => popup.attribute('.popup', 'data-status'), poll).toBe('ready');
    expect((await popup.text('.article-title'))?.length).toBeGreaterThan(10);
    await expect.poll(() => popup.count('.timeline .entry.current'), poll).toBe(1);
    await popup.close();
    await page.close();
  });

  it('follows teasers the site appends after load ("Voir plus")', async () => {
    const page = await driver.open(sampleUrl('001_'));
    const relatedOf = async () =>
      (await storedAnalyses<Stored>(driver)).find((a) => a.url === page.url())?.related?.map((r) => r.title) ?? null;
    await expect.poll(async () => (await relatedOf())?.length ?? 0, poll).toBeGreaterThan(0);
    const before = (await relatedOf())?.length ?? 0;
    expect(await page.evaluate(appendTeasers, 3)).toBe(before + 3);
    await expect.poll(relatedOf, poll).toHaveLength(before + 3);
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
    const page = await driver.open(driver.address('www.lemonde-exemple.fr', '/article.html'));
    const popup = await driver.openPopup(page);
    await expect.poll(() => popup.attribute('.popup', 'data-status'), poll).toBe('not-vna');
    if (driver.frenchUi) {
      expect(await popup.text('.notice p')).toContain('pas une page de l’Agence vietnamienne');
      expect(await popup.text('.notice button.primary')).toBe('Analyser quand même');
    }
    // Without the reader's click on the toolbar button there is no activeTab grant: the popup
    // says why it cannot analyse, quietly, instead of failing.
    await popup.click('.notice button.primary');
    await expect.poll(() => popup.count('.error'), poll).toBe(1);
    await popup.close();
    await page.close();
  });
});
