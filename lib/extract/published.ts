// When the article was published, from the most explicit cue the page offers:
// article:published_time, JSON-LD datePublished, microdata, time[datetime], then a "dd/mm/yyyy
// hh:mm" text; on markup no layout knows, a dated line near the title (dateLineNear).

import { monthNumber, SHORT_MONTH, WEEKDAY, WRITTEN_MONTH } from '../dates/names';
import {
  DATE_LABEL,
  englishDateLine,
  fullYear,
  isDateLine,
  isoOf,
  RUBRIC_BEFORE_DATE,
  TIME_TAIL,
  unbracketed,
  VN_OFFSET,
  YEAR_FIRST_DATE_LINE,
} from './date-lines';
import { hrefOf, LINKS, pageKey } from './feed-runs';
import { SITE } from './layouts';
import { inNamedCommentBox } from './marked-parts';
import {
  absoluteUrl,
  FOLLOWING,
  holdsRunningText,
  openedWrapper,
  ownTextBetween,
  PUBLISHED_BY_OUTLET,
  squeeze,
  TEXT_LEVEL,
  textOf,
  VNA_OUTLET_NAMES,
} from './text';

/**
 * A machine-readable date as the page's own time: VNA dates in Hanoi time, so a UTC or other
 * offset ("2023-09-21T02:12:00Z") is given as the same instant at +07:00 (its day is Hanoi's day).
 * Null when it is no date.
 */
export function isoInHanoi(value: string | null | undefined): string | null {
  if (!value) return null;
  // ("…T09:12:00+0700": an offset without its colon, which not every browser parses)
  // (and "2023-09-21 18:30:00Z", "… 18:30:00 +0700", "… 18:30:00 UTC" as Ruby writes them: a space
  // for the T, a space before the zone)
  const raw = value.trim();
  const v = raw
    .replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{2}:)/, '$1T')
    .replace(/\s*(?:UTC|GMT)$/i, 'Z')
    .replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:UTC|GMT)?\s*([+-]\d{2}):?(\d{2})$/i, '$1$2:$3');
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  // (a day alone is that day in Hanoi; a time without its zone is Hanoi's: the page's own clock)
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : `${v}T00:00:00${VN_OFFSET}`;
  const local = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(v);
  if (local) return Number.isNaN(Date.parse(v)) ? null : `${local[1]}${local[2] ?? ':00'}${VN_OFFSET}`;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return Number.isNaN(Date.parse(raw)) ? null : raw;
  if (!/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:\d{2})$/i.test(v)) return v;
  // (Hanoi's own offset too: "…T09:30+07:00", without its seconds, is written out in full)
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}${VN_OFFSET}`;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue; // not worth parsing on a hostile page
    try {
      const found = findDatePublished(JSON.parse(raw), 0);
      if (found) return found;
    } catch {
      // malformed JSON-LD is common; other cues remain
    }
  }
  return null;
}

function findDatePublished(node: unknown, depth: number): string | null {
  if (depth > 5 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = findDatePublished(n, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const direct = typeof obj.datePublished === 'string' ? isoInHanoi(obj.datePublished) : null;
  if (direct) return direct;
  return findDatePublished(obj['@graph'], depth + 1);
}

// "02 juillet 2018 - 08h45", "1er août 2018 à 10:25", "9 septembre 2010 @ 15:32:08" (PHP-Nuke)
const WRITTEN_DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:er)?\s+(${WRITTEN_MONTH}|${SHORT_MONTH})\s+(\d{4})(?:\s*(?:(?:[-–,·|@]|à)\s*)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?`,
  'i',
);

// ("Publié le", "Posté le", "Mise en ligne :", a weekday, or a publication's label and its weekday: "Mise en
// ligne : mercredi"; an update's label alone, as before)
// (what may open a date line: a label, a weekday, a day's "Le" — "Le mardi 10 mai", "Le 10 mai":
// the weekday's pattern, three letters at least, does not take "Le")
const DATE_LINE_START = new RegExp(
  String.raw`^\s*(?:${RUBRIC_BEFORE_DATE})?(?:(?:publi[ée]e?|post[ée]e?|mise? en ligne)(?:\s+le)?\s*:?\s*(?:${WEEKDAY}\.?,?\s*)?|(?:mis à jour|mise à jour)(?:\s+le)?\s*:?\s*|(?:le\s+)?\p{L}{3,9}\.?,?\s*|le\s+)?$`,
  'iu',
);

/**
 * "18/02/2017 10:15" → "2017-02-18T10:15:00+07:00"; a date written out too ("02 juillet 2018 -
 * 08h45"), the way some of the sites print it.
 */
export function fromVietnameseDateText(text: string): string | null {
  const iso = dateOfText(text);
  // (a time the line says is Paris's: "13:40 (heure de Paris)")
  return iso && !iso.includes('T00:00:00') && PARIS_TIME.test(text) ? parisToHanoi(iso) : iso;
}

/**
 * A whole line that is a date written with dashes, day first, a label or a weekday before it and
 * its time after it at most ("11-08-2015", "Dimanche 01-11-2015, 19:32", "Publié le 11-08-2015"):
 * dashed figures after another word are as often a reference ("Réf. 12-11-2023", "Tél. 08-12-2345").
 */
const DASHED_DATE_LINE = new RegExp(
  String.raw`^${DATE_LABEL}(?:${WEEKDAY}\.?,?\s+)?(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})${TIME_TAIL}$`,
  'iu',
);

/**
 * An Org-mode active timestamp opening the text, the day a note is about: "<2019-08-08 jeu. 11:26>"
 * ("[2019-08-12 lun. 20:51]", inactive, only says when the note was written).
 */
const ACTIVE_TIMESTAMP = /^<(\d{4})-(\d{2})-(\d{2})(?:\s+\p{L}{2,9}\.?)?(?:\s+(\d{1,2}):(\d{2}))?>/u;

/** A date as a Chinese or Japanese portal prints it: "2021年02月05日16:30", "2021年2月5日 16:30". */
const CJK_DATE = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2}):(\d{2}))?/;

