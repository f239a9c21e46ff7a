// Where the article and its teasers live in the LIVE page, found with the same layout selectors
// as the extraction (read-only: nothing here changes what is extracted). Highlighting only ever
// looks inside these regions, and inside them skips the layout's noise (ads, share bars,
// comments, sidebars, navigation), so names are never marked anywhere else.
import { type Layout, layoutOf, type Noise } from '../extract/layouts';
import { feedContainers, isInlineRelated } from '../extract/related';

/** Same selector as the caption step of the extraction. */
export const CAPTION_SELECTOR = 'figcaption, .caption, .image-caption, .PhotoCMS_Caption';
const SCOPE_SELECTOR = 'article, .article, .main-col, .col-left, main';

export interface PageRegions {
  layout: Layout;
  title: Element | null;
  lead: Element | null;
  /** the article body, or the article's closest container when the layout has no body */
  body: Element | null;
  captions: Element[];
  /** teasers of the "Voir plus" feed, innermost first-level items, in page order */
  feedItems: Element[];
  /** Le Courrier's inline ">>" related paragraphs */
  inlineItems: Element[];
  /** skipped when reading the body: captions, feed, inline related, title and lead */
  bodyExclusions: Set<Element>;
}

export function isNoiseElement(el: Element, noise: Noise): boolean {
  if (noise.tags.has(el.tagName)) return true;
  for (const c of el.classList) if (noise.classes.has(c)) return true;
  return el.id !== '' && noise.idPrefixes.some((p) => el.id.startsWith(p));
}

export function pageRegions(doc: Document): PageRegions {
  const layout = layoutOf(doc);
  const bodyEl = doc.querySelector(layout.body);
  const title = doc.querySelector(layout.title);
  const lead = doc.querySelector(layout.lead);
  const body =
    bodyEl ?? title?.closest(SCOPE_SELECTOR) ?? doc.querySelector('[itemprop="articleBody"], article, main') ?? null;
  const containers = feedContainers(doc, layout).filter((c) => !bodyEl || !c.contains(bodyEl));
  const feedItems: Element[] = [];
  for (const container of containers) {
    const items = [...container.querySelectorAll(layout.feedItem)];
    for (const el of items) if (!items.some((other) => other !== el && el.contains(other))) feedItems.push(el);
  }
  const captions: Element[] = [];
  const inlineItems: Element[] = [];
  const scope = bodyEl ?? doc.body;
  if (scope) {
    for (const cap of scope.querySelectorAll(CAPTION_SELECTOR)) {
      if (!captions.some((c) => c.contains(cap))) captions.push(cap);
    }
    for (const p of scope.querySelectorAll('p')) if (isInlineRelated(p)) inlineItems.push(p);
  }
  const bodyExclusions = new Set<Element>([...captions, ...containers, ...inlineItems]);
  // the title and lead are read on their own; inside the body (or its container) they are not body
  if (title && body?.contains(title)) bodyExclusions.add(title);
  if (lead && body?.contains(lead) && !lead.contains(body)) bodyExclusions.add(lead);
  return { layout, title, lead, body, captions, feedItems, inlineItems, bodyExclusions };
}
