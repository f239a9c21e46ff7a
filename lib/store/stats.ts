// Stories in total, per partner, per domain and per partner and month: one small record ('meta' → 'stats') that every
// write keeps up to date, rebuilt from the indexes (no entry read) when absent or not trusted: kept again by the
// background (storeStats), computed without being kept by the timeline page (readStoreStats).

import type { IDBPTransaction } from 'idb';
import { countsFromTables, entryDay, NO_PARTNER, type TimelineCounts, type TimelineEntry } from '../timeline';
import { bumpMonths, isMonthCounts, monthsFromIndex } from './months';
import { type LensDatabase, type LensDB, partnerKeyRange, type StoreStats } from './stored';

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

type StatsTx<Mode extends IDBTransactionMode> = IDBPTransaction<LensDB, ['entries', 'meta'], Mode>;

/** Counts computed from the indexes of `tx`'s entries (no entry is read). */
async function statsFromIndexes<Mode extends IDBTransactionMode>(tx: StatsTx<Mode>): Promise<StoreStats> {
  const entries = tx.objectStore('entries');
  const table = async (name: 'partners' | 'domains') => {
    const index = entries.index(name);
    const out: Record<string, number> = {};
    let cursor = await index.openKeyCursor(null, 'nextunique');
    while (cursor) {
      out[String(cursor.key)] = await index.count(cursor.key);
      cursor = await cursor.continue();
    }
    return out;
  };
  const [total, partners, domains, none, months] = await Promise.all([
    entries.count(),
    table('partners'),
    table('domains'),
    entries.index('partnerWhen').count(partnerKeyRange(NO_PARTNER)),
    monthsFromIndex(entries.index('partnerWhen')),
  ]);
  if (none) partners[NO_PARTNER] = none;
  return { total, partners, domains, months };
}

/** Counts rebuilt from the indexes, in one transaction, and kept. */
async function rebuildStats(db: LensDatabase): Promise<StoreStats> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const stats = await statsFromIndexes(tx);
  await tx.objectStore('meta').put(stats, 'stats');
  await tx.done;
  return stats;
}

/**
 * Stories in total, per partner and per domain: one small record, kept by every write, and
 * rebuilt (and kept again) when missing or not trusted. For the store's writer, the background.
 */
export async function storeStats(db: LensDatabase): Promise<StoreStats> {
  const stats: unknown = await db.get('meta', 'stats');
  return isStoreStats(stats) ? stats : rebuildStats(db);
}

/**
 * storeStats for a reader that must not write (the timeline page): the same counts, in one
 * readonly transaction; a record missing or not trusted is computed from the indexes and not
 * kept (the background rebuilds it on its next read or write).
 */
export async function readStoreStats(db: LensDatabase): Promise<StoreStats> {
  const tx = db.transaction(['entries', 'meta'], 'readonly');
  const kept: unknown = await tx.objectStore('meta').get('stats');
  const stats = isStoreStats(kept) ? kept : await statsFromIndexes(tx);
  await tx.done;
  return stats;
}

export const countsOf = (stats: StoreStats): TimelineCounts => countsFromTables(stats.partners, stats.domains);

/** Counts per partner and domain of the whole store. */
export async function indexCounts(db: LensDatabase): Promise<TimelineCounts> {
  return countsOf(await storeStats(db));
}