function dateOfText(raw: string): string | null {
  const text = unbracketed(raw);
  const english = englishDateLine(text);
  if (english) return english;
  const iso = YEAR_FIRST_DATE_LINE.exec(text.trim()) ?? ACTIVE_TIMESTAMP.exec(text.trim());
  if (iso) return isoOf(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '', iso[4] ?? '00', iso[5] ?? '00', iso[6] ?? '00');
  const cjk = CJK_DATE.exec(text);
  if (cjk) return isoOf(cjk[1] ?? '', cjk[2] ?? '', cjk[3] ?? '', cjk[4] ?? '00', cjk[5] ?? '00');
  const dashed = DASHED_DATE_LINE.exec(text.trim());
  if (dashed) return isoOf(dashed[3] ?? '', dashed[2] ?? '', dashed[1] ?? '', dashed[4] ?? '00', dashed[5] ?? '00');
  const written = WRITTEN_DATE.exec(text);
  // (a date line's, where at most a weekday or "Publié le" comes before it: a sentence that names
  // a day, "Le défilé commencera le 2 septembre 2025 à 6h30", is about that day)
  const before = written ? text.slice(0, written.index) : '';
  if (written && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(text) && DATE_LINE_START.test(before)) {
    const [, d, month, y, h = '00', mi = '00', sec = '00'] = written;
    const mo = monthNumber(month as string);
    return isoOf(y as string, String(mo), d as string, h, mi, sec);
  }
  // `\s*(?:[-–,]\s*)?`, not `\s*[-–,]?\s*`: two adjacent \s* backtrack quadratically on long blank runs
  // ("Publié le 15/11/2011 à 20:35": the time after "à")
  // (after any non-digit: a category glued to the date by markup, "Politique23/09/2022"; dotted
  // "18.05.2021 10:15" too, and a two-digit year when a time follows: "15/11/11 21:05")
  // ("25.12.98 08:30": a two-digit year is the last century's from 70)
  // ("27-12-2024 18:47:05", as a Java portal writes it: dashes with a four-digit year and a time, the
  // seconds; not a reference number "n° 15-06-2023")
  const m =
    /(?<!\d)(\d{1,2})([/.]|-(?=\d{1,2}-\d{4}\s+\d{1,2}:\d{2}))(\d{1,2})\2(\d{4}|\d{2}(?=\s*(?:(?:[-–,]|à)\s*)?\d{1,2}[:h]\d{2}))(?!\d)(?:\s*(?:(?:[-–,·|]|à)\s*)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?/.exec(
      text,
    );
  if (!m) return null;
  const [, d, , mo, y = '', h0, mi0, sec0] = m;
  // ("Vendredi, 16:35, 03/10/2014", as Vietnamese portals write it: the time before the date)
  const timeFirst = h0 === undefined ? TIME_BEFORE_DATE.exec(text.slice(Math.max(0, m.index - 20), m.index)) : null;
  const [h = '00', mi = '00', sec = '00'] = timeFirst ? [timeFirst[1], timeFirst[2], timeFirst[3]] : [h0, mi0, sec0];
  return isoOf(fullYear(y), mo as string, d as string, h, mi, sec);
}

/** A time right before a date: "16:35, ", "16:35:20 ", "16h35 - ". */
const TIME_BEFORE_DATE = /(?<![\d:])(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(?:[-–,·|]\s*)?$/;

/**
 * The day a story's address names ("/Monde/2015/03/17/slug.html", "/2015-03-17/slug"), at
 * midnight Hanoi time: what an old page that prints no date still says of it.
 */
export function dateInAddress(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:199|20\d)\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  return m ? isoOf(m[1] as string, m[3] as string, m[4] as string, '0', '00') : null;
}

/**
 * Is a marked date another story's: in a small box (two levels up) that links with a headline's
 * words (`links` such links or more)? A box that holds running text is the story's own (a byline
 * inside the story's box, beside a "Lire aussi" link), not a teaser: the climb stops there.
 */
function inLinkedItem(el: Element, scope: ParentNode, isStoryLink: (link: Element) => boolean, links = 1): boolean {
  for (let box = el.parentElement, up = 0; box && box !== scope && up < 2; box = box.parentElement, up++) {
    if (holdsRunningText(box)) return false;
    if ([...box.querySelectorAll(LINKS)].filter(isStoryLink).length >= links) return true;
  }
  return false;
}

/** In a list of other stories: a small box that links to two of them or more (a teaser's "dd.date"). */
function inTeaserList(el: Element, scope: ParentNode, isStoryLink: (link: Element) => boolean): boolean {
  return inLinkedItem(el, scope, isStoryLink, 2);
}

/** archive.today's hosts (archive.ph, .is, .li, .md, .fo, .vn, .today): a snapshot of another page. */
const ARCHIVE_HOST = /^archive\.(?:ph|is|li|md|fo|vn|today)$/i;

/** Is the page an archive's snapshot, by its address or by the name it gives its site? */
function isArchiveSnapshot(doc: Document): boolean {
  let host = '';
  try {
    host = new URL(doc.URL).hostname;
  } catch {
    // (no address: the metadata says)
  }
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  return ARCHIVE_HOST.test(host) || ARCHIVE_HOST.test(site.trim());
}

export function publishedOf(doc: Document, articleRoot: Element | null, titleEl: Element | null = null): string | null {
  const meta =
    doc.querySelector('meta[property="article:published_time"]') ??
    doc.querySelector('meta[itemprop="datePublished"]') ??
    doc.querySelector('meta[name="pubdate"]') ??
    // Dublin Core, as some CMSs write it
    doc.querySelector('meta[name="DC.date.issued"], meta[name="dcterms.issued"], meta[name="DC.date"]');
  // (an archive's snapshot marks the time of its capture as the page's: the story's date is the one
  // its copy shows)
  const snapshot = isArchiveSnapshot(doc);
  const fromMeta = snapshot ? null : isoInHanoi(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const ld = snapshot ? null : fromJsonLd(doc);
  if (ld) return ld;
  const scope = articleRoot ?? doc;
  // microdata or hAtom on an element (<abbr class="published" itemprop="datePublished" title="2023-…">),
  // else <time datetime>: the first that is not another story's (in a small box with another
  // story's link: a box of other stories marks theirs the same way), nor above the title in a list
  // item with a link (a sidebar's, a menu's); in the article box first, then in the page. (A date
  // is read before these tests, and only the first few are tried: a page of comments has hundreds.)
  const isStoryLink = otherStoryLinks(doc.URL);
  // (a date in the title's own header is the story's, though the title links to the story's
  // original address: a feed reader's "<header><h1><a href=original>…</a></h1>…<time>")
  // (before the story's running text: a "previous story" box after it holds that story's date)
  const inTitleHeader = (el: Element) => {
    const box = el.parentElement?.parentElement;
    return !!titleEl && !!box?.contains(titleEl) && !ownTextBetween(titleEl, el, box);
  };
  // (never a reader's comment's: a comment box dates its posts the same way)
  const own = (el: Element, root: ParentNode) =>
    !inNamedCommentBox(el) &&
    (inTitleHeader(el) ||
      (!inLinkedItem(el, root, isStoryLink) &&
        !(titleEl && before(el, titleEl) && el.closest('li')?.querySelector(LINKS))));
  // (in the article box first, then in the page)
  const roots = scope === doc ? [doc] : [scope, doc];
  for (const root of roots) {
    let tried = 0;
    for (const marked of root.querySelectorAll(MARKED)) {
      if (snapshot && marked.tagName === 'META') continue;
      const iso = isoInHanoi(
        marked.getAttribute('datetime') ?? marked.getAttribute('content') ?? marked.getAttribute('title'),
      );
      if (!iso) continue;
      if (own(marked, root)) return iso;
      if (++tried >= MAX_MARKED) break;
    }
  }
  // (in the page too: a syndication's byline box above the story, a blog's footer below it)
  for (const root of roots) {
    let tried = 0;
    for (const time of root.querySelectorAll('time[datetime]')) {
      const iso = timeIso(time);
      // (an update's time, "mis à jour à 18h40", is not the publication's)
      if (!iso || isUpdate(time.textContent ?? '')) continue;
      if (own(time, root)) {
        // (past the story's running text, a time is one the story tells of, a live report's entry,
        // when a "Publié le …" line states the story's own before that text: not a line holding
        // this very <time>, "Publié le <time>…</time> par…", nor a sentence of the story that
        // speaks of a decree "publié le 5 janvier")
        if (titleEl && ownTextBetween(titleEl, time)) {
          const line = publicationLineAt(doc, titleEl);
          if (
            line &&
            !line.box.contains(time) &&
            line.box.compareDocumentPosition(time) & FOLLOWING &&
            !ownTextBetween(titleEl, line.box)
          )
            return line.iso;
        }
        return hourAfter(time, iso);
      }
      if (++tried >= MAX_MARKED) break;
    }
  }
  // a plain "date" meta (Dotclear's), or Dublin Core's in lower case: after every other machine
  // date, as some CMSs write there the page's build or last change; and the day a line by the
  // title says wins over it, as does its hour over the meta's day alone ("2013-09-04" under
  // "Publié le 04/09/2013 à 20h35")
  const plain = isoInHanoi(
    doc
      .querySelector('meta[name="date" i], meta[name="dc.date" i], meta[property="dc.date" i]')
      ?.getAttribute('content'),
  );
  if (plain) {
    const near = titleEl ? dateLineNear(titleEl) : null;
    return near && (near.slice(0, 10) !== plain.slice(0, 10) || plain.includes('T00:00')) ? near : plain;
  }
  // (the first the layout names that is not in a list of other stories: a teaser's "dd.date" is
  // that story's; a copy's footer linking to its original is not such a list)
  const line = [...scope.querySelectorAll(SITE.dateLine)]
    .slice(0, MAX_MARKED)
    .find((el) => !inTeaserList(el, scope, isStoryLink) && !inNamedCommentBox(el));
  const day = fromVietnameseDateText(textOf(line));
  // (a day alone in its box, its hour in the next box of the line: "20/11/2019" · "09:05")
  const near = day?.includes('T00:00') && titleEl ? dateLineNear(titleEl) : null;
  return near && near.slice(0, 10) === day?.slice(0, 10) ? near : day;
}

/**
 * Dates marked on an element: microdata's, hAtom's, and RDFa's as Drupal writes it ("<span
 * property="dc:date dc:created" content="2015-10-02T15:20:00+07:00">").
 */
const MARKED =
  '[itemprop="datePublished"], .published[title], .published[datetime], [property~="dc:created"][content], [property~="dc:date"][content]';

/** How many marked dates that are not the story's are tried before giving up on them. */
const MAX_MARKED = 20;

/** Is el before the title in the page (outside the title's own box)? */
function before(el: Element, titleEl: Element): boolean {
  const header = titleEl.parentElement;
  if (header && header !== titleEl.ownerDocument.body && header.contains(el)) return false;
  return !!(el.compareDocumentPosition(titleEl) & FOLLOWING);
}

/** What parts a meta line's fields: "24/09/2025 · Politique · Lecture : 2 min". */
const FIELD_SEPARATOR = /\s[|·•]\s/;

/** The first field of a short meta line ("a • b • c") that is a whole date line, as a date. */
function fieldDate(text: string): string | null {
  if (text.length > 160) return null;
  const fields = text.split(FIELD_SEPARATOR).map((f) => f.trim());
  const field = fields.length > 1 ? fields.find((f) => f.length <= 80 && !isUpdate(f) && isDateLine(f)) : undefined;
  // (a meta line's other fields are short: a host, a rubric, a reading time, "See original"; an
  // event's line names its place, "Forum X • 20 juin 2025 • Centre national des congrès")
  const meta = fields.every((f) => f === field || f.split(/\s+/).length <= 3);
  return field && meta ? fromVietnameseDateText(field) : null;
}

/**
 * The first short line with a date among the few lines right after the title, else right before
 * it, nearest first. A line is the nearest box of a text (a date line is often a span beside a
 * category or a share bar: "Politique" + "23/09/2022 09:05"); the story's own paragraphs are
 * long, and past the second long line no date is the page's. Above the title only what says it is
 * the story's time ("Publié le …", a time of day), and never past a teaser (a box with a link
 * to another story): a site header shows today's date, a teaser list its stories'.
 */
export function dateLineNear(titleEl: Element): string | null {
  let long = 0;
  const after = linesNear(titleEl, true, 12);
  for (const [k, line] of after.entries()) {
    if ((line.length > 120 || line.paragraph) && ++long === 2) break;
    // (a line that says the update alone, "Mis à jour : 31/05/2024 08:15", is not the story's date)
    if (isUpdate(line.text)) continue;
    // (a longer byline says which of its dates is the story's: "par Rédaction — publié 01/08/2018
    // 11:20 — dernière modification 02/08/2018 09:05")
    const mark = line.length > 80 && !line.paragraph ? PUBLISHED_MARK.exec(line.text) : null;
    // (a byline's mark, opening it or after a separator or the author: not a sentence's "Le
    // rapport publié le 3 avril…")
    // ("Date :" only opening the line: "Forum … — Date : 15-06-2025 — Lieu : …" is an event's)
    const published =
      mark && BYLINE_BEFORE_MARK.test(line.text.slice(0, mark.index)) && (mark.index === 0 || /^publi/i.test(mark[0]))
        ? mark
        : null;
    // (or a meta line that opens on its date, its other fields after a dot or a bar: "Mardi 26 avril
    // 2022, 21:10 · Lecture : 2 min · ▶ Écouter l'article (2 min 05)")
    // (or a portal's "Date : 2011-07-29 08:15:32   Source : AVI   Lectures : …": its date after the label)
    const firstField =
      line.length > 160 ? '' : (LABELLED_DATE.exec(line.text)?.[1] ?? line.text.split(FIELD_SEPARATOR)[0] ?? '');
    const date =
      (line.length <= 80
        ? fromVietnameseDateText(beforeUpdate(line.text))
        : published
          ? fromVietnameseDateText(line.text.slice(published.index, published.index + 80))
          : null) ??
      (firstField.length < line.length && firstField.length <= 80 && !isUpdate(firstField)
        ? fromVietnameseDateText(firstField)
        : null) ??
      // (or, on the line right under the title, a later field that is a date alone: a reader app's
      // "fr.vietnamplus.vn • Jul 31, 2018 • 4 min read"; further down, an event's "Forum X • 20 juin
      // 2025 • Centre national des congrès" is not the story's)
      (k === 0 ? fieldDate(line.text) : null);
    // ("14 mai 2023" · "21:30": the time in a box of its own right after the date, past a separator)
    const next = after.slice(k + 1, k + 3).find((l) => /[\p{L}\d]/u.test(l.text));
    const time = date?.includes('T00:00') ? TIME_ONLY.exec(next?.text ?? '') : null;
    if (time && date) return atHour(date, time);
    // (the day as written, its hour in the line's <time datetime> when that says the same day)
    if (date?.includes('T00:00') && line.marked?.slice(0, 10) === date.slice(0, 10)) return line.marked;
    if (date) return date;
  }
  for (const [k, line] of linesNear(titleEl, false, 8).entries()) {
    if (line.teaser) break;
    // (a date above the title is the story's when it says the time, or sits right over the title)
    // (or the meta line of fields right over it, its link to the original beside: "fr.vietnamplus.vn •
    // Jul 31, 2018 • 4 min read • See original")
    const date =
      ((line.length <= 80 && STORY_TIME.test(line.text)) || (line.rightBefore && line.length <= 40)
        ? fromVietnameseDateText(line.text)
        : null) ?? (k === 0 ? fieldDate(line.text) : null);
    if (date) return date;
  }
  return null;
}

const CREDIT_OPENING = /^\s*(?:(?:source|par|publi[ée]e? par|(?:un )?article d[e']|repris d[e'])\s*:?\s*)?$/i;
/** A VNA outlet named in a copy's source line: "Vietnam+ – 17/10/2024 16:21", "Le Courrier du Vietnam – …" */
export const VNA_OUTLET =
  /(?:^|[^\p{L}])(?:vietnam\s?\+|vietnamplus|le courrier du vietnam|vnanet|vna|avi|cvn|ttxvn)(?![\p{L}])/iu;

/**
 * On a copy of a VNA story on another site, a short line right after the title that credits a VNA
 * outlet with a date ("Vietnam+ – 17/10/2024 16:21") dates the story; the page's own metadata
 * dates the copy (a forum's post, a newsletter's campaign). Null when there is none before the
 * story's running text.
 */
export function creditedDateLine(titleEl: Element): string | null {
  for (const line of linesNear(titleEl, true, 6)) {
    if (line.length > 120 || line.paragraph) break;
    const date = creditedDate(line.text);
    if (date) return date;
  }
  return null;
}

/**
 * On a copy of a VNA story on another site, the line that names the story's source with its date,
 * before or after the story: "Source : VietnamPlus (Agence vietnamienne d'information), 09/06/2018
 * 10:05", "VietnamPlus (Agence vietnamienne d'information), publié le 21/10/2019 à 21:36.
 * Reproduit avec mention de la source." The first such line after the title, or null.
 */
export function sourceLineDate(titleEl: Element): string | null {
  for (const line of linesNear(titleEl, true, 400)) {
    // ("Article publié le 12 octobre 2025 à 17h40 par Le Courrier du Vietnam")
    const first = PUBLISHED_BY_OUTLET.exec(line.text);
    const firstDate = first ? fromVietnameseDateText(first[1] ?? first[2] ?? '') : null;
    if (firstDate) return firstDate;
    if (line.length > 220 || !SOURCE_OPENING.test(line.text)) continue;
    const date = creditedDate(line.text);
    if (date) return date;
  }
  return null;
}
/** A line that opens on a VNA outlet, "Source :", "Article de" or "Repris de" at most before it. */
const SOURCE_OPENING = new RegExp(
  String.raw`^\s*(?:(?:source|(?:un )?article d[e']|repris d[e'])\s*:?\s*)?(?:${VNA_OUTLET_NAMES})(?![\p{L}])`,
  'iu',
);

/** The date of a short line that credits a VNA outlet ("Vietnam+ – 17/10/2024 16:21"), or null. */
export function creditedDate(text: string): string | null {
  const outlet = text.length <= 220 ? VNA_OUTLET.exec(text) : null;
  // (the line opens on the outlet, "Source :" or "Par" at most before it; a photo's credit,
  // "Photo d'archives, 05/01/2019 : VNA", dates the photo — not a source line that speaks of the
  // original's photos after its date)
  if (!outlet || !CREDIT_OPENING.test(text.slice(0, outlet.index))) return null;
  const dated = text.search(/\d/);
  if (/\bphotos?\b/i.test(dated >= 0 ? text.slice(0, dated) : text)) return null;
  // (a date written out after the outlet's name, past a gloss of it: "Le Courrier du Vietnam, 1er
  // décembre 2025 à 20h14", "VietnamPlus (Agence vietnamienne d'information), publié le 21/10/2019")
  const after = text
    .slice(outlet.index + outlet[0].length)
    .replace(/^\s*\([^)]{1,60}\)/, '')
    .replace(/^[\s,;:|·–—-]+(?:publi[ée]e?\s+le\s+)?/iu, '');
  // (a longer line is a source's with more to say: its date comes right after the outlet)
  if (text.length > 80) return fromVietnameseDateText(after.slice(0, 40));
  return fromVietnameseDateText(text) ?? fromVietnameseDateText(after);
}

/**
 * The story's date as a VNA page shows it under its title, day and hour, on a line that says
 * nothing else ("Samedi, 27 avril 2019 - 10:42", "Publié le 04/09/2013 à 20h35", "11/07/2024 09:40
 * GMT+7"), or on a publication line ("Envoyé par Rédaction le vendredi 28 avril 2017 - 18:40").
 * Null when the page shows no such line, or a day alone. (Not a source beside the date, "Vietnam+
 * – 17/10/2024 16:21", nor an update's line.)
 */
export function shownDateLine(doc: Document, titleEl: Element): string | null {
  for (const line of linesNear(titleEl, true, 6)) {
    if (line.paragraph) break;
    if (line.length > 80 || isUpdate(line.text)) continue;
    const iso = fromVietnameseDateText(line.text);
    if (!iso) continue;
    if (!iso.includes('T00:00') && !/\p{L}/u.test(line.text.replace(DATE_LINE_WORDS, ' '))) return iso;
    break;
  }
  const published = publicationLine(doc, titleEl);
  return published && !published.includes('T00:00') ? published : null;
}
/** What a line of a date alone may say besides its figures. */
const DATE_LINE_WORDS = new RegExp(
  String.raw`${WEEKDAY}|${WRITTEN_MONTH}|${SHORT_MONTH}|\b(?:publi[ée]e?|le|à|a|h|gmt|utc|ict|heure|date de publication|date)\b`,
  'giu',
);

/**
 * A line anywhere in the page that says it is the story's publication: "Publié le 18/12/2025 à
 * 13:40 (heure de Paris)" in a reader's footer, "Publié par VNA le 08.06.2022 à 18h40" on a repost,
 * "Posté par VNA le mercredi 20 novembre 2013 16:42" under a portal's story.
 * The first after the title that is no comment's (a comment box dates its own posts the same way)
 * and no other story's. Null when the page states none.
 */
export function publicationLine(doc: Document, titleEl: Element | null): string | null {
  return publicationLineAt(doc, titleEl)?.iso ?? null;
}

/** publicationLine's date, and the box of its line. */
function publicationLineAt(doc: Document, titleEl: Element | null): { iso: string; box: Element } | null {
  const root = doc.body;
  if (!root) return null;
  const isStoryLink = otherStoryLinks(doc.URL);
  const teaserItems = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(root, 4);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(), visited = 0; n && visited < MAX_TEXT_NODES; n = walker.nextNode(), visited++) {
    // (a byline opens on its mark, or after a separator: "Le Courrier du Vietnam · Publié le …")
    const text = n.textContent ?? '';
    if (!/^(?:.{0,60}[|—–·•/]\s*)?(?:publi|post|envoy)[ée]e?\s/isu.test(text.trimStart())) continue;
    const parent = n.parentElement;
    const box = parent?.closest(LINE_BOX) ?? parent;
    if (!box || seen.has(box) || box.closest('script, style, blockquote, q')) continue;
    seen.add(box);
    const line = squeeze(box.textContent ?? '');
    const mark = line.length <= 200 ? PUBLICATION_LINE.exec(line) : null;
    if (!mark || !/^(?:|.*[|—–·•/]\s*)$/su.test(line.slice(0, mark.index))) continue;
    const rest = line.slice(mark.index + mark[0].length, mark.index + mark[0].length + 80);
    const iso = fromVietnameseDateText(rest);
    // (a byline, not a sentence: "Publié le 3 mai 2021, le plan quinquennal a été…" goes on in
    // running text before any separator)
    if (!iso || RUNNING_AFTER_DATE.test(rest.split(/[|—–·•]/)[0] ?? '')) continue;
    // (after the title only: above it, dateLineNear has said what a line there may be)
    if (titleEl && !(titleEl.compareDocumentPosition(box) & FOLLOWING)) continue;
    if (inNamedCommentBox(box) || inTeaserItem(box, isStoryLink, teaserItems)) continue;
    return { iso, box };
  }
  return null;
}

