// The timeline page: the reader's stories on a time axis, one lane per partner. Drawn first from
// the counts record (bins), then from the stories once read (marks, filters, cards). Zoom (wheel,
// buttons, + and −), pan (drag, buttons), keyboard (arrows within and across lanes, Enter opens
// a story or zooms into a bin), filters and window kept in the address, export as SVG or PNG.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { TimelineEntry } from '@/lib/timeline';
import { bounds, DAY_MS, levelFor, panWindow, zoomWindow } from '@/lib/timeline/axis';
import { safeHref } from '../EntityCard';
import { Chart, eventItem } from './Chart';
import { storiesLabel } from './chart-names';
import { type Overview, type PageRow, readEntry } from './data';
import { savePng, saveSvg } from './export';
import { FilterBar } from './FilterBar';
import { type ChartItem, LABEL_WIDTH, LANE_HEIGHT, layoutChart, nearestItem, RIGHT_PAD } from './layout';
import { paletteFor } from './palette';
import { StoryCard } from './StoryCard';
import { binsOf, extentOfSource, partnerCounts, sourceOf } from './source';
import type { PageFilters, PageView } from './url-state';

export interface TimelinePageProps {
  t: Translate;
  locale: string;
  dark: boolean;
  overview: Overview | null;
  /** every story, once read (null: still reading) */
  rows: PageRow[] | null;
  /** stories read so far */
  read: number;
  initial: PageView;
  onView: (view: PageView) => void;
  /** opens a story's page in a new tab */
  onOpen: (url: string) => void;
}

const CARD_ID = 'tl-card';
const ADDRESS_DELAY_MS = 250;

