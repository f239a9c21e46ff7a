// The shapes IndexedDB holds (lib/store/schema.ts creates them) and the conversions between a
// timeline entry and its stored record.

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { entryDay, NO_PARTNER, type TimelineEntry } from '../timeline';
import type { Analysis } from '../types';
import type { MonthCounts } from './months';

export const DB_NAME = 'vna-lens';
export const DB_VERSION = 2;

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

/** Stories in total, per partner (NO_PARTNER included) and per domain. */
export interface StoreStats {
  total: number;
  partners: Record<string, number>;
  domains: Record<string, number>;
  /** per partner and month (lib/store/months.ts): the timeline page's first screen */
  months: MonthCounts;
}

export interface LensDB extends DBSchema {
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

export type LensDatabase = IDBPDatabase<LensDB>;
export type Names = StoreNames<LensDB>;
export type WriteTx = IDBPTransaction<LensDB, ArrayLike<Names>, 'readwrite' | 'versionchange'>;

/** A record that could not be read, met while reading (to move to the quarantine). */
export interface Unreadable {
  key: string;
  reason: string;
  value: unknown;
}

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

/** One key of the partnerWhen index: `${partner}\u0001${when}`. */
export const partnerKey = (partner: string, when: string): string => `${partner}\u0001${when}`;

/** All the partnerWhen keys of one partner (NO_PARTNER: of the stories without one). */
export const partnerKeyRange = (partner: string): IDBKeyRange =>
  IDBKeyRange.bound(`${partner}\u0001`, `${partner}\u0002`);

/** The partner and the day ("YYYY-MM-DD" or '') a partnerWhen key is made of. */
export function partnerKeyDay(key: string): { partner: string; day: string } {
  const [partner = '', day = ''] = key.split('\u0001');
  return { partner, day };
}

export function toStored(e: TimelineEntry): StoredEntry {
  const when = `${entryDay(e)}\u0001${e.published ?? ''}\u0001${pad(e.lastSeen)}`;
  const partners = e.partners.length ? e.partners : [NO_PARTNER];
  return { ...e, when, partnerWhen: partners.map((p) => partnerKey(p, when)) };
}

/** The entry without the storage-only fields. */
export function fromStored(record: StoredEntry | TimelineEntry): TimelineEntry {
  const { when, partnerWhen, ...entry } = record as StoredEntry;
  void when;
  void partnerWhen;
  return entry;
}
