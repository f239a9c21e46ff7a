// The built extension on a generated 5,000-paragraph VietnamPlus page, in real Chromium: every
// long task (> 50 ms) on the page's main thread from DOMContentLoaded (the content script runs
// after it, at document_idle) until the highlighting is complete, with and without VNA Lens on
// the same page — the page's own first layout shows up in both. Long animation frames are listed
// with their blocking duration: a frame made of many short tasks with nothing to render between
// them lasts long but blocks nothing (0 ms). `npx tsx bench/long-page.ts
// [runs]` after `npx wxt build`.
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browsers/chromium';
import { startCorpusServer } from '../tests/support/corpus-server';
import { longPage, median } from '../tests/support/generated';

const RUNS = Number(process.argv[2] ?? 5);
const PATH = '/long-post1.vnp';
const HOST = 'fr.vietnamplus.vn';
const MARK = 'mark.vna-lens-mark';

// Set before the page's first byte: records long tasks and long animation frames with their start.
const OBSERVE = `(() => {
  const seen = { tasks: [], frames: [] };
  globalThis.__seen = seen;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.frames.push([e.startTime, e.duration, e.blockingDuration]); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface Seen {
  tasks: [number, number][];
  /** start, duration, blocking duration (the part of its long tasks over 50 ms: what delays input) */
  frames: [number, number, number][];
  dcl: number;
  marks: number;
  done: number;
}

/** Waits until the number of marks has not changed for a second (or 60 s), then reads the observers. */
async function settle(page: Page, withExtension: boolean): Promise<Seen> {
  let last = -1;
  let stableSince = Date.now();
  const started = Date.now();
  let doneAt = 0;
  for (;;) {
    const [count, now] = await page.evaluate((sel) => [document.querySelectorAll(sel).length, performance.now()], MARK);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
      doneAt = now;
    }
    const waited = withExtension ? 1_000 : 3_000;
    if ((count > 0 || !withExtension) && Date.now() - stableSince > waited) break;
    if (Date.now() - started > 60_000) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return page.evaluate(
    ({ marks, doneAt }) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const seen = (
        globalThis as unknown as { __seen: { tasks: [number, number][]; frames: [number, number, number][] } }
      ).__seen;
      return { ...seen, dcl: nav?.domContentLoadedEventEnd ?? 0, marks, done: doneAt };
    },
    { marks: last, doneAt },
  );
}

async function main() {
  const server = await startCorpusServer();
  server.add(HOST, PATH, longPage(5000));
  const session = await launchChromium({ port: server.port, hosts: [HOST] });
  // the same page without the extension: a second browser, no extension loaded
  const { chromium } = await import('playwright-core');
  const { CHROMIUM } = await import('../tests/support/browsers/chromium');
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${server.port}`],
  });
  const rows: { label: string; after: number[]; max: number[]; frames: number[]; done: number[]; marks: number }[] = [];
  try {
    for (const [label, open] of [
      ['with VNA Lens', () => session.context.newPage()],
      ['without (same page)', () => plain.newPage()],
    ] as const) {
      const row = {
        label,
        after: [] as number[],
        max: [] as number[],
        frames: [] as number[],
        done: [] as number[],
        marks: 0,
      };
      for (let run = 1; run <= RUNS; run++) {
        const page = await open();
        await page.addInitScript(OBSERVE);
        await page.goto(`http://${HOST}${PATH}`);
        const seen = await settle(page, label === 'with VNA Lens');
        const after = seen.tasks.filter(([start]) => start >= seen.dcl);
        const frames = seen.frames.filter(([start, d]) => start >= seen.dcl && d > 50);
        const blocking = frames.filter(([, , b]) => b > 0);
        row.after.push(after.length);
        row.max.push(Math.max(0, ...after.map(([, d]) => d)));
        row.frames.push(blocking.length);
        row.done.push(seen.done - seen.dcl);
        row.marks = seen.marks;
        console.log(
          `  ${label} run ${run}: ${seen.marks} marks; long tasks after DOMContentLoaded ${after.length}${after.length ? ` (${after.map(([, d]) => `${d.toFixed(0)} ms`).join(', ')})` : ''}; long animation frames ${frames.length}${frames.length ? ` (${frames.map(([, d, b]) => `${d.toFixed(0)} ms, blocking ${b.toFixed(0)} ms`).join('; ')})` : ''}; before it ${seen.tasks.length - after.length} (the page's own parsing)${label === 'with VNA Lens' ? `; highlighting complete ${(seen.done - seen.dcl).toFixed(0)} ms after DOMContentLoaded` : ''}`,
        );
        await page.close();
      }
      rows.push(row);
    }
  } finally {
    await plain.close();
    await session.close();
    await server.close();
  }
  for (const r of rows)
    console.log(
      `${r.label}: long tasks after DOMContentLoaded ${r.after.reduce((a, b) => a + b, 0)} over ${RUNS} runs (per run ${r.after.join('/')}), longest ${Math.max(...r.max).toFixed(0)} ms; blocking long animation frames ${r.frames.join('/')}${r.label === 'with VNA Lens' ? `; ${r.marks} marks, complete after median ${median(r.done).toFixed(0)} ms` : ''}`,
    );
}

void main();
