// Lines of a page that are not story text: navigation lines
// that are all link text (breadcrumb, tags, "follow us"), and date lines.
import { textOf } from './text';

/** A line of text no longer than this that is all link text is navigation, not the story. */
const MAX_LINK_LINE = 100;
const LINE_TAGS = 'p, div, li, span, h2, h3, h4, h5, h6';
/** What a line holds: text and these (a line holding a block is not one line) */
const INLINE = new Set([
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'SMALL',
  'IMG',
  'BR',
  'TIME',
  'ABBR',
  'FONT',
  'SUP',
  'SUB',
]);

/** Its children only, never its whole subtree: this runs for every element of the page. */
function isLine(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.tagName)) return false;
  return true;
}

/**
 * Remove the lines that are all link text (only short ones when no layout found the body), except
 * inside `body` (the layout's own article body, where a linked line is the article's, unless it is
 * a list item) and the lines holding one of `keep`.
 */
export function removeLinkLines(doc: Document, body: Element | null, ...keep: (Element | null)[]): void {
  for (const el of doc.body?.querySelectorAll(LINE_TAGS) ?? []) {
    // (inside the body, only a list item: a list whose items are links is related stories, never prose)
    if (!isLine(el) || !el.isConnected || (body?.contains(el) && !el.closest('li'))) continue;
    const text = textOf(el);
    // (where the layout found the body, a line outside it that is all link text is never the story,
    // however long: a feed of long titles; on markup no layout knows, only a short one is surely not)
    if (!text || (!body && text.length > MAX_LINK_LINE) || keep.some((k) => k && (k === el || el.contains(k))))
      continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
    if (linked >= text.replace(/[\s#,·|/-]/g, '').length * 0.9 && linked > 0) removeWithEmptyBoxes(el);
  }
}

/**
 * Remove `el`, then the boxes it leaves empty (the <li> of a title-only feed, then the list once
 * its last item is gone): Readability turns a box of non-block children into a paragraph and
 * moves them all, once per retry. Only the parent's own children are read, never its subtree.
 */
function removeWithEmptyBoxes(el: Element): void {
  let box: Element | null = el.parentElement;
  el.remove();
  while (box && BOXES.has(box.tagName) && isEmptyBox(box)) {
    const up: Element | null = box.parentElement;
    box.remove();
    box = up;
  }
}

/** Containers of lines and lists (never a table cell, the body or a heading). */
const BOXES = new Set(['LI', 'UL', 'OL', 'DIV', 'SECTION', 'NAV', 'ASIDE']);

function isEmptyBox(el: Element): boolean {
  if (el.firstElementChild) return false;
  for (const n of el.childNodes) if ((n.textContent ?? '').trim() !== '') return false;
  return true;
}

/** Lines that are never the story, one kind a pattern. */
const NON_STORY_LINES: RegExp[] = [
  // "18/02/2017 10:15 Lecture : 3 min", "Publié le … — Mis à jour le …": a short line with a date
  // and no sentence is the date line
  /^(?=.{0,100}$)(?=.*\b\d{1,2}\/\d{1,2}\/\d{4}\b)[^.!?…]*$/,
  // a date written out, with its time or its weekday, and no sentence: "Samedi 29 mars 2025 - 10:20
  // | Propos recueillis par …", "Mercredi 1 août 2018" (a chronology's "12 avril 1973 : …" is the
  // story's own)
  /^(?=.{0,100}$)(?=.*\b\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b)(?=.*(?:\b\d{1,2}[:h]\d{2}\b|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b))[^.!?…]*$/i,
  // an ad's label
  /^(?:publicités?|annonces?|advertisement|sponsorisé)$/i,
  // a reader's navigation: "Article suivant", "Chargement de l'article suivant…"
  /^(?:(?:article|page)\s+(?:suivant|suivante|précédent|précédente)|chargement(?:\s+de\s+l[’']article\s+suivant)?\s*(?:…|\.\.\.))$/i,
  // a call to subscribe: "Recevez chaque matin … : inscrivez-vous à notre lettre." (not a quote)
  /^(?=.{0,200}$)[^«"“]*\b(?:inscrivez-vous|abonnez-vous)\b/i,
  // the link to the next page of a story split in pages: "Lire la suite de l'entretien : …"
  /^(?=.{0,200}$)lire la suite\b/i,
  // a reading time, a date with its month cut short: "3 min de lecture", "16 nov. 2025"
  /^\d{1,3}\s*min(?:utes?)?\s+de\s+lecture$/i,
  /^\d{1,2}\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)\.?\s+\d{4}$/i,
];

/** A rubric's label in capitals over the headline ("INTERVIEW"): before the story's first paragraph only. */
const RUBRIC_LABEL = /^\p{Lu}{3,}(?:\s+\p{Lu}{2,})?$/u;

export function isNonStoryLine(text: string, storyBegun = false): boolean {
  return NON_STORY_LINES.some((re) => re.test(text)) || (!storyBegun && RUBRIC_LABEL.test(text));
}
