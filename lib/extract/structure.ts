// The article's title, lead and date line found from the page's metadata and structure, not from
// class names: the path that answers when no known layout does (a redesign, an edition we have
// never seen). Metadata first (JSON-LD NewsArticle, microdata, og:*), then the page itself: the
// title is the heading that says what og:title / <title> says, whatever its level; the lead is
// the short standfirst between the title and the body.

import { isVnaUrl, storyQuery } from '../hosts';
import { foldKey } from '../text/fold';
import { MAX_CAPTION } from './captions';
import { datelineOf } from './dateline';
import { pageKey } from './feed-runs';
import { INLINE_MARK } from './inline-lines';
import { forScreenReaders, hiddenByMarkup } from './marked-parts';
import { isNonStoryLine } from './non-story-lines';
import { creditedDate, fromVietnameseDateText, VNA_OUTLET } from './published';
import {
  BLOCKISH,
  FOLLOWING,
  hasClassMatching,
  hasLetter,
  holdsRunningText,
  onlyTextIn,
  ownTextBetween,
  sameTextKey,
  squeeze,
  textOf,
  wholly,
  withoutPermalink,
} from './text';

export interface PageMeta {
  title: string | null;
  description: string | null;
}

const metaContent = (doc: Document, selector: string) =>
  squeeze(doc.querySelector(selector)?.getAttribute('content') ?? '') || null;

/** headline and description of the first JSON-LD Article-like object (bounded: hostile pages). */
function jsonLdFields(doc: Document): PageMeta {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue;
    try {
      const found = findArticle(JSON.parse(raw), 0);
      if (found) return found;
    } catch {
      // malformed JSON-LD is common
    }
  }
  return { title: null, description: null };
}

