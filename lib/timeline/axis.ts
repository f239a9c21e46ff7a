// The timeline page's geometry, as plain data: one lane per partner, stories binned by a calendar
// interval fitted to the zoom (years → days), the visible window zoomed and panned within the
// stories' extent. Pure functions; linear in the stories of the window (lanes are kept sorted by
// time, so a window is found by binary search).

import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { DOMAINS, type Domain } from '../types';
import { NO_PARTNER } from './counts';

/** A story as the timeline page draws it (a compact row of a TimelineEntry). */
export interface AxisStory {
  id: string;
  title: string;
  /** "YYYY-MM-DD": the event date, else the publication day */
  day: string;
  partners: string[];
  domains: Domain[];
  url: string | null;
}

export const DAY_MS = 86_400_000;

/** Calendar intervals, coarsest first. */
export const LEVELS = ['year', 'quarter', 'month', 'week', 'day'] as const;
export type Level = (typeof LEVELS)[number];

/** Typical length of a bin of each level (to choose one for a zoom). */
const LEVEL_MS: Record<Level, number> = {
  year: 365.25 * DAY_MS,
  quarter: 91.3 * DAY_MS,
  month: 30.44 * DAY_MS,
  week: 7 * DAY_MS,
  day: DAY_MS,
};

/** The narrowest window: a week. */
export const MIN_SPAN_MS = 7 * DAY_MS;

/** ms since epoch of "YYYY-MM-DD" at 00:00 UTC, or null when it is not a day. */
export function dayTime(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // (Date.UTC rolls "02-30" over to March: a day that is not one is refused)
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(day) ? t : null;
}

/** The finest level whose bins are at least `minBinPx` wide when `spanMs` fills `widthPx`. */
export function levelFor(spanMs: number, widthPx: number, minBinPx = 18): Level {
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  for (let i = LEVELS.length - 1; i > 0; i--) {
    const level = LEVELS[i] as Level;
    if (LEVEL_MS[level] * pxPerMs >= minBinPx) return level;
  }
  return 'year';
}

/** The d3-time interval of a level (weeks start on Monday, as in France). */
export function intervalOf(level: Level) {
  switch (level) {
    case 'year':
      return utcYear;
    case 'quarter':
      return utcMonth.every(3) ?? utcMonth;
    case 'month':
      return utcMonth;
    case 'week':
      return utcMonday;
    default:
      return utcDay;
  }
}

/** [start, end) in ms of the bin of `level` holding time `t`. */
export function binOf(level: Level, t: number): [number, number] {
  const interval = intervalOf(level);
  const start = interval.floor(new Date(t));
  return [start.getTime(), interval.offset(start, 1).getTime()];
}

export interface LaneRow extends AxisStory {
  t: number;
}

export interface Lane {
  /** ISO code, or NO_PARTNER */
  partner: string;
  /** dated stories, oldest first */
  rows: LaneRow[];
  /** stories without a readable day (not on the axis) */
  undated: number;
}

/**
 * One lane per partner (a story with two partners is in both), most stories first, ties by code;
 * the lane of stories without a partner last.
 */
export function lanesOf(stories: readonly AxisStory[]): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const s of stories) {
    const t = dayTime(s.day);
    for (const partner of s.partners.length ? s.partners : [NO_PARTNER]) {
      let lane = lanes.get(partner);
      if (!lane) {
        lane = { partner, rows: [], undated: 0 };
        lanes.set(partner, lane);
      }
      if (t === null) lane.undated++;
      else lane.rows.push({ ...s, t });
    }
  }
  for (const lane of lanes.values()) lane.rows.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
  const size = (l: Lane) => l.rows.length + l.undated;
  return [...lanes.values()].sort((a, b) => {
    if ((a.partner === NO_PARTNER) !== (b.partner === NO_PARTNER)) return a.partner === NO_PARTNER ? 1 : -1;
    return size(b) - size(a) || (a.partner < b.partner ? -1 : 1);
  });
}

export interface Bin {
  /** ms, the bin's [start, end) */
  start: number;
  end: number;
  count: number;
  /** its first stories, oldest first (at most `keep`); none when drawn from month counts */
  stories: LaneRow[];
  /** the domain most of its stories share (null: none known) */
  domain: Domain | null;
  /** stories per domain, in DOMAINS' order (to merge bins) */
  tally?: number[];
}

const DOMAIN_INDEX = new Map<string, number>(DOMAINS.map((d, i) => [d, i]));

/** The domain with the most stories in a tally (ties: the first in DOMAINS' order). */
function mostOf(tally: readonly number[]): Domain | null {
  let best = -1;
  let most = 0;
  tally.forEach((n, i) => {
    if (n > most) [best, most] = [i, n];
  });
  return best < 0 ? null : (DOMAINS[best] as Domain);
}

/** Index of the first row at or after `t` (rows oldest first). */
function firstAtOrAfter(rows: readonly LaneRow[], t: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as LaneRow).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lane's stories in `window` ([from, to) ms), in bins of `level`; each bin keeps `keep` stories. */
export function binLane(rows: readonly LaneRow[], level: Level, window: [number, number], keep = 10): Bin[] {
  const interval = intervalOf(level);
  const bins: Bin[] = [];
  const from = Number.isFinite(window[0]) ? interval.floor(new Date(window[0])).getTime() : window[0];
  let bin: Bin | null = null;
  let tally: number[] = [];
  for (let i = firstAtOrAfter(rows, from); i < rows.length; i++) {
    const row = rows[i] as LaneRow;
    if (row.t >= window[1]) break;
    if (!bin || row.t >= bin.end) {
      const [start, end] = binOf(level, row.t);
      tally = new Array(DOMAINS.length).fill(0);
      bin = { start, end, count: 0, stories: [], domain: null, tally };
      bins.push(bin);
    }
    bin.count++;
    if (bin.stories.length < keep) bin.stories.push(row);
    for (const d of row.domains) {
      const k = DOMAIN_INDEX.get(d);
      if (k !== undefined) tally[k] = (tally[k] ?? 0) + 1;
    }
  }
  for (const b of bins) b.domain = mostOf(b.tally ?? []);
  return bins;
}

