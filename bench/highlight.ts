// Highlighting in a real page (Debian's Chromium, driven by playwright-core): the same code the
// content script runs (lib/analyse + lib/highlight, bundled with esbuild), on a corpus article and
// on a generated 5,000-paragraph page (5 runs, fresh page each). On that page: the analysis in one
// pass (analysePage, as the `analyze` command runs it) timed stage by stage, for reference; the
// longest single steps of the analysis and of the highlighting (no slice can be shorter); then
// what the content script does — the analysis in time slices, then highlighting in time slices —
// with long tasks ('longtask') and long animation frames ('long-animation-frame': a task plus the
// rendering it causes, which 'longtask' leaves out) observed in the page from start to end.
//   npx tsx bench/highlight.ts            # figures
//   npx tsx bench/highlight.ts --trace    # + a Chrome trace per run: tasks' wall and thread time
//   TRACE_TASKS=1 …--trace                # + every task over 30 ms, by trace event
//   TRACE_FILE=/tmp/t …--trace            # + the traces, as /tmp/t.<run>.json
//   HIGHLIGHT_FROM=/path/to/lib/highlight # another version of lib/highlight, to compare
// Wall-clock durations include time the renderer was descheduled: on a busy machine, compare
// the traces' thread times.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/support/browsers/chromium';
import { loadCorpus } from '../tests/support/corpus';
import { longPage } from '../tests/support/generated';

const RUNS = 30;
const LONG_RUNS = 5;
const TRACE = process.argv.includes('--trace');

interface LongResult {
  marks: number;
  /** wall time of the sliced analysis, then of analysis + highlighting */
  analysed: number;
  total: number;
  control: number | null;
  longTasks: number;
  maxTask: number;
  tasks: number[];
  frames: { duration: number; render: number; blocking: number }[];
  mentions: number;
}

interface Stages {
  detect: number;
  extract: number;
  entities: number;
  stories: number;
  total: number;
  /** long tasks seen while analysing (the analysis runs as one task in the content script) */
  longTasks: number[];
}

interface BenchApi {
  corpus(runs: number): { times: number[]; marks: number };
  stages(): Promise<Stages>;
  stepTimes(): Record<'analysis' | 'highlight', { steps: number; top: [number, number][] }>;
  long(): Promise<LongResult>;
}

const entry = `
import { analysePage, analysePageInSlices, analysisSteps } from './lib/analyse';
import { timeStages } from './bench/stage-times';
import { Highlighter } from '${process.env.HIGHLIGHT_FROM ?? './lib/highlight'}';
const observe = () => {
  const tasks = [];
  const frames = [];
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  po.observe({ type: 'longtask' });
  // long animation frames: a task AND the rendering it causes (style, layout, paint), which the
  // longtask entries leave out
  const pf = new PerformanceObserver((list) => { for (const e of list.getEntries()) frames.push({ duration: e.duration, render: e.duration - (e.renderStart ? e.renderStart - e.startTime : e.duration), blocking: e.blockingDuration }); });
  try { pf.observe({ type: 'long-animation-frame' }); } catch {}
  return { tasks, frames, stop: () => { po.disconnect(); pf.disconnect(); } };
};
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
globalThis.__bench = {
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
  // analysePage's stages timed one by one (what analysePage does, in the same order)
  async stages() {
    const seen = observe();
    await settle(50);
    const url = location.href;
    const stages = timeStages(document, url);
    await settle(50);
    // and the whole of it, as the content script calls it
    const t5 = performance.now();
    analysePage(document, url);
    const total = performance.now() - t5;
    await settle(200);
    seen.stop();
    return { ...stages, total, longTasks: seen.tasks };
  },
  // the longest single steps of the highlighting generator and of the analysis (a slice cannot be shorter)
  stepTimes() {
    const longest = (g) => {
      const times = [];
      for (let i = 0; ; i++) {
        const t0 = performance.now();
        const r = g.next();
        times.push([performance.now() - t0, i]);
        if (r.done) return { steps: times.length, top: times.sort((x, y) => y[0] - x[0]).slice(0, 6), value: r.value };
      }
    };
    const analysis = longest(analysisSteps(document, location.href));
    const h = new Highlighter(document);
    const highlight = longest(h.steps(analysis.value));
    h.remove();
    return { analysis: { steps: analysis.steps, top: analysis.top }, highlight: { steps: highlight.steps, top: highlight.top } };
  },
  // what the content script does: the analysis in slices, then highlighting in slices, with
  // long tasks and long animation frames observed from the start of the analysis
  async long() {
    const seen = observe();
    await settle(50);
    const before = seen.tasks.length;
    const framesBefore = seen.frames.length;
    performance.mark('vna-highlight-start');
    const t0 = performance.now();
    const a = await analysePageInSlices(document, location.href);
    const analysed = performance.now() - t0;
    const h = new Highlighter(document);
    const marks = await h.apply(a);
    const total = performance.now() - t0;
    performance.mark('vna-highlight-end');
    await settle(200);
    const tasks = seen.tasks.slice(before);
    const frames = seen.frames.slice(framesBefore);
    const during = seen.tasks.length;
    // control: an 80 ms busy task must be seen, or the observer is not working
    setTimeout(() => { const end = performance.now() + 80; while (performance.now() < end); }, 0);
    await settle(300);
    seen.stop();
    return { marks, analysed, total, control: seen.tasks.length > during ? seen.tasks[seen.tasks.length - 1] : null,
      longTasks: tasks.length, maxTask: tasks.length ? Math.max(...tasks) : 0, tasks, frames,
      mentions: a.entities.reduce((n, e) => n + e.mentions.length, 0) };
  },
};`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${x.toFixed(0)} ms`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

/** What the renderer's main thread did inside each task over 50 ms of a Chrome trace. */
function summariseTrace(json: string): string[] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const start = mark('vna-highlight-start') ?? 0; // the start of the analysis
  const end = mark('vna-highlight-end') ?? Number.POSITIVE_INFINITY;
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && (e.dur ?? 0) > 30_000 && e.ts + (e.dur ?? 0) >= start && e.ts <= end,
  );
  const thread = (e: TraceEvent) => (e as { tdur?: number }).tdur ?? e.dur ?? 0;
  const all = onMain.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start && e.ts <= end);
  const frames = onMain.filter((e) => e.name === 'Layout' && e.ts >= start && e.ts <= end).length;
  const summary = `trace: ${all.length} main-thread tasks while highlighting, ${frames} layouts; max task ${(Math.max(0, ...all.map((e) => e.dur ?? 0)) / 1000).toFixed(0)} ms wall, ${(Math.max(0, ...all.map(thread)) / 1000).toFixed(0)} ms thread time; over 50 ms of thread time: ${all.filter((e) => thread(e) > 50_000).length}`;
  if (!process.env.TRACE_TASKS) return [summary];
  return [
    summary,
    ...tasks.map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
      const by = new Map<string, number>();
      for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0));
      const top = [...by.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`)
        .join(', ');
      const cpu = (task as { tdur?: number }).tdur;
      return `at +${((task.ts - start) / 1000).toFixed(0)} ms: task ${((task.dur ?? 0) / 1000).toFixed(1)} ms (thread time ${cpu === undefined ? '?' : (cpu / 1000).toFixed(1)} ms): ${top}`;
    }),
  ];
}

