// Which partner groups the popup shows, in which order, and how many entries of each: the focus
// groups (the current story's partners) first, then the others, most stories first.

import type { FirstPageLimits } from '@/lib/messages';
import type { GroupRequest } from '@/lib/store';
import type { Count } from '@/lib/timeline';

/**
 * The popup's partner groups, in order: the focus partners that have stories (in their order),
 * then every other counted partner as counted (most first). With `only`, that partner alone.
 */
export function groupOrder(
  counts: readonly Count<string>[],
  focus: readonly string[],
  only?: string,
): { order: string[]; first: string[] } {
  if (only) return { order: [only], first: [only] };
  const counted = new Set(counts.map((c) => c.key));
  const first = focus.filter((p, i) => counted.has(p) && focus.indexOf(p) === i);
  const rest = counts.map((c) => c.key).filter((p) => !first.includes(p));
  return { order: [...first, ...rest], first };
}

export interface GroupPlan {
  partner: string;
  /** entries the popup shows of this group */
  limit: number;
  /** entries that come with the first answer (within FirstPageLimits.entries) */
  take: number;
}

/**
 * The groups of the first page: each with how many entries the popup shows (`limit`) and how many
 * come with the first answer (`take`: within `limits.entries`, the groups taken in order).
 * With `only` (a partner filter), that partner's group alone.
 */
export function firstPagePlan(
  counts: readonly Count<string>[],
  focus: readonly string[],
  limits: FirstPageLimits,
  only?: string,
): GroupPlan[] {
  const { order, first } = groupOrder(counts, focus, only);
  const countOf = new Map(counts.map((c) => [c.key, c.count]));
  let budget = limits.entries ?? Number.POSITIVE_INFINITY;
  return order.slice(0, Math.max(limits.groups, first.length)).map((partner) => {
    const limit = first.includes(partner) ? limits.focusLimit : limits.groupLimit;
    const take = Math.max(0, Math.min(limit, countOf.get(partner) ?? 0, budget));
    budget -= take;
    return { partner, limit, take };
  });
}

/** The groups of the first page to read for its first answer: each group's `take`. */
export function firstPageRequests(
  counts: readonly Count<string>[],
  focus: readonly string[],
  limits: FirstPageLimits,
  only?: string,
): GroupRequest[] {
  return firstPagePlan(counts, focus, limits, only).map(({ partner, take }) => ({ partner, limit: take }));
}
