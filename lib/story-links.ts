// A VNA story's address as a reader follows it and as VNA Lens keys it: the same story linked with
// a statistics' parameter, a trailing slash or through its AMP copy is one story. Only a story's
// address is rewritten (its slug or number in the path, or its own parameters): a tag page, a
// section, a hash-routed app's address are left as they are.

import { isVnaHost, STORY_IN_PATH, storyQuery } from './hosts';

/** A path without its trailing slashes ("/slug/123.html/" is "/slug/123.html"; "/" stays). */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/**
 * A story's AMP copy's path is the story's: "/amp/slug/123.html", "/slug/123.html/amp",
 * "/slug.amp.html" (a path that names no story, "/tag/amp", keeps its words).
 */
export function withoutAmpPath(path: string): string {
  const story = path
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\/amp\/?$/i, '')
    .replace(/\.amp(?=\.html?$)/i, '');
  return story !== path && STORY_IN_PATH.test(story) ? story : path;
}

/** Query parameters a link carries for the site's or an ad's statistics, never the story's. */
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|xtor|_ga|_gl|igshid)$/i;
/** Fragments that mark a statistic or a place of the page's furniture, not of the story. */
const FURNITURE_FRAGMENT = /^#(?:xtor=.*|comments?|commentaires|respond|content|main|top|other-news)?$/i;

/**
 * The address a link to a VNA story leads a reader to, as the story's own: without the statistics'
 * parameters ("?utm_source=…", "#xtor=RSS-1"), the furniture's fragments ("#comments") and its AMP
 * copy's path. The story's own parameters stay as written, byte for byte; an address that names no
 * story, on another host, or that does not parse is returned as it is.
 */
export function cleanStoryLink(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  if (!isVnaHost(u.hostname) || !(STORY_IN_PATH.test(u.pathname) || storyQuery(u))) return href;
  const pairs = u.search.slice(1).split('&');
  // (a key as written: statistics' keys are plain ASCII, and decoding a page's malformed escape,
  // "?%E0%A4%A=1", would throw)
  const kept = pairs.filter((pair) => pair && !TRACKING_PARAM.test(pair.split('=')[0] ?? ''));
  const hash = FURNITURE_FRAGMENT.test(u.hash) ? '' : u.hash;
  const path = withoutAmpPath(u.pathname);
  if (kept.length === pairs.length && hash === u.hash && path === u.pathname) return href;
  return `${u.origin}${path}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
}
