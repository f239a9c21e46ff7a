// Matching and counting over timeline entries for the reader's filters, with the partner "key"
// of stories without any partner (NO_PARTNER). Pure: the store answers from these when its
// indexes cannot (free text, several criteria).

import type { Domain } from '../types';
import type { TimelineEntry } from './entry';
import { type Count, queryTimeline, type TimelineQuery } from './query';

/** The partner "key" of stories without any partner (in counts and queries). */
export const NO_PARTNER = '-';

export interface TimelineCounts {
  /** per partner, most first; NO_PARTNER last */
  partners: Count<string>[];
  domains: Count<Domain>[];
}

/** queryTimeline, plus NO_PARTNER for stories without a partner. */
export function matchQuery(entries: readonly TimelineEntry[], query: TimelineQuery): TimelineEntry[] {
  if (query.partner !== NO_PARTNER) return queryTimeline(entries, query);
  return queryTimeline(entries, { ...query, partner: undefined }).filter((e) => e.partners.length === 0);
}

const byCount = <K extends string>(a: Count<K>, b: Count<K>) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const sortedCounts = <K extends string>(pairs: Iterable<[K, number]>): Count<K>[] =>
  [...pairs].map(([key, count]) => ({ key, count })).sort(byCount);

function withNoPartner(counts: Count<string>[], none: number): Count<string>[] {
  return none ? [...counts, { key: NO_PARTNER, count: none }] : counts;
}

/** Counts from tables of partner and domain counts (NO_PARTNER among the partners, put last). */
export function countsFromTables(partners: Record<string, number>, domains: Record<string, number>): TimelineCounts {
  const none = partners[NO_PARTNER] ?? 0;
  const named = sortedCounts(Object.entries(partners)).filter((c) => c.key !== NO_PARTNER);
  return { partners: withNoPartner(named, none), domains: sortedCounts(Object.entries(domains)) as Count<Domain>[] };
}

/** Counts per partner and domain of these entries. */
export function countsOfEntries(rest: readonly TimelineEntry[]): TimelineCounts {
  const partners = new Map<string, number>();
  const domains = new Map<Domain, number>();
  let none = 0;
  for (const e of rest) {
    if (!e.partners.length) none++;
    for (const p of e.partners) partners.set(p, (partners.get(p) ?? 0) + 1);
    for (const d of e.domains) domains.set(d, (domains.get(d) ?? 0) + 1);
  }
  return { partners: withNoPartner(sortedCounts(partners), none), domains: sortedCounts(domains) };
}
