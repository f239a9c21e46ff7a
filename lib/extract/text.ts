// Small text helpers shared by the extraction steps.

import { carriedVnaUrl } from '../hosts';
import { cleanStoryLink } from '../story-links';
import { composed, visibleText } from '../text/as-read';

/** Elements that style text within a line (HTML's text-level semantics): never a block of their own. */
export const TEXT_LEVEL = new Set([
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'SMALL',
  'FONT',
  'TIME',
  'ABBR',
  'SUP',
  'SUB',
]);

/**
 * Collapse runs of ASCII white space (not no-break spaces, which the sites use on purpose), and
 * drop the characters a reader never sees inside words: soft hyphens (a typography plugin's
 * hyphenation points, "Fé\u00adration"), zero-width spaces and joiners. The highlighter's index of
 * the live text (highlight/text-index.ts) drops the same ones, so extracted strings are found in it.
 */
export function squeeze(text: string): string {
  return visibleText(text)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/**
 * Two paragraphs of running text or more (`atLeast` of them): a story's box, never a teaser's (one
 * summary at most). `except` leaves some paragraphs out (those of hidden boxes, of comments).
 */
export function holdsRunningText(box: Element, except?: (p: Element) => boolean, atLeast = 2): boolean {
  let long = 0;
  for (const p of box.querySelectorAll('p'))
    if (squeeze(p.textContent ?? '').length > RUNNING_TEXT && !except?.(p) && ++long === atLeast) return true;
  return false;
}
/** A paragraph of running text is longer than this (a line, a label or a caption is not). */
export const RUNNING_TEXT = 100;

/**
 * The outermost of the wrappers an element opens (it is their first child, and theirs…), `max` at
 * most, each one `climbs` lets through; null when that walk reaches <body>.
 */
export function openedWrapper(
  el: Element,
  max: number,
  climbs: (box: Element) => boolean = () => true,
): Element | null {
  let box = el;
  for (let up = 0; !box.previousElementSibling && up < max; up++) {
    const parent = box.parentElement;
    if (!parent || parent.tagName === 'BODY') return null;
    if (!climbs(parent)) break;
    box = parent;
  }
  return box;
}

/** The visible text of an element, a line break read as a space ("(AEC-CI).<br>Photo : VNA"). */
export function textWithBreaks(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // (words after a block part from it: "<p>… à Hanoï.</p>Photo : VNA")
    if (n.nodeType === 3) out += (EDGES.has(n.previousSibling?.nodeName ?? '') ? ' ' : '') + (n.textContent ?? '');
    // (a line break, and the edges of a block: "<h1>… spéléologues.</h1><cite>Photo : CTV</cite>")
    else if (
      (n as Element).tagName === 'BR' ||
      EDGES.has((n as Element).tagName) ||
      EDGES.has((n as Element).previousElementSibling?.tagName ?? '')
    )
      out += ' ';
  }
  return squeeze(out);
}
/** The tags that make a block of their own (a line, a box, a cell): their edges part words. */
export const BLOCKISH = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'MAIN',
  'FIGURE',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** …and, for words read out of a box, a table's row and a definition list's parts too. */
const EDGES = new Set([...BLOCKISH, 'TR', 'DT', 'DD']);

/** The visible text of an element, squeezed; '' for null. */
export function textOf(el: Element | null | undefined): string {
  return el ? squeeze(el.textContent ?? '') : '';
}

/**
 * VNA's outlets by the names a copy credits them with ("Source : VietnamPlus", "… | Vietnam+"), as
 * a regular expression's alternatives, for the patterns that read a copy's credit.
 */
export const VNA_OUTLET_NAMES = String.raw`vietnam\s?\+|vietnamplus|le courrier du vietnam|vnanet|vna|agence vietnamienne d'information`;

/** "Article", "Cet article", "Un article de l'Agence vietnamienne d'information", opening such a line. */
const AN_ARTICLE = String.raw`(?:(?:cet|un)\s+|l['’])?article\s+(?:de\s+[^,.!?]{2,60}?\s+)?`;
/** What a copy adds of itself after the date: ", que nous reproduisons pour nos adhérents". */
const COPY_CLAUSE = String.raw`(?:\s*,\s*(?:que|qu['’]|reproduit|repris)[^.!?]{0,100})?`;

/**
 * A copy's line that dates the story by its first publication at a VNA outlet: "Article publié le
 * 12 octobre 2025 à 17h40 par Le Courrier du Vietnam (VNA) : lecourrier.vn", "Paru initialement le
 * 3 mai 2024 sur VietnamPlus", "Un article de l'Agence vietnamienne d'information paru sur Vietnam+
 * le 27/02/2017 à 20h14, que nous reproduisons…": the whole line, the outlet with its gloss or
 * address at most, before or after the date (not a sentence, "Publié le 12 mars dans Le Courrier
 * du Vietnam, le reportage…"). Group 1 or 2: the date's words.
 */
export const PUBLISHED_BY_OUTLET = new RegExp(
  String.raw`^(?=.{0,240}$)\s*(?:${AN_ARTICLE})?(?:publi[ée]e?|paru|mis en ligne)\s+(?:initialement\s+|d['’]abord\s+|à l['’]origine\s+)?(?:le\s+([^.!?]{4,40}?)\s+(?:par|sur|dans)\s+(?:${VNA_OUTLET_NAMES})(?![\p{L}])[^.!?,;]{0,20}?(?:\([^()]{1,30}\))?\s*(?::\s*\S+)?|(?:par|sur|dans)\s+(?:${VNA_OUTLET_NAMES})(?![\p{L}])\s+le\s+([^!?,]{4,40}?))${COPY_CLAUSE}\.?$`,
  'iu',
);

