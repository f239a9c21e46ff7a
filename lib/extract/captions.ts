// Photo captions wherever they sit: the layout's caption elements (<figcaption>…), a short line
// in an image's own box or right under it when it reads as a caption (italic, or a photo credit),
// and photo-credit lines anywhere ("Photo : VNA", "(Photo: VNA)", "Photo : X/VNA/CVN").

import { datelineOf } from './dateline';
import { hiddenByMarkup } from './marked-parts';
import { absoluteUrl, FOLLOWING, hasClassMatching, textOf, wholly } from './text';

// (and the image elements of web-component frameworks: AMP's, Polymer's <iron-image>)
const MEDIA = 'img, amp-img, iron-image, picture, video, amp-video';
/** px: an icon's or an avatar's declared size (16 to 100, square), never a photo's */
const MAX_ICON = 100;
const MIN_ICON = 16;
const MEDIA_TAGS = new Set(['IMG', 'AMP-IMG', 'IRON-IMAGE', 'PICTURE', 'VIDEO', 'AMP-VIDEO']);
/** a caption is a line or two, never a paragraph of the story */
export const MAX_CAPTION = 400;
/** ends with a photo credit: "… Photo : VNA", "(Photo: VNA)", "Ảnh: TTXVN" */
// (or a site's address alone: "Photo : hanoimoi.com.vn.")
export const PHOTO_CREDIT =
  /(?:^|[\s.(–-])(?:photo|ảnh)\s*:\s*(?:[^.:()]{1,60}|[^\s.:()]{1,30}(?:\.[^\s.:()]{1,30}){1,3})\)?\.?\s*$/iu;
/**
 * The agency's longer credit, a sentence of its own after the caption's: "… à Juba. Photo diffusée
 * par l'AVI", "Photo fournie par la VNA" (capitalised, to a capitalised body: not a story's "une
 * photo transmise par un habitant").
 */
const AGENCY_CREDIT =
  /(?:^|[.!?…»]\s+)Photo\s+(?:diffusée|fournie|transmise)\s+par\s+(?:la\s+|le\s+|l['’]\s*)?\p{Lu}[^.:()]{0,60}\.?\s*$/u;
/** A name a credit gives: capitalised ("Duong", "VNA", "Ngoc/VNA/CVN") or a site's address ("webthethao.vn"). */
const CREDIT_WORD = String.raw`(?:\p{Lu}[^\s:()/,]*|[\w-]+\.[a-z]{2,}[^\s:()]*)`;
/**
 * A line that ends on its photo credit after words of the photo's own ("Le port de Cai Mep. Photo :
 * VNA"): fifteen letters besides the credit, not a byline's "Texte et photo : Minh Thu".
 */
export function endsOnCredit(text: string): boolean {
  const credit = PHOTO_CREDIT.test(text) ? PHOTO_CREDIT : AGENCY_CREDIT.test(text) ? AGENCY_CREDIT : null;
  return !!credit && text.replace(credit, '').replace(/[^\p{L}]/gu, '').length >= 15;
}

/**
 * A credit alone: "Photo: VNA", "Photo d'illustration : VNA", "(Photo : webthethao.vn)"; not the
 * photo's own words after the label, "Photo : des touristes à Hoi An", "Photos : le Têt à Hanoï".
 */
export const BARE_CREDIT = new RegExp(
  String.raw`^\(?\s*(?:[Pp]hotos?|PHOTOS?|[Ảả]nh)(?:\s+d['’]illustration)?\s*:\s*${CREDIT_WORD}(?:[\s/,]+${CREDIT_WORD}){0,5}\s*\)?\.?$`,
  // (no i flag: it would let \p{Lu} match any letter)
  'u',
);
const DATE = /\d{1,2}\/\d{1,2}\/\d{4}/;
/** A byline that signs the text and the photos: "Texte et photo : Minh Thu", "Photos & texte : X". */
const TEXT_AND_PHOTO = /\b(?:textes?|article)\s*(?:et|&)\s*photos?\s*:|\bphotos?\s*(?:et|&)\s*textes?\s*:/i;
const SKIP = new Set(['NOSCRIPT', 'SCRIPT', 'STYLE', 'BR']);
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'FIGURE', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'ARTICLE']);

/**
 * A logo, an ad, an avatar or an icon, by its address (".../logo-vnp.png", "//ads.…", "/banner/",
 * ".../avatar.png"), its class, its whole alt, or a declared size no news photo has (a commenter's
 * 48×48 picture, whose comment is no caption).
 */
