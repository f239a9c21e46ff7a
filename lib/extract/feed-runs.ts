// The feed found by structure, for markup no known layout describes: a run of at least three
// sibling blocks, each holding one link to another story on a VNA host (its title), maybe an
// image, a summary, a date; with or without a label ("Voir plus", "Lire aussi"…). Told apart
// from menus, tag lists and language switchers (their links are not story addresses), and from
// "most read" / "À la une" boxes and short link-only or ranked lists (kept out of the timeline).
//
// Linear: each link marks its ancestors (a bounded number of levels) with the one story address
// they hold, in one pass; blocks are then grouped by parent. No pair of blocks is ever compared.

import { carriedVnaUrl, isVnaHost, STORY_IN_PATH, storyQuery } from '../hosts';
import { withoutAmpPath, withoutTrailingSlashes } from '../story-links';
import { composed } from '../text/as-read';
import { BRACKETED_DATE, isDateLine } from './date-lines';
import { inlineRun } from './inline-lines';
import {
  absoluteUrl,
  hasClassMatching,
  hasLetter,
  onlyTextIn,
  openedWrapper,
  squeeze,
  TEXT_LEVEL,
  textOf,
  withoutPermalink,
} from './text';

export interface FeedRun {
  container: Element;
  /** consecutive children of the container (after the box's top story over them, or before its last one under them: besideTeaser) */
  items: Element[];
  /** the container's children from the first teaser to the last one's line end (with the line breaks, dates and ads between) */
  span: Element[];
  label: string;
  labelEl: Element | null;
}

/** How far above a link its teaser block may be (a card: link → heading → body → card). */
const MAX_UP = 6;
/** …and at most this many elements, wrappers included */
const MAX_STEPS = 16;
/** A hostile page may have millions of links; a page a person reads has a few hundred. */
const MAX_LINKS = 5000;
const MIN_RUN = 3;
/** …or two under a label that says they are related stories */
const MIN_LABELLED_RUN = 2;
/** What may follow a teaser's link on its line: a date, a label ("(16/03/2015)", "Vidéo") */
const MAX_LINE_TAIL = 40;
/** How many siblings back a run's label is looked for, at each level */
const LABEL_SIBLINGS = 20;
/** A two-story box's card holds its title and at most this much more (a summary, a date) */
const MAX_CARD_SUMMARY = 300;
/** A teaser is a title and a summary; a block longer than this is a story, not a teaser. */
const MAX_TEASER_CHARS = 1500;
const MIN_TITLE_CHARS = 15;
/** A summary in a table's row of its own is a sentence at least this long. */
const MIN_ROW_SUMMARY = 40;
/** A link this long holds more than a headline: a card's summary, its date. */
const MAX_LINK_TITLE = 200;

