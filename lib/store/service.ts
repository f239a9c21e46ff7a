// The reader's timeline as one object: it owns the database (opened on first use, opened again
// when closed under it), the save journal and its replay, the quota flag, and the caches (all
// entries; the newest per partner), which every write or reset keeps right. The background is a
// table of message handlers over it. Pure of `browser.*`: the key-value areas are passed in.
//
// Saves are journaled: the analysis is put in the journal area (storage.session) before the
// IndexedDB transaction starts, and taken out once it has ended. A service worker stopped in
// between (Chrome stops idle MV3 workers; the transaction then aborts) leaves the journal entry,
// which the next start saves again. Saving twice is harmless: savePage merges by story identity.

import type { TimelineQuery } from '../timeline';
import type { Analysis } from '../types';
import { TimelineCache } from './cache';
import { type GroupedPage, type GroupPlanner, readGroups } from './groups';
import { NewestByPartner } from './newest';
import { type QueryAnswer, queryStore } from './query';
import { entriesForEntity, entryCount, pageCount, storeProblems } from './reads';
import type { LensDatabase } from './stored';
import { exportTimeline, importTimeline } from './transfer';
import { clearStore, quarantineUnreadable, saveListingPage, savePage, type WriteResult } from './writes';

/** What the service needs of storage.session / storage.local. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getKeys?: () => Promise<string[]>;
}

export interface StoreStatus {
  pages: number;
  stories: number;
  /** set aside records that could not be read, and why */
  problems: string[];
  /** the store refused a write for lack of space */
  quotaExceeded?: boolean;
}

/** Largest page of entries in one answer (the popup asks for more on "show more"). */
export const MAX_LIMIT = 500;
const PENDING = 'pending:';
/** A refused write for lack of space is remembered (in `flags`) until a write succeeds. */
const QUOTA_KEY = 'storeQuotaExceeded';

/** A limit from a message, as a whole number in [0, max]. */
export const bounded = (n: unknown, max = MAX_LIMIT, fallback = 0) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : fallback;

/**
 * `openDb`: opens the database (lib/store/schema.ts openStore); `journal`: where saves wait
 * (storage.session); `flags`: where the quota flag is kept (storage.local).
 */
