// The page layouts VNA Lens knows, as data: where each keeps its title, lead, body, captions,
// feed and noise. Unknown markup falls back to the generic layout (plain Readability plus the
// few cues every VNA page shares), so a page we have not seen still gives a sensible result.

import { pageKey } from './feed-runs';
import { SCREEN_READER_CLASSES } from './marked-parts';
import { absoluteUrl, holdsRunningText, RUNNING_TEXT, textOf } from './text';

export type LayoutName = 'vnp-current' | 'vnp-legacy' | 'courrier' | 'generic';

export interface Layout {
  name: LayoutName;
  /** any of these present means the page uses this layout */
  detect: string;
  title: string;
  lead: string;
  body: string;
  /** teaser containers of the "Voir plus" feed, and the teaser elements inside them */
  feed: string;
  feedItem: string;
  /** credit/source line ("VNA", "VNA/CVN") */
  source: string;
  /** removed from the clone before Readability runs: ads, tags, comments, sidebars, share bars */
  noise: Noise;
}

/**
 * What is removed from the clone before Readability runs. Kept as plain tag and class names, not
 * CSS selectors: one walk over the elements with set look-ups is several times cheaper than a
 * long selector list (it runs on every page load).
 */
export interface Noise {
  tags: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  /** ad slots are named by id: sdaWeb_SdaArticleMiddle… */
  idPrefixes: readonly string[];
}

// Shared by every layout: ads, share bars, comment boxes, sidebars, forms, navigation, date lines.
// (a <video>'s text is what shows where it cannot play: "activez JavaScript…")
const COMMON_TAGS = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'FORM',
  'NAV',
  'ASIDE',
  'FOOTER',
  'BUTTON',
  'VIDEO',
  'AUDIO',
  // an AMP page's embedded posts (their fallback quote is another author's words)
  'AMP-TWITTER',
  'AMP-INSTAGRAM',
  'AMP-FACEBOOK',
  'AMP-TIKTOK',
];
const COMMON_CLASSES = [
  'rennab',
  'sda_middle',
  'banner',
  'ads',
  'advertisement',
  'wrap-social',
  'social-pin',
  'article__social',
  'share',
  'box-share',
  'wrap-comment',
  'comment',
  'comments',
  'sidebar',
  'sidebar-right',
  'sub-col',
  'col-right',
  'most-read',
  'box-most-read',
  'site-header',
  'header-top',
  'header-lang',
  'main-menu',
  'menu',
  'site-footer',
  'breadcrumb',
  // (Mambo's and Joomla 1's trail and the previous / next story's links: "pathway", "pagenav")
  'pathway',
  'pagenav',
  'pagenav_prev',
  'pagenav_next',
  'article__tag',
  'post-tags',
  'tags',
  'box-tag',
  'meta',
  'article__meta',
  'article-meta',
  'post-meta',
  'post-date',
  'datetime',
  // a social network's embedded post, in the markup its embed code writes (X, Instagram, TikTok,
  // Facebook): another author's words, not the story's
  'twitter-tweet',
  'twitter-video',
  'instagram-media',
  'tiktok-embed',
  'fb-post',
  'fb-video',
  'text-post-media',
  'bluesky-embed',
  // text for screen readers only ("Aller au contenu"): never the story
  ...SCREEN_READER_CLASSES,
  // a notebook's or a literate document's code (pandoc, Jupyter, Quarto), and the appendix such a
  // document ends on (licence, citation, BibTeX): a copy's own
  'sourceCode',
  'jp-InputArea',
  'appendix-bottom',
  'citation-appendix',
  'quarto-appendix-contents',
];

function noise(extraClasses: string[] = []): Noise {
  return {
    tags: new Set(COMMON_TAGS),
    classes: new Set([...COMMON_CLASSES, ...extraClasses]),
    idPrefixes: ['sdaWeb_', 'comments'],
  };
}

/**
 * Site markup shared by the layouts, in one place: the extraction, detection and highlighter all
 * read it from here (never a copy). The structural path (structure.ts, captions.ts,
 * feed-runs.ts) needs none of it.
 */
export const SITE = {
  /** photo captions in every known layout */
  caption: 'figcaption, .caption, .image-caption, .PhotoCMS_Caption',
  /** the article's column around its body, where its date line and title live */
  scope: 'article, .article, .main-col, .col-left, main',
  /** sidebars: their teaser lists are never related stories */
  sidebar: '.most-read, .box-most-read, .sidebar, .sidebar-right, .sub-col, .col-right, aside',
  /** a teaser's title and summary, besides headings and paragraphs */
  teaserTitleClasses: ['story__heading', 'news-title', 'title'],
  teaserSummaryClasses: ['story__summary', 'news-sapo', 'sapo', 'summary', 'description'],
  /** the date line of the known layouts ("18/02/2017 10:15") */
  dateLine: '.post-date, .article__meta, .article-meta, .date, .time, .datetime',
  /** the VietnamPlus CMS's own class names (cms-*, recommendation feeds) and Le Courrier's source line */
  cmsMarkup: 'h1.cms-title, .cms-desc, .cms-body, [data-source^="recommendation"], .post-content .post-source',
  /** an article's own markup in the known layouts (a detection cue) */
  articleMarkup: 'h1.article__title, h1.post-title, .article-body, [itemprop="articleBody"]',
} as const;

