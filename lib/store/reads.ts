// Reads of the store: counts of records, the quarantine, and entries newest first through the
// indexes. Unreadable entries met on the way are returned apart (`bad`): the caller moves them
// to the quarantine in a transaction of its own.

import { urlKey } from '../stories/identity';
import { entryProblem, sameStory, sortNewestFirst, type TimelineEntry } from '../timeline';
import {
  fromStored,
  type LensDatabase,
  partnerKeyRange,
  type QuarantineRecord,
  type StoredEntry,
  type Unreadable,
} from './stored';

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
export async function readAllEntries(db: LensDatabase): Promise<{ entries: TimelineEntry[]; bad: Unreadable[] }> {
  const records = (await db.getAll('entries')) as unknown[];
  const entries: TimelineEntry[] = [];
  const bad: Unreadable[] = [];
  for (const r of records) {
    const problem = entryProblem(r);
    if (problem) bad.push({ key: String((r as { id?: unknown } | null)?.id ?? ''), reason: problem, value: r });
    else entries.push(fromStored(r as StoredEntry));
  }
  return { entries: sortNewestFirst(entries), bad };
}

export interface PageOfEntries {
  entries: TimelineEntry[];
  total: number;
  /** unreadable records met on the way (to quarantine) */
  bad: Unreadable[];
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
  const range = p ? partnerKeyRange(p) : null;
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
