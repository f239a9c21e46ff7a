// The reader's timeline in Firefox (event page background): three corpus pages in one profile,
// then the popup of the last one: deduplicated stories, same partner first, newest first, the
// current story marked, the partner filter. Build first: npx wxt build -b firefox.
// Screenshot: test-output/e2e/timeline-firefox.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../lib/timeline';
import { type FirefoxSession, launchFirefox } from '../support/browsers/firefox';
import { type CorpusServer, SERVED_HOSTS, startCorpusServer } from '../support/corpus-server';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

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

type Status = { pages: number; stories: number; problems: string[] };
const attrs = (page: Page, selector: string, name: string) =>
  page.evaluate((s, n) => [...document.querySelectorAll(s)].map((e) => e.getAttribute(n) ?? ''), selector, name);

describe('Firefox: the timeline store and the popup', () => {
  it('keeps every story of three visits once and shows them, same partner first', async () => {
    if (!server || !firefox) throw new Error('setup failed');
    const ff = firefox;
    const srv = server;
    const visits = [
      srv.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn'),
      srv.pages.find((p) => p.file.startsWith('001_') && p.host === 'lecourrier.vn'),
      srv.pages.find((p) => p.file.startsWith('002_') && p.host === 'fr.vietnamplus.vn'),
    ];
    const tabs: Page[] = [];
    for (const [i, sample] of visits.entries()) {
      if (!sample) throw new Error('sample page missing');
      const page = await ff.browser.newPage();
      await page.goto(`http://${sample.host}:${srv.port}${sample.path}`);
      tabs.push(page);
      await expect
        .poll(async () => ((await ff.sendMessage({ type: 'store:status' })) as Status).pages, {
          timeout: 15_000,
          interval: 200,
        })
        .toBe(i + 1);
    }
    const status = (await ff.sendMessage({ type: 'store:status' })) as Status;
    expect(status.problems).toEqual([]);
    const { text } = (await ff.sendMessage({ type: 'timeline:export', format: 'json' })) as { text: string };
    const stored = JSON.parse(text).entries as TimelineEntry[];
    expect(stored).toHaveLength(status.stories);
    const urlKeys = stored.flatMap((e) => e.keys.filter((k) => k.startsWith('url:')));
    expect(new Set(urlKeys).size).toBe(urlKeys.length);

    const last = tabs[tabs.length - 1] as Page;
    const popup = await ff.openPopupFor(last);
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.timeline')?.getAttribute('data-state')), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe('ready');
    // the current story: the article read on the last page
    const lastUrl = `https://${visits[2]?.host}${visits[2]?.path}`;
    const current = stored.find((e) => e.origin === 'article' && e.seenOn.includes(lastUrl));
    expect(current).toBeDefined();
    const groups = await attrs(popup, '.partner-group', 'data-partner');
    expect(current?.partners.length ? current.partners : ['-']).toContain(groups[0]);
    const marked = await popup.evaluate(
      () => document.querySelector('.partner-group')?.querySelectorAll('.entry.current').length ?? 0,
    );
    expect(marked).toBe(1);
    for (const g of groups) {
      const days = await attrs(popup, `.partner-group[data-partner="${g}"] .entry`, 'data-day');
      expect(days).toEqual([...days].sort().reverse());
    }
    await popup.screenshot({ path: join(SHOTS, 'timeline-firefox.png'), fullPage: true });

    // a partner filter: only that partner's stories
    const chips = await attrs(popup, '.partner-filter .chip', 'data-partner');
    const partner = chips.filter(Boolean)[1] as string;
    await popup.evaluate(
      (p) => (document.querySelector(`.partner-filter .chip[data-partner="${p}"]`) as HTMLButtonElement).click(),
      partner,
    );
    await expect
      .poll(() => attrs(popup, '.partner-group', 'data-partner'), { timeout: 5_000, interval: 100 })
      .toEqual([partner]);
    const want = stored.filter((e) => (partner === '-' ? e.partners.length === 0 : e.partners.includes(partner)));
    expect(await popup.evaluate(() => document.querySelectorAll('.partner-group .entry').length)).toBe(
      Math.min(want.length, 10),
    );
    await popup.close();
    for (const page of tabs) await page.close();
  });
});