function findArticle(node: unknown, depth: number): PageMeta | null {
  if (depth > 4 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const f = findArticle(n, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj['@type'] === 'string' && /Article|BlogPosting|Report/.test(obj['@type']) && obj.headline) {
    const str = (v: unknown) => (typeof v === 'string' ? squeeze(v) || null : null);
    return { title: str(obj.headline), description: str(obj.description) };
  }
  return findArticle(obj['@graph'], depth + 1);
}

/** "<headline> | Vietnam+ (VietnamPlus)" → the headline: the site's name is the short side. */
function fromTitleTag(doc: Document): string | null {
  // (a hostile page's <title> can be megabytes: a headline is never past 500 characters)
  // ("… (1/2)": which page of a story split in pages is no part of its headline)
  const t = rawTitle(doc);
  // "<headline> | Version imprimable | VietnamPlus", "Photoreportage | <headline> | VietnamPlus":
  // headlines have no "|"; the others are the site's name and its tagline, a rubric, the kind of
  // page, and the headline is the longest part before the site's name
  const parts = t.split(/\s+\|\s+/);
  if (parts.length > 2) {
    // (what follows the site's name is its tagline: "… | Le Courrier du Vietnam | Quotidien francophone…")
    const site = parts.findIndex((p) => namesSite(p, doc));
    const own = site > 0 ? parts.slice(0, site) : parts.filter((p) => !namesSite(p, doc));
    return (own.length ? own : parts).reduce((a, b) => (b.length > a.length ? b : a)) || null;
  }
  // "VietnamPlus - <headline>", "Le Courrier du Vietnam: <headline>": the site's name first, when
  // that side names the site (read first: the headline itself may hold " - ", "Vietnam - Laos")
  const p = /^([^|–—:-]{2,40}?)(?:\s+[|–—-]|\s*:)\s+(.{12,})$/.exec(t);
  // (and the kind of page after it: "VNA - <headline> - Version imprimable")
  if (p && namesSite(p[1] ?? '', doc)) return (p[2] ?? '').replace(PAGE_KIND_AFTER, '') || null;
  // (a "|" first: "<headline> | Vietnam+ - Édition française"; else the site's name after the last
  // dash: "Vietnam - Suisse : … - Miniflux" keeps the headline's own)
  const m = /^(.{12,}?)\s+\|\s+([^|]{2,45})$/.exec(t) ?? /^(.{12,}?)\s+[–—-]\s+((?:(?!\s-\s)[^|–—]){2,45})$/.exec(t);
  if (m) return m[1] ?? null;
  // (or glued to it by an underscore, as Chinese portals write it: "<headline>_French.xinhuanet.com")
  const glued = /^(.{12,}?)_[^\s_]{2,40}$/.exec(t);
  if (glued) return glued[1] ?? null;
  return t || null;
}

/** A print view's or a mobile view's label after the headline: " - Version imprimable", " | Print". */
const PAGE_KIND_AFTER =
  /\s+[|–—-]\s+(?:version\s+(?:imprimable|mobile|texte)|imprimer|print(?:able)?(?:\s+version)?)$/i;

/**
 * The headline's words: the title element's text, without its permalink; a heading that says the
 * whole <title> ("X | Société | Vietnam+ (VietnamPlus)", a clipped note's title) says the headline
 * the <title> wraps, without the rubric and the site's name after it.
 */
export function headlineText(titleEl: Element): string {
  const text = withoutPermalink(textOf(withoutFlags(titleEl)));
  const doc = titleEl.ownerDocument;
  if (!text.includes('|') || sameTextKey(text) !== sameTextKey(rawTitle(doc))) return text;
  const core = fromTitleTag(doc);
  return core && core.length < text.length && text.startsWith(core) ? core : text;
}

/** An ordinal's or an abbreviation's ending set in superscript: "10<sup>e</sup>", "1<sup>ers</sup>", "M<sup>lle</sup>". */
const ORDINAL_ENDING = /^(?:e|es|er|ers|re|res|ère|ères|ème|èmes|eme|emes|me|mes|nd|nds|nde|ndes|d|lle|lles|gr)$/i;

/**
 * The heading without the flags a CMS sets in superscript beside a headline ("<sup>Mis en
 * avant</sup>", "<sup>Nouveau</sup>"): a copy, when it has one.
 */
function withoutFlags(titleEl: Element): Element {
  // (never one glued to a number or a word before it: an ending, "les 1<sup>ers</sup> Jeux")
  const isFlag = (s: Element) =>
    /\p{L}{3}/u.test(textOf(s)) &&
    !ORDINAL_ENDING.test(textOf(s)) &&
    !/[\p{L}\d]$/u.test(s.previousSibling?.textContent ?? '');
  if (![...titleEl.querySelectorAll('sup')].some(isFlag)) return titleEl;
  const copy = titleEl.cloneNode(true) as Element;
  for (const s of copy.querySelectorAll('sup')) if (isFlag(s)) s.remove();
  return copy;
}

/** The <title> as written, without a page mark: a heading saying all of it is the headline ("TTXVN : 80 ans…"). */
function rawTitle(doc: Document): string {
  return squeeze(doc.querySelector('title')?.textContent ?? '')
    .slice(0, 500)
    .replace(PAGE_MARK, '');
}

/** "(1/2)", "- Page 2", "(page 1)" closing a headline, before the site's name if any. */
const PAGE_MARK =
  /\s*(?:\(\s*\d{1,2}\s*\/\s*\d{1,2}\s*\)|[-–(]\s*page\s+\d{1,2}\s*\)?)(?=\s*(?:[|–—-]\s*[^|–—-]{2,45})?$)/i;

/** The agency's own short names: a <title> part that is only one of these names the site. */
const AGENCY_NAMES = new Set(['vna', 'avi', 'ttxvn', 'cvn']);

/** Does this text name the site: its og:site_name, or a name holding the host's ("VietnamPlus" on fr.vietnamplus.vn)? */
function namesSite(text: string, doc: Document): boolean {
  const key = sameTextKey(text).replace(/[^a-z0-9]/g, '');
  if (key.length < 3) return false;
  if (AGENCY_NAMES.has(key)) return true;
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  if (siteName && sameTextKey(siteName).replace(/[^a-z0-9]/g, '') === key) return true;
  let host = '';
  try {
    host = new URL(doc.URL).hostname;
  } catch {
    return false;
  }
  // the host's name without its edition and country parts: "vietnamplus", "lecourrier" (never a
  // part of it: "Vietnam" does not name fr.vietnamplus.vn), as the whole text, after the short
  // name ("Vietnam+ (VietnamPlus)") or before "du Vietnam" ("Le Courrier du Vietnam"; not "Le
  // courrier des lecteurs")
  const labels = host.split('.');
  const label = labels.length >= 2 ? (labels[labels.length - 2] ?? '') : '';
  if (label.length < 4) return false;
  return key.endsWith(label) || (key.startsWith(label) && /^(?:du)?vietnam$/.test(key.slice(label.length)));
}

export function pageMeta(doc: Document): PageMeta {
  const ld = jsonLdFields(doc);
  const micro = doc.querySelector('[itemprop="headline"]');
  return {
    title:
      metaContent(doc, 'meta[property="og:title"]') ??
      ld.title ??
      (micro ? textOf(micro) || micro.getAttribute('content') : null) ??
      fromTitleTag(doc),
    description:
      metaContent(doc, 'meta[property="og:description"]') ??
      ld.description ??
      metaContent(doc, 'meta[name="description"]') ??
      metaContent(doc, 'meta[itemprop="description"]'),
  };
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [itemprop="headline"]';

/** The heading that says what the metadata's title says, whatever its level; else the first <h1>. */
export function titleElement(doc: Document, meta: PageMeta): Element | null {
  const found = headlineOf(doc, meta);
  // (a print view's heading says "Version imprimable"; its address spells the story's headline)
  const slug = addressSlug(doc);
  const spelled = slug && (!found || !spells(slug, textOf(found))) ? addressHeadline(doc, slug) : null;
  const chosen = spelled ?? found;
  // (on a VNA host the heading the metadata names is the title; with none, a newsletter's large
  // line — a page under a VNA address may be any page, as the end-to-end suite serves them)
  if (isVnaUrl(pageKey(doc.URL))) return chosen ?? unheadedHeadline(doc) ?? titleCoreElement(doc, meta);
  // (a course's or a blog's page quoting a VNA story: its own heading over its own words, then the
  // story's headline right above the story's dateline)
  // (a page whose own headline says nothing its metadata says, a notebook's export: the quoted
  // story's headline is the only one; not the site's <h1> that headlineOf passed over)
  const quoted = quotedStoryHeadline(doc);
  if (!chosen) return quoted?.tagName === 'H1' ? null : (quoted ?? unheadedHeadline(doc));
  return quoted &&
    quoted !== chosen &&
    (ownTextBetween(chosen, quoted) || pageBannerOver(chosen, quoted) || headsQuotedStory(chosen, quoted))
    ? quoted
    : chosen;
}

/**
 * A story pasted whole in a quote (a forum's post) under the page's own heading: the headline at
 * the head of the quote is the story's, the heading outside it the thread's.
 */
function headsQuotedStory(chosen: Element, quoted: Element): boolean {
  const quote = quoted.closest('blockquote');
  return !!quote && !quote.contains(chosen) && holdsRunningText(quote);
}

/** The words of the page's address (its canonical one first), as a slug: the story's headline, most often. */
function addressSlug(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.URL;
  let path: string;
  try {
    path = new URL(href, doc.URL).pathname;
  } catch {
    return null;
  }
  // (the longest part: "/sea-games-33-…-dor/1307757.html" ends on the story's number)
  const last = path
    .split('/')
    .filter(Boolean)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  // ("…-des-70-medailles-dor-post257606.vnp", "…/1307757.html": the story's number is no word)
  const slug = slugOf(last.replace(/\.\w+$/, '').replace(/-?(?:post)?\d{3,}$/, ''));
  return slug.split('-').length >= 5 ? slug : null;
}

/** A text as a news site's slug writes it: folded, apostrophes dropped, words joined by hyphens. */
function slugOf(text: string): string {
  return foldKey(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Does the text say what the address's slug spells (one starts the other, five words at least)? */
function spells(slug: string, text: string): boolean {
  const own = slugOf(text);
  return own.length > 0 && (own.startsWith(slug) || (slug.startsWith(own) && own.split('-').length >= 5));
}

/** The first short line of the page that says what its address spells: the headline no heading gives. */
function addressHeadline(doc: Document, slug: string): Element | null {
  let seen = 0;
  let crumb: Element | null = null;
  const body = doc.body;
  for (const el of body?.querySelectorAll('div, p, span, td, strong, b, h1, h2, h3, h4, h5, h6') ?? []) {
    if (++seen > 3000) break;
    const text = textOf(el);
    if (text.length < 15 || text.length > 250 || el.closest('a, title, script, style')) continue;
    if (el.querySelector('div, p, td, h1, h2, h3, h4, h5, h6') || !spells(slug, text)) continue;
    // (a file's name for screen readers spells it too: "la-moldavie-…-103322.md")
    // (a breadcrumb's last item spells it too, above the headline)
    if ((body && inBreadcrumb(el, body)) || (forScreenReaders(el) && FILE_NAME.test(text))) crumb ??= el;
    else return el;
  }
  return crumb;
}

/** A headline no heading sets: in large type by a dating line, named by a photo, or in display type. */
function unheadedHeadline(doc: Document): Element | null {
  return styledHeadline(doc) ?? photoAltHeadline(doc) ?? largeTypeHeadline(doc) ?? classedHeadline(doc);
}

/** A class that names the story's headline: "article-title", "vna-article-title", "post_headline", "headline". */
const HEADLINE_CLASS =
  /(?:^|[-_])(?:(?:article|post|entry|story|news|detail)[-_]?(?:title|headline)|article[-_]?heading)$|^headline$/i;

/**
 * A headline set in a plain box whose class names it, a script-built page's ("<div
 * class=vna-article-title>"): a short line, no list's item nor a link, with running text after it.
 */
function classedHeadline(doc: Document): Element | null {
  // (the class is read first: a line's text is read only for the few after a named one; and the
  // lines are walked only when some box's class may name a headline)
  if (!doc.body?.querySelector('[class*="title" i], [class*="headline" i], [class*="heading" i]')) return null;
  let found: Element | null = null;
  let after = 0;
  for (const el of innermostLines(doc)) {
    if (found) {
      const length = textOf(el).length;
      if (length > 100) return found;
      if (length > 0 && ++after >= 5) found = null;
      continue;
    }
    if (!hasClassMatching(el, HEADLINE_CLASS)) continue;
    const length = textOf(el).length;
    if (length < 15 || length > 250 || el.closest('a, li, nav, aside')) continue;
    found = el;
    after = 0;
  }
  return null;
}

/** A story's headline under the page's own: an <h2>–<h4>, as a course or a blog quotes it. */
export function isSubheading(el: Element): boolean {
  return /^H[2-4]$/.test(el.tagName);
}

/** A heading of four words or more: a headline, not a section's label. */
function saysSomething(heading: Element): boolean {
  return textOf(heading).split(' ').length >= 4;
}

/**
 * The page's own <h1> over the story it quotes, whose headline is a heading of its own above the
 * story's dateline ("Lecture n° 12 – Diplomatie" over "La 2e consultation politique…"): a
 * headline, not a kicker (five words or more) nor a standfirst set as a heading (a sentence).
 */
function pageBannerOver(chosen: Element, quoted: Element): boolean {
  if (chosen.tagName !== 'H1' || !isSubheading(quoted)) return false;
  const text = textOf(quoted);
  return (
    text.split(' ').length >= 5 &&
    text.length <= 150 &&
    !/[.:]$/.test(text) &&
    sameTextKey(text) !== sameTextKey(textOf(chosen))
  );
}

/**
 * The headline of a VNA story quoted in a page: the heading nearest above the first paragraph that
 * opens on a VNA dateline ("Hanoï (VNA) –") or on a line crediting a VNA outlet with a date ("Le
 * Courrier du Vietnam – 28/10/2025 09:52"), a few lines up at most (a standfirst, a photo, its
 * caption). Null when there is none.
 */
function quotedStoryHeadline(doc: Document): Element | null {
  let seen = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (++seen > 400) return null;
    const text = textOf(p);
    if (!datelineOf(text) && !(text.length <= 120 && creditedDate(text))) continue;
    let el: Element | null = p;
    for (let up = 0; el && up < 10; up++) {
      const prev: Element | null = el.previousElementSibling;
      if (!prev) {
        el = el.parentElement;
        continue;
      }
      // (a section's label, "Texte", "Contenu", is passed over: a headline says something)
      if (prev.matches('h1, h2, h3, h4') && saysSomething(prev)) return prev;
      // (a site builder's tiles: the headline in the box before, over the standfirst and the photo)
      const inner = [...prev.querySelectorAll('h1, h2, h3, h4')].filter(saysSomething).pop();
      if (inner) return inner;
      // (a forum post or a mail pastes the headline as a bold line over the dateline: a few words
      // that end on no stop; a bold standfirst is a sentence)
      if (prev.tagName === 'P' && isBold(prev) && boldHeadline(textOf(prev)) && !underPicture(prev)) return prev;
      if (textOf(prev).length > 400) return null;
      el = prev;
    }
    return null;
  }
  return null;
}

/** A headline's shape for a bold line: a few words that end on no stop (a sentence's) nor on a photo's credit. */
function boldHeadline(text: string): boolean {
  return text.split(' ').length >= 5 && text.length <= 200 && !/[.:;!]$/.test(text) && !PHOTO_CREDIT_END.test(text);
}

/** VNA's CMS names a story's photos after its headline: "<headline> ảnh 1" ("photo 1"). */
const PHOTO_ALT = /^(.{15,300}?)\s*ảnh\s*\d+$/u;

/**
 * A VNA story copied with its photos (a feed reader's pane, a saved page) whose headline is no
 * heading: the element above its first photo that says what the photo's alt text names the story
 * (the last one before it: a reader lists the same headline among the others above).
 */
function photoAltHeadline(doc: Document): Element | null {
  const body = doc.body;
  const img = [...(body?.querySelectorAll('img[alt]') ?? [])].find((i) => PHOTO_ALT.test(i.getAttribute('alt') ?? ''));
  const headline = img && PHOTO_ALT.exec(squeeze(img.getAttribute('alt') ?? ''))?.[1];
  if (!body || !img || !headline) return null;
  const key = sameTextKey(headline);
  let found: Element | null = null;
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.compareDocumentPosition(img) & FOLLOWING)) break;
    const raw = n.textContent ?? '';
    if (raw.length < 8 || raw.length > 400 || sameTextKey(raw) !== key) continue;
    const el = n.parentElement;
    if (!el || el.closest('title, script, style, figure')) continue;
    found = wholeBoxSaying(el, key, body);
  }
  return found;
}

