// Extraction: from a page to its article and its related stories. Works on a clone; the live
// page is never modified.

import { runNow, type Steps } from '../slices';
import type { Article, RelatedItem } from '../types';
import { articleSteps } from './article';
import { type LayoutName, layoutOf } from './layouts';
import { feedContainers, feedStories } from './related';

export interface Extraction {
  layout: LayoutName;
  article: Article | null;
  related: RelatedItem[];
  signals: string[];
}

export function extract(doc: Document, url: string): Extraction {
  return runNow(extractSteps(doc, url));
}

/** The extraction as small steps (lib/slices.ts): the live page is read once, in the first. */
export function* extractSteps(doc: Document, url: string): Steps<Extraction> {
  let clone: Document;
  try {
    clone = doc.cloneNode(true) as Document;
  } catch {
    // absurdly deep trees overflow the stack of DOM implementations without the browsers' cap
    return { layout: 'generic', article: null, related: [], signals: ['article:none:unreadable-page'] };
  }
  yield;
  const layout = layoutOf(clone);
  const signals = [`layout:${layout.name}`];
  // The feed first: it is noise for the article, and stories for the timeline.
  const body = clone.querySelector(layout.body);
  const containers = feedContainers(clone, layout).filter((c) => !body || !c.contains(body));
  const feed = feedStories(containers, layout, url);
  for (const c of containers) c.remove();
  if (feed.length > 0) signals.push(`feed:${feed.length}`);
  yield;
  const { article, inline, signals: articleSignals } = yield* articleSteps(clone, layout, url);
  const seen = new Set(feed.map((r) => r.url ?? r.title));
  const related = [...inline.filter((r) => !seen.has(r.url ?? r.title)), ...feed];
  return { layout: layout.name, article, related, signals: [...signals, ...articleSignals] };
}
