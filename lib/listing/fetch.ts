// Loading one listing page with good manners: a VNA host only, no cookies or credentials sent
// (`credentials: 'omit'`), a timeout, the browser's own user agent, and a size cap. Runs in the
// content script of the VNA tab that asked, where fetch is same-origin and DOMParser exists (an
// MV3 service worker has none). Every failure becomes a ListingProblem, never a throw.

import type { Loaded } from './crawl';
import { vnaLinkTarget } from './tags';

export interface LoadOptions {
  timeoutMs?: number;
  /** the page text read at most (a listing is a few hundred KB) */
  maxChars?: number;
  fetch?: typeof fetch;
  parse?: (html: string) => Document;
}

export const LISTING_TIMEOUT_MS = 15_000;
const MAX_CHARS = 5_000_000;

function statusProblem(status: number): Loaded {
  if (status === 404 || status === 410) return { problem: 'not-found', status };
  if (status === 429 || status === 503) return { problem: 'try-later', status };
  return { problem: 'http', status };
}

export async function loadListing(url: string, options: LoadOptions = {}): Promise<Loaded> {
  const {
    timeoutMs = LISTING_TIMEOUT_MS,
    maxChars = MAX_CHARS,
    fetch: get = globalThis.fetch.bind(globalThis),
    parse = (html) => new DOMParser().parseFromString(html, 'text/html'),
  } = options;
  if (!vnaLinkTarget(url, url)) return { problem: 'not-listing' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const res = await get(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
      headers: { accept: 'text/html' },
    });
    if (!res.ok) return statusProblem(res.status);
    const finalUrl = res.url ? vnaLinkTarget(res.url, url) : url;
    if (!finalUrl) return { problem: 'not-listing' }; // redirected off the VNA hosts
    if (!/html/i.test(res.headers.get('content-type') ?? 'text/html')) return { problem: 'not-listing' };
    const html = await res.text();
    return { doc: parse(html.length > maxChars ? html.slice(0, maxChars) : html), url: finalUrl };
  } catch {
    if (timedOut) return { problem: 'timeout' };
    return { problem: 'offline' }; // no answer at all: offline, or the site unreachable
  } finally {
    clearTimeout(timer);
  }
}