export function notAPhoto(media: Element): boolean {
  // (pixels written as a whole number; AMP's width and height with a layout are a ratio)
  const px = (name: string) =>
    /^\d+$/.test(media.getAttribute(name) ?? '') ? Number(media.getAttribute(name)) : Number.NaN;
  // (square, as avatars and icons are: "4" × "3" is an aspect ratio's hint, not a size)
  const side = px('width');
  const ratio = /^(?:responsive|fill|flex-item|intrinsic)$/.test(media.getAttribute('layout') ?? '');
  const icon = !ratio && side === px('height') && side >= MIN_ICON && side <= MAX_ICON;
  const src = media.getAttribute('src') ?? '';
  return (
    /logo|banner|\/\/ads?\.|\/ads?\//i.test(src) ||
    // (an ad's picture named by its format: "pub-300x250-vnair.jpg", "abonnement-728x90.jpg")
    /(?:^|[^\d])(?:300x250|728x90|160x600|300x600|970x250|970x90|320x50|320x100|336x280)(?!\d)/.test(src) ||
    /\/(?:avatars?|gravatar)\/|\/avatar\.\w+(?:[?#]|$)|gravatar\.com\//i.test(src) ||
    // (a reader's picture in the comments under the story, or their box's empty-state drawing; an
    // icon in a box's heading, a portal's drag handle)
    !!media.closest('#comments, [class*="comment" i], h1, h2, h3, h4, h5, h6, button') ||
    // (a share button's picture: "/images/share-zalo.png", "/icons/facebook.svg")
    /\/share[-_]|\/icons?\/|\/social\//i.test(src) ||
    /\b(?:logo|avatar|author)\b/i.test(`${media.getAttribute('class') ?? ''} ${media.id}`) ||
    // (a box the reader does not see: a share menu folded away)
    hiddenByMarkup(media) ||
    icon ||
    /^\s*(?:logo|publicité|advertisement)\s*$/i.test(media.getAttribute('alt') ?? '') ||
    // (an author's profile picture beside the byline: alt "Author", "/profile_picture/" in its address)
    /^\s*(?:author|auteur|auteure|avatar|photo de profil|profile picture)\s*$/i.test(media.getAttribute('alt') ?? '') ||
    /\/profile[-_]?pic(?:ture)?s?\//i.test(src)
  );
}

/** A sidebar's class: "sidebar", "fs-sidebar", "sidebar-right"; not a layout's "has-sidebar". */
const SIDEBAR_CLASS =
  /^(?!(?:has|with|no|without)[-_])(?:[\w]+[-_]{1,2})?sidebar(?:[-_]{1,2}(?:left|right|primary|secondary|\d))?$/i;

/**
 * Is el in a sidebar box (an <aside>, a box its class names so) below `scope`: one that holds no
 * headline of the page (a theme's "right-sidebar" on the wrapper around the story holds it)?
 */
function inSidebar(el: Element, scope: Element): boolean {
  for (let p = el.parentElement; p && p !== scope; p = p.parentElement)
    if ((p.tagName === 'ASIDE' || hasClassMatching(p, SIDEBAR_CLASS)) && !p.querySelector('h1')) return true;
  return false;
}

/** A class that names a caption: "news-img-caption", "image-legend", "legende", "lcv-thumb-legende". */
export const CAPTION_CLASS =
  /(?:^|[\s_-]|(?<=[a-z])(?=Caption))(?:caption|legend|legende|légende)(?:s|Text)?(?:$|[\s_-])/i;

function hasMediaOnly(parent: Element, child: Element): boolean {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
    if (c !== child && !SKIP.has(c.tagName)) return false;
  for (const n of parent.childNodes) if (n.nodeType === 3 && (n.textContent ?? '').trim()) return false;
  return true;
}

/** A gallery's counter: "1 / 5", "Photo 2/3", "3 sur 12". */
export const PHOTO_COUNTER = /^(?:photos?|images?|diapo)?\s*\d{1,3}\s*(?:\/|sur|de)\s*\d{1,3}$/i;

/** A gallery's counter whose number is at most its total ("1/3"; "20/11" is a date). */
export function isGalleryCounter(text: string): boolean {
  if (!PHOTO_COUNTER.test(text)) return false;
  const [n, of] = (text.match(/\d+/g) ?? []).map(Number);
  return n !== undefined && of !== undefined && n <= of;
}

function nextLine(el: Element): Element | null {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    // (a gallery's counter under its photo, "1 / 5", "Photo 2/3", is no line: the caption comes after)
    if (SKIP.has(s.tagName) || PHOTO_COUNTER.test(textOf(s))) continue;
    return textOf(s) || s.querySelector(MEDIA) ? s : null;
  }
  return null;
}

/** In italics, or its one child holding all its text, a few wrappers down: "<div><p><span style=italic>…". */
function isItalic(el: Element): boolean {
  return wholly(
    el,
    (e) => e.tagName === 'EM' || e.tagName === 'I' || /font-style\s*:\s*italic/i.test(e.getAttribute('style') ?? ''),
    3,
  );
}

function isLeaf(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return false;
  return true;
}

/**
 * A promo card: a box titled above a picture that links to another page ("Édition papier" over
 * the paper's front page), its line the card's blurb. A photo links to itself, to a lightbox or
 * to nothing; a label, a counter or a kicker above it changes nothing.
 */
function promoCard(box: Element, base: string): boolean {
  const link = box.closest('a[href]') ?? (box.tagName === 'A' ? box : null);
  const href = link?.getAttribute('href') ?? '';
  if (!href || /^(?:#|javascript:)/i.test(href) || /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href)) return false;
  const target = absoluteUrl(href, base)?.replace(/[?#].*$/, '');
  if (!target || target === base.replace(/[?#].*$/, '')) return false;
  for (let s = box.previousElementSibling; s; s = s.previousElementSibling)
    if (!SKIP.has(s.tagName) && textOf(s)) return true;
  return false;
}

/** What a reader presses or sets, not reads: a player's or a viewer's buttons. */
const CONTROLS = 'button, [role="button"], input, select, [role="slider"]';
/** A player's time: "00:00 / 03:42", "1:02:10 / 1:45:00". */
const MEDIA_TIME = /\d{1,2}(?::\d{2}){1,2}\s*\/\s*\d{1,2}(?::\d{2}){1,2}/g;

/**
 * The controls under a picture or a video: a player's bar ("00:00 / 03:42", "CC", "Plein écran"), a
 * viewer's "Cliquez pour agrandir" button. Nothing said of the photo there but the controls' words.
 */
function controlsOnly(line: Element): boolean {
  if (line.matches(CONTROLS)) return true;
  let rest = textOf(line);
  for (const control of line.querySelectorAll(CONTROLS)) rest = rest.replace(textOf(control), '');
  return !/\p{L}/u.test(rest.replace(MEDIA_TIME, ''));
}

/** Caption elements under `scope`, outermost, in page order. `known`: the layouts' caption selector. */
export function captionElements(scope: Element, known: string): Element[] {
  const found = new Set<Element>();
  // (a table's figure names the table, not a photo: "<figure class="wp-block-table"><table>…
  // <figcaption>Le GRDP de Quang Ninh… Infographie : VNA</figcaption>")
  for (const el of scope.querySelectorAll(known)) {
    const figure = el.tagName === 'FIGCAPTION' ? el.closest('figure') : null;
    if (figure?.querySelector('table') && !figure.querySelector(MEDIA)) continue;
    found.add(el);
  }
  for (const media of scope.querySelectorAll(MEDIA)) {
    // a logo or an ad is no photo: the line under it is the site's tagline, or the next box's
    // (nor a picture in the page's sidebar, when the story's box is not known: a promo's)
    if (notAPhoto(media) || inSidebar(media, scope)) continue;
    // the image's box: up while the parent holds nothing but it (a link, a wrapper)
    let box: Element = media;
    for (let i = 0; i < 3; i++) {
      const parent: Element | null = box.parentElement;
      if (!parent || parent === scope || !hasMediaOnly(parent, box)) break;
      box = parent;
    }
    const line = nextLine(box);
    if (!line || line.querySelector(MEDIA) || MEDIA_TAGS.has(line.tagName) || controlsOnly(line)) continue;
    const text = textOf(line);
    // (a card's headline under its picture is no caption, "<h2>Le Courrier du Vietnam Magazine</h2>";
    // a caption set as a heading is a sentence or ends on its credit)
    if (/^H[1-4]$/.test(line.tagName) && !/[.!…]$/.test(text) && !PHOTO_CREDIT.test(text)) continue;
    // (nor a block that holds a headline and more text: a card's body, a digest's item; a heading
    // alone in its cell is read as one, above)
    const headline = line.querySelector('h1, h2, h3, h4');
    if (headline && textOf(headline) !== text) continue;
    if (!text || text.length > MAX_CAPTION || line.closest('a[href]') || line.querySelector('a[href]')) continue;
    // (the line under a full-screen photo may be the story itself, "Hanoi (VNA) - …", or the
    // site's copyright: neither says what the photo shows)
    if (datelineOf(text) || /^(?:©|copyright\b)/i.test(text) || TEXT_AND_PHOTO.test(text)) continue;
    const parent = box.parentElement;
    // a figure-like box: the image and its line, nothing else (a promo card's line is its blurb)
    const ownBox =
      !!parent &&
      parent !== scope &&
      parent.querySelectorAll(MEDIA).length === 1 &&
      parent.childElementCount <= 3 &&
      !promoCard(box, scope.ownerDocument.URL);
    if (ownBox || isItalic(line) || PHOTO_CREDIT.test(text)) found.add(line);
  }
  // a table that frames a photo: its <caption> is the photo's ("lfr-image-caption", old CMSs)
  for (const caption of scope.querySelectorAll('table > caption')) {
    const table = caption.parentElement as Element;
    const media = table.querySelectorAll(MEDIA);
    const text = textOf(caption);
    if (media.length === 1 && !notAPhoto(media[0] as Element) && text && text.length <= MAX_CAPTION) found.add(caption);
  }
  for (const el of scope.querySelectorAll('p, div, em, i, span')) {
    if (!isLeaf(el)) continue;
    const text = textOf(el);
    // (a credit with a date is a byline: "Photo : VNP | 22/05/2025"; so is one of text and photos)
    if (text && text.length <= MAX_CAPTION && PHOTO_CREDIT.test(text) && !DATE.test(text) && !TEXT_AND_PHOTO.test(text))
      found.add(el);
  }
  // outermost only, by walking up (comparing every pair would be quadratic)
  return [...found]
    .filter((el) => {
      for (let p = el.parentElement; p && p !== scope; p = p.parentElement) if (found.has(p)) return false;
      return true;
    })
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}
