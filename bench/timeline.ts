// Timings of the timeline model on generated entries: `npx tsx bench/timeline.ts [count]`.
// Budget: a query over 50,000 entries ≤ 50 ms (median).

import { performance } from 'node:perf_hooks';
import {
  groupByPartner,
  mergeEntries,
  partnerCounts,
  queryTimeline,
  relatedTo,
  searchTextOf,
  sortNewestFirst,
  type TimelineEntry,
} from '../lib/timeline';
import { DOMAINS, type Domain } from '../lib/types';

const COUNT = Number(process.argv[2] ?? 50_000);
const BUDGET_MS = 50;

// Deterministic pseudo-random numbers (mulberry32).
let seed = 0x5eed;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const PARTNERS = [
  'KH',
  'LA',
  'CN',
  'RU',
  'ID',
  'CU',
  'JP',
  'KR',
  'US',
  'FR',
  'IN',
  'TH',
  'MN',
  'HU',
  'JO',
  'AU',
  'DE',
  'SG',
];
const WORDS =
  'coopération renforcement visite délégation ministère sécurité défense parti Assemblée nationale économie commerce investissement culture santé province justice presse éducation énergie Hanoï Phnom Penh Vientiane Pékin amitié partenariat stratégique ambassadeur reçoit entretien signature accord frontière patrouille conjointe Têt anniversaire fondation relations bilatérales'.split(
    ' ',
  );
const NAMES = [
  'Tô Lâm',
  'Pham Minh Chinh',
  'Hun Manet',
  'Thongloun Sisoulith',
  'Xi Jinping',
  'Wang Yi',
  'Lê Hoài Trung',
];

function sentence(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rand() < 0.08 ? pick(NAMES) : pick(WORDS));
  return out.join(' ');
}

function makeEntry(i: number): TimelineEntry {
  const title = `${sentence(10)} ${i}`;
  const summary = sentence(45);
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rand() * 12 * 365) * 86_400_000).toISOString().slice(0, 10);
  const partners = rand() < 0.15 ? [] : rand() < 0.9 ? [pick(PARTNERS)] : [pick(PARTNERS), pick(PARTNERS)];
  const domains: Domain[] = [pick(DOMAINS), ...(rand() < 0.5 ? [pick(DOMAINS)] : [])];
  const entityIds = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => `person:p${Math.floor(rand() * 2000)}`);
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
    entityIds: [...new Set(entityIds)],
    seenOn: ['https://fr.vietnamplus.vn/page'],
    firstSeen: 0,
    lastSeen: 0,
    mentions: [],
    entities: [],
    search: searchTextOf(title, summary),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

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
const entries = Array.from({ length: COUNT }, (_, i) => makeEntry(i));
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
    Array.from({ length: 100 }, (_, k) => (k % 2 ? makeEntry(COUNT + i * 100 + k) : (entries[k * 7] as TimelineEntry))),
  ),
);

if (over) {
  console.log(`\n${over} query kind(s) over the ${BUDGET_MS} ms budget`);
  process.exitCode = 1;
} else console.log(`\nall queries within ${BUDGET_MS} ms on ${COUNT} entries`);
