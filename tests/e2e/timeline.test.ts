// The reader's timeline, in both browsers: three corpus pages visited in one profile (the
// background stopped between visits), then the popup of the last one: merged,
// deduplicated stories, same partner first, newest first, the current story marked, the partner
// and text filters, the keyboard. Screenshots: test-output/e2e/<browser>-timeline*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';
import { type CorpusServer, PAGES_DIR, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type DriverPage, type ExtensionDriver, launch } from './driver';

type Status = { pages: number; stories: number; problems: string[] };
const poll = { timeout: 15_000, interval: 200 };
const attrs = (page: DriverPage, selector: string, name: string) =>
  page.evaluate(([s, n]) => [...document.querySelectorAll(s)].map((e) => e.getAttribute(n) ?? ''), [
    selector,
    name,
  ] as const);

describe.each(BROWSERS)('%s: the timeline store and the popup', (name) => {
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

  it('keeps every story of three visits once, across background stops, and shows them', async () => {
    // three pages of the two sites with overlapping feeds
    const visits = [
      server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      server.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
      server.pages.find((p) => p.file.startsWith('002_') && p.host === 'fr.vietnamplus.vn'),
    ].map((v) => {
      if (!v) throw new Error('sample pages missing');
      return v;
    });
    const status = async () => (await driver.send({ type: 'store:status' })) as Status;
    const tabs: DriverPage[] = [];
    for (const [i, sample] of visits.entries()) {
      const page = await driver.open(driver.address(sample.host, sample.path));
      tabs.push(page);
      await expect.poll(async () => (await status()).pages, poll).toBe(i + 1);
      // the browser may stop the background at any moment: do it between the visits
      if (i < visits.length - 1) await driver.stopBackground();
    }

    // what the same three pages give in Node, merged by the pure model
    let expected: TimelineEntry[] = [];
    const analyses = visits.map((sample, i) => {
      const html = readFileSync(join(PAGES_DIR, sample.file), 'utf8');
      const url = tabs[i]?.url() as string; // the address the browser read it at
      const analysis = analysePage(parseHtml(html, url), url);
      expected = mergeEntries(expected, entriesFromAnalysis(analysis, i));
      return analysis;
    });

    const now = await status();
    expect(now.problems).toEqual([]);
    expect(now.stories).toBe(expected.length);
    const { text } = (await driver.send({ type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(stored).toHaveLength(now.stories);
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(expected.map((e) => e.id)));
    const urlKeys = stored.flatMap((e) => e.keys.filter((k) => k.startsWith('url:')));
    expect(new Set(urlKeys).size).toBe(urlKeys.length); // no story twice

    // the popup of the last page
    const popup = await driver.openPopup(tabs[tabs.length - 1] as DriverPage);
    await expect.poll(() => popup.attribute('.timeline', 'data-state'), poll).toBe('ready');
    const lastAnalysis = analyses[2];
    expect(await popup.text('.article-title')).toBe(lastAnalysis?.article?.title);
    // the current story: the article read on the last page, its partners' group first
    const article = lastAnalysis?.stories.find((s) => s.origin === 'article');
    const current = stored.find((e) => e.origin === 'article' && e.seenOn.includes(visits[2]?.url as string));
    expect(current).toBeDefined();
    const groups = await attrs(popup, '.partner-group', 'data-partner');
    expect(groups.length).toBeGreaterThan(0);
    expect(article?.partners.length ? article.partners : ['-']).toContain(groups[0]);
    expect(current?.partners.length ? current.partners : ['-']).toContain(groups[0]);
    // the current story is marked, in its group
    const markedInFirst = () =>
      popup.evaluate(
        () => document.querySelector('.partner-group')?.querySelectorAll('.entry.current').length ?? 0,
        null,
      );
    await expect.poll(markedInFirst, poll).toBe(1);
    expect(await popup.count('.entry.current')).toBe(1);
    // newest first inside each group
    for (const g of groups) {
      const days = await attrs(popup, `.partner-group[data-partner="${g}"] .entry`, 'data-day');
      expect(days).toEqual([...days].sort().reverse());
    }
    // every entry with a URL opens it in a new tab
    const targets = await attrs(popup, '.entry-link', 'target');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t === '_blank')).toBe(true);
    await popup.screenshot('timeline', true);

    // a partner filter: only that partner's stories
    const partner = (await attrs(popup, '.partner-filter .chip[data-partner]', 'data-partner')).filter(Boolean)[1];
    if (!partner) throw new Error('fewer than two partner chips');
    const chip = `.partner-filter .chip[data-partner="${partner}"]`;
    const count = Number(await popup.text(`${chip} .count`));
    const want = stored.filter((e) => (partner === '-' ? e.partners.length === 0 : e.partners.includes(partner)));
    expect(count).toBe(want.length);
    await popup.click(chip);
    await expect.poll(() => popup.attribute(chip, 'aria-pressed'), poll).toBe('true');
    await expect.poll(() => attrs(popup, '.partner-group', 'data-partner'), poll).toEqual([partner]);
    expect(await popup.count('.partner-group .entry')).toBe(Math.min(count, 10));
    await popup.screenshot('timeline-filtered', true);

    // the free-text filter
    await popup.click(chip); // off again
    await expect.poll(() => popup.attribute(chip, 'aria-pressed'), poll).toBe('false');
    const word = 'Cambodge';
    await popup.fill('input[name="text"]', word);
    const byText = stored.filter((e) => `${e.title}\n${e.summary ?? ''}`.toLowerCase().includes(word.toLowerCase()));
    expect(byText.length).toBeGreaterThan(0);
    await expect.poll(() => popup.text('.timeline h2 .count'), poll).toMatch(new RegExp(`^${byText.length} `));

    // keyboard: the filters and entries are reachable with Tab
    await popup.fill('input[name="text"]', '');
    await popup.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.className ?? '', null)).not.toBe('');
    await popup.close();
    for (const page of tabs) await page.close();
  });
});
