// What the chart is drawn from: the stories once read (marks, any filter), or before that the
// counts record's stories per partner and month (bins only; a partner filter at most).
import type { MonthCounts } from '@/lib/store/months';
import { NO_PARTNER, queryTimeline } from '@/lib/timeline';
import {
  type Bin,
  binLane,
  binMonths,
  extentOf,
  extentOfMonths,
  type Lane,
  type Level,
  lanesOf,
  regroup,
} from '@/lib/timeline/axis';
import type { PageRow } from './data';
import type { LaneBins } from './layout';
import type { PageFilters } from './url-state';

export type Source =
  /** lanes of the stories, with their week and month bins (made once: zooms of a week or more regroup them) */
  | { kind: 'rows'; lanes: (Lane & { weeks: Bin[]; months: Bin[] })[] }
  | { kind: 'months'; lanes: { partner: string; months: Record<string, number>; count: number }[] };

/** Filters only the stories themselves can answer (the counts know partners only). */
export function needsRows(f: PageFilters): boolean {
  return Boolean(f.domain || f.entityId || f.text?.trim());
}

export function filterRows(rows: readonly PageRow[], f: PageFilters): PageRow[] {
  const query = {
    partner: f.partner === NO_PARTNER ? undefined : f.partner,
    domain: f.domain,
    entityId: f.entityId,
    text: f.text,
  };
  const found = queryTimeline(rows, query);
  return f.partner === NO_PARTNER ? found.filter((r) => r.partners.length === 0) : found;
}

const sum = (table: Record<string, number>) => Object.values(table).reduce((a, b) => a + b, 0);

/** Lanes in lanesOf's order: most stories first, ties by code, stories without a partner last. */
function byLaneOrder(a: { partner: string; count: number }, b: { partner: string; count: number }): number {
  if ((a.partner === NO_PARTNER) !== (b.partner === NO_PARTNER)) return a.partner === NO_PARTNER ? 1 : -1;
  return b.count - a.count || (a.partner < b.partner ? -1 : 1);
}

/** The chart's source for the filters, or null while the stories they need are being read. */
export function sourceOf(months: MonthCounts | null, rows: readonly PageRow[] | null, f: PageFilters): Source | null {
  if (rows) {
    const all: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const lanes = lanesOf(filterRows(rows, f)).map((l) => ({
      ...l,
      weeks: binLane(l.rows, 'week', all),
      months: binLane(l.rows, 'month', all),
    }));
    return { kind: 'rows', lanes };
  }
  if (!months || needsRows(f)) return null;
  const lanes = Object.entries(months)
    .filter(([partner]) => !f.partner || partner === f.partner)
    .map(([partner, table]) => ({ partner, months: table, count: sum(table) }))
    .filter((l) => l.count > 0)
    .sort(byLaneOrder);
  return { kind: 'months', lanes };
}

/** Partners and their stories' count (for the partner filter), from the counts record. */
export function partnerCounts(months: MonthCounts | null): { key: string; count: number }[] {
  return Object.entries(months ?? {})
    .map(([partner, table]) => ({ partner, count: sum(table) }))
    .sort(byLaneOrder)
    .map(({ partner, count }) => ({ key: partner, count }));
}

export function extentOfSource(source: Source): [number, number] | null {
  return source.kind === 'rows' ? extentOf(source.lanes) : extentOfMonths(source.lanes.map((l) => l.months));
}

export function binsOf(source: Source, level: Level, window: [number, number]): LaneBins[] {
  if (source.kind === 'rows')
    return source.lanes.map((l) => ({
      partner: l.partner,
      count: l.rows.length + l.undated,
      undated: l.undated,
      bins:
        level === 'day'
          ? binLane(l.rows, level, window)
          : regroup(level === 'week' ? l.weeks : l.months, level, window),
    }));
  return source.lanes.map((l) => ({
    partner: l.partner,
    count: l.count,
    undated: l.months[''] ?? 0,
    bins: binMonths(l.months, level, window),
  }));
}