// (the words French news sites name such a box with: "Voir aussi", "À lire également", "Contenus
// liés", "Articles associés", "Sur le même thème", "Dans le même dossier", "Même rubrique", "Aussi
// dans cette rubrique", "Nos suggestions", "Vous aimerez aussi", "Articles recommandés", "Ces articles
// peuvent vous intéresser", "Autres titres"; and Vietnamese "Tin liên quan", "Bài liên quan", "Tin
// khác", "Xem thêm")
export const FEED_LABEL =
  /^((?:[àa] )?(?:voir|lire) (?:plus|aussi|[ée]galement)|sur (?:le|la) m[êe]me (?:sujet|th[èe]me|question)|(?:articles?|contenus?|actualit[ée]s|nouvelles|informations|sujets) (?:li[ée]e?s?|similaires?|associ[ée]e?s?|connexes?|en relation|en lien|sur le m[êe]me sujet)|(?:(?:les|nos) |d['’])?autres (?:articles|nouvelles|actualit[ée]s|informations|infos|d[ée]p[êe]ches|titres|sujets)|plus d['’](?:articles|actualit[ée]s|infos|informations)(?=\s*$)|(?:articles|contenus|sujets) recommand[ée]s|recommand[ée]s? pour vous|nous vous recommandons|(?:ces articles|cela) (?:peu(?:ven)?t|pourrai(?:en)?t) (?:aussi |[ée]galement )?vous int[ée]resser|vous (?:pourriez|pouvez) (?:aussi |[ée]galement )?(?:[êe]tre int[ée]ress[ée]e?s?|lire)|pour aller plus loin|en savoir plus|(?:(?:dans|de) (?:la|le) |du )?m[êe]me (?:rubrique|dossier|cat[ée]gorie|section)|(?:aussi |toujours |plus )?dans (?:cette|la) rubrique|nos suggestions|suggestions|vous (?:aimerez|aimeriez|pourriez aimer|pourriez aussi aimer)|[àa] d[ée]couvrir aussi|en lien avec|read more|related( news| articles| content| stories)?|see more|more stories|(?:tin|b[àa]i|b[àa]i vi[ếe]t|tin t[ứu]c) li[êe]n quan|(?:tin|b[àa]i) kh[áa]c|tin c[ùu]ng chuy[êe]n m[ụu]c|xem th[êe]m|đọc th[êe]m)(?![\p{L}\d])/iu;
/** "most read", front-page picks: ranked or short lists, not stories related to this one */
export const SIDE_LABEL =
  /^(les? plus lus?|les plus lues|plus lus|les articles les plus (?:lus|consultés)|à la une|a la une|les plus populaires|populaires|les plus consultés|les plus commentés|tendances|most (read|viewed|popular)|trending|(?:tin |bài )?(?:đọc|xem) nhiều(?: nhất)?|(?:tin )?(?:mới nhất|nổi bật)|derni[eè]res? (nouvelles|informations|actualités|minutes)|derniers articles|(?:entr[ée]es|billets|articles|nouvelles|messages|publications|posts|actualit[ée]s) r[ée]cent(?:e|s|es)\b|en continu|fil (info|d['’]actualités?)|latest( news)?|tin mới|(le )?choix de (l['’]éditeur|la rédaction)|sélection de la rédaction|editor['’]s picks)/i;
/** A box named for a medium alone ("Vidéo", "Photos"): the site's rubric of it, when another box is the feed. */
const MEDIA_LABEL = /^(?:vid[ée]os?|multim[ée]dias?|photos?|podcasts?|infographies?|e-?magazines?)$/i;
// (a date's archive, "/archive/2026/02", "/2025/11/", lists a month's stories; it is none of them)
const NOT_STORY_PATH =
  /(?:^|[/-])(?:tags?|topics?|search|tim-kiem|rss|author|tac-gia)(?:\d+|\/|\.|$)|(?:^|\/)page\/\d|\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34])$|(?:^|\/)archives?\/\d{4}(?:\/\d{1,2}){0,2}\/?$|\/(?:19|20)\d{2}\/\d{1,2}(?:\/\d{1,2})?\/?$/i;

/**
 * What opens another page: links, any element with a data-href (the buttons and cards a
 * script-built page opens a story with; a comment box's data-href is the page's own address,
 * which storyAddress never takes for another story), and a web component with an href of its
 * own (Ionic's <ion-item href>; not a stylesheet's, an image map's or an SVG icon's).
 */
/**
 * The attributes a script opens a card's story from ("<button data-url onclick="location.href=
 * this.dataset.url">"); a share button's or a comment box's is the page's own address, which
 * storyAddress never takes for another story, an image's a picture's file, a "load more" button's a
 * listing's page, which it never takes either.
 */
export const SCRIPT_LINK_ATTRIBUTES = ['data-href', 'data-url', 'data-link'];
/** Elements a script opens a page from, by one of SCRIPT_LINK_ATTRIBUTES. */
export const SCRIPT_LINKS = SCRIPT_LINK_ATTRIBUTES.map((name) => `[${name}]`).join(', ');
export const LINKS = `a[href], ${SCRIPT_LINKS}, [href]:not(link, base, area, use, image)`;

/** The attribute an element leads to a page by: its href, else the first script's attribute it has. */
export function linkAttributeOf(el: Element): string | null {
  if (el.hasAttribute('href')) return 'href';
  return SCRIPT_LINK_ATTRIBUTES.find((name) => el.hasAttribute(name)) ?? null;
}

export function hrefOf(el: Element): string | null {
  const name = linkAttributeOf(el);
  return name ? el.getAttribute(name) : null;
}

/** Does a script open a story from this element (a card, a button)? */
export function opensByScript(el: Element): boolean {
  return SCRIPT_LINK_ATTRIBUTES.some((name) => el.hasAttribute(name));
}

/**
 * A page's address without its query and fragment: what a link to the page itself points to (a
 * script's address keeps the parameters that name its story: "/index.php?id=83182").
 */
export function pageKey(base: string): string {
  try {
    // (a copy in an archive or a viewer is the story it carries: its links to that story are to itself)
    const outer = new URL(base);
    return addressKey(carriedVnaUrl(outer) ?? outer);
  } catch {
    return '';
  }
}

/** The story address a link points to (origin and path), or null when it is not another story on a VNA host. */
export function storyAddress(href: string | null, base: string, self: string): string | null {
  const abs = absoluteUrl(href, base);
  if (!abs) return null;
  // (the address is parsed once: a viewer's or a redirector's carried story, else the link's own)
  const outer = new URL(abs);
  const u = carriedVnaUrl(outer) ?? outer;
  // (a partner agency, an embassy or a reader app that carries VNA's stories links its other
  // copies on its own host: the page's host is a story host as VNA's are)
  if (!isVnaHost(u.hostname) && !sameSite(u.hostname, base)) return null;
  const path = u.pathname;
  if (NOT_STORY_PATH.test(path)) return null;
  // a story's address carries its slug (three words or more) or its number, in its path or, for a
  // script's address ("/index.php?option=com_content&id=62713:vietnam-et-japon-…"), in a story's
  // parameter of its query
  const query = storyQuery(u);
  if (!query && (path.length < 8 || !STORY_IN_PATH.test(path))) return null;
  if (query && /(?:^|[?&])(?:view|task|layout)=(?:category|section|search|tag)/i.test(u.search)) return null;
  const key = addressKey(u);
  return key === self ? null : key;
}

/**
 * A story's address as a key: origin, path and the story's own parameters; a trailing slash and an
 * AMP copy's path are none of it (a card's picture links "…/1291394.html/", its title
 * "…/1291394.html": one story).
 */
function addressKey(u: URL): string {
  return u.origin + withoutAmpPath(withoutTrailingSlashes(u.pathname)) + storyQuery(u);
}

/** Is `host` the web host of the page at `base` ("www." aside)? */
function sameSite(host: string, base: string): boolean {
  try {
    const page = new URL(base);
    const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
    // (a saved file's page, "file:///…", has no host: it makes no link a story's)
    return /^https?:$/.test(page.protocol) && !!page.hostname && bare(host) === bare(page.hostname);
  } catch {
    return false;
  }
}

/** Is an element a level of the page's boxes: not a <tbody>, nor a wrapper around one box alone? */
function isLevel(el: Element | null): boolean {
  return !!el && el.tagName !== 'TBODY' && el.childElementCount !== 1;
}

/**
 * The short line that names a run: just before its first teaser, or (when the run opens its
 * box) just before the box, a few levels up. Returns the label's element too: it goes with the run.
 */
function labelOf(firstItem: Element): { label: string; labelEl: Element | null } {
  // (a table's <tbody>, which the parser writes when the page does not, is no level of its own,
  // nor a wrapper around one box alone: a page builder nests a grid in four of them)
  for (
    let el: Element | null = firstItem, up = 0, steps = 0;
    el && up < 4 && steps < 12;
    el = el.parentElement, up += isLevel(el) ? 1 : 0, steps++
  ) {
    // (a box may carry its name for assistive technology only: <ul aria-label="À lire aussi">,
    // <ul title="…">; taken when it is a feed's or a side list's name)
    // (labels read in composed form: a Vietnamese label may be written in letters and combining
    // marks, "Đọc nhiều" as "Đọc nhiều")
    const named = up > 0 ? composed(accessibleName(el)) : '';
    if (FEED_LABEL.test(named) || SIDE_LABEL.test(named)) return { label: named, labelEl: null };
    // (a few siblings back at most: a gallery has thousands of empty ones)
    for (let s = el.previousElementSibling, n = 0; s && n < LABEL_SIBLINGS; s = s.previousElementSibling, n++) {
      // (a box of the same kind before it, with links of its own, is another column of one grid,
      // not its name; a "row" holding only the heading is: "<div class=row><h2>Voir plus</h2></div>")
      if (el.className && s.tagName === el.tagName && s.className === el.className && s.querySelector(LINKS)) continue;
      // (or a heading drawn as a picture, named by its alt: "<img alt="Voir plus">")
      const shown = withoutSectionNumber(withoutPermalink(textOf(s), { hash: true }));
      const pictured = shown ? '' : pictureName(s);
      const t = composed(shown || pictured);
      // (a carousel's "Précédent ◀ Suivant ▶" buttons name nothing, nor a table's column heads,
      // "Date Titre Description")
      if (!t || (shown && onlyTextIn(s, 'button, [role="button"]')) || s.tagName === 'THEAD') continue;
      // (a sentence that introduces the list, "Pour aller plus loin, d'autres articles … :", is no
      // name of it: the box's heading above may be)
      if (t.length > 60 && t.length <= 300 && /:$/.test(t) && !s.querySelector(LINKS)) continue;
      return t.length <= 60 && (pictured || !s.querySelector('img, amp-img'))
        ? { label: t, labelEl: s }
        : { label: '', labelEl: null };
    }
  }
  return { label: '', labelEl: null };
}

/** The alt of the one picture a box of no words shows: a heading drawn as an image. */
function pictureName(box: Element): string {
  const pictures = box.matches('img') ? [box] : [...box.querySelectorAll('img')];
  return pictures.length === 1 ? (pictures[0]?.getAttribute('alt') ?? '').trim() : '';
}

/** A numbered section's heading without its number: "2. Voir plus", "II. Lire aussi" (a document export's). */
function withoutSectionNumber(t: string): string {
  return t.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s*(?=\p{L})/u, '');
}

