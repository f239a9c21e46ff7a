// All entries in memory, newest first, for queries an index cannot answer (free text, several
// criteria). Only a cache: losing it (a stopped service worker) loses nothing.

import {
  compareNewestFirst,
  countsOfEntries,
  matchQuery,
  queryTimeline,
  queryWords,
  type TimelineCounts,
  type TimelineEntry,
  type TimelineQuery,
} from '../timeline';
import { WordIndex } from '../timeline/word-index';
import { readAllEntries } from './reads';
import type { LensDatabase } from './stored';
import { quarantineEntries } from './writes';

/**
 * All entries in memory, newest first, for queries an index cannot answer (free text, several
 * criteria). Only a cache: built from the store on first use, patched after each write, thrown
 * away on clear/import. Losing it (a stopped service worker) loses nothing.
 */
export class TimelineCache {
  private loading: Promise<TimelineEntry[]> | null = null;
  private sorted: TimelineEntry[] | null = null;
  /** the entries' words, built on the first text query (most sessions never type one) */
  private words: WordIndex<TimelineEntry> | null = null;
  /** the index's ordinal of each entry of `sorted`, in its order (rebuilt after a change) */
  private order: { of: TimelineEntry[]; ordinals: Int32Array } | null = null;

  /** `listener`: told of every change (another cache kept beside this one: lib/store/newest.ts) */
  constructor(
    private readonly db: () => Promise<LensDatabase>,
    private readonly listener?: { written(entries: readonly TimelineEntry[]): void; reset(): void },
  ) {}

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

  /**
   * The entries whose title or summary holds every word of `text`, newest first (all of them when
   * it has none), found through the word index rather than by reading every entry's text.
   */
  async holding(text: string | undefined): Promise<TimelineEntry[]> {
    const all = await this.all();
    const words = queryWords(text);
    if (!words.length) return all;
    // (written or reset meanwhile: this once, by reading them all)
    if (this.sorted !== all) return queryTimeline(all, { text });
    const marks = this.indexOf(all).marks(words);
    const ordinals = this.ordinalsOf(all);
    const out: TimelineEntry[] = [];
    for (let i = 0; i < all.length; i++) if (marks[ordinals[i] as number]) out.push(all[i] as TimelineEntry);
    return out;
  }

  /** The entries matching `query`, newest first: its words through the word index, the rest over those. */
  async matching(query: TimelineQuery): Promise<TimelineEntry[]> {
    return matchQuery(await this.holding(query.text), { ...query, text: undefined });
  }

  /**
   * The counts per partner and domain of the entries matching `query` but its partner (so every
   * partner stays shown): a query of words alone is counted in the word index, without reading
   * the entries; `matched`, when the caller has them, spares finding them again otherwise.
   */
  async countsOf(query: TimelineQuery, matched?: readonly TimelineEntry[]): Promise<TimelineCounts> {
    const all = await this.all();
    const words = queryWords(query.text);
    if (words.length && this.sorted === all && !query.domain && !query.entityId && !query.cooperationOnly) {
      const index = this.indexOf(all);
      return index.countsOf(index.marks(words));
    }
    return countsOfEntries(matched ?? (await this.matching({ ...query, partner: undefined })));
  }

  private indexOf(all: TimelineEntry[]): WordIndex<TimelineEntry> {
    this.words ??= new WordIndex(all);
    return this.words;
  }

  private ordinalsOf(all: TimelineEntry[]): Int32Array {
    if (this.order?.of === all) return this.order.ordinals;
    const index = this.indexOf(all);
    const ordinals = Int32Array.from(all, (e) => index.ordinalOf(e) ?? -1);
    this.order = { of: all, ordinals };
    return ordinals;
  }

  /** Entries just written: replace (by id) and keep the order. */
  apply(written: readonly TimelineEntry[]): void {
    this.patch(written);
    this.listener?.written(written);
  }

  private patch(written: readonly TimelineEntry[]): void {
    if (!this.sorted) {
      this.loading = null; // a load in flight may predate the write: read again next time
      this.words = null;
      this.order = null;
      return;
    }
    const list = this.sorted;
    const ids = new Set(written.map((e) => e.id));
    const kept = list.filter((e) => !ids.has(e.id));
    const latest = new Map(written.map((e) => [e.id, e]));
    if (this.words) {
      // (the old versions out of the index, the last written of each id in)
      this.words.remove(list.filter((e) => ids.has(e.id)));
      this.words.add(latest.values());
    }
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
    this.words = null;
    this.order = null;
    this.listener?.reset();
  }
}