/** Blocks a newsletter writes its lines in, innermost only. */
const LINE_BLOCKS = 'td, th, p, div';
/** A newsletter's story sits near its top: its first lines only are read. */
const MAX_LINE_BLOCKS = 600;
/** A headline's size: larger than a text's (14–16px) by a fair margin. */
const HEADLINE_PX = 18;

/**
 * A newsletter's story headline, set with inline styles instead of a heading (e-mail clients drop
 * stylesheets): a short line in large type (18px or more, on it or its cell) among the few lines
 * around the line that dates the story and credits a VNA outlet. One pass over the page's first
 * lines, which stops three lines past that one.
 */
function styledHeadline(doc: Document): Element | null {
  const lines: Element[] = [];
  let at = -1;
  for (const el of innermostLines(doc)) {
    if (at >= 0 && lines.length > at + 3) break;
    const raw = el.textContent ?? '';
    if (!raw.trim()) continue;
    lines.push(el);
    // (the line names a VNA outlet and a date, in any order: "DIPLOMATIE | Publié le 31/07/2015 à
    // 21h05 – VietnamPlus (VNA)")
    if (at < 0 && raw.length <= 300) {
      const text = textOf(el);
      if (text.length <= 160 && VNA_OUTLET.test(text) && fromVietnameseDateText(text) !== null) at = lines.length - 1;
    }
  }
  if (at < 0) return null;
  for (const el of [...lines.slice(at + 1, at + 4), ...lines.slice(Math.max(0, at - 3), at).reverse()])
    if (headlineInType(el, HEADLINE_PX)) return el;
  return null;
}