/** What a box's aria-label, aria-labelledby or title attribute names it, or '' */
function accessibleName(el: Element): string {
  const by = el.getAttribute('aria-labelledby');
  const named = by ? el.ownerDocument.getElementById(by.split(/\s+/)[0] ?? '') : null;
  const name = (named ? textOf(named) : null) ?? el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
  return name.trim().slice(0, 60);
}

/** The box's own words (text nodes with letters) right before this child, or '' */
function wordsBefore(child: Element): string {
  let words = '';
  for (let n = child.previousSibling; n && n.nodeType !== 1; n = n.previousSibling)
    if (n.nodeType === 3) words = (n.textContent ?? '') + words;
  return hasLetter(words) ? words.trim() : '';
}

/**
 * What goes out of the page with a run that shares its box: its span, and the words between its
 * elements on their lines ("<a>…</a> (16 mars 2015)<br>"; after its last element, a short tail only).
 */
export function runNodes(run: FeedRun): Node[] {
  const out: Node[] = [];
  run.span.forEach((el, k) => {
    out.push(el);
    const tail: Node[] = [];
    for (let n = el.nextSibling; n && n.nodeType !== 1; n = n.nextSibling) tail.push(n);
    const last = k === run.span.length - 1;
    if (!last || tail.reduce((len, n) => len + (n.textContent ?? '').trim().length, 0) <= MAX_LINE_TAIL)
      out.push(...tail);
  });
  return out;
}

