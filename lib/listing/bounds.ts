// How far "Compléter la chronologie" goes back, per partner: a setting of the options page.
// (Its own module: the popup and options pages read it without the listing parser.)

import type { Analysis } from '../types';

export interface ListingBounds {
  /** listing pages read per partner at most */
  pages: number;
  /** how far back per partner, in months before today */
  months: number;
}

export const DEFAULT_LISTING_BOUNDS: ListingBounds = { pages: 5, months: 12 };

/** Bounds as the reader may set them: whole numbers, 1–20 pages, 1–120 months. */
export function clampBounds(b: Partial<ListingBounds> | undefined): ListingBounds {
  const whole = (v: unknown, min: number, max: number, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
  return {
    pages: whole(b?.pages, 1, 20, DEFAULT_LISTING_BOUNDS.pages),
    months: whole(b?.months, 1, 120, DEFAULT_LISTING_BOUNDS.months),
  };
}

/** The first day the months bound keeps (YYYY-MM-DD), `months` before `now`. */
export function cutoffDay(now: number, months: number): string {
  const d = new Date(now);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - Math.max(0, months), 1));
  // the same day of that month, or its last day (31 March − 1 month is 28 February, not 3 March)
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.getUTCDate(), last));
  return first.toISOString().slice(0, 10);
}

/**
 * A listing page's analysis without the teasers dated before `cutoff` (YYYY-MM-DD): the page
 * that reaches past the months bound is read, but only its stories inside the bound are stored.
 * A teaser without a date is kept (it is stored undated, off the axis, as any undated teaser of
 * a feed): nothing says it is older, and the page holding it was reached within the bound.
 * A listing's analysis has no article and one story per teaser, in order; the teasers' entity
 * mentions are renumbered to follow them, and an entity left without a mention is dropped.
 */
export function storiesSince(analysis: Analysis, cutoff: string): Analysis {
  const kept = analysis.stories.map((s) => s.date === null || s.date >= cutoff);
  if (analysis.article || kept.every(Boolean) || kept.length !== analysis.related.length) return analysis;
  const newIndex: number[] = [];
  let next = 0;
  for (const k of kept) newIndex.push(k ? next++ : -1);
  const entities = analysis.entities
    .map((e) => ({
      ...e,
      mentions: e.mentions
        .filter((m) => m.in !== 'related' || kept[m.index])
        .map((m) => (m.in === 'related' ? { ...m, index: newIndex[m.index] as number } : m)),
    }))
    .filter((e) => e.mentions.length > 0);
  return {
    ...analysis,
    related: analysis.related.filter((_, i) => kept[i]),
    stories: analysis.stories.filter((_, i) => kept[i]),
    entities,
  };
}
