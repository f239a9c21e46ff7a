// A page of the timeline grouped by partner, for any filter, in one answer: the counts, then the
// entries of the groups a planner picks from them (the popup's: components/popup/plan.ts).
// Unfiltered, it reads the counts record and the newest entries kept per partner (or the
// indexes); filtered, one pass over the cache of all entries.

import { matchQuery, type TimelineCounts, type TimelineEntry, type TimelineQuery } from '../timeline';
import type { TimelineCache } from './cache';
import { type NewestByPartner, stampOf } from './newest';
import { indexable, queryStore } from './query';
import type { LensDatabase } from './stored';

/** One partner's group to read: `limit` entries from `offset` (0: its newest). */
export interface GroupRequest {
  /** ISO code, or NO_PARTNER */
  partner: string;
  offset?: number;
  limit: number;
}

/** One partner's group: its stories' count under the filter, and the entries asked for. */
export interface GroupPage {
  partner: string;
  count: number;
  entries: TimelineEntry[];
}

export interface GroupedPage {
  /** stories matching the query (apart from a partner) */
  total: number;
  /** per partner and domain, of the stories matching the query (apart from a partner) */
  counts: TimelineCounts;
  groups: GroupPage[];
}

/** Picks the groups to read, knowing the counts. */
export type GroupPlanner = (counts: TimelineCounts) => GroupRequest[] | Promise<GroupRequest[]>;

export async function readGroups(
  store: LensDatabase,
  cache: TimelineCache,
  newest: NewestByPartner,
  query: TimelineQuery,
  plan: GroupPlanner,
): Promise<GroupedPage> {
  const base: TimelineQuery = { ...query, partner: undefined };
  if (indexable(base)) {
    const overview = await queryStore(store, cache, {}, { limit: 0, counts: true });
    newest.use(stampOf(overview));
    const counts = overview.counts ?? { partners: [], domains: [] };
    const countOf = new Map(counts.partners.map((c) => [c.key, c.count]));
    const groups = await Promise.all(
      (await plan(counts)).map(async ({ partner, offset = 0, limit }): Promise<GroupPage> => {
        if (offset === 0) return { partner, ...(await newest.read(store, partner, limit, countOf.get(partner) ?? 0)) };
        const page = await queryStore(store, cache, { partner }, { offset, limit });
        return { partner, count: page.total, entries: page.entries };
      }),
    );
    return { total: overview.total, counts, groups };
  }
  const matched = await cache.matching(base);
  const counts = await cache.countsOf(base, matched);
  const groups = (await plan(counts)).map(({ partner, offset = 0, limit }) => {
    const of = matchQuery(matched, { partner });
    return { partner, count: of.length, entries: of.slice(offset, offset + limit) };
  });
  return { total: matched.length, counts, groups };
}
