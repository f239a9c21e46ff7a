// Timings of the timeline store: `npx tsx bench/store.ts [count]` (Node + fake-indexeddb, and
// the pure queries the background runs on its cache). Budget: a query ≤ 50 ms at 50,000 stories.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import {
  indexCounts,
  indexedPage,
  type LensDatabase,
  matchQuery,
  openStore,
  TimelineCache,
  toStored,
} from '../lib/store';
import { searchTextOf, type TimelineEntry, timelineToJson } from '../lib/timeline';
import { DOMAINS, type Domain } from '../lib/types';

const COUNT = Number(process.argv[2] ?? 50_000);
const BUDGET_MS = 50;

let seed = 0x5eed;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const PARTNERS = ['KH', 'LA', 'CN', 'RU', 'ID', 'CU', 'JP', 'KR', 'US', 'FR', 'IN', 'TH', 'MN', 'HU', 'JO', 'AU'];
const WORDS =
  'coopération renforcement visite délégation ministère sécurité défense parti Assemblée nationale économie commerce investissement culture santé province Hanoï Phnom Penh Vientiane Pékin amitié partenariat ambassadeur entretien accord frontière patrouille conjointe'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

/** A generated entry, shaped like those of real pages (exported for bench/popup.ts). */
export function makeEntry(i: number): TimelineEntry {
  const title = `${sentence(10)} ${i}`;
  const summary = sentence(40);
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rand() * 12 * 365) * 86_400_000).toISOString().slice(0, 10);
  const partners = rand() < 0.15 ? [] : rand() < 0.9 ? [pick(PARTNERS)] : [pick(PARTNERS), pick(PARTNERS)];
  const domains: Domain[] = [pick(DOMAINS), ...(rand() < 0.5 ? [pick(DOMAINS)] : [])];
  const entityIds = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `person:p${Math.floor(rand() * 2000)}`);
  const ids = [...new Set(entityIds)];
  return {
    id: `url:fr.vietnamplus.vn/post${i}`,
    keys: [`url:fr.vietnamplus.vn/post${i}`, `title:${title.toLowerCase()}`],
    title,
    summary,
    url: `https://fr.vietnamplus.vn/x-post${i}.vnp`,
    origin: rand() < 0.3 ? 'article' : 'feed',
    published: `${day}T10:00:00+07:00`,
    date: day,
    dateSource: 'text',
    partners: [...new Set(partners)],
    domains: [...new Set(domains)],
    isCooperation: partners.length > 0,
    entityIds: ids,
    seenOn: ['https://fr.vietnamplus.vn/page'],
    firstSeen: 1_700_000_000_000 + i,
    lastSeen: 1_700_000_000_000 + i,
    mentions: [{ field: 'title', start: 0, end: 5, entityId: ids[0] as string }],
    entities: ids.map((id) => ({ id, name: `Nom ${id}`, type: 'person', role: null, country: 'VN', aliases: [] })),
    search: searchTextOf(title, summary),
  };
}

/** A JSON export of `count` generated entries (to seed a store through 'timeline:import'). */
export function generatedExport(count: number): string {
  seed = 0x5eed;
  return timelineToJson(
    Array.from({ length: count }, (_, i) => makeEntry(i)),
    '2026-01-01T00:00:00.000Z',
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

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
  const entries = Array.from({ length: COUNT }, (_, i) => makeEntry(i));
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
  await q('text (one word, accents)', (i) => matchQuery(all, { text: ['sécurité', 'Hanoï', 'PATROUILLE'][i % 3] }));
  await q('text + partner + domain', () => matchQuery(all, { partner: 'KH', domain: 'defence', text: 'accord' }));
  await q('no partner', () => matchQuery(all, { partner: '-' }));
  console.log('\nIndexed reads (cold start, fake-indexeddb; a real browser is faster):');
  await time('first 20 of a partner, newest first (index)', 9, (i) => indexedPage(db, PARTNERS[i % 16], 0, 20));
  await time('counts per partner and domain (index keys)', 5, () => indexCounts(db));
  await time('cache load: all entries (cold start, once)', 3, () => new TimelineCache(async () => db).all());
  if (over) {
    console.log(`\n${over} query kind(s) over the ${BUDGET_MS} ms budget`);
    process.exitCode = 1;
  } else console.log(`\nall queries within ${BUDGET_MS} ms on ${COUNT} stories`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
