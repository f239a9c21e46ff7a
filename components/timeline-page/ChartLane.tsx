// One lane of the chart: its name and count, its marks and bins as a few paths (drawing.ts), and
// over them the accessible layer — an element per item (a link or button named by its title and
// date, or by its count and period) for the items around the lane's tab stop (focusWindow), which
// the arrow keys move through the whole lane. A lane whose layout, tab stop and look did not change
// is not rendered again (memo): showing a card or moving the focus in one lane leaves the others.
import { memo } from 'preact/compat';
import type { Translate } from '@/lib/i18n';
import type { Level } from '@/lib/timeline/axis';
import { partnerFlag, partnerName } from '../labels';
import { markName, periodName, storiesLabel } from './chart-names';
import { BIN_HEIGHT, BIN_TOP, drawLane, MARK_RADIUS } from './drawing';
import { type ChartLayout, focusWindow, LANE_HEIGHT, PLOT_CLIP } from './layout';
import type { Palette } from './palette';

export interface ChartLaneProps {
  lane: ChartLayout['lanes'][number];
  width: number;
  /** the item holding the lane's tab stop */
  stop: number;
  maxCount: number;
  level: Level;
  palette: Palette;
  locale: string;
  t: Translate;
}

function Lane({ lane: { lane, y, items }, width, stop, maxCount, level, palette, locale, t }: ChartLaneProps) {
  const drawing = drawLane(items, palette, maxCount);
  const active = Math.min(stop, items.length - 1);
  const [from, to] = focusWindow(items.length, active);
  const name = partnerName(lane.partner, locale, t);
  return (
    <g class="tl-lane" data-partner={lane.partner} aria-label={`${name}: ${storiesLabel(lane.count, t)}`}>
      <line x1={0} x2={width} y1={y + LANE_HEIGHT} y2={y + LANE_HEIGHT} stroke={palette.line} />
      <text class="tl-lane-name" x={8} y={y + 18} fill={palette.fg} font-weight="600">
        {`${partnerFlag(lane.partner)} ${name}`.trim()}
      </text>
      <text x={8} y={y + 34} fill={palette.muted} font-size="11">
        {storiesLabel(lane.count, t)}
        {lane.undated > 0 ? ` · ${t('timelineUndated', String(lane.undated))}` : ''}
      </text>
      <g clip-path={`url(#${PLOT_CLIP})`}>
        {drawing.bins.map((p) => (
          <path key={`b${p.fill}`} class="tl-bins" d={p.d} fill={p.fill} fill-opacity={0.8} />
        ))}
        {drawing.marks.map((p) => (
          <path key={`m${p.fill}`} class="tl-marks" d={p.d} fill={p.fill} stroke={palette.bg} stroke-width={1.5} />
        ))}
        {drawing.labels && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG text is no tab stop; read aloud, the digits would run together (each bin's item says its count)
          <text
            class="tl-counts"
            aria-hidden="true"
            x={drawing.labels.x}
            y={y + LANE_HEIGHT / 2 + 4}
            font-size="11"
            fill={palette.fg}
            pointer-events="none"
          >
            {drawing.labels.text}
          </text>
        )}
      </g>
      {items.slice(from, to).map((item, k) => {
        const i = from + k;
        // keyed by item (written out: a key in a spread is no key for Preact's JSX): the focused
        // element stays the item it names while the window follows the arrows; keyed by place, a
        // key pressed before the focus caught up would skip items
        const common = {
          'data-key': item.key,
          role: item.kind === 'bin' || !item.row.url ? ('button' as const) : ('link' as const),
          tabindex: i === active ? 0 : -1,
          fill: 'transparent',
        };
        if (item.kind === 'mark')
          return (
            <circle
              key={item.key}
              {...common}
              class="tl-item tl-mark"
              data-id={item.row.id}
              aria-label={markName(item.row.title, item.row.day, locale)}
              cx={item.x}
              cy={item.y}
              r={MARK_RADIUS + 1}
            />
          );
        const { bin } = item;
        return (
          <rect
            key={item.key}
            {...common}
            class="tl-item tl-bin"
            data-count={bin.count}
            aria-label={t('timelineBin', String(bin.count), periodName(bin.start, bin.end, level, locale, t))}
            x={item.x + 0.5}
            y={y + BIN_TOP}
            width={Math.max(1, item.width - 1)}
            height={BIN_HEIGHT}
          />
        );
      })}
    </g>
  );
}

export const ChartLane = memo(Lane);
