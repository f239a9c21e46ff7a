// How the chart says things: tick labels, a bin's period, a story count, a mark's accessible
// name. Date formats and period names are made once (a zoom or pan names the same bins again).
import type { Translate } from '@/lib/i18n';
import { DAY_MS, type Level } from '@/lib/timeline/axis';
import { cachedDateFormat, dayName } from '../labels';

/** The chart's dates are UTC days (lib/timeline/axis.ts). */
const format = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cachedDateFormat(locale, { ...options, timeZone: 'UTC' });

/** A tick's label: the year, the month, or the day, as fine as the zoom. */
export function tickLabel(t: Date, level: Level, locale: string): string {
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
