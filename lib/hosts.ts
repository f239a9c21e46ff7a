// The VNA family of sites VNA Lens runs on. This list is the single source for the manifest's
// content-script matches and host permissions (wxt.config.ts) and for page detection (lib/detect).
//
// - VietnamPlus, all editions: vietnamplus.vn, www., fr., en., es., zh., ru.
// - Le Courrier du Vietnam: lecourrier.vn (and www.)
// - vnanet.vn and every subdomain (vietnam.vnanet.vn, the VNA's own French pages…)
// - Le Vietnam illustré / Vietnam Law & Legal Forum-style VNA magazines are reached through
//   vnanet.vn subdomains; other hosts are analysed only when the reader asks (activeTab).

export const VNA_HOST_PATTERNS = [
  '*://vietnamplus.vn/*',
  '*://*.vietnamplus.vn/*',
  '*://lecourrier.vn/*',
  '*://*.lecourrier.vn/*',
  '*://vnanet.vn/*',
  '*://*.vnanet.vn/*',
] as const;

const VNA_DOMAINS = ['vietnamplus.vn', 'lecourrier.vn', 'vnanet.vn'];

/** True for a VNA-family host name (any VietnamPlus edition, Le Courrier, vnanet.vn and subdomains). */
export function isVnaHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return VNA_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** True for an address on a VNA-family host; false for none, or one that does not parse. */
export function isVnaUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return isVnaHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The VNA address a link only carries in its query: a reader's instant view
 * ("/iv?url=https%3A%2F%2Ffr.vietnamplus.vn%2F…"), a click redirector ("l.php?u=…",
 * "google.com/url?q=…"), on any host, the site's own included; or in its path, as a web archive
 * keeps its copies ("/web/20170125081233/http://fr.vietnamplus.vn/…"); or in its host, as a translation
 * proxy writes it ("vietnam-vnanet-vn.translate.goog/…", "lecourrier-vn.0.freebasics.com/…"). Null when it carries none,
 * or when the link is itself a VNA story's (its "?back=", "?ref=" are where the reader came from),
 * or the parameter says where to go after something else ("login?redirect=…", "?next=…").
 */
