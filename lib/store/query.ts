// The timeline for a query, newest first: from the indexes and the counts record when they can
// answer it alone (nothing, or only a partner: fast on a cold start), else from the cache of all
// entries.

import { matchQuery, type TimelineCounts, type TimelineEntry, type TimelineQuery } from '../timeline';
import type { TimelineCache } from './cache';
import { indexedPage } from './reads';
import { countsOf, storeStats } from './stats';
import type { LensDatabase } from './stored';
import { quarantineEntries } from './writes';

/** A query the store's indexes answer alone: nothing, or only a partner. */
export function indexable(q: TimelineQuery): boolean {
  return !q.domain && !q.entityId && !q.text?.trim() && !q.cooperationOnly;
}

export interface QueryOptions {
  offset?: number;
  limit?: number;
  counts?: boolean;
}

export interface QueryAnswer {
  entries: TimelineEntry[];
  total: number;
  counts?: TimelineCounts;
}

/**
 * The timeline for a query, newest first, one page of it (`offset`, `limit`; default 50), with
 * counts when asked. Empty and partner-only queries are answered from the indexes (fast on a cold
 * start); others from the cache of all entries.
 */
export async function queryStore(
  db: LensDatabase,
  cache: TimelineCache,
  query: TimelineQuery,
  options: QueryOptions = {},
) {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  if (indexable(query)) {
    const stats = await storeStats(db);
    const partner = query.partner?.toUpperCase();
    const known = partner ? (stats.partners[partner] ?? 0) : stats.total;
    const page = await indexedPage(db, partner, offset, limit, known);
    const counts = options.counts ? countsOf(stats) : undefined;
    if (page.bad.length) {
      await quarantineEntries(db, page.bad);
      cache.reset();
    }
    const answer: QueryAnswer = { entries: page.entries, total: page.total - page.bad.length };
    if (counts) answer.counts = counts;
    return answer;
  }
  // (with counts, the entries matching all but the partner are found once: the counts are theirs
  // — every partner stays shown — and the partner's entries are among them)
  const rest = await cache.matching(options.counts ? { ...query, partner: undefined } : query);
  const found = options.counts ? matchQuery(rest, { partner: query.partner }) : rest;
  const answer: QueryAnswer = { entries: found.slice(offset, offset + limit), total: found.length };
  if (options.counts) answer.counts = await cache.countsOf(query, rest);
  return answer;
}
