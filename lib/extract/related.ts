// The "Voir plus" feed and inline related links, turned into stories.
//
// Known layouts name their feed container; on unknown markup the feed is found by its structure
// (feed-runs.ts). Sidebar lists ("Les plus lus") are never related stories.

import type { RelatedItem } from '../types';
import { type Layout, SITE } from './layouts';
import { fromVietnameseDateText } from './published';
import { absoluteUrl, squeeze, textOf } from './text';

/** A feed holds a few dozen teasers; more means a listing page, or a hostile one. */
export const MAX_RELATED = 200;

/** The feed containers of a page, in page order, without sidebars. */
export function feedContainers(doc: Document, layout: Layout): Element[] {
  const found = new Set<Element>();
  for (const el of doc.querySelectorAll(layout.feed)) if (!el.closest(SITE.sidebar)) found.add(el);
  // keep outermost containers only (by walking up: comparing every pair was quadratic in the containers)
  return [...found].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
    return true;
  });
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The parts of a teaser, found in one walk over its elements (this runs for every teaser). */
function teaserParts(item: Element) {
  let headingLink: Element | null = null;
  let heading: Element | null = null;
  let anyLink: Element | null = null;
  let textLink: Element | null = null;
  let summary: Element | null = null;
  let paragraph: Element | null = null;
  // a line of text of its own (a summary in a bare <div>, on markup without class names)
  let line: Element | null = null;
  let image: Element | null = null;
  let figcaption: Element | null = null;
  let time: Element | null = null;
  // a static querySelectorAll: Array.from over jsdom's live HTMLCollection is quadratic (10 s for 9,000 elements)
  for (const el of item.querySelectorAll('*')) {
    const tag = el.tagName;
    if (tag === 'A' && el.hasAttribute('href')) {
      anyLink ??= el;
      // (a card's first link is often its picture's, with no text: the title is the first with text)
      if (!textLink && textOf(el)) textLink = el;
      if (!headingLink && el.parentElement && isHeading(el.parentElement)) headingLink = el;
    } else if (tag === 'IMG' || tag === 'AMP-IMG') {
      if (!image && el.hasAttribute('alt')) image = el;
    } else if (tag === 'TIME') {
      if (!time && el.hasAttribute('datetime')) time = el;
    } else if (tag === 'FIGCAPTION') {
      figcaption ??= el;
    } else if (isHeading(el)) {
      heading ??= el;
    } else if (!summary && SITE.teaserSummaryClasses.some((c) => el.classList.contains(c)) && textOf(el)) {
      summary = el;
    } else if (tag === 'P' && !paragraph && textOf(el)) {
      paragraph = el;
    } else if (!line && el.childElementCount === 0 && !heading?.contains(el) && textOf(el).length >= 40) {
      line = el;
    }
  }
  return { headingLink, heading, anyLink, textLink, summary: summary ?? paragraph ?? line, image, figcaption, time };
}

function isHeading(el: Element): boolean {
  return HEADINGS.has(el.tagName) || SITE.teaserTitleClasses.some((c) => el.classList.contains(c));
}

/** One teaser: heading link, summary, image caption (alt or figcaption), date. */
function teaserOf(item: Element, base: string): RelatedItem | null {
  const parts = teaserParts(item);
  // a card that is one link holds no link inside
  const link =
    parts.headingLink ??
    (parts.heading ? null : parts.textLink) ??
    parts.anyLink ??
    (item.matches('a[href]') ? item : null);
  const title = parts.headingLink
    ? textOf(parts.headingLink)
    : textOf(parts.heading) || link?.getAttribute('title')?.trim() || textOf(link);
  if (!title || !link) return null;
  const summary = textOf(parts.summary) || null;
  const caption = squeeze(parts.image?.getAttribute('alt') ?? '') || textOf(parts.figcaption) || null;
  return {
    title,
    summary: summary && summary !== title ? summary : null,
    caption,
    url: absoluteUrl(link.getAttribute('href'), base),
    published: parts.time?.getAttribute('datetime')?.trim() || dateInParens(textOf(item)),
    origin: 'feed',
  };
}

/** A title-only list's "(22/03/2026)" after the link. */
function dateInParens(text: string): string | null {
  const m = /\((\d{1,2}\/\d{1,2}\/\d{4})\)/.exec(text);
  return m ? fromVietnameseDateText(m[1] as string) : null;
}

/** Teasers of the feed containers, in page order, deduplicated by URL then title. */
export function feedStories(containers: Element[], layout: Layout, base: string): RelatedItem[] {
  const lists: Element[][] = [];
  for (const container of containers) {
    // keep the innermost matches (an <li> holding an <article> is one teaser): every ancestor of a
    // match holds one, marked in one walk up per match; comparing every pair took seconds on a
    // list of thousands (and a querySelector per item costs a whole-document scan in jsdom)
    const all = [...container.querySelectorAll(layout.feedItem)];
    const holders = new Set<Element>();
    for (const el of all) {
      for (let p = el.parentElement; p && p !== container && !holders.has(p); p = p.parentElement) holders.add(p);
    }
    lists.push(all.filter((el) => !holders.has(el)));
  }
  return teasers(lists, base);
}

/** Teasers of lists of teaser elements, in order, deduplicated by URL then title. */
export function teasers(lists: Element[][], base: string): RelatedItem[] {
  const out: RelatedItem[] = [];
  const seen = new Set<string>();
  for (const items of lists) {
    for (const item of items) {
      if (out.length >= MAX_RELATED) return out;
      const teaser = teaserOf(item, base);
      if (!teaser) continue;
      const key = teaser.url ?? `title:${teaser.title.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(teaser);
    }
  }
  return out;
}

/**
 * Inline related links: body paragraphs that start with ">>" (Le Courrier) or "Lire aussi :" and
 * hold a link, the link being the rest of the paragraph.
 */
const INLINE_MARK = /^\s*(?:>>|»|►|▶|(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|[ée]galement)\s*:)\s*/i;

export function isInlineRelated(p: Element): boolean {
  const text = p.textContent ?? '';
  const mark = INLINE_MARK.exec(text);
  if (!mark) return false;
  const a = p.querySelector('a[href]');
  if (!a) return false;
  // (">>" marks the line; after "Lire aussi :" the link must be all that follows, not a sentence)
  return (
    mark[0].includes('>') ||
    /[»►▶]/.test(mark[0]) ||
    squeeze(a.textContent ?? '') === squeeze(text.slice(mark[0].length))
  );
}

export function inlineStory(p: Element, base: string): RelatedItem | null {
  const a = p.querySelector('a[href]');
  const title = squeeze((a?.textContent ?? p.textContent ?? '').replace(INLINE_MARK, ''));
  if (!title) return null;
  return {
    title,
    summary: null,
    caption: null,
    url: absoluteUrl(a?.getAttribute('href'), base),
    published: null,
    origin: 'inline',
  };
}
