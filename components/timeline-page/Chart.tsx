// The chart: a time axis, one lane per partner (flag, name, count), and in each lane a mark per
// story (coloured by domain) or, where stories are dense, a bin with its count. Plain SVG rendered
// by Preact; colours are attributes (palette.ts), so the exported file looks like the screen.
// Each lane is one tab stop (roving tabindex); page strings are rendered as text.
import { Fragment, type Ref } from 'preact';
import type { Translate } from '@/lib/i18n';
import { DAY_MS, type Level } from '@/lib/timeline/axis';
import { dayName, partnerFlag, partnerName } from '../labels';
import { AXIS_HEIGHT, type ChartItem, type ChartLayout, LABEL_WIDTH, LANE_HEIGHT } from './layout';
import type { Palette } from './palette';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** A tick's label: the year, the month, or the day, as fine as the zoom. */
function tickLabel(t: Date, level: Level, locale: string): string {
  if (level === 'year' || (t.getUTCMonth() === 0 && t.getUTCDate() === 1 && level !== 'day'))
    return format(locale, { year: 'numeric' }).format(t);
  if (level === 'quarter' || level === 'month' || t.getUTCDate() === 1)
    return format(locale, { month: 'short', year: level === 'month' ? undefined : 'numeric' }).format(t);
  return format(locale, { day: 'numeric', month: 'short' }).format(t);
}

/** How a bin's period is said: "2024", "janv. – mars 2024", "mars 2024", "semaine du 4 mars 2024", "4 mars 2024". */
export function periodName(start: number, end: number, level: Level, locale: string, t: Translate): string {
  const key = `${locale} ${level} ${start}`;
  let name = periodNames.get(key);
  if (name === undefined) {
    if (periodNames.size > 20_000) periodNames.clear();
    name = namePeriod(start, end, level, locale, t);
    periodNames.set(key, name);
  }
  return name;
}
/** (a zoom or pan names the same bins again: made once) */
const periodNames = new Map<string, string>();

function namePeriod(start: number, end: number, level: Level, locale: string, t: Translate): string {
  const d = new Date(start);
  const iso = d.toISOString().slice(0, 10);
  switch (level) {
    case 'year':
      return format(locale, { year: 'numeric' }).format(d);
    case 'quarter':
      return `${format(locale, { month: 'short' }).format(d)} – ${format(locale, { month: 'short', year: 'numeric' }).format(new Date(end - DAY_MS))}`;
    case 'month':
      return format(locale, { month: 'long', year: 'numeric' }).format(d);
    case 'week':
      return t('timelineWeekOf', dayName(iso, locale) ?? iso);
    default:
      return dayName(iso, locale) ?? iso;
  }
}

/** "1 récit", "12 récits". */
export const storiesLabel = (n: number, t: Translate) =>
  n === 1 ? t('timelineOneStory') : t('popupStories', String(n));

/** A mark's accessible name: its title and date. */
export function markName(title: string, day: string, locale: string): string {
  return `${title} — ${dayName(day, locale) ?? day}`;
}