/** The innermost line blocks among the page's first ones, in document order. */
function* innermostLines(doc: Document): Generator<Element> {
  // (in document order a box's own line blocks come right after it: it is innermost when the next
  // one is not inside it — one pass, where asking each box for a line block inside it costs the
  // page's depth again for every box)
  const all = doc.body?.querySelectorAll(LINE_BLOCKS) ?? [];
  const n = Math.min(all.length, MAX_LINE_BLOCKS);
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    const next = all[i + 1];
    if (!next || !el.contains(next)) yield el;
  }
}

/** A short line, no sentence and no link, set inline in type of `px` or more: a headline by style. */
function headlineInType(el: Element, px: number): boolean {
  const text = textOf(el);
  return text.length >= 15 && text.length <= 200 && !/[.:]$/.test(text) && !el.closest('a') && largeType(el, px);
}

/** Inline font size of `px` or more on the element or the two boxes around it. */
function largeType(el: Element, px: number): boolean {
  for (let e: Element | null = el, up = 0; e && up < 3; e = e.parentElement, up++) {
    const size = /font-size\s*:\s*(\d+(?:\.\d+)?)px/i.exec(e.getAttribute('style') ?? '')?.[1];
    if (size) return Number(size) >= px;
  }
  return false;
}

/** A display headline's size: well above a text's, as a site builder sets a page's title. */
const DISPLAY_PX = 24;

/**
 * A site builder's page with no heading at all: its headline is the first short line set in display
 * type (24px or more, inline) with running text a few lines below it.
 */
function largeTypeHeadline(doc: Document): Element | null {
  if (doc.querySelector('h1, h2, h3')) return null;
  const lines = [...innermostLines(doc)].filter((el) => textOf(el));
  for (const [i, el] of lines.entries())
    if (headlineInType(el, DISPLAY_PX) && lines.slice(i + 1, i + 4).some((l) => textOf(l).length > 100)) return el;
  return null;
}

/** The page's headline as its metadata and headings say it. */
function headlineOf(doc: Document, meta: PageMeta): Element | null {
  const want = meta.title ? sameTextKey(meta.title) : '';
  const fromTag = fromTitleTag(doc);
  const alt = fromTag ? sameTextKey(fromTag) : '';
  const raw = sameTextKey(rawTitle(doc));
  let firstH1: Element | null = null;
  let shortened: Element | null = null;
  let prefixed: Element | null = null;
  let whole: Element | null = null;
  // (of the headings that say the title, the first one shown: a print view's copy of the headline
  // over the page, in a box hidden from the screen, gives way; it is kept in case no other says it)
  let said: Element | null = null;
  for (const h of doc.querySelectorAll(HEADINGS)) {
    // (a file's name in a heading for screen readers, a code host's, is not the page's headline)
    if (forScreenReaders(h) && FILE_NAME.test(textOf(h))) continue;
    if (h.tagName === 'H1') firstH1 ??= h;
    const k = sameTextKey(textOf(h));
    if (k.length < 8) continue;
    // (a heading that says the whole <title>, the headline with its rubric and site's name — a
    // clipped note's title — gives way to one that says the headline alone, the clip's own)
    if (k === raw && alt.length >= 8 && k !== alt && raw.startsWith(alt)) {
      whole ??= h;
      continue;
    }
    if (k === want || k === alt || k === raw || (want.length > 40 && k.startsWith(want.replace(/…$|\.\.\.$/, '')))) {
      if (!hiddenByMarkup(h)) return h;
      said ??= h;
    }
    // (the page shows a shorter headline than its metadata: "X" for "X : messages de Russie, …";
    // or, past that, for "La lettre de Vietnam+ – X", the site's name before it — a logo's <h1>
    // is the end of "X | Agence …", which the story's own <h1> starts)
    if (h.tagName === 'H1' && k.length >= 20) {
      if (want.startsWith(k) || alt.startsWith(k)) shortened ??= h;
      else if (want.endsWith(k) || alt.endsWith(k)) prefixed ??= h;
    }
  }
  if (said) return said;
  const shorter = whole ?? shortened ?? prefixed;
  if (shorter) return shorter;
  // (no heading says the title: a forum's thread heading adds its label, a newsletter's its
  // campaign's; the element of the body that says it alone is the story's, when there is one)
  if (firstH1 || !want)
    return meta.title
      ? (elementSaying(doc, [want, alt]) ??
          headlineOverText(firstH1) ??
          elementSaying(doc, [...titleCores(meta.title), ...titleCores(fromTag ?? '')]))
      : firstH1;
  // no heading at all (an old table layout's <font size=4><b>, a div): the element of the body
  // whose whole text is the title
  return elementSaying(doc, [want, alt]);
}

/**
 * The element that says the <title>'s headline before a rubric, when nothing else names the
 * headline: "X - Société - VietnamPlus" over a portal's "Société : <a>X</a>" line.
 */
function titleCoreElement(doc: Document, meta: PageMeta): Element | null {
  const cores = [...titleCores(meta.title ?? ''), ...titleCores(fromTitleTag(doc) ?? '')];
  return elementSaying(
    doc,
    cores.filter((k) => k.length >= 20),
  );
}

