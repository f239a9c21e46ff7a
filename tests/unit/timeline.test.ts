import { describe, expect, it } from 'vitest';
import { firstPagePlan, groupOrder } from '../../components/popup/plan';
import { analysePage } from '../../lib/analyse';
import { buildStories } from '../../lib/stories';
import {
  entriesFromAnalysis,
  focusPartners,
  groupByPartner,
  isShownAnalysis,
  mergeEntries,
  mergeEntry,
  partnerCounts,
  queryTimeline,
  relatedTo,
  sameStory,
  searchTextOf,
  sortNewestFirst,
  type TimelineEntry,
} from '../../lib/timeline';
import type { Analysis, Article, Entity, RelatedItem } from '../../lib/types';
import { casesFromTruth } from '../support/corpus';
import { readLayoutPage } from '../support/layout-pages';

import { loadCorpus, parseHtml } from './helpers';

const cases = casesFromTruth();

function analysisOf(url: string, article: Article | null, related: RelatedItem[], entities: Entity[] = []): Analysis {
  return {
    url,
    page: { isVna: true, site: 'fr.vietnamplus.vn', lang: 'fr', kind: article ? 'article' : 'listing', signals: [] },
    article,
    related,
    entities,
    stories: buildStories({ url, article, related, entities }),
  };
}

const corpusAnalyses = cases.map((c) => analysisOf(c.input.url, c.input.article, c.input.related));

function corpusTimeline(): TimelineEntry[] {
  let timeline: TimelineEntry[] = [];
  corpusAnalyses.forEach((a, i) => {
    timeline = mergeEntries(timeline, entriesFromAnalysis(a, 1_000 * (i + 1)));
  });
  return timeline;
}

const TEASER_URL =
  'https://fr.vietnamplus.vn/les-gardes-frontieres-vietnamiens-et-chinois-lancent-leur-patrouille-conjointe-2-post268642.vnp';
const teaser: RelatedItem = {
  title: 'Les gardes-frontières vietnamiens et chinois lancent leur patrouille conjointe 2026',
  summary:
    'Lors de cet événement, les commandants des deux parties ont affirmé que les patrouilles conjointes annuelles témoignent d’une étroite coordination.',
  caption: null,
  url: TEASER_URL,
  published: '2026-03-20T11:00:00+07:00',
  origin: 'feed',
};
const fullArticle: Article = {
  title: 'Les gardes-frontières vietnamiens et chinois lancent leur patrouille conjointe 2026',
  lead: 'Les gardes-frontières de Diên Biên et de la région chinoise de Mengzi ont lancé le 19 mars leur patrouille conjointe.',
  paragraphs: ['Diên Biên (VNA) – La patrouille conjointe a eu lieu le 19 mars à la borne n°3.'],
  captions: [],
  published: '2026-03-20T11:00:00+07:00',
  dateline: null,
  source: 'VNA',
};

describe('entriesFromAnalysis', () => {
  it('makes one entry per story with summary, published, page seen and search text', () => {
    const [article, ...teasers] = entriesFromAnalysis(corpusAnalyses[0] as Analysis, 42);
    expect(article).toMatchObject({
      origin: 'article',
      summary: cases[0]?.input.article?.lead,
      published: '2017-02-18T10:15:00+07:00',
      partners: ['KH'],
      seenOn: [
        'https://fr.vietnamplus.vn/vietnam-et-cambodge-renforcent-la-cooperation-dans-la-garantie-de-la-securite-post84512.vnp',
      ],
      firstSeen: 42,
      lastSeen: 42,
    });
    expect(teasers).toHaveLength(9);
    expect(teasers[1]?.published).toBe('2026-03-21T20:00:00+07:00');
    expect(article?.search).toContain('securite');
  });

  it('keeps entity highlights whose offsets fit the title or summary, with minimal entity info', () => {
    const related: RelatedItem[] = [
      { ...teaser, title: 'Tô Lâm reçoit Wang Yi', summary: 'Le secrétaire général Tô Lâm a reçu Wang Yi.' },
    ];
    const entities: Entity[] = [
      {
        id: 'person:to-lam',
        name: 'Tô Lâm',
        type: 'person',
        aliases: ['To Lam'],
        role: 'secrétaire général',
        country: 'VN',
        mentions: [
          { in: 'related', index: 0, field: 'title', start: 0, end: 6, text: 'Tô Lâm' },
          { in: 'related', index: 0, field: 'summary', start: 22, end: 28, text: 'Tô Lâm' },
          { in: 'related', index: 0, field: 'summary', start: 90, end: 96, text: 'Tô Lâm' }, // out of range: dropped
        ],
      },
      {
        id: 'person:wang-yi',
        name: 'Wang Yi',
        type: 'person',
        aliases: [],
        role: null,
        country: 'CN',
        mentions: [{ in: 'related', index: 0, start: 14, end: 21, text: 'Wang Yi' }], // no field: found in the title
      },
    ];
    const [entry] = entriesFromAnalysis(analysisOf('https://fr.vietnamplus.vn/p', null, related, entities), 1);
    expect(entry?.mentions).toEqual([
      { field: 'title', start: 0, end: 6, entityId: 'person:to-lam' },
      { field: 'title', start: 14, end: 21, entityId: 'person:wang-yi' },
      { field: 'summary', start: 22, end: 28, entityId: 'person:to-lam' },
    ]);
    expect(entry?.entities).toContainEqual({
      id: 'person:to-lam',
      name: 'Tô Lâm',
      type: 'person',
      role: 'secrétaire général',
      country: 'VN',
      aliases: ['To Lam'],
    });
    expect(entry?.partners).toEqual(['CN']);
  });
});

