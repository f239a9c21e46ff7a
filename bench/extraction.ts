// Extraction time per page against Readability alone, on the same documents, in the same run.
// Both sides clone the document first (Readability mutates what it reads), so the ratio is the
// price of what VNA Lens adds: noise removal, captions, feed stories, field splitting.
import { Readability } from '@mozilla/readability';
import { analysePage } from '../lib/analyse';
import { extract } from '../lib/extract';
import { parseHtml } from '../lib/node-dom';
import { loadCorpus } from '../tests/support/corpus';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function benchExtraction(runs = 30) {
  const rows: { page: string; readability: number; extract: number; analyse: number }[] = [];
  for (const page of loadCorpus()) {
    const doc = parseHtml(page.html, page.url);
    const r: number[] = [];
    const e: number[] = [];
    const a: number[] = [];
    for (let i = 0; i < 3; i++) {
      new Readability(doc.cloneNode(true) as Document).parse();
      extract(doc, page.url);
    }
    // interleaved so that machine noise hits both sides alike
    for (let i = 0; i < runs; i++) {
      r.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
      e.push(time(() => extract(doc, page.url)));
      a.push(time(() => analysePage(doc, page.url)));
    }
    rows.push({ page: page.name, readability: median(r), extract: median(e), analyse: median(a) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchExtraction();
  console.log('Extraction per page, median ms over 30 runs (Node + jsdom)');
  console.log(
    `${'page'.padEnd(30)} ${'Readability'.padStart(11)} ${'extract'.padStart(8)} ${'ratio'.padStart(6)} ${'analyse (all)'.padStart(14)}`,
  );
  for (const r of rows)
    console.log(
      `${r.page.padEnd(30)} ${r.readability.toFixed(2).padStart(11)} ${r.extract.toFixed(2).padStart(8)} ${(r.extract / r.readability).toFixed(2).padStart(6)} ${r.analyse.toFixed(2).padStart(14)}`,
    );
  const ratios = rows.map((r) => r.extract / r.readability);
  console.log(
    `median ratio extract/Readability: ${median(ratios).toFixed(2)}× (max ${Math.max(...ratios).toFixed(2)}×); ` +
      `median Readability ${median(rows.map((r) => r.readability)).toFixed(2)} ms, extract ${median(rows.map((r) => r.extract)).toFixed(2)} ms, ` +
      `whole analysis ${median(rows.map((r) => r.analyse)).toFixed(2)} ms`,
  );
}
