// The timeline page's one source of data: the extension's IndexedDB, read in the page itself (an
// extension page has the background's origin, hence its database) through lib/store's functions.
// Why not a background message: measured in Chromium with 50,000 stories, a message carrying a
// compact row per story takes 200–350 ms to cross (9–12 MB), after the background has read every
// entry itself (about 2 s when it was stopped); and no read of every entry fits the first-paint
// budget. So the first screen is drawn from the counts record alone (stories per partner and
// month, kept by every write: one record, a few ms), and the stories themselves are read next, a
// chunk at a time between frames, to draw marks, apply filters and open cards.
// The page only reads: the background stays the only writer of the store. A counts record missing
// or not trusted is computed from the indexes without being kept (readStoreStats); opening the
// store runs the same schema steps as the background would (see lib/store/index.ts).

import { nextTask } from '@/lib/slices';
import {
  fromStored,
  type LensDatabase,
  type MonthCounts,
  openStore,
  readStoreStats,
  type StoredEntry,
} from '@/lib/store';
import { entryDay, entryProblem, type TimelineEntry } from '@/lib/timeline';
import type { AxisStory } from '@/lib/timeline/axis';

/** A story as the page keeps it: what the axis draws, plus what the filters look at. */
export interface PageRow extends AxisStory {
  entityIds: string[];
  isCooperation: boolean;
  /** folded title and summary (lib/timeline searchTextOf) */
  search: string;
}

export interface Overview {
  total: number;
  months: MonthCounts;
}

/** Entries read per request: about 20 ms of the page's time each with 50,000 in the store. */
const CHUNK = 500;

let opened: Promise<LensDatabase> | null = null;
function store(): Promise<LensDatabase> {
  opened ??= openStore().catch((err) => {
    opened = null;
    throw err;
  });
  return opened;
}

/** Stories in total and per partner and month (one record). */
export async function readOverview(): Promise<Overview> {
  const stats = await readStoreStats(await store());
  return { total: stats.total, months: stats.months };
}

/** The row the page keeps of an entry. */
export function rowOf(e: TimelineEntry): PageRow {
  return {
    id: e.id,
    title: e.title,
    day: entryDay(e),
    partners: e.partners,
    domains: e.domains,
    url: e.url,
    entityIds: e.entityIds,
    isCooperation: e.isCooperation,
    search: e.search,
  };
}

/**
 * Every readable story, a chunk at a time (the page stays responsive); `progress` gets the count
 * read so far. Unreadable records are skipped here (the background sets them aside).
 */
export async function readRows(progress?: (read: number) => void): Promise<PageRow[]> {
  const db = await store();
  const rows: PageRow[] = [];
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const chunk = (await db.getAll('entries', range, CHUNK)) as unknown[];
    for (const record of chunk) if (!entryProblem(record)) rows.push(rowOf(fromStored(record as StoredEntry)));
    const last = chunk[chunk.length - 1] as { id?: unknown } | undefined;
    progress?.(rows.length);
    if (chunk.length < CHUNK || typeof last?.id !== 'string') return rows;
    after = last.id;
    await nextTask(); // (not yieldToBrowser: scheduler.yield's continuation runs ahead of rendering)
  }
}

/** One whole entry (for its card), or null when it is gone or unreadable. */
export async function readEntry(id: string): Promise<TimelineEntry | null> {
  try {
    const record: unknown = await (await store()).get('entries', id);
    return record && !entryProblem(record) ? fromStored(record as StoredEntry) : null;
  } catch {
    return null;
  }
}
