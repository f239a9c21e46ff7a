// Inline related links: the body's own lines that point to other stories (">> Titre", "Lire aussi :
// Titre"), set among its running text. Read by the article (they are no paragraphs) and by the
// feed's structural search (a few such lines in a row are no feed).
import { STORY_IN_PATH } from '../hosts';
import { BRACKETED_DATE } from './date-lines';
import { inCommentBox } from './marked-parts';
import { hasLetter, linkTextLength, textOf } from './text';

/**
 * What opens such a line: ">> Titre", "→ Titre", "Lire aussi :", "À lire également :", "Lire la
 * suite >>", "Voir aussi »", and an arrow before the label, ">> Voir aussi :"; the earlier story
 * of an update, "Précédemment :", "À relire :".
 */
export const INLINE_MARK =
  /^\s*(?:(?:>>|»|►|▶|→)(?:\s*(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|[ée]galement)\s*(?::|>>|»|→)?)?|(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|[ée]galement|la suite)\s*(?::|>>|»|→)|(?:pr[ée]c[ée]demment|auparavant|[àa] relire|vid[ée]o)\s*:)\s*/i;
/** what may stand beside the links of such a line: punctuation, quotes, dashes */
const NO_WORDS = /^[\s\p{P}\p{S}]*$/u;

const BOXES = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'FIGURE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE']);

/**
 * The elements that may hold such a line: paragraphs, and small boxes with no block inside, set
 * among the story's running text (a video box's "▶ Title" items stand among other links).
 */
export function inlineLines(scope: Element): Element[] {
  const out: Element[] = [];
  for (const el of scope.querySelectorAll('p, div, li')) {
    if (el.tagName === 'DIV' && (el.childElementCount > 4 || [...el.children].some((c) => BOXES.has(c.tagName))))
      continue;
    // (an unmarked one only inside the story, its running text on both sides: not the page's own
    // link after it, "Voir la version complète du site")
    if (isInlineRelated(el) ? amongRunningText(el, scope) : isLoneStoryLink(el) && withinRunningText(el, scope))
      out.push(el);
  }
  return out;
}

/** How many lines to look at on each side: a line may stand among others like it, or beside an ad or a photo. */
const NEIGHBOURS = 3;
/** Shorter than this, a sibling is no line of its own (an empty ad box, a photo's credit "VNA/CVN"). */
const MIN_LINE = 20;

/**
 * The line's own box (up while it holds nothing but such lines: "À lire aussi" boxes hold two or
 * three), then running text among the lines a few siblings away, passing over boxes too short to
 * be one.
 */
function amongRunningText(line: Element, scope: Element): boolean {
  const box = ownBox(line, scope);
  return (
    runningTextBeside(box, 'previousElementSibling', running) || runningTextBeside(box, 'nextElementSibling', running)
  );
}

/** Running text on both sides of the line's box, as amongRunningText reads it. */
function withinRunningText(line: Element, scope: Element): boolean {
  const box = ownBox(line, scope);
  return (
    runningTextBeside(box, 'previousElementSibling', running) && runningTextBeside(box, 'nextElementSibling', running)
  );
}

/** Running text: 80 characters or more outside its links. */
const running = (s: Element, length: number) => length - linkTextLength(s) >= 80;

/** Up from a line while the box holds nothing but such lines, below `scope`. */
function ownBox(line: Element, scope: Element): Element {
  let box = line;
  for (let up = box.parentElement; up && up !== scope && onlyInlineLines(up); up = up.parentElement) box = up;
  return box;
}

/**
 * Is one of the box's next few lines on that side (NEIGHBOURS of them at most, passing over boxes
 * too short to be a line) running text, as `running` reads it?
 */
function runningTextBeside(
  box: Element,
  step: 'previousElementSibling' | 'nextElementSibling',
  running: (s: Element, length: number) => boolean,
): boolean {
  let counted = 0;
  for (let s = box[step], i = 0; s && counted < NEIGHBOURS && i < 4 * NEIGHBOURS; s = s[step], i++) {
    const length = textOf(s).length;
    if (length < MIN_LINE) continue;
    if (running(s, length)) return true;
    counted++;
  }
  return false;
}

