// Where each lane, mark and bin of the chart goes: plain data from the lanes' bins and a d3 time
// scale. A bin of a few stories (STACK at most, all of them known) is drawn as one mark per story;
// a denser one as a bin with its count.
import { scaleUtc } from 'd3-scale';
import { type Bin, DAY_MS, type LaneRow, type Level } from '@/lib/timeline/axis';

export const LABEL_WIDTH = 180;
export const LANE_HEIGHT = 44;
export const AXIS_HEIGHT = 30;
export const RIGHT_PAD = 16;
/** the id of the plot area's clip path (one chart per page) */
export const PLOT_CLIP = 'tl-plot';
/** stories of a bin drawn one by one */
export const STACK = 3;

export interface LaneBins {
  partner: string;
  /** the lane's stories matching the filters (dated and undated) */
  count: number;
  undated: number;
  bins: Bin[];
}

export type ChartItem =
  | { kind: 'mark'; key: string; lane: number; x: number; y: number; row: LaneRow }
  | { kind: 'bin'; key: string; lane: number; x: number; y: number; width: number; bin: Bin };

export interface ChartLayout {
  width: number;
  height: number;
  /** the time scale of the plot area (x in px from the chart's left edge) */
  scale: ReturnType<typeof scaleUtc<number>>;
  lanes: { lane: LaneBins; y: number; items: ChartItem[] }[];
  /** each item by its key, with its place in its lane */
  byKey: Map<string, { item: ChartItem; index: number }>;
  /** the largest bin's count (2 at least): bins are shaded against it */
  maxCount: number;
}

export function layoutChart(
  lanes: readonly LaneBins[],
  window: [number, number],
  width: number,
  level: Level,
): ChartLayout {
  const scale = scaleUtc<number>()
    .domain([new Date(window[0]), new Date(window[1])])
    .range([LABEL_WIDTH, Math.max(LABEL_WIDTH + 100, width - RIGHT_PAD)]);
  const out = lanes.map((lane, i) => {
    const y = AXIS_HEIGHT + i * LANE_HEIGHT;
    const items: ChartItem[] = [];
    for (const bin of lane.bins) {
      const x0 = scale(new Date(bin.start));
      const x1 = scale(new Date(bin.end));
      if (bin.count <= STACK && bin.stories.length === bin.count) {
        bin.stories.forEach((row, k) => {
          // a day's mark at its middle; several in one bin, one above the other
          const x = level === 'day' ? (x0 + x1) / 2 : scale(new Date(row.t + DAY_MS / 2));
          const y0 = y + LANE_HEIGHT / 2 + (k - (bin.stories.length - 1) / 2) * 11;
          items.push({ kind: 'mark', key: `${i}:${row.id}`, lane: i, x, y: y0, row });
        });
      } else {
        items.push({ kind: 'bin', key: `${i}:${bin.start}`, lane: i, x: x0, y, width: Math.max(2, x1 - x0), bin });
      }
    }
    return { lane, y, items };
  });
  const byKey = new Map<string, { item: ChartItem; index: number }>();
  let maxCount = 2;
  for (const lane of out)
    lane.items.forEach((item, index) => {
      byKey.set(item.key, { item, index });
      if (item.kind === 'bin' && item.bin.count > maxCount) maxCount = item.bin.count;
    });
  return { width, height: AXIS_HEIGHT + lanes.length * LANE_HEIGHT + 4, scale, lanes: out, byKey, maxCount };
}

/** Items of a lane that are elements of their own (focusable, named): FOCUS_WINDOW at most. */
export const FOCUS_WINDOW = 9;

/**
 * The [start, end) of a lane's items kept as elements around its tab stop `active`: the lane's
 * roving tabindex moves through all of them, and the window follows, so the page holds a bounded
 * number of focusable elements whatever the zoom. A lane of FOCUS_WINDOW items or fewer has all.
 */
export function focusWindow(count: number, active: number, size = FOCUS_WINDOW): [number, number] {
  const start = Math.max(0, Math.min(active - (size >> 1), count - size));
  return [start, Math.min(count, start + size)];
}

/** The item under the point (x, y) of the chart (px from its top left corner), or null. */
export function itemAt(layout: ChartLayout, x: number, y: number): ChartItem | null {
  const lane = layout.lanes[Math.floor((y - AXIS_HEIGHT) / LANE_HEIGHT)];
  if (!lane || x < LABEL_WIDTH) return null;
  let best: ChartItem | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const item of lane.items) {
    if (item.kind === 'bin') {
      if (x >= item.x && x < item.x + item.width) return item;
      continue;
    }
    // a mark: within its radius and a pixel more
    const d = Math.hypot(item.x - x, item.y - y);
    if (d <= 6 && d < distance) [best, distance] = [item, d];
  }
  return best;
}

/** The item nearest to `x` among `items` (for moving between lanes), or null. */
export function nearestItem(items: readonly ChartItem[], x: number): number | null {
  let best: number | null = null;
  let distance = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    const centre = item.kind === 'bin' ? item.x + item.width / 2 : item.x;
    const d = Math.abs(centre - x);
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}
