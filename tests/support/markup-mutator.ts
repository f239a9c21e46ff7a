// A seeded markup mutator: from a corpus page, what a redesign of the site could produce. Each
// mutation changes the markup only, never the text, so the variant's analysis must match the
// original page's. The mutator may use the corpus's own class names to find the feed and the
// sidebar (it knows the pages it starts from); what it produces must not need them.
import { parseHtml } from '../../lib/node-dom';

export const MUTATIONS = [
  'rename-classes',
  'strip-classes',
  'add-wrappers',
  'remove-wrappers',
  'heading-levels',
  'figure-to-div',
  'paragraphs-as-divs',
  'cards-as-one-link',
  'title-date-list',
  'feed-label',
  'sidebar-first',
  'amp-img',
  'all-at-once',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** mulberry32: small, seeded, good enough to pick mutations. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const FEED = '.content-list[data-source^="recommendation"], .box-related';
const FEED_ITEM = 'article.story, li.news-item';
const SIDEBAR = '.sub-col, aside.col-right';
const LABELS = [
  'Lire aussi',
  'À lire aussi',
  'Articles liés',
  'Sur le même sujet',
  'Autres articles',
  'Autres nouvelles',
];

function feedItems(doc: Document): Element[] {
  return [...doc.querySelectorAll(FEED)].flatMap((f) => [...f.querySelectorAll(FEED_ITEM)]);
}

/** The feed's label: the heading just before the list, or inside its box. */
function feedLabel(doc: Document): Element | null {
  for (const h of doc.querySelectorAll('h2, h3')) if (/^\s*voir plus\s*$/i.test(h.textContent ?? '')) return h;
  return null;
}

function rename(el: Element, tag: string): Element {
  const out = el.ownerDocument.createElement(tag);
  for (const attr of el.attributes) out.setAttribute(attr.name, attr.value);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}

function stripClasses(doc: Document): void {
  for (const el of doc.body.querySelectorAll('*')) {
    for (const name of [...el.getAttributeNames()])
      if (name === 'class' || name === 'id' || name === 'itemprop' || name.startsWith('data-') || name === 'style')
        el.removeAttribute(name);
  }
}

function renameClasses(doc: Document, rand: Rand): void {
  const names = new Map<string, string>();
  const fresh = (old: string) => {
    let n = names.get(old);
    if (!n) {
      n = `x${Math.floor(rand() * 1e9).toString(36)}`;
      names.set(old, n);
    }
    return n;
  };
  for (const el of doc.body.querySelectorAll('*')) {
    if (el.id) el.id = fresh(el.id);
    const cls = el.getAttribute('class');
    if (cls) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(fresh).join(' '));
    const source = el.getAttribute('data-source');
    if (source) el.setAttribute('data-source', fresh(source));
  }
}

function addWrappers(doc: Document, rand: Rand): void {
  for (const el of [...doc.body.querySelectorAll('div, p, figure, h1, h2, h3, article, li, ul')]) {
    if (el.tagName === 'LI' || rand() > 0.35) continue;
    const wrap = doc.createElement(pick(rand, ['div', 'section', 'div']));
    el.replaceWith(wrap);
    wrap.appendChild(el);
  }
}

/** A wrapper holds blocks, not text of its own: a <div> around a line of text is that line. */
function isWrapper(el: Element): boolean {
  if (el.childElementCount === 0) return false;
  for (const n of el.childNodes) if (n.nodeType === 3 && (n.textContent ?? '').trim()) return false;
  return true;
}

function removeWrappers(doc: Document, rand: Rand): void {
  for (const el of [...doc.body.querySelectorAll('div')].reverse()) {
    if (rand() > 0.5 || !isWrapper(el)) continue;
    el.replaceWith(...el.childNodes);
  }
}

function headingLevels(doc: Document, rand: Rand): void {
  for (const h of [...doc.body.querySelectorAll('h1, h2, h3, h4')]) {
    const level = Number(h.tagName[1]);
    const next = Math.min(6, Math.max(1, level + pick(rand, [-1, 1, 2])));
    rename(h, `h${next}`);
  }
}

function figureToDiv(doc: Document, rand: Rand): void {
  for (const cap of [...doc.body.querySelectorAll('figcaption')]) {
    const style = pick(rand, ['div', 'p', 'em']);
    if (style === 'em') {
      const div = doc.createElement('div');
      const em = doc.createElement('em');
      em.textContent = cap.textContent?.trim() ?? '';
      div.appendChild(em);
      cap.replaceWith(div);
    } else rename(cap, style === 'p' ? 'p' : 'div');
  }
  for (const fig of [...doc.body.querySelectorAll('figure')]) rename(fig, 'div');
}

function paragraphsAsDivs(doc: Document): void {
  for (const p of [...doc.body.querySelectorAll('p')]) rename(p, 'div');
}