/**
 * Does the run make up its whole box (so the box goes with it)? Every child element in its span
 * and no words of the box's own.
 */
export function isWholeBox(run: FeedRun): boolean {
  // (a box's top story over the list, its last one under it, sit beside the list's box: besideTeaser)
  if (run.span.filter((el) => el.parentElement === run.container).length !== run.container.childElementCount)
    return false;
  for (const n of run.container.childNodes) if (n.nodeType === 3 && hasLetter(n.textContent ?? '')) return false;
  return true;
}

/**
 * A box's top story, shown over the list of the others ("<div class=box><h2>Articles liés</h2>
 * <div class=top><img/><h3><a>Titre</a></h3><p>Résumé…</p></div><ul><li><a>…</a></li>…</ul></div>"),
 * or its last one, in a list of its own under a grid of the others that ends the box. The block
 * right before (after) the run's list, when the run opens (ends) the list: one other story, its
 * title with a picture or a summary (a lone link there is the box's own "Voir plus" heading).
 */
function besideTeaser(
  container: Element,
  run: Element[],
  side: 'previousElementSibling' | 'nextElementSibling',
  only: Map<Element, string | null>,
  firstLink: Map<Element, Element>,
  keep: Element | null,
): Element | null {
  const block = container[side];
  const before = side === 'previousElementSibling';
  if (!block || (before ? run[0] !== container.firstElementChild : run[run.length - 1] !== container.lastElementChild))
    return null;
  // (after the run: a list of one story that ends the box; not a "most read" pick, a dossier's card)
  if (!before && (block.nextElementSibling || !/^[OU]L$/.test(block.tagName) || block.childElementCount !== 1))
    return null;
  // (a card: not a line of running text that links a few words, "<p>… la <a>réunion</a> …</p>")
  if (block.tagName === 'P' || TEXT_LEVEL.has(block.tagName)) return null;
  const address = only.get(block);
  if (!address || run.some((item) => only.get(item) === address)) return null;
  if ((keep && block.contains(keep)) || textOf(block).length > MAX_TEASER_CHARS) return null;
  const title = teaserTitleLength(block, firstLink.get(block) ?? null);
  if (title < MIN_TITLE_CHARS) return null;
  return holdsPicture(block) || textOf(block).length >= title + MIN_TITLE_CHARS * 2 ? block : null;
}

