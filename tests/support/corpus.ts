// The sample pages and their hand-made truth (tests/fixtures/corpus, copied from ../shared),
// loaded once for the tests, `npm run eval` and `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, RelatedItem } from '../../lib/types';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export interface TruthEntity {
  name: string;
  type: 'person' | 'organization' | 'place' | 'country';
  aliases: string[];
  role: string | null;
  country: string | null;
  in_article: boolean;
  in_feed: boolean;
}

export interface TruthFeedItem {
  title: string;
  summary: string | null;
  caption: string | null;
  published: string | null;
  partners: string[];
  domains: string[];
  is_cooperation: boolean;
  date_text: string | null;
}

export interface Truth {
  source: string;
  published: string;
  article: {
    title: string;
    lead: string;
    paragraphs: string[];
    captions: string[];
    dateline: { place: string | null; date_text: string | null } | null;
    event_dates: string[];
    partners: string[];
    domains: string[];
  };
  feed: TruthFeedItem[];
  entities: TruthEntity[];
}

export interface Meta {
  url: string;
  published: string;
  sidebar: string[];
  source: string;
  feedTimes: Record<string, string>;
}

export interface CorpusPage {
  /** e.g. 000_5c40b8c9863d2394.vnp */
  name: string;
  id: string;
  markup: 'vnp' | 'courrier';
  html: string;
  url: string;
  truth: Truth;
  meta: Meta;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadCorpus(): CorpusPage[] {
  const pagesDir = join(CORPUS_DIR, 'pages');
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const [id, markup] = file.replace(/\.html$/, '').split('.') as [string, 'vnp' | 'courrier'];
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const meta = readJson<Meta>(join(CORPUS_DIR, 'meta', `${id}.meta.json`));
      return {
        name: `${id}.${markup}`,
        id,
        markup,
        html,
        url: canonical ?? meta.url,
        truth: readJson<Truth>(join(CORPUS_DIR, 'truth', `${id}.json`)),
        meta,
      };
    });
}

/**
 * When the page was seen, for dating teasers that carry no date (Le Courrier's). A reader's visit
 * time is not in the corpus; both renderings of a page are one collection, so it is taken as the
 * newest `time[datetime]` in the VietnamPlus rendering of the same page (its newest teaser).
 * Only markup is read, never the truth.
 */
export function seenAtOf(page: CorpusPage, pages: CorpusPage[]): string | null {
  const vnp = pages.find((p) => p.id === page.id && p.markup === 'vnp');
  const times = [...(vnp?.html ?? '').matchAll(/<time[^>]*\sdatetime="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((t) => !Number.isNaN(Date.parse(t)));
  if (!times.length) return null;
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** A page of the corpus as lib/stories' input (the truth's article and feed), with its truth. */
export interface StoryCase {
  name: string;
  input: {
    url: string;
    article: Article | null;
    related: RelatedItem[];
    entities: Entity[];
    seenAt?: string | null;
  };
  truth: Truth;
}

/** One case per sample article (not per rendering): inputs rebuilt from the truth, no entities. */
export function casesFromTruth(): StoryCase[] {
  const seen = new Set<string>();
  return loadCorpus()
    .filter((page) => !seen.has(page.id) && seen.add(page.id))
    .map(({ id, truth, meta }) => {
      const a = truth.article;
      const article: Article = {
        title: a.title,
        lead: a.lead,
        paragraphs: a.paragraphs,
        captions: a.captions,
        published: meta.published ?? truth.published,
        dateline: a.dateline ? { place: a.dateline.place, date: null } : null,
        source: 'VNA',
      };
      const related: RelatedItem[] = truth.feed.map((item) => ({
        title: item.title,
        summary: item.summary,
        caption: item.caption,
        url: null,
        published: item.published,
        origin: 'feed',
      }));
      return { name: id.slice(0, 3), input: { url: meta.url, article, related, entities: [] }, truth };
    });
}
