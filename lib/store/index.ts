// What the reader has seen, kept on the device in IndexedDB (through idb).
// Versioned: each schema version has an upgrade step, run in order, so an older profile is
// migrated in place and never loses data. The background is the only writer.
//
// Version 1: 'pages' (the latest analysis of each page, by URL).
// Version 2: 'entries' (the timeline: one record a story, merged across pages and visits) with
//   indexes for identity keys, partners, domains, entities and newest-first order; 'quarantine'
//   (records that could not be read, set aside with the reason). Pages of v1 become entries.
//
// Every write is one readwrite transaction that looks the story up by its identity keys and
// merges inside the transaction: IndexedDB runs overlapping readwrite transactions one after
// the other, so several tabs saving at once lose nothing, and a service worker stopped between
// two transactions leaves a consistent store. Nothing in memory matters: a cache of all entries
// (for free-text queries) is rebuilt from the store whenever it is missing.

import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { urlKey } from '../stories/identity';
import {
  type Count,
  entriesFromAnalysis,
  entryDay,
  entryProblem,
  mergeEntry,
  parseTimelineExport,
  queryTimeline,
  sameStory,
  sortNewestFirst,
  type TimelineEntry,
  type TimelineQuery,
  timelineToCsv,
  timelineToJson,
} from '../timeline';
import { compareNewestFirst } from '../timeline/query';
import type { Analysis, Domain } from '../types';

export const DB_NAME = 'vna-lens';
export const DB_VERSION = 2;

/** The partner "key" of stories without any partner (in counts and queries). */
export const NO_PARTNER = '-';

export interface PageRecord {
  url: string;
  analysedAt: number;
  analysis: Analysis;
}

/** A timeline entry as stored: plus derived sort keys for the newest-first indexes. */
export interface StoredEntry extends TimelineEntry {
  /** `${day}\u0001${published}\u0001${lastSeen}`: newest first is this index read backwards */
  when: string;
  /** one `${partner}\u0001${when}` a partner (NO_PARTNER when none): newest first per partner */
  partnerWhen: string[];
}

export type QuarantineSource = 'pages' | 'entries' | 'import';

export interface QuarantineRecord {
  id?: number;
  from: QuarantineSource;
  /** the record's key where it was found (URL, entry id, position in a file) */
  key: string | null;
  reason: string;
  /** ms since epoch */
  at: number;
  value: unknown;
}

interface LensDB extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { analysedAt: number } };
  entries: {
    key: string;
    value: StoredEntry;
    indexes: { keys: string; partners: string; domains: string; entityIds: string; when: string; partnerWhen: string };
  };
  quarantine: { key: number; value: QuarantineRecord; indexes: { at: number } };
  /** 'stats': counts kept up to date by every write (absent: rebuilt from the indexes) */
  meta: { key: string; value: StoreStats };
}

/** Stories in total, per partner (NO_PARTNER included) and per domain. */
export interface StoreStats {
  total: number;
  partners: Record<string, number>;
  domains: Record<string, number>;
}

const emptyStats = (): StoreStats => ({ total: 0, partners: {}, domains: {} });

function addToStats(stats: StoreStats, e: TimelineEntry, sign: 1 | -1): void {
  const bump = (table: Record<string, number>, key: string) => {
    const n = (table[key] ?? 0) + sign;
    if (n > 0) table[key] = n;
    else delete table[key];
  };
  stats.total += sign;
  for (const p of e.partners.length ? e.partners : [NO_PARTNER]) bump(stats.partners, p);
  for (const d of e.domains) bump(stats.domains, d);
}

export type LensDatabase = IDBPDatabase<LensDB>;
type Names = StoreNames<LensDB>;
type WriteTx = IDBPTransaction<LensDB, ArrayLike<Names>, 'readwrite' | 'versionchange'>;

/** Schema steps: index i upgrades a database of version i to version i + 1. */
const MIGRATIONS: ((db: IDBPDatabase<LensDB>, tx: WriteTx) => void)[] = [
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('analysedAt', 'analysedAt');
  },
  (db, tx) => {
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('keys', 'keys', { multiEntry: true });
    entries.createIndex('partners', 'partners', { multiEntry: true });
    entries.createIndex('domains', 'domains', { multiEntry: true });
    entries.createIndex('entityIds', 'entityIds', { multiEntry: true });
    entries.createIndex('when', 'when');
    entries.createIndex('partnerWhen', 'partnerWhen', { multiEntry: true });
    const quarantine = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
    quarantine.createIndex('at', 'at');
    db.createObjectStore('meta');
    // the pages read with version 1 become timeline entries, oldest visit first
    migratePagesToEntries(tx).catch(() => {
      try {
        tx.abort(); // keep version 1 as it was rather than half a migration
      } catch {
        // already finished
      }
    });
  },
];