/**
 * The headline a page's title may wrap: without a forum's label before it ("[Presse] X", "r/Quebec
 * - X") and without what follows a separator ("X - Forum Vietnam – Amérique latine", "X : Quebec"), cut at each separator
 * (a headline may hold a dash of its own: "Vietnam – Costa Rica"). Folded keys, longest first.
 */
function titleCores(title: string): string[] {
  const bare = title.replace(/^\s*\[[^\]]{1,30}\]\s*/, '');
  const out = bare === title ? [] : [bare];
  for (const m of bare.matchAll(/\s[-–—|·:]\s/g)) {
    if (m.index >= 20) out.push(bare.slice(0, m.index));
    // (or a forum's or a site's short label before it: "r/Quebec - X")
    else if (m[0].trim() !== ':' && bare.length - m.index > 30) out.push(bare.slice(m.index + m[0].length));
  }
  return out.map(sameTextKey).sort((a, b) => b.length - a.length);
}

/**
 * A page whose metadata names something else than its story (a newsletter's campaign, a site's
 * name): its first <h1>, when it reads as a headline (a few words, no link, not a logo's) and the
 * story's running text follows it. Null otherwise.
 */
function headlineOverText(h1: Element | null): Element | null {
  if (!h1 || h1.closest('a, header, nav') || h1.querySelector('a, img')) return null;
  const words = textOf(h1).split(' ').length;
  if (words < 4 || textOf(h1).length > 200) return null;
  const lines = linesAfter(h1, 8);
  if (lines.filter((l) => textOf(l).length > 100).length < 2) return null;
  // (a site's or a section's <h1> has the story's own headline under it: a short line that ends on
  // no stop; a date line, a byline or a line of facts may come between a headline and its text)
  // (a label of a few words, "Source", "Texte de l'article", is passed over too)
  const next = lines.find((l) => {
    const t = textOf(l);
    return t.split(' ').length >= 4 && !isFurnitureText(t) && !isFactsLine(l);
  });
  const t = next ? textOf(next) : '';
  return t.length > 100 || /[.!?…»"]$/.test(t) ? h1 : null;
}

/** The outermost element of the body whose whole text is one of these keys (read by text node: linear). */
function elementSaying(doc: Document, keys: string[]): Element | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 4);
  let crumb: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.textContent ?? '';
    if (raw.length < 8 || raw.length > 400) continue;
    const k = sameTextKey(raw);
    if (!keys.includes(k)) continue;
    const el = n.parentElement;
    // (the element's whole text: a breadcrumb's last words are the title, the breadcrumb is not)
    // (in a link only when it links the page to itself: a post's heading on its permalink)
    const link = el?.closest('a');
    if (!el || (link && !linksHere(link)) || el.closest('title, script, style') || sameTextKey(textOf(el)) !== k)
      continue;
    // (nor the breadcrumb's last item, a box of its own: the headline says it again below)
    if (inBreadcrumb(el, body)) {
      crumb ??= el;
      continue;
    }
    return wholeBoxSaying(el, k, body);
  }
  return crumb;
}

/** A file's name: one word with an extension ("la-moldavie-103322.md", "article.html"). */
const FILE_NAME = /^\S+\.[a-z0-9]{1,5}$/i;

/** Is el inside a breadcrumb ("fil d'Ariane"), as its class names it? */
function inBreadcrumb(el: Element, body: Element): boolean {
  for (let e: Element | null = el; e && e !== body; e = e.parentElement)
    if (hasClassMatching(e, BREADCRUMB_CLASS)) return true;
  return false;
}
const BREADCRUMB_CLASS = /breadcrumb|ariane/i;

/** The largest box around `el`, below the body, whose whole text is still `key`. */
function wholeBoxSaying(el: Element, key: string, body: Element): Element {
  let box = el;
  while (box.parentElement && box.parentElement !== body && sameTextKey(textOf(box.parentElement)) === key)
    box = box.parentElement;
  return box;
}

/** Does a link point to the page it is on (a post's permalink)? */
function linksHere(a: Element): boolean {
  const doc = a.ownerDocument;
  try {
    const u = new URL(a.getAttribute('href') ?? '', doc.URL);
    const here = new URL(doc.URL);
    // (the same host and path, whatever the scheme or port, and the same story in its query:
    // "article.php?storyid=68001" is one story of a module's many)
    return (
      u.hostname === here.hostname &&
      u.pathname.replace(/\/$/, '') === here.pathname.replace(/\/$/, '') &&
      storyQuery(u) === storyQuery(here)
    );
  } catch {
    return false;
  }
}

const BLOCKISH_SELECTOR = [...BLOCKISH].join(', ').toLowerCase();

/**
 * Elements holding text but no block inside: the lines of the page as a reader sees them (a table
 * cell of an old table layout too; a table is the lines of its cells).
 */
function isLeafBlock(el: Element): boolean {
  if (!BLOCKISH.has(el.tagName)) return false;
  return el.querySelector(BLOCKISH_SELECTOR) === null;
}

/** The blocks under root that hold another block: one pass, each ancestor marked once. */
function blocksHoldingBlocks(root: ParentNode): Set<Element> {
  const holding = new Set<Element>();
  for (const block of root.querySelectorAll(BLOCKISH_SELECTOR))
    for (let p = block.parentElement; p && !holding.has(p); p = p.parentElement) holding.add(p);
  return holding;
}

/** The first few text lines after `start` in document order (its own contents excluded). */
export function linesAfter(start: Element, max = 12, maxElements = 400): Element[] {
  const out: Element[] = [];
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = start;
  let el: Node | null = walker.nextNode();
  // the start's own contents are not after it
  while (el && start.contains(el)) el = walker.nextNode();
  for (let seen = 0; el && out.length < max && seen < maxElements; el = walker.nextNode(), seen++) {
    if (isLine(el as Element)) out.push(el as Element);
  }
  return out;
}

function isLine(e: Element): boolean {
  if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || !(isLeafBlock(e) || isTextComponent(e))) return false;
  if (e.closest('nav, aside, footer')) return false;
  return !!textOf(e);
}

/**
 * A custom element that holds a line of text and no block ("<r-article--chapo>…</r-article--chapo>",
 * a newspaper's own components, shown as blocks by their style sheet).
 */
