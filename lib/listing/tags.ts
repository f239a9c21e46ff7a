// The article's own tag links that name a partner country ("#Vietnam-Cambodge", "Mots-clés :
// Cambodge"): the only way into VNA's listing pages. A link is followed only as the page gives it
// — resolved against the page's address, never built or guessed — and only to a VNA host.

import { isVnaHost } from '../hosts';
import { findCountries } from '../stories/partners';

export interface TagLink {
  /** absolute address, exactly as the page links it (fragment dropped) */
  url: string;
  /** the link's text, e.g. "#Vietnam-Cambodge" */
  text: string;
  /** the partner countries it names (ISO codes, never VN) */
  partners: string[];
}

/** Class or id tokens of a tag box: "article__tag", "post-tags", "box-tag", "keywords", "mots-cles". */
const TAG_BOX = /(^|[-_])(tags?|keywords?|mots-?cles|topics?)($|[-_])/i;
/** A tag box that only says what it is: "Mots-clés : …", "Tags : …", "Thèmes : …". */
const TAG_LABEL = /^\s*(mots[-\s]?cl[ée]s|tags?|th[èe]mes?|keywords?)\s*:/i;
/** How far up from a link a tag box is looked for (tags sit in a list in a box). */
const TAG_BOX_DEPTH = 4;

function isTagBox(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
  if (tokens.some((t) => TAG_BOX.test(t))) return true;
  const first = el.firstChild;
  return first?.nodeType === 3 && TAG_LABEL.test(first.textContent ?? '');
}

function inTagBox(a: Element): boolean {
  if (/(^|\s)tag(\s|$)/i.test(a.getAttribute('rel') ?? '')) return true;
  let el: Element | null = a.parentElement;
  for (let depth = 0; el && depth < TAG_BOX_DEPTH; depth++, el = el.parentElement) if (isTagBox(el)) return true;
  return false;
}

/** The address a link points to, when it is a real web address on a VNA host; else null. */
export function vnaLinkTarget(href: string | null, base: string): string | null {
  if (!href || href.trim().startsWith('#')) return null;
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!isVnaHost(u.hostname) || u.username || u.password) return null;
  u.hash = '';
  return u.href;
}

/** Partner codes a tag's text names (a tag that names only Vietnam names no partner). */
export function tagPartners(text: string): string[] {
  const codes = findCountries(text.replace(/^#/, '')).map((h) => h.code);
  return [...new Set(codes)].filter((c) => c !== 'VN');
}

/**
 * The page's tag links naming a partner, in page order, one per address. With `partners`, only
 * tags naming one of them (the article's partners). One pass over the page's links.
 */
export function partnerTagLinks(doc: Document, pageUrl: string, partners?: readonly string[]): TagLink[] {
  const out: TagLink[] = [];
  const seen = new Set<string>();
  const page = vnaLinkTarget(pageUrl, pageUrl);
  for (const a of doc.querySelectorAll('a[href]')) {
    if (!inTagBox(a)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || (a.getAttribute('title') ?? '').trim();
    let named = tagPartners(text);
    if (partners) named = named.filter((c) => partners.includes(c));
    if (named.length === 0) continue;
    const url = vnaLinkTarget(a.getAttribute('href'), pageUrl);
    if (!url || url === page || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text, partners: named });
  }
  return out;
}
