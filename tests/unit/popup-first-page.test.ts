// The background's answer for the popup's first screen ('tab:analysis' with `timeline`), on
// fake-indexeddb and WXT's fake browser: the same as the timeline queries it replaces, whether
// answered from the newest entries it keeps in memory or from the store; and still the same after
// a page is saved, an import, a clear, a restart of the worker, or a change of the store behind
// the background's back.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstPagePlan } from '../../components/popup/plan';
import type { Message, MessageType, Reply, TimelineFirstPage } from '../../lib/messages';
import type { TimelineQuery } from '../../lib/timeline';
import type { Analysis } from '../../lib/types';
import { generatedExport } from '../support/generated';

// the background's `browser` is the fake one (the same object after a restart of the worker)
vi.mock('wxt/browser', () => ({ browser: (globalThis as unknown as { fakeBrowser: unknown }).fakeBrowser }));
(globalThis as unknown as { fakeBrowser: unknown }).fakeBrowser = fakeBrowser;

const LIMITS = { focusLimit: 10, groupLimit: 3, groups: 3 };
const TAB = 7;
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Send = <T extends MessageType>(type: T, req: Omit<Message<T>, 'type'>, tabId?: number) => Promise<Reply<T>>;

/** Starts the background afresh (a stopped worker started again: its memory is gone). */
async function startWorker(): Promise<Send> {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  vi.resetModules();
  const background = (await import('../../entrypoints/background')).default as { main: () => void };
  background.main();
  return async (type, req, tabId) => {
    const sender = { tab: { id: tabId } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type, ...req }, sender, () => undefined);
    return answer;
  };
}

/** A page of the reader's: its article is a Cambodian story newer than any generated one. */
function page(title: string, day: string, post: number): Analysis {
  const url = `https://fr.vietnamplus.vn/page-post${post}.vnp`;
  return {
    url,
    page: { isVna: true, site: 'fr.vietnamplus.vn', lang: 'fr', kind: 'article', signals: [] },
    article: {
      title,
      lead: 'Chapô',
      paragraphs: ['p'],
      captions: [],
      published: `${day}T08:00:00+07:00`,
      dateline: null,
      source: 'VNA',
    },
    related: [],
    entities: [],
    stories: [
      {
        id: 'a',
        title,
        url,
        origin: 'article',
        date: day,
        dateSource: 'text',
        partners: ['KH'],
        domains: ['security'],
        isCooperation: true,
        entityIds: [],
      },
    ],
  };
}

/** What the popup would have asked for one message at a time (the timeline queries). */
async function byQueries(send: Send, focus: string[]): Promise<Omit<TimelineFirstPage, 'problems'>> {
  const overview = await send('timeline:query', { query: {}, limit: 0, counts: true });
  const counts = overview.counts ?? { partners: [], domains: [] };
  const groups = await Promise.all(
    firstPagePlan(counts.partners, focus, LIMITS).map(async ({ partner, limit }) => {
      const got = await send('timeline:query', { query: { partner }, limit });
      return { partner, count: got.total, entries: got.entries };
    }),
  );
  return { total: overview.total, counts, groups };
}

async function firstPage(send: Send): Promise<TimelineFirstPage> {
  const answer = await send('tab:analysis', { tabId: TAB, timeline: LIMITS });
  expect(answer.timeline).toBeDefined();
  return answer.timeline as TimelineFirstPage;
}

let send: Send;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  send = await startWorker();
});
afterEach(() => fakeBrowser.reset());

