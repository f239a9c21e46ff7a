// Other stories printed whole in the page beside the one its address names: a dossier's follow-ups
// in a print view, a morning brief's short stories after its headline story, a photo story
// embedded in another, the next story an infinite scroll or a swipe has loaded. They are neither
// the story's body (nor its captions) nor its feed; their own "Voir plus" is theirs.
import { datelineOf } from './dateline';
import { isSignOff } from './non-story-lines';
import { fromVietnameseDateText } from './published';
import { FOLLOWING, holdsRunningText, languageOf, RUNNING_TEXT, sameTextKey, squeeze, textOf } from './text';

/**
 * Every other story of the page: the <article>s an infinite scroll loaded after the title's own
 * (`followingStories`), and any box a headline of its own opens (`storyBoxesAfter`).
 */
export function otherStories(
  doc: Document,
  titleEl: Element,
  keep: Element | null,
  following = followingStories(doc, titleEl, keep),
): Element[] {
  // (a box inside one of those, or holding one, is read with it)
  const boxes = storyBoxesAfter(doc, titleEl, keep).filter(
    (b) => !following.some((f) => f.contains(b) || b.contains(f)),
  );
  return [...following, ...boxes];
}

/**
 * The next stories an infinite scroll has loaded below this one: each its own <article> with its
 * own headline, after the title's <article>; other pages' articles.
 */
export function followingStories(doc: Document, titleEl: Element, keep: Element | null): Element[] {
  // only past the title's own <article>: a title found in a sticky bar or a page header is no
  // story of its own, and the <article> after it may be the one it names
  const own = titleEl.closest('article');
  if (!own) return [];
  const title = sameTextKey(textOf(titleEl));
  // (the story's own box says its language, where a template says another over it: lang="vi")
  const ownLanguage = languageOf(own.closest('[lang]') ?? doc.documentElement);
  const stories: Element[] = [];
  for (const h1 of doc.querySelectorAll('article h1')) {
    const story = h1.closest('article');
    if (!story || stories.includes(story) || story === own || story.contains(own) || own.contains(story)) continue;
    if (!(own.compareDocumentPosition(story) & FOLLOWING) || (keep && story.contains(keep))) continue;
    if (sameTextKey(textOf(h1)) === title) continue;
    // (a box in another language than the story's own is its translation beside it, which
    // removeOtherLanguages reads; an infinite scroll's next story is written in the story's)
    const lang = languageOf(story.closest('[lang]') ?? story);
    if (lang && lang !== ownLanguage) continue;
    stories.push(story);
  }
  return stories;
}

/**
 * Boxes past the story's own running text that a headline opens (no running text before it in the
 * box), followed by the story's date line and then two paragraphs of running text or more before
 * the next heading, and whose headline links to its page or whose text opens on its own dateline:
 * a story of its own. A teaser has one line of summary; an intertitle or a fact box, no date line;
 * a chronology's "2 septembre 1945" is no publication's line (no hour, no "Publié"); a live
 * report's entries and a dossier's parts are the story's (no link of their own, no dateline).
 * Or, after the story has signed off ("VNA/CVN" its last line), the one box a headline opens whose
 * own last line signs off too: a second dispatch printed under the story (several such boxes are a
 * live report's entries or a dossier's parts, each signed: the story's). Never a box holding the
 * title or the body found.
 */
