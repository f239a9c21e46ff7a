// The role a name gets when its page states none: the knowledge base's, at the page's date. A
// function held for a term (lib/knowledge/people.ts TERMS) is given only to a page dated inside
// that term — VNA Lens never calls a 2018 Prime Minister by the office he held in 2022.

import { TERMS } from '../knowledge/people';

export interface RoleTerm {
  role: string;
  /** first day held, YYYY-MM-DD; null: before any page read */
  from: string | null;
  /** first day no longer held, YYYY-MM-DD; null: held today */
  until: string | null;
}

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** The first day of the month after a YYYY-MM month. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * A term's bound as a day. A day is exact; a month alone says the change came on some day of it,
 * so that month is left out of the term at either end (a start counts from the next month, an end
 * from the month's first day): never a function a person did not hold yet, or no longer.
 */
function bound(text: string, end: 'from' | 'until', line: string): string | null {
  if (!text) return null;
  if (DAY.test(text)) return text;
  if (MONTH.test(text)) return end === 'from' ? nextMonth(text) : `${text}-01`;
  throw new Error(`bad date in TERMS: ${line}`);
}

/** Parse "name | function | from | until" lines; a malformed date fails loudly (data, not input). */
export function parseTerms(data: string): Map<string, RoleTerm[]> {
  const out = new Map<string, RoleTerm[]>();
  for (const raw of data.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name = '', role = '', from = '', until = ''] = line.split('|').map((c) => c.trim());
    if (!name || !role) throw new Error(`bad TERMS line: ${line}`);
    const list = out.get(name) ?? [];
    list.push({ role, from: bound(from, 'from', line), until: bound(until, 'until', line) });
    out.set(name, list);
  }
  return out;
}

/** canonical name → its terms */
export const TERMS_BY_NAME = parseTerms(TERMS);

/**
 * The reference role on a page dated `date` (ISO 8601, or null when the page gives none):
 * `timeless` when the person has no dated terms; else the one term the day falls in, or null —
 * undated, between terms, or in a month a term's bound is known only by.
 */
export function referenceRole(
  entry: { role: string | null; terms?: readonly RoleTerm[] } | null | undefined,
  date: string | null | undefined,
): string | null {
  if (!entry) return null;
  if (!entry.terms?.length) return entry.role;
  const day = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
  if (!day) return null;
  const held = entry.terms.filter((t) => (!t.from || t.from <= day) && (!t.until || day < t.until));
  return held.length === 1 ? (held[0] as RoleTerm).role : null;
}