/**
 * A line its class names the story's date ("dateline", "post-date", "pubdate"), after the title,
 * all of it a date with its hour: "<p class="dateline">Lundi, 08/06/2015 - 16:40</p>" at the foot
 * of the story (not a teaser's date, which has no hour or sits in its item, nor a comment's).
 */
export function classedDateLine(doc: Document, titleEl: Element | null): string | null {
  if (!titleEl) return null;
  const isStoryLink = otherStoryLinks(doc.URL);
  const teaserItems = new Map<Element, boolean>();
  let n = 0;
  for (const el of doc.querySelectorAll('[class]')) {
    if (++n > MAX_CLASSED) break;
    if (![...el.classList].some((c) => DATE_CLASS.test(c))) continue;
    const text = squeeze(textOf(el));
    if (!text || text.length > 60 || !(titleEl.compareDocumentPosition(el) & FOLLOWING)) continue;
    const iso = fromVietnameseDateText(text);
    if (!iso || iso.includes('T00:00:00') || !isWholeDateLine(text)) continue;
    // (nor a reader's comment's, "<div class="box-comment">… <span class="time">")
    if (inNamedCommentBox(el) || inTeaserItem(el, isStoryLink, teaserItems)) continue;
    return iso;
  }
  return null;
}
const DATE_CLASS =
  /^(?:date|dateline|pubdate|published|post-?date|article-?date|news-?date|time|timestamp)$|[-_](?:date|dateline|pubdate|published)$/i;
