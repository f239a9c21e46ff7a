// createTimelineService on fake-indexeddb with in-memory key-value areas: a save is journaled
// before its transaction and taken out after it; a journal left by a stopped worker is saved
// again by the next service before any read; the quota flag comes and goes with writes; a
// listing page's stories are counted new / already there and seen by the cached timeline.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readListingPage } from '../../lib/listing/parse';
import { parseHtml } from '../../lib/node-dom';
import { createTimelineService, type KeyValueArea, openStore } from '../../lib/store';
import { listingRoutes, partnerListings } from '../fixtures/listing-pages';
import { articleAnalysis } from '../support/popup';

/** storage.session / storage.local in memory, remembering what it held at each write. */
function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

let factory: IDBFactory;
const open = () => openStore(factory);
beforeEach(() => {
  factory = new IDBFactory();
});

describe('the timeline service', () => {
  it('journals a save while it is written, and takes it out once written', async () => {
    const journal = memoryArea();
    const flags = memoryArea();
    const seenDuringWrite: string[][] = [];
    const service = createTimelineService(
      async () => {
        seenDuringWrite.push([...journal.data.keys()]);
        return open();
      },
      { journal, flags },
    );
    const analysis = articleAnalysis(['KH'], 'Le Vietnam et le Cambodge signent un accord');
    const result = await service.save(analysis, { 'tab:3': analysis });
    expect(result.ok).toBe(true);
    // the database was first opened with the analysis already in the journal
    expect(seenDuringWrite[0]?.some((k) => k.startsWith('pending:'))).toBe(true);
    expect([...journal.data.keys()]).toEqual(['tab:3']);
    expect((await service.status()).pages).toBe(1);
  });

  it('saves again what a stopped worker left in the journal, before answering any read', async () => {
    const journal = memoryArea();
    const flags = memoryArea();
    const first = articleAnalysis(['KH'], 'Le Vietnam et le Cambodge signent un accord');
    const second = articleAnalysis(['LA'], 'Le Vietnam et le Laos renforcent leur coopération', 2);
    // what a worker stopped mid-save leaves: the journal entries, nothing in the store
    await journal.set({ 'pending:00a-0-x': first, 'pending:00b-1-y': second, 'tab:9': second });
    const service = createTimelineService(open, { journal, flags });
    const answer = await service.query({}, { limit: 10, counts: true });
    expect(answer.total).toBe(2);
    expect(answer.entries.map((e) => e.title).sort()).toEqual([first.article?.title, second.article?.title].sort());
    expect([...journal.data.keys()]).toEqual(['tab:9']);
    // a second start finds nothing left to replay
    const again = createTimelineService(open, { journal, flags });
    expect((await again.query({}, { limit: 0 })).total).toBe(2);
  });

  it('keeps a journal entry it cannot save now for the next start', async () => {
    const journal = memoryArea();
    await journal.set({ 'pending:00a-0-x': articleAnalysis(['KH']) });
    const broken = createTimelineService(() => Promise.reject(new Error('disk gone')), {
      journal,
      flags: memoryArea(),
    });
    await expect(broken.status()).rejects.toThrow('disk gone');
    expect([...journal.data.keys()]).toEqual(['pending:00a-0-x']);
    const service = createTimelineService(open, { journal, flags: memoryArea() });
    expect((await service.status()).pages).toBe(1);
  });

  it('reports a full disk until a write succeeds', async () => {
    const flags = memoryArea();
    await flags.set({ storeQuotaExceeded: 1 });
    const service = createTimelineService(open, { journal: memoryArea(), flags });
    expect((await service.status()).quotaExceeded).toBe(true);
    expect((await service.firstPage(() => [])).quotaExceeded).toBe(true);
    await service.save(articleAnalysis(['KH']));
    expect((await service.status()).quotaExceeded).toBeUndefined();
  });

  it('stores a listing page: new and already-there counts, no page record, and the cached timeline sees it', async () => {
    const host = 'lecourrier.vn';
    const listing = partnerListings(host).find((l) => l.partner === 'KH');
    const path = listing?.paths[0] ?? '';
    const answer = listingRoutes(host).get(path);
    if (!listing || !answer || answer === 'hang') throw new Error('no Cambodian listing');
    const url = `https://${host}${path}`;
    const read = readListingPage(parseHtml(answer.html, url), url, ['KH']);
    if ('refused' in read) throw new Error(read.refused);
    const service = createTimelineService(open, { journal: memoryArea(), flags: memoryArea() });
    const word = read.analysis.stories[0]?.title.split(' ').find((w) => w.length > 6) ?? '';
    // a free-text query fills the cache of all entries: the save must reach it
    expect((await service.query({ text: word }, { limit: 10 })).total).toBe(0);

    const count = listing.pages[0].length;
    expect(await service.saveListing(read.analysis)).toEqual({ added: count, already: 0 });
    expect(await service.saveListing(read.analysis)).toEqual({ added: 0, already: count });
    expect((await service.query({ text: word }, { limit: 10 })).total).toBeGreaterThan(0);
    expect((await service.query({ partner: 'KH' }, { limit: 0, counts: true })).total).toBe(count);
    const status = await service.status();
    expect(status).toMatchObject({ pages: 0, stories: count });
  });
});