export function createTimelineService(
  openDb: () => Promise<LensDatabase>,
  areas: { journal: KeyValueArea; flags: KeyValueArea },
) {
  let database: Promise<LensDatabase> | null = null;
  const db = (): Promise<LensDatabase> => {
    database ??= openDb().then(
      (store) => {
        // closed under us (a newer schema opening, the profile's storage cleared): open again next time
        const forget = () => {
          database = null;
          cache.reset();
        };
        store.addEventListener('versionchange', forget);
        store.addEventListener('close', forget);
        return store;
      },
      (err) => {
        database = null; // try again on the next call
        throw err;
      },
    );
    return database;
  };
  const cache: TimelineCache = new TimelineCache(db, {
    written: (entries) => newest.written(entries),
    reset: () => newest.reset(),
  });
  const newest: NewestByPartner = new NewestByPartner(ready, () => cache);
  let journalSeq = 0;

  async function noteWrite(result: WriteResult): Promise<void> {
    if (result.ok) {
      cache.apply(result.entries);
      if ((await areas.flags.get(QUOTA_KEY))[QUOTA_KEY]) await areas.flags.remove(QUOTA_KEY);
    } else if (result.quotaExceeded) {
      await areas.flags.set({ [QUOTA_KEY]: Date.now() });
    }
  }

  /** Saves left in the journal by a worker stopped mid-save, saved again, oldest first. */
  async function replayJournal(): Promise<void> {
    const { journal } = areas;
    const keys = journal.getKeys ? await journal.getKeys() : Object.keys(await journal.get(null));
    const pending = keys.filter((k) => k.startsWith(PENDING)).sort();
    if (pending.length === 0) return;
    const all = await journal.get(pending);
    for (const key of pending) {
      try {
        await noteWrite(await savePage(await db(), all[key] as Analysis));
      } catch {
        continue; // the store cannot be opened now: keep it for the next start
      }
      await journal.remove(key);
    }
  }

  /** Readers wait for the journal to be replayed, so they never miss a saved page. */
  const recovered = replayJournal().catch(() => undefined);
  async function ready(): Promise<LensDatabase> {
    await recovered;
    return db();
  }
  const quotaFlag = async () =>
    Boolean((await areas.flags.get(QUOTA_KEY).catch(() => ({}) as Record<string, unknown>))[QUOTA_KEY]);

  async function status(): Promise<StoreStatus> {
    const store = await ready();
    // records broken behind our back (disk errors, another tool) are set aside before counting
    if ((await quarantineUnreadable(store)) > 0) cache.reset();
    const [pages, stories, problems, quota] = await Promise.all([
      pageCount(store),
      entryCount(store),
      storeProblems(store),
      quotaFlag(),
    ]);
    return quota ? { pages, stories, problems, quotaExceeded: true } : { pages, stories, problems };
  }

  return {
    /** Saves an analysed page, journaled; `alongside`: put in the journal's area in the same call. */
    async save(analysis: Analysis, alongside: Record<string, unknown> = {}): Promise<WriteResult> {
      const key = `${PENDING}${Date.now().toString(36)}-${(journalSeq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      await areas.journal.set({ [key]: analysis, ...alongside });
      const result = await savePage(await db(), analysis);
      await noteWrite(result);
      // a refusal (quota, unreadable analysis) is final and reported: only an interrupted save is replayed
      await areas.journal.remove(key);
      return result;
    },
    /**
     * Merges one listing page's stories ("Compléter la chronologie"), not journaled: the content
     * script sends it again if the worker stops. Answers what was new and what was there already.
     */
    async saveListing(analysis: Analysis): Promise<{ added: number; already: number } | { error: string }> {
      try {
        const result = await saveListingPage(await ready(), analysis);
        await noteWrite(result);
        if (!result.ok) return { error: result.quotaExceeded ? 'QuotaExceededError' : (result.error ?? 'store') };
        return { added: result.added, already: result.already };
      } catch (err) {
        return { error: String(err) };
      }
    },
    async query(query: TimelineQuery, options: { limit?: number; offset?: number; counts?: boolean }) {
      const limit = bounded(options.limit, MAX_LIMIT, 50);
      return queryStore(await ready(), cache, query, { ...options, limit }) as Promise<QueryAnswer>;
    },
    /** A page of the timeline grouped by partner, for any filter (lib/store/groups.ts). */
    async groups(query: TimelineQuery, plan: GroupPlanner): Promise<GroupedPage> {
      const limited: GroupPlanner = async (counts) =>
        (await plan(counts)).slice(0, 50).map((g) => ({
          partner: g.partner,
          offset: bounded(g.offset, Number.MAX_SAFE_INTEGER),
          limit: bounded(g.limit),
        }));
      return readGroups(await ready(), cache, newest, query, limited);
    },
    /**
     * The unfiltered grouped page the popup opens with, and what it says about the store without a
     * full read: records set aside (counted), the quota flag.
     */
    async firstPage(plan: GroupPlanner): Promise<GroupedPage & { problems: number; quotaExceeded?: boolean }> {
      const problems = ready().then((store) => store.count('quarantine').catch(() => 0));
      const [page, count, quota] = await Promise.all([this.groups({}, plan), problems, quotaFlag()]);
      return quota ? { ...page, problems: count, quotaExceeded: true } : { ...page, problems: count };
    },
    /** Stories that mention an entity, newest first (for the entity card). */
    async entity(entityId: string, excludeUrl: string | undefined, limit?: number) {
      return { entries: await entriesForEntity(await ready(), entityId, excludeUrl, bounded(limit, MAX_LIMIT, 10)) };
    },
    async export(format: 'json' | 'csv', query: TimelineQuery = {}) {
      await ready();
      return exportTimeline(cache, format === 'csv' ? 'csv' : 'json', query);
    },
    async import(text: string): Promise<{ imported: number; error?: string }> {
      try {
        const result = await importTimeline(await db(), text);
        cache.reset();
        await noteWrite({ ...result, entries: [] });
        if (!result.ok) return { imported: 0, error: result.quotaExceeded ? 'QuotaExceededError' : result.error };
        return result.rejected
          ? { imported: result.imported, error: `${result.rejected} rejected` }
          : { imported: result.imported };
      } catch (err) {
        return { imported: 0, error: err instanceof Error ? err.message : String(err) };
      }
    },
    status,
    async clear(): Promise<StoreStatus> {
      await clearStore(await ready());
      cache.reset();
      await areas.flags.remove(QUOTA_KEY);
      return status();
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