/** How many classed elements classedDateLine reads at most (a huge page gives up early). */
const MAX_CLASSED = 20_000;
/** Only a date and its time, a weekday before it: "Lundi, 08/06/2015 - 16:40", "08/06/2015 16:40". */
function isWholeDateLine(text: string): boolean {
  return /^(?:\p{L}{3,9}\.?,?\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?:[-–,|·]\s*|à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?$/u.test(
    text,
  );
}

/** "Date : 2011-07-29 08:15:32" opening a line: the date, written year first, after its label. */
const LABELLED_DATE = /^date\s*:\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?!\d)/i;

/** After a date, words of a sentence: a comma and three lower-case words in a row. */
const RUNNING_AFTER_DATE = /,\s*\p{Ll}[\p{L}'’-]*\s+\p{Ll}[\p{L}'’-]*\s+\p{Ll}/u;

// ("Publié le", "Publié par VNA le", "Publiée le :", a forum's "Posté par VNA le mercredi 20
// novembre 2013 16:42", a portal's "Envoyé par Rédaction le vendredi 28 avril 2017 - 18:40:00";
// not an update's "Mis à jour")
const PUBLICATION_LINE = new RegExp(
  String.raw`(?:publi|post|envoy)[ée]e?\s+(?:par\s+[^.,;]{1,40}?\s+)?le\s*:?\s*(?:${WEEKDAY}\.?,?\s+)?(?=\d)`,
  'iu',
);
const PARIS_TIME = /\(?\s*heure\s+(?:de\s+paris|fran[çc]aise)\s*\)?/i;
/** How many text nodes the page-wide search reads at most (a huge page gives up early). */
const MAX_TEXT_NODES = 20_000;