/** Files a run as the feed, a side box or a medium's rubric; returns the list it went to. */
function classify(
  container: Element,
  items: Element[],
  span: Element[],
  firstLink: Map<Element, Element>,
  feed: FeedRun[],
  side: FeedRun[],
  media: FeedRun[],
): FeedRun[] {
  const { label, labelEl } = labelOf(items[0] as Element);
  const run = { container, items, span, label, labelEl };
  const isFeedLabel = FEED_LABEL.test(label);
  // (a headline's length: a whole card as one link, its summary inside, says more than a title)
  const linkOnly = items.every((i) => {
    const text = textOf(i);
    return text === textOf(firstLink.get(i)) && text.length <= MAX_LINK_TITLE && !BRACKETED_DATE.test(text);
  });
  const ranked = container.tagName === 'OL' || container.closest('aside, nav, header, footer') !== null;
  const list =
    SIDE_LABEL.test(label) || (!isFeedLabel && (ranked || (linkOnly && items.length <= 5)))
      ? side
      : MEDIA_LABEL.test(label)
        ? media
        : feed;
  list.push(run);
  return list;
}

/** A table layout's spacer image by its file: "spacer.gif", "blank.gif", "pixel.gif", "transparent.png", "1x1.gif". */
const SPACER = /(?:^|[/_-])(?:spacer|blank|pixel|transparent|1x1)\.(?:gif|png)$/i;

/** Does el show a picture: an image that is no spacer between a table layout's rows? */
function holdsPicture(el: Element): boolean {
  for (const img of el.querySelectorAll('img, amp-img')) {
    // (a size written, of a few pixels; an empty width="" says none)
    const small = ['width', 'height'].some((a) => {
      const size = (img.getAttribute(a) ?? '').trim();
      return /^\d+$/.test(size) && Number(size) <= 10;
    });
    if (!small && !SPACER.test((img.getAttribute('src') ?? '').split('?')[0] ?? '')) return true;
  }
  return false;
}

/**
 * An ad's class names: "ad", "ads", "advert…", "sponsor…", "pub", "lfr-ad", "ad-slot", "native-ad",
 * "adslot", and a list item's modifier that says so ("rp-list__item--ad", "card--sponsored").
 */
const AD_CLASS =
  /^(?:ads?|advert\w*|sponsor\w*|pub|publicite|adsbygoogle|adslot[\w-]*|[\w-]*[-_](?:ads?|adslot|sponsored|advert\w*)|ads?-\w+)$/i;
/** A box that only names what it holds as an ad: "Publicité", "Annonce", "Sponsorisé". */
const AD_LABEL = /^(?:publicit[ée]|annonce|advertisement|sponsoris[ée]e?|contenu sponsoris[ée])$/i;

/** An ad: marked so by its class or its data-ad-* attributes, holding a sponsored link, or only an ad's label. */
function isAd(el: Element): boolean {
  if (hasClassMatching(el, AD_CLASS)) return true;
  if ([...el.attributes].some((a) => a.name === 'data-ad' || a.name.startsWith('data-ad-'))) return true;
  return !!el.querySelector('a[rel~="sponsored"]') || (AD_LABEL.test(textOf(el)) && !el.querySelector(LINKS));
}

/** A headline's length: more than a label, less than a summary. */
const MAX_LINE_TITLE = 200;

/**
 * The card's first line of text of a headline's length, past a date, a short label and a caption
 * in its picture's box: the title of a card whose links say nothing.
 */
export function firstTextLine(item: Element): string {
  for (const el of item.querySelectorAll('*')) {
    if (el.childElementCount) continue;
    const t = textOf(el);
    // (past a date and a short rubric label over the headline: "12/05/2025", "Société")
    if (
      !t ||
      t.length < MIN_TITLE_CHARS ||
      isDateLine(t) ||
      el.parentElement?.querySelector(':scope > img, :scope > picture')
    )
      continue;
    // (a summary's length first: the card names no headline)
    return t.length <= MAX_LINE_TITLE ? t : '';
  }
  return '';
}

/** How long the teaser's title is: its heading, or its link's text or title (an image link comes first in many cards). */
function teaserTitleLength(item: Element, link: Element | null): number {
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6');
  if (heading) return textOf(heading).length;
  // (an overlay link says its headline to assistive technology only: <a aria-label="Titre"></a>)
  const longest = (link?.getAttribute('title') || link?.getAttribute('aria-label') || '').trim().length;
  let shown = 0;
  for (const a of item.matches(LINKS) ? [item] : item.querySelectorAll(LINKS))
    shown = Math.max(shown, textOf(a).length);
  // (a card whose links show no words, an icon's or a hidden picture's, is titled by its first line;
  // one that shows no words at all, by its one picture's alt)
  const line = shown ? 0 : firstTextLine(item).length;
  return Math.max(longest, shown, line, shown || line ? 0 : onlyPictureAlt(item).length);
}

/** The alt of a box's one picture (an <img>, an AMP page's <amp-img>), or '' when it has none or several. */
export function onlyPictureAlt(box: Element): string {
  const pictures = box.querySelectorAll('img, amp-img');
  return pictures.length === 1 ? squeeze(pictures[0]?.getAttribute('alt') ?? '') : '';
}