function storyBoxesAfter(doc: Document, titleEl: Element, keep: Element | null): Element[] {
  const title = sameTextKey(textOf(titleEl));
  const after = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & FOLLOWING);
  // one walk in page order: each headline with the count of paragraphs of running text under it,
  // up to the next heading; and the story's own first paragraph, after its title
  const running: Element[] = [];
  const under = new Map<Element, number>();
  // (the last line before each headline: where a dispatch signs off)
  const lineBefore = new Map<Element, string>();
  let lastLine = '';
  let heading: Element | null = null;
  let first: Element | null = null;
  for (const el of doc.querySelectorAll('h1, h2, h3, h4, p')) {
    if (el.tagName !== 'P') {
      heading = el;
      under.set(el, 0);
      if (lastLine) lineBefore.set(el, lastLine);
      continue;
    }
    const line = squeeze(el.textContent ?? '');
    if (line) lastLine = line;
    if (line.length > RUNNING_TEXT) {
      running.push(el);
      if (heading && !heading.contains(el)) under.set(heading, (under.get(heading) ?? 0) + 1);
      if (!first && after(titleEl, el) && !titleEl.contains(el)) first = el;
    }
  }
  if (!first) return [];
  const boxes: Element[] = [];
  const signed: Element[] = [];
  for (const [h, count] of under) {
    if (count < 1 || h.tagName === 'H4' || !after(first, h) || boxes.some((b) => b.contains(h))) continue;
    const text = textOf(h);
    if (text.length < 20 || sameTextKey(text) === title) continue;
    const signedBefore = isSignOff(lineBefore.get(h) ?? '');
    const dated = count >= 2 && datedAfter(h);
    // (a second signed box makes the signed ones a series, the story's: no need to look further)
    if (!dated && (!signedBefore || signed.length > 1)) continue;
    // (a story of its own says so: its headline links to its page, or it opens on its own dateline,
    // "Hanoï (VNA) –"; a live report's entry, a chronology's or a dossier's part does neither)
    const linked = !!h.querySelector('a[href]') && !h.querySelector('a[href^="#"]');
    // the box the headline opens: up while nothing of running text comes before it there, no
    // other headline of its rank or above is inside (a feed's cards, a brief's next story), and
    // neither the title, the body found nor the story's first paragraph is
    let box: Element = h;
    for (let up = box.parentElement; up && up !== doc.body; up = up.parentElement) {
      if (up.contains(titleEl) || up.contains(first) || (keep && up.contains(keep))) break;
      if (running.some((p) => up.contains(p) && after(p, h))) break;
      if (otherHeadlineIn(up, h)) break;
      box = up;
    }
    // (its own two paragraphs, in the box: not a feed's last card before a list of summaries)
    const own = running.filter((p) => box.contains(p) && after(h, p));
    if (box === h || !own.length) continue;
    const datelined = own.some((p) => datelineOf(squeeze(p.textContent ?? '')) !== null);
    if (dated && own.length >= 2 && (linked || datelined)) boxes.push(box);
    else if (signedBefore && signsOff(box)) signed.push(box);
  }
  if (signed.length === 1) boxes.push(...signed);
  // (the story keeps running text of its own)
  if (!boxes.length || !doc.documentElement) return [];
  return holdsRunningText(doc.documentElement, (p) => boxes.some((b) => b.contains(p)), 1) ? boxes : [];
}

/** Does the box's last line with words sign off ("VNA/CVN")? Read from its end. */
function signsOff(box: Element): boolean {
  const lines = box.querySelectorAll('p');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = squeeze(lines[i]?.textContent ?? '');
    if (line) return isSignOff(line);
  }
  return false;
}

/** A headline of h's rank or above in the box, besides h: "h2" holds h1 and h2. */
function otherHeadlineIn(box: Element, h: Element): boolean {
  const rank = Number(h.tagName.slice(1));
  for (const other of box.querySelectorAll('h1, h2, h3'))
    if (other !== h && Number(other.tagName.slice(1)) <= rank && textOf(other).length >= 20) return true;
  return false;
}

/** The lines right under a headline (its box's next few), one a date line: "Publié le 06/05/2014 à 10h15", a <time>. */
function datedAfter(h: Element): boolean {
  let seen = 0;
  for (let at: Element | null = h; at && seen < 3; at = at.parentElement) {
    for (let s = at.nextElementSibling; s && seen < 3; s = s.nextElementSibling) {
      const text = squeeze(s.textContent ?? '');
      const time = s.matches('time[datetime]') ? s : s.querySelector('time[datetime]');
      if (time) return text.length <= 80 && /T\d{2}:\d{2}/.test(time.getAttribute('datetime') ?? '');
      if (!text) continue;
      // (a publication's line: its hour, or its word; not a chronology's "2 septembre 1945")
      const day = text.length <= 80 ? fromVietnameseDateText(text) : null;
      if (day && (!day.includes('T00:00') || /publi|post[ée]/i.test(text))) return true;
      // (only what comes right under the headline: its box's lines, or its header's next box)
      seen++;
    }
    if (at.parentElement?.querySelectorAll('p').length) break;
  }
  return false;
}