export const LAYOUTS: Layout[] = [
  {
    // VietnamPlus CMS, current (2023–): h1.article__title, .article__sapo, .article__body
    name: 'vnp-current',
    detect: 'h1.article__title, .article__sapo, .article__body',
    title: 'h1.article__title',
    lead: '.article__sapo',
    body: '.article__body',
    feed: '.content-list[data-source^="recommendation"]',
    feedItem: 'article.story, .story',
    source: '.article__source, .article__author',
    noise: noise(['box-heading', 'wrapper-gray']),
  },
  {
    // VietnamPlus, older layout: header.article-header, .article-body.cms-body, "Voir plus" zone
    name: 'vnp-legacy',
    detect: 'header.article-header, .article-body.cms-body, .details__content.cms-body',
    title: 'header.article-header h1, .article-header .title, h1.details__headline, h1',
    lead: '.article-header .sapo, .article-summary, .sapo, .details__summary',
    body: '.article-body.cms-body, .details__content.cms-body, .cms-body',
    feed: '.zone--related, .story-relate, .box-related, .related-news, .content-list[data-source^="recommendation"]',
    feedItem: 'article, .story, li',
    source: '.source, .article-source, .cms-author',
    noise: noise(['article-tools']),
  },
  {
    // Le Courrier du Vietnam (lecourrier.vn): .post-title, .post-sapo, .post-content, .box-related
    name: 'courrier',
    detect: '.post-content, h1.post-title, .post-sapo',
    title: 'h1.post-title',
    lead: '.post-sapo',
    body: '.post-content',
    feed: '.box-related',
    feedItem: '.news-item, li, article',
    source: '.post-source, .post-author',
    noise: noise(['post-category']),
  },
  {
    name: 'generic',
    detect: 'body',
    title: 'h1',
    lead: '.sapo, .article__sapo, .lead, .chapo, .summary',
    body: '[itemprop="articleBody"], .article__body, .article-body, .post-content, .entry-content, article .content',
    feed: '.content-list[data-source^="recommendation"], .box-related, .related, .related-news',
    feedItem: 'article, .story, li',
    source: '.source',
    noise: noise(),
  },
];

/** Is this element the layout's noise (one implementation, used by the extraction and the highlighter)? */
export function isNoise(el: Element, noise: Noise): boolean {
  if (noise.tags.has(el.tagName)) return true;
  for (const c of el.classList) if (noise.classes.has(c)) return true;
  return el.id !== '' && noise.idPrefixes.some((p) => el.id.startsWith(p));
}

/**
 * The layout's body box: its first match that is not inside another story's card (a page builder's
 * grid of teasers reuses a class such as ".post-content" for each card's summary) and holds a
 * story's worth of words outside links, in paragraphs or not (a theme may give its header's text
 * widget the story's class, "<header><div class="entry-content">…"); else the first such match, or
 * null.
 */
export function layoutBody(doc: Document, layout: Layout, base: string): Element | null {
  const self = pageKey(base);
  let first: Element | null = null;
  for (const el of doc.querySelectorAll(layout.body)) {
    if (inTeaserCard(el, base, self)) continue;
    if (wordsOutsideLinks(el, STORY_WORDS)) return el;
    first ??= el;
  }
  return first;
}

/** Two paragraphs of running text: a story's body holds that much at least, a header widget not. */
const STORY_WORDS = 2 * RUNNING_TEXT;

/** Does el hold `min` characters of text outside its links? Read until it does (bounded by min). */
function wordsOutsideLinks(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const link = t.parentElement?.closest('a');
    if (link && el.contains(link)) continue;
    n += (t.textContent ?? '').trim().length;
    if (n >= min) return true;
  }
  return false;
}

const MIN_HEADLINE = 15;

/**
 * Inside an <article> or <li> with no page title of its own and a headline linking to another page:
 * a teaser card (a blog's own post links its headline to itself).
 */
function inTeaserCard(el: Element, base: string, self: string): boolean {
  const card = el.closest('article, li');
  if (!card || card.querySelector('h1')) return false;
  // (a story's body, paragraphs of running text, may have crossheads that link elsewhere: "<h3><a>Lire
  // aussi : …</a></h3>"; a card's box holds its headline and a summary at most)
  const story = holdsRunningText(el);
  for (const a of card.querySelectorAll('a[href]')) {
    if (story && el.contains(a)) continue;
    // (a headline in a heading, or, in a box with no running text, any link of a headline's
    // length: "<a><strong>Titre…</strong></a>")
    const headed = !!a.closest('h2, h3, h4') || !!a.querySelector('h2, h3, h4');
    if (!headed && (story || textOf(a).length < MIN_HEADLINE)) continue;
    const target = pageKey(absoluteUrl(a.getAttribute('href'), base) ?? '');
    if (target && target !== self) return true;
  }
  return false;
}

export function layoutOf(doc: Document): Layout {
  for (const layout of LAYOUTS) if (doc.querySelector(layout.detect)) return layout;
  return LAYOUTS[LAYOUTS.length - 1] as Layout;
}
