// The timeline store on fake-indexeddb: migration v1 → v2, concurrent saves, merging teaser →
// article, quarantine of unreadable records, quota errors, export/import round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import {
  clearStore,
  DB_NAME,
  entriesForEntity,
  entryCount,
  exportTimeline,
  importTimeline,
  type LensDatabase,
  openStore,
  pageCount,
  quarantined,
  queryStore,
  readAllEntries,
  savePage,
  storeProblems,
  storeStats,
  TimelineCache,
} from '../../lib/store';
import { entriesFromAnalysis, mergeEntries, NO_PARTNER, sortNewestFirst, type TimelineEntry } from '../../lib/timeline';
import type { Analysis } from '../../lib/types';
import { corpusPages, PAGES_DIR } from '../support/corpus-server';
import { parseHtml } from './helpers';

// idb and the store read the globals (fake-indexeddb/auto); each test gets a fresh factory

let analyses: Analysis[] = [];
beforeAll(() => {
  analyses = corpusPages().map((p) =>
    analysePage(parseHtml(readFileSync(join(PAGES_DIR, p.file), 'utf8'), p.url), p.url),
  );
});

let factory: IDBFactory;
let db: LensDatabase;
beforeEach(async () => {
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
  db = await openStore(factory);
});

const expected = (list: Analysis[]) => {
  let timeline: TimelineEntry[] = [];
  list.forEach((a, i) => {
    timeline = mergeEntries(timeline, entriesFromAnalysis(a, 1000 + i));
  });
  return timeline;
};

describe('store: schema and migrations', () => {
  it('migrates version 1 pages into version 2 entries (and quarantines an unreadable page)', async () => {
    db.close();
    const old = new IDBFactory();
    globalThis.indexedDB = old;
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('pages', { keyPath: 'url' }).createIndex('analysedAt', 'analysedAt');
      },
    });
    for (const [i, a] of analyses.slice(0, 4).entries())
      await v1.put('pages', { url: a.url, analysedAt: 1000 + i, analysis: a });
    await v1.put('pages', { url: 'https://fr.vietnamplus.vn/broken', analysedAt: 5, analysis: { nope: true } });
    v1.close();

    const v2 = await openStore(old);
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['entries', 'meta', 'pages', 'quarantine']);
    expect(await pageCount(v2)).toBe(4);
    const { entries, bad } = await readAllEntries(v2);
    expect(bad).toEqual([]);
    const want = expected(analyses.slice(0, 4));
    expect(entries).toHaveLength(want.length);
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(want.map((e) => e.id)));
    const q = await quarantined(v2);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ from: 'pages', key: 'https://fr.vietnamplus.vn/broken' });
    expect(await storeProblems(v2)).toEqual([expect.stringContaining('analysis without url')]);
    v2.close();
  });

  it('reopens version 2 without touching its data', async () => {
    await savePage(db, analyses[0] as Analysis, 1);
    const n = await entryCount(db);
    db.close();
    db = await openStore(factory);
    expect(await entryCount(db)).toBe(n);
  });
});

describe('store: saving', () => {
  it('keeps each story once when 20 tabs save at once (overlapping feeds)', async () => {
    const saves = Array.from({ length: 20 }, (_, i) =>
      savePage(db, analyses[i % analyses.length] as Analysis, 2000 + i),
    );
    const results = await Promise.all(saves);
    expect(results.every((r) => r.ok)).toBe(true);
    const { entries } = await readAllEntries(db);
    const want = expected(analyses);
    expect(entries).toHaveLength(want.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // every identity key appears on one entry only
    const owners = new Map<string, number>();
    for (const e of entries)
      for (const k of e.keys.filter((k) => k.startsWith('url:'))) owners.set(k, (owners.get(k) ?? 0) + 1);
    expect([...owners.values()].every((n) => n === 1)).toBe(true);
    expect(await pageCount(db)).toBe(analyses.length);
    // the counts kept by each write agree with the entries
    const stats = await storeStats(db);
    expect(stats.total).toBe(entries.length);
    expect(stats.partners.KH ?? 0).toBe(entries.filter((e) => e.partners.includes('KH')).length);
  });

  it('upgrades a teaser to the article it announces, keeping its id', async () => {
    const article = analyses[0] as Analysis;
    const story = article.stories[0];
    if (!story) throw new Error('no article story');
    const teaserPage: Analysis = {
      ...article,
      url: 'https://fr.vietnamplus.vn/une-autre-page-post1.vnp',
      article: null,
      related: [
        { title: story.title, summary: null, caption: null, url: article.url, published: null, origin: 'feed' },
      ],
      entities: [],
      stories: [{ ...story, id: story.id, origin: 'feed', partners: [], domains: [], entityIds: [] }],
    };
    await savePage(db, teaserPage, 10);
    const before = await readAllEntries(db);
    expect(before.entries).toHaveLength(1);
    expect(before.entries[0]?.origin).toBe('feed');
    await savePage(db, article, 20);
    const after = await readAllEntries(db);
    const merged = after.entries.find((e) => e.id === before.entries[0]?.id);
    expect(merged?.origin).toBe('article');
    expect(merged?.partners).toEqual(story.partners);
    expect(merged?.seenOn).toHaveLength(2);
    expect(merged?.firstSeen).toBe(10);
    expect(merged?.lastSeen).toBe(20);
    expect(after.entries.filter((e) => e.title === story.title)).toHaveLength(1);
  });

  it('reports a full disk instead of throwing, and keeps the store as it was', async () => {
    await savePage(db, analyses[0] as Analysis, 1);
    const n = await entryCount(db);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const result = await savePage(db, analyses[1] as Analysis, 2);
      expect(result.ok).toBe(false);
      expect(result.quotaExceeded).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await entryCount(db)).toBe(n);
    expect(await pageCount(db)).toBe(1);
  });
});

