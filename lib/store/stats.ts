// Stories in total, per partner, per domain and per partner and month: one small record ('meta' → 'stats') that every
// write keeps up to date, rebuilt from the indexes (no entry read) when absent or not trusted.

import { countsFromTables, entryDay, NO_PARTNER, type TimelineCounts, type TimelineEntry } from '../timeline';
import { bumpMonths, isMonthCounts, monthsFromIndex } from './months';
import { type LensDatabase, partnerKeyRange, type StoreStats } from './stored';

export const emptyStats = (): StoreStats => ({ total: 0, partners: {}, domains: {}, months: {} });

/** Counts `e` in (sign 1) or out (sign -1) of `stats`. */
export function addToStats(stats: StoreStats, e: TimelineEntry, sign: 1 | -1): void {
  const bump = (table: Record<string, number>, key: string) => {
    const n = (table[key] ?? 0) + sign;
    if (n > 0) table[key] = n;
    else delete table[key];
  };
  stats.total += sign;
  const partners = e.partners.length ? e.partners : [NO_PARTNER];
  for (const p of partners) bump(stats.partners, p);
  for (const d of e.domains) bump(stats.domains, d);
  bumpMonths(stats.months, partners, entryDay(e), sign);
}

const isCountTable = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0);

/** Whether a stored counts record can be trusted (else it is rebuilt from the indexes). */
export function isStoreStats(v: unknown): v is StoreStats {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.total === 'number' &&
    Number.isInteger(r.total) &&
    r.total >= 0 &&
    isCountTable(r.partners) &&
    isCountTable(r.domains) &&
    isMonthCounts(r.months)
  );
}

/** Counts rebuilt from the indexes (no entry is read), in one transaction, and kept. */
async function rebuildStats(db: LensDatabase): Promise<StoreStats> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const table = async (name: 'partners' | 'domains') => {
    const index = tx.objectStore('entries').index(name);
    const out: Record<string, number> = {};
    let cursor = await index.openKeyCursor(null, 'nextunique');
    while (cursor) {
      out[String(cursor.key)] = await index.count(cursor.key);
      cursor = await cursor.continue();
    }
    return out;
  };
  const entries = tx.objectStore('entries');
  const [total, partners, domains, none, months] = await Promise.all([
    entries.count(),
    table('partners'),
    table('domains'),
    entries.index('partnerWhen').count(partnerKeyRange(NO_PARTNER)),
    monthsFromIndex(entries.index('partnerWhen')),
  ]);
  if (none) partners[NO_PARTNER] = none;
  const stats: StoreStats = { total, partners, domains, months };
  await tx.objectStore('meta').put(stats, 'stats');
  await tx.done;
  return stats;
}

/** Stories in total, per partner and per domain: one small record, kept by every write. */
export async function storeStats(db: LensDatabase): Promise<StoreStats> {
  const stats: unknown = await db.get('meta', 'stats');
  return isStoreStats(stats) ? stats : rebuildStats(db);
}

export const countsOf = (stats: StoreStats): TimelineCounts => countsFromTables(stats.partners, stats.domains);

/** Counts per partner and domain of the whole store. */
export async function indexCounts(db: LensDatabase): Promise<TimelineCounts> {
  return countsOf(await storeStats(db));
}
