// A corpus page as a redesign could serve it (tests/support/markup-mutator.ts), in Firefox with
// the built extension: the names are highlighted, the feed's stories reach the timeline, and the
// page is listed as layout drift. Build first: npx wxt build -b firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';
import { type FirefoxSession, launchFirefox } from '../../scripts/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../../scripts/corpus-server';
import { mutate } from '../support/markup-mutator';
import { loadCorpus } from '../unit/helpers';

const PATH = '/redesign/vietnam-et-cambodge-renforcent-la-cooperation-post84512.vnp';

let server: CorpusServer | undefined;
let firefox: FirefoxSession | undefined;
let html = '';

beforeAll(async () => {
  const page = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
  if (!page) throw new Error('no corpus page');
  html = mutate(page.html, `http://fr.vietnamplus.vn${PATH}`, 'all-at-once', 11);
  server = await startCorpusServer();
  server.add('fr.vietnamplus.vn', PATH, html);
  firefox = await launchFirefox({ port: server.port, hosts: SERVED_HOSTS });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: a VNA page in markup VNA Lens has never seen', () => {
  it('highlights the names and puts the feed in the timeline', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    const ff = firefox;
    const url = `http://fr.vietnamplus.vn:${server.port}${PATH}`;
    const expected = analysePage(parseHtml(html, url), url);
    const feedTitles = expected.stories.filter((s) => s.origin === 'feed').map((s) => s.title);
    expect(feedTitles.length).toBeGreaterThanOrEqual(5);
    const page = await ff.browser.newPage();
    await page.goto(url);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('mark.vna-lens-mark').length), {
        timeout: 15_000,
        interval: 200,
      })
      .toBeGreaterThan(10);
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('mark.vna-lens-mark')].map((m) => m.textContent ?? ''),
    );
    expect(marked.some((t) => t.includes('Sar Kheng'))).toBe(true);

    await expect
      .poll(async () => ((await ff.sendMessage({ type: 'store:status' })) as { pages: number }).pages, {
        timeout: 15_000,
        interval: 200,
      })
      .toBe(1);
    const { text } = (await ff.sendMessage({ type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    // the stories the same page gives in Node, merged as the store merges them (two teasers of
    // this feed share one story number)
    const want = mergeEntries([], entriesFromAnalysis(expected, 0));
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(want.map((e) => e.id)));
    expect(want.filter((e) => e.origin === 'feed').length).toBeGreaterThanOrEqual(5);

    const { reports } = (await ff.sendMessage({ type: 'drift:list' })) as { reports: { url: string }[] };
    expect(reports.map((r) => r.url)).toContain(url);
  });
});