/**
 * A lane's bins of a week or a month (binLane over all its stories, made once) for a zoom of a
 * week or coarser: those in `window` (`bins` of that level), or the months merged into quarters
 * or years. Linear in the lane's bins in the window, not its stories, so a zoom step does not
 * read every story again.
 */
export function regroup(bins: readonly Bin[], level: Level, window: [number, number], keep = 10): Bin[] {
  // the whole bin holding the window's start, as binLane does
  const from = Number.isFinite(window[0]) ? intervalOf(level).floor(new Date(window[0])).getTime() : window[0];
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bins[mid] as Bin).end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Bin[] = [];
  for (let i = lo; i < bins.length; i++) {
    const m = bins[i] as Bin;
    if (m.start >= window[1]) break;
    if (level !== 'year' && level !== 'quarter') {
      out.push(m);
      continue;
    }
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.count += m.count;
      for (const row of m.stories) if (last.stories.length < keep) last.stories.push(row);
      const tally = last.tally ?? [];
      (m.tally ?? []).forEach((n, k) => {
        tally[k] = (tally[k] ?? 0) + n;
      });
      last.domain = mostOf(tally);
    } else {
      const [start, end] = binOf(level, m.start);
      out.push({ ...m, start, end, stories: [...m.stories], tally: [...(m.tally ?? [])] });
    }
  }
  return out;
}

/**
 * A lane's bins from its month counts ("YYYY-MM" → stories), before its stories are read: bins of
 * a month at least (finer levels are drawn by month), without stories.
 */
export function binMonths(months: Record<string, number>, level: Level, window: [number, number]): Bin[] {
  const coarse: Level = level === 'week' || level === 'day' ? 'month' : level;
  const byStart = new Map<number, Bin>();
  for (const [month, count] of Object.entries(months)) {
    const t = dayTime(`${month}-01`);
    if (t === null || count <= 0) continue;
    const [start, end] = binOf(coarse, t);
    if (end <= window[0] || start >= window[1]) continue;
    const bin = byStart.get(start) ?? { start, end, count: 0, stories: [], domain: null };
    bin.count += count;
    byStart.set(start, bin);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The dated span of the stories, as [first day, day after the last] in ms; null when none. */
export function extentOf(lanes: readonly { rows: readonly LaneRow[] }[]): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const lane of lanes) {
    const first = lane.rows[0];
    const last = lane.rows[lane.rows.length - 1];
    if (first && first.t < lo) lo = first.t;
    if (last && last.t > hi) hi = last.t;
  }
  return lo <= hi ? [lo, hi + DAY_MS] : null;
}

/** The span of month counts ("YYYY-MM" keys), as [first month's start, last month's end]. */
export function extentOfMonths(tables: readonly Record<string, number>[]): [number, number] | null {
  let lo = '';
  let hi = '';
  for (const table of tables)
    for (const month of Object.keys(table)) {
      if (!month) continue;
      if (!lo || month < lo) lo = month;
      if (!hi || month > hi) hi = month;
    }
  const start = dayTime(`${lo}-01`);
  const last = dayTime(`${hi}-01`);
  return start === null || last === null ? null : [start, utcMonth.offset(new Date(last), 1).getTime()];
}

/**
 * The window to show for `extent`: padded by a twentieth on each side, and never narrower than
 * MIN_SPAN_MS (a single day's stories are shown in the week around it).
 */
export function bounds(extent: [number, number]): [number, number] {
  const span = Math.max(extent[1] - extent[0], MIN_SPAN_MS);
  const mid = (extent[0] + extent[1]) / 2;
  const half = (span * 1.1) / 2;
  return [Math.floor(mid - half), Math.ceil(mid + half)];
}

/** Keeps a window of the same span inside `limits` (or the limits, if it is wider). */
function clampWindow(from: number, to: number, limits: [number, number]): [number, number] {
  const span = to - from;
  if (span >= limits[1] - limits[0]) return [limits[0], limits[1]];
  if (from < limits[0]) return [limits[0], limits[0] + span];
  if (to > limits[1]) return [limits[1] - span, limits[1]];
  return [from, to];
}

/**
 * The window zoomed by `factor` (< 1: in, > 1: out) around time `at` (which stays where it is on
 * screen), between MIN_SPAN_MS and the limits.
 */
export function zoomWindow(
  window: [number, number],
  factor: number,
  at: number,
  limits: [number, number],
): [number, number] {
  const span = window[1] - window[0];
  const next = Math.min(Math.max(span * factor, MIN_SPAN_MS), limits[1] - limits[0]);
  const share = span > 0 ? (at - window[0]) / span : 0.5;
  const from = at - share * next;
  return clampWindow(from, from + next, limits);
}

/** The window moved by `deltaMs` (negative: earlier), inside the limits. */
export function panWindow(window: [number, number], deltaMs: number, limits: [number, number]): [number, number] {
  return clampWindow(window[0] + deltaMs, window[1] + deltaMs, limits);
}