export function carriedVnaUrl(u: URL): URL | null {
  if (isVnaHost(u.hostname) && (STORY_IN_PATH.test(u.pathname) || storyQuery(u))) return null;
  // (a proxy spells the host in the first label of its own: a translation proxy's,
  // "vietnam-vnanet-vn.translate.goog" is vietnam.vnanet.vn; a free-data proxy's,
  // "lecourrier-vn.0.freebasics.com"; the AMP cache's, "fr-vietnamplus-vn.cdn.ampproject.org",
  // whose path opens on "/c/s/fr.vietnamplus.vn". Any host may spell one so: isVnaHost says whether
  // it spells a VNA host. The story keeps its own parameters, the proxy's go: "_x_tr_sl=vi",
  // "iorg_service_id…", "amp_js_v", "usqp")
  const spelled = /^([a-z0-9]+(?:-{1,2}[a-z0-9]+)+)\.(?:[a-z0-9-]+\.)*[a-z]{2,}$/i.exec(u.hostname)?.[1];
  if (spelled) {
    const host = spelled
      .split('--')
      .map((part) => part.replace(/-/g, '.'))
      .join('-');
    if (isVnaHost(host)) {
      const path = u.pathname.replace(new RegExp(`^/[cvi]/(?:s/)?${host.replace(/\./g, '\\.')}(?=/)`, 'i'), '');
      const inner = new URL(`https://${host}${path}`);
      for (const [key, value] of u.searchParams) if (!PROXY_PARAM.test(key)) inner.searchParams.append(key, value);
      return inner;
    }
  }
  const archived = /\/(https?:\/\/?.+)$/i.exec(u.pathname)?.[1];
  if (archived) {
    try {
      // (a path squeezes "//" at times: "/http:/fr.vietnamplus.vn/…")
      const inner = new URL(archived.replace(/^(https?:)\/(?!\/)/i, '$1//') + u.search);
      if (isVnaHost(inner.hostname)) return inner;
    } catch {
      // not an address
    }
  }
  for (const [key, raw] of u.searchParams) {
    // (a search engine's cached copy: "search?q=cache:k3Qm8XbZt9EJ:https://fr.vietnamplus.vn/…")
    const value = raw.replace(/^cache:[\w-]*:(?=https?:\/\/)/i, '');
    if (!CARRYING_KEYS.has(key.toLowerCase()) || !/^https?:\/\//i.test(value)) continue;
    try {
      const inner = new URL(value);
      if (isVnaHost(inner.hostname)) return inner;
    } catch {
      // not an address
    }
  }
  return null;
}

/** The language an edition is written in, from its host ("fr.vietnamplus.vn" → "fr"). */
export function editionLanguage(host: string): string | null {
  const h = host.toLowerCase();
  if (h.endsWith('lecourrier.vn')) return 'fr';
  const m = /^(fr|en|es|zh|ru)\.vietnamplus\.vn$/.exec(h);
  if (m) return m[1] ?? null;
  if (h === 'vietnamplus.vn' || h === 'www.vietnamplus.vn') return 'vi';
  return null;
}

/** A story's slug (three words or more) or its number, in an address's path. */
export const STORY_IN_PATH = /[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+|\d{4,}/u;

/** The query parameters a script's address names its story by ("index.php?…&id=62713:slug"). */
const STORY_PARAMS = new Set([
  'id',
  'p',
  'nid',
  'sid',
  'aid',
  'newsid',
  'news_id',
  'articleid',
  'article_id',
  'contentid',
  'content_id',
  'storyid',
  'postid',
  'post_id',
  // (Oracle WebCenter Sites: "/cs/Satellite?c=VNA_Article_C&cid=1634734598812&pagename=…"; see storyQuery)
  'cid',
  // (ND Soft, the newspaper CMS of many Asian dailies: "/news/articleView.html?idxno=70672")
  'idxno',
]);

/**
 * A script's address names its story in its query, not its path ("/index.php?option=com_content
 * &id=62713:vietnam-et-japon…&Itemid=57"): the story's parameters with their number, sorted
 * ("?id=62713"); "" when the path names the story or no parameter does (a search, a tag, utm_*).
 */
export function storyQuery(u: URL): string {
  if (!u.search || STORY_IN_PATH.test(u.pathname)) return '';
  const kept: string[] = [];
  for (const [k, v] of u.searchParams) {
    // ("62713", "62713:slug"; Saxotech names it by a path, the story's number after the day and the
    // section, a page's number or a section may follow: "AID=/20120917/SPORTS/120919102/1003")
    const n = /^(\d{3,})(?::|$)/.exec(v) ?? /^\/(?:\d{8}\/)?[a-z][\w-]*\/(\d{3,})(?:\/|$)/i.exec(v);
    // (WebCenter Sites names every asset by "cid": a story's only when its type "c" is an article's)
    const asset = k.toLowerCase() === 'cid' && !/article/i.test(u.searchParams.get('c') ?? 'article');
    if (n && STORY_PARAMS.has(k.toLowerCase()) && !asset) kept.push(`${k.toLowerCase()}=${n[1]}`);
  }
  return kept.length ? `?${kept.sort().join('&')}` : '';
}

/** A proxy's own query parameters: a translation's, a free-data service's, the AMP cache's. */
const PROXY_PARAM = /^(?:_x_tr_|iorg_|amp_|usqp$|__amp_source_origin$)/i;

/** Query keys a viewer or a redirector names its destination by. */
const CARRYING_KEYS = new Set(['url', 'u', 'q', 'target', 'dest', 'destination', 'link', 'href', 'to', 'goto']);