/**
 * Runs of teasers in the page: `feed` (related stories) and `side` (most-read boxes, ranked or
 * short link-only lists: noise, never stories). `keep`: the article's title or body; a block
 * holding it is never a teaser.
 */
export function feedRuns(doc: Document, base: string, keep: Element | null): { feed: FeedRun[]; side: FeedRun[] } {
  const feed: FeedRun[] = [];
  const side: FeedRun[] = [];
  const media: FeedRun[] = [];
  const body = doc.body;
  if (!body) return { feed, side };
  const self = pageKey(base);
  // each block up to MAX_UP levels above a story link: the one address it holds (null: several)
  const only = new Map<Element, string | null>();
  const firstLink = new Map<Element, Element>();
  let n = 0;
  // (a script-built page may make a card a button that opens its story: data-href, data-url)
  for (const a of body.querySelectorAll(LINKS)) {
    if (++n > MAX_LINKS) break;
    // (a <noscript> holds text in a browser that runs scripts, as the reader's does: no link there)
    if (a.closest('noscript')) continue;
    const address = storyAddress(hrefOf(a), base, self);
    if (!address) continue;
    let el: Element | null = a;
    // (a table's <tbody> and a wrapper around one box alone are no level of their own: an e-mail's
    // card nests its link in a dozen of them)
    for (
      let up = 0, steps = 0;
      el && el !== body && up <= MAX_UP && steps <= MAX_STEPS;
      el = el.parentElement, up += isLevel(el) ? 1 : 0, steps++
    ) {
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
    // (a box that says what it holds — "À lire aussi" — may hold only two stories; not one card's
    // image link and title link, nor a sentence that links a few words)
    if (blocks.length < MIN_LABELLED_RUN) continue;
    if (blocks.length < MIN_RUN && new Set(blocks.map((b) => only.get(b))).size < MIN_LABELLED_RUN) continue;
    const items = new Set(
      blocks.filter(
        (b) =>
          (!keep || !b.contains(keep)) &&
          textOf(b).length <= MAX_TEASER_CHARS &&
          teaserTitleLength(b, firstLink.get(b) ?? null) >= MIN_TITLE_CHARS,
      ),
    );
    // (two teasers may be a box's only ones when its other links are no headlines: a copy's "Source"
    // link, a picture's)
    const min = items.size >= MIN_RUN ? MIN_RUN : MIN_LABELLED_RUN;
    if (items.size < min) continue;
    if (min < MIN_RUN) {
      const two = [...items];
      // (a card: its title, and a short summary of its own; not a sentence linking a few words)
      const shaped = two.every((b) => {
        const link = firstLink.get(b) ?? null;
        const sentence = link?.closest('p');
        const inSentence = !!sentence && textOf(sentence).length > textOf(link).length * 2 && !isLinkList(sentence);
        const summary = textOf(b).length - teaserTitleLength(b, link);
        return b.tagName === two[0]?.tagName && !inSentence && summary <= MAX_CARD_SUMMARY;
      });
      if (!shaped || !labelSaysFeed(two[0] as Element)) continue;
    }
    // runs of consecutive teasers among the box's children (a line of text breaks a run; empty
    // elements, scripts and ads between teasers do not; nor a teaser's own date after it on its
    // line, up to its <br>)
    let run: Element[] = [];
    let span: Element[] = [];
    let spanEnd = 0;
    let lineOpen = false;
    // (a run's teasers lead to as many stories: a card's image, title and "more" link lead to one)
    const stories = () => new Set(run.map((b) => only.get(b)).filter(Boolean)).size;
    // (linked subheadings with their summaries are a feed under a heading that names one; without
    // it they are the story's own sections: a chronology, an interview's questions)
    let summaries = false;
    const close = () => {
      // (the run's label is read once, and only when asked: labelOf walks up the page)
      let label: boolean | undefined;
      const labelled = () => (label ??= labelSaysFeed(run[0] as Element));
      // (a run that says what it is, "À lire aussi :", may hold two stories in a box that has more
      // links: a copy's "Source" link to the story itself)
      const long = run.length >= min && stories() >= min;
      const named = run.length >= MIN_LABELLED_RUN && stories() >= MIN_LABELLED_RUN && labelled();
      // (">> Titre" lines among the story's paragraphs are its inline links, however many in a row)
      if ((long || named) && (!summaries || labelled()) && !inlineRun(run)) {
        const kept = classify(container, run, span.slice(0, spanEnd), firstLink, feed, side, media);
        // (the box's top story over the run, or its last story under it, joins a run of related
        // stories read as one without it)
        const added = kept === feed ? feed[feed.length - 1] : undefined;
        const lead = added ? besideTeaser(container, run, 'previousElementSibling', only, firstLink, keep) : null;
        const last = added ? besideTeaser(container, run, 'nextElementSibling', only, firstLink, keep) : null;
        if (added) {
          if (lead) {
            added.items.unshift(lead);
            added.span.unshift(lead);
          }
          if (last) {
            added.items.push(last);
            added.span.push(last);
          }
        }
      }
      summaries = false;
      run = [];
      span = [];
      spanEnd = 0;
      lineOpen = false;
    };
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
      // (words of the box's own between two elements: the links are in running text; not a
      // teaser's own tail on its line, "(16 mars 2015)")
      const words = wordsBefore(c);
      if (words && !(lineOpen && words.length <= MAX_LINE_TAIL)) close();
      let extends_ = false;
      if (items.has(c)) {
        // (a definition list's first teaser has its label <dt> before it: the run's span opens there)
        const label = run.length ? null : c.previousElementSibling;
        if (label && isTeaserLabel(label, items)) span.push(label);
        run.push(c);
        extends_ = true;
        // (a link or a phrase is a line of the box: its line goes on up to a <br>)
        lineOpen = c.tagName === 'A' || TEXT_LEVEL.has(c.tagName);
      } else if (c.tagName === 'BR') {
        extends_ = lineOpen;
        lineOpen = false;
      } else if (lineOpen && TEXT_LEVEL.has(c.tagName) && (textOf(c).length <= MAX_LINE_TAIL || printedAddress(c)))
        extends_ = true;
      // a definition list's teaser is its linked <dt> and the <dd> (summary, date) after it
      // (several: "<dt><a>Title</a></dt><dd class="date">…</dd><dd class="sapo">…</dd>")
      else if (c.tagName === 'DD' && run.length > 0 && /^D[TD]$/.test(run[run.length - 1]?.tagName ?? '')) {
        run.push(c);
        extends_ = true;
      }
      // a linked subheading's summary after it (summaryAfterHeading)
      else if (run.length > 0 && summaryAfterHeading(run[run.length - 1] as Element) === c) {
        run.push(c);
        extends_ = true;
        summaries = true;
      }
      // …and a <dt> without a link is the label of the teaser <dd> after it, its date at times:
      // "<dt><time>12/09/2024</time></dt><dd><a>Title</a></dd>"
      else if (isTeaserLabel(c, items)) extends_ = true;
      else if (keep && c.contains(keep)) {
        close();
        continue;
      }
      // (a teaser's date on a line of its own under its title's: "<a>Titre</a><br><font>04/02/2015</font><br>")
      else if (run.length > 0 && !lineOpen && TEXT_LEVEL.has(c.tagName) && isDateLine(textOf(c))) {
        extends_ = true;
        lineOpen = true;
      }
      // (a sponsored card or an ad slot between teasers, in the teasers' own markup at times)
      else if (isAd(c)) {
        // (in the span between two teasers; never its end)
      } else if (textOf(c) || holdsPicture(c)) {
        close();
        continue;
      }
      if (!run.length) continue;
      span.push(c);
      if (extends_) spanEnd = span.length;
    }
    close();
  }
  // (a feed in two parts: its cards, then a list of bare titles right after their box, with no
  // name of its own, goes on with the feed; an ad may stand between the two)
  for (const run of [...side]) {
    if (run.label) continue;
    const prev = partBefore(run.container, keep);
    const at = prev ? feed.findIndex((f) => f.container === prev || prev.contains(f.container)) : -1;
    if (at < 0) continue;
    side.splice(side.indexOf(run), 1);
    feed.splice(at + 1, 0, { ...run, label: feed[at]?.label ?? '' });
  }
  // (a "Vidéo" box is the site's rubric beside a feed of related stories; alone, it is the feed)
  (feed.length ? side : feed).push(...media);
  return { feed, side };
}