export function TimelinePage(props: TimelinePageProps) {
  const { t, locale, overview, rows } = props;
  const [filters, setFilters] = useState<PageFilters>(props.initial.filters);
  const [range, setRange] = useState<[number, number] | undefined>(props.initial.window);
  const [width, setWidth] = useState(() => Math.max(640, document.documentElement.clientWidth - 32));
  const [active, setActive] = useState<number[]>([]);
  const [card, setCard] = useState<{ item: ChartItem; entry: TimelineEntry | null } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const focusKey = useRef<string | null>(null);
  const focusLane = useRef<string | null>(null);
  /** the item the keyboard last moved to, until it has the focus */
  const pending = useRef<{ item: ChartItem; index: number } | null>(null);
  const zoomStarted = useRef<number | null>(null);
  /** the chart's left edge in the viewport, for the wheel (null: to be read) */
  const chartLeft = useRef<number | null>(null);
  const drag = useRef<{ x: number; window: [number, number] } | null>(null);

  const palette = paletteFor(props.dark);
  const source = useMemo(() => sourceOf(overview?.months ?? null, rows, filters), [overview, rows, filters]);
  const limits = useMemo(() => {
    if (!source) return null;
    // stories without a day only: their lanes still show (with the count), on the past year
    return bounds(extentOfSource(source) ?? [Date.now() - 365 * DAY_MS, Date.now()]);
  }, [source]);
  const shown: [number, number] | null = limits ? (range ?? limits) : null;
  const level = shown ? levelFor(shown[1] - shown[0], width - LABEL_WIDTH - RIGHT_PAD) : 'year';
  const layout = useMemo(
    () => (source && shown ? layoutChart(binsOf(source, level, shown), shown, width, level) : null),
    [source, shown?.[0], shown?.[1], width, level],
  );

  useEffect(() => {
    const resize = () => {
      chartLeft.current = null;
      setWidth(Math.max(640, document.documentElement.clientWidth - 32));
    };
    const scroll = () => {
      chartLeft.current = null;
    };
    addEventListener('resize', resize);
    addEventListener('scroll', scroll, { passive: true });
    return () => {
      removeEventListener('resize', resize);
      removeEventListener('scroll', scroll);
    };
  }, []);

  // the address keeps the view (bookmarkable), once the view rests: a replaceState costs a few ms
  // (it would be paid on every zoom step of a wheel turn) and the browser throttles many of them
  useEffect(() => {
    const timer = setTimeout(() => props.onView({ filters, window: range }), ADDRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters, range?.[0], range?.[1]]);

  // first paint of the chart (from the counts or the stories), then the stories: marks for benches and tests
  const painted = useRef<'none' | 'counts' | 'rows'>('none');
  useEffect(() => {
    if (!layout && !(overview && overview.total === 0)) return;
    const stage = source?.kind === 'rows' ? 'rows' : 'counts';
    if (painted.current === 'none') performance.mark('vna-lens:timeline-painted');
    if (stage === 'rows' && painted.current !== 'rows') {
      performance.mark('vna-lens:timeline-rows');
      document.documentElement.dataset.timeline = 'ready';
    } else if (painted.current === 'none') document.documentElement.dataset.timeline = 'painted';
    painted.current = stage;
  }, [layout, overview]);

  // a zoom step, from the input to the frame painted (effects run after the paint)
  useEffect(() => {
    if (zoomStarted.current === null) return;
    performance.measure('vna-lens:zoom', { start: zoomStarted.current, end: performance.now() });
    zoomStarted.current = null;
  }, [layout]);

  // the item keyboard moved to keeps the focus across renders; after a zoom from the keyboard,
  // the lane that had it gives it to its tab stop (the focused item may be drawn no more)
  useEffect(() => {
    const key = focusKey.current;
    const lane = focusLane.current;
    focusKey.current = null;
    focusLane.current = null;
    const svg = svgRef.current;
    if (key) (svg?.querySelector(`[data-key="${CSS.escape(key)}"]`) as SVGElement | null)?.focus();
    else if (lane && svg && !svg.contains(document.activeElement))
      (svg.querySelector(`.tl-lane[data-partner="${CSS.escape(lane)}"] [tabindex="0"]`) as SVGElement | null)?.focus();
  }, [layout, active]);

  /** A new layout is coming: the lane holding the focus, if any, keeps it. */
  const keepFocus = () => {
    focusLane.current = document.activeElement?.closest('.tl-lane')?.getAttribute('data-partner') ?? null;
  };

  const zoom = (factor: number, at?: number) => {
    if (!shown || !limits) return;
    keepFocus();
    zoomStarted.current = performance.now();
    setRange(zoomWindow(shown, factor, at ?? (shown[0] + shown[1]) / 2, limits));
  };
  const pan = (share: number) => {
    if (shown && limits) setRange(panWindow(shown, share * (shown[1] - shown[0]), limits));
  };

  const show = (item: ChartItem) => {
    if (card?.item.key === item.key) return; // (the pointer moving over the same item)
    setCard({ item, entry: null });
    if (item.kind === 'mark')
      void readEntry(item.row.id).then((entry) => setCard((c) => (c && c.item.key === item.key ? { ...c, entry } : c)));
  };
  const press = (item: ChartItem) => {
    if (item.kind === 'mark') {
      const href = safeHref(item.row.url); // http(s) only, whatever the store holds
      if (href) props.onOpen(href);
    } else {
      keepFocus();
      zoomStarted.current = performance.now();
      if (limits)
        setRange(zoomWindow([item.bin.start, item.bin.end], 1.2, (item.bin.start + item.bin.end) / 2, limits));
    }
  };
  const moveTo = (lane: number, index: number) => {
    const items = layout?.lanes[lane]?.items;
    const item = items?.[index];
    if (!item) return;
    focusKey.current = item.key;
    pending.current = { item, index };
    setActive((a) => {
      const next = [...a];
      next[lane] = index;
      return next;
    });
  };
  const onItemKey = (target: ChartItem, targetIndex: number, e: KeyboardEvent) => {
    if (!layout) return;
    // a key pressed before the focus reached the item of the last move goes on from that item
    const from = focusKey.current && pending.current ? pending.current : { item: target, index: targetIndex };
    const { item, index } = from;
    const items = layout.lanes[item.lane]?.items ?? [];
    const across = (lane: number) => {
      const target = layout.lanes[lane]?.items;
      const x = item.kind === 'bin' ? item.x + item.width / 2 : item.x;
      const i = target ? nearestItem(target, x) : null;
      if (i !== null) moveTo(lane, i);
    };
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(item.lane, Math.min(index + 1, items.length - 1)),
      ArrowLeft: () => moveTo(item.lane, Math.max(index - 1, 0)),
      ArrowDown: () => across(item.lane + 1),
      ArrowUp: () => across(item.lane - 1),
      Home: () => moveTo(item.lane, 0),
      End: () => moveTo(item.lane, items.length - 1),
      Enter: () => press(item),
      Escape: () => setCard(null),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    if (e.key === '+' || e.key === '=') zoom(1 / 1.6);
    else if (e.key === '-' || e.key === '−') zoom(1.6);
    else return;
    e.preventDefault();
  };
  const onWheel = (e: WheelEvent) => {
    if (!layout || e.deltaY === 0) return;
    e.preventDefault();
    // the chart's left edge, read once (a wheel turn is many zoom steps, and a read while the
    // last step's render is not yet laid out would force a layout); a scroll or resize reads it again
    chartLeft.current ??= (e.currentTarget as SVGSVGElement).getBoundingClientRect().left;
    const x = Math.min(Math.max(e.clientX - chartLeft.current, LABEL_WIDTH), width - RIGHT_PAD);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, layout.scale.invert(x).getTime());
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!shown || !limits || !layout || eventItem(layout, e)) return;
    setCard(null);
    drag.current = { x: e.clientX, window: shown };
    const msPerPx = (shown[1] - shown[0]) / (width - LABEL_WIDTH - RIGHT_PAD);
    const move = (m: PointerEvent) => {
      const start = drag.current;
      if (start) setRange(panWindow(start.window, (start.x - m.clientX) * msPerPx, limits));
    };
    const up = () => {
      drag.current = null;
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
  };

  const exportAs = (format: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    if (format === 'svg') saveSvg(svg);
    else void savePng(svg);
  };

  const total = overview?.total ?? 0;
  const cardPlace = card && {
    left: Math.min(card.item.x, width - 360),
    top: card.item.y + (card.item.kind === 'bin' ? LANE_HEIGHT : 12),
  };
  return (
    <main class="tl-page" data-level={level} onKeyDown={onKeyDown}>
      <header class="tl-header">
        <h1>{t('timelinePageTitle')}</h1>
        <p class="count">{storiesLabel(total, t)}</p>
      </header>
      <FilterBar
        filters={filters}
        partners={partnerCounts(overview?.months ?? null)}
        t={t}
        locale={locale}
        onFilters={(next) => {
          setFilters(next);
          setCard(null);
        }}
        onZoom={(f) => zoom(f)}
        onPan={pan}
        onShowAll={() => setRange(undefined)}
        onExport={exportAs}
      />
      <p class="notice tl-help">{t('timelineHelp')}</p>
      {!rows && overview && total > 0 && (
        <p class="notice tl-loading" role="status">
          {t('timelineLoading', String(props.read), String(total))}
        </p>
      )}
      {overview && total === 0 && <p class="notice empty-timeline">{t('popupTimelineEmpty')}</p>}
      {source && total > 0 && source.lanes.length === 0 && <p class="notice">{t('popupNoMatch')}</p>}
      <div class="tl-chart-box">
        {layout && layout.lanes.length > 0 && (
          <Chart
            layout={layout}
            level={level}
            palette={palette}
            locale={locale}
            t={t}
            active={active}
            shown={card?.item ?? null}
            svgRef={svgRef}
            onItemKey={onItemKey}
            onItemShow={(item) => show(item)}
            onItemPress={press}
            onWheel={onWheel}
            onPointerDown={onPointerDown}
          />
        )}
        {card && cardPlace && (
          <StoryCard
            id={CARD_ID}
            item={card.item}
            entry={card.entry}
            level={level}
            left={cardPlace.left}
            top={cardPlace.top}
            t={t}
            locale={locale}
            onEntity={(e) => {
              setFilters((f) => ({ ...f, entityId: e.id, entityName: e.name }));
              setCard(null);
            }}
          />
        )}
      </div>
    </main>
  );
}