function isTextComponent(e: Element): boolean {
  return (
    e.tagName.includes('-') &&
    !e.querySelector(':not(a, b, i, em, strong, span, br, abbr, sup, sub, small, time)') &&
    // (not inside a line of its own: "<p><tts-sentence>…</tts-sentence></p>" is the paragraph's)
    !e.parentElement?.closest('p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6')
  );
}

const BOLD = new Set(['B', 'STRONG']);

/** Bold, or its one child holding all its text, through wrappers (text.ts). */
function isBold(el: Element): boolean {
  return wholly(
    el,
    (e) => BOLD.has(e.tagName) || /font-weight\s*:\s*(bold|[6-9]00)/i.test(e.getAttribute('style') ?? ''),
  );
}

/** A caption's closing credit: "(Photo : Manh Linh/VNA)", "Photo : VNA". */
const PHOTO_CREDIT_END = /\bphotos?\s*:[^.()]{1,60}\)?\s*$/i;

/** Italic lines that are no standfirst: a credit, a quote, an editor's note. */
const NOT_A_STANDFIRST =
  /\bphoto\s*:|^\s*[«"“]|^\s*(?:ndlr|n\.d\.l\.r|note de la r[ée]daction)\b|[»"”]\s*,?\s*a\s+(?:d[ée]clar|soulign|affirm|indiqu|estim)/i;

/** In a figure or a table, or right after a picture: where a caption sits. */
function underPicture(line: Element): boolean {
  if (inPhotoFrame(line)) return true;
  // (a table's row under a picture's row: an e-mail's photo and caption, each in its own row)
  const row = line.closest('tr');
  const above = row?.previousElementSibling;
  if (above && endsOnPicture(above)) return true;
  // (the line's previous sibling, or its box's when it opens the box, ending on a picture: not a
  // headline's box whose byline sits beside the writer's avatar)
  for (let el: Element | null = line, up = 0; el && up < 2; el = el.parentElement, up++) {
    const prev = el.previousElementSibling;
    if (prev) return prev.matches('img, picture') || endsOnPicture(prev);
  }
  return false;
}

/**
 * Is the line in a photo's own frame: a figure, or a table of one picture and its caption's cell
 * ("<table class=story-image><tr><td><img></td></tr><tr><td class=caption>…</td></tr></table>";
 * not a table layout's, which holds the page).
 */
function inPhotoFrame(line: Element): boolean {
  const frame = line.closest('figure, table');
  if (!frame) return false;
  return (
    frame.tagName === 'FIGURE' ||
    (frame.querySelectorAll('img, picture').length === 1 && textOf(frame).length <= MAX_CAPTION)
  );
}

/** Does a box show a picture with no words after it? */
function endsOnPicture(box: Element): boolean {
  const pictures = box.querySelectorAll('img, picture');
  const last = pictures[pictures.length - 1];
  if (!last) return false;
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* text */);
  walker.currentNode = last;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (hasLetter(n.textContent ?? '')) return false;
  return true;
}

/** All of a line in italics ("<p><em>Standfirst.</em></p>"), through wrappers that hold it all. */
function isItalic(el: Element): boolean {
  const only = el.children.length === 1 ? el.firstElementChild : null;
  return !!only && textOf(only) === textOf(el) && wholly(only, (e) => ITALIC.has(e.tagName));
}
const ITALIC = new Set(['EM', 'I']);

/** A subtitle's class: "subtitle", "article-subhead", "dek", "post-standfirst" (an export's, a blog's). */
const SUBTITLE_CLASS = /(?:^|[-_])(?:sub-?title|subhead(?:ing|line)?|standfirst|deck|dek)$/i;

/**
 * A headline that holds its subtitle, a sentence or two, after a line break: "<h1>Title<br><span
 * class="subtitle">Standfirst.</span></h1>" (Org mode's export, some blogs). The subtitle is moved
 * out, after the headline, and returned: it is the lead, and no part of the title.
 */
export function splitSubtitle(title: Element): Element | null {
  if (!/^H[1-3]$/.test(title.tagName)) return null;
  for (const sub of title.querySelectorAll('[class]')) {
    if (!hasClassMatching(sub, SUBTITLE_CLASS)) continue;
    const text = textOf(sub);
    const rest = textOf(title).length - text.length;
    if (text.length < 40 || rest < 15) return null;
    for (let n = sub.previousSibling; n && (n.nodeName === 'BR' || !n.textContent?.trim()); n = n.previousSibling)
      if (n.nodeName === 'BR') n.parentNode?.removeChild(n);
    title.after(sub);
    return sub;
  }
  return null;
}

/**
 * The lead (sapo): the short standfirst between the title and the body. Where the metadata has
 * a description, the line that says it; else a line of one or two sentences that is bold, or
 * that the body repeats as its first sentence.
 */
export function leadElement(title: Element, meta: PageMeta): Element | null {
  return leadLine(title, meta) ?? boldRunAfter(title);
}

/**
 * A plain <p> that opens a run of paragraphs: the first of its box's, another <p> after it (past an
 * ad slot between them: a box of a few words and no picture, "Publicité"), set as they are.
 */
function opensRunningText(l: Element): boolean {
  let next = l.nextElementSibling;
  while (next && next.tagName !== 'P' && isAdSlot(next)) next = next.nextElementSibling;
  return (
    l.tagName === 'P' &&
    !l.classList.length &&
    !isBold(l) &&
    !isItalic(l) &&
    next?.tagName === 'P' &&
    l.previousElementSibling?.tagName !== 'P'
  );
}

/**
 * A box of a few words at most and no picture, table or heading: an ad slot ("Publicité"); a frame
 * in it only when the box says it is an ad's (the script fills "div-gpt-ad-…" with one).
 */
function isAdSlot(el: Element): boolean {
  if (textOf(el).length >= 40 || el.querySelector('img, picture, figure, video, table, h1, h2, h3, h4, h5, h6'))
    return false;
  return !el.querySelector('iframe') || AD_BOX.test(`${el.id} ${el.className} ${el.innerHTML.slice(0, 300)}`);
}
const AD_BOX = /(?:^|[\s"_-])(?:ads?|advert\w*|gpt|pub|publicite|banner)(?:[\s"_-]|$)/i;

/** A standfirst's class name, of its own or as a part: "sapo", "chapo", "is-style-chapo", "article-standfirst" (not a "lede": the story's first paragraph). */
const LEAD_CLASS = /(?:^|[_-])(?:sapo|chapo|chapeau|standfirst|deck|dek)$/i;

