// Timings of the timeline store: `npx tsx bench/store.ts [count]` (Node + fake-indexeddb, and
// the pure queries the background runs on its cache). Budget: a query ≤ 50 ms at 50,000 stories.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import {
  indexCounts,
  indexedPage,
  type LensDatabase,
  openStore,
  queryStore,
  TimelineCache,
  toStored,
} from '../lib/store';
import { matchQuery } from '../lib/timeline';
import { WordIndex } from '../lib/timeline/word-index';
import { DOMAINS } from '../lib/types';
import { generatedEntries, median, PARTNERS } from '../tests/support/generated';

const COUNT = Number(process.argv[2] ?? 50_000);
const BUDGET_MS = 50;

async function time(label: string, runs: number, fn: (i: number) => unknown, budget?: number): Promise<number> {
  for (let i = 0; i < 2; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const m = median(times);
  const verdict = budget === undefined ? '' : m <= budget ? `  ok (≤ ${budget} ms)` : `  OVER BUDGET (> ${budget} ms)`;
  console.log(`${label.padEnd(52)} median ${m.toFixed(2).padStart(8)} ms  (n=${runs})${verdict}`);
  return m;
}

async function main() {
  const t0 = performance.now();
  const entries = generatedEntries(COUNT);
  const db: LensDatabase = await openStore(new IDBFactory());
  const tx = db.transaction('entries', 'readwrite');
  for (const e of entries) void tx.store.put(toStored(e));
  await tx.done;
  console.log(
    `stored ${COUNT} entries in fake-indexeddb in ${(performance.now() - t0).toFixed(0)} ms (node ${process.version})\n`,
  );

  let over = 0;
  const q = async (label: string, fn: (i: number) => unknown, budget = BUDGET_MS) => {
    if ((await time(label, 15, fn, budget)) > budget) over++;
  };
  const cache = new TimelineCache(async () => db);
  const all = await cache.all();
  console.log('Queries on the background cache (what text/domain/entity filters run):');
  await q('partner', (i) => matchQuery(all, { partner: PARTNERS[i % PARTNERS.length] }));
  await q('domain', (i) => matchQuery(all, { domain: DOMAINS[i % DOMAINS.length] }));
  await q('entity', (i) => matchQuery(all, { entityId: `person:p${i}` }));
  // (text goes through the cache's word index, as the background's queries do; its one build is
  // timed apart, and the full scan it spares is timed as a reference)
  await time('word index: built once, on the first text query', 3, () => new WordIndex(all));
  await time('text, full scan of every entry (reference)', 15, (i) =>
    matchQuery(all, { text: ['sécurité', 'Hanoï', 'PATROUILLE'][i % 3] }),
  );
  await q('text (one word, accents)', (i) => cache.matching({ text: ['sécurité', 'Hanoï', 'PATROUILLE'][i % 3] }));
  await q('text + partner + domain', () => cache.matching({ partner: 'KH', domain: 'defence', text: 'accord' }));
  await q('no partner', () => matchQuery(all, { partner: '-' }));
  // (what the timeline page asks when the reader types words: one page and the counts beside it)
  await q('store: text, a page and counts', (i) =>
    queryStore(db, cache, { text: ['sécurité', 'Hanoï', 'accord'][i % 3] }, { limit: 50, counts: true }),
  );
  console.log('\nIndexed reads (cold start, fake-indexeddb; a real browser is faster):');
  await time('first 20 of a partner, newest first (index)', 9, (i) =>
    indexedPage(db, PARTNERS[i % PARTNERS.length], 0, 20),
  );
  await time('counts per partner and domain (index keys)', 5, () => indexCounts(db));
  await time('cache load: all entries (cold start, once)', 3, () => new TimelineCache(async () => db).all());
  if (over) {
    console.log(`\n${over} query kind(s) over the ${BUDGET_MS} ms budget`);
    process.exitCode = 1;
  } else console.log(`\nall queries within ${BUDGET_MS} ms on ${COUNT} stories`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
