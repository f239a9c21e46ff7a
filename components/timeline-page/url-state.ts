// The page's view in its address (filters and window), so a view can be bookmarked: read once on
// load, written back (replaceState) on every change. Values are checked on the way in.
import { isDomain } from '@/lib/timeline';
import { dayTime } from '@/lib/timeline/axis';
import type { TimelineFilters } from '../ActiveFilters';

/** the popup's filters (components/ActiveFilters.tsx) */
export type PageFilters = TimelineFilters;

export interface PageView {
  filters: PageFilters;
  /** ms, [from, to) — absent: all the stories */
  window?: [number, number];
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function readView(search: string): PageView {
  const q = new URLSearchParams(search);
  const filters: PageFilters = {};
  const partner = q.get('partner');
  if (partner && /^([A-Z]{2}|-)$/.test(partner)) filters.partner = partner;
  const domain = q.get('domain');
  if (domain && isDomain(domain)) filters.domain = domain;
  const entity = q.get('entity');
  if (entity) filters.entityId = entity.slice(0, 200);
  const name = q.get('name');
  if (entity && name) filters.entityName = name.slice(0, 200);
  const text = q.get('q');
  if (text) filters.text = text.slice(0, 500);
  const from = dayTime(q.get('from') ?? '');
  const to = dayTime(q.get('to') ?? '');
  return from !== null && to !== null && to > from ? { filters, window: [from, to] } : { filters };
}

export function writeView(view: PageView): string {
  const q = new URLSearchParams();
  const f = view.filters;
  if (f.partner) q.set('partner', f.partner);
  if (f.domain) q.set('domain', f.domain);
  if (f.entityId) q.set('entity', f.entityId);
  if (f.entityId && f.entityName) q.set('name', f.entityName);
  if (f.text?.trim()) q.set('q', f.text.trim());
  if (view.window) {
    q.set('from', iso(view.window[0]));
    q.set('to', iso(view.window[1]));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