/** Wrappers a box opens: a feed's second part may sit a few of them down. */
const MAX_WRAPPERS = 3;

/**
 * The feed's first part a box may go on, when it has no name of its own: the block right before
 * it, ad slots passed ("<div><h2>Même rubrique</h2><ul>…</ul></div><div class=ad>…</div><ul>…</ul>"),
 * or before the wrappers it opens, when they mirror that block (same tag, a class in common:
 * "news-related-wrap" and "news-related-wrap cont"), never a block holding the story (a sidebar's
 * first box opens its column, the one before it holds the story and its feed).
 */
function partBefore(box: Element, keep: Element | null): Element | null {
  const wrapper = openedWrapper(box, MAX_WRAPPERS);
  if (!wrapper) return null;
  let prev = wrapper.previousElementSibling;
  while (prev && isAd(prev)) prev = prev.previousElementSibling;
  if (!prev || (keep && prev.contains(keep))) return null;
  return wrapper === box || sameKind(wrapper, prev) ? prev : null;
}

/** Two boxes of one kind: the same tag and a class in common. */
function sameKind(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const classes = new Set(a.classList);
  return [...b.classList].some((c) => classes.has(c));
}

/**
 * Does the label over a run's first teaser name a feed ("Autres articles")? A grid table's cells
 * are labelled by the row above them, or, past the first row, by the heading over the table (a
 * Drupal views grid's second row).
 */