/**
 * In a list item or a card of another story: a small box with a link to it (the story's own box is
 * long, and may link its original: "Lire l'article complet sur lecourrier.vn").
 */
function inTeaserItem(el: Element, isStoryLink: (link: Element) => boolean, known: Map<Element, boolean>): boolean {
  const item = el.closest('li, article, dd, tr');
  if (!item) return false;
  // (each item judged once: a page may hold thousands of such lines in one box)
  let teaser = known.get(item);
  if (teaser === undefined) {
    const text = item.textContent ?? '';
    teaser = text.length < 1200 && squeeze(text).length < 600;
    teaser &&= [...item.querySelectorAll(LINKS)].some(isStoryLink);
    known.set(item, teaser);
  }
  return teaser;
}

/** Paris's offset from UTC at an instant ("GMT+02:00"): made on first use, not at start-up. */
let parisClock: Intl.DateTimeFormat | undefined;

/** A wall time given as Paris's ("…T13:40:00+07:00" read from "13:40 (heure de Paris)") in Hanoi's. */
function parisToHanoi(iso: string): string {
  const wall = iso.slice(0, 19);
  // (Paris is an hour ahead of UTC in winter, two in summer: the offset that Paris's clock confirms)
  parisClock ??= new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });
  for (const offset of ['+02:00', '+01:00']) {
    const at = new Date(Date.parse(`${wall}${offset}`));
    const name = parisClock.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
    if (name === `GMT${offset}`) return isoInHanoi(`${wall}${offset}`) ?? iso;
  }
  // (a wall time the clocks skip in spring, "02:30" on the last Sunday of March: winter's offset)
  return isoInHanoi(`${wall}+01:00`) ?? iso;
}