describe('store: unreadable records', () => {
  it('sets corrupt entries aside with the reason, and queries go on', async () => {
    await savePage(db, analyses[0] as Analysis, 1);
    const n = await entryCount(db);
    const tx = db.transaction('entries', 'readwrite');
    // written behind the store's back: wrong shapes
    await tx.store.put({ id: 'bad-1', keys: ['url:x/1'], title: 42 } as never);
    await tx.store.put({ id: 'bad-2', keys: ['url:x/2'], when: '9999', partnerWhen: ['KH\u00019999'] } as never);
    await tx.done;
    const cache = new TimelineCache(async () => db);
    const all = await queryStore(db, cache, { text: 'vietnam' }, { limit: 1000 });
    expect(all.entries.every((e) => typeof e.title === 'string')).toBe(true);
    expect(await entryCount(db)).toBe(n);
    const q = await quarantined(db);
    expect(q.map((r) => r.key).sort()).toEqual(['bad-1', 'bad-2']);
    expect(q.find((r) => r.key === 'bad-1')?.reason).toBe('title must be a string');
    const problems = await storeProblems(db);
    expect(problems).toHaveLength(2);
  });

  it('quarantines a corrupt record met by the index path', async () => {
    await savePage(db, analyses[0] as Analysis, 1);
    const tx = db.transaction('entries', 'readwrite');
    await tx.store.put({ id: 'bad-3', keys: ['url:x/3'], when: '9999', partnerWhen: ['KH\u00019999'] } as never);
    await tx.done;
    const cache = new TimelineCache(async () => db);
    const answer = await queryStore(db, cache, { partner: 'KH' }, { limit: 5 });
    expect(answer.entries.every((e) => e.id !== 'bad-3')).toBe(true);
    expect((await quarantined(db)).map((r) => r.key)).toEqual(['bad-3']);
  });
});

describe('store: queries', () => {
  beforeEach(async () => {
    for (const [i, a] of analyses.entries()) await savePage(db, a, 1000 + i);
  });

  it('answers partner and empty queries from the indexes, newest first, with counts', async () => {
    const cache = new TimelineCache(async () => db);
    const all = sortNewestFirst((await readAllEntries(db)).entries);
    const answer = await queryStore(db, cache, {}, { limit: 10, counts: true });
    expect(answer.total).toBe(all.length);
    expect(answer.entries.map((e) => e.id)).toEqual(all.slice(0, 10).map((e) => e.id));
    const kh = all.filter((e) => e.partners.includes('KH'));
    const byPartner = await queryStore(db, cache, { partner: 'KH' }, { limit: 100 });
    expect(byPartner.entries.map((e) => e.id)).toEqual(kh.map((e) => e.id));
    expect(answer.counts?.partners.find((c) => c.key === 'KH')?.count).toBe(kh.length);
    const none = all.filter((e) => e.partners.length === 0).length;
    expect(answer.counts?.partners.find((c) => c.key === NO_PARTNER)?.count ?? 0).toBe(none);
    const page2 = await queryStore(db, cache, {}, { offset: 10, limit: 10 });
    expect(page2.entries.map((e) => e.id)).toEqual(all.slice(10, 20).map((e) => e.id));
  });

  it('answers text, domain and entity queries from the cache, and follows writes', async () => {
    const cache = new TimelineCache(async () => db);
    const all = (await readAllEntries(db)).entries;
    const withEntity = all.find((e) => e.entityIds.length > 0);
    const entityId = withEntity?.entityIds[0] as string;
    const byEntity = await queryStore(db, cache, { entityId }, { limit: 500, counts: true });
    expect(byEntity.total).toBe(all.filter((e) => e.entityIds.includes(entityId)).length);
    expect(byEntity.counts?.partners.length).toBeGreaterThan(0);
    const text = await queryStore(db, cache, { text: 'COOPERATION' }, { limit: 500 });
    expect(text.entries.every((e) => e.search.includes('cooperation'))).toBe(true);
    const forCard = await entriesForEntity(db, entityId, withEntity?.url ?? undefined, 50);
    expect(forCard.some((e) => e.id === withEntity?.id)).toBe(false);
    await clearStore(db);
    cache.reset();
    expect((await queryStore(db, cache, { text: 'cooperation' })).total).toBe(0);
  });
});

