// What a lane looks like, as a few strings: its marks and bins drawn as one SVG path per colour,
// and its bins' counts as one text whose characters are each placed. A zoom step then patches a
// handful of attributes per lane instead of an element per story (1,000–2,000 at a wide zoom).
// Who can focus or name an item is the accessible layer's business (ChartLane.tsx), not this.
import type { ChartItem } from './layout';
import { LANE_HEIGHT } from './layout';
import type { Palette } from './palette';

export const MARK_RADIUS = 5;
/** the band a bin's bar is centred in */
export const BIN_TOP = 8;
export const BIN_HEIGHT = LANE_HEIGHT - 2 * BIN_TOP;
/** a digit's advance at the labels' 11 px (digits are tabular in the system fonts) */
const DIGIT_PX = 6.5;

export interface LaneDrawing {
  /** bins' bars and marks' dots, one path per colour */
  bins: { fill: string; d: string }[];
  marks: { fill: string; d: string }[];
  /** the counts of the bins wide enough to hold them: every character's x, and the characters */
  labels: { x: string; text: string } | null;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** How dark or tall a bin of `count` stories is, between 0.35 and 1 (log of the chart's largest bin). */
export function binShade(count: number, maxCount: number): number {
  return Math.min(1, 0.35 + (0.65 * Math.log(Math.max(1, count))) / Math.log(Math.max(2, maxCount)));
}

/** Whether a bin is wide enough to show its count. */
export const showsCount = (width: number, count: number) => width >= String(count).length * 7 + 2;

/** A bin's bar: the lane's band, as tall as its shade, centred. */
export function binBar(item: Extract<ChartItem, { kind: 'bin' }>, maxCount: number) {
  const height = BIN_HEIGHT * binShade(item.bin.count, maxCount);
  return {
    x: item.x + 0.5,
    y: item.y + LANE_HEIGHT / 2 - height / 2,
    width: Math.max(1, item.width - 1),
    height,
  };
}

export function drawLane(items: readonly ChartItem[], palette: Palette, maxCount: number): LaneDrawing {
  const bins = new Map<string, string[]>();
  const marks = new Map<string, string[]>();
  const xs: string[] = [];
  let text = '';
  const add = (map: Map<string, string[]>, fill: string, part: string) => {
    const parts = map.get(fill);
    if (parts) parts.push(part);
    else map.set(fill, [part]);
  };
  for (const item of items) {
    if (item.kind === 'mark') {
      const domain = item.row.domains[0];
      // a circle as two arcs
      const r = MARK_RADIUS;
      add(
        marks,
        domain ? palette.domains[domain] : palette.bin,
        `M${r1(item.x - r)} ${r1(item.y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
      );
      continue;
    }
    const { bin } = item;
    const bar = binBar(item, maxCount);
    add(
      bins,
      bin.domain ? palette.domains[bin.domain] : palette.bin,
      `M${r1(bar.x)} ${r1(bar.y)}h${r1(bar.width)}v${r1(bar.height)}h${r1(-bar.width)}z`,
    );
    if (showsCount(item.width, bin.count)) {
      const label = String(bin.count);
      const left = item.x + item.width / 2 - (label.length * DIGIT_PX) / 2;
      for (let k = 0; k < label.length; k++) xs.push(String(r1(left + k * DIGIT_PX)));
      text += label;
    }
  }
  // in one order whatever the items' (a zoom then patches the paths in place rather than moving them)
  const paths = (map: Map<string, string[]>) =>
    [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([fill, parts]) => ({ fill, d: parts.join('') }));
  return { bins: paths(bins), marks: paths(marks), labels: text ? { x: xs.join(' '), text } : null };
}