const TIME_ONLY = /^(\d{1,2})[:h](\d{2})$/;
// ("publié le 01/08/2018", and a label's "Date : 27-12-2024 18:47:05 | Vues : 1.284 | Imprimer")
// ("Publié le Jeudi 18 décembre 2025 à 19h05 | Mis à jour le …": a weekday may come first)
const PUBLISHED_MARK = new RegExp(
  String.raw`publi[ée]e?(?:\s+le)?\s*:?\s*(?:${WEEKDAY}\.?,?\s+)?(?=\d)|\bdate\s*:\s*(?=\d)`,
  'iu',
);
const BYLINE_BEFORE_MARK = /^(?:|.*[|—–·•,/]\s*|.*\bpar\s[^.]{1,60}?\s)$/isu;
const STORY_TIME = /\d{1,2}[:h]\d{2}|publi|mis à jour/i;
/** the boxes a line of text sits in, nearest first */
const LINE_BOX =
  'time, p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, div, section, header, article, blockquote, figcaption, address';

interface NearLine {
  text: string;
  length: number;
  /** a paragraph of running text: the story has begun */
  paragraph: boolean;
  /** in a box holding a link to another story: a teaser */
  teaser: boolean;
  /** the whole text of the element right before the title, no link in it ("MONDE | 21.09.2023" over the headline) */
  rightBefore: boolean;
  /** after the title, the line's own <time datetime>, read ("2025-09-12T07:30:00+07:00" for "Publié le 12 septembre 2025") */
  marked: string | null;
}

