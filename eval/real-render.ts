// The real corpus rendered in the corpus markups (issue 12: "render it in the corpus markups for
// npm run eval"): each article becomes a page of VietnamPlus's or Le Courrier's markup (a sample
// page of tests/fixtures/corpus is the template: header, menus, ads, share bars, tags, sidebar and
// all), its feed made of the corpus's real teasers; the page then goes through the whole pipeline
// (detection, extraction, feed split) and the names are scored on what was extracted. A text the
// extraction loses, or a teaser it does not find in the feed, is lost to the score too.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage } from '../lib/analyse';
import { type EntityTexts, pageTexts } from '../lib/entities/index';
import { layoutOf, SITE } from '../lib/extract/layouts';
import { parseHtml } from '../lib/node-dom';
import type { Article, RelatedItem } from '../lib/types';
import type { RealCase, RealItem } from './real-corpus';

export type Markup = 'vnp' | 'courrier';
export const MARKUPS: Markup[] = ['vnp', 'courrier'];

/** What the pipeline extracted for one item: the texts the matcher reads, and the story inputs. */
export interface Extracted {
  texts: EntityTexts;
  article: Article | null;
  related: RelatedItem[];
}

const TEMPLATE = (m: Markup) =>
  join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus', 'pages', `000_5c40b8c9863d2394.${m}.html`);
const HOST: Record<Markup, (id: string) => string> = {
  vnp: (id) => `https://fr.vietnamplus.vn/${id}.vnp`,
  courrier: (id) => `https://lecourrier.vn/${id}.html`,
};
/**
 * Many stored excerpts begin after the title, which the page did have: its address says it, in
 * lower case without diacritics ("le-vietnam-remporte-37-medailles-dor" → "le vietnam remporte 37
 * medailles dor"), so the page gets that. It is not the annotated text: it names no person, but
 * partners read its countries as a title's, and a name it writes in lower case ("lima") is read as
 * a word on the whole page; the rendered figures carry that difference for these items.
 */
export function titleFromUrl(url: string): string {
  const path = url
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean);
  const last = path.at(-1) ?? '';
  // ".../slug/12345.vnp", ".../slug-post12345.vnp", ".../slug/12345.html"
  const slug = /^\d+(?:\.\w+)?$/.test(last) ? (path.at(-2) ?? '') : last.replace(/(?:-post)?\d*\.\w+$/, '');
  return slug
    .replace(/(\p{L})39(\p{L})/gu, "$1'$2")
    .replace(/-+/g, ' ')
    .trim();
}
const FEED_SIZE = 6;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One article page in markup m, its feed made of the given teasers. */
export function renderPage(m: Markup, article: RealItem, teasers: RealItem[], template: string): string {
  const url = HOST[m](article.id);
  const heading = article.title || titleFromUrl(article.url);
  const doc = parseHtml(template, url);
  fillHead(doc, article, heading, url);
  const layout = layoutOf(doc);
  const title = doc.querySelector(layout.title);
  if (title) title.textContent = heading;
  const lead = doc.querySelector(layout.lead);
  if (lead) {
    if (article.lead) {
      const p = lead.querySelector('p');
      (p ?? lead).textContent = article.lead;
    } else lead.remove();
  }
  fillBody(doc, doc.querySelector(layout.body), article);
  const feed = doc.querySelector(layout.feed);
  if (feed) fillFeed(feed, layout.feedItem, teasers, m);
  const html = `<!doctype html>\n${doc.documentElement.outerHTML}`;
  // (a jsdom window holds its page until closed; even closed, each page keeps a little, about
  // 2 MB a rendered page analysed here: npm run eval gives node a 16 GB heap for the four thousand
  // pages of 2,000 dev articles in two markups — 12 GB ran out at 2,561 dev items)
  doc.defaultView?.close();
  return html;
}

/** The head says what the page is: its title, description and address, none of the template's. */
function fillHead(doc: Document, item: RealItem, heading: string, url: string): void {
  const title = doc.querySelector('title');
  if (title) title.textContent = (title.textContent ?? '').replace(/^.*?(\s[|-]\s[^|-]+)$/, `${heading}$1`);
  const set = (selector: string, value: string) => {
    for (const el of doc.querySelectorAll(selector)) el.setAttribute(el.tagName === 'LINK' ? 'href' : 'content', value);
  };
  set('meta[property="og:title"]', heading);
  set('meta[name="description"], meta[property="og:description"]', item.lead ?? '');
  set('meta[property="og:url"], link[rel="canonical"], link[rel="amphtml"]', url);
  for (const el of doc.querySelectorAll('meta[property="article:tag"], script[type="application/ld+json"]'))
    el.remove();
}

