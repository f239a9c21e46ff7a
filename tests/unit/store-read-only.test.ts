// The timeline page reads the store without writing to it (the background is its only writer):
// its counts (readStoreStats, through the page's readOverview) leave every record as it was — a
// missing or untrusted counts record included — and are the counts the background would rebuild.
import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readOverview } from '../../components/timeline-page/data';
import {
  importTimeline,
  type LensDatabase,
  openStore,
  readAllEntries,
  readStoreStats,
  storeStats,
} from '../../lib/store';
import { NO_PARTNER, timelineToJson } from '../../lib/timeline';
import { generatedEntries } from '../support/generated';

let db: LensDatabase;
beforeEach(async () => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  db = await openStore(factory);
  const entries = generatedEntries(300);
  // some without a partner, some undated: every table of the counts has something in it
  const odd = entries.slice(0, 20).map((e, i) => ({ ...e, id: `odd-${i}`, keys: [`url:odd/${i}`], partners: [] }));
  const undated = entries.slice(20, 30).map((e, i) => ({
    ...e,
    id: `undated-${i}`,
    keys: [`url:undated/${i}`],
    date: null,
    published: null,
  }));
  await importTimeline(db, timelineToJson([...entries.slice(30), ...odd, ...undated]));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every record of every object store, keys and values, as text: what "unwritten" compares. */
async function dump(): Promise<string> {
  const out: Record<string, unknown> = { version: db.version };
  for (const name of db.objectStoreNames) {
    out[name] = { keys: await db.getAllKeys(name), values: await db.getAll(name) };
  }
  return JSON.stringify(out);
}

/** The modes of the transactions opened while `fn` runs. */
async function modesDuring<T>(fn: () => Promise<T>): Promise<{ result: T; modes: string[] }> {
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
  try {
    const result = await fn();
    return { result, modes: spy.mock.calls.map((call) => String(call[1] ?? 'readonly')) };
  } finally {
    spy.mockRestore();
  }
}

describe("the timeline page's read of the counts", () => {
  it('leaves a missing counts record missing, and gives the counts the background rebuilds', async () => {
    await db.delete('meta', 'stats');
    const before = await dump();
    const { result: read, modes } = await modesDuring(() => readStoreStats(db));
    expect(modes).toEqual(['readonly']);
    expect(await db.get('meta', 'stats')).toBeUndefined();
    expect(await dump()).toBe(before);
    const { entries } = await readAllEntries(db);
    expect(read.total).toBe(entries.length);
    expect(read.partners[NO_PARTNER]).toBe(entries.filter((e) => e.partners.length === 0).length);
    expect(read.partners[NO_PARTNER]).toBeGreaterThanOrEqual(20);
    expect(Object.values(read.months).some((table) => '' in table)).toBe(true); // the undated

    // the background's read rebuilds the record and keeps it: the same counts
    const rebuilt = await storeStats(db);
    expect(await db.get('meta', 'stats')).toEqual(rebuilt);
    expect(read).toEqual(rebuilt);
  });

  it('leaves an untrusted counts record as it is, and computes the counts instead', async () => {
    const kept = await storeStats(db);
    const broken = { total: 'many', partners: null };
    await db.put('meta', broken as never, 'stats');
    const before = await dump();
    const { result: read, modes } = await modesDuring(() => readStoreStats(db));
    expect(modes).toEqual(['readonly']);
    expect(await db.get('meta', 'stats')).toEqual(broken);
    expect(await dump()).toBe(before);
    expect(read).toEqual(kept);
  });

  it('gives a trusted counts record as it is', async () => {
    const kept = await storeStats(db);
    const before = await dump();
    const { result: read, modes } = await modesDuring(() => readStoreStats(db));
    expect(modes).toEqual(['readonly']);
    expect(read).toEqual(kept);
    expect(await dump()).toBe(before);
  });

  it("is the page's path: readOverview writes nothing either", async () => {
    const kept = await storeStats(db);
    await db.delete('meta', 'stats');
    const before = await dump();
    const { result: overview, modes } = await modesDuring(() => readOverview());
    // (opening the store: the page's own connection, at the current version: no upgrade)
    expect(modes.every((m) => m === 'readonly')).toBe(true);
    expect(overview).toEqual({ total: kept.total, months: kept.months });
    expect(await db.get('meta', 'stats')).toBeUndefined();
    expect(await dump()).toBe(before);
  });
});
