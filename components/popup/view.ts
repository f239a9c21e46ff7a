// The timeline's view (components/Timeline.tsx) built from the background's grouped pages, and
// the requests for what a view still lacks. Pure: tested in Node.

import type { FirstPageLimits, TimelineFirstPage } from '@/lib/messages';
import type { GroupedPage, GroupPage, GroupRequest } from '@/lib/store';
import type { TimelineQuery } from '@/lib/timeline';
import type { TimelineFilters } from '../ActiveFilters';
import type { GroupView, TimelineView } from '../Timeline';
import { FIRST_SCREEN } from '../Timeline';
import { firstPagePlan, groupOrder } from './plan';

/** Entries of the current story's partner group(s), of the other first groups, and per "show more". */
export const FOCUS_LIMIT = 10;
export const GROUP_LIMIT = 3;
export const MORE_LIMIT = 20;
export const FIRST_GROUPS = 3;
/** A filtered timeline: the first groups' entries. */
export const FILTERED_PAGE: FirstPageLimits = {
  focusLimit: FOCUS_LIMIT,
  groupLimit: GROUP_LIMIT,
  groups: FIRST_GROUPS,
};
/** The first page: the first groups' entries, a screenful of them in the first answer (the rest right after). */
export const FIRST_PAGE: FirstPageLimits = { ...FILTERED_PAGE, entries: FIRST_SCREEN };

export const EMPTY_VIEW: TimelineView = {
  status: 'loading',
  total: 0,
  allCount: 0,
  stored: -1,
  counts: { partners: [], domains: [] },
  groups: [],
  shownGroups: FIRST_GROUPS,
};

/** The query of the filters (with or without their partner). */
export function queryOf(filters: TimelineFilters, withPartner: boolean): TimelineQuery {
  const q: TimelineQuery = {};
  if (withPartner && filters.partner) q.partner = filters.partner;
  if (filters.domain) q.domain = filters.domain;
  if (filters.entityId) q.entityId = filters.entityId;
  if (filters.text?.trim()) q.text = filters.text.trim();
  return q;
}

/**
 * The view of the timeline's first page: its groups with entries (`more`: the rest of their first
 * entries still to come), then the others as counted.
 */
export function firstView(page: TimelineFirstPage, focus: readonly string[]): TimelineView {
  const limitOf = new Map(firstPagePlan(page.counts.partners, focus, FIRST_PAGE).map((p) => [p.partner, p.limit]));
  const loaded: GroupView[] = page.groups.map((g) => ({
    ...g,
    more: g.entries.length < Math.min(limitOf.get(g.partner) ?? 0, g.count),
  }));
  const others: GroupView[] = page.counts.partners
    .filter((c) => !limitOf.has(c.key))
    .map((c) => ({ partner: c.key, count: c.count, entries: null }));
  return {
    status: 'ready',
    total: page.total,
    allCount: page.total,
    stored: page.total,
    counts: page.counts,
    groups: [...loaded, ...others].filter((g) => g.count > 0),
    shownGroups: FIRST_GROUPS,
  };
}

/** The view of a filtered timeline (stored: -1 when the filters hide how many stories are stored). */
export function filteredView(page: GroupedPage, filters: TimelineFilters, focus: readonly string[]): TimelineView {
  const countOf = new Map(page.counts.partners.map((c) => [c.key, c.count]));
  const loaded = new Map(page.groups.map((g) => [g.partner, g]));
  const { order } = groupOrder(page.counts.partners, focus, filters.partner);
  const groups: GroupView[] = order.map(
    (partner) => loaded.get(partner) ?? { partner, count: countOf.get(partner) ?? 0, entries: null },
  );
  return {
    status: 'ready',
    total: filters.partner ? (groups[0]?.count ?? 0) : page.total,
    allCount: page.total,
    stored: Object.keys(queryOf(filters, false)).length ? -1 : page.total,
    counts: page.counts,
    groups: groups.filter((g) => g.count > 0),
    shownGroups: FIRST_GROUPS,
  };
}

/** The rest of the first entries of the groups that have `more` to come. */
export function restRequests(view: TimelineView, focus: readonly string[]): GroupRequest[] {
  const limitOf = new Map(firstPagePlan(view.counts.partners, focus, FIRST_PAGE).map((p) => [p.partner, p.limit]));
  return view.groups.flatMap((g) => {
    const have = g.entries?.length ?? 0;
    const want = Math.min(limitOf.get(g.partner) ?? 0, g.count) - have;
    return g.more && want > 0 ? [{ partner: g.partner, offset: have, limit: want }] : [];
  });
}

/** The groups shown after "other countries" (`shown` of them) that have no entries yet. */
export function moreGroupsRequests(view: TimelineView, shown: number): GroupRequest[] {
  return view.groups
    .slice(0, shown)
    .filter((g) => !g.entries)
    .map((g) => ({ partner: g.partner, limit: GROUP_LIMIT }));
}

/** Groups with the pages read for them appended (and nothing more to come). */
export function appendPages(groups: readonly GroupView[], pages: readonly GroupPage[]): GroupView[] {
  const read = new Map(pages.map((p) => [p.partner, p]));
  return groups.map((g) => {
    const page = read.get(g.partner);
    if (!page) return g;
    return { ...g, count: page.count, entries: [...(g.entries ?? []), ...page.entries], more: false };
  });
}
