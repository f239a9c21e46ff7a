// A corpus page as a redesign could serve it (tests/support/markup-mutator.ts: every class and id
// gone, wrappers, headings, captions, feed and sidebar changed), with the built extension in both
// browsers: the names are highlighted, the feed's stories reach the timeline, and the options
// page's list of layout drift names the page. Build first: npx wxt build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { loadCorpus } from '../support/corpus';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { mutate } from '../support/markup-mutator';
import { BROWSERS, type ExtensionDriver, launch } from './driver';
import { exported, status, storyIdsNodeGives } from './store-support';

const HOST = 'fr.vietnamplus.vn';
const PATH = '/redesign/vietnam-et-cambodge-renforcent-la-cooperation-post84512.vnp';
const poll = { timeout: 15_000, interval: 200 };

describe.each(BROWSERS)('%s: a VNA page in markup VNA Lens has never seen', (name) => {
  let server: CorpusServer;
  let driver: ExtensionDriver;
  let html = '';

  beforeAll(async () => {
    const page = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
    if (!page) throw new Error('no corpus page');
    html = mutate(page.html, `http://${HOST}${PATH}`, 'all-at-once', 11);
    server = await startCorpusServer();
    server.add(HOST, PATH, html);
    driver = await launch(name, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights the names and puts the feed in the timeline', async () => {
    const page = await driver.open(driver.address(HOST, PATH));
    const url = page.url(); // the address the browser read it at
    const expected = analysePage(parseHtml(html, url), url);
    expect(expected.stories.filter((s) => s.origin === 'feed').length).toBeGreaterThanOrEqual(5);

    await expect.poll(() => page.count('mark.vna-lens-mark'), poll).toBeGreaterThan(10);
    const marked = await page.evaluate(
      () => [...document.querySelectorAll('mark.vna-lens-mark')].map((m) => m.textContent ?? ''),
      null,
    );
    expect(marked).toContain('Sar Kheng');
    await page.screenshot(`${name}-unknown-markup`);

    await expect.poll(async () => (await status(driver)).pages, poll).toBe(1);
    const stored = await exported(driver);
    expect(new Set(stored.map((e) => e.id))).toEqual(storyIdsNodeGives(expected));
    expect(stored.filter((e) => e.origin === 'feed').length).toBeGreaterThanOrEqual(5);

    const { reports } = (await driver.send({ type: 'drift:list' })) as { reports: { url: string }[] };
    expect(reports.map((r) => r.url)).toContain(url);
  });
});