describe("the popup's first page", () => {
  it('comes with the tab’s analysis in one answer, as the timeline queries would give it', async () => {
    expect((await send('timeline:import', { text: generatedExport(150) })).imported).toBe(150);
    const mine = page('Le Vietnam et le Cambodge signent un accord', '2026-03-02', 900001);
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: mine });

    const answer = await send('tab:analysis', { tabId: TAB, timeline: LIMITS });
    expect(answer.analysis).toEqual(mine);
    const first = answer.timeline as TimelineFirstPage;
    expect(first.total).toBe(150);
    expect(first.problems).toBe(0);
    expect(first.quotaExceeded).toBeUndefined();
    // the tab's story's partner first, then the most told; newest first in each
    expect(first.groups.map((g) => g.partner)[0]).toBe('KH');
    expect(first.groups[0]?.entries).toHaveLength(Math.min(10, first.groups[0]?.count ?? 0));
    expect(first.groups.slice(1).every((g) => g.entries.length === Math.min(3, g.count))).toBe(true);
    const { problems, ...rest } = first;
    expect(rest).toEqual(await byQueries(send, ['KH']));
    // asked again: the same (now from the entries kept)
    expect(await firstPage(send)).toEqual(first);
    // a screenful only (the popup asks for the rest of each group after): the newest, groups in order
    const screenful = await send('tab:analysis', { tabId: TAB, timeline: { ...LIMITS, entries: 4 } });
    const taken = screenful.timeline?.groups ?? [];
    expect(taken.map((g) => g.partner)).toEqual(first.groups.map((g) => g.partner));
    expect(taken.map((g) => g.count)).toEqual(first.groups.map((g) => g.count));
    expect(taken.flatMap((g) => g.entries)).toHaveLength(4);
    for (const [i, g] of taken.entries())
      expect(g.entries).toEqual(first.groups[i]?.entries.slice(0, g.entries.length));
    expect(taken[0]?.entries).toHaveLength(Math.min(4, first.groups[0]?.count ?? 0));
    // without `timeline`: the analysis alone, as before
    expect(await send('tab:analysis', { tabId: TAB })).toEqual({ analysis: mine });
    // a tab the popup shows no story of: the groups as counted
    const other = await send('tab:analysis', { tabId: 99, timeline: LIMITS });
    expect(other.analysis).toBeNull();
    expect(other.timeline?.groups.map((g) => g.partner)).toEqual(
      (await byQueries(send, [])).groups.map((g) => g.partner),
    );
  });

  it('follows the store: a page saved, an import, a clear', async () => {
    await send('timeline:import', { text: generatedExport(120) });
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: page('Visite', '2026-01-01', 900002) });
    const before = await firstPage(send);

    // a new Cambodian story, newer than all: first of its group at once, after the refresh, and
    // for a worker stopped right after the save
    const saved = await send('page:analysed', { analysis: page('Hun Manet reçu à Hanoï', '2026-04-01', 900003) }, TAB);
    expect(saved).toEqual({ stored: true });
    for (const wait of [0, 200, -1]) {
      if (wait < 0) send = await startWorker();
      else await later(wait);
      const after = await firstPage(send);
      expect(after.total).toBe(before.total + 1);
      expect(after.groups[0]?.entries[0]?.title).toBe('Hun Manet reçu à Hanoï');
      const { problems, ...rest } = after;
      expect(rest).toEqual(await byQueries(send, ['KH']));
    }

    // the same story seen again (merged: no count changes, a later sighting)
    const seenAgain = page('Hun Manet reçu à Hanoï', '2026-04-01', 900003);
    expect(await send('page:analysed', { analysis: seenAgain }, TAB)).toEqual({ stored: true });
    const merged = await firstPage(send);
    expect(merged.total).toBe(before.total + 1);
    const { problems: _, ...latest } = merged;
    expect(latest).toEqual(await byQueries(send, ['KH']));

    // an import of more stories
    await send('timeline:import', { text: generatedExport(200) });
    const imported = await firstPage(send);
    expect(imported.total).toBe(201);
    const { problems, ...rest } = imported;
    expect(rest).toEqual(await byQueries(send, ['KH']));

    // a clear: nothing left
    await send('store:clear', {});
    const cleared = await firstPage(send);
    expect(cleared.total).toBe(0);
    expect(cleared.groups).toEqual([]);
  });

  it('is read again by a stopped worker, and once the store has changed behind its back', async () => {
    await send('timeline:import', { text: generatedExport(120) });
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: page('Visite', '2026-01-01', 900002) });
    const first = await firstPage(send);
    expect(await firstPage(send)).toEqual(first);
    // nothing of it in storage.session: that holds the tabs' analyses only
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual([`tab:${TAB}`]);

    // the worker stops (what it kept is gone); started again, it reads the same from the store
    send = await startWorker();
    expect(await firstPage(send)).toEqual(first);

    // the newest Cambodian story deleted behind the background's back (its counts with it)
    const gone = first.groups[0]?.entries[0]?.id as string;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('vna-lens');
      open.onsuccess = () => {
        const tx = open.result.transaction(['entries', 'meta'], 'readwrite');
        tx.objectStore('entries').delete(gone);
        const meta = tx.objectStore('meta');
        const get = meta.get('stats');
        get.onsuccess = () => {
          const stats = get.result as { total: number; partners: Record<string, number> };
          const partners = { ...stats.partners, KH: (stats.partners.KH ?? 1) - 1 };
          meta.put({ ...stats, total: stats.total - 1, partners }, 'stats');
        };
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
    const after = await firstPage(send);
    expect(after.total).toBe(first.total - 1);
    expect(after.groups.flatMap((g) => g.entries).some((e) => e.id === gone)).toBe(false);
    const { problems, ...rest } = after;
    expect(rest).toEqual(await byQueries(send, ['KH']));
  });
});

