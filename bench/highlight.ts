// Highlighting in a real page (Debian's Chromium, driven by playwright-core): the same code the
// content script runs (lib/analyse + lib/highlight, bundled with esbuild), on a corpus article and
// on a generated 5,000-paragraph page. Long tasks are observed in the page (PerformanceObserver
// 'longtask') while highlighting runs in time slices.
//   npx tsx bench/highlight.ts
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { loadCorpus } from '../eval/corpus';
import { CHROMIUM } from '../scripts/browsers/chromium';

const RUNS = 30;

interface BenchApi {
  corpus(runs: number): { times: number[]; marks: number };
  long(): Promise<{
    marks: number;
    total: number;
    control: number | null;
    longTasks: number;
    maxTask: number;
    mentions: number;
  }>;
}

const entry = `
import { analysePage } from './lib/analyse';
import { Highlighter } from './lib/highlight';
globalThis.__bench = {
  analyse: () => { const t0 = performance.now(); const a = analysePage(document, location.href); return { a, ms: performance.now() - t0 }; },
  corpus(runs) {
    const a = analysePage(document, location.href);
    const times = [];
    let marks = 0;
    for (let i = 0; i < runs; i++) {
      const h = new Highlighter(document);
      const t0 = performance.now();
      marks = h.applyNow(a);
      times.push(performance.now() - t0);
      h.remove();
    }
    return { times, marks };
  },
  async long() {
    const a = analysePage(document, location.href);
    const tasks = [];
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
    po.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, 50));
    const h = new Highlighter(document);
    const t0 = performance.now();
    const marks = await h.apply(a);
    const total = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
    const during = tasks.length;
    const maxDuring = during ? Math.max(...tasks) : 0;
    // control: an 80 ms busy task must be seen, or the observer is not working
    setTimeout(() => { const end = performance.now() + 80; while (performance.now() < end); }, 0);
    await new Promise((r) => setTimeout(r, 300));
    po.disconnect();
    return { marks, total, control: tasks.length > during ? tasks[tasks.length - 1] : null, longTasks: during, maxTask: maxDuring, mentions: a.entities.reduce((n, e) => n + e.mentions.length, 0) };
  },
};`;

async function main() {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': new URL('..', import.meta.url).pathname },
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const corpus = loadCorpus().find((p) => p.markup === 'vnp') ?? loadCorpus()[0];
  if (!corpus) throw new Error('no corpus');
  await page.route('https://fr.vietnamplus.vn/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: route.request().url().includes('long-post') ? longPage() : corpus.html,
    }),
  );
  // 1. a corpus article, highlighted at once, RUNS times
  await page.goto(corpus.url.replace('http:', 'https:'));
  await page.addScriptTag({ content: script });
  const { times, marks } = await page.evaluate(
    (runs) => (globalThis as unknown as { __bench: BenchApi }).__bench.corpus(runs),
    RUNS,
  );
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `corpus article ${corpus.name}: ${marks} marks, median ${median.toFixed(2)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(2)} ms over ${RUNS} runs (target ≤ 10 ms)`,
  );
  // 2. a generated 5,000-paragraph article, highlighted in time slices
  await page.goto('https://fr.vietnamplus.vn/long-post1.vnp');
  await page.addScriptTag({ content: script });
  const long = await page.evaluate(() => (globalThis as unknown as { __bench: BenchApi }).__bench.long());
  console.log(
    `5,000 paragraphs: ${long.mentions} mentions → ${long.marks} marks in ${long.total.toFixed(0)} ms wall time; long tasks during highlighting: ${long.longTasks}, max ${long.maxTask.toFixed(0)} ms (target: none over 50 ms); control 80 ms busy task observed as ${long.control === null ? 'NOTHING (observer not working)' : `${long.control.toFixed(0)} ms`}`,
  );
  await browser.close();
}

function longPage(): string {
  const fill = ' Les deux parties ont discuté de la coopération dans la garantie de la sécurité et de l’ordre.';
  const ps = Array.from(
    { length: 5000 },
    (_, i) =>
      `<p>Paragraphe ${i} : à Phnom Penh, le vice-Premier ministre Sar Kheng a rencontré Hun Sen et le ministère de la Sécurité publique du Vietnam.${fill}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="fr"><head><title>Long</title></head><body><article>
  <h1 class="article__title">Sar Kheng reçoit une délégation du Vietnam</h1>
  <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu une délégation.</div>
  <div class="article__body">${ps}</div></article></body></html>`;
}

void main();
