// Where the article and its teasers live in the LIVE page, found as the extraction finds them:
// the layout's selectors as hints, the page's structure where they find nothing (read-only:
// nothing here changes what is extracted). Highlighting only ever looks inside these regions,
// and inside them skips the layout's noise (ads, share bars, comments, sidebars, navigation),
// so names are never marked anywhere else.
import { captionElements } from '../extract/captions';
import { feedRuns, isWholeBox } from '../extract/feed-runs';
import { inlineLines } from '../extract/inline-lines';
import { isNoise, type Layout, layoutOf, type Noise, SITE } from '../extract/layouts';
import { feedContainers, inlineCards } from '../extract/related';
import { densestContainer, inside, leadElement, pageMeta, titleElement } from '../extract/structure';
import { sameTextKey, textOf } from '../extract/text';

export interface PageRegions {
  layout: Layout;
  title: Element | null;
  lead: Element | null;
  /** the article body, or the article's closest container when the layout has no body */
  body: Element | null;
  captions: Element[];
  /** teasers of the "Voir plus" feed, innermost first-level items, in page order */
  feedItems: Element[];
  /** inline related stories: ">>" / "Lire aussi :" lines and story cards among the paragraphs */
  inlineItems: Element[];
  /** skipped when reading the body: captions, feed, inline related, title and lead */
  bodyExclusions: Set<Element>;
}

/** Less running text than this under the title's <article>, and that article is only its header. */
const STORY_MIN_CHARS = 300;

export function isNoiseElement(el: Element, noise: Noise): boolean {
  return isNoise(el, noise);
}

/**
 * `paragraphs`: the article's paragraphs as the extraction read them, when there is an article. On
 * markup no layout knows, the box holding its first and last paragraphs is the story's (a brief of
 * one paragraph has less text than the page's footer, where the densest box would be).
 */
export function pageRegions(doc: Document, paragraphs: readonly string[] = []): PageRegions {
  const layout = layoutOf(doc);
  const known = layout.name !== 'generic';
  const meta = pageMeta(doc);
  // (the layout's body box when it holds the story's first paragraph: a generic class, "content",
  // may name a card's box first, an author card's in a Fomantic UI page)
  const named = doc.querySelector(layout.body);
  const bodyEl = named && (paragraphs.length === 0 || saysParagraph(named, paragraphs[0] as string)) ? named : null;
  const title = (known ? doc.querySelector(layout.title) : null) ?? titleElement(doc, meta);
  const lead = doc.querySelector(layout.lead) ?? (title ? leadElement(title, meta) : null);
  const containers = feedContainers(doc, layout).filter((c) => !bodyEl || !c.contains(bodyEl));
  const feedItems: Element[] = [];
  for (const container of containers) {
    const items = [...container.querySelectorAll(layout.feedItem)];
    for (const el of items) if (!items.some((other) => other !== el && el.contains(other))) feedItems.push(el);
  }
  const runs = feedRuns(doc, doc.URL, bodyEl ?? title);
  if (feedItems.length === 0) for (const run of runs.feed) feedItems.push(...run.items);
  const runItems = [...runs.feed, ...runs.side].flatMap((r) => r.items);
  // (the teasers' text is no story's: a short article's feed may hold more text than it)
  const teasers = new Set<Element>([...containers, ...runItems]);
  // (and a run's own box when it holds nothing else: its leaf lines are the teasers' too)
  for (const run of [...runs.feed, ...runs.side]) if (isWholeBox(run)) teasers.add(run.container);
  const body =
    bodyEl ??
    (known ? title?.closest(SITE.scope) : null) ??
    storyBoxOf(doc, paragraphs, teasers) ??
    // the title's own <article> first: an infinite scroll may have loaded a longer story below
    densestContainer(title?.closest('article') ?? null, STORY_MIN_CHARS, teasers) ??
    densestContainer(doc.body, 0, teasers) ??
    doc.querySelector('main') ??
    null;
  const captions: Element[] = [];
  const inlineItems: Element[] = [];
  const scope = bodyEl ?? doc.body;
  if (scope) {
    for (const cap of captionElements(scope, SITE.caption)) if (cap !== lead && cap !== title) captions.push(cap);
    inlineItems.push(...inlineLines(scope), ...inlineCards(scope, doc.URL, title));
  }
  const bodyExclusions = new Set<Element>([...captions, ...containers, ...runItems, ...inlineItems]);
  // the title and lead are read on their own; inside the body (or its container) they are not body
  if (title && body?.contains(title)) bodyExclusions.add(title);
  if (lead && body?.contains(lead) && !lead.contains(body)) bodyExclusions.add(lead);
  return { layout, title, lead, body, captions, feedItems, inlineItems, bodyExclusions };
}

/** Does the box hold a line that opens as the paragraph does? */
function saysParagraph(box: Element, paragraph: string): boolean {
  return sameTextKey(box.textContent ?? '').includes(paragraphKey(paragraph));
}

/** How much of a paragraph's start is matched to find its line in the page. */
const PARAGRAPH_KEY = 40;
/** A paragraph's start, as its line in the page is matched. */
const paragraphKey = (t: string) => sameTextKey(t).slice(0, PARAGRAPH_KEY);

/**
 * The box holding the lines that say the story's first and last paragraphs (the nearest box
 * holding both; the first line's own box when there is one paragraph), not a teaser's. Null when
 * no line of the page says the first.
 */
function storyBoxOf(doc: Document, paragraphs: readonly string[], teasers: Set<Element>): Element | null {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last || !doc.body) return null;
  const [firstKey, lastKey] = [paragraphKey(first), paragraphKey(last)];
  let a: Element | null = null;
  let b: Element | null = null;
  for (const el of doc.body.querySelectorAll(`${LINE_SELECTOR}, ${HEADINGS}`)) {
    if (el.querySelector(LINE_SELECTOR) || inside(el, teasers)) continue;
    const k = paragraphKey(textOf(el));
    if (!a && k === firstKey) a = el;
    if (a && k === lastKey) b = el;
  }
  if (!a) return null;
  let box = a.parentElement;
  while (box && b && !box.contains(b)) box = box.parentElement;
  return box;
}
const LINE_SELECTOR = 'p, div, section, td, li, blockquote';
/**
 * Headings are lines too (a digest's or a Q&A's parts open on theirs, which the extraction reads as
 * paragraphs), but a box holding one is still a line of its own (a story written in one <div>
 * with <br> and <h3> part headings).
 */
const HEADINGS = 'h2, h3, h4, h5, h6';
