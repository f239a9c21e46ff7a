// Listing pages read as timeline stories, the bounded crawl over them, and the store's
// one-transaction save of a listing page (new / already there).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { storiesSince } from '../../lib/listing/bounds';
import type { CrawlDeps, Loaded } from '../../lib/listing/crawl';
import { completeTimeline } from '../../lib/listing/crawl';
import { listingTeasers, readListingPage } from '../../lib/listing/parse';
import type { TagLink } from '../../lib/listing/tags';
import { openStore, readAllEntries, saveListingPage } from '../../lib/store';
import { canonicalUrl } from '../../lib/stories';
import { entriesFromAnalysis } from '../../lib/timeline';
import type { Analysis } from '../../lib/types';
import { type ListingAnswer, listingRoutes, partnerListings, probePaths } from '../fixtures/listing-pages';
import { corpusPages } from '../support/corpus-server';
import { parseHtml } from './helpers';

const VNP = 'fr.vietnamplus.vn';
const CVN = 'lecourrier.vn';
const probeArticle = corpusPages().find((p) => p.host === VNP);
const routes = new Map<string, ListingAnswer>();
for (const host of [VNP, CVN]) {
  for (const [path, answer] of listingRoutes(host, probeArticle ? 'probe' : undefined))
    routes.set(`https://${host}${path}`, answer);
}
const NOW = Date.parse('2026-04-01T00:00:00Z');

function served(url: string): Loaded {
  const answer = routes.get(url);
  if (!answer) return { problem: 'not-found', status: 404 };
  if (answer === 'hang') return { problem: 'timeout' };
  if (answer.status === 503 || answer.status === 429) return { problem: 'try-later', status: answer.status };
  if (answer.status !== 200) return { problem: 'http', status: answer.status };
  return { doc: parseHtml(answer.html, url), url };
}

function deps(overrides: Partial<CrawlDeps> = {}) {
  const loaded: string[] = [];
  const saved: number[] = [];
  const d: CrawlDeps = {
    load: async (url) => {
      loaded.push(url);
      return served(url);
    },
    save: async (analysis) => {
      saved.push(analysis.stories.length);
      return { added: analysis.stories.length, already: 0 };
    },
    pause: async () => undefined,
    cancelled: () => false,
    now: NOW,
    ...overrides,
  };
  return { d, loaded, saved };
}

const tag = (host: string, path: string, partner = 'KH'): TagLink => ({
  url: `https://${host}${path}`,
  text: 'Vietnam-Cambodge',
  partners: [partner],
});

describe('a listing page read as stories', () => {
  for (const host of [VNP, CVN]) {
    it(`${host}: every teaser of both pages, with its title, address, summary, date and the tag's partner`, () => {
      for (const listing of partnerListings(host)) {
        for (const [i, teasers] of listing.pages.entries()) {
          const url = i === 0 ? `https://${host}${listing.paths[0]}` : nextOf(host, listing.paths[0] as string);
          const loaded = served(url);
          if ('problem' in loaded) throw new Error(`${url}: ${loaded.problem}`);
          const page = readListingPage(loaded.doc, url, [listing.partner]);
          if ('refused' in page) throw new Error(`${url}: ${page.refused}`);
          const { related, stories } = page.analysis;
          expect(related.map((r) => r.title)).toEqual(teasers.map((t) => t.title));
          expect(related.map((r) => r.url)).toEqual(teasers.map((t) => t.url));
          expect(related.map((r) => r.summary)).toEqual(teasers.map((t) => t.summary));
          expect(related.every((r) => r.origin === 'listing')).toBe(true);
          for (const [k, s] of stories.entries()) {
            expect(s.partners).toContain(listing.partner);
            expect(s.date).not.toBeNull();
            // the event date of the text, or the publication day: never after publication
            expect((s.date as string) <= (teasers[k]?.published.slice(0, 10) as string)).toBe(true);
          }
        }
      }
    });
  }

  it('leaves the menu and the "Les plus lus" sidebar out', () => {
    const listing = partnerListings(VNP)[0];
    if (!listing) throw new Error('no listing');
    const url = `https://${VNP}${listing.paths[0]}`;
    const loaded = served(url);
    if ('problem' in loaded) throw new Error(loaded.problem);
    const titles = listingTeasers(loaded.doc, url).map((t) => t.title);
    expect(titles).not.toContain('Politique');
    expect(titles).not.toContain('Les plus lus');
    expect(titles).toHaveLength(listing.pages[0].length);
  });

  it('refuses an article, a page without teasers, and a listing without any date', () => {
    for (const kind of ['not-listing', 'no-date'] as const) {
      const url = `https://${VNP}${probePaths(kind).tag}`;
      const loaded = served(url);
      if ('problem' in loaded) throw new Error(loaded.problem);
      expect(readListingPage(loaded.doc, url, ['KH'])).toEqual({ refused: kind });
    }
    const article = corpusPages()[0];
    if (!article) throw new Error('no sample');
    const doc = parseHtml(
      `<!doctype html><meta property="og:type" content="article"><h1 class="article__title">x</h1>`,
      article.url,
    );
    expect(readListingPage(doc, article.url, ['KH'])).toEqual({ refused: 'not-listing' });
  });
});

