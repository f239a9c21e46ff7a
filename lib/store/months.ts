// Stories per partner and month, kept in the counts record by every write (like the totals): the
// timeline page draws its first screen from this one record, because reading every entry of a
// large store takes seconds (50,000 entries: about 2 s in Chromium on this machine).

import type { IDBPIndex } from 'idb';
import { partnerKeyDay } from './stored';

/** partner (or NO_PARTNER) → month "YYYY-MM" ('' for undated stories) → stories */
export type MonthCounts = Record<string, Record<string, number>>;

/** Adds (or takes away) one story of `day` ("YYYY-MM-DD" or '') to each of `partners`' months. */
export function bumpMonths(months: MonthCounts, partners: readonly string[], day: string, sign: 1 | -1): void {
  const month = day.slice(0, 7);
  for (const p of partners) {
    const table = months[p] ?? {};
    const n = (table[month] ?? 0) + sign;
    if (n > 0) table[month] = n;
    else delete table[month];
    if (Object.keys(table).length) months[p] = table;
    else delete months[p];
  }
}

const isCounts = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, n]) => /^(\d{4}-\d{2})?$/.test(k) && Number.isInteger(n) && (n as number) > 0);

export function isMonthCounts(v: unknown): v is MonthCounts {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isCounts);
}

/**
 * The month counts rebuilt from the keys of the partner/date index (lib/store/stored.ts partnerKey),
 * no entry read: for a counts record that is missing or not trusted.
 */
// biome-ignore lint/suspicious/noExplicitAny: any store's partnerWhen index
export async function monthsFromIndex(index: IDBPIndex<any, any, any, any, any>): Promise<MonthCounts> {
  const months: MonthCounts = {};
  let cursor = await index.openKeyCursor();
  while (cursor) {
    const { partner, day } = partnerKeyDay(String(cursor.key));
    bumpMonths(months, [partner], day, 1);
    cursor = await cursor.continue();
  }
  return months;
}
