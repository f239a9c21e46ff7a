// Filtering, ordering, grouping, counting and relatedness over timeline entries. Pure functions,
// written to stay fast on tens of thousands of entries (one pass, no per-entry folding).

import { composed } from '../text/as-read';
import { fold } from '../text/fold';
import type { Domain } from '../types';
import { sameStory, searchTextOf, type TimelineEntry } from './entry';

export interface TimelineQuery {
  /** ISO code of a partner country */
  partner?: string;
  domain?: Domain;
  entityId?: string;
  /** words to find in title or summary (folded: no accents, any case); all must occur */
  text?: string;
  /** only stories about Vietnam's cooperation with another country */
  cooperationOnly?: boolean;
}

/** The words of a text query, folded. */
export function queryWords(text: string | undefined): string[] {
  if (!text) return [];
  return fold(composed(text))
    .replace(/\u0000/g, '')
    .split(WORD_SEPARATORS)
    .filter((w) => w.length > 0);
}

/** The words of a query are split where the text is: a word of the query lies inside one of these. */
export const WORD_SEPARATORS = /[^\p{L}\p{N}']+/u;

/** The text a query's words are looked for in: an entry's stored search text, or its title and summary read again. */
export function haystackOf(e: Pick<Queryable, 'search' | 'title' | 'summary'>): string {
  // (a story stored before searches read text composed keeps a folded mark or a soft hyphen in
  // its search text: read again)
  const stored = e.search;
  return stored && !stored.includes('\u0000') && !stored.includes('\u00ad')
    ? stored
    : searchTextOf(e.title ?? '', e.summary ?? null);
}

/** What a query looks at: an entry, or a compact row of one (the timeline page's). */
export type Queryable = Pick<TimelineEntry, 'partners' | 'domains' | 'entityIds' | 'isCooperation' | 'search'> &
  Partial<Pick<TimelineEntry, 'title' | 'summary'>>;

/** The entries matching every given criterion, in their input order. */
export function queryTimeline<E extends Queryable>(entries: readonly E[], query: TimelineQuery): E[] {
  const partner = query.partner?.toUpperCase();
  const { domain, entityId, cooperationOnly } = query;
  const words = queryWords(query.text);
  const out: E[] = [];
  for (const e of entries) {
    if (partner && !e.partners.includes(partner)) continue;
    if (domain && !e.domains.includes(domain)) continue;
    if (entityId && !e.entityIds.includes(entityId)) continue;
    if (cooperationOnly && !e.isCooperation) continue;
    if (words.length) {
      const hay = haystackOf(e);
      let all = true;
      for (const w of words) {
        if (!hay.includes(w)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out.push(e);
  }
  return out;
}

/** The day an entry is placed on: its event date, else its publication day. */
export function entryDay(e: TimelineEntry): string {
  return e.date ?? e.published?.slice(0, 10) ?? '';
}

/** Newest first: by event day, then publication time, then last sighting; then id for stability. */
export function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
  const da = entryDay(a);
  const db = entryDay(b);
  if (da !== db) return da < db ? 1 : -1;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  if (a.lastSeen !== b.lastSeen) return b.lastSeen - a.lastSeen;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortNewestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  // decorate once: the day and publication strings, then compare (same order as compareNewestFirst)
  const rows = entries.map((e) => ({ e, d: entryDay(e), p: e.published ?? '' }));
  rows.sort((a, b) => {
    if (a.d !== b.d) return a.d < b.d ? 1 : -1;
    if (a.p !== b.p) return a.p < b.p ? 1 : -1;
    return compareNewestFirst(a.e, b.e);
  });
  return rows.map((r) => r.e);
}

export interface MonthGroup {
  /** "YYYY-MM", or null for entries without any date */
  month: string | null;
  entries: TimelineEntry[];
}

export interface PartnerGroup {
  /** ISO code, or null for stories without a partner */
  partner: string | null;
  count: number;
  months: MonthGroup[];
}

/**
 * Entries grouped by partner (a multilateral story appears under each of its partners), then by
 * month, newest first. Partner groups: most stories first (ties: most recent first); the group
 * of stories without a partner comes last.
 */
export function groupByPartner(entries: readonly TimelineEntry[]): PartnerGroup[] {
  const sorted = sortNewestFirst(entries);
  const groups = new Map<string | null, PartnerGroup>();
  const newest = new Map<string | null, string>();
  for (const e of sorted) {
    const month = entryDay(e).slice(0, 7) || null;
    const partners: (string | null)[] = e.partners.length ? e.partners : [null];
    for (const p of partners) {
      let g = groups.get(p);
      if (!g) {
        g = { partner: p, count: 0, months: [] };
        groups.set(p, g);
        newest.set(p, entryDay(e));
      }
      g.count++;
      const last = g.months[g.months.length - 1];
      if (last && last.month === month) last.entries.push(e);
      else g.months.push({ month, entries: [e] });
    }
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.partner === null) !== (b.partner === null)) return a.partner === null ? 1 : -1;
    if (a.count !== b.count) return b.count - a.count;
    const na = newest.get(a.partner) ?? '';
    const nb = newest.get(b.partner) ?? '';
    if (na !== nb) return na < nb ? 1 : -1;
    return (a.partner ?? '') < (b.partner ?? '') ? -1 : 1;
  });
}

