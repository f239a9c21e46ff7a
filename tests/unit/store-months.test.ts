// Stories per partner and month in the counts record (lib/store/months.ts): kept by every write
// as the entries say, rebuilt from the indexes when the record is missing, and the timeline
// page's address (filters and window) read back as written.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readView, writeView } from '../../components/timeline-page/url-state';
import { importTimeline, type LensDatabase, openStore, readAllEntries, storeStats } from '../../lib/store';
import { bumpMonths, isMonthCounts, type MonthCounts } from '../../lib/store/months';
import { entryDay, NO_PARTNER, type TimelineEntry, timelineToJson } from '../../lib/timeline';
import { generatedEntries } from '../support/generated';

let db: LensDatabase;
beforeEach(async () => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  db = await openStore(factory);
});

/** What the month counts must be, from the entries themselves. */
function monthsOf(entries: readonly TimelineEntry[]): MonthCounts {
  const out: MonthCounts = {};
  for (const e of entries)
    for (const p of e.partners.length ? e.partners : [NO_PARTNER]) {
      const month = entryDay(e).slice(0, 7);
      out[p] ??= {};
      (out[p] as Record<string, number>)[month] = ((out[p] as Record<string, number>)[month] ?? 0) + 1;
    }
  return out;
}

describe('store: stories per partner and month', () => {
  it('are kept by every write, merges included, and rebuilt alike from the indexes', async () => {
    const entries = generatedEntries(400);
    // the same stories twice (merged, not counted again), some undated
    const undated = entries.slice(0, 30).map((e) => ({ ...e, date: null, published: null }));
    await importTimeline(db, timelineToJson(entries.slice(0, 250)));
    await importTimeline(db, timelineToJson([...entries.slice(200), ...undated.slice(0, 10)]));
    const { entries: stored } = await readAllEntries(db);
    const kept = await storeStats(db);
    expect(kept.months).toEqual(monthsOf(stored));
    expect(Object.values(kept.months).some((table) => '' in table)).toBe(false);

    // a counts record from before this field: rebuilt (from the partner/date index) the same
    await db.put('meta', { total: kept.total, partners: kept.partners, domains: kept.domains } as never, 'stats');
    expect((await storeStats(db)).months).toEqual(kept.months);
  });

  it('counts undated stories under the empty month and drops emptied months', () => {
    const months: MonthCounts = {};
    bumpMonths(months, ['KH', 'LA'], '2024-03-02', 1);
    bumpMonths(months, ['KH'], '', 1);
    expect(months).toEqual({ KH: { '2024-03': 1, '': 1 }, LA: { '2024-03': 1 } });
    bumpMonths(months, ['LA'], '2024-03-02', -1);
    expect(months).toEqual({ KH: { '2024-03': 1, '': 1 } });
    expect(isMonthCounts(months)).toBe(true);
    expect(isMonthCounts({ KH: { '2024-3': 1 } })).toBe(false);
    expect(isMonthCounts({ KH: { '2024-03': 0 } })).toBe(false);
    expect(isMonthCounts({ KH: null })).toBe(false);
  });
});

describe('timeline page address', () => {
  it('reads back the filters and window it wrote, and drops what is not one', () => {
    const view = {
      filters: {
        partner: 'KH',
        domain: 'economy' as const,
        entityId: 'person:hun-manet',
        entityName: 'Hun Manet',
        text: 'visite',
      },
      window: [Date.UTC(2024, 0, 1), Date.UTC(2024, 6, 1)] as [number, number],
    };
    expect(readView(writeView(view))).toEqual(view);
    expect(readView('?partner=<b>&domain=war&from=2024-02-30&to=2024-03-01')).toEqual({ filters: {} });
    expect(readView('?from=2024-05-01&to=2024-01-01')).toEqual({ filters: {} });
    expect(writeView({ filters: {} })).toBe('');
  });
});
