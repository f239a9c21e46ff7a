// The feed found by structure, for markup no known layout describes: a run of at least three
// sibling blocks, each holding one link to another story on a VNA host (its title), maybe an
// image, a summary, a date; with or without a label ("Voir plus", "Lire aussi"…). Told apart
// from menus, tag lists and language switchers (their links are not story addresses), and from
// "most read" / "À la une" boxes and short link-only or ranked lists (kept out of the timeline).
//
// Linear: each link marks its ancestors (a bounded number of levels) with the one story address
// they hold, in one pass; blocks are then grouped by parent. No pair of blocks is ever compared.

import { isVnaHost } from '../hosts';
import { absoluteUrl, textOf } from './text';

export interface FeedRun {
  container: Element;
  items: Element[];
  label: string;
}

/** How far above a link its teaser block may be (a card: link → heading → body → card). */
const MAX_UP = 6;
/** A hostile page may have millions of links; a page a person reads has a few hundred. */
const MAX_LINKS = 5000;
const MIN_RUN = 3;
/** A teaser is a title and a summary; a block longer than this is a story, not a teaser. */
const MAX_TEASER_CHARS = 1500;
const MIN_TITLE_CHARS = 15;

export const FEED_LABEL =
  /^(voir plus|lire aussi|à lire aussi|a lire aussi|sur le même sujet|articles liés|articles similaires|autres articles|autres nouvelles|dans la même rubrique|read more|related( news| articles)?|see more)\b/i;
/** "most read", front-page picks: ranked or short lists, not stories related to this one */
const SIDE_LABEL =
  /^(les? plus lus?|les plus lues|plus lus|à la une|a la une|les plus populaires|populaires|les plus consultés|les plus commentés|tendances|most (read|viewed|popular)|trending|tin (đọc|xem) nhiều)/i;
const NOT_STORY_PATH =
  /(?:^|[/-])(?:tags?|topics?|search|tim-kiem|rss|author|tac-gia)(?:\d+|\/|\.|$)|(?:^|\/)page\/\d|\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34])$/i;
const DATE_IN_PARENS = /\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)/;

function pageKey(base: string): string {
  try {
    const u = new URL(base);
    return u.origin + u.pathname;
  } catch {
    return '';
  }
}

/** The story address a link points to (origin and path), or null when it is not another story on a VNA host. */
export function storyAddress(href: string | null, base: string, self: string): string | null {
  const abs = absoluteUrl(href, base);
  if (!abs) return null;
  const u = new URL(abs);
  if (!isVnaHost(u.hostname)) return null;
  const path = u.pathname;
  if (path.length < 8 || NOT_STORY_PATH.test(path)) return null;
  // a story's address carries its slug (three words or more) or its number
  if (!/[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+/u.test(path) && !/\d{4,}/.test(path)) return null;
  const key = u.origin + path;
  return key === self ? null : key;
}

/** The short line that names a run: inside its box before the first teaser, or just before the box. */
function labelOf(container: Element, firstItem: Element): string {
  for (let c = container.firstElementChild; c && c !== firstItem; c = c.nextElementSibling) {
    const t = textOf(c);
    if (t) return t.length <= 60 ? t : '';
  }
  for (let el: Element | null = container, up = 0; el && up < 3; el = el.parentElement, up++) {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
      const t = textOf(s);
      if (!t) continue;
      return t.length <= 60 && !s.querySelector('img, amp-img') ? t : '';
    }
  }
  return '';
}

function teaserTitleLength(item: Element, link: Element | null): number {
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6');
  return Math.max(textOf(heading).length, textOf(link).length, (link?.getAttribute('title') ?? '').trim().length);
}

/**
 * Runs of teasers in the page: `feed` (related stories) and `side` (most-read boxes, ranked or
 * short link-only lists: noise, never stories). `keep`: the article's title or body; a run
 * holding it is not a feed.
 */
export function feedRuns(doc: Document, base: string, keep: Element | null): { feed: FeedRun[]; side: FeedRun[] } {
  const feed: FeedRun[] = [];
  const side: FeedRun[] = [];
  const body = doc.body;
  if (!body) return { feed, side };
  const self = pageKey(base);
  // each block up to MAX_UP levels above a story link: the one address it holds (null: several)
  const only = new Map<Element, string | null>();
  const firstLink = new Map<Element, Element>();
  let n = 0;
  for (const a of body.querySelectorAll('a[href]')) {
    if (++n > MAX_LINKS) break;
    const address = storyAddress(a.getAttribute('href'), base, self);
    if (!address) continue;
    let el: Element | null = a;
    for (let up = 0; el && el !== body && up <= MAX_UP; el = el.parentElement, up++) {
      const prev = only.get(el);
      if (prev === undefined) {
        only.set(el, address);
        firstLink.set(el, a);
      } else if (prev !== address) only.set(el, null);
    }
  }
  const groups = new Map<Element, Element[]>();
  for (const [el, address] of only) {
    const parent = el.parentElement;
    if (!address || !parent) continue;
    const list = groups.get(parent);
    if (list) list.push(el);
    else groups.set(parent, [el]);
  }
  for (const [container, blocks] of groups) {
    if (blocks.length < MIN_RUN || (keep && container.contains(keep))) continue;
    const items = blocks.filter(
      (b) =>
        textOf(b).length <= MAX_TEASER_CHARS && teaserTitleLength(b, firstLink.get(b) ?? null) >= MIN_TITLE_CHARS,
    );
    if (items.length < MIN_RUN) continue;
    // the run is most of its box: a body whose paragraphs hold a few links is not a feed
    let lines = 0;
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) if (textOf(c).length >= 20) lines++;
    if (items.length < 0.6 * lines) continue;
    const label = labelOf(container, items[0] as Element);
    const run = { container, items, label };
    const isFeedLabel = FEED_LABEL.test(label);
    const linkOnly = items.every((i) => textOf(i) === textOf(firstLink.get(i)) && !DATE_IN_PARENS.test(textOf(i)));
    const ranked = container.tagName === 'OL' || container.closest('aside, nav, header, footer') !== null;
    if (SIDE_LABEL.test(label) || (!isFeedLabel && (ranked || (linkOnly && items.length <= 5)))) side.push(run);
    else feed.push(run);
  }
  return { feed, side };
}
