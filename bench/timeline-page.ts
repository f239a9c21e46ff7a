// The timeline page in real Chromium (the built extension), with 10,000 and then 50,000 stored
// stories. `npx tsx bench/timeline-page.ts [runs]` after `npx wxt build`.
// The store is seeded through the extension's own 'timeline:import' message (10,000 entries a
// message: a message holds 64 MiB at most). Measured, median of `runs` opens of timeline.html
// after one not counted:
// - painted: navigation start → 'vna-lens:timeline-painted', set in an effect (which runs after
//   the paint) once the lanes and their bins are in the document (drawn from the counts record);
// - stories: navigation start → 'vna-lens:timeline-rows', once every story is read and drawn as
//   marks and bins (the page is then complete: cards, filters);
// - zoom step: a click on "zoom in" or "zoom out" → the frame drawn at the new zoom
//   ('vna-lens:zoom', measured by the page from its handler to the effect after the paint), with
//   every story read, five steps in and five out per open.
import type { Page } from 'playwright-core';
import { timelineToJson } from '../lib/timeline';
import { extensionPage, launchChromium, sendMessageFrom } from '../tests/support/browsers/chromium';
import { SERVED_HOSTS, startCorpusServer } from '../tests/support/corpus-server';
import { generatedEntries, median } from '../tests/support/generated';

const RUNS = Number(process.argv[2] ?? 7);
const BUDGETS: Record<number, number> = { 10000: 300, 50000: 600 };
const ZOOM_BUDGET_MS = 50;
const SEED_CHUNK = 10_000;

async function seed(helper: Page, from: number, to: number): Promise<void> {
  const all = generatedEntries(to);
  for (let i = from; i < to; i += SEED_CHUNK) {
    const res = (await sendMessageFrom(helper, {
      type: 'timeline:import',
      text: timelineToJson(all.slice(i, Math.min(i + SEED_CHUNK, to)), '2026-01-01T00:00:00.000Z'),
    })) as { imported: number; error?: string };
    if (res.error || res.imported === 0) throw new Error(`seeding failed: ${res.error ?? 'nothing imported'}`);
  }
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1, name);

async function main() {
  const server = await startCorpusServer();
  const session = await launchChromium({
    port: server.port,
    hosts: SERVED_HOSTS,
    extensionDir: process.env.VNA_LENS_BUILD || undefined,
  });
  let over = false;
  try {
    const helper = await extensionPage(session);
    const url = `chrome-extension://${session.extensionId}/timeline.html`;
    let stored = 0;
    for (const count of [10_000, 50_000]) {
      const t0 = Date.now();
      await seed(helper, stored, count);
      stored = count;
      console.log(`seeded ${count} stories in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      await helper.reload();
      await new Promise((r) => setTimeout(r, 1000));
      const painted: number[] = [];
      const complete: number[] = [];
      const zooms: number[] = [];
      for (let i = -1; i < RUNS; i++) {
        const page = await session.context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.dataset.timeline === 'ready', null, {
          timeout: 60_000,
        });
        const paint = await markTime(page, 'vna-lens:timeline-painted');
        const rows = await markTime(page, 'vna-lens:timeline-rows');
        const elements = await page.evaluate(() => document.querySelectorAll('.tl-chart *').length);
        for (const action of [
          'zoom-in',
          'zoom-in',
          'zoom-in',
          'zoom-in',
          'zoom-in',
          'zoom-out',
          'zoom-out',
          'zoom-out',
          'zoom-out',
          'zoom-out',
        ]) {
          const before = await page.evaluate(() => performance.getEntriesByName('vna-lens:zoom').length);
          await page.click(`[data-action="${action}"]`);
          await page.waitForFunction((n) => performance.getEntriesByName('vna-lens:zoom').length > n, before);
          const step = await page.evaluate(() => performance.getEntriesByName('vna-lens:zoom').at(-1)?.duration ?? -1);
          if (i >= 0) zooms.push(step);
        }
        if (process.env.BENCH_VERBOSE)
          console.log(
            `  painted ${paint.toFixed(1)}  stories ${rows.toFixed(1)}  (${elements} elements in the chart)${i < 0 ? '  not counted' : ''}`,
          );
        if (i >= 0) {
          painted.push(paint);
          complete.push(rows);
        }
        await page.close();
      }
      const budget = BUDGETS[count] ?? 600;
      const p = median(painted);
      const z = median(zooms);
      const ok = p <= budget && z <= ZOOM_BUDGET_MS;
      if (!ok) over = true;
      console.log(
        `${count} stories: painted ${p.toFixed(1)} ms (budget ${budget}), every story drawn ${median(complete).toFixed(0)} ms, ` +
          `zoom step ${z.toFixed(1)} ms (median of ${zooms.length}; budget ${ZOOM_BUDGET_MS}), median of ${RUNS} opens  ${ok ? 'ok' : 'OVER'}`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
  if (over) process.exitCode = 1;
}

void main();
