// The newest entries of the partners the popup showed, kept in memory between popups, so opening
// it reads one record (the counts) instead of walking an index per group; a stopped worker reads
// them from the indexes.

import { NO_PARTNER, type TimelineCounts, type TimelineEntry } from '../timeline';
import type { TimelineCache } from './cache';
import { queryStore } from './query';
import { indexedPage } from './reads';
import type { LensDatabase } from './stored';
import { quarantineEntries } from './writes';

/** Entries read again, after a write, for each partner it touched: as many as the popup shows of its story's. */
const NEWEST_DEPTH = 10;
/** Partners kept: the latest asked for. */
const NEWEST_PARTNERS = 16;

interface NewestList {
  entries: TimelineEntry[];
  /** all of the partner's entries */
  complete: boolean;
}

/** What the lists are checked against: the store's counts (its stats record, kept by every write). */
export const stampOf = (overview: { total: number; counts?: TimelineCounts }) =>
  `${overview.total}|${(overview.counts?.partners ?? []).map((c) => `${c.key}:${c.count}`).join(',')}`;

/**
 * The newest entries of each partner the popup showed, kept in memory between popups: opening it
 * then reads the counts (one record) instead of walking an index per group. Only a cache (gone
 * with a stopped worker). Every change the background makes goes through the cache of all
 * entries, which tells this one: entries written drop the partners they touch, which are read
 * again at once, with the partners of an article just saved (the popup is likely opened on it
 * next); anything else (import, clear, quarantine, a closed database) drops them all. And lists
 * read with other counts than the store's now (changed behind the background's back) are dropped
 * when used.
 */
export class NewestByPartner {
  private lists = new Map<string, NewestList>();
  /** the store's counts the lists go with (null: as they are now, after the background's own writes) */
  private stamp: string | null = null;
  private generation = 0;
  private due = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `open`: the store (after any pending recovery); `cache`: the cache of all entries, reset when
   * unreadable records are set aside.
   */
  constructor(
    private readonly open: () => Promise<LensDatabase>,
    private readonly cache: () => TimelineCache,
  ) {}

  /** Makes the lists those of the store whose counts are `stamp`. */
  use(stamp: string): void {
    if (this.stamp !== null && this.stamp !== stamp) this.drop();
    this.stamp = stamp;
  }

  /**
   * The newest `limit` entries of a partner (NO_PARTNER: of stories without one), kept or read
   * from its index (no more than asked: the popup's first answer is small); `count`: how many it
   * has, as counted.
   */
  async read(
    store: LensDatabase,
    partner: string,
    limit: number,
    count: number,
  ): Promise<{ entries: TimelineEntry[]; count: number }> {
    if (limit <= 0) return { entries: [], count };
    const kept = this.lists.get(partner);
    if (kept && (kept.complete || kept.entries.length >= limit)) {
      this.lists.delete(partner); // the latest asked for last
      this.lists.set(partner, kept);
      return { entries: kept.entries.slice(0, limit), count };
    }
    const generation = this.generation;
    const page = await indexedPage(store, partner, 0, limit, count);
    if (page.bad.length) {
      // unreadable records met on the way: set aside (as queryStore does), and read again
      await quarantineEntries(store, page.bad);
      this.cache().reset();
      const again = await queryStore(store, this.cache(), { partner }, { limit });
      return { entries: again.entries, count: again.total };
    }
    // a change while it was read: not kept (it may predate the change)
    if (generation === this.generation) {
      this.lists.delete(partner);
      this.lists.set(partner, { entries: page.entries, complete: page.entries.length >= count });
      for (const old of this.lists.keys()) {
        if (this.lists.size <= NEWEST_PARTNERS) break;
        this.lists.delete(old);
      }
    }
    return { entries: page.entries.slice(0, limit), count };
  }

  written(entries: readonly TimelineEntry[]): void {
    const ids = new Set(entries.map((e) => e.id));
    const touched = new Set(entries.flatMap((e) => (e.partners.length ? e.partners : [NO_PARTNER])));
    const kept = [...this.lists].filter(([p, list]) => !touched.has(p) && !list.entries.some((e) => ids.has(e.id)));
    for (const [p] of this.lists) if (!kept.some(([k]) => k === p)) this.due.add(p);
    for (const e of entries)
      if (e.origin === 'article') for (const p of e.partners.length ? e.partners : [NO_PARTNER]) this.due.add(p);
    this.drop();
    this.lists = new Map(kept);
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh().catch(() => undefined), 50);
  }

  reset(): void {
    this.drop();
    this.due.clear();
  }

  private drop(): void {
    this.generation++;
    this.lists.clear();
    this.stamp = null;
  }

  /** The partners dropped by a write, and those of the article written, read again. */
  private async refresh(): Promise<void> {
    const due = [...this.due];
    this.due.clear();
    const store = await this.open();
    const overview = await queryStore(store, this.cache(), {}, { limit: 0, counts: true });
    this.use(stampOf(overview));
    const countOf = new Map((overview.counts?.partners ?? []).map((c) => [c.key, c.count]));
    await Promise.all(
      due.filter((p) => countOf.has(p)).map((p) => this.read(store, p, NEWEST_DEPTH, countOf.get(p) ?? 0)),
    );
  }
}