describe('store: a text query with a partner and counts', () => {
  beforeEach(async () => {
    for (const [i, a] of analyses.entries()) await savePage(db, a, 1000 + i);
  });

  it("lists the partner's matches, newest first, and counts the matches of every partner", async () => {
    const cache = new TimelineCache(async () => db);
    const all = sortNewestFirst((await readAllEntries(db)).entries);
    const word = 'cooperation';
    const matching = all.filter((e) => e.search.includes(word));
    const partner = matching.flatMap((e) => e.partners)[0] as string;
    expect(partner).toBeTruthy();
    const answer = await queryStore(db, cache, { text: word, partner }, { limit: 500, counts: true });
    expect(answer.entries.map((e) => e.id)).toEqual(
      matching.filter((e) => e.partners.includes(partner)).map((e) => e.id),
    );
    expect(answer.total).toBe(answer.entries.length);
    // (the counts are of the text's matches with any partner, so the reader sees where else it occurs)
    for (const c of answer.counts?.partners ?? []) {
      const want = matching.filter((e) => (c.key === NO_PARTNER ? !e.partners.length : e.partners.includes(c.key)));
      expect(c.count).toBe(want.length);
    }
    expect(answer.counts?.partners.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(matching.length);
    const none = await queryStore(db, cache, { text: word, partner: NO_PARTNER }, { limit: 500, counts: true });
    expect(none.entries.map((e) => e.id)).toEqual(matching.filter((e) => !e.partners.length).map((e) => e.id));
  });
});

describe('store: export and import', () => {
  it('round-trips byte for byte: export → clear → import → export', async () => {
    for (const [i, a] of analyses.entries()) await savePage(db, a, 1000 + i);
    const cache = new TimelineCache(async () => db);
    const first = await exportTimeline(cache, 'json', {}, '2026-01-01T00:00:00.000Z');
    expect(first.count).toBe(await entryCount(db));
    await clearStore(db);
    cache.reset();
    expect(await entryCount(db)).toBe(0);
    const result = await importTimeline(db, first.text);
    expect(result).toMatchObject({ ok: true, imported: first.count, rejected: 0 });
    cache.reset();
    const second = await exportTimeline(cache, 'json', {}, '2026-01-01T00:00:00.000Z');
    expect(second.text).toBe(first.text);
    // importing the same file again changes nothing
    await importTimeline(db, first.text);
    cache.reset();
    expect((await exportTimeline(cache, 'json', {}, '2026-01-01T00:00:00.000Z')).text).toBe(first.text);
  });

  it('quarantines unreadable entries of an imported file and refuses what is not an export', async () => {
    await savePage(db, analyses[0] as Analysis, 1);
    const cache = new TimelineCache(async () => db);
    const { text } = await exportTimeline(cache, 'json');
    const doc = JSON.parse(text);
    doc.entries.push({ id: 'x', title: 'no keys' });
    const result = await importTimeline(db, JSON.stringify(doc));
    expect(result.rejected).toBe(1);
    expect((await quarantined(db))[0]).toMatchObject({ from: 'import', reason: expect.stringContaining('keys') });
    await expect(importTimeline(db, '{"format":"other"}')).rejects.toThrow(/not a VNA Lens export/);
    await expect(importTimeline(db, 'not json')).rejects.toThrow(/not JSON/);
  });
});