function leadLine(title: Element, meta: PageMeta): Element | null {
  // (a page that says the headline again over the story it quotes, after words of its own: the
  // standfirst follows the repeat)
  const after = linesAfter(title);
  const titleKey = sameTextKey(textOf(title));
  // (before the story's dateline, in the first lines: a hidden copy of the page, a mobile and a
  // desktop one, says it again after the whole story)
  const dateline = after.findIndex((l) => datelineOf(textOf(l)) !== null);
  const again = after
    .slice(0, dateline >= 0 ? Math.min(dateline, 10) : 10)
    .findIndex((l) => sameTextKey(textOf(l)) === titleKey);
  const lines = after.slice(again + 1).filter((l) => textOf(l).length >= 40);
  const desc = meta.description ? sameTextKey(meta.description).replace(/…$|\.\.\.$/, '') : '';
  // (a description the CMS cut, "…" or "..." at its end, opens its line, a standfirst's length at most)
  const cut = !!meta.description && /(?:…|\.\.\.)\s*$/.test(meta.description);
  if (desc.length >= 30) {
    for (const l of lines.slice(0, 6)) {
      const k = sameTextKey(textOf(l));
      const longer = k.startsWith(desc) && (k.length < desc.length * 1.5 || (cut && textOf(l).length <= 500));
      if (!(k === desc || longer)) continue;
      // (not the body's first paragraph, a plain <p> the running text goes on after: a CMS fills
      // the description from it; whether it is a standfirst is then the lines' to say, below)
      // (nor a dispatch's opening paragraph, "Hanoï (VNA) – …": the story's first)
      if (opensRunningText(l) || datelineOf(textOf(l))) break;
      return l;
    }
  }
  // (a date line, a byline or a share bar between the title and the standfirst is none of it; nor
  // a photo's caption under its picture that ends on its credit, "… (Photo : Manh Linh/VNA)")
  const candidates = lines.filter(
    (l) =>
      !isNonStoryLine(textOf(l)) &&
      !onlyLinks(l) &&
      !isDatedToolLine(l) &&
      !isFactsLine(l) &&
      !(underPicture(l) && PHOTO_CREDIT_END.test(textOf(l))) &&
      !inPhotoFrame(l) &&
      // (nor a photo's box, its picture and its caption under a line break)
      !l.querySelector('img'),
  );
  const [first, next] = candidates;
  if (!first || textOf(first).length > 500) return null;
  // (bold, or named so by its class: WordPress's block style "is-style-chapo", "article-standfirst";
  // not an interview's first question in bold, as boldRunAfter says)
  // (nor a bold line that ends on a colon: it introduces what follows, "* Lettre du roi X :")
  if (
    (isBold(first) && !isQuestion(textOf(first)) && !/:\s*$/.test(textOf(first))) ||
    ([...first.classList].some((c) => LEAD_CLASS.test(c)) && !datelineOf(textOf(first)))
  )
    return first;
  // (a standfirst set in italics before the paragraphs; not a photo's caption, under its picture
  // or in its figure or table, or ended by a credit)
  if (isItalic(first) && next && !underPicture(first) && !NOT_A_STANDFIRST.test(textOf(first))) return first;
  // (a dispatch repeats its standfirst after its dateline: the line a paragraph a few lines down
  // repeats is the standfirst, past a reader's tags or a byline before it and a photo after it)
  const repeated = repeatedLine(candidates.slice(0, 6));
  if (repeated) return repeated;
  // a dispatch opens on its dateline ("New York (VNA) –"): a short sentence of its own before that
  // paragraph is the standfirst; not a date line, a byline, tags or a photo's caption
  const opensBody = lines.slice(1, 4).some((l) => datelineOf(textOf(l)) !== null);
  // or a box of its own, before the paragraphs of the story's box (an interview has no dateline)
  // (a blog editor's quotation block right under the headline sets it apart too)
  const quoteBox = first.closest('blockquote');
  const apart =
    !!next &&
    (first.tagName !== 'P' || (!!quoteBox && !quoteBox.contains(next))) &&
    next.tagName === 'P' &&
    next.parentElement !== first.parentElement;
  return (opensBody || apart) && isStandfirst(first) ? first : null;
}

/** The first line (not a photo's) whose opening words one of the next three lines repeats. */
function repeatedLine(lines: Element[]): Element | null {
  for (const [i, line] of lines.entries()) {
    const key = sameTextKey(textOf(line)).slice(0, 60);
    if (key.length < 30 || textOf(line).length > 500 || underPicture(line)) continue;
    if (lines.slice(i + 1, i + 4).some((l) => sameTextKey(textOf(l)).includes(key))) return line;
  }
  return null;
}

/** What ends a bold run's line: a block, a line break, a photo */
const RUN_ENDS = new Set([...BLOCKISH, 'BR', 'TABLE', 'FIGURE', 'IMG']);

/**
 * A standfirst set in bold at the head of a box of running text, with no block of its own
 * ("<td><b>Standfirst.</b><br><table>photo</table>Body…<br><br>…", as pages of the 2000s wrote
 * it): the first text after the title, all of it in one bold run that a line break or a block
 * ends. (A date line or a byline before it is passed over.)
 */
function boldRunAfter(title: Element): Element | null {
  const doc = title.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* text */);
  walker.currentNode = title;
  let node = walker.nextNode();
  while (node && title.contains(node)) node = walker.nextNode();
  for (let seen = 0; node && seen < 40; node = walker.nextNode(), seen++) {
    const text = squeeze(node.textContent ?? '');
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, nav, aside, footer, a, time')) continue;
    // (a separator, "|" or "·" between a date and a link, says nothing)
    if (isFurnitureText(text) || !hasLetter(text)) continue;
    // (nor a date line's or a byline's words: "24-09-2025, 16:05 · Politique · Auteur : redaction")
    const line = parent.closest(BLOCKISH_SELECTOR);
    const bold = parent.closest('b, strong');
    if (!bold && line && !line.contains(title) && isMetaLine(line)) continue;
    // (an interview's first question is no standfirst, nor one of several bold runs: questions)
    if (!bold || textOf(bold).length < 40 || bold.querySelector(BLOCKISH_SELECTOR) || isQuestion(textOf(bold)))
      return null;
    // (short bold subheads further down are no questions)
    // (the title itself set in bold in the same box, as a forum post writes it, is none of them)
    const runs = [...(bold.parentElement?.children ?? [])].filter(
      (c) => c.tagName === bold.tagName && c !== bold && !c.contains(title),
    );
    if (runs.some((c) => textOf(c).length >= 40 || isQuestion(textOf(c)))) return null;
    let after = bold.nextSibling;
    while (after && after.nodeType === 3 && !(after.textContent ?? '').trim()) after = after.nextSibling;
    const ends = !after || (after.nodeType === 1 && RUN_ENDS.has((after as Element).tagName));
    return ends && isStandfirst(bold) ? bold : null;
  }
  return null;
}

