// The timeline page's geometry (lib/timeline/axis.ts): lanes per partner, bins fitted to the zoom
// with every story counted once per lane, month bins regrouped as the stories would be binned,
// zoom and pan kept inside the stories' span.
import { describe, expect, it } from 'vitest';
import { entryDay } from '../../lib/timeline';
import {
  type AxisStory,
  binLane,
  binMonths,
  bounds,
  DAY_MS,
  dayTime,
  extentOf,
  extentOfMonths,
  LEVELS,
  lanesOf,
  levelFor,
  MIN_SPAN_MS,
  panWindow,
  regroup,
  zoomWindow,
} from '../../lib/timeline/axis';
import { generatedEntries } from '../support/generated';

const story = (id: string, day: string, partners: string[], domains: AxisStory['domains'] = []): AxisStory => ({
  id,
  title: `Titre ${id}`,
  day,
  partners,
  domains,
  url: `https://fr.vietnamplus.vn/${id}.vnp`,
});

const stories: AxisStory[] = generatedEntries(3000).map((e) => ({
  id: e.id,
  title: e.title,
  day: entryDay(e),
  partners: e.partners,
  domains: e.domains,
  url: e.url,
}));

const ALL: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];

describe('timeline axis: lanes', () => {
  it('makes one lane per partner, a two-partner story in both, stories without partner last', () => {
    const lanes = lanesOf([
      story('a', '2024-03-01', ['KH']),
      story('b', '2024-03-02', ['KH', 'LA']),
      story('c', '2024-01-05', ['LA']),
      story('d', '2023-12-31', []),
      story('e', '', ['KH']),
      story('f', '2024-02-30', ['CN']), // not a day
    ]);
    expect(lanes.map((l) => l.partner)).toEqual(['KH', 'LA', 'CN', '-']);
    const kh = lanes[0];
    expect(kh?.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(kh?.undated).toBe(1);
    expect(lanes[1]?.rows.map((r) => r.id)).toEqual(['c', 'b']); // oldest first
    expect(lanes[2]?.undated).toBe(1);
  });

  it('reads days strictly', () => {
    expect(dayTime('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(dayTime('2024-02-30')).toBe(null);
    expect(dayTime('2024-3-1')).toBe(null);
    expect(dayTime('')).toBe(null);
  });
});

describe('timeline axis: bins', () => {
  it('counts every dated story of a lane once, at every level, in bins that do not overlap', () => {
    const lanes = lanesOf(stories);
    for (const level of LEVELS)
      for (const lane of lanes) {
        const bins = binLane(lane.rows, level, ALL);
        expect(bins.reduce((n, b) => n + b.count, 0)).toBe(lane.rows.length);
        for (let i = 1; i < bins.length; i++) expect(bins[i]?.start).toBeGreaterThanOrEqual(bins[i - 1]?.end ?? 0);
        for (const b of bins)
          for (const r of b.stories) expect(r.t >= b.start && r.t < b.end, `${level} ${r.day}`).toBe(true);
      }
  });

  it('bins a window only, the bin holding its start included', () => {
    const lane = lanesOf(stories)[0];
    if (!lane) throw new Error('no lane');
    const from = Date.UTC(2018, 4, 17);
    const to = Date.UTC(2019, 0, 1);
    const bins = binLane(lane.rows, 'month', [from, to]);
    expect(bins[0]?.start).toBe(Date.UTC(2018, 4, 1));
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(
      lane.rows.filter((r) => r.t >= Date.UTC(2018, 4, 1) && r.t < to).length,
    );
  });

  it('regroups month and week bins exactly as the stories binned at that level', () => {
    for (const lane of lanesOf(stories).slice(0, 4)) {
      const months = binLane(lane.rows, 'month', ALL);
      const weeks = binLane(lane.rows, 'week', ALL);
      const window: [number, number] = [Date.UTC(2016, 6, 1), Date.UTC(2021, 3, 1)];
      for (const level of ['year', 'quarter', 'month'] as const) {
        const direct = binLane(lane.rows, level, window).map((b) => [b.start, b.count, b.domain]);
        const regrouped = regroup(months, level, window).map((b) => [b.start, b.count, b.domain]);
        expect(regrouped, level).toEqual(direct);
      }
      const direct = binLane(lane.rows, 'week', window).map((b) => [b.start, b.count]);
      expect(regroup(weeks, 'week', window).map((b) => [b.start, b.count])).toEqual(direct);
    }
  });

  it('colours a bin by the domain most of its stories share', () => {
    const [lane] = lanesOf([
      story('a', '2024-03-01', ['KH'], ['economy']),
      story('b', '2024-03-09', ['KH'], ['economy', 'culture']),
      story('c', '2024-03-20', ['KH'], ['culture', 'economy']),
      story('d', '2024-03-21', ['KH'], ['defence']),
    ]);
    const [bin] = binLane(lane?.rows ?? [], 'month', ALL);
    expect(bin?.count).toBe(4);
    expect(bin?.domain).toBe('economy');
  });

  it('draws bins of a month or more from month counts, before the stories are read', () => {
    const counts = { '2024-01': 3, '2024-02': 1, '2024-05': 2, '': 4 };
    const window: [number, number] = [Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1)];
    expect(binMonths(counts, 'month', window).map((b) => b.count)).toEqual([3, 1, 2]);
    expect(binMonths(counts, 'quarter', window).map((b) => b.count)).toEqual([4, 2]);
    expect(binMonths(counts, 'year', window).map((b) => b.count)).toEqual([6]);
    expect(binMonths(counts, 'day', window).map((b) => b.count)).toEqual([3, 1, 2]); // by month still
    expect(extentOfMonths([counts])).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)]);
  });
});

describe('timeline axis: zoom and pan', () => {
  const limits = bounds(extentOf(lanesOf(stories)) ?? [0, 1]);

  it('fits the level to the zoom: years when wide, days when narrow', () => {
    expect(levelFor(12 * 365 * DAY_MS, 1000)).toBe('quarter');
    expect(levelFor(40 * 365 * DAY_MS, 1000)).toBe('year');
    expect(levelFor(3 * 365 * DAY_MS, 1000)).toBe('month');
    expect(levelFor(365 * DAY_MS, 1000)).toBe('week');
    expect(levelFor(30 * DAY_MS, 1000)).toBe('day');
  });

  it('keeps the time under the pointer in place, and stays within the span', () => {
    const window: [number, number] = [limits[0] + 100 * DAY_MS, limits[0] + 1100 * DAY_MS];
    const at = window[0] + 250 * DAY_MS;
    const zoomed = zoomWindow(window, 0.5, at, limits);
    expect(zoomed[1] - zoomed[0]).toBeCloseTo(500 * DAY_MS, -3);
    expect((at - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo(0.25, 6);
    let w = window;
    for (let i = 0; i < 40; i++) w = zoomWindow(w, 0.5, at, limits);
    expect(w[1] - w[0]).toBe(MIN_SPAN_MS);
    for (let i = 0; i < 40; i++) w = zoomWindow(w, 2, at, limits);
    expect(w).toEqual(limits);
    const earlier = panWindow([limits[0] + DAY_MS, limits[0] + 30 * DAY_MS], -10 * DAY_MS, limits);
    expect(earlier).toEqual([limits[0], limits[0] + 29 * DAY_MS]);
  });

  it('shows a single day in the week around it', () => {
    const one = bounds([Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 2)]);
    expect(one[1] - one[0]).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(one[0]).toBeLessThan(Date.UTC(2024, 2, 1));
  });
});