/** Each teaser becomes one link holding its image, title, summary and date. */
function cardsAsOneLink(doc: Document): void {
  for (const item of feedItems(doc)) {
    const href = item.querySelector('a[href]')?.getAttribute('href');
    if (!href) continue;
    const link = doc.createElement('a');
    link.setAttribute('href', href);
    // links inside a link are not HTML: keep their contents only
    for (const a of [...item.querySelectorAll('a')]) a.replaceWith(...a.childNodes);
    while (item.firstChild) link.appendChild(item.firstChild);
    item.appendChild(link);
  }
}

/** The feed as a list of title links, with the date in parentheses when the teaser has one. */
function titleDateList(doc: Document): void {
  for (const feed of doc.querySelectorAll(FEED)) {
    const ul = doc.createElement('ul');
    for (const item of feed.querySelectorAll(FEED_ITEM)) {
      const a = item.querySelector('h1 a, h2 a, h3 a, h4 a, .news-title a') ?? item.querySelector('a[href]');
      const title = (
        item.querySelector('h1, h2, h3, h4, .news-title')?.textContent ??
        a?.getAttribute('title') ??
        ''
      ).trim();
      if (!a || !title) continue;
      const li = doc.createElement('li');
      const link = doc.createElement('a');
      link.setAttribute('href', a.getAttribute('href') ?? '');
      link.textContent = title;
      li.appendChild(link);
      const iso = item.querySelector('time[datetime]')?.getAttribute('datetime');
      const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
      if (m) li.appendChild(doc.createTextNode(` (${m[3]}/${m[2]}/${m[1]})`));
      ul.appendChild(li);
    }
    const list = feed.querySelector('ul') ?? feed;
    if (list === feed) {
      feed.textContent = '';
      feed.appendChild(ul);
    } else list.replaceWith(ul);
  }
}

function changeFeedLabel(doc: Document, rand: Rand): void {
  const label = feedLabel(doc);
  if (!label) return;
  if (rand() < 0.3) label.remove();
  else label.textContent = pick(rand, LABELS);
}

function sidebarFirst(doc: Document): void {
  const sidebar = doc.querySelector(SIDEBAR);
  const main = doc.querySelector('.main-col, .col-left');
  if (sidebar && main) main.before(sidebar);
}

function ampImg(doc: Document): void {
  for (const n of [...doc.body.querySelectorAll('noscript')]) n.remove();
  for (const img of [...doc.body.querySelectorAll('img')]) {
    const amp = doc.createElement('amp-img');
    const src = img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
    amp.setAttribute('src', src);
    amp.setAttribute('alt', img.getAttribute('alt') ?? '');
    amp.setAttribute('width', '600');
    amp.setAttribute('height', '400');
    amp.setAttribute('layout', 'responsive');
    img.replaceWith(amp);
  }
}

const APPLY: Record<Exclude<Mutation, 'all-at-once'>, (doc: Document, rand: Rand) => void> = {
  'rename-classes': renameClasses,
  'strip-classes': stripClasses,
  'add-wrappers': addWrappers,
  'remove-wrappers': removeWrappers,
  'heading-levels': headingLevels,
  'figure-to-div': figureToDiv,
  'paragraphs-as-divs': paragraphsAsDivs,
  'cards-as-one-link': cardsAsOneLink,
  'title-date-list': titleDateList,
  'feed-label': changeFeedLabel,
  'sidebar-first': sidebarFirst,
  'amp-img': ampImg,
};

function apply(doc: Document, mutation: Exclude<Mutation, 'all-at-once'>, rand: Rand): void {
  APPLY[mutation](doc, rand);
}

/**
 * The page as a redesign could serve it: one mutation, then every class name and id renamed or
 * removed (a redesign keeps none of the old names), except for the class mutations themselves.
 * `all-at-once` applies a seeded subset of every mutation.
 */
export function mutate(html: string, url: string, mutation: Mutation, seed: number): string {
  const doc = parseHtml(html, url);
  const rand = seeded(seed);
  if (mutation === 'all-at-once') {
    const structural = MUTATIONS.filter(
      (m): m is Exclude<Mutation, 'all-at-once'> =>
        m !== 'all-at-once' && m !== 'rename-classes' && m !== 'strip-classes' && rand() < 0.5,
    );
    // the feed's own shape changes first (they need its old class names), one of them at most
    const isFeedShape = (m: Mutation) => m === 'cards-as-one-link' || m === 'title-date-list';
    const feedShapes = structural.filter(isFeedShape);
    const first = feedShapes.length ? [pick(rand, feedShapes)] : [];
    const rest = structural.filter((m) => !isFeedShape(m));
    for (const m of [...first, ...rest.filter((m) => m === 'sidebar-first' || m === 'feed-label')]) apply(doc, m, rand);
    stripClasses(doc);
    for (const m of rest.filter((m) => m !== 'sidebar-first' && m !== 'feed-label')) apply(doc, m, rand);
  } else if (mutation === 'rename-classes' || mutation === 'strip-classes') {
    apply(doc, mutation, rand);
  } else {
    apply(doc, mutation, rand);
    if (rand() < 0.5) stripClasses(doc);
    else renameClasses(doc, rand);
  }
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
