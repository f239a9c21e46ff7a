// The "Voir plus" feed and inline related links, turned into stories.
//
// Known layouts name their feed container; on unknown markup the feed is found by its structure
// (feed-runs.ts). Sidebar lists ("Les plus lus") are never related stories.

import type { RelatedItem } from '../types';
import { BARE_CREDIT, CAPTION_CLASS, endsOnCredit, MAX_CAPTION, PHOTO_CREDIT } from './captions';
import { BRACKETED_DATE, inPageYear, isDateLine, shortDateLine } from './date-lines';
import {
  firstTextLine,
  hrefOf,
  LINKS,
  onlyPictureAlt,
  opensByScript,
  pageKey,
  storyAddress,
  summaryAfterHeading,
} from './feed-runs';
import { INLINE_MARK } from './inline-lines';
import { type Layout, SITE } from './layouts';
import { hiddenByBlocker, hiddenByMarkup } from './marked-parts';
import { fromVietnameseDateText, isoInHanoi, timeIso } from './published';
import {
  hasLetter,
  linkTarget,
  linkTextLength,
  sameTextKey,
  squeeze,
  TEXT_LEVEL,
  textOf,
  textWithBreaks,
  VNA_OUTLET_NAMES,
  wholly,
} from './text';

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
  let textLinkLength = 0;
  let longLink: Element | null = null;
  let summary: Element | null = null;
  // paragraphs that may be the summary (the first other than the headline's, chosen once it is known)
  const paragraphs: Element[] = [];
  // lines of text of their own (a summary in a bare <div>, on markup without class names; the
  // first may be the title of a card that names none of its parts)
  const lines: Element[] = [];
  // a line that is only a date: "04/03/2024", "Lun, 04/03/2024 - 10:15"
  let dateLine: Element | null = null;
  let image: Element | null = null;
  let figcaption: Element | null = null;
  // the line a disclosure shows over its folded text ("<details><summary>")
  let disclosure: Element | null = null;
  let credited: Element | null = null;
  let time: Element | null = null;
  // a static querySelectorAll: Array.from over jsdom's live HTMLCollection is quadratic (10 s for 9,000 elements)
  for (const el of item.querySelectorAll('*')) {
    const tag = el.tagName;
    if ((tag === 'A' && el.hasAttribute('href')) || opensByScript(el)) {
      anyLink ??= el;
      // (a card's first link is often its picture's, with no text or a photo count, or its
      // rubric's: the title is its first link of a headline's length, else its longest)
      // (a link that only says "read on", "Lire la suite »", is the card's, not its title)
      const length = READ_MORE.test(textOf(el)) ? 0 : textOf(el).length;
      if (hasClassLike(el, TITLE_CLASS)) headingLink ??= el;
      if (length >= 15 && !longLink) longLink = el;
      if (length > textLinkLength) [textLink, textLinkLength] = [el, length];
      if (!headingLink && el.parentElement && isHeading(el.parentElement)) headingLink = el;
    } else if (tag === 'IMG' || tag === 'AMP-IMG') {
      // (a real picture wins over a drawn one)
      if ((!image || !/^(?:AMP-)?IMG$/.test(image.tagName)) && el.hasAttribute('alt')) image = el;
    } else if (!image && isDrawnPicture(el)) {
      image = el;
    } else if (tag === 'TIME') {
      // (a <time> without its machine date is read as the date line it shows, and is never a summary)
      if (el.hasAttribute('datetime')) time ??= el;
      else if (!dateLine && fromVietnameseDateText(textOf(el))) dateLine = el;
    } else if (tag === 'FIGCAPTION') {
      figcaption ??= el;
    } else if (isHeading(el)) {
      heading ??= el;
    } else if (!credited && image && !childHoldsText(el) && creditedCaption(textOf(el)) && inPictureBox(el, image)) {
      // (a caption shown under the picture, in its box, ends on its credit: "… à Hanoï. Photo : Duong
      // Ngoc/VNA/CVN"; a summary that ends so in the card's text stays its summary)
      credited = el;
    } else if (!credited && image && hasClassLike(el, CAPTION_CLASS) && !childHoldsText(el) && textOf(el)) {
      // (a line its class names the picture's caption, "lcv-thumb-legende", "extra caption": not
      // the card's summary, credited or not)
      credited = el;
    } else if (hiddenByMarkup(el, item)) {
      // (a summary the card's own markup hides, "<p style="display:none">", is not shown)
    } else if (!summary && hasClassLike(el, SUMMARY_CLASS) && classedSummary(el)) {
      summary = el;
    } else if (tag === 'P' && paragraphs.length < 3 && isSummaryParagraph(el)) {
      paragraphs.push(el);
    } else if (!dateLine && !childHoldsText(el) && isDateLine(el.textContent ?? '')) {
      dateLine = el;
    } else if (tag === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS') {
      disclosure ??= el;
    } else if (!dateLine && onlyLineChildren(el) && isDateLine(textWithBreaks(el))) {
      // (the time in an element of its own on the next line: "<td>28/09/2022<br><span>09:50</span></td>")
      dateLine = el;
    } else if (lines.length < 2 && el.childElementCount === 0 && !heading?.contains(el) && textOf(el).length >= 40) {
      lines.push(el);
    }
  }
  // (an accordion's teaser shows its headline as the disclosure's line, its one link a "Lire la
  // dépêche" under it; a card with a headline's link folds only its summary there: "Résumé")
  if (!heading && !headingLink && !longLink && disclosure) heading = disclosure;
  // (a picture card's figcaption that holds its headline is the card's text, not the photo's words)
  const title = headingLink ?? heading ?? longLink ?? textLink;
  const shown = figcaption && !(title && figcaption.contains(title)) ? figcaption : null;
  return {
    headingLink,
    heading,
    anyLink,
    textLink: longLink ?? textLink,
    summary,
    paragraphs,
    lines,
    dateLine,
    image,
    figcaption: shown ?? credited,
    time,
  };
}

