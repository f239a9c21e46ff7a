// A listing's own "next page" link: rel="next" where the page declares one, else the link of its
// pager that says "next" ("Suivant", "Page suivante", "›", "»"). Followed only as linked, only on
// the listing's own host.

import { vnaLinkTarget } from './tags';

const NEXT_TEXT = /^(suivant(e)?|page suivante|plus d['’]articles|articles? suivants?|next( page)?|›|»|>|>>|→)$/i;
/** Class tokens of a pager and of its "next" button. */
const PAGER = /(^|[-_])(pag(e|es|ination|ing|er)?|page-?nav|load-?more|nav-links)($|[-_])/i;
const NEXT_CLASS = /(^|[-_])next($|[-_])/i;
const PAGER_DEPTH = 4;

function hasToken(el: Element, re: RegExp): boolean {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/).some((t) => re.test(t));
}

function inPager(a: Element): boolean {
  let el: Element | null = a.parentElement;
  for (let depth = 0; el && depth < PAGER_DEPTH; depth++, el = el.parentElement) if (hasToken(el, PAGER)) return true;
  return false;
}

function sameHost(a: string, b: string): boolean {
  return new URL(a).hostname === new URL(b).hostname;
}

/** The next page of the listing at `pageUrl`, or null (last page, or no pager the page gives). */
export function nextPageUrl(doc: Document, pageUrl: string): string | null {
  const candidates: (string | null)[] = [];
  for (const el of doc.querySelectorAll('link[rel~="next"][href], a[rel~="next"][href]')) {
    candidates.push(vnaLinkTarget(el.getAttribute('href'), pageUrl));
  }
  for (const a of doc.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || (a.getAttribute('aria-label') ?? '').trim();
    const saysNext =
      NEXT_TEXT.test(text) || hasToken(a, NEXT_CLASS) || (a.parentElement && hasToken(a.parentElement, NEXT_CLASS));
    if (saysNext && inPager(a)) candidates.push(vnaLinkTarget(a.getAttribute('href'), pageUrl));
  }
  const here = vnaLinkTarget(pageUrl, pageUrl);
  for (const url of candidates) if (url && url !== here && here && sameHost(url, here)) return url;
  return null;
}
