// Writes to the store: each one readwrite transaction that looks a story up by its identity keys
// and merges inside the transaction. IndexedDB runs overlapping readwrite transactions one after
// the other, so several tabs saving at once lose nothing, and a service worker stopped between
// two transactions leaves a consistent store. Unreadable records met on the way are set aside in
// the quarantine with the reason, never thrown.

import { entriesFromAnalysis, entryProblem, mergeEntry, sameStory, type TimelineEntry } from '../timeline';
import type { Analysis } from '../types';
import { addToStats, emptyStats, isStoreStats } from './stats';
import {
  fromStored,
  type LensDatabase,
  type Names,
  type QuarantineSource,
  type StoreStats,
  toStored,
  type Unreadable,
  type WriteTx,
} from './stored';

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(String(err)));
}

export async function quarantine(
  tx: WriteTx,
  from: QuarantineSource,
  key: string | null,
  reason: string,
  value: unknown,
  at: number,
): Promise<void> {
  let kept = value;
  try {
    structuredClone(value);
  } catch {
    kept = String(value); // keep what can be kept
  }
  await tx.objectStore('quarantine').add({ from, key, reason, at, value: kept });
}

/**
 * Puts `entry` in the store inside `tx`, merged with the story it already holds (looked up by
 * its identity keys). `exclude`: ids that must not be merged into (entries of the same import).
 * Returns the entry as stored.
 */
export async function mergeIntoStore(
  tx: WriteTx,
  entry: TimelineEntry,
  now: number,
  exclude?: ReadonlySet<string>,
  stats?: { value: StoreStats | null },
  /** counts the entries that were new to the store and those it held already */
  tally?: { added: number; already: number },
): Promise<TimelineEntry> {
  const store = tx.objectStore('entries');
  let match: TimelineEntry | null = null;
  const byId = await store.get(entry.id);
  if (byId) {
    const problem = entryProblem(byId);
    if (problem) {
      await quarantine(tx, 'entries', entry.id, problem, byId, now);
      await store.delete(entry.id);
      if (stats) stats.value = null; // what it counted for is unknown: rebuild
    } else if (exclude || sameStory(byId, entry)) match = fromStored(byId); // import: same id, same story
  }
  for (const key of entry.keys) {
    if (match) break;
    for (const candidate of await store.index('keys').getAll(key)) {
      if (exclude?.has(candidate.id)) continue;
      const problem = entryProblem(candidate);
      if (problem) {
        await quarantine(tx, 'entries', candidate.id, problem, candidate, now);
        await store.delete(candidate.id);
        if (stats) stats.value = null;
        continue;
      }
      if (sameStory(candidate, entry)) {
        match = fromStored(candidate);
        break;
      }
    }
  }
  const merged = match ? mergeEntry(match, entry) : fromStored(entry);
  if (tally) tally[match ? 'already' : 'added']++;
  await store.put(toStored(merged));
  if (stats?.value) {
    if (match) addToStats(stats.value, match, -1);
    addToStats(stats.value, merged, 1);
  }
  return merged;
}

export interface WriteResult {
  ok: boolean;
  /** the entries as stored after the write */
  entries: TimelineEntry[];
  quotaExceeded?: boolean;
  error?: string;
}

/** Runs one readwrite transaction; a refusal (quota, abort) is reported, never thrown. */
export async function write(
  db: LensDatabase,
  body: (tx: WriteTx, stats: { value: StoreStats | null }) => Promise<TimelineEntry[]>,
  stores: Names[] = ['pages', 'entries', 'quarantine', 'meta'],
): Promise<WriteResult> {
  const tx = db.transaction(stores, 'readwrite') as unknown as WriteTx;
  try {
    const meta = tx.objectStore('meta');
    const stored: unknown = await meta.get('stats');
    // a counts record that is not one (corrupt) is dropped and rebuilt from the indexes later
    const stats = { value: isStoreStats(stored) ? stored : null };
    const entries = await body(tx, stats);
    if (stats.value) await meta.put(stats.value, 'stats');
    else await meta.delete('stats');
    await tx.done;
    return { ok: true, entries };
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    const cause = (tx as unknown as { error?: unknown }).error ?? err;
    const quota = isQuotaError(err) || isQuotaError(cause);
    return {
      ok: false,
      entries: [],
      quotaExceeded: quota || undefined,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    };
  }
}