describe('merging', () => {
  it('merges the corpus feeds: a teaser seen on several pages is one entry', () => {
    const timeline = corpusTimeline();
    expect(timeline).toHaveLength(5 + 26);
    const khmer = timeline.filter(
      (e) => e.title === 'Consolidation des liens militaires entre le Vietnam et le Cambodge',
    );
    expect(khmer).toHaveLength(1);
    expect(khmer[0]?.seenOn).toHaveLength(3);
    expect(khmer[0]?.firstSeen).toBe(2_000);
    expect(khmer[0]?.lastSeen).toBe(5_000);
  });

  it('upgrades a teaser seen on five pages with the full article, keeping its id', () => {
    let timeline: TimelineEntry[] = [];
    for (let i = 0; i < 5; i++) {
      const page = analysisOf(`https://fr.vietnamplus.vn/page-${i}-post${900 + i}.vnp`, null, [
        { ...teaser, url: `${TEASER_URL}?utm_source=p${i}#top` },
      ]);
      timeline = mergeEntries(timeline, entriesFromAnalysis(page, 100 + i));
    }
    expect(timeline).toHaveLength(1);
    const teaserId = timeline[0]?.id;
    expect(timeline[0]?.dateSource).toBe('published');
    const articlePage = analysisOf(TEASER_URL, fullArticle, []);
    timeline = mergeEntries(timeline, entriesFromAnalysis(articlePage, 500));
    expect(timeline).toHaveLength(1);
    const e = timeline[0] as TimelineEntry;
    expect(e.id).toBe(teaserId);
    expect(e.origin).toBe('article');
    expect(e.summary).toBe(fullArticle.lead);
    expect(e.date).toBe('2026-03-19');
    expect(e.dateSource).toBe('text');
    expect(e.partners).toEqual(['CN']);
    expect(e.seenOn).toHaveLength(6);
    expect(e.firstSeen).toBe(100);
    expect(e.lastSeen).toBe(500);
    // a teaser seen later does not undo the upgrade
    const again = mergeEntry(
      e,
      entriesFromAnalysis(analysisOf('https://fr.vietnamplus.vn/z', null, [teaser]), 600)[0] as TimelineEntry,
    );
    expect(again).toMatchObject({ origin: 'article', summary: fullArticle.lead, date: '2026-03-19', lastSeen: 600 });
  });

  it('merges by title when a teaser has no URL, across sites, but not two posts of one site', () => {
    const [noUrl] = entriesFromAnalysis(
      analysisOf('https://fr.vietnamplus.vn/a', null, [
        {
          ...teaser,
          url: null,
          title: 'LES GARDES-FRONTIÈRES vietnamiens et chinois lancent leur patrouille conjointe 2026 ',
        },
      ]),
      1,
    );
    const [vnp] = entriesFromAnalysis(analysisOf('https://fr.vietnamplus.vn/b', null, [teaser]), 2);
    const [courrier] = entriesFromAnalysis(
      analysisOf('https://lecourrier.vn/c', null, [
        { ...teaser, url: 'https://lecourrier.vn/les-gardes-frontieres/268642.html' },
      ]),
      3,
    );
    const [otherPost] = entriesFromAnalysis(
      analysisOf('https://fr.vietnamplus.vn/d', null, [{ ...teaser, url: 'https://fr.vietnamplus.vn/x-post1.vnp' }]),
      4,
    );
    expect(sameStory(noUrl as TimelineEntry, vnp as TimelineEntry)).toBe(true);
    expect(sameStory(vnp as TimelineEntry, courrier as TimelineEntry)).toBe(true);
    expect(sameStory(vnp as TimelineEntry, otherPost as TimelineEntry)).toBe(false);
    const merged = mergeEntries([], [noUrl, vnp, courrier, otherPost] as TimelineEntry[]);
    expect(merged).toHaveLength(2);
    expect(merged[0]?.url).toBe(TEASER_URL);
  });
});

