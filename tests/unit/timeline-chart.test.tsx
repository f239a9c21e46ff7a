// @vitest-environment jsdom
// The timeline page's chart drawn from 2,000 generated stories (the benches' data): marks and bins
// as a few paths per lane that hold every item, a bounded set of focusable items that follows the
// tab stop, each named; the pointer finds any item by its place; the export keeps the drawing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Chart, type ChartProps } from '../../components/timeline-page/Chart';
import { markName } from '../../components/timeline-page/chart-names';
import { rowOf } from '../../components/timeline-page/data';
import { drawLane, showsCount } from '../../components/timeline-page/drawing';
import { svgText } from '../../components/timeline-page/export';
import {
  type ChartLayout,
  FOCUS_WINDOW,
  focusWindow,
  itemAt,
  LABEL_WIDTH,
  layoutChart,
  RIGHT_PAD,
} from '../../components/timeline-page/layout';
import { paletteFor } from '../../components/timeline-page/palette';
import { binsOf, sourceOf } from '../../components/timeline-page/source';
import type { MessageKey } from '../../lib/i18n';
import { bounds, extentOf, levelFor } from '../../lib/timeline/axis';
import { generatedEntries } from '../support/generated';

const t = (key: MessageKey, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
const palette = paletteFor(false);
const WIDTH = 1200;

const rows = generatedEntries(2000).map(rowOf);

function layoutFor(zoom: number): ChartLayout {
  const source = sourceOf(null, rows, {});
  if (source?.kind !== 'rows') throw new Error('no source');
  const all = bounds(extentOf(source.lanes) ?? [0, 1]);
  const span = (all[1] - all[0]) / zoom;
  const window: [number, number] = [all[0], all[0] + span];
  const level = levelFor(span, WIDTH - LABEL_WIDTH - RIGHT_PAD);
  return layoutChart(binsOf(source, level, window), window, WIDTH, level);
}

const subpaths = (d: string) => d.match(/M/g)?.length ?? 0;

describe('a lane drawn as paths', () => {
  it('holds a dot per mark and a bar per bin, by colour, and the counts of the wide bins', () => {
    for (const zoom of [1, 4, 40]) {
      const layout = layoutFor(zoom);
      for (const { items } of layout.lanes) {
        const drawing = drawLane(items, palette, layout.maxCount);
        const marks = items.filter((i) => i.kind === 'mark');
        const bins = items.filter((i) => i.kind === 'bin');
        expect(drawing.marks.reduce((n, p) => n + subpaths(p.d), 0)).toBe(marks.length);
        expect(drawing.bins.reduce((n, p) => n + subpaths(p.d), 0)).toBe(bins.length);
        // one path per colour, each colour a domain's (or the no-domain grey)
        const colours = [...drawing.marks, ...drawing.bins].map((p) => p.fill);
        expect(new Set(drawing.marks.map((p) => p.fill)).size).toBe(drawing.marks.length);
        for (const c of colours) expect([...Object.values(palette.domains), palette.bin]).toContain(c);
        const labelled = bins.filter((b) => b.kind === 'bin' && showsCount(b.width, b.bin.count));
        const text = labelled.map((b) => (b.kind === 'bin' ? String(b.bin.count) : '')).join('');
        expect(drawing.labels?.text ?? '').toBe(text);
        expect(drawing.labels ? drawing.labels.x.split(' ').length : 0).toBe(text.length);
      }
    }
  });
});

describe('the focusable items of a lane', () => {
  it('are a window around the tab stop, bounded, all of a short lane', () => {
    expect(focusWindow(5, 0)).toEqual([0, 5]);
    expect(focusWindow(5, 4)).toEqual([0, 5]);
    for (const active of [0, 3, 50, 99]) {
      const [from, to] = focusWindow(100, active);
      expect(to - from).toBe(FOCUS_WINDOW);
      expect(active).toBeGreaterThanOrEqual(from);
      expect(active).toBeLessThan(to);
    }
  });
});

describe('the chart in the page', () => {
  let host: HTMLElement | null = null;
  afterEach(() => {
    if (host) render(null, host);
    host?.remove();
  });

  function draw(layout: ChartLayout, active: number[] = []) {
    host ??= document.body.appendChild(document.createElement('div'));
    const props: ChartProps = {
      layout,
      level: 'month',
      palette,
      locale: 'fr',
      t,
      active,
      shown: null,
      svgRef: { current: null },
      onItemKey: () => undefined,
      onItemShow: () => undefined,
      onItemPress: () => undefined,
      onWheel: () => undefined,
      onPointerDown: () => undefined,
    };
    act(() => render(<Chart {...props} />, host as HTMLElement));
    return host.querySelector('svg') as SVGSVGElement;
  }

  it('has one tab stop per lane and a bounded number of named items, which follow the tab stop', () => {
    const layout = layoutFor(4);
    const items = layout.lanes.reduce((n, l) => n + l.items.length, 0);
    expect(items).toBeGreaterThan(layout.lanes.length * FOCUS_WINDOW); // (else nothing is bounded here)
    const svg = draw(layout);
    const focusable = svg.querySelectorAll('.tl-item');
    expect(focusable.length).toBeLessThanOrEqual(layout.lanes.length * FOCUS_WINDOW);
    for (const lane of svg.querySelectorAll('.tl-lane'))
      expect(lane.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    for (const el of focusable) {
      const found = layout.byKey.get(el.getAttribute('data-key') ?? '');
      if (!found) throw new Error('an item not in the layout');
      const { item } = found;
      if (item.kind === 'mark') {
        expect(el.getAttribute('aria-label')).toBe(markName(item.row.title, item.row.day, 'fr'));
        expect(el.getAttribute('role')).toBe('link');
      } else expect(el.getAttribute('aria-label')).toMatch(new RegExp(`^timelineBin\\(${item.bin.count}\\|`));
    }
    // the tab stop far along the first lane: that item is an element, and the only tab stop
    const first = layout.lanes[0];
    if (!first) throw new Error('no lane');
    const far = first.items.length - 3;
    const moved = draw(layout, [far]);
    const stop = moved.querySelector('.tl-lane [tabindex="0"]');
    expect(stop?.getAttribute('data-key')).toBe(first.items[far]?.key);
  });

  it('finds the item under the pointer, drawn or focusable', () => {
    const layout = layoutFor(4);
    let checked = 0;
    for (const lane of layout.lanes)
      for (const item of lane.items) {
        const x = item.kind === 'bin' ? item.x + item.width / 2 : item.x;
        const y = item.kind === 'bin' ? lane.y + 22 : item.y;
        const found = itemAt(layout, x, y);
        if (item.kind === 'bin') expect(found).toBe(item);
        else expect(found?.kind).toBe('mark'); // (dots may touch: the nearest one)
        checked++;
      }
    expect(checked).toBeGreaterThan(100);
    expect(itemAt(layout, LABEL_WIDTH - 10, 60)).toBeNull();
  });

  it('exports the drawing (paths and counts) without the interaction layer', () => {
    const layout = layoutFor(1);
    const text = svgText(draw(layout));
    const has = (s: string) => text.includes(s);
    expect([has('class="tl-marks"'), has('class="tl-bins"'), has('class="tl-counts"')]).toEqual([true, true, true]);
    expect([has('tl-item'), has('tabindex')]).toEqual([false, false]);
    // every story is in the picture: the dots and bars drawn, with the counts of the bars
    const dots = text.match(/a5 5 0 1 0 10 0/g)?.length ?? 0;
    const bars = text.match(/h-[\d.]+z/g)?.length ?? 0;
    expect(dots).toBe(layout.lanes.reduce((n, l) => n + l.items.filter((i) => i.kind === 'mark').length, 0));
    expect(bars).toBe(layout.lanes.reduce((n, l) => n + l.items.filter((i) => i.kind === 'bin').length, 0));
  });
});