async function main() {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': new URL('..', import.meta.url).pathname },
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // the marks' styles, as the content script adds them: styled marks cost more to render
  const css = readFileSync(new URL('../components/entity-card.css', import.meta.url), 'utf8');
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
  await page.addStyleTag({ content: css });
  const { times, marks } = await page.evaluate(
    (runs) => (globalThis as unknown as { __bench: BenchApi }).__bench.corpus(runs),
    RUNS,
  );
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `corpus article ${corpus.name}: ${marks} marks, median ${median(times).toFixed(2)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(2)} ms over ${RUNS} runs (target ≤ 10 ms)`,
  );
  // 2. a generated 5,000-paragraph article: its analysis, then highlighting in time slices,
  // each run in a fresh page
  const counts: number[] = [];
  const maxima: number[] = [];
  const analysis: number[] = [];
  const sliced: number[] = [];
  const totals: number[] = [];
  for (let run = 1; run <= LONG_RUNS; run++) {
    await page.goto('https://fr.vietnamplus.vn/long-post1.vnp');
    await page.addScriptTag({ content: script });
    await page.addStyleTag({ content: css });
    if (run === 1) {
      const st = await page.evaluate(() => (globalThis as unknown as { __bench: BenchApi }).__bench.stepTimes());
      for (const [what, x] of Object.entries(st))
        console.log(
          `  ${what} steps: ${x.steps}; longest: ${x.top.map(([d, i]) => `#${i} ${d.toFixed(1)} ms`).join(', ')}`,
        );
    }
    const stages = await page.evaluate(() => (globalThis as unknown as { __bench: BenchApi }).__bench.stages());
    analysis.push(stages.total);
    console.log(
      `  run ${run} one-pass analysis (for reference): ${ms(stages.total)} (detect ${ms(stages.detect)}, extract ${ms(stages.extract)}, entities ${ms(stages.entities)}, stories ${ms(stages.stories)}); long tasks seen: ${stages.longTasks.map(ms).join(', ') || 'none'}`,
    );
    if (TRACE)
      await browser.startTracing(page, {
        categories: [
          'toplevel',
          'blink.user_timing',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.gc',
          'v8',
        ],
      });
    const long = await page.evaluate(() => (globalThis as unknown as { __bench: BenchApi }).__bench.long());
    if (TRACE) {
      const json = (await browser.stopTracing()).toString();
      if (process.env.TRACE_FILE) writeFileSync(`${process.env.TRACE_FILE}.${run}.json`, json);
      for (const line of summariseTrace(json)) console.log(`    ${line}`);
    }
    counts.push(long.longTasks);
    maxima.push(long.maxTask);
    sliced.push(long.analysed);
    totals.push(long.total);
    console.log(
      `  run ${run} in slices: analysis ${ms(long.analysed)}, then ${long.mentions} mentions → ${long.marks} marks, ${ms(long.total)} wall time in all; long tasks: ${long.longTasks}${long.longTasks ? ` (${long.tasks.map(ms).join(', ')})` : ''}; long animation frames: ${long.frames.length}${long.frames.length ? ` (${long.frames.map((f) => `${ms(f.duration)}, render ${ms(f.render)}`).join('; ')})` : ''}; control 80 ms task seen as ${long.control === null ? 'NOTHING (observer not working)' : ms(long.control)}`,
    );
  }
  console.log(
    `5,000 paragraphs over ${LONG_RUNS} runs: long tasks during analysis + highlighting ${counts.reduce((a, b) => a + b, 0)} in all (per run ${counts.join('/')}), max ${ms(Math.max(...maxima))} (target: none over 50 ms); wall time median: analysis in slices ${ms(median(sliced))}, with highlighting ${ms(median(totals))}; one-pass analysis ${ms(median(analysis))}`,
  );
  await browser.close();
}

void main();