/**
 * A heading's text without its permalink, the symbol a notebook or a docs site sets before or after
 * its words ("¶", "§", "🔗"); with `hash`, "#" too (a label's: a headline may end on "#1").
 */
export function withoutPermalink(text: string, { hash = false } = {}): string {
  const [leading, trailing] = hash ? [LEADING_MARK_OR_HASH, TRAILING_MARK_OR_HASH] : [LEADING_MARK, TRAILING_MARK];
  const out = text.replace(leading, '');
  // (the mark at the end goes with the spaces before it, read from the end: "\s*¶$" would try every
  // start in a long run of spaces, quadratic on a page of no-break spaces)
  return trailing.test(out) ? out.replace(trailing, '').trimEnd() : out;
}
// (a header anchor may show nothing: a zero-width space, as VitePress writes it)
const LEADING_MARK = /^[¶§🔗\u200b]\s*/u;
const LEADING_MARK_OR_HASH = /^[#¶§🔗\u200b]\s*/u;
const TRAILING_MARK = /[¶§🔗\u200b]$/u;
const TRAILING_MARK_OR_HASH = /[#¶§🔗\u200b]$/u;

/** Does a text hold a letter, in any script (not only digits, punctuation, emoji or rules)? */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * Does an element pass `test`, or the one child that holds all its text, a few wrappers down
 * (`depth` steps)? "<p><strong>…</strong></p>", "<div><p><span style=italic>…" are bold, italic.
 */
export function wholly(el: Element, test: (e: Element) => boolean, depth = Number.POSITIVE_INFINITY): boolean {
  if (test(el)) return true;
  const only = el.children.length === 1 ? el.firstElementChild : null;
  return !!only && depth > 0 && textOf(only) === textOf(el) && wholly(only, test, depth - 1);
}

/** Does one of an element's class names match, whole ("ads", "article-title", "subtitle")? */
export function hasClassMatching(el: Element, re: RegExp): boolean {
  for (const c of el.classList) if (re.test(c)) return true;
  return false;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (no Node global in every context this runs in) */
export const FOLLOWING = 4;

/** Running text (a paragraph of over 100 characters) between two elements, in document order, inside `within`. */
export function ownTextBetween(first: Element, last: Element, within: ParentNode = first.ownerDocument): boolean {
  if (!(first.compareDocumentPosition(last) & FOLLOWING)) return false;
  for (const p of within.querySelectorAll('p')) {
    if (!(first.compareDocumentPosition(p) & FOLLOWING)) continue;
    if (!(p.compareDocumentPosition(last) & FOLLOWING)) break;
    if (textOf(p).length > RUNNING_TEXT) return true;
  }
  return false;
}

/** Is all of an element's text inside these descendants ("Partager Tweeter" in its links, "◀ ▶" in its buttons)? */
export function onlyTextIn(el: Element, selector: string): boolean {
  let rest = el.textContent ?? '';
  for (const d of el.querySelectorAll(selector)) rest = rest.replace(d.textContent ?? '', '');
  return !hasLetter(rest);
}

/** The length of an element's text inside its links, each squeezed. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += textOf(a).length;
  return n;
}

/**
 * Comparison key for "is this the same sentence": no case, straight quotes, and no spaces at
 * all, because the sites serve repeated leads with words glued together ("lalutte").
 */
export function sameTextKey(text: string): string {
  return (
    composed(text)
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      // (zero-width spaces and joiners too: a docs site's header anchor holds one, "Titre <a>\u200b</a>")
      .replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '')
  );
}

/**
 * The CMS writes "<title> ảnh N" ("photo N" in Vietnamese) as image alt text, and some
 * renderings glue it to the caption that follows. Remove it wherever it shows up.
 */
export function stripPhotoAlt(text: string, title: string): string {
  // (?<!\s): start only where a blank run starts; from every blank, \s* backtracked quadratically
  // (13 s on a 100 KB caption). No \b: with the u flag "ả" is not a word character, so \b would
  // miss the usual "<title> ảnh 1" and match only the glued "<title>ảnh 1".
  let out = text.replace(/(?<!\s)\s*ảnh \d+(?!\d)\s*/gu, ' ');
  // (a caption that says the headline as its own sentence, "<title>. Photo : VNA", keeps it)
  if (title && out.startsWith(title) && out.length > title.length) {
    const rest = out.slice(title.length).trim();
    if (rest && !/^[.!?…]/.test(rest)) out = rest;
  }
  return squeeze(out);
}

/** Resolve an href against the page address; null when it is not an http(s) link. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Where a link leads: its absolute address, or the VNA address a viewer or redirector carries; a
 * VNA story's without the statistics' parameters, fragment and AMP path a page adds (cleanStoryLink).
 */
export function linkTarget(href: string | null | undefined, base: string): string | null {
  const abs = absoluteUrl(href, base);
  return abs ? cleanStoryLink(carriedVnaUrl(new URL(abs))?.href ?? abs) : null;
}

/** The language an element's lang attribute names, its first subtag ("fr" of "fr-FR"); '' if none. */
export const languageOf = (el: Element) => (el.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