/** A small box whose children are all related lines or hold no words. */
function onlyInlineLines(box: Element): boolean {
  if (box.childElementCount > 8) return false;
  // (a comment's words count as a text's: only an element is read as a line)
  for (const n of box.childNodes)
    if (hasLetter(n.textContent ?? '') && (n.nodeType !== 1 || !isInlineRelated(n as Element))) return false;
  return true;
}

/**
 * Is this a line of inline related links: it starts with ">>" (Le Courrier), "»", "Lire aussi :" or
 * "Voir aussi :" and is nothing but links after it (a quote carried over to a new paragraph opens
 * on "»" too, and goes on with words of its own)?
 */
export function isInlineRelated(p: Element): boolean {
  const text = p.textContent ?? '';
  const mark = INLINE_MARK.exec(text);
  if (!mark) return false;
  const links = [...p.querySelectorAll('a[href]')];
  if (!links.length) return false;
  // (the mark may be inside the link: "<a>>> Title</a>")
  let rest = text;
  for (const a of links) rest = rest.replace(a.textContent ?? '', ' ');
  // (the linked story's date may follow its title: "Précédemment : <a>Titre</a> (27/12/16)")
  return NO_WORDS.test(rest.replace(INLINE_MARK, '').replace(LINKED_STORY_DATE, ''));
}
const LINKED_STORY_DATE = new RegExp(BRACKETED_DATE.source, 'g');

/**
 * A paragraph that is one link to another story and nothing else, a headline's length, set among the
 * story's paragraphs: an inline related link whose ">>" a style sheet draws ("a:before{content:'>> '}").
 */
function isLoneStoryLink(p: Element): boolean {
  if (p.tagName !== 'P') return false;
  const links = p.querySelectorAll('a[href]');
  const link = links[0];
  if (links.length !== 1 || !link) return false;
  const text = (p.textContent ?? '').trim();
  // (a headline, not a sentence of the story that links its words: no full stop at its end)
  if (text.length < 25 || text.length > 200 || (link.textContent ?? '').trim() !== text || /[.!?]$/.test(text))
    return false;
  return STORY_IN_PATH.test(absolutePath(link.getAttribute('href') ?? ''));
}

/** The path of an absolute address, or '' for a relative, broken or placeholder one ("http://"). */
function absolutePath(href: string): string {
  if (!/^https?:\/\//i.test(href)) return '';
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}

/**
 * Are these consecutive lines all inline related links that a paragraph of the story follows? (A
 * few such lines after the story's end are its feed, and so are lines a comment box follows.)
 */
export function inlineRun(items: Element[]): boolean {
  // (a run of links in one paragraph, parted by line breaks, is that paragraph's lines)
  const lines = items.map((el) => (el.tagName === 'A' ? (el.closest('p, li, div') ?? el) : el));
  const last = lines[lines.length - 1];
  const first = lines[0];
  if (!last || !first) return false;
  if (lines.every(isInlineRelated)) return storyParagraphAfter(last);
  // (lines of one link each, unmarked — a style sheet draws their ">>" — inside the story: its
  // running text before the first and a paragraph of it after the last)
  return (
    lines.every(isLoneStoryLink) &&
    storyParagraphAfter(last) &&
    runningTextBeside(ownBox(first, first.ownerDocument.body), 'previousElementSibling', running)
  );
}

/** The story's paragraph among the next few lines after this one's box: running text in a <p>, in no comment box. */
function storyParagraphAfter(line: Element): boolean {
  const story = (p: Element, length: number) => running(p, length) && !inCommentBox(p);
  // (or the story's body box: ">> …" lines under the headline, a photo, then "<div class="body"><p>…
  // <p>…": two paragraphs of running text at least, not a newsletter's or an author's box of one)
  const paragraph = (s: Element, length: number) =>
    s.tagName === 'P'
      ? story(s, length)
      : [...s.querySelectorAll(':scope > p')].filter((p) => story(p, textOf(p).length)).length >= 2;
  return runningTextBeside(ownBox(line, line.ownerDocument.body), 'nextElementSibling', paragraph);
}