/** Up to `max` lines after (or before) an element, outside it; scripts and styles left out. */
function linesNear(el: Element, forward: boolean, max: number): NearLine[] {
  const doc = el.ownerDocument;
  const isStoryLink = otherStoryLinks(doc.URL);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  const out: NearLine[] = [];
  const seen = new Set<Element>();
  const prev = boxBefore(el);
  walker.currentNode = el;
  const step = () => (forward ? walker.nextNode() : walker.previousNode());
  for (let n = step(), visited = 0; n && out.length < max && visited < 200; n = step(), visited++) {
    const parent = n.parentElement;
    if (!parent || el.contains(n) || parent.closest('script, style') || !(n.textContent ?? '').trim()) continue;
    // (a reader's comment's "Posté le …" is its own)
    if (inNamedCommentBox(parent)) continue;
    // (a date in a span of its own that opens a big box or follows a line break: "<div><span>18.05.2021
    // 10:15</span>…the story…</div>"; not a date inside a sentence)
    const own = TEXT_LEVEL.has(parent.tagName) ? squeeze(parent.textContent ?? '') : '';
    const alone = own.length > 0 && own.length <= 80 && DATE_IN_LINE.test(own) && opensLine(parent);
    let box = alone ? parent : (parent.closest(LINE_BOX) ?? parent);
    // (a line in the title's own box, beside it: "<div><h3>Title</h3><span>2025-04-17 21:14</span>")
    if (box.contains(el)) box = besideTitle(parent, box, el) ?? box;
    if (seen.has(box) || box.contains(el)) continue;
    seen.add(box);
    const text = alone ? own : squeeze(box.textContent ?? '');
    out.push({
      text,
      length: text.length,
      paragraph: box.tagName === 'P' && text.length > 80,
      teaser: !forward && besideTeaser(box, el, isStoryLink),
      rightBefore:
        !forward &&
        !!prev &&
        prev.contains(box) &&
        squeeze(prev.textContent ?? '') === text &&
        !prev.querySelector(LINKS) &&
        // (not the site header's "Mercredi 02/12/2026": today's date)
        !WEEKDAY_FIRST.test(text) &&
        !prev.closest('header, nav'),
      // (read after the title only: what a line above it says is never given an hour)
      marked: forward ? markedTime(box, isStoryLink) : null,
    });
  }
  return out;
}

const WEEKDAY_FIRST = new RegExp(String.raw`^${WEEKDAY}\b`, 'i');

/** A table's cell and row: the boxes a title may open below the row a date sits in. */
const TABLE_BOXES = new Set(['TD', 'TH', 'TR', 'TBODY']);

/**
 * The element right before the title, or before the table cell and row the title opens: a table
 * layout's title in a cell of its own row, its date in the row before ("<tr><td>22/03/2014</td></tr>
 * <tr><td><h1>…</h1></td></tr>"; not past other boxes: a site's top bar shows today's date).
 */
function boxBefore(title: Element): Element | null {
  return openedWrapper(title, 3, (box) => TABLE_BOXES.has(box.tagName))?.previousElementSibling ?? null;
}

/** The outermost element holding `node`'s parent inside `box` that does not hold the title, or null. */
function besideTitle(parent: Element, box: Element, title: Element): Element | null {
  let b = parent;
  while (b.parentElement && b.parentElement !== box && !b.parentElement.contains(title)) b = b.parentElement;
  return b.contains(title) ? null : b;
}

/**
 * The hour a line's <time> marks for the date it writes: the <time> whose own text writes a date
 * and is no update ("mis à jour à 18h40") nor a teaser's, its attribute a time with its zone (a
 * date alone, or midnight UTC as a date-only CMS writes it, says no hour).
 */
function markedTime(box: Element, isStoryLink: (link: Element) => boolean): string | null {
  const time = box.tagName === 'TIME' ? box : box.querySelector('time');
  const raw = time?.getAttribute('datetime') ?? '';
  const own = squeeze(time?.textContent ?? '');
  if (!time || !DATE_IN_LINE.test(own) || isUpdate(own)) return null;
  // (nor a teaser's, in a card that links to another story)
  if (inLinkedItem(time, time.ownerDocument, isStoryLink)) return null;
  if (!/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(raw) || /T00:00(?::00(?:\.0+)?)?Z$/.test(raw))
    return null;
  return isoInHanoi(raw);
}
/** The hour written right after a date on its line: "12.05.2025</time> · 18:30", "… à 18h30". */
const HOUR_AFTER = /^\s*(?:[·•|,–—-]|à)?\s*(\d{1,2})[:h](\d{2})(?![\d/.:])/u;

/**
 * A <time> whose datetime is a day alone ("2025-05-12") with the hour written after it on the
 * same line, outside it: that day at that hour. Else the time's own date.
 */
function hourAfter(time: Element, iso: string): string {
  if (!/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(time.getAttribute('datetime') ?? '')) return iso;
  // (the line only: text and phrasing up to a <br> or a block, "<time>…</time><p>18h30 : …" is not it)
  let text = '';
  for (let n = time.nextSibling; n && text.length < 30; n = n.nextSibling) {
    if (n.nodeType === 1 && !TEXT_LEVEL.has((n as Element).tagName)) break;
    text += n.textContent ?? '';
  }
  const m = HOUR_AFTER.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return iso;
  return atHour(iso, m);
}

/** A day at midnight given the hour and minute a line writes ([, "18", "30"]): "…T18:30…". */
function atHour(dayIso: string, [, hour, minute]: RegExpExecArray): string {
  return dayIso.replace('T00:00', `T${(hour as string).padStart(2, '0')}:${minute}`);
}

