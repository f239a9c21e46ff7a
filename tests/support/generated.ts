// What the benches measure on: timeline entries shaped like those of real pages (titles and
// summaries of VNA words and names, partners, domains, entities, a highlighted name), generated
// from a fixed seed so every run and every bench sees the same data.
import { searchTextOf, type TimelineEntry, timelineToJson } from '../../lib/timeline';
import { DOMAINS, type Domain } from '../../lib/types';

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

export const PARTNERS = [
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
  const ids = [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * 5) }, () => `person:p${Math.floor(rand() * 2000)}`)),
  ];
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

/** `count` generated entries; the same ones on every call. */
export function generatedEntries(count: number): TimelineEntry[] {
  seed = 0x5eed;
  return Array.from({ length: count }, (_, i) => makeEntry(i));
}

/** A JSON export of `count` generated entries (to seed a store through 'timeline:import'). */
export function generatedExport(count: number): string {
  return timelineToJson(generatedEntries(count), '2026-01-01T00:00:00.000Z');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A VietnamPlus article of `paragraphs` paragraphs (5 names each): the long-page benches' page. */
export function longPage(paragraphs = 5000): string {
  const fill = ' Les deux parties ont discuté de la coopération dans la garantie de la sécurité et de l’ordre.';
  const ps = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraphe ${i} : à Phnom Penh, le vice-Premier ministre Sar Kheng a rencontré Hun Sen et le ministère de la Sécurité publique du Vietnam.${fill}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="fr"><head><title>Long</title></head><body><article>
  <h1 class="article__title">Sar Kheng reçoit une délégation du Vietnam</h1>
  <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu une délégation.</div>
  <div class="article__body">${ps}</div></article></body></html>`;
}
