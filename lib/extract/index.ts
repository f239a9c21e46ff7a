// Extraction: from a page to its article and its related stories. Works on a clone; the live
// page is never modified. Known layouts are fast hints; where a hint finds nothing, the page's
// structure answers (lib/extract/structure.ts, feed-runs.ts, captions.ts), and on a VNA host
// that is said out loud as `layout:drift` (a redesign is noticed the day it ships).

import { isVnaUrl } from '../hosts';
import { runNow, type Steps } from '../slices';
import type { Article, RelatedItem } from '../types';
import { articleSteps } from './article';
import {
  FEED_LABEL,
  type FeedRun,
  feedRuns,
  isWholeBox,
  linkAttributeOf,
  pageKey,
  runNodes,
  SCRIPT_LINKS,
  SIDE_LABEL,
} from './feed-runs';
import { removeAppendedTranslations } from './languages';
import { type LayoutName, layoutBody, layoutOf } from './layouts';
import { removeScreenReaderLabels } from './marked-parts';
import { followingStories, otherStories } from './other-stories';
import { dateInPageYear, feedContainers, feedStories, teasers } from './related';
import { composeShadowTrees } from './shadow-trees';
import { pageMeta, titleElement } from './structure';
import { FOLLOWING, sameTextKey } from './text';

export interface Extraction {
  layout: LayoutName;
  article: Article | null;
  related: RelatedItem[];
  signals: string[];
  /** one long text under a title (not a list of teasers), whatever the page's metadata says */
  articleShaped: boolean;
}

/** An article is a few paragraphs of running text, more than a teaser's summary. */
const ARTICLE_MIN_PARAGRAPHS = 3;
const ARTICLE_MIN_CHARS = 600;

export function extract(doc: Document, url: string): Extraction {
  return runNow(extractSteps(doc, url));
}

/**
 * A run's label goes with it when it reads as one: a known feed/sidebar name, or a heading outside
 * the story's box (inside it, "Les accords signés depuis 2016" over a table is the story's subheading).
 */
function isLabel(run: FeedRun, storyBox: Element | null): boolean {
  if (FEED_LABEL.test(run.label) || SIDE_LABEL.test(run.label)) return true;
  return /^H[1-6]$/.test(run.labelEl?.tagName ?? '') && !storyBox?.contains(run.labelEl);
}

/** A table's only body of rows goes with its column heads: the whole table. */
function wholeTable(box: Element): Element {
  const table = box.tagName === 'TBODY' ? box.parentElement : null;
  return table?.tagName === 'TABLE' && (table as HTMLTableElement).tBodies.length === 1 ? table : box;
}

/** A hostile page may have millions of links; a page a person reads has a few hundred. */
const MAX_BASED_LINKS = 5000;

/**
 * Relative links written out against the page's <base href>, where it names another address than
 * the page's own (the rest of the extraction resolves links against the page's address).
 */