/** A line of a photo's words that ends on its credit ("… Photo : VNA"), not the credit alone. */
function creditedCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && endsOnCredit(text);
}

/**
 * A picture's file name as its alt: "411473.jpg", "le don.jpg", "IMG_20250212.083015.jpg",
 * "Capture d'écran 2025-02-12 à 10.15.32.png" (a name may hold spaces and dots; no sentence ends
 * on an extension, and none holds a full stop before a space).
 */
const IMAGE_FILE_NAME = /^(?:(?![.!?]\s)[^\n]){0,80}\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/** Two words at least: one word is an id or a label ("26587", "nanodragon", "Vietnam-Japon"), no caption. */
const SEVERAL_WORDS = /\p{L}+[\s\u00a0]+\p{L}/u;

/**
 * A picture's alt that only credits it: a body and an agency, "Photo : Institut de biologie
 * tropicale du Vietnam/CVN"; an illustration's notice, "Photo d'illustration/VTV".
 */
const CREDIT_ALT =
  /^(?:[Pp]hotos?\s*:\s*\p{Lu}[^.!?:]{0,80}\/\s*(?:VNA|CVN|VNP|VI|AVI|TTXVN)|[Pp]hotos?\s+d['’]illustration\s*[/:]\s*[^\s]{2,40})\s*\.?$/u;

/** A date opening a summary's text: "02/02/2026 Les intellectuels…". */
const LEADING_DATE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s+(?=\p{Lu})/u;

/** A card's link that only says "read on": "Lire la suite »", "En savoir plus", "[+]", "Read more…". */
const READ_MORE =
  /^(?:(?:lire|voir) (?:la )?suite|lire plus|la suite|suite|en savoir plus|(?:lire|voir) (?:l['’]article|la d[ée]p[êe]che|la nouvelle)|read more|more)\s*(?:[»>›→]+|…|\.{3})?$|^\[\+\]$/i;

/** A title set in bold before the card's text, outside its links: "<p><b>Titre</b><br>Résumé… <a>Lire la suite »</a></p>". */
function boldTitle(item: Element): string {
  for (const el of item.querySelectorAll('b, strong'))
    if (!el.closest('a') && textOf(el).length >= 15) return textOf(el);
  return '';
}

/**
 * A card's summary in its own words after its title on one line: "<p><b><a>Titre</a></b> – Le
 * taux de foyers…</p>" (a sentence's length, past a dash or a colon). Its text, or ''.
 */
function wordsAfterTitle(item: Element, title: string): string {
  const text = textOf(item);
  if (!text.startsWith(title)) return '';
  const rest = text.slice(title.length).replace(/^\s*[–—:-]?\s*/, '');
  return rest.length >= 40 && SENTENCE_END.test(rest) ? rest : '';
}

/** A paragraph that holds a card's title, its summary and its "Lire la suite »" link: the summary alone. */
function besideReadMore(text: string, title: string, more: string): string {
  const after = text.startsWith(title) ? text.slice(title.length) : text;
  const before = after.endsWith(more) ? after.slice(0, -more.length) : after;
  return before.trim() || text;
}

/** A sentence's end, or WordPress's excerpt mark: "… […]", "… [...]". */
const SENTENCE_END = /(?:[.!?…»"]|\[(?:…|\.\.\.)\])$/;
/**
 * A summary written as a second link to the story, a sentence after the headline's link (a
 * newsletter's "<a>Title</a><br><a>En 2023, la croissance …</a>"). Its text, or ''.
 */
function linkedSummary(item: Element, link: Element, title: string): string {
  const target = hrefOf(link);
  for (const other of item.querySelectorAll('a[href]')) {
    // (not the picture's link: its words are the photo's caption, "<a><figure><img/><figcaption>")
    if (other === link || other.querySelector('img, picture, figure, amp-img')) continue;
    const text = textOf(other);
    if (hrefOf(other) === target && text !== title && text.length >= 25 && SENTENCE_END.test(text)) return text;
  }
  return '';
}

/**
 * A picture drawn as a box's background, saying what it shows in its aria-label ("<div role="img"
 * aria-label="À la rédaction du Courrier du Vietnam." style="background-image:url(…)">"); not an
 * icon's or a badge's label ("Vidéo", "Note : 4 sur 5").
 */
function isDrawnPicture(el: Element): boolean {
  return (
    el.getAttribute('role') === 'img' &&
    // (or one a lazy loader draws once in view: "data-bgsrc", "data-bg", "data-background-image")
    (/background(?:-image)?\s*:[^;]*url\(/i.test(el.getAttribute('style') ?? '') ||
      [...el.attributes].some((a) => /^data-(?:bg|background)/i.test(a.name))) &&
    (el.getAttribute('aria-label') ?? '').trim().length >= 15
  );
}

/** Is el in the picture's own box (two levels up at most), one that holds no headline? */
function inPictureBox(el: Element, image: Element): boolean {
  for (let box = el.parentElement, up = 0; box && up < 2; box = box.parentElement, up++)
    if (box.contains(image)) return !holdsHeading(box) || besidePicture(box, el, image);
  return false;
}

/**
 * In a card that holds its headline too, is the line a part of its own right under (or over) the
 * picture's ("<div field-media><img></div><div field-caption>… Photo: VNA</div><div field-title>…")?
 */
function besidePicture(box: Element, el: Element, image: Element): boolean {
  const partOf = (node: Element) => {
    let part: Element = node;
    while (part.parentElement && part.parentElement !== box) part = part.parentElement;
    return part;
  };
  const [line, picture] = [partOf(el), partOf(image)];
  // (a part of its own: not the card's text, its headline and a summary that ends on a credit)
  if (holdsHeading(line) || line.querySelector(LINKS)) return false;
  return line.previousElementSibling === picture || line.nextElementSibling === picture;
}

/** Does el hold a headline: a heading, or an element its class names one ("post-title")? */
function holdsHeading(el: Element): boolean {
  for (const e of el.querySelectorAll('*')) if (isHeading(e)) return true;
  return false;
}

/** Does a child element hold text? (An icon before a date line holds none: "<small><i class="fa-clock"></i> 16/04/2014</small>".) */
function childHoldsText(el: Element): boolean {
  for (const c of el.children) if (textOf(c)) return true;
  return false;
}

/**
 * Lines of text and nothing more: line breaks and text-level children that hold no element of their
 * own ("28/09/2022<br><span>09:50</span>"; not a nest of spans, read once from its innermost).
 */
function onlyLineChildren(el: Element): boolean {
  if (!el.childElementCount) return false;
  for (const c of el.children)
    if (c.tagName !== 'BR' && (!TEXT_LEVEL.has(c.tagName) || c.childElementCount > 0)) return false;
  return true;
}

/** A paragraph with words: not only the teaser's date ("<p class="info"><time>14.11.2025</time></p>"), nor a kicker. */
function isSummaryParagraph(p: Element): boolean {
  const text = textOf(p);
  // (nor a link's line, "Lire la suite »", a rubric's link: a linked excerpt is linkedSummary's)
  return !!text && !isDateLine(text) && !isKicker(text) && linkTextLength(p) * 2 < text.length;
}

/** A rubric's word or two over a headline, "Sports", "Politique intérieure": no sentence. */
function isKicker(text: string): boolean {
  return text.split(/\s+/).length <= 3 && !SENTENCE_END.test(text);
}

/** The words a teaser's summary may be, of its parts: not its kicker, not a photo credit alone. */
const summaryLike = (text: string) => !!text && !isKicker(text) && !BARE_CREDIT.test(text);

/**
 * A box its class names a summary that says one: words of a summary's kind, not a date, not a box
 * around the headline ("card summary has-image" holds it) nor a link alone (a "sub-title" box
 * holding the headline's link).
 */
function classedSummary(el: Element): boolean {
  const text = textOf(el);
  const link = el.querySelector('a[href]');
  return summaryLike(text) && !isDateLine(text) && !holdsHeading(el) && !(link && textOf(link) === text);
}

function isHeading(el: Element): boolean {
  // (an app's markup of divs says it by role: "<div role="heading" aria-level="3">")
  return HEADINGS.has(el.tagName) || hasClassLike(el, TITLE_CLASS) || el.getAttribute('role') === 'heading';
}

/**
 * A teaser's title and summary by their class names, known ones and the usual shapes of the rest
 * ("rel-card__title", "card-title", "ps-item__sapo", "teaser-excerpt").
 */
// (a "sub-headline" under the headline is the teaser's summary, "arr--sub-headline"; not Bootstrap's
// "card-subtitle", a rubric's or a date's line)
const TITLE_CLASS = new RegExp(
  `^(?:${SITE.teaserTitleClasses.join('|')})$|(?:^|[_-])(?<!sub[_-])(?:title|heading|headline)$`,
  'i',
);
const SUMMARY_CLASS = new RegExp(
  `^(?:${SITE.teaserSummaryClasses.join('|')})$|(?:^|[_-])(?:sapo|summary|desc|description|excerpt|intro|chapeau|lead|sub[_-]?headline)$`,
  'i',
);

function hasClassLike(el: Element, re: RegExp): boolean {
  for (const c of el.classList) if (re.test(c)) return true;
  return false;
}

/** A teaser title is longer than this ("Vidéo", "Lire", a photo count are not titles). */
const MIN_SHOWN_TITLE = 15;

/** A VNA outlet's name after a separator, ending a page's <title>: "… | Vietnam+ (VietnamPlus)", "… - Le Courrier du Vietnam". */
const OUTLET_SUFFIX = new RegExp(
  String.raw`\s+[|–—-]\s+(?:${VNA_OUTLET_NAMES})(?:\s*\((?:vietnam\s?\+|vietnamplus|vna)\))?\s*$`,
  'iu',
);

/** One teaser: heading link, summary, image caption (alt or figcaption), date. */
function teaserOf(item: Element, base: string): RelatedItem | null {
  const parts = teaserParts(item);
  // a card that is one link holds no link inside
  const link =
    parts.headingLink ??
    (parts.heading ? null : parts.textLink) ??
    parts.anyLink ??
    (item.matches(LINKS) ? item : null);
  // (a link's visible words of a headline's length are its title; its title attribute, when they
  // are fewer — a picture's link — or else its summary: Plone puts the description there)
  const shown = link && !parts.heading && !parts.headingLink ? firstLine(link) || textOf(link) : '';
  const hint = link?.getAttribute('title')?.trim() ?? '';
  // (a headline cut short on screen, "Le Vietnam renforce sa coopération avec…", is whole in the attribute)
  const cut = /(?:…|\.\.\.)$/.exec(shown);
  const whole = !!cut && hint.length > shown.length && hint.startsWith(shown.slice(0, cut.index).trimEnd());
  let title = parts.headingLink
    ? textOf(parts.headingLink)
    : textOf(parts.heading) || (shown.length >= MIN_SHOWN_TITLE && !whole ? shown : hint || shown);
  // (a card whose one link says "Lire la suite »" after its title in bold and its summary)
  // (or its first line of text, in a weight its class sets: "<div class="font-bold">")
  if (!parts.heading && !parts.headingLink && READ_MORE.test(title))
    title = boldTitle(item) || firstTextLine(item) || title;
  // (a card whose links say nothing — its picture's, hidden from assistive technology, while a
  // script opens the story from the card: "<div role=link data-href><a aria-hidden><img></a>
  // <div>Titre</div>…" — is titled by its first line of text)
  if (!title && link && !textOf(link)) title = firstTextLine(item);
  // (a card that is its picture alone, an AMP page's "<a><amp-img alt="Titre"></a>": the picture's
  // words are its headline)
  if (!title && !textOf(item)) title = onlyPictureAlt(item);
  // (a headline has words: a pager's "1", "»" is none; and a card that shows nothing, its link's
  // title attribute aside — a page cut off inside its picture's tag — is none the reader sees)
  if (!title || !link || !hasLetter(title) || (!textOf(item) && !parts.image)) return null;
  // (a link preview repeats the page's <title>, the outlet's name after a bar: "X | Vietnam+ (VietnamPlus)")
  title = title.replace(OUTLET_SUFFIX, '') || title;
  // (a definition list's <dt> has its summary and date in the <dd>s after it, one or several)
  // (and a flattened card's linked subheading, in the paragraph after it)
  const dds = item.tagName === 'DT' ? ddsOf(item) : [summaryAfterHeading(item)].filter((el) => el !== null);
  const ddLines = dds.map((el) => (isDateLine(textOf(el)) ? el : teaserParts(el).dateLine));
  const found =
    textOf(parts.summary) ||
    // (not the headline's own <p class="tit">)
    parts.paragraphs.map(textOf).find((t) => t !== title) ||
    // (not words in another link than the headline's: a picture's link, "Voir la photo (des frais
    // de données peuvent s'appliquer)"; a card that is one link holds its summary in that link)
    parts.lines
      .filter((l) => {
        const a = l.closest('a[href]');
        return !a || !item.contains(a) || a === link || a.contains(link);
      })
      .map(textOf)
      .find((t) => t !== title) ||
    // (the attribute says more than the headline: a description, not "Lire l'article")
    (hint.length > title.length && title === shown && !hint.startsWith(title) ? hint : '') ||
    dds.map((el, k) => squeeze(textOf(el).replace(textOf(ddLines[k] ?? null), ''))).find(summaryLike) ||
    linkedSummary(item, link, title) ||
    wordsAfterTitle(item, title) ||
    null;
  // (and never its "Lire la suite »" link's words, whichever link is the title's)
  const more = found ? [...item.querySelectorAll('a[href]')].map(textOf).find((t) => READ_MORE.test(t)) : undefined;
  const beside = found && more ? besideReadMore(found, title, more) : found;
  // (a summary that opens on the teaser's date, one line of text in an e-mail's cell: "02/02/2026
  // Les intellectuels…": the date is its date, the rest its summary)
  const dated = beside ? LEADING_DATE.exec(beside) : null;
  const summary = dated ? beside?.slice(dated[0].length) || null : beside;
  // (a picture's alt that repeats the headline, names its file or credits it alone says nothing of
  // the photo; a caption shown may)
  // (an <img>'s alt, even empty; a drawn picture's aria-label)
  // (an <img alt=""> inside a picture drawn for assistive technology, "<div role="img" aria-label=…>":
  // the label names it)
  const drawing =
    parts.image?.tagName === 'IMG' ? parts.image.parentElement?.closest('[role="img"][aria-label]') : null;
  const label = drawing && item.contains(drawing) ? drawing.getAttribute('aria-label') : null;
  const alt = squeeze(parts.image?.getAttribute('alt') || label || parts.image?.getAttribute('aria-label') || '');
  // (the headline and a credit say nothing more of the photo: "Titre. Photo : VNA")
  const uncredited = alt.replace(PHOTO_CREDIT, '').replace(/[\s.]+$/, '');
  // (nor does the headline's end after its kicker, "Cà Mau : planter les mangroves…"; nor one word, an
  // id or a label, "26587", "nanodragon", "photo-50174"; nor a credit to a body or an illustration)
  const saysOfPhoto =
    alt !== title &&
    uncredited !== title.replace(/[\s.]+$/, '') &&
    !(uncredited.length >= 15 && sameTextKey(title).endsWith(sameTextKey(uncredited))) &&
    SEVERAL_WORDS.test(alt) &&
    !IMAGE_FILE_NAME.test(alt) &&
    !BARE_CREDIT.test(alt) &&
    !CREDIT_ALT.test(alt);
  // (a caption shown under the picture says more than its alt, a label at times, "Vietnam-Japon";
  // not a credit alone shown there)
  const underPicture = textOf(parts.figcaption);
  const caption =
    (underPicture && !BARE_CREDIT.test(underPicture) ? underPicture : null) ||
    (saysOfPhoto && alt) ||
    underPicture ||
    null;
  const dateText = parts.dateLine ? textWithBreaks(parts.dateLine) : '';
  const short = dateText ? shortDateLine(dateText) : null;
  const teaser: RelatedItem = {
    title,
    summary: summary && summary !== title ? summary : null,
    caption,
    url: linkTarget(hrefOf(link), base),
    published:
      (parts.time && timeIso(parts.time)) ||
      (dateText && fromVietnameseDateText(dateText)) ||
      (typeof short === 'string' ? short : null) ||
      ddLines.map((el) => el && fromVietnameseDateText(textOf(el))).find(Boolean) ||
      dateInParens(textOf(item)) ||
      lineTailDate(item) ||
      labelDate(item) ||
      dataDate(item) ||
      (dated ? fromVietnameseDateText(dated[1] as string) : null),
    origin: 'feed',
  };
  if (!teaser.published && short && typeof short !== 'string') yearless.set(teaser, short);
  return teaser;
}

/** Teasers that show a day and a month only ("13 déc.", "16/07"): their year is the page's. */
const yearless = new WeakMap<RelatedItem, { day: number; month: number }>();

/**
 * Dates the teasers that show a day and a month only, in the year nearest the page's own date. A
 * feed shows short dates for its recent stories, recent when the page is seen: an old story read
 * months later (`seenAt`) lists other days, whose year it does not say (left undated).
 */
export function dateInPageYear(teasers: RelatedItem[], pagePublished: string | null, seenAt: string | null): void {
  if (!pagePublished) return;
  const seen = seenAt ? Date.parse(seenAt) : Number.NaN;
  if (Math.abs(seen - Date.parse(pagePublished)) > SHORT_DATES_SPAN) return;
  for (const teaser of teasers) {
    const shown = yearless.get(teaser);
    if (shown && !teaser.published) teaser.published = inPageYear(shown.day, shown.month, pagePublished);
  }
}
/** How far from the page's date a reader's visit still dates its feed's short dates: half a year. */
const SHORT_DATES_SPAN = 183 * 24 * 3_600_000;

/**
 * A card's machine date kept in a data attribute, as script-built lists keep it when they show
 * none: "<article class="vp-card" data-published="2021-11-03T08:30:00+07:00">" (an ISO date only:
 * "data-published="true"" is a flag).
 */
function dataDate(item: Element): string | null {
  const holders = [item, ...item.querySelectorAll(DATA_DATES)].slice(0, 4);
  for (const el of holders)
    for (const name of DATA_DATE_NAMES) {
      const value = el.getAttribute(name) ?? '';
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) return isoInHanoi(value);
    }
  return null;
}
// (not "data-date": a calendar's or an event's day as often as the story's)
const DATA_DATE_NAMES = ['data-published', 'data-pubdate', 'data-publish-date', 'data-published-time'];
const DATA_DATES = DATA_DATE_NAMES.map((n) => `[${n}]`).join(', ');

/**
 * The date after a teaser link on its own line, outside it: "<a>Title</a> <font>(16/03/2015)</font><br>"
 * (read up to the line's end, a block or another link); or alone on the next line, "<a>Title</a><br>
 * <font>04/02/2015</font><br>".
 */
function lineTailDate(item: Element): string | null {
  if (item.tagName !== 'A') return null;
  const { text, next } = lineAfter(item.nextSibling);
  const own = dateInParens(text);
  if (own) return own;
  // (when a date line opens each teaser, over its title, the date under a title is the next one's)
  const line = datesOpenTeasers(item) ? lineBefore(item) : next ? lineAfter(next).text.trim() : '';
  return isDateLine(line) ? fromVietnameseDateText(line) : null;
}

/** The <br> that opens the line a node is on, looked for a dozen nodes back (the node there when none). */
function brBefore(node: ChildNode): ChildNode | null {
  let n: ChildNode | null = node.previousSibling;
  for (let k = 0; n && k < 12 && !(n.nodeType === 1 && (n as Element).tagName === 'BR'); k++) n = n.previousSibling;
  return n;
}

/** The words of the line over the one a node is on (between the two <br>s before it). */
function lineBefore(node: ChildNode): string {
  let text = '';
  for (let p = brBefore(node)?.previousSibling ?? null, k = 0; p && k < 6; p = p.previousSibling, k++) {
    if (p.nodeType === 1 && ((p as Element).tagName === 'BR' || (p as Element).tagName === 'A')) break;
    text = `${p.textContent ?? ''} ${text}`;
  }
  return text.trim();
}

/**
 * In a list of lines parted by <br>s, titles and their dates, does the list open on a date (each
 * date over its title) rather than on a title (each date under it)? Read back from a title's line
 * to the first line that is neither.
 */
function datesOpenTeasers(item: Element): boolean {
  let first = '';
  let line: string[] = [];
  let linked = false;
  // (from the line before the title's own)
  for (
    let n: ChildNode | null = brBefore(item)?.previousSibling ?? null, k = 0;
    n && k < 200;
    n = n.previousSibling, k++
  ) {
    const br = n.nodeType === 1 && (n as Element).tagName === 'BR';
    if (!br) {
      line.unshift(n.textContent ?? '');
      linked ||= n.nodeType === 1 && ((n as Element).tagName === 'A' || !!(n as Element).querySelector('a'));
      if (n.previousSibling) continue;
    }
    // (a line holds a title's link, or is a date; a title's bullet, "•", is no word)
    const words = line.join(' ').trim();
    if (/[\p{L}\d]/u.test(words) || linked) {
      if (!linked && !isDateLine(words)) break;
      first = linked ? 'title' : 'date';
    }
    line = [];
    linked = false;
  }
  return first === 'date';
}

/** The words from a node to its line's end (a <br>, a block, a link), and the node after that <br>. */
function lineAfter(from: ChildNode | null): { text: string; next: ChildNode | null } {
  let text = '';
  for (let n = from, k = 0; n && k < 6; n = n.nextSibling, k++) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR') return { text, next: el.nextSibling };
      if (el.tagName === 'A' || el.querySelector('a')) break;
    }
    text += ` ${n.textContent ?? ''}`;
    if (text.length > 60) break;
  }
  return { text, next: null };
}

/** A teaser <dd>'s date in the <dt> without a link before it: "<dt><time>12/09/2024</time></dt><dd><a>…". */
function labelDate(item: Element): string | null {
  const dt = item.previousElementSibling;
  if (item.tagName !== 'DD' || dt?.tagName !== 'DT' || dt.querySelector(LINKS)) return null;
  const time = dt.querySelector('time');
  return (time && timeIso(time)) || fromVietnameseDateText(textOf(dt));
}

/** A title-only list's "(22/03/2026)", "[22/03/2026]" or "(27/12/16)" after the link. */
function dateInParens(text: string): string | null {
  const shown = BRACKETED_DATE.exec(text)?.[1];
  if (!shown) return null;
  const short = shortDateLine(shown);
  return fromVietnameseDateText(shown) ?? (typeof short === 'string' ? short : null);
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

/**
 * A card that is one link and names none of its parts: its first line of a headline's length is
 * the title ("<a><div>Title</div><div>Summary</div><div>date</div></a>"), past a date and a short
 * rubric label before it.
 */
function firstLine(link: Element): string | null {
  const ownWords = (el: Element) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
  // (past wrappers of one box: a whole card as the link, "<a><li><div><img/></div><div><p>Titre</p>
  // <time>il y a 7 ans</time></div></li></a>")
  let box = link;
  while (box.childElementCount === 1 && !ownWords(box) && box.firstElementChild) box = box.firstElementChild;
  // (a link with text of its own is a headline with inline parts: "Le président <b>X</b> reçoit …")
  if (box.childElementCount < 2 || ownWords(box)) return null;
  let short: string | null = null;
  for (const el of link.querySelectorAll('*')) {
    if (el.childElementCount > 0) continue;
    const text = textOf(el);
    // (nor the picture's caption shown in the link before the headline: "… à Juba. Photo diffusée par l'AVI")
    if (!text || isDateLine(text) || creditedCaption(text)) continue;
    if (text.length >= 25) return text;
    if (text.length >= 15) short ??= text;
  }
  return short;
}

/** Swiper's "swiper-slide-duplicate", Slick's "slick-cloned", Owl's "cloned" (on the item or the slide around it). */
const CLONE_CLASS = /(?:^|[_-])(?:duplicate|cloned?)$/i;

function isCarouselClone(item: Element): boolean {
  for (let el: Element | null = item, up = 0; el && up < 3; el = el.parentElement, up++)
    if (hasClassLike(el, CLONE_CLASS)) return true;
  return false;
}

function ddOfTeaser(item: Element): boolean {
  let dt = item.previousElementSibling;
  while (dt?.tagName === 'DD') dt = dt.previousElementSibling;
  return item.tagName === 'DD' && dt?.tagName === 'DT' && !!(dt.matches(LINKS) || dt.querySelector(LINKS));
}

/** The <dd>s after a <dt>, up to the next <dt>: its summary, its date. */
function ddsOf(dt: Element): Element[] {
  const out: Element[] = [];
  for (let dd = dt.nextElementSibling; dd?.tagName === 'DD' && out.length < 4; dd = dd.nextElementSibling) out.push(dd);
  return out;
}

/** Teasers of lists of teaser elements, in order, deduplicated by URL then title. */
export function teasers(lists: Element[][], base: string): RelatedItem[] {
  const out: RelatedItem[] = [];
  const seen = new Map<string, RelatedItem>();
  for (const items of lists) {
    for (const item of items) {
      if (out.length >= MAX_RELATED) return out;
      // a carousel's copies of its first and last slides, made for its loop, are no teasers of their
      // own, nor is a <dd>: its teaser <dt>'s summary and date (a <dt> without a link is the list's
      // label: "<dt>Contenu lié</dt><dd>…")
      if (isCarouselClone(item) || ddOfTeaser(item) || hiddenByBlocker(item)) continue;
      const teaser = teaserOf(item, base);
      if (!teaser) continue;
      const key = teaser.url ?? `title:${teaser.title.toLowerCase()}`;
      // (the same teaser printed twice, a carousel and its list copy: what the first copy does not
      // show, the second may — its summary, its date)
      const first = seen.get(key);
      // (the same title too: a second copy under that address with another headline is another
      // story's, a template's slip)
      if (first && sameTextKey(first.title) !== sameTextKey(teaser.title)) continue;
      if (first) {
        first.summary ??= teaser.summary;
        first.caption ??= teaser.caption;
        first.published ??= teaser.published;
        continue;
      }
      seen.set(key, teaser);
      out.push(teaser);
    }
  }
  return out;
}

/**
 * Story cards set among the body's paragraphs (a Ghost "bookmark card", an embedded "À lire"
 * box): a block whose whole text is one link to another story, of a headline's length, with a
 * paragraph of the story right before or after it (not the page's own headline, linked to itself,
 * nor a tag page). Found link by link, each block's text measured once.
 */
export function inlineCards(scope: Element, base: string, title: Element | null): Element[] {
  const cards: Element[] = [];
  const self = pageKey(base);
  const length = new Map<Element, number>();
  const lengthOf = (el: Element) => {
    let n = length.get(el);
    if (n === undefined) {
      n = squeeze(el.textContent ?? '').length;
      length.set(el, n);
    }
    return n;
  };
  for (const a of scope.querySelectorAll('a[href]')) {
    const own = lengthOf(a);
    if (own < 30) continue;
    // (a link in a sentence or a list item is the line's; a heading that is the link alone is a
    // card's headline)
    // (a list of one item that is the link alone is a card's: "<div>Lire aussi<ul><li><a>…</a></li></ul></div>")
    const line = a.closest('p, li, h1, h2, h3, h4, h5, h6');
    const whole = !!line && scope.contains(line) && lengthOf(line) === own;
    const lone = line?.tagName === 'LI' && line.parentElement?.childElementCount === 1;
    if (line && !(whole && (HEADINGS.has(line.tagName) || lone))) continue;
    const address = storyAddress(a.getAttribute('href'), base, self);
    if (!address) continue;
    // up while the block holds nothing but the link's text, or that headline and a short summary
    // of the same story ("<div><a><img></a><h3><a>Title</a></h3><p>Summary</p></div>")
    let card: Element = a;
    for (
      let up = card.parentElement;
      up &&
      up !== scope &&
      (lengthOf(up) === own ||
        labelledLink(up, a) ||
        (CARD_PART.test(card.tagName) && oneStoryCard(up, own, address, base, self, lengthOf)));
      up = up.parentElement
    )
      card = up;
    // (links come in page order: only the last card found can hold this one)
    // (beside a paragraph of the story; or anywhere in the body when its label says to read it
    // too, "<div><h5>Lire aussi</h5><a>…</a></div>" between a photo and a crosshead)
    if (cards[cards.length - 1]?.contains(card) || !(storyParagraphBeside(card) || labelledLink(card, a))) continue;
    if (title && (card.contains(title) || title.contains(card))) continue;
    cards.push(card);
  }
  return cards;
}

/** What a card's headline stands in, a block of its own. */
const CARD_PART = /^(?:H[1-6]|DIV|HEADER)$/;
/** A card's summary is at most this long beside its headline. */
const MAX_INLINE_SUMMARY = 300;

/**
 * A box of one story's card: every link in it goes to that story, its words are the headline's
 * and a summary's worth in elements of their own (no words of the box's own, which would make it a
 * paragraph: "<div>Selon <a>…</a>, …</div>").
 */
function oneStoryCard(
  box: Element,
  headline: number,
  address: string,
  base: string,
  self: string,
  lengthOf: (el: Element) => number,
): boolean {
  if (!CARD_PART.test(box.tagName) || lengthOf(box) - headline > MAX_INLINE_SUMMARY) return false;
  for (const n of box.childNodes) if (n.nodeType === 3 && hasLetter(n.textContent ?? '')) return false;
  const links = box.querySelectorAll('a[href]');
  for (const l of links) if (storyAddress(l.getAttribute('href'), base, self) !== address) return false;
  // (a card shows its mark: a picture, or a second link to the story, its picture's; a section of
  // the story under a linked subheading has neither)
  return links.length > 1 || !!box.querySelector('img, picture, amp-img');
}

/** "Lire aussi", "À lire également :" — a box's label and nothing else beside its one link. */
const READ_ALSO_LABEL = /^(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|[ée]galement)\s*:?$/i;

/**
 * A box holding one link (or a card's links to one story: its picture's and its headline's) and
 * the label that says to read it too ("<div><span>Lire aussi</span><a>…</a></div>").
 */
function labelledLink(box: Element, link: Element): boolean {
  const href = link.getAttribute('href');
  for (const a of box.querySelectorAll('a[href]')) if (a.getAttribute('href') !== href) return false;
  const rest = squeeze((box.textContent ?? '').replace(link.textContent ?? '', ''));
  return READ_ALSO_LABEL.test(rest);
}

/**
 * A paragraph of the story right before or after the card: a <p>, or the box of one (a CMS that
 * sets each element of a story in a box of its own, "<div class=story-element><p>…</p></div>").
 */
function storyParagraphBeside(el: Element): boolean {
  const paragraph = (p: Element) => p.tagName === 'P' && squeeze(p.textContent ?? '').length >= 80;
  for (const s of [el.previousElementSibling, el.nextElementSibling]) if (s && wholly(s, paragraph, 3)) return true;
  return false;
}

export function inlineCardStory(card: Element, base: string): RelatedItem | null {
  // (its label, "<h5>Lire aussi</h5>", is no headline: the link's is)
  const label = [...card.querySelectorAll('*')].find(
    (el) =>
      !el.querySelector('a[href]') && !el.closest('a[href]') && READ_ALSO_LABEL.test(squeeze(el.textContent ?? '')),
  );
  // (the card leaves the page's copy after this: its label may go first)
  label?.remove();
  const [story] = teasers([[card]], base);
  return story ? { ...story, origin: 'inline' } : null;
}

/** The stories of an inline line: one, or one a link when each opens on its mark (">>A<br>>>B"). */
export function inlineStories(p: Element, base: string): RelatedItem[] {
  const links = [...p.querySelectorAll('a[href]')];
  // (each link marked, in its words or right before it: "<a>» X</a>", "&gt;&gt;<a>X</a><br>&gt;&gt;<a>Y</a>")
  const marked = (a: Element) =>
    INLINE_MARK.test(a.textContent ?? '') ||
    (a.previousSibling?.nodeType === 3 && INLINE_MARK.test(a.previousSibling.textContent ?? ''));
  const each = links.length > 1 && links.every(marked);
  return (each ? links.map((a) => inlineStory(p, base, a)) : [inlineStory(p, base)]).filter(
    (s): s is RelatedItem => s !== null,
  );
}

export function inlineStory(p: Element, base: string, a = p.querySelector('a[href]')): RelatedItem | null {
  const title = squeeze((a?.textContent ?? p.textContent ?? '').replace(INLINE_MARK, ''));
  // (a story's: "» Toutes les actualités Économie" opens a rubric)
  if (!title || !storyAddress(a?.getAttribute('href') ?? null, base, pageKey(base))) return null;
  return {
    title,
    summary: null,
    caption: null,
    url: linkTarget(a?.getAttribute('href'), base),
    published: null,
    origin: 'inline',
  };
}