/** The body's paragraphs and figures replaced by the item's, in the template's own shapes. */
function fillBody(doc: Document, body: Element | null, item: RealItem): void {
  if (!body) return;
  const own = [...body.children].filter((el) => (el.tagName === 'P' && !el.className) || el.tagName === 'FIGURE');
  const figure = own.find((el) => el.tagName === 'FIGURE');
  const at = own[0] ?? null;
  const place = (el: Element) => body.insertBefore(el, at);
  item.paragraphs.forEach((text, i) => {
    const p = doc.createElement('p');
    p.textContent = text;
    place(p);
    // a photo after the first paragraph, as VNA pages place it
    if (i === 0) for (const caption of item.captions) place(captioned(figure, doc, caption));
  });
  if (!item.paragraphs.length) for (const caption of item.captions) place(captioned(figure, doc, caption));
  for (const el of own) el.remove();
}

function captioned(figure: Element | undefined, doc: Document, caption: string): Element {
  const fig = (figure?.cloneNode(true) as Element | undefined) ?? doc.createElement('figure');
  let cap = fig.querySelector('figcaption');
  if (!cap) {
    cap = doc.createElement('figcaption');
    fig.append(cap);
  }
  const p = cap.querySelector('p');
  (p ?? cap).textContent = caption;
  // (the template's image names its own article)
  for (const img of fig.querySelectorAll('img')) {
    img.setAttribute('alt', '');
    img.removeAttribute('title');
  }
  return fig;
}

/** The feed's teasers replaced by the given ones, each in the template's first teaser's shape. */
function fillFeed(feed: Element, itemSelector: string, teasers: RealItem[], m: Markup): void {
  const items = [...feed.querySelectorAll(itemSelector)].filter((el) => !el.parentElement?.closest(itemSelector));
  const shape = items[0];
  if (!shape) return;
  const parent = shape.parentElement as Element;
  for (const t of teasers) {
    const el = shape.cloneNode(true) as Element;
    const href = HOST[m](t.id).replace(/(\.\w+)$/, '-teaser$1');
    for (const a of el.querySelectorAll('a')) {
      a.setAttribute('href', href);
      if (a.hasAttribute('title')) a.setAttribute('title', t.title);
    }
    const heading = el.querySelector(SITE.teaserTitleClasses.map((c) => `.${c}`).join(', '));
    const link = heading?.querySelector('a') ?? heading;
    if (link) link.textContent = t.title;
    const summary = el.querySelector(SITE.teaserSummaryClasses.map((c) => `.${c}`).join(', '));
    if (summary) {
      if (t.summary) summary.textContent = t.summary;
      else summary.remove();
    }
    for (const img of el.querySelectorAll('img')) img.setAttribute('alt', t.caption ?? '');
    parent.insertBefore(el, shape);
  }
  for (const el of items) el.remove();
}

/** A page to carry the feed of a split that has no article (its own texts are not scored). */
function placeholderHost(split: RealItem['split']): RealItem {
  const paragraphs = ['Hanoi (VNA) - La rédaction présente les articles de la semaine.'];
  return {
    id: `host-${split}`,
    url: 'https://fr.vietnamplus.vn/la-semaine/1.vnp',
    kind: 'article',
    split,
    title: '',
    lead: null,
    paragraphs,
    captions: [],
    summary: null,
    caption: null,
  };
}

/**
 * Every case rendered in markup m and analysed: the article's extracted texts, or the teaser's
 * story as the feed split found it (matched by title). Teasers fill the feeds of the articles of
 * their split, six a page, in id order; articles left over get an empty feed.
 */
export function extractRendered(cases: RealCase[], m: Markup): Map<string, Extracted> {
  const template = readFileSync(TEMPLATE(m), 'utf8');
  const out = new Map<string, Extracted>();
  for (const split of new Set(cases.map((c) => c.item.split))) {
    const inSplit = cases.filter((c) => c.item.split === split);
    const articles = inSplit.filter((c) => c.item.kind === 'article').map((c) => c.item);
    const teasers = inSplit.filter((c) => c.item.kind === 'teaser').map((c) => c.item);
    const feeds: RealItem[][] = [];
    for (let k = 0; k < teasers.length; k += FEED_SIZE) feeds.push(teasers.slice(k, k + FEED_SIZE));
    // (a split with more feeds than articles: the last article carries the rest)
    while (feeds.length > Math.max(articles.length, 1)) feeds[feeds.length - 2]?.push(...(feeds.pop() ?? []));
    const hosts = articles.length ? articles : feeds.length ? [placeholderHost(split)] : [];
    hosts.forEach((host, k) => {
      const feed = feeds[k] ?? [];
      const url = HOST[m](host.id);
      const page = parseHtml(renderPage(m, host, feed, template), url);
      const analysis = analysePage(page, url);
      page.defaultView?.close();
      if (host.kind === 'article') {
        const a = analysis.article;
        out.set(host.id, { texts: pageTexts(a, []), article: a, related: [] });
      }
      for (const t of feed) {
        const r = analysis.related.find((x) => norm(x.title) === norm(t.title));
        const related = r ? [r] : [];
        out.set(t.id, { texts: pageTexts(null, related), article: null, related });
      }
    });
  }
  return out;
}
