// The word index a text query goes through: it finds exactly what reading every entry finds (a
// word inside a word, accents and case, several words, none), and the cache's follows its writes.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStore, queryStore, TimelineCache, toStored } from '../../lib/store';
import { countsOfEntries, queryTimeline, queryWords, searchTextOf, type TimelineEntry } from '../../lib/timeline';
import { WordIndex } from '../../lib/timeline/word-index';
import { generatedEntries } from '../support/generated';

const ids = (es: Iterable<TimelineEntry>) => [...es].map((e) => e.id).sort();

describe('the word index', () => {
  const all = generatedEntries(3000);
  const index = new WordIndex(all);
  const scan = (text: string) => ids(queryTimeline(all, { text }));
  const indexed = (text: string) => ids(index.holding(queryWords(text)));

  it('finds what the full scan finds: whole words, parts of words, accents and case, several words', () => {
    // (words taken from the entries, and pieces of them: a prefix, a middle, an ending)
    const words = [...new Set(all.slice(0, 40).flatMap((e) => e.search.split(/[^\p{L}\p{N}']+/u)))].filter(Boolean);
    expect(words.length).toBeGreaterThan(30);
    const queries = [
      ...words.slice(0, 30),
      ...words.slice(0, 30).map((w) => w.slice(0, 3)),
      ...words.slice(0, 30).map((w) => w.slice(1, -1)),
      'Sécurité',
      'HANOÏ',
      'sécurité accord',
      'coopération, Hanoï',
    ];
    for (const q of queries) if (queryWords(q).length) expect(indexed(q), q).toEqual(scan(q));
  });

  it('finds nothing for a word no entry holds, and no entry twice', () => {
    expect(indexed('zzzqqqxyzzy')).toEqual([]);
    expect(indexed('sécurité zzzqqqxyzzy')).toEqual([]);
    const found = indexed('a');
    expect(new Set(found).size).toBe(found.length);
  });

  it('forgets an entry taken out: its old words no longer list it, its new ones do', () => {
    const few = generatedEntries(50);
    const own = new WordIndex(few);
    const old = few[0] as TimelineEntry;
    const rewritten: TimelineEntry = {
      ...old,
      title: 'Zanzibarzz accord',
      summary: 'Quokkaqq',
      search: searchTextOf('Zanzibarzz accord', 'Quokkaqq'),
    };
    const oldWord = queryWords(old.title).find((w) => w.length > 3) as string;
    expect(own.holding([oldWord]).has(old)).toBe(true);
    own.remove([old]);
    own.add([rewritten]);
    expect(own.holding([oldWord]).has(old)).toBe(false);
    expect([...own.holding(['zanzibarzz'])]).toEqual([rewritten]);
    expect([...own.holding(['quokkaqq'])]).toEqual([rewritten]);
    // (the others are untouched)
    const other = few[1] as TimelineEntry;
    const otherWord = queryWords(other.title).find((w) => w.length > 3) as string;
    expect(own.holding([otherWord]).has(other)).toBe(true);
  });
});

describe("the cache's text queries", () => {
  async function cacheOf(entries: TimelineEntry[]) {
    const db = await openStore(new IDBFactory());
    const tx = db.transaction('entries', 'readwrite');
    for (const e of entries) void tx.store.put(toStored(e));
    await tx.done;
    return { db, cache: new TimelineCache(async () => db) };
  }

  it('answers as the full scan does, newest first, and follows writes and a reset', async () => {
    const entries = generatedEntries(400);
    const { db, cache } = await cacheOf(entries);
    const sorted = await cache.all();
    const word = 'sécurité';
    const want = queryTimeline(sorted, { text: word }).map((e) => e.id);
    expect((await cache.holding(word)).map((e) => e.id)).toEqual(want);
    // (a page and counts, through the store's query)
    const answer = await queryStore(db, cache, { text: word }, { limit: 10, counts: true });
    expect(answer.total).toBe(want.length);
    expect(answer.entries.map((e) => e.id)).toEqual(want.slice(0, 10));
    // (its counts, taken in the word index, are those of the entries found: partners, "no
    // partner" last, domains; and with a partner, those of every partner still)
    const counted = countsOfEntries(queryTimeline(sorted, { text: word }));
    expect(answer.counts).toEqual(counted);
    expect(counted.partners.length).toBeGreaterThan(3);
    const ofPartner = await queryStore(db, cache, { text: word, partner: 'KH' }, { limit: 10, counts: true });
    expect(ofPartner.counts).toEqual(counted);
    expect(ofPartner.total).toBe(queryTimeline(sorted, { text: word, partner: 'KH' }).length);
    const twoWords = await queryStore(db, cache, { text: 'sécurité accord' }, { counts: true });
    expect(twoWords.counts).toEqual(countsOfEntries(queryTimeline(sorted, { text: 'sécurité accord' })));

    // a new story with a word no other has, then a new version of it without that word
    const base = entries[0] as TimelineEntry;
    const added: TimelineEntry = {
      ...base,
      id: 'url:fr.vietnamplus.vn/neuf',
      keys: ['url:fr.vietnamplus.vn/neuf'],
      title: 'Un mot rarissime: Quetzalcoatl',
      search: searchTextOf('Un mot rarissime: Quetzalcoatl', base.summary),
    };
    cache.apply([added]);
    expect((await cache.holding('quetzalcoatl')).map((e) => e.id)).toEqual([added.id]);
    const renamed = { ...added, title: 'Un autre titre', search: searchTextOf('Un autre titre', base.summary) };
    cache.apply([renamed]);
    expect(await cache.holding('quetzalcoatl')).toEqual([]);
    expect((await cache.holding('autre titre')).map((e) => e.id)).toEqual([renamed.id]);
    // (the counts follow the writes: the old version is no longer counted)
    const after = await queryStore(db, cache, { text: word }, { counts: true });
    expect(after.counts).toEqual(countsOfEntries(queryTimeline(await cache.all(), { text: word })));

    // (after a reset the cache reads the store again: the story written to the cache only is gone)
    cache.reset();
    expect(await cache.holding('autre titre')).toEqual([]);
    expect((await cache.holding(word)).map((e) => e.id)).toEqual(want);
  });
});