describe('queries', () => {
  const timeline = corpusTimeline();

  it('filters by partner, domain, entity and folded text', () => {
    expect(queryTimeline(timeline, { partner: 'kh' }).every((e) => e.partners.includes('KH'))).toBe(true);
    expect(queryTimeline(timeline, { partner: 'KH' })).toHaveLength(
      partnerCounts(timeline).find((c) => c.key === 'KH')?.count ?? -1,
    );
    expect(queryTimeline(timeline, { text: 'SECURITE publique' }).map((e) => e.title)).toContain(
      'Vietnam et Cambodge renforcent la coopération dans la garantie de la sécurité',
    );
    expect(queryTimeline(timeline, { text: 'hongrie' }).map((e) => e.partners)).toEqual([['HU']]);
    expect(queryTimeline(timeline, { partner: 'CN', domain: 'security' }).length).toBeGreaterThanOrEqual(2);
    expect(queryTimeline(timeline, { text: 'introuvablexyz' })).toEqual([]);
    expect(queryTimeline(timeline, { cooperationOnly: true }).every((e) => e.isCooperation)).toBe(true);
  });

  it('finds a story whose page stores its letters decomposed by the words a reader types', () => {
    const [first] = timeline;
    if (!first) throw new Error('no timeline');
    const title = 'La cannelle de Văn Yên, un don pour les habitants de Yên Bái'.normalize('NFD');
    const entry = { ...first, title, summary: null, search: searchTextOf(title, null) };
    expect(queryTimeline([entry], { text: 'Yên Bái' })).toHaveLength(1);
    expect(queryTimeline([entry], { text: 'van yen' })).toHaveLength(1);
  });

  it('counts partners, most first', () => {
    const counts = partnerCounts(timeline);
    expect(counts[0]?.key).toBe('KH');
    for (let i = 1; i < counts.length; i++) expect((counts[i - 1]?.count ?? 0) >= (counts[i]?.count ?? 0)).toBe(true);
    expect(counts.some((c) => c.key === 'VN')).toBe(false);
  });

  it('groups by partner then month, newest first, stories without partner last', () => {
    const groups = groupByPartner(timeline);
    expect(groups[0]?.partner).toBe('KH');
    expect(groups[groups.length - 1]?.partner).toBeNull();
    const kh = groups[0];
    expect(kh?.months.map((m) => m.month)).toEqual(['2026-02', '2020-09', '2018-07', '2017-02', '2015-09']);
    for (const g of groups) {
      const days = g.months.flatMap((m) => m.entries.map((e) => e.date ?? ''));
      expect(days).toEqual([...days].sort().reverse());
      expect(g.count).toBe(g.months.reduce((n, m) => n + m.entries.length, 0));
    }
  });

  it('orders newest first', () => {
    const days = sortNewestFirst(timeline).map((e) => e.date ?? '');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('ranks related stories with the same partner first, without the story itself', () => {
    const current = timeline.find((e) => e.title.startsWith('Vietnam-Chine : coopération')) as TimelineEntry;
    const related = relatedTo(current, timeline, 5);
    expect(related).toHaveLength(5);
    expect(related.some((e) => e.id === current.id)).toBe(false);
    const sameCount = queryTimeline(timeline, { partner: 'CN' }).length - 1;
    for (const e of related.slice(0, Math.min(sameCount, 5))) expect(e.partners).toContain('CN');
  });
});

describe("the popup's first page", () => {
  const counts = [
    { key: 'CN', count: 9 },
    { key: 'KH', count: 5 },
    { key: 'LA', count: 2 },
    { key: 'TH', count: 1 },
    { key: '-', count: 4 },
  ];

  it("puts the tab's story's partners first, then the others as counted", () => {
    expect(groupOrder(counts, ['LA', 'KH'])).toEqual({ order: ['LA', 'KH', 'CN', 'TH', '-'], first: ['LA', 'KH'] });
    // a partner without any stored story has no group
    expect(groupOrder(counts, ['JP'])).toEqual({ order: ['CN', 'KH', 'LA', 'TH', '-'], first: [] });
    expect(groupOrder(counts, ['-']).order[0]).toBe('-');
    // a partner filter: that group alone
    expect(groupOrder(counts, ['KH'], 'TH')).toEqual({ order: ['TH'], first: ['TH'] });
  });

  it('asks for more entries of the focus groups, and for every focus group', () => {
    const limits = { focusLimit: 10, groupLimit: 3, groups: 3 };
    expect(firstPagePlan(counts, ['KH'], limits)).toEqual([
      { partner: 'KH', limit: 10, take: 5 },
      { partner: 'CN', limit: 3, take: 3 },
      { partner: 'LA', limit: 3, take: 2 },
    ]);
    expect(firstPagePlan(counts, ['TH', 'LA', 'KH', 'CN'], limits).map((p) => p.limit)).toEqual([10, 10, 10, 10]);
    expect(firstPagePlan([], ['KH'], limits)).toEqual([]);
  });

  it('takes a screenful of entries for the first answer, the groups in order', () => {
    const limits = { focusLimit: 10, groupLimit: 3, groups: 3, entries: 4 };
    expect(firstPagePlan(counts, ['CN'], limits).map((p) => p.take)).toEqual([4, 0, 0]);
    expect(firstPagePlan(counts, ['LA'], limits).map((p) => p.take)).toEqual([2, 2, 0]);
    expect(firstPagePlan(counts, ['TH', 'LA'], limits).map((p) => [p.partner, p.take])).toEqual([
      ['TH', 1],
      ['LA', 2],
      ['CN', 1],
    ]);
  });

  it("takes the focus from the page's own story, none from a page the popup does not show", () => {
    const [withArticle] = corpusAnalyses.filter((a) => a.stories.some((s) => s.origin === 'article'));
    const a = withArticle as Analysis;
    const story = a.stories.find((s) => s.origin === 'article');
    expect(focusPartners(a)).toEqual(story?.partners.length ? story.partners : ['-']);
    const noPartner: Analysis = {
      ...a,
      stories: a.stories.map((s) => (s.origin === 'article' ? { ...s, partners: [] } : s)),
    };
    expect(focusPartners(noPartner)).toEqual(['-']);
    const elsewhere: Analysis = { ...a, page: { ...a.page, isVna: false }, article: null };
    expect(isShownAnalysis(elsewhere)).toBe(false);
    expect(focusPartners(elsewhere)).toEqual([]);
    expect(focusPartners(null)).toEqual([]);
    const listing: Analysis = { ...a, article: null, stories: a.stories.filter((s) => s.origin !== 'article') };
    expect(isShownAnalysis(listing)).toBe(true);
    expect(focusPartners(listing)).toEqual([]);
  });
});

describe('a teaser undated on Le Courrier', () => {
  it('takes its date when the same story is seen on VietnamPlus', () => {
    const pages = loadCorpus().filter((p) => p.id.startsWith('001_'));
    const [courrier, vnp] = ['courrier', 'vnp'].map((m) => {
      const page = pages.find((p) => p.markup === m);
      if (!page) throw new Error(`001 ${m} missing`);
      return analysePage(parseHtml(page.html, page.url), page.url, { seenAt: '2026-02-06T09:00:00+07:00' });
    }) as [Analysis, Analysis];
    const title = 'Un nouvel élan pour les relations Vietnam–Laos';
    const first = entriesFromAnalysis(courrier, 1);
    expect(first.find((e) => e.title === title)?.date).toBeNull();
    const merged = mergeEntries(first, entriesFromAnalysis(vnp, 2)).filter((e) => e.title === title);
    expect(merged).toHaveLength(1);
    const fromVnp = vnp.stories.find((s) => s.title === title);
    expect(fromVnp?.date).toBe('2026-02-04');
    expect(merged[0]).toMatchObject({ date: '2026-02-04', dateSource: fromVnp?.dateSource });
  });
});

describe('a copy of a VNA story on another site', () => {
  it("keeps the copy itself in the timeline, not the copying site's list of its own pages", () => {
    const { got } = readLayoutPage('aspnetwebforms-kpl-sourcetop-gridviewfeed-nouvellessimilaires-vnp');
    // (the page's feed is read: it is the page's structure)
    expect(got.related.filter((r) => r.origin === 'feed').length).toBeGreaterThan(0);
    const entries = entriesFromAnalysis(got, 0);
    expect(entries.map((e) => e.origin)).toEqual(['article']);
  });

  it("keeps a VNA page's feed teasers", () => {
    const { got, feed } = readLayoutPage(
      'stylex-atomicclasses-spandirauto-emptyoverlaylinks-frdatetext-yearlessteaserdates-surlememesujet-lcv',
    );
    expect(entriesFromAnalysis(got, 0).filter((e) => e.origin === 'feed').length).toBe(feed.length);
  });
});