async function migratePagesToEntries(tx: WriteTx): Promise<void> {
  const pages = await tx.objectStore('pages').index('analysedAt').getAll();
  const now = Date.now();
  const stats = { value: emptyStats() as StoreStats | null };
  for (const record of pages) {
    const problem = pageProblem(record);
    let entries: TimelineEntry[] = [];
    if (!problem) {
      try {
        entries = entriesFromAnalysis(record.analysis, record.analysedAt);
      } catch (err) {
        await quarantine(tx, 'pages', record.url, `unreadable analysis: ${String(err)}`, record, now);
        await tx.objectStore('pages').delete(record.url);
        continue;
      }
    } else {
      const key = typeof (record as { url?: unknown }).url === 'string' ? record.url : null;
      await quarantine(tx, 'pages', key, problem, record, now);
      if (key !== null) await tx.objectStore('pages').delete(key);
      continue;
    }
    for (const e of entries) await mergeIntoStore(tx, e, now, undefined, stats);
  }
  if (stats.value) await tx.objectStore('meta').put(stats.value, 'stats');
}

function openWith(factory: IDBFactory | undefined) {
  const options = {
    upgrade(db: IDBPDatabase<LensDB>, oldVersion: number, _newVersion: number | null, tx: WriteTx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(db, tx);
    },
    blocking() {
      // a newer version (an extension update) waits for us: let it in
    },
  };
  if (factory) {
    // tests pass fake-indexeddb's factory; idb reads the global one
    const previous = globalThis.indexedDB;
    globalThis.indexedDB = factory;
    try {
      return openDB<LensDB>(DB_NAME, DB_VERSION, options);
    } finally {
      globalThis.indexedDB = previous;
    }
  }
  return openDB<LensDB>(DB_NAME, DB_VERSION, options);
}

export async function openStore(factory?: IDBFactory): Promise<LensDatabase> {
  const db = await openWith(factory);
  // an update of the extension opening a newer version: close so its upgrade can run
  db.addEventListener('versionchange', () => db.close());
  return db;
}

// ── shapes ────────────────────────────────────────────────────────────────────────────────

/** Why a stored page record cannot be read, or null. */
export function pageProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const r = value as Record<string, unknown>;
  if (typeof r.url !== 'string') return 'page without url';
  if (typeof r.analysedAt !== 'number' || !Number.isFinite(r.analysedAt)) return 'page without analysedAt';
  const a = r.analysis as Record<string, unknown> | null;
  if (typeof a !== 'object' || a === null) return 'page without analysis';
  if (typeof a.url !== 'string') return 'analysis without url';
  if (!Array.isArray(a.stories) || !Array.isArray(a.entities) || !Array.isArray(a.related))
    return 'analysis without stories, entities or related lists';
  return null;
}

const pad = (n: number) => String(Math.max(0, Math.floor(n))).padStart(15, '0');

export function toStored(e: TimelineEntry): StoredEntry {
  const when = `${entryDay(e)}\u0001${e.published ?? ''}\u0001${pad(e.lastSeen)}`;
  const partners = e.partners.length ? e.partners : [NO_PARTNER];
  return { ...e, when, partnerWhen: partners.map((p) => `${p}\u0001${when}`) };
}

/** The entry without the storage-only fields. */
export function fromStored(record: StoredEntry | TimelineEntry): TimelineEntry {
  const { when, partnerWhen, ...entry } = record as StoredEntry;
  void when;
  void partnerWhen;
  return entry;
}

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(String(err)));
}

// ── writes ────────────────────────────────────────────────────────────────────────────────

