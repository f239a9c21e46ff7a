// A VNA listing page (tag or section) read as stories: its teasers go through the very parser of
// the "Voir plus" feed (lib/extract), then the same entity and story steps as any page, so a
// teaser read here is the entry it would be in a feed. A page that is an article, or holds no list
// of teasers, is not a listing; a listing none of whose teasers has a date cannot be placed on
// the timeline (nor bounded in time) and is refused too.

import { detectPage } from '../detect';
import { entitySteps } from '../entities';
import { layoutOf } from '../extract/layouts';
import { feedStories } from '../extract/related';
import { runNow } from '../slices';
import { storySteps } from '../stories';
import type { Analysis, RelatedItem } from '../types';
import { nextPageUrl } from './next';

/** The elements a teaser can be, on every VNA listing markup (and the feed's). */
const TEASER = 'article, .story, .news-item, li';
/** Headings a teaser's title link sits in. */
const TEASER_TITLE =
  'h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], .story__heading a[href], .news-title a[href], .title a[href]';
/** Page furniture that holds links but never the listing. */
const NOT_LISTING =
  'nav, header, footer, aside, .sidebar, .sidebar-right, .sub-col, .col-right, .most-read, .box-most-read, .menu, .main-menu';
/** An article says so in its markup; a listing never does. */
const ARTICLE_MARKUP =
  'h1.article__title, h1.post-title, .article__body, .article-body, .post-content, [itemprop="articleBody"]';

function isArticlePage(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim();
  return ogType === 'article' || doc.querySelector(ARTICLE_MARKUP) !== null;
}

/** A list is at least this many teasers side by side. */
const MIN_TEASERS = 2;

/**
 * The teaser lists of a listing page: the parents of at least MIN_TEASERS sibling teasers that
 * each have a title link, outside the page's furniture. One pass over the title links.
 */
function teaserLists(doc: Document): Element[] {
  const counts = new Map<Element, number>();
  const seenItems = new Set<Element>();
  for (const link of doc.querySelectorAll(TEASER_TITLE)) {
    const item = link.closest(TEASER);
    if (!item || seenItems.has(item) || item.closest(NOT_LISTING)) continue;
    seenItems.add(item);
    const list = item.parentElement;
    if (list) counts.set(list, (counts.get(list) ?? 0) + 1);
  }
  const lists = [...counts].filter(([, n]) => n >= MIN_TEASERS).map(([list]) => list);
  // a listing's last page may hold a single teaser
  return lists.length > 0 || counts.size !== 1 ? lists : [...counts.keys()];
}

/** The teasers of a listing page, in page order, parsed as the feed's are (origin 'listing'). */
export function listingTeasers(doc: Document, url: string): RelatedItem[] {
  const layout = layoutOf(doc);
  const lists = teaserLists(doc);
  return feedStories(lists, { ...layout, feedItem: TEASER }, url).map((t) => ({ ...t, origin: 'listing' as const }));
}

export type ListingRefusal = 'not-listing' | 'no-date';

export interface ListingPage {
  /** the page's stories as an analysis (no article; a story per teaser), ready for the store */
  analysis: Analysis;
  /** the listing's own next page, when it links one */
  next: string | null;
  /** the oldest story date on the page (YYYY-MM-DD) */
  oldest: string;
}

/**
 * A listing page read for the timeline: every teaser a story, with its partners found in its text
 * plus the partners the tag names (VNA filed it under that tag). A refusal says why it is not one.
 */
export function readListingPage(
  doc: Document,
  url: string,
  tagPartners: readonly string[],
): ListingPage | { refused: ListingRefusal } {
  const { looksLikeArticle, ...page } = detectPage(doc, url);
  void looksLikeArticle; // (a teaser's "Hanoï (VNA) –" would pass for an article's dateline)
  if (isArticlePage(doc)) return { refused: 'not-listing' };
  const related = listingTeasers(doc, url);
  if (related.length === 0) return { refused: 'not-listing' };
  const entities = runNow(
    entitySteps({
      title: '',
      lead: null,
      paragraphs: [],
      captions: [],
      related: related.map(({ title, summary, caption }) => ({ title, summary, caption })),
    }),
  );
  const stories = runNow(storySteps({ url, article: null, related, entities })).map((s) => ({
    ...s,
    partners: [...new Set([...s.partners, ...tagPartners])],
  }));
  const dates = stories.map((s) => s.date).filter((d): d is string => d !== null);
  if (dates.length === 0) return { refused: 'no-date' };
  page.kind = 'listing';
  page.signals.push(`listing:${related.length}`);
  return {
    analysis: { url, page, article: null, related, entities, stories },
    next: nextPageUrl(doc, url),
    oldest: dates.sort()[0] as string, // ISO days sort as text
  };
}
