// What the reader has seen, kept on the device in IndexedDB (through idb).
// Versioned: each schema version has an upgrade step, run in order, so an older profile is
// migrated in place and never loses data. The background is the only writer.

import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Analysis } from '../types';

export const DB_NAME = 'vna-lens';
export const DB_VERSION = 1;

export interface PageRecord {
  url: string;
  analysedAt: number;
  analysis: Analysis;
}

interface LensDB extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { analysedAt: number } };
}

export type LensDatabase = IDBPDatabase<LensDB>;

/** Schema steps: index i upgrades a database of version i to version i + 1. */
const MIGRATIONS: ((db: IDBPDatabase<LensDB>) => void)[] = [
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('analysedAt', 'analysedAt');
  },
];

export function openStore(factory?: IDBFactory): Promise<LensDatabase> {
  const options = {
    upgrade(db: IDBPDatabase<LensDB>, oldVersion: number) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(db);
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

export async function savePage(db: LensDatabase, analysis: Analysis, now = Date.now()): Promise<void> {
  await db.put('pages', { url: analysis.url, analysedAt: now, analysis });
}

export async function pageCount(db: LensDatabase): Promise<number> {
  return db.count('pages');
}

export async function clearStore(db: LensDatabase): Promise<void> {
  await db.clear('pages');
}