/** Entries by month ("YYYY-MM"), newest month first, entries newest first. */
export function groupByMonth(entries: readonly TimelineEntry[]): MonthGroup[] {
  const out: MonthGroup[] = [];
  for (const e of sortNewestFirst(entries)) {
    const month = entryDay(e).slice(0, 7) || null;
    const last = out[out.length - 1];
    if (last && last.month === month) last.entries.push(e);
    else out.push({ month, entries: [e] });
  }
  return out;
}

export interface Count<K extends string> {
  key: K;
  count: number;
}

function countBy<K extends string>(
  entries: readonly TimelineEntry[],
  keys: (e: TimelineEntry) => readonly K[],
): Count<K>[] {
  const counts = new Map<K, number>();
  for (const e of entries) for (const k of keys(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** How many entries each partner has, most first (ties by code). */
export function partnerCounts(entries: readonly TimelineEntry[]): Count<string>[] {
  return countBy(entries, (e) => e.partners);
}

/** How many entries each domain has, most first. */
export function domainCounts(entries: readonly TimelineEntry[]): Count<Domain>[] {
  return countBy(entries, (e) => e.domains);
}

/** Approximate day count of "YYYY-MM-DD" (enough to compare closeness), NaN when unreadable. */
function approxDays(iso: string): number {
  if (iso.length < 10) return Number.NaN;
  return Number(iso.slice(0, 4)) * 372 + Number(iso.slice(5, 7)) * 31 + Number(iso.slice(8, 10));
}

function dayDistance(a: number, b: string): number {
  const d = Math.abs(a - approxDays(b));
  return Number.isNaN(d) ? 365 : d;
}

/**
 * Other entries related to `current`, best first: those sharing a partner come first, then by
 * shared entities, shared domains, and closeness in time. Entries sharing nothing are left out,
 * and so is the current story itself (same id or same story).
 */
export function relatedTo(current: TimelineEntry, entries: readonly TimelineEntry[], limit = 10): TimelineEntry[] {
  const partners = new Set(current.partners);
  const entities = new Set(current.entityIds);
  const domains = new Set<string>(current.domains);
  const day = approxDays(entryDay(current));
  // the best `limit` so far, best first (a bounded insertion: no sort of every candidate)
  const scored: { e: TimelineEntry; score: number }[] = [];
  const better = (a: { e: TimelineEntry; score: number }, b: { e: TimelineEntry; score: number }) =>
    a.score > b.score || (a.score === b.score && compareNewestFirst(a.e, b.e) < 0);
  for (const e of entries) {
    if (e.id === current.id) continue;
    let sharedPartner = false;
    for (const p of e.partners) if (partners.has(p)) sharedPartner = true;
    let sharedEntities = 0;
    for (const id of e.entityIds) if (entities.has(id)) sharedEntities++;
    let sharedDomains = 0;
    for (const d of e.domains) if (domains.has(d)) sharedDomains++;
    if (!sharedPartner && !sharedEntities && !sharedDomains) continue;
    const closeness = 1 - Math.min(dayDistance(day, entryDay(e)), 365) / 365;
    const item = {
      e,
      score: (sharedPartner ? 1000 : 0) + Math.min(sharedEntities, 10) * 50 + sharedDomains * 10 + closeness * 9,
    };
    const worst = scored[scored.length - 1];
    if (scored.length >= limit && worst && !better(item, worst)) continue;
    if (sameStory(current, e)) continue;
    let at = scored.length;
    while (at > 0 && better(item, scored[at - 1] as { e: TimelineEntry; score: number })) at--;
    scored.splice(at, 0, item);
    if (scored.length > limit) scored.pop();
  }
  return scored.map((s) => s.e);
}
