// The whole analysis (detect → extract → entities → stories) against Readability.parse on a clone
// of the same page, in real Chromium (Debian's, driven by playwright-core), same run, interleaved,
// on every page family: the corpus renderings (known), mutated corpus pages (one variant per
// mutation of one page each), and the new-markup pages. Per step medians show where time goes.
//   npx tsx bench/analysis-chromium.ts
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { loadNewLayouts } from '../eval/families';
import { variants } from '../eval/mutated';
import { CHROMIUM } from '../tests/support/browsers/chromium';
import { loadCorpus } from '../tests/support/corpus';
import { median } from './extraction';

const RUNS = 21;

interface Sample {
  readability: number;
  total: number;
  detect: number;
  extract: number;
  entities: number;
  stories: number;
}

const entry = `
import { Readability } from '@mozilla/readability';
import { analysePage } from './lib/analyse';
import { timeStages } from './bench/stage-times';
globalThis.__bench = (runs) => {
  const url = location.href;
  const out = [];
  for (let i = 0; i < runs + 2; i++) {
    const r0 = performance.now();
    new Readability(document.cloneNode(true)).parse();
    const readability = performance.now() - r0;
    const a0 = performance.now();
    analysePage(document, url);
    const total = performance.now() - a0;
    const stages = timeStages(document, url);
    // the first two runs warm the JIT up
    if (i >= 2) out.push({ readability, total, ...stages });
  }
  return out;
};
`;

async function main() {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': new URL('..', import.meta.url).pathname },
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const corpus = loadCorpus();
  const mutated = variants(corpus.filter((p) => p.markup === 'vnp').slice(0, 1), 1).concat(
    variants(corpus.filter((p) => p.markup === 'courrier').slice(0, 1), 1),
  );
  const pages = [
    ...corpus.map((p) => ({ family: 'known', name: p.name, url: p.url, html: p.html })),
    ...mutated.map((v) => ({ family: 'mutated', name: `${v.page.name}~${v.mutation}`, url: v.page.url, html: v.html })),
    ...loadNewLayouts().map((p) => ({ family: 'new', name: p.name, url: p.url, html: p.html })),
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  // (a page's own Content-Security-Policy — a Reader View copy keeps Firefox's "default-src chrome:"
  // — would block the injected bench script; the extension's content script is not subject to it)
  const page = await browser.newPage({ bypassCSP: true });
  let current = '';
  await page.route(/^https?:\/\//, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: current })
      : route.abort(),
  );
  const rows: { family: string; name: string; m: Record<keyof Sample, number> }[] = [];
  for (const p of pages) {
    current = p.html;
    await page.goto(p.url.replace('http:', 'https:'));
    await page.addScriptTag({ content: script });
    const samples = await page.evaluate(
      (runs) => (globalThis as unknown as { __bench: (n: number) => Sample[] }).__bench(runs),
      RUNS,
    );
    const m = {} as Record<keyof Sample, number>;
    for (const k of ['readability', 'total', 'detect', 'extract', 'entities', 'stories'] as const)
      m[k] = median(samples.map((s) => s[k]));
    rows.push({ family: p.family, name: p.name, m });
  }
  await browser.close();
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(`Whole analysis vs Readability.parse on a clone, real Chromium, median of ${RUNS} runs per page (ms)`);
  console.log(
    `${'family'.padEnd(8)} ${'page'.padEnd(44)} ${'Rdb'.padStart(7)} ${'analysis'.padStart(8)} ${'ratio'.padStart(6)}  ${'detect'.padStart(7)} ${'extract'.padStart(7)} ${'entities'.padStart(8)} ${'stories'.padStart(7)}`,
  );
  for (const r of rows)
    console.log(
      `${r.family.padEnd(8)} ${r.name.slice(0, 44).padEnd(44)} ${f(r.m.readability)} ${f(r.m.total).padStart(8)} ${(r.m.total / r.m.readability).toFixed(2).padStart(6)}  ${f(r.m.detect)} ${f(r.m.extract)} ${f(r.m.entities).padStart(8)} ${f(r.m.stories)}`,
    );
  for (const family of ['known', 'mutated', 'new']) {
    const rs = rows.filter((r) => r.family === family);
    const ratios = rs.map((r) => r.m.total / r.m.readability);
    console.log(
      `${family}: median ratio ${median(ratios).toFixed(2)}× (max ${Math.max(...ratios).toFixed(2)}×); medians: Readability ${median(rs.map((r) => r.m.readability)).toFixed(2)} ms, analysis ${median(rs.map((r) => r.m.total)).toFixed(2)} ms (detect ${median(rs.map((r) => r.m.detect)).toFixed(2)}, extract ${median(rs.map((r) => r.m.extract)).toFixed(2)}, entities ${median(rs.map((r) => r.m.entities)).toFixed(2)}, stories ${median(rs.map((r) => r.m.stories)).toFixed(2)})`,
    );
  }
  const all = rows.map((r) => r.m.total / r.m.readability);
  console.log(`all pages: median ratio ${median(all).toFixed(2)}×`);
}

await main();