/**
 * A byline's words before its update's ("Lundi, 27 octobre 2025 - 08:45 · Mis à jour : 27/10/2025
 * 11:05"), when they hold a date: the update's is not the story's. Else the whole line.
 */
function beforeUpdate(text: string): string {
  const at = UPDATE_MARK.exec(text)?.index ?? -1;
  return at > 0 && fromVietnameseDateText(text.slice(0, at)) ? text.slice(0, at) : text;
}
/** The words that say an update: "mis à jour", "modifié le", "dernière modification". */
const UPDATE_WORDS = '(?:mise? à jour|modifi|derni[èe]re modification)';
// (a leading boundary only: "\b" after "é" never matches, "é" is no word character to it)
const UPDATE_MARK = new RegExp(String.raw`\b${UPDATE_WORDS}`, 'iu');
const OPENS_WITH_UPDATE = new RegExp(String.raw`^\s*${UPDATE_WORDS}`, 'iu');

/** A <time> that says an update ("mis à jour à 18h40"), not one that says both ("Publié le …, modifié à 11h"). */
function isUpdate(text: string): boolean {
  return OPENS_WITH_UPDATE.test(text) && !/publi/i.test(text);
}

/**
 * A <time>'s date: its datetime, in Hanoi time; a day a date-only CMS writes at midnight UTC
 * ("2024-05-30T00:00:00Z" under "30 mai 2024", no hour shown) is that day.
 */
export function timeIso(time: Element): string | null {
  const raw = (time.getAttribute('datetime') ?? '').trim();
  const day = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/.exec(raw)?.[1];
  if (day && !/\d{1,2}[:h]\d{2}/.test(time.textContent ?? '')) return isoInHanoi(day);
  // (a time without its zone whose text shows the hour seven hours later: UTC, as some CMSs write
  // it, "2017-02-27 09:31:00" shown "27 févr. 2017 16:31")
  const naive = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(raw);
  const shown = /(?<!\d)(\d{1,2})[:h](\d{2})(?!\d)/.exec(time.textContent ?? '');
  if (naive && shown && shown[2] === naive[2] && Number(shown[1]) === (Number(naive[1]) + 7) % 24)
    return isoInHanoi(`${raw.replace(' ', 'T')}Z`);
  return isoInHanoi(raw);
}

/** A date as a line writes it: day first, or year first as ISO 8601 does ("2025-02-14 09:20:31"). */
const DATE_IN_LINE =
  /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}(?:er)?\s+\p{L}{3,9}\s+\d{4}|(?:19|20)\d{2}-\d{2}-\d{2}/u;

/** Does this inline element open its line: first in its box, or right after a <br>? */
function opensLine(inline: Element): boolean {
  const box = inline.parentElement;
  if (!box || /^(?:H[1-6]|TD|TH|BLOCKQUOTE|P)$/.test(box.tagName)) return false;
  let prev = inline.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
  if (!prev || prev.nodeName === 'BR') return true;
  // (or right under a heading, alone on its line: "<div><h1>Titre</h1><span>jeudi 30 mai 2024 |
  // 10:45</span>"; not "<p>…</p><strong>3 avril 2024</strong> – le ministère avait…")
  if (!/^H[1-6]$/.test(prev.nodeName)) return false;
  let next = inline.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return !next || next.nodeName === 'BR' || (next.nodeType === 1 && BLOCK_AFTER.test(next.nodeName));
}
const BLOCK_AFTER = /^(?:H[1-6]|P|DIV|UL|OL|TABLE|FIGURE|SECTION|HEADER|BLOCKQUOTE|HR)$/;

/**
 * Is a box above the title part of a teaser: is the outermost box beside the title holding a link
 * (or a card's button) with a headline's words to another page? A rubric ("…/politique/"), the
 * page's own print or AMP view, a share button are none.
 */
function besideTeaser(box: Element, title: Element, isStoryLink: (link: Element) => boolean): boolean {
  let beside: Element = box;
  while (beside.parentElement && !beside.parentElement.contains(title)) beside = beside.parentElement;
  return [...beside.querySelectorAll(LINKS)].some(isStoryLink);
}

/**
 * A tag's, a topic's or an author's page, no story's: "/societe/tag:delta-du-mekong",
 * "/tags/asean.html", "/auteur/nguyen-thi-thu-ha".
 */
const TAG_PAGE =
  /\/(?:tags?|topics?|chu-de|mots?-cles?|themes?|auteurs?|authors?|tac-gia|profile?s?|users?)(?:[/:]|$)/i;

/** A page tool's link: "Envoyer par e-mail", "Envoyer à un ami", "Imprimer l'article", "Partager sur Facebook". */
const TOOL_LINK =
  /^(?:envoyer|imprimer|partager|commenter|t[ée]l[ée]charger|abonnez|s['’]abonner|suivez|modifier|signaler|r[ée]agir|share|print|e-?mail|tweet)\b/i;

/**
 * For the page at `base`: is a link one with a headline's words to another page than this one, its
 * print or AMP view, or a rubric? (The page's own key and number are read once, not per link.)
 */
function otherStoryLinks(base: string): (link: Element) => boolean {
  const self = pageKey(base);
  // ("/print/…-post1001.vnp", "/amp/…-post1001.vnp", "/print-1001.html", "?tipUrl=…-1001.vnp":
  // the page's own number, its print or AMP view, a link to send it)
  const number = /(\d{4,})(?:\.[a-z]+)?$/.exec(self)?.[1];
  const ownNumber = number ? new RegExp(`(?<!\\d)${number}(?!\\d)`) : null;
  return (link) => {
    const text = squeeze(link.textContent ?? '');
    if (text.split(' ').length < 3 || TOOL_LINK.test(text)) return false;
    const abs = absoluteUrl(hrefOf(link), base);
    if (!abs || !/^https?:/.test(abs)) return false;
    const u = new URL(abs);
    if (u.origin + u.pathname === self || u.pathname.endsWith('/') || TAG_PAGE.test(u.pathname)) return false;
    return !ownNumber?.test(u.pathname + u.search);
  };
}
