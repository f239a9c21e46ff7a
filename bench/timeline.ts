// Timings of the timeline model on generated entries: `npx tsx bench/timeline.ts [count]`.
// Budget: a query over 50,000 entries ≤ 50 ms (median).

import { performance } from 'node:perf_hooks';
import {
  groupByPartner,
  mergeEntries,
  partnerCounts,
  queryTimeline,
  relatedTo,
  sortNewestFirst,
  type TimelineEntry,
} from '../lib/timeline';
import { DOMAINS } from '../lib/types';
import { generatedEntries, median, PARTNERS } from '../tests/support/generated';

const COUNT = Number(process.argv[2] ?? 50_000);
const BUDGET_MS = 50;

function time(label: string, runs: number, fn: (i: number) => unknown, budget?: number): number {
  for (let i = 0; i < 3; i++) fn(i); // warm-up
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn(i);
    times.push(performance.now() - t0);
    if (Array.isArray(r)) sink += r.length;
  }
  const m = median(times);
  const verdict = budget === undefined ? '' : m <= budget ? `  ok (≤ ${budget} ms)` : `  OVER BUDGET (> ${budget} ms)`;
  console.log(
    `${label.padEnd(44)} median ${m.toFixed(2).padStart(7)} ms   max ${Math.max(...times)
      .toFixed(2)
      .padStart(7)} ms  (n=${runs}, results ${Math.round(sink / runs)})${verdict}`,
  );
  return m;
}

const t0 = performance.now();
// the first COUNT are the timeline; the rest arrive as new stories in the merge bench
const generated = generatedEntries(COUNT + 1_000);
const entries = generated.slice(0, COUNT);
console.log(`generated ${COUNT} entries in ${(performance.now() - t0).toFixed(0)} ms (node ${process.version})\n`);

let over = 0;
const q = (label: string, fn: (i: number) => unknown) => {
  if (time(label, 25, fn, BUDGET_MS) > BUDGET_MS) over++;
};
q('queryTimeline {partner}', (i) => queryTimeline(entries, { partner: PARTNERS[i % PARTNERS.length] }));
q('queryTimeline {domain}', (i) => queryTimeline(entries, { domain: DOMAINS[i % DOMAINS.length] }));
q('queryTimeline {entityId}', (i) => queryTimeline(entries, { entityId: `person:p${i}` }));
q('queryTimeline {text: one word}', (i) =>
  queryTimeline(entries, { text: ['securite', 'Hanoï', 'AMITIÉ', 'patrouille'][i % 4] }),
);
q('queryTimeline {text: two words, accents}', () => queryTimeline(entries, { text: 'coopération Phnom Penh' }));
q('queryTimeline {text: no hit}', () => queryTimeline(entries, { text: 'zzzzqx' }));
q('queryTimeline {partner, domain, text}', () =>
  queryTimeline(entries, { partner: 'KH', domain: 'defence', text: 'tô lâm' }),
);
q('query {partner} + sortNewestFirst', () => sortNewestFirst(queryTimeline(entries, { partner: 'CN' })));
console.log('');
time('partnerCounts', 15, () => partnerCounts(entries));
time('relatedTo (top 10)', 15, (i) => relatedTo(entries[i] as TimelineEntry, entries));
time('groupByPartner (all entries)', 5, () => groupByPartner(entries));
time('mergeEntries (+100 new/dup into all)', 5, (i) =>
  mergeEntries(
    entries,
    Array.from({ length: 100 }, (_, k) =>
      k % 2 ? (generated[COUNT + i * 100 + k] as TimelineEntry) : (entries[k * 7] as TimelineEntry),
    ),
  ),
);

if (over) {
  console.log(`\n${over} query kind(s) over the ${BUDGET_MS} ms budget`);
  process.exitCode = 1;
} else console.log(`\nall queries within ${BUDGET_MS} ms on ${COUNT} entries`);