export interface ChartProps {
  layout: ChartLayout;
  level: Level;
  palette: Palette;
  locale: string;
  t: Translate;
  /** per lane, the item that holds its tab stop */
  active: readonly number[];
  svgRef: Ref<SVGSVGElement>;
  onItemKey: (item: ChartItem, index: number, event: KeyboardEvent) => void;
  onItemShow: (item: ChartItem, index: number) => void;
  onItemPress: (item: ChartItem) => void;
  onWheel: (event: WheelEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
}

export function Chart(props: ChartProps) {
  const { layout, level, palette, locale, t, active, svgRef } = props;
  const withItem = (e: Event, use: (item: ChartItem, index: number) => void) => {
    const key = (e.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
    const found = key ? layout.byKey.get(key) : undefined;
    if (found) use(found.item, found.index);
  };
  const { scale, width, height } = layout;
  const ticks = scale.ticks(Math.max(2, Math.floor((width - LABEL_WIDTH) / 110)));
  const maxCount = Math.max(
    2,
    ...layout.lanes.flatMap((l) => l.items.map((i) => (i.kind === 'bin' ? i.bin.count : 1))),
  );
  return (
    // biome-ignore lint/a11y/useKeyWithMouseEvents: focusin (focus that bubbles from the items) shows the same card
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
      // one listener for all items (thousands at a wide zoom), finding the item by its data-key
      onKeyDown={(e) => withItem(e, (item, i) => props.onItemKey(item, i, e))}
      onFocusIn={(e) => withItem(e, props.onItemShow)}
      onMouseOver={(e) => withItem(e, props.onItemShow)}
      onClick={(e) => withItem(e, (item) => props.onItemPress(item))}
    >
      <rect x={0} y={0} width={width} height={height} fill={palette.bg} />
      <g class="tl-axis">
        {ticks.map((tick) => {
          const x = scale(tick);
          return (
            <g key={tick.getTime()}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} stroke={palette.line} />
              <text x={x + 3} y={AXIS_HEIGHT - 10} fill={palette.muted}>
                {tickLabel(tick, level, locale)}
              </text>
            </g>
          );
        })}
      </g>
      {layout.lanes.map(({ lane, y, items }, laneIndex) => (
        <g
          key={lane.partner}
          class="tl-lane"
          data-partner={lane.partner}
          aria-label={`${partnerName(lane.partner, locale, t)}: ${storiesLabel(lane.count, t)}`}
        >
          <line x1={0} x2={width} y1={y + LANE_HEIGHT} y2={y + LANE_HEIGHT} stroke={palette.line} />
          <text class="tl-lane-name" x={8} y={y + 18} fill={palette.fg} font-weight="600">
            {`${partnerFlag(lane.partner)} ${partnerName(lane.partner, locale, t)}`.trim()}
          </text>
          <text x={8} y={y + 34} fill={palette.muted} font-size="11">
            {storiesLabel(lane.count, t)}
            {lane.undated > 0 ? ` · ${t('timelineUndated', String(lane.undated))}` : ''}
          </text>
          {items.map((item, i) => {
            const stop = Math.min(active[laneIndex] ?? 0, items.length - 1);
            // keyed by place, not by bin: a zoom patches the same elements instead of making new ones
            const common = {
              key: i,
              'data-key': item.key,
              role: item.kind === 'bin' || !item.row.url ? ('button' as const) : ('link' as const),
              tabindex: i === stop ? 0 : -1,
            };
            if (item.kind === 'mark') {
              const domain = item.row.domains[0];
              return (
                <circle
                  {...common}
                  class="tl-item tl-mark"
                  data-id={item.row.id}
                  aria-label={markName(item.row.title, item.row.day, locale)}
                  cx={item.x}
                  cy={item.y}
                  r={5}
                  fill={domain ? palette.domains[domain] : palette.bin}
                  stroke={palette.bg}
                  stroke-width={1.5}
                />
              );
            }
            const { bin } = item;
            const shade = 0.35 + (0.65 * Math.log(bin.count)) / Math.log(maxCount);
            const label = String(bin.count);
            return (
              <Fragment key={i}>
                <rect
                  {...common}
                  class="tl-item tl-bin"
                  data-count={bin.count}
                  aria-label={t('timelineBin', label, periodName(bin.start, bin.end, level, locale, t))}
                  x={item.x + 0.5}
                  y={y + 8}
                  width={Math.max(1, item.width - 1)}
                  height={LANE_HEIGHT - 16}
                  rx={2}
                  fill={bin.domain ? palette.domains[bin.domain] : palette.bin}
                  fill-opacity={Math.min(1, shade)}
                />
                {item.width >= label.length * 7 + 2 && (
                  <text
                    x={item.x + item.width / 2}
                    y={y + LANE_HEIGHT / 2 + 4}
                    text-anchor="middle"
                    font-size="11"
                    fill={palette.fg}
                    pointer-events="none"
                  >
                    {label}
                  </text>
                )}
              </Fragment>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
