// The reader's history, kept on the device in IndexedDB (through idb), behind one object:
// createTimelineService (service.ts). The background is its only writer; the timeline page reads it
// too, without writing: its counts come from readStoreStats, which computes a missing or untrusted
// counts record without keeping it. Opening the store (openStore) may run a schema upgrade in
// either context: the same code, and IndexedDB runs version changes one at a time (a connection
// open elsewhere is asked to close: schema.ts), so whoever opens first migrates for both.
//   stored.ts  the records' shapes    schema.ts  versions and migrations, opening
//   writes.ts  saves, quarantine      reads.ts   counts, entries through the indexes
//   stats.ts   the counts record      query.ts   a query, from the indexes or the cache
//   cache.ts   all entries in memory  newest.ts  the newest entries per partner, in memory
//   groups.ts  a grouped page         transfer.ts import and export
//   months.ts  stories per partner and month (in the counts record: the timeline page's first screen)

export { TimelineCache } from './cache';
export type { GroupedPage, GroupPage, GroupPlanner, GroupRequest } from './groups';
export type { MonthCounts } from './months';
export { type QueryAnswer, type QueryOptions, queryStore } from './query';
export {
  entriesForEntity,
  entryCount,
  indexedPage,
  type PageOfEntries,
  pageCount,
  quarantined,
  readAllEntries,
  storeProblems,
} from './reads';
export { openStore } from './schema';
export {
  bounded,
  createTimelineService,
  type KeyValueArea,
  MAX_LIMIT,
  type StoreStatus,
  type TimelineService,
} from './service';
export { indexCounts, isStoreStats, readStoreStats, storeStats } from './stats';
export {
  DB_NAME,
  DB_VERSION,
  fromStored,
  type LensDatabase,
  type PageRecord,
  pageProblem,
  type QuarantineRecord,
  type QuarantineSource,
  type StoredEntry,
  type StoreStats,
  toStored,
} from './stored';
export { exportTimeline, type ImportResult, importTimeline } from './transfer';
export {
  clearStore,
  type ListingWriteResult,
  quarantineEntries,
  quarantineUnreadable,
  saveListingPage,
  savePage,
  type WriteResult,
} from './writes';