describe('a grouped page for any filter (one message)', () => {
  /** What the per-group timeline queries give for `query` (its partner: that group alone). */
  async function groupsByQueries(query: TimelineQuery, focus: string[]) {
    const { partner, ...base } = query;
    const overview = await send('timeline:query', { query: base, limit: 0, counts: true });
    const counts = overview.counts ?? { partners: [], domains: [] };
    const groups = await Promise.all(
      firstPagePlan(counts.partners, focus, LIMITS, partner).map(async ({ partner: p, limit }) => {
        const got = await send('timeline:query', { query: { ...base, partner: p }, limit });
        return { partner: p, count: got.total, entries: got.entries };
      }),
    );
    return { total: overview.total, counts, groups };
  }

  it('answers as the timeline queries would, one group at a time', async () => {
    await send('timeline:import', { text: generatedExport(300) });
    const all = await send('timeline:query', { query: {}, limit: 300, counts: true });
    const domain = all.counts?.domains[0]?.key;
    const word = all.entries[0]?.title.split(' ').find((w) => w.length > 5);
    expect(domain && word).toBeTruthy();
    const filters: TimelineQuery[] = [{}, { domain }, { text: word }, { partner: 'KH' }, { partner: 'KH', domain }];
    for (const query of filters)
      for (const focus of [[], ['KH'], ['LA', 'KH']]) {
        const answer = await send('timeline:groups', { query, focus, limits: LIMITS });
        expect(answer).toEqual(await groupsByQueries(query, focus));
        if (query.partner) expect(answer.groups.map((g) => g.partner)).toEqual([query.partner]);
      }
  });

  it('reads the groups asked for, from an offset ("show more", the rest of the first groups)', async () => {
    await send('timeline:import', { text: generatedExport(300) });
    for (const query of [{}, { text: 'Vietnam' }] as TimelineQuery[]) {
      const whole = await send('timeline:query', { query: { ...query, partner: 'KH' }, limit: 30 });
      const answer = await send('timeline:groups', { query, groups: [{ partner: 'KH', offset: 5, limit: 20 }] });
      expect(answer.groups).toEqual([{ partner: 'KH', count: whole.total, entries: whole.entries.slice(5, 25) }]);
    }
    // hostile sizes are bounded, never thrown
    const huge = await send('timeline:groups', { query: {}, groups: [{ partner: 'KH', offset: -3, limit: 1e9 }] });
    expect(huge.groups[0]?.entries.length).toBe(huge.groups[0]?.count);
  });
});
