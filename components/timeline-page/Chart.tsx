// The chart: a time axis, one lane per partner (flag, name, count), and in each lane a mark per
// story (coloured by domain) or, where stories are dense, a bin with its count. Plain SVG rendered
// by Preact; colours are attributes (palette.ts), so the exported file looks like the screen.
// Marks and bins are drawn as a few paths per lane (drawing.ts); the items around each lane's tab
// stop are elements of their own for keyboard and assistive technology (ChartLane.tsx), and the
// pointer finds any item by its place (layout.ts itemAt). Page strings are rendered as text.
import type { Ref } from 'preact';
import type { Translate } from '@/lib/i18n';
import type { Level } from '@/lib/timeline/axis';
import { ChartLane } from './ChartLane';
import { tickLabel } from './chart-names';
import { binBar, MARK_RADIUS } from './drawing';
import { AXIS_HEIGHT, type ChartItem, type ChartLayout, itemAt, LABEL_WIDTH, PLOT_CLIP } from './layout';
import type { Palette } from './palette';

export interface ChartProps {
  layout: ChartLayout;
  level: Level;
  palette: Palette;
  locale: string;
  t: Translate;
  /** per lane, the item that holds its tab stop */
  active: readonly number[];
  /** the item whose card shows (outlined) */
  shown: ChartItem | null;
  svgRef: Ref<SVGSVGElement>;
  onItemKey: (item: ChartItem, index: number, event: KeyboardEvent) => void;
  onItemShow: (item: ChartItem, index: number) => void;
  onItemPress: (item: ChartItem) => void;
  onWheel: (event: WheelEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
}

/** The item an event is about: the element it reached (an item of the accessible layer), or what is under the pointer. */
export function eventItem(layout: ChartLayout, e: Event): ChartItem | null {
  const key = (e.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
  if (key) return layout.byKey.get(key)?.item ?? null;
  if (!('clientX' in e)) return null;
  const svg = e.currentTarget as SVGSVGElement;
  // (the pointer, not a zoom step: the layout is clean here)
  const rect = svg.getBoundingClientRect();
  const m = e as MouseEvent;
  return itemAt(layout, m.clientX - rect.left, m.clientY - rect.top);
}

/** The outline of the item whose card shows. */
function Outline({ item, maxCount, color }: { item: ChartItem; maxCount: number; color: string }) {
  const common = { class: 'tl-outline', fill: 'none', stroke: color, 'stroke-width': 2, 'pointer-events': 'none' };
  if (item.kind === 'mark') return <circle {...common} cx={item.x} cy={item.y} r={MARK_RADIUS + 1.5} />;
  const bar = binBar(item, maxCount);
  return <rect {...common} x={bar.x} y={bar.y} width={bar.width} height={bar.height} />;
}

export function Chart(props: ChartProps) {
  const { layout, level, palette, locale, t, active, svgRef } = props;
  const withItem = (e: Event, use: (item: ChartItem, index: number) => void) => {
    const item = eventItem(layout, e);
    const found = item && layout.byKey.get(item.key);
    if (found) use(found.item, found.index);
  };
  const { scale, width, height } = layout;
  const ticks = scale.ticks(Math.max(2, Math.floor((width - LABEL_WIDTH) / 110)));
  return (
    <svg
      ref={svgRef}
      class="tl-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-label={t('timelineChart')}
      // Chromium makes an SVG element with a focus listener a tab stop of its own, before the
      // lanes (seen in the e2e suite): the lanes' items are the only tab stops
      tabindex={-1}
      font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      font-size="12"
      onWheel={props.onWheel}
      onPointerDown={props.onPointerDown}
      // one listener for all items, finding the item by its data-key or its place
      onKeyDown={(e) => withItem(e, (item, i) => props.onItemKey(item, i, e))}
      onFocusIn={(e) => withItem(e, props.onItemShow)}
      onPointerMove={(e) => withItem(e, props.onItemShow)}
      onClick={(e) => withItem(e, (item) => props.onItemPress(item))}
    >
      <defs>
        {/* the plot area: a bin that starts before the window is not drawn over the lanes' names */}
        <clipPath id={PLOT_CLIP}>
          <rect x={LABEL_WIDTH} y={0} width={Math.max(0, width - LABEL_WIDTH)} height={height} />
        </clipPath>
      </defs>
      <rect x={0} y={0} width={width} height={height} fill={palette.bg} />
      <g class="tl-axis">
        {ticks.map((tick, i) => {
          const x = scale(tick);
          return (
            // keyed by place: a zoom moves the same few ticks
            <g key={i}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} stroke={palette.line} />
              <text x={x + 3} y={AXIS_HEIGHT - 10} fill={palette.muted}>
                {tickLabel(tick, level, locale)}
              </text>
            </g>
          );
        })}
      </g>
      {layout.lanes.map((lane, laneIndex) => (
        <ChartLane
          key={lane.lane.partner}
          lane={lane}
          width={width}
          stop={active[laneIndex] ?? 0}
          maxCount={layout.maxCount}
          level={level}
          palette={palette}
          locale={locale}
          t={t}
        />
      ))}
      {props.shown && layout.byKey.get(props.shown.key)?.item === props.shown && (
        <Outline item={props.shown} maxCount={layout.maxCount} color={palette.accent} />
      )}
    </svg>
  );
}