/** Stores an analysed page and merges its stories into the timeline, in one transaction. */
export async function savePage(db: LensDatabase, analysis: Analysis, now = Date.now()): Promise<WriteResult> {
  return mergeAnalysis(db, analysis, now, { keepPage: true });
}

export interface ListingWriteResult extends WriteResult {
  added: number;
  already: number;
}

/**
 * Merges the stories of one listing page (lib/listing) into the timeline, in one transaction;
 * the listing itself is not kept as a page read. Counts what was new and what was there already.
 */
export async function saveListingPage(
  db: LensDatabase,
  analysis: Analysis,
  now = Date.now(),
): Promise<ListingWriteResult> {
  const tally = { added: 0, already: 0 };
  const result = await mergeAnalysis(db, analysis, now, { keepPage: false, tally });
  return result.ok ? { ...result, ...tally } : { ...result, added: 0, already: 0 };
}

/** An analysis's stories merged into the timeline in one transaction (with the page record, or not). */
async function mergeAnalysis(
  db: LensDatabase,
  analysis: Analysis,
  now: number,
  { keepPage, tally }: { keepPage: boolean; tally?: { added: number; already: number } },
): Promise<WriteResult> {
  let incoming: TimelineEntry[];
  try {
    incoming = entriesFromAnalysis(analysis, now);
  } catch (err) {
    return { ok: false, entries: [], error: `unreadable analysis: ${String(err)}` };
  }
  return write(db, async (tx, stats) => {
    if (keepPage) await tx.objectStore('pages').put({ url: analysis.url, analysedAt: now, analysis });
    const out: TimelineEntry[] = [];
    for (const e of incoming) out.push(await mergeIntoStore(tx, e, now, undefined, stats, tally));
    return out;
  });
}

/**
 * Finds the entries that are not entries any more (a whole read, with a cursor: no entry is kept
 * in memory) and moves them to the quarantine. Returns how many were moved. Cheap enough for the
 * options page and the popup's status line (a few ms per thousand entries).
 */
export async function quarantineUnreadable(db: LensDatabase, now = Date.now()): Promise<number> {
  const bad: Unreadable[] = [];
  let cursor = await db.transaction('entries').store.openCursor();
  while (cursor) {
    const problem = entryProblem(cursor.value);
    if (problem) bad.push({ key: String(cursor.primaryKey), reason: problem, value: cursor.value });
    cursor = await cursor.continue();
  }
  if (!bad.length) return 0;
  const result = await quarantineEntries(db, bad, now);
  return result.ok ? bad.length : 0;
}

/** Moves unreadable entries (found while reading) to the quarantine. */
export async function quarantineEntries(db: LensDatabase, bad: Unreadable[], now = Date.now()): Promise<WriteResult> {
  if (!bad.length) return { ok: true, entries: [] };
  return write(db, async (tx, stats) => {
    for (const b of bad) {
      if (!(await tx.objectStore('entries').get(b.key))) continue; // already moved
      await quarantine(tx, 'entries', b.key, b.reason, b.value, now);
      await tx.objectStore('entries').delete(b.key);
      stats.value = null; // rebuilt from the indexes on the next count
    }
    return [];
  });
}

export async function clearStore(db: LensDatabase): Promise<void> {
  const tx = db.transaction(['pages', 'entries', 'quarantine', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('pages').clear(),
    tx.objectStore('entries').clear(),
    tx.objectStore('quarantine').clear(),
    tx.objectStore('meta').put(emptyStats(), 'stats'),
    tx.done,
  ]);
}
