// The role a name gets when its page states none: the knowledge base's, at the page's date. A
// function held for a term (lib/knowledge/people.ts TERMS) is given only to a page dated inside
// that term — VNA Lens never calls a 2018 Prime Minister by the office he held in 2022.

import { TERMS } from '../knowledge/people';

export interface RoleTerm {
  role: string;
  /** first month held, YYYY-MM; null: before any page read */
  from: string | null;
  /** first month no longer held, YYYY-MM; null: held today */
  until: string | null;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** Parse "name | function | from | until" lines; a malformed month fails loudly (data, not input). */
export function parseTerms(data: string): Map<string, RoleTerm[]> {
  const out = new Map<string, RoleTerm[]>();
  for (const raw of data.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name = '', role = '', from = '', until = ''] = line.split('|').map((c) => c.trim());
    for (const m of [from, until]) if (m && !MONTH.test(m)) throw new Error(`bad month in TERMS: ${line}`);
    if (!name || !role) throw new Error(`bad TERMS line: ${line}`);
    const list = out.get(name) ?? [];
    list.push({ role, from: from || null, until: until || null });
    out.set(name, list);
  }
  return out;
}

/** canonical name → its terms */
export const TERMS_BY_NAME = parseTerms(TERMS);

/**
 * The reference role on a page dated `date` (ISO 8601, or null when the page gives none):
 * `timeless` when the person has no dated terms; else the one term the date falls in, or null —
 * undated, between terms, or in two at once (the month a function changed hands).
 */
export function referenceRole(
  entry: { role: string | null; terms?: readonly RoleTerm[] } | null | undefined,
  date: string | null | undefined,
): string | null {
  if (!entry) return null;
  if (!entry.terms?.length) return entry.role;
  const month = typeof date === 'string' && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
  if (!month) return null;
  const held = entry.terms.filter((t) => (!t.from || t.from <= month) && (!t.until || month < t.until));
  return held.length === 1 ? (held[0] as RoleTerm).role : null;
}
