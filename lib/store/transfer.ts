// The timeline in and out of the store: a JSON export read back (merged with what is there, its
// bad records quarantined), and the whole timeline or a filtered view as JSON or CSV text.

import {
  parseTimelineExport,
  type TimelineEntry,
  type TimelineQuery,
  timelineToCsv,
  timelineToJson,
} from '../timeline';
import type { TimelineCache } from './cache';
import type { LensDatabase } from './stored';
import { mergeIntoStore, quarantine, type WriteResult, write } from './writes';

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

/** The whole timeline, or the entries matching `query`, as export text. */
export async function exportTimeline(
  cache: TimelineCache,
  format: 'json' | 'csv',
  query: TimelineQuery = {},
  exportedAt?: string,
): Promise<{ text: string; count: number }> {
  const entries = await cache.matching(query);
  const text = format === 'json' ? timelineToJson(entries, exportedAt) : timelineToCsv(entries);
  return { text, count: entries.length };
}
