// Story identity: the same story seen as a teaser on several pages, then read in full, must get
// the same key. By canonical URL when there is one, else by normalised title.

import { storyQuery } from '../hosts';
import { withoutAmpPath, withoutTrailingSlashes } from '../story-links';
import { composed } from '../text/as-read';
import { fold } from '../text/fold';

/**
 * Canonical form of a story URL: https, lower-case host without "www.", no query (but the story's
 * own parameters when only the query names it), no hash, no trailing slash, not its AMP copy's path.
 * Null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  let path = withoutAmpPath(withoutTrailingSlashes(u.pathname.replace(/\/{2,}/g, '/')));
  if (path === '/') path = '';
  return `https://${host}${path}${storyQuery(u)}`;
}

/**
 * The URL part of a story key. VietnamPlus post URLs carry a stable post number after a slug
 * that the CMS may truncate or change ("…-post84512.vnp"), so the key is host + post number.
 * Other sites (Le Courrier "/<slug>/<digits>.html" included) keep their whole path: the same
 * number on another site, or even on Le Courrier with another slug, is not proof of the same story.
 */
export function urlKey(url: string | null | undefined): string | null {
  const canonical = canonicalUrl(url);
  if (!canonical) return null;
  const rest = canonical.slice('https://'.length);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const post = /-post(\d+)\.vnp$/i.exec(path);
  if (host.endsWith('vietnamplus.vn') && post) return `${host}/post${post[1]}`;
  return `${host}${path.toLowerCase()}`;
}

/** The host of a URL key ("fr.vietnamplus.vn/post84512" → "fr.vietnamplus.vn"). */
export function keyHost(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}

/**
 * A title reduced to what identifies it: folded (no accents, lower case), emoji, quotes and
 * punctuation dropped, dashes and spaces squeezed: "Vietnam–Laos : un élan" and
 * "VIETNAM - LAOS: UN ELAN" give the same key.
 */
export function titleKey(title: string | null | undefined): string | null {
  if (!title) return null;
  const key = fold(composed(title))
    .replace(/\u0000/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || null;
}

/** The id of a story: "url:<url key>" when it has a usable URL, else "title:<title key>". */
export function storyId(url: string | null | undefined, title: string): string {
  const u = urlKey(url);
  if (u) return `url:${u}`;
  return `title:${titleKey(title) ?? ''}`;
}
