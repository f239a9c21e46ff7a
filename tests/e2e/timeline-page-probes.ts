// What both browsers' timeline-page tests check: the chart read from the page (lanes, marks with
// their accessible names, bin counts) and what the stored stories say it must show.
import type { TimelineEntry } from '../../lib/timeline';

export interface ChartSeen {
  partner: string;
  marks: { id: string; label: string; tabIndex: number }[];
  bins: number[];
}

/** Runs in the page: the chart's lanes as drawn. */
export function readChart(): ChartSeen[] {
  return [...document.querySelectorAll('.tl-lane')].map((lane) => ({
    partner: lane.getAttribute('data-partner') ?? '',
    marks: [...lane.querySelectorAll('.tl-mark')].map((m) => ({
      id: m.getAttribute('data-id') ?? '',
      label: m.getAttribute('aria-label') ?? '',
      tabIndex: (m as SVGElement).tabIndex,
    })),
    bins: [...lane.querySelectorAll('.tl-bin')].map((b) => Number(b.getAttribute('data-count'))),
  }));
}

const dayOf = (e: TimelineEntry) => e.date ?? e.published?.slice(0, 10) ?? '';

/** Per lane (partner, '-' for none): the stories placed on the axis (those with a day). */
export function expectedLanes(stored: readonly TimelineEntry[]): Map<string, TimelineEntry[]> {
  const lanes = new Map<string, TimelineEntry[]>();
  for (const e of stored) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dayOf(e))) continue;
    for (const p of e.partners.length ? e.partners : ['-']) lanes.set(p, [...(lanes.get(p) ?? []), e]);
  }
  return lanes;
}

/** Every lane of the stored stories is drawn, and holds a mark or a bin count for each of its stories. */
export function checkChart(seen: ChartSeen[], stored: readonly TimelineEntry[]): string[] {
  const problems: string[] = [];
  const want = expectedLanes(stored);
  const partners = new Set(stored.flatMap((e) => (e.partners.length ? e.partners : ['-'])));
  const drawn = seen.map((l) => l.partner).sort();
  if (drawn.join() !== [...partners].sort().join()) problems.push(`lanes ${drawn} ≠ ${[...partners].sort()}`);
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const lane of seen) {
    const count = lane.marks.length + lane.bins.reduce((a, b) => a + b, 0);
    const expected = want.get(lane.partner)?.length ?? 0;
    if (count !== expected) problems.push(`${lane.partner}: ${count} drawn, ${expected} stored`);
    for (const m of lane.marks) {
      const entry = byId.get(m.id);
      if (!entry) problems.push(`${lane.partner}: mark ${m.id} is no stored story`);
      else if (!m.label.startsWith(`${entry.title} — `)) problems.push(`${m.id}: name "${m.label}"`);
    }
    if (lane.marks.length && lane.marks.filter((m) => m.tabIndex === 0).length > 1)
      problems.push(`${lane.partner}: more than one tab stop`);
  }
  return problems;
}