function resolveAgainstBase(clone: Document, pageUrl: string): void {
  const href = clone.querySelector('base[href]')?.getAttribute('href');
  if (!href) return;
  let base: URL;
  try {
    base = new URL(href, pageUrl);
  } catch {
    return;
  }
  if (!/^https?:$/.test(base.protocol) || base.href === pageUrl) return;
  let n = 0;
  for (const el of clone.querySelectorAll(`a[href], ${SCRIPT_LINKS}`)) {
    if (++n > MAX_BASED_LINKS) break;
    const attr = linkAttributeOf(el);
    if (!attr) continue;
    const value = el.getAttribute(attr) ?? '';
    if (/^(?:[a-z][a-z\d+.-]*:|#)/i.test(value)) continue;
    try {
      el.setAttribute(attr, new URL(value, base).href);
    } catch {
      // not an address
    }
  }
}

/**
 * The extraction as small steps (lib/slices.ts): the live page is read once, in the first.
 * `seenAt`: when the reader saw the page (a teaser's "13 déc." is in the year nearest that day).
 */
export function* extractSteps(doc: Document, url: string, seenAt: string | null = null): Steps<Extraction> {
  let clone: Document;
  try {
    clone = doc.cloneNode(true) as Document;
  } catch {
    // absurdly deep trees overflow the stack of DOM implementations without the browsers' cap
    return {
      layout: 'generic',
      article: null,
      related: [],
      signals: ['article:none:unreadable-page'],
      articleShaped: false,
    };
  }
  // (a component's shadow tree, its feed say, is part of the page the reader sees)
  composeShadowTrees(doc, clone);
  // (links resolve against the page's <base>, as the browser resolves them: a cache's copy of a VNA
  // page keeps the story's address there, and its links are relative to it)
  resolveAgainstBase(clone, url);
  yield;
  // what a <noscript> holds is text in a browser that runs scripts, as the reader's does (a parser
  // without scripts, jsdom, reads it as elements): never the page's
  for (const el of clone.querySelectorAll('noscript')) el.remove();
  // (nor are the labels its style sheets hide for screen readers: "Légende image, " before a caption)
  removeScreenReaderLabels(clone);
  // (nor a translation a reader's tool set after each of its blocks: "<font lang="en">…")
  removeAppendedTranslations(clone);
  // (nor are a style sheet's or a script's words in the page's body, where CSS-in-JS sets a <style>
  // before each card it draws: text to the DOM, none to the eye; a JSON-LD block is read later)
  for (const el of clone.querySelectorAll('body style, body script:not([type="application/ld+json"])')) el.remove();
  // (each of these passes walks the whole page: on a long one, a step of their own)
  yield;
  const layout = layoutOf(clone);
  const signals = [`layout:${layout.name}`];
  const meta = pageMeta(clone);
  const hintTitle = layout.name === 'generic' ? null : clone.querySelector(layout.title);
  const titleEl = hintTitle ?? titleElement(clone, meta);
  // The feed first: it is noise for the article, and stories for the timeline.
  const body = layoutBody(clone, layout, url);
  // (an infinite scroll's next story, loaded below this one, brings its own feed: that page's)
  // (so does any other story printed whole in it, a dossier's follow-up: its own box's feed)
  const following = titleEl ? followingStories(clone, titleEl, body) : [];
  const next = following[0];
  const others = titleEl ? otherStories(clone, titleEl, body, following) : [];
  const ours = (el: Element) =>
    !others.some((o) => o.contains(el)) &&
    (!next || !(next.contains(el) || next.compareDocumentPosition(el) & FOLLOWING));
  yield;
  const containers = feedContainers(clone, layout).filter((c) => !body || !c.contains(body));
  let feed = feedStories(containers.filter(ours), layout, url);
  // a known layout that found its body and feed needs no structural search (it runs on every page)
  const runs =
    layout.name !== 'generic' && body && feed.length > 0
      ? { feed: [], side: [] }
      : feedRuns(clone, url, body ?? titleEl);
  // (the next story's runs are noise here, as a side box's)
  runs.side.push(...runs.feed.filter((r) => !ours(r.container)));
  runs.feed = runs.feed.filter((r) => ours(r.container));
  const missing: string[] = [];
  if (feed.length === 0 && runs.feed.length > 0) {
    feed = teasers(
      runs.feed.map((r) => r.items),
      url,
    );
    if (feed.length) {
      signals.push('feed:structural');
      missing.push('feed');
    }
  }
  for (const c of containers) c.remove();
  // (the title's <article> box, where a run's heading is the story's own)
  const storyBox = titleEl?.closest('article') ?? null;
  for (const run of [...runs.feed, ...runs.side]) {
    // the run alone when it shares its box with other things (a flat page), else the whole box
    const whole = isWholeBox(run);
    for (const node of whole ? [wholeTable(run.container)] : runNodes(run)) node.parentNode?.removeChild(node);
    if (run.labelEl && isLabel(run, storyBox) && !run.labelEl.contains(titleEl)) run.labelEl.remove();
  }
  yield;
  const result = yield* articleSteps(clone, layout, url, { meta, titleEl, others });
  const { article, inline } = result;
  dateInPageYear(feed, article?.published ?? null, seenAt);
  if (article && result.signals.includes('article:structural')) missing.unshift('body');
  // (on a VNA page, or an archive's copy of one)
  if (missing.length && isVnaUrl(pageKey(url))) signals.push(`layout:drift:${missing.join(',')}`);
  // (a reader lists the story among the others: its own headline is no other story)
  const own = article ? sameTextKey(article.title) : '';
  if (own) feed = feed.filter((r) => sameTextKey(r.title) !== own);
  if (feed.length > 0) signals.push(`feed:${feed.length}`);
  const seen = new Set(feed.map((r) => r.url ?? r.title));
  const related = [...inline.filter((r) => !seen.has(r.url ?? r.title)), ...feed];
  // (the standfirst is the story's text too: a short dispatch whose first paragraph repeated it)
  const texts = article ? [...(article.lead ? [article.lead] : []), ...article.paragraphs] : [];
  const bodyChars = texts.reduce((n, p) => n + p.length, 0);
  const articleShaped = texts.length >= ARTICLE_MIN_PARAGRAPHS && bodyChars >= ARTICLE_MIN_CHARS;
  return { layout: layout.name, article, related, signals: [...signals, ...result.signals], articleShaped };
}
