// Where each lane, mark and bin of the chart goes: plain data from the lanes' bins and a d3 time
// scale. A bin of a few stories (STACK at most, all of them known) is drawn as one mark per story;
// a denser one as a bin with its count.
import { scaleUtc } from 'd3-scale';
import { type Bin, DAY_MS, type LaneRow, type Level } from '@/lib/timeline/axis';

export const LABEL_WIDTH = 180;
export const LANE_HEIGHT = 44;
export const AXIS_HEIGHT = 30;
export const RIGHT_PAD = 16;
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
  for (const lane of out)
    lane.items.forEach((item, index) => {
      byKey.set(item.key, { item, index });
    });
  return { width, height: AXIS_HEIGHT + lanes.length * LANE_HEIGHT + 4, scale, lanes: out, byKey };
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