async function quarantine(
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
async function mergeIntoStore(
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
async function write(
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
  let incoming: TimelineEntry[];
  try {
    incoming = entriesFromAnalysis(analysis, now);
  } catch (err) {
    return { ok: false, entries: [], error: `unreadable analysis: ${String(err)}` };
  }
  return write(db, async (tx, stats) => {
    await tx.objectStore('pages').put({ url: analysis.url, analysedAt: now, analysis });
    const out: TimelineEntry[] = [];
    for (const e of incoming) out.push(await mergeIntoStore(tx, e, now, undefined, stats));
    return out;
  });
}

export interface ListingWriteResult extends WriteResult {
  added: number;
  already: number;
}

/**
 * Merges the stories of one listing page (lib/listing) into the timeline, in one transaction;
 * the page itself is not kept as a page read. Counts what was new and what was there already.
 */
export async function saveListingPage(
  db: LensDatabase,
  analysis: Analysis,
  now = Date.now(),
): Promise<ListingWriteResult> {
  const tally = { added: 0, already: 0 };
  let incoming: TimelineEntry[];
  try {
    incoming = entriesFromAnalysis(analysis, now);
  } catch (err) {
    return { ok: false, entries: [], error: `unreadable listing: ${String(err)}`, ...tally };
  }
  const result = await write(db, async (tx, stats) => {
    const out: TimelineEntry[] = [];
    for (const e of incoming) out.push(await mergeIntoStore(tx, e, now, undefined, stats, tally));
    return out;
  });
  return result.ok ? { ...result, ...tally } : { ...result, added: 0, already: 0 };
}

export interface ImportResult extends WriteResult {
  imported: number;
  rejected: number;
}

/**
 * Reads a JSON export back into the store, merged with what is there. Entries that are not
 * entries are quarantined with the reason. Into an empty store, the entries come back exactly.
 */
export async function importTimeline(db: LensDatabase, text: string, now = Date.now()): Promise<ImportResult> {
  const parsed = parseTimelineExport(text); // throws when the file is not an export at all
  const result = await write(db, async (tx, stats) => {
    for (const r of parsed.rejected) await quarantine(tx, 'import', `#${r.index}`, r.reason, r.value, now);
    const seen = new Set<string>();
    const out: TimelineEntry[] = [];
    for (const e of parsed.entries) {
      out.push(await mergeIntoStore(tx, e, now, seen, stats));
      seen.add(e.id);
    }
    return out;
  });
  return { ...result, imported: result.ok ? parsed.entries.length : 0, rejected: parsed.rejected.length };
}

/**
 * Finds the entries that are not entries any more (a whole read, with a cursor: no entry is kept
 * in memory) and moves them to the quarantine. Returns how many were moved. Cheap enough for the
 * options page and the popup's status line (a few ms per thousand entries).
 */
export async function quarantineUnreadable(db: LensDatabase, now = Date.now()): Promise<number> {
  const bad: { key: string; reason: string; value: unknown }[] = [];
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
export async function quarantineEntries(
  db: LensDatabase,
  bad: { key: string; reason: string; value: unknown }[],
  now = Date.now(),
): Promise<WriteResult> {
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

// ── reads ─────────────────────────────────────────────────────────────────────────────────

export async function pageCount(db: LensDatabase): Promise<number> {
  return db.count('pages');
}

export async function entryCount(db: LensDatabase): Promise<number> {
  return db.count('entries');
}

export async function quarantined(db: LensDatabase): Promise<QuarantineRecord[]> {
  return db.getAll('quarantine');
}

/** One line a quarantined record, for the reader (at most `max`, then a count of the rest). */
export async function storeProblems(db: LensDatabase, max = 20): Promise<string[]> {
  const records = await quarantined(db);
  const lines = records
    .slice(0, max)
    .map((r) => `${r.from}${r.key === null ? '' : ` ${r.key}`}: ${r.reason} (${new Date(r.at).toISOString()})`);
  if (records.length > max) lines.push(`… +${records.length - max}`);
  return lines;
}

/**
 * Every readable entry, newest first. Unreadable ones are returned in `bad` (the caller moves
 * them to the quarantine with `quarantineEntries`, in a transaction of its own).
 */
export async function readAllEntries(
  db: LensDatabase,
): Promise<{ entries: TimelineEntry[]; bad: { key: string; reason: string; value: unknown }[] }> {
  const records = (await db.getAll('entries')) as unknown[];
  const entries: TimelineEntry[] = [];
  const bad: { key: string; reason: string; value: unknown }[] = [];
  for (const r of records) {
    const problem = entryProblem(r);
    if (problem) bad.push({ key: String((r as { id?: unknown } | null)?.id ?? ''), reason: problem, value: r });
    else entries.push(fromStored(r as StoredEntry));
  }
  return { entries: sortNewestFirst(entries), bad };
}

/**
 * All entries in memory, newest first, for queries an index cannot answer (free text, several
 * criteria). Only a cache: built from the store on first use, patched after each write, thrown
 * away on clear/import. Losing it (a stopped service worker) loses nothing.
 */
export class TimelineCache {
  private loading: Promise<TimelineEntry[]> | null = null;
  private sorted: TimelineEntry[] | null = null;

  constructor(private readonly db: () => Promise<LensDatabase>) {}

  all(): Promise<TimelineEntry[]> {
    if (this.sorted) return Promise.resolve(this.sorted);
    this.loading ??= (async () => {
      const db = await this.db();
      const { entries, bad } = await readAllEntries(db);
      if (bad.length) await quarantineEntries(db, bad);
      this.sorted = entries;
      return entries;
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Entries just written: replace (by id) and keep the order. */
  apply(written: readonly TimelineEntry[]): void {
    if (!this.sorted) {
      this.loading = null; // a load in flight may predate the write: read again next time
      return;
    }
    const list = this.sorted;
    const ids = new Set(written.map((e) => e.id));
    const kept = list.filter((e) => !ids.has(e.id));
    const latest = new Map(written.map((e) => [e.id, e]));
    for (const e of latest.values()) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareNewestFirst(kept[mid] as TimelineEntry, e) <= 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, e);
    }
    this.sorted = kept;
  }

  reset(): void {
    this.sorted = null;
    this.loading = null;
  }
}

/** A query the store's indexes answer alone: nothing, or only a partner. */
function indexable(q: TimelineQuery): boolean {
  return !q.domain && !q.entityId && !q.text?.trim() && !q.cooperationOnly;
}

/** queryTimeline, plus NO_PARTNER for stories without a partner. */
export function matchQuery(entries: readonly TimelineEntry[], query: TimelineQuery): TimelineEntry[] {
  if (query.partner !== NO_PARTNER) return queryTimeline(entries, query);
  return queryTimeline(entries, { ...query, partner: undefined }).filter((e) => e.partners.length === 0);
}

export interface TimelineCounts {
  /** per partner, most first; NO_PARTNER last */
  partners: Count<string>[];
  domains: Count<Domain>[];
}

function withNoPartner(counts: Count<string>[], none: number): Count<string>[] {
  return none ? [...counts, { key: NO_PARTNER, count: none }] : counts;
}

const byCount = <K extends string>(a: Count<K>, b: Count<K>) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function countsOf(stats: StoreStats): TimelineCounts {
  const list = (table: Record<string, number>) =>
    Object.entries(table)
      .map(([key, count]) => ({ key, count }))
      .sort(byCount);
  const none = stats.partners[NO_PARTNER] ?? 0;
  const partners = list(stats.partners).filter((c) => c.key !== NO_PARTNER);
  return { partners: withNoPartner(partners, none), domains: list(stats.domains) as Count<Domain>[] };
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
  const [total, partners, domains, none] = await Promise.all([
    entries.count(),
    table('partners'),
    table('domains'),
    entries.index('partnerWhen').count(IDBKeyRange.bound(`${NO_PARTNER}\u0001`, `${NO_PARTNER}\u0002`)),
  ]);
  if (none) partners[NO_PARTNER] = none;
  const stats: StoreStats = { total, partners, domains };
  await tx.objectStore('meta').put(stats, 'stats');
  await tx.done;
  return stats;
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
    isCountTable(r.domains)
  );
}

/** Stories in total, per partner and per domain: one small record, kept by every write. */
export async function storeStats(db: LensDatabase): Promise<StoreStats> {
  const stats: unknown = await db.get('meta', 'stats');
  return isStoreStats(stats) ? stats : rebuildStats(db);
}

/** Counts per partner and domain of the whole store. */
export async function indexCounts(db: LensDatabase): Promise<TimelineCounts> {
  return countsOf(await storeStats(db));
}

/** Counts of the entries matching `query` (apart from its partner, so every partner stays shown). */
export function filteredCounts(entries: readonly TimelineEntry[], query: TimelineQuery): TimelineCounts {
  const rest = matchQuery(entries, { ...query, partner: undefined });
  const partners = new Map<string, number>();
  const domains = new Map<Domain, number>();
  let none = 0;
  for (const e of rest) {
    if (!e.partners.length) none++;
    for (const p of e.partners) partners.set(p, (partners.get(p) ?? 0) + 1);
    for (const d of e.domains) domains.set(d, (domains.get(d) ?? 0) + 1);
  }
  const list = <K extends string>(m: Map<K, number>) =>
    [...m.entries()].map(([key, count]) => ({ key, count })).sort(byCount);
  return { partners: withNoPartner(list(partners), none), domains: list(domains) };
}

export interface PageOfEntries {
  entries: TimelineEntry[];
  total: number;
  /** unreadable records met on the way (to quarantine) */
  bad: { key: string; reason: string; value: unknown }[];
}

/** Newest first, by index: all entries, or one partner's (NO_PARTNER: those without). */
export async function indexedPage(
  db: LensDatabase,
  partner: string | undefined,
  offset: number,
  limit: number,
  knownTotal?: number,
): Promise<PageOfEntries> {
  const tx = db.transaction('entries');
  const p = partner?.toUpperCase();
  const range = p ? IDBKeyRange.bound(`${p}\u0001`, `${p}\u0002`) : null;
  const source = p ? tx.store.index('partnerWhen') : tx.store.index('when');
  const total = knownTotal ?? (await source.count(range));
  const entries: TimelineEntry[] = [];
  const bad: PageOfEntries['bad'] = [];
  if (limit <= 0) return { entries, total, bad };
  let cursor = await source.openCursor(range, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && entries.length < limit) {
    const problem = entryProblem(cursor.value);
    if (problem) bad.push({ key: String(cursor.primaryKey), reason: problem, value: cursor.value });
    else entries.push(fromStored(cursor.value));
    cursor = await cursor.continue();
  }
  return { entries, total, bad };
}

export interface QueryOptions {
  offset?: number;
  limit?: number;
  counts?: boolean;
}

export interface QueryAnswer {
  entries: TimelineEntry[];
  total: number;
  counts?: TimelineCounts;
}

/**
 * The timeline for a query, newest first, one page of it (`offset`, `limit`; default 50), with
 * counts when asked. Empty and partner-only queries are answered from the indexes (fast on a cold
 * start); others from the cache of all entries.
 */
export async function queryStore(
  db: LensDatabase,
  cache: TimelineCache,
  query: TimelineQuery,
  options: QueryOptions = {},
) {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  if (indexable(query)) {
    const stats = await storeStats(db);
    const partner = query.partner?.toUpperCase();
    const known = partner ? (stats.partners[partner] ?? 0) : stats.total;
    const page = await indexedPage(db, partner, offset, limit, known);
    const counts = options.counts ? countsOf(stats) : undefined;
    if (page.bad.length) {
      await quarantineEntries(db, page.bad);
      cache.reset();
    }
    const answer: QueryAnswer = { entries: page.entries, total: page.total - page.bad.length };
    if (counts) answer.counts = counts;
    return answer;
  }
  const all = await cache.all();
  const found = matchQuery(all, query);
  const answer: QueryAnswer = { entries: found.slice(offset, offset + limit), total: found.length };
  if (options.counts) answer.counts = filteredCounts(all, query);
  return answer;
}

/** Stories that mention an entity, newest first (for the entity card), from the index. */
export async function entriesForEntity(
  db: LensDatabase,
  entityId: string,
  excludeUrl: string | undefined,
  limit = 10,
): Promise<TimelineEntry[]> {
  const records = await db.getAllFromIndex('entries', 'entityIds', entityId);
  const exclude = excludeUrl ? entriesFromUrl(excludeUrl) : null;
  const out = sortNewestFirst(
    records.filter((r) => !entryProblem(r) && !(exclude && sameStory(r, exclude))).map(fromStored),
  );
  return out.slice(0, limit);
}

/** A bare entry carrying only the identity key of a URL (to compare with sameStory). */
function entriesFromUrl(url: string): TimelineEntry {
  const key = urlKey(url);
  return { ...BARE, id: url, keys: key ? [`url:${key}`] : [url], url };
}

const BARE: TimelineEntry = {
  id: '',
  keys: [],
  title: '',
  summary: null,
  url: null,
  origin: 'article',
  published: null,
  date: null,
  dateSource: null,
  partners: [],
  domains: [],
  isCooperation: false,
  entityIds: [],
  seenOn: [],
  firstSeen: 0,
  lastSeen: 0,
  mentions: [],
  entities: [],
  search: '',
};

/** The whole timeline, or the entries matching `query`, as export text. */
export async function exportTimeline(
  cache: TimelineCache,
  format: 'json' | 'csv',
  query: TimelineQuery = {},
  exportedAt?: string,
): Promise<{ text: string; count: number }> {
  const entries = matchQuery(await cache.all(), query);
  const text = format === 'json' ? timelineToJson(entries, exportedAt) : timelineToCsv(entries);
  return { text, count: entries.length };
}