/**
 * A short line with a date and no running text: the story's date among the page's tools, in any
 * language ("dimanche 26 juillet 2015 08:15 | Lượt xem: 1.482 Imprimer Envoyer").
 */
function isDatedToolLine(line: Element): boolean {
  return isDateText(textOf(line));
}
/** A story's meta line: a dated tool line, or a short line one of whose pieces is its date ("<span>24-09-2025, 16:05</span><span>Auteur : …</span>"). */
function isMetaLine(line: Element): boolean {
  if (isDatedToolLine(line)) return true;
  const text = textOf(line);
  // (not a short paragraph that dates what it tells: "Le <time>12 février 2025</time>, Hanoï a accueilli…")
  return text.length <= 160 && !RUNNING_TEXT.test(text) && [...line.children].some((c) => isDateText(textOf(c)));
}

/**
 * A question of one sentence: an interview's question, never a standfirst ("Quel bilan tirer … ?";
 * not "Le robusta s'impose en Europe. Comment … ?"). "M. X" opens no sentence.
 */
function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') && !/(?<![\s(]\p{Lu})[.!?…]\s+\p{Lu}/u.test(t.slice(0, -1));
}
function isDateText(text: string): boolean {
  return text.length <= 120 && !RUNNING_TEXT.test(text) && fromVietnameseDateText(text) !== null;
}
/** A line between a title and its story that is none of it: a byline, a date line, a copy's credit. */
function isFurnitureText(text: string): boolean {
  return isNonStoryLine(text) || isDateText(text) || creditedDate(text) !== null;
}
/**
 * A line of facts about the page, parted by dots or bars: "lecourrier.vn · Le Courrier du Vietnam ·
 * 3 min" (a source, an author, a reading time); no words of a sentence.
 */
function isFactsLine(line: Element): boolean {
  const text = textOf(line);
  return text.length <= 120 && !RUNNING_TEXT.test(text) && text.split(/\s[·•|]\s/).length >= 3;
}
/** a few words in lower case in a row */
const RUNNING_TEXT = /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u;

/** Is all of a line's text in its links and buttons ("Partager Tweeter Imprimer")? */
function onlyLinks(line: Element): boolean {
  return onlyTextIn(line, 'a, button');
}

/** One or two sentences of running text, not a caption, a credit, a byline or a list of tags. */
function isStandfirst(line: Element): boolean {
  const text = textOf(line);
  if (text.length > 400 || datelineOf(text) || !/[.!?…»"]$/.test(text) || BYLINE.test(text)) return false;
  if (INLINE_MARK.test(text) || onlyLinks(line)) return false;
  if (CREDIT.test(text) || line.closest('figure, figcaption') || imageRightBefore(line)) return false;
  const sentences = text.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length;
  // running text: a few words in lower case in a row
  return sentences <= 2 && RUNNING_TEXT.test(text);
}

/** An image (or a box holding only one) right before the line: the line is its caption. */
function imageRightBefore(line: Element): boolean {
  const prev = line.previousElementSibling;
  return !!prev && (MEDIA_TAGS.has(prev.tagName) || (!textOf(prev) && !!prev.querySelector('img, picture, video')));
}

const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AMP-IMG']);

/** Who wrote it: "Par …", "…, correspondante de la VNA au Laos.", "Propos recueillis par …" */
const BYLINE = /^par\s|\b(?:correspondante?s?|envoyée?s? spéciale?s?|propos recueillis)\b/i;

/** A photo's or a text's credit: "Photo : VNA", "(Photo d'archives : VNA)", "Source : VNA". */
const CREDIT = /\b(?:photo|ảnh|source)\b[^:]{0,20}:\s*\S/i;

/**
 * The element that holds the story's running text: the one whose own lines of text (not those
 * of its descendants' boxes) add up to the most, and to `minChars` at least, lines inside `skip`
 * (the feed's teasers) left out. One walk over the lines.
 */
export function densestContainer(root: ParentNode | null, minChars = 0, skip?: Set<Element>): Element | null {
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let most = minChars - 1;
  if (!root) return null;
  const holding = blocksHoldingBlocks(root);
  for (const el of root.querySelectorAll('p, div, section')) {
    let parent: Element | null = el.parentElement;
    if (!parent || holding.has(el) || (skip?.size && inside(el, skip))) continue;
    // (a box around this line alone is a wrapper: a chronology's item, "<li><div><p>…</p></div></li>",
    // gives its line to the list that holds the others)
    parent = listHolding(parent, root) ?? parent;
    const n = (score.get(parent) ?? 0) + textOf(el).length;
    score.set(parent, n);
    if (n > most) {
      most = n;
      best = parent;
    }
  }
  return best;
}

/** How many levels of single-line wrappers densestContainer looks past. */
const MAX_WRAPPERS = 3;

/**
 * The list a line's box is an item of, through wrappers around that line alone: "<ol><li><span
 * class=dot></span><div><p>…</p></div></li>…" gives the <ol> for the <div>. Null when the box is no
 * such item (a box of several lines holds them itself).
 */
function listHolding(box: Element, root: ParentNode): Element | null {
  let item: Element = box;
  for (let up = 0; up < MAX_WRAPPERS; up++) {
    const parent = item.parentElement;
    if (!parent || item === root || holdsSeveral(item)) return null;
    for (const s of parent.children) if (s !== item && s.tagName === item.tagName) return parent;
    if (parent === root) return null;
    item = parent;
  }
  return null;
}

/** Does a box hold more than one child with content? */
function holdsSeveral(box: Element): boolean {
  let filled = 0;
  for (const c of box.children) if (c.firstChild && ++filled > 1) return true;
  return false;
}

/** Is el inside (or one of) these elements? (a walk up: the set holds teasers, a few dozen) */
export function inside(el: Element, set: Set<Element>): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