function nextOf(host: string, first: string): string {
  const loaded = served(`https://${host}${first}`);
  if ('problem' in loaded) throw new Error(loaded.problem);
  const page = readListingPage(loaded.doc, `https://${host}${first}`, ['KH']);
  if ('refused' in page || !page.next) throw new Error('no next page');
  return page.next;
}

describe('the bounded crawl', () => {
  const cambodia = partnerListings(VNP).find((l) => l.partner === 'KH');
  if (!cambodia) throw new Error('no Cambodian listing');
  const start = tag(VNP, cambodia.paths[0] as string);
  const both = cambodia.pages[0].length + cambodia.pages[1].length;

  it('reads both pages of a partner, one at a time, pausing between requests', async () => {
    let pauses = 0;
    const { d, loaded, saved } = deps({ pause: async () => void pauses++ });
    const result = await completeTimeline([start], { pages: 5, months: 12 }, d);
    expect(loaded).toHaveLength(2);
    expect(pauses).toBe(1);
    expect(saved).toEqual([cambodia.pages[0].length, cambodia.pages[1].length]);
    expect(result).toMatchObject({ pages: 2, stories: both, added: both, stopped: null, problems: [] });
  });

  it('stops at the page budget', async () => {
    const { d, loaded } = deps();
    const result = await completeTimeline([start], { pages: 1, months: 12 }, d);
    expect(loaded).toEqual([start.url]);
    expect(result.pages).toBe(1);
  });

  it('stops once a page reaches further back than the months asked', async () => {
    const { d, loaded, saved } = deps({ now: Date.parse('2030-01-01T00:00:00Z') });
    const result = await completeTimeline([start], { pages: 5, months: 12 }, d);
    expect(loaded).toEqual([start.url]); // page 1 is read, its next is not followed
    expect(result.pages).toBe(1);
    expect(saved).toEqual([0]); // every story of it is older than 2029-01-01
  });

  it('stores only the teasers of the last page read that are dated on or after the cutoff', async () => {
    // China's first page: a story of 20 March 2026 and one of early February; one month back
    // from 10 April is 10 March
    const china = tag(VNP, '/vietnam-chine-tag1000.vnp', 'CN');
    const loadedPage = served(china.url);
    if ('problem' in loadedPage) throw new Error(loadedPage.problem);
    const page = readListingPage(loadedPage.doc, china.url, ['CN']);
    if ('refused' in page) throw new Error(page.refused);
    const dates = page.analysis.stories.map((s) => s.date);
    const inside = dates.filter((d) => d !== null && d >= '2026-03-10');
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(dates.length);

    const stored: Analysis[] = [];
    const { d, loaded } = deps({
      now: Date.parse('2026-04-10T00:00:00Z'),
      save: async (analysis) => {
        stored.push(analysis);
        return { added: analysis.stories.length, already: 0 };
      },
    });
    const result = await completeTimeline([china], { pages: 5, months: 1 }, d);
    expect(loaded).toEqual([china.url]);
    expect(stored.map((a) => a.stories.map((s) => s.date))).toEqual([inside]);
    expect(result).toMatchObject({ pages: 1, stories: inside.length, added: inside.length });
    // the stored page is still whole: each story with its own teaser (title, address) and names
    const [kept] = stored;
    if (!kept) throw new Error('nothing saved');
    expect(kept.related.map((r) => r.title)).toEqual(kept.stories.map((s) => s.title));
    const entries = entriesFromAnalysis(kept, NOW);
    expect(entries.map((e) => e.url)).toEqual(kept.related.map((r) => canonicalUrl(r.url) ?? r.url));
    for (const e of kept.entities)
      for (const m of e.mentions.filter((x) => x.in === 'related')) expect(m.index).toBeLessThan(kept.related.length);
  });

  it('keeps the teasers without a date (stored undated), and a page all inside the bound as it is', () => {
    const loadedPage = served(start.url);
    if ('problem' in loadedPage) throw new Error(loadedPage.problem);
    const page = readListingPage(loadedPage.doc, start.url, ['KH']);
    if ('refused' in page) throw new Error(page.refused);
    expect(storiesSince(page.analysis, '2000-01-01')).toBe(page.analysis);
    const undated = {
      ...page.analysis,
      stories: page.analysis.stories.map((s, i) => (i === 0 ? { ...s, date: null, dateSource: null } : s)),
    };
    const kept = storiesSince(undated, '2099-01-01');
    expect(kept.stories.map((s) => s.id)).toEqual([undated.stories[0]?.id]);
    expect(kept.related.map((r) => r.title)).toEqual([undated.related[0]?.title]);
  });

  it('shares the budget between the tag links of one partner and never reads a page twice', async () => {
    const again = tag(VNP, cambodia.paths[0] as string);
    const { d, loaded } = deps();
    await completeTimeline([start, again, tag(VNP, '/vietnam-chine-tag1000.vnp', 'CN')], { pages: 5, months: 12 }, d);
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(loaded).toHaveLength(4);
  });

  it('reports a page that fails, stores nothing for it, and goes on with the next partner', async () => {
    const { d, saved } = deps();
    const result = await completeTimeline(
      [tag(VNP, probePaths('error-500').tag), tag(VNP, '/vietnam-chine-tag1000.vnp', 'CN')],
      { pages: 5, months: 12 },
      d,
    );
    expect(result.problems).toEqual([
      { url: `https://${VNP}${probePaths('error-500').tag}`, problem: 'http', status: 500 },
    ]);
    expect(saved).toHaveLength(2); // China's two pages
  });

  it('stops everything on 429/503 ("try later") and when the reader cancels', async () => {
    const { d, saved } = deps({ load: async () => ({ problem: 'try-later', status: 429 }) });
    const result = await completeTimeline(
      [start, tag(VNP, '/vietnam-chine-tag1000.vnp', 'CN')],
      { pages: 5, months: 12 },
      d,
    );
    expect(result.stopped).toBe('try-later');
    expect(result.problems).toHaveLength(1);
    expect(saved).toEqual([]);
    let n = 0;
    const cancel = deps({ cancelled: () => n++ > 1 });
    const stopped = await completeTimeline([start], { pages: 5, months: 12 }, cancel.d);
    expect(stopped.stopped).toBe('cancelled');
    expect(cancel.loaded).toHaveLength(1);
  });
});

describe('saving a listing page', () => {
  it('stores each teaser once, in one transaction; a second save adds none', async () => {
    const db = await openStore(new IDBFactory());
    const cambodia = partnerListings(CVN).find((l) => l.partner === 'KH');
    if (!cambodia) throw new Error('no Cambodian listing');
    const url = `https://${CVN}${cambodia.paths[0]}`;
    const loaded = served(url);
    if ('problem' in loaded) throw new Error(loaded.problem);
    const page = readListingPage(loaded.doc, url, ['KH']);
    if ('refused' in page) throw new Error(page.refused);
    const first = await saveListingPage(db, page.analysis);
    expect(first).toMatchObject({ ok: true, added: cambodia.pages[0].length, already: 0 });
    const second = await saveListingPage(db, page.analysis);
    expect(second).toMatchObject({ ok: true, added: 0, already: cambodia.pages[0].length });
    const { entries } = await readAllEntries(db);
    expect(entries).toHaveLength(cambodia.pages[0].length);
    expect(entries.every((e) => e.origin === 'listing' && e.partners.includes('KH') && e.date)).toBe(true);
    expect(entries.every((e) => e.seenOn.includes(canonicalUrl(url) as string))).toBe(true); // seen on the tag page
    db.close();
  });
});