function labelSaysFeed(first: Element): boolean {
  if (FEED_LABEL.test(labelOf(first).label)) return true;
  const table = first.tagName === 'TD' ? first.closest('table') : null;
  return !!table && FEED_LABEL.test(labelOf(table).label);
}

/**
 * A paragraph that is a list of links, flattened: its label in bold at most ("Voir aussi :"), the
 * links, and separators (" · ", " | ") or their printed addresses between them; no words of its own.
 */
function isLinkList(p: Element): boolean {
  let rest = p.textContent ?? '';
  for (const el of p.querySelectorAll('a, strong, b')) rest = rest.replace(el.textContent ?? '', '');
  return !hasLetter(rest.replace(PRINTED_ADDRESS, ''));
}
/** A print view's address after a link: "(https://lecourrier.vn/…/129491.html)". */
const PRINTED_ADDRESS = /\(?\s*https?:\/\/\S+?\s*\)?(?=\s|$)/g;
function printedAddress(el: Element): boolean {
  const text = textOf(el);
  return text !== '' && !text.replace(PRINTED_ADDRESS, '').trim();
}

/**
 * A flattened card (a reader view, a feed reader's copy): a linked subheading, then its summary in
 * one short paragraph with no link of its own (or a table's title row and the row under it). That
 * paragraph, or null.
 */
export function summaryAfterHeading(heading: Element): Element | null {
  const next = heading.nextElementSibling;
  if (!next) return null;
  // (or a table's row of a linked title, its summary in the row under it: "<tr><td><a>Titre</a>
  // [29/07/2011]</td></tr><tr><td>Résumé…</td></tr>", an old portal's list)
  const row = heading.tagName === 'TR' && next.tagName === 'TR' && !!heading.querySelector(LINKS);
  if (!row && (!/^H[2-6]$/.test(heading.tagName) || (next.tagName !== 'P' && next.tagName !== 'DIV'))) return null;
  const text = textOf(next);
  // (a row's summary is a sentence: not the next box's label, "Sur le même sujet", in a row of its own)
  if (row && (text.length < MIN_ROW_SUMMARY || FEED_LABEL.test(text) || SIDE_LABEL.test(text))) return null;
  return text && text.length <= MAX_CARD_SUMMARY && !next.querySelector(LINKS) ? next : null;
}

/**
 * A definition list's <dt> of a few words, a date ("<time>", "12/09/2024") or a source, right before
 * a teaser <dd> that opens on its headline's link: that teaser's label. (A chronology's <dd>s say
 * what happened, in words around their links: no teasers.)
 */
function isTeaserLabel(c: Element, items: Set<Element>): boolean {
  const next = c.nextElementSibling;
  if (c.tagName !== 'DT' || next?.tagName !== 'DD' || !items.has(next) || c.querySelector(LINKS)) return false;
  const label = textOf(c);
  const link = next.querySelector(LINKS);
  // (a few words, its date or its source, "12 juillet 2023 · VietnamPlus", "Le Courrier du Vietnam",
  // over a <dd> that opens on its headline's link, its summary after it or not; a chronology's
  // <dd> says what happened in words before its link)
  const dd = textOf(next);
  // (and says nothing in words of its own around them: a glossary's or a chronology's <dd>,
  // "<a>Accord…</a>, signé en 2018 par onze pays", goes on in its own words)
  const ownWords = [...next.childNodes].some((n) => n.nodeType === 3 && hasLetter(n.textContent ?? ''));
  return (
    !ownWords &&
    label.length <= MAX_LINE_TAIL &&
    !!link &&
    textOf(link).length >= MIN_TITLE_CHARS &&
    dd.startsWith(textOf(link)) &&
    (!!c.querySelector('time') || DT_DATE.test(label) || dd === textOf(link) || !/\d/.test(label))
  );
}
const DT_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:er)?\s+\p{L}{3,9}\.?\s+\d{4})(?:$|\s*[·|,–-]\s*\S)/u;
