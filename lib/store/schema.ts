// The IndexedDB schema, versioned: each version has an upgrade step, run in order, so an older
// profile is migrated in place and never loses data.
//
// Version 1: 'pages' (the latest analysis of each page, by URL).
// Version 2: 'entries' (the timeline: one record a story, merged across pages and visits) with
//   indexes for identity keys, partners, domains, entities and newest-first order; 'quarantine'
//   (records that could not be read, set aside with the reason); 'meta' (the counts). Pages of v1
//   become entries.

import { type IDBPDatabase, openDB } from 'idb';
import { entriesFromAnalysis, type TimelineEntry } from '../timeline';
import { emptyStats } from './stats';
import {
  DB_NAME,
  DB_VERSION,
  type LensDatabase,
  type LensDB,
  pageProblem,
  type StoreStats,
  type WriteTx,
} from './stored';
import { mergeIntoStore, quarantine } from './writes';

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
