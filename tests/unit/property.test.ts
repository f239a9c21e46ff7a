// Property-based test of the whole content pipeline (detect → extract → entities → stories) on
// generated pages: random nesting, giant text nodes, malformed markup, invisible and bidi
// characters, NFD text, names holding markup or script, real VNA fragments from the corpus, and
// pages whose DOM changes while it is being read. On every page: no throw, bounded time, output
// valid against the schema, mentions that are slices of their strings, no markup in names, never
// VN as a partner, and the live document left as it was (apart from the page's own changes).
//
// Seeds are random: on failure fast-check prints the seed and the shrunk page; rerun with
// `fc.assert(..., { seed, path })` to replay it.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { eventDate, parseFrenchDates } from '../../lib/dates';
import { findEntities } from '../../lib/entities';
import { datelineOf, hasVnaDateline } from '../../lib/extract/dateline';
import { layoutOf } from '../../lib/extract/layouts';
import { fromVietnameseDateText } from '../../lib/extract/published';
import { sameTextKey, squeeze, stripPhotoAlt } from '../../lib/extract/text';
import { buildStories, findCountries, findDomains, findPartners, isCooperationStory, storyId } from '../../lib/stories';
import type { Analysis, Mention } from '../../lib/types';
import { loadCorpus, parseHtml } from './helpers';

// A hook run by `extract` before it reads the page: the page changes between detect and extract.
const hooks = vi.hoisted(() => ({ beforeExtract: null as null | ((doc: Document) => void) }));
vi.mock('../../lib/extract', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/extract')>();
  return {
    ...actual,
    extract: (doc: Document, url: string) => {
      const hook = hooks.beforeExtract;
      hooks.beforeExtract = null;
      hook?.(doc);
      return actual.extract(doc, url);
    },
  };
});

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/**
 * Per-page bound on analysePage (parsing excluded): 2 s up to 100 KB, then linear in the size
 * (10 ms per KB), so big pages must stay linear too.
 */
const pageBound = (chars: number): number => 2_000 + Math.max(0, chars - 100_000) / 100;
/** PROPERTY_SCALE=10 npx vitest run tests/unit/property.test.ts for a longer hunt. */
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1);
/**
 * Shrinking re-runs the failing page many times; on a slow page that can take many minutes, so
 * it is cut off (the failure and its seed are still reported). PROPERTY_NO_SHRINK=1 skips it.
 */
const RUN_OPTIONS = {
  endOnFailure: process.env.PROPERTY_NO_SHRINK === '1',
  interruptAfterTimeLimit: 150_000 * SCALE,
  markInterruptAsFailure: true,
};

// ---------------------------------------------------------------------------------------------
// Real VNA fragments, cut from the corpus with the layouts' own selectors.

interface Fragments {
  pages: { html: string; url: string }[];
  titles: string[];
  leads: string[];
  paragraphs: string[]; // outerHTML, inline markup kept
  texts: string[]; // paragraph text
  figures: string[]; // outerHTML of figures / captions
  teasers: string[]; // outerHTML of feed items
  names: string[];
}

function loadFragments(): Fragments {
  const f: Fragments = {
    pages: [],
    titles: [],
    leads: [],
    paragraphs: [],
    texts: [],
    figures: [],
    teasers: [],
    names: [],
  };
  for (const page of loadCorpus()) {
    f.pages.push({ html: page.html, url: page.url });
    const doc = parseHtml(page.html, page.url);
    const layout = layoutOf(doc);
    const title = doc.querySelector(layout.title)?.textContent?.trim();
    if (title) f.titles.push(title);
    const lead = doc.querySelector(layout.lead)?.textContent?.trim();
    if (lead) f.leads.push(lead);
    for (const p of doc.querySelectorAll(`${layout.body} p`)) {
      f.paragraphs.push(p.outerHTML);
      const t = p.textContent?.trim();
      if (t) f.texts.push(t);
    }
    for (const fig of doc.querySelectorAll(`${layout.body} figure, ${layout.body} figcaption`))
      f.figures.push(fig.outerHTML);
    for (const feed of doc.querySelectorAll(layout.feed))
      for (const item of feed.querySelectorAll(layout.feedItem)) f.teasers.push(item.outerHTML);
    for (const e of page.truth.entities) f.names.push(e.name, ...e.aliases);
  }
  for (const [k, v] of Object.entries(f)) if (v.length === 0) throw new Error(`corpus gave no ${k}`);
  return f;
}

const F = loadFragments();

// ---------------------------------------------------------------------------------------------
// Text

const INVISIBLES = [
  ...'\u200b\u200c\u200d\u200e\u200f',
  ...'\u202a\u202b\u202c\u202d\u202e',
  ...'\u2066\u2067\u2068\u2069',
  '\ufeff',
];
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'Nguyen <b>Van</b> An',
  'Hun Sen<script>alert(1)</script>',
  '<Nguyen Van Binh>',
  'Samdech <i>Techo</i> Hun Sen',
  'Tô <img src=x onerror=alert(1)> Lâm',
  'M. <a href="javascript:alert(1)">Pham Minh Chinh</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '__proto__ constructor toString hasOwnProperty',
  'Le Ministère de <b>la</b> Défense',
  '\ud800 lone \udfff surrogates',
];
const WORDS = [
  'le',
  'la',
  'de',
  "l'",
  "d'",
  'du',
  'et',
  'à',
  'au',
  'Vietnam',
  'Cambodge',
  'Laos',
  'Chine',
  'VN',
  'vietnamien',
  'cambodgienne',
  'sino-vietnamien',
  'Vietnam-Laos',
  'ministre',
  'président',
  'Premier ministre',
  'ambassadeur',
  'ministère',
  'Comité',
  'Parti',
  'PCV',
  'ASEAN',
  'ONU',
  'province de',
  'Hanoi',
  'Soc Trang',
  'Nguyen',
  'Tran',
  'Lê',
  'Van',
  'Minh',
  'Phuong',
  'Hun Sen',
  'Tô Lâm',
  'M.',
  'Mme',
  'Samdech',
  '(VNA)',
  '(VNA) –',
  '-VNA',
  'Photo :',
  'le 17 février',
  'du 22 au 25 mars 2026',
  '18/02/2017 10:15',
  'hier',
  'lundi dernier',
  'coopération',
  'sécurité',
  'défense',
  '>>',
  ',',
  '.',
  ':',
  '(',
  ')',
  '«',
  '»',
  '–',
  "'",
  '’',
  '-',
];

const invisible = fc.constantFrom(...INVISIBLES);
const hostile = fc.constantFrom(...HOSTILE);

/** `arb` one time in `n`, else null (fc.option's `freq` is the other way round: the odds of null). */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

/** Insert invisible characters at random places. */
function sprinkle(text: string, marks: { at: number; ch: string }[]): string {
  let out = text;
  for (const { at, ch } of marks) {
    const i = Math.floor(at * (out.length + 1));
    out = out.slice(0, i) + ch + out.slice(i);
  }
  return out;
}

const wordSoup = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: hostile }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((ws) => ws.join(' '));

const rawText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...F.texts) },
  { weight: 2, arbitrary: fc.constantFrom(...F.titles, ...F.leads) },
  { weight: 1, arbitrary: fc.constantFrom(...F.names) },
  { weight: 4, arbitrary: wordSoup },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Text with its spices: invisibles, NFD, a hostile name spliced in. */
const text: fc.Arbitrary<string> = fc
  .record({
    base: rawText,
    nfd: fc.boolean(),
    marks: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), ch: invisible }), { maxLength: 4 }),
    inject: rarely(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), s: hostile }), 5),
  })
  .map(({ base, nfd, marks, inject }) => {
    let t = nfd ? base.normalize('NFD') : base;
    if (inject) {
      const i = Math.floor(inject.at * t.length);
      t = `${t.slice(0, i)} ${inject.s} ${t.slice(i)}`;
    }
    return sprinkle(t, marks);
  });

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as HTML: escaped most of the time, raw (markup becomes elements) sometimes. */
const htmlText = fc.tuple(text, fc.integer({ min: 0, max: 9 })).map(([t, r]) => (r < 8 ? escapeHtml(t) : t));

// ---------------------------------------------------------------------------------------------
// Markup

const TAGS = ['div', 'span', 'p', 'section', 'b', 'i', 'a', 'li', 'ul', 'table', 'td', 'font', 'em', 'h2', 'h3'];
const CLASSES = [
  'article__body',
  'article__sapo',
  'cms-body',
  'post-content',
  'story',
  'related',
  'box-related',
  'sidebar',
  'share',
  'caption',
  'sapo',
  'date',
  'time',
  'source',
  'title',
  'meta',
  'comment',
  '',
];

const attrs = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
      fc.constantFrom(
        'href="/x-post1.vnp"',
        'href="javascript:alert(1)"',
        'href="https://fr.vietnamplus.vn/a-post2.vnp"',
      ),
      fc.constantFrom('onclick="alert(1)"', 'id="sdaWeb_1"', 'data-source="recommendation-1"', 'datetime="2020-01-02"'),
      fc.constantFrom('class="a" class="b"', 'class=\'x"', 'id==', 'title="<b>x</b>"', 'alt="Tô Lâm ảnh 1"'),
    ),
    { maxLength: 3 },
  )
  .map((a) => (a.length ? ` ${a.join(' ')}` : ''));

/** Random nested markup, depth-limited. */
const { soup } = fc.letrec<{ soup: string; node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText,
    fc.constantFrom(...F.paragraphs, ...F.figures),
    fc
      .tuple(fc.constantFrom(...TAGS), attrs, tie('soup'), fc.boolean())
      .map(([tag, a, inner, close]) => `<${tag}${a}>${inner}${close ? `</${tag}>` : ''}`),
  ),
  soup: fc.array(tie('node'), { maxLength: 3 }).map((ns) => ns.join('')),
}));

const pageUrl = fc.constantFrom(
  'https://fr.vietnamplus.vn/vietnam-et-cambodge-post84512.vnp',
  'https://fr.vietnamplus.vn/',
  'https://www.lecourrier.vn/le-vietnam-et-le-laos/123456.html',
  'https://example.com/news/article',
  'https://example.com/',
  'http://vnanet.vn/fr/1234567',
  'about:blank',
  'not a url',
  '',
);

const teaser = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...F.teasers) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        title: htmlText,
        summary: htmlText,
        caption: text,
        href: fc.constantFrom('/a-post9.vnp', 'javascript:alert(1)', 'https://lecourrier.vn/x/99.html', '', '#'),
        time: fc.constantFrom('2020-02-30', '2019-07-18T16:20:00+07:00', 'x', ''),
      })
      .map(
        (t) =>
          `<article class="story"><h3 class="story__heading"><a href="${t.href}">${t.title}</a></h3>` +
          `<img alt="${escapeHtml(t.caption)}"><div class="story__summary">${t.summary}</div><time datetime="${t.time}"></time></article>`,
      ),
  },
);

const head = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<meta property="og:site_name" content="VietnamPlus">',
        '<meta property="og:site_name" content="Le Courrier du Vietnam">',
        '<meta property="og:type" content="article">',
        '<meta property="article:published_time" content="2017-02-18T10:15:00+07:00">',
        '<meta property="article:published_time" content="2017-13-45">',
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-07-18T16:20:00+07:00"}</script>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>',
        '<script type="application/ld+json">[[[[[[[[{"@graph":[{"datePublished":"2020-01-01"}]}]]]]]]]]</script>',
        '<style>p{color:red}</style>',
        '<script>document.write("<p>x</p>")</script>',
        '<html lang="fr">',
      ),
      text.map((t) => `<meta property="og:title" content="${escapeHtml(t)}">`),
      text.map((t) => `<title>${escapeHtml(t)}</title>`),
    ),
    { maxLength: 5 },
  )
  .map((h) => h.join(''));

interface Article {
  title: string;
  lead: string;
  body: string[];
  figures: string[];
  feed: string[];
  source: string;
  date: string;
}

const article: fc.Arbitrary<Article> = fc.record({
  title: htmlText,
  lead: htmlText,
  body: fc.array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...F.paragraphs) },
      { weight: 3, arbitrary: htmlText.map((t) => `<p>${t}</p>`) },
      { weight: 1, arbitrary: soup },
      { weight: 1, arbitrary: htmlText.map((t) => `<p>&gt;&gt; <a href="/r-post3.vnp">${t}</a></p>`) },
    ),
    { maxLength: 8 },
  ),
  figures: fc.array(
    fc.oneof(
      fc.constantFrom(...F.figures),
      htmlText.map((t) => `<figure><img alt="x ảnh 2"><figcaption>${t}</figcaption></figure>`),
    ),
    { maxLength: 3 },
  ),
  feed: fc.array(teaser, { maxLength: 6 }),
  source: fc.constantFrom('VNA', 'VNA/CVN', 'Source : AVI', '', '<b>VNA</b>'),
  date: fc.constantFrom('18/02/2017 10:15', 'Jeudi 18/07/2019 - 16:20', '31/02/2019', '', '99/99/9999 99:99'),
});

function render(layout: string, a: Article): string {
  const body = a.body.join('') + a.figures.join('');
  const feed = a.feed.join('');
  switch (layout) {
    case 'vnp-current':
      return (
        `<article class="article"><h1 class="article__title">${a.title}</h1><div class="article__meta"><time>${a.date}</time></div>` +
        `<div class="article__sapo">${a.lead}</div><div class="article__body">${body}<p class="article__source">${a.source}</p></div></article>` +
        `<div class="content-list" data-source="recommendation-1">${feed}</div>`
      );
    case 'vnp-legacy':
      return (
        `<header class="article-header"><h1>${a.title}</h1><div class="sapo">${a.lead}</div><span class="date">${a.date}</span></header>` +
        `<div class="article-body cms-body">${body}<div class="source">${a.source}</div></div><div class="zone--related">${feed}</div>`
      );
    case 'courrier':
      return (
        `<div class="post-date">${a.date}</div><h1 class="post-title">${a.title}</h1><div class="post-sapo">${a.lead}</div>` +
        `<div class="post-content">${body}<p class="post-source">${a.source}</p></div><ul class="box-related">${a.feed.map((t) => `<li>${t}</li>`).join('')}</ul>`
      );
    case 'generic':
      return `<h1>${a.title}</h1><div class="lead">${a.lead}</div><div itemprop="articleBody">${body}</div><h2>Voir plus</h2><div>${feed}</div>`;
    default:
      return body + feed;
  }
}

type Malform =
  | { kind: 'truncate'; at: number }
  | { kind: 'dropClose'; tag: string }
  | { kind: 'insert'; at: number; s: string };

const malform: fc.Arbitrary<Malform> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0.2, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('dropClose' as const), tag: fc.constantFrom('p', 'div', 'a', 'li', 'h1', 'article') }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    s: fc.constantFrom(
      '</div>',
      '</p></p></p>',
      '</article>',
      '</body></html>',
      '<div>',
      '<p>',
      '<table><tr><td>',
      '<!--',
      '-->',
      '<![CDATA[',
      '<script>',
      '<textarea>',
      '<template>',
      '<svg><foreignObject>',
      '<select><option>',
      '<div class="article__body',
      '<p class=\'x" id=>',
      '<a href="javascript:alert(1)" onclick=\'',
      '<img src=x onerror=alert(1)//',
      '<div class=article__body id=a=b=c>',
      '<h1 class="article__title"title="x">',
      '<body><html>',
      '&#0;&#xD800;&#x110000;&nosuch;',
    ),
  }),
);

function applyMalform(html: string, m: Malform): string {
  if (m.kind === 'truncate') return html.slice(0, Math.floor(m.at * html.length));
  if (m.kind === 'dropClose') return html.split(`</${m.tag}>`).join('');
  const i = Math.floor(m.at * html.length);
  return html.slice(0, i) + m.s + html.slice(i);
}

/** Rare and big: a giant text node, or thousands of repeated teasers. */
const big = fc.oneof(
  fc
    .record({
      unit: fc.constantFrom('a ', 'Nguyen ', '\u00a0', '1/', '(VNA) – ', 'Ministère de la ', "l'", '-', 'le 2 mars '),
      size: fc.integer({ min: 50_000, max: 200_000 }),
      wrap: fc.constantFrom('p', 'div', 'figcaption', 'span'),
    })
    .map(({ unit, size, wrap }) => `<${wrap}>${escapeHtml(unit.repeat(Math.ceil(size / unit.length)))}x</${wrap}>`),
  // up to 1,500 small teasers (real ones are 1–2 KB: a few thousand make a 5 MB page; and past a
  // few thousand elements reaching Readability, jsdom alone takes seconds)
  fc
    .record({ n: fc.integer({ min: 300, max: 1_000 }), t: htmlText })
    .map(
      ({ n, t }) =>
        `<div class="box-related">${Array.from({ length: n }, (_, i) => `<li><h3><a href="/t${i % 700}-post${i}.vnp">${t} ${i}</a></h3></li>`).join('')}</div>`,
    ),
  fc
    .integer({ min: 50, max: 400 })
    .map((n) => `${'<div><span>'.repeat(n)}<p>Profond (VNA) – texte.</p>${'</span></div>'.repeat(n)}`),
);

interface Page {
  url: string;
  html: string;
}

/** A page built from the pieces above; `bigFreq`: one page in that many holds something big. */
const generatedPage = (bigFreq: number | null): fc.Arbitrary<Page> =>
  fc
    .record({
      url: pageUrl,
      head,
      layout: fc.constantFrom('vnp-current', 'vnp-legacy', 'courrier', 'generic', 'none'),
      article,
      before: soup,
      after: soup,
      wrap: fc.array(fc.constantFrom(...TAGS), { maxLength: 30 }),
      big: bigFreq === null ? fc.constant(null) : rarely(big, bigFreq),
      bigAt: fc.double({ min: 0, max: 1, noNaN: true }),
      malforms: fc.array(malform, { maxLength: 3 }),
      doctype: fc.boolean(),
    })
    .map((p) => {
      const inner = render(p.layout, p.article);
      const wrapped =
        p.wrap.map((t) => `<${t}>`).join('') +
        inner +
        [...p.wrap]
          .reverse()
          .map((t) => `</${t}>`)
          .join('');
      let body = p.before + wrapped + p.after;
      if (p.big) {
        const i = Math.floor(p.bigAt * body.length);
        body = body.slice(0, i) + p.big + body.slice(i);
      }
      let html = `${p.doctype ? '<!DOCTYPE html>' : ''}<html lang="fr"><head>${p.head}</head><body>${body}</body></html>`;
      for (const m of p.malforms) html = applyMalform(html, m);
      return { url: p.url, html };
    });

/** A whole corpus page, spiced and broken. */
const corpusPage: fc.Arbitrary<Page> = fc
  .record({
    page: fc.constantFrom(...F.pages),
    malforms: fc.array(malform, { maxLength: 3 }),
    marks: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), ch: invisible }), { maxLength: 20 }),
    nfd: fc.boolean(),
  })
  .map(({ page, malforms, marks, nfd }) => {
    // invisibles land anywhere, inside tags too; NFD decomposes the text of the whole page
    let html = sprinkle(nfd ? page.html.normalize('NFD') : page.html, marks);
    for (const m of malforms) html = applyMalform(html, m);
    return { url: page.url, html };
  });

const anyPage = fc.oneof({ weight: 14, arbitrary: generatedPage(10) }, { weight: 1, arbitrary: corpusPage });
/** Pages to change while read: no giant ones (the changes themselves are the point). */
const smallPage = fc.oneof({ weight: 14, arbitrary: generatedPage(null) }, { weight: 1, arbitrary: corpusPage });

// ---------------------------------------------------------------------------------------------
// Changes made to the page while it is read (what a page script or a lazy loader does).

const MUTATIONS: Record<string, (doc: Document) => void> = {
  removeBody: (doc) => doc.body?.remove(),
  clearBody: (doc) => {
    if (doc.body) doc.body.innerHTML = '';
  },
  removeTitle: (doc) => doc.querySelector('h1')?.remove(),
  removeArticleBody: (doc) => doc.querySelector('.article__body, .cms-body, .post-content, [itemprop]')?.remove(),
  removeFirstParagraph: (doc) => doc.querySelector('p')?.remove(),
  removeFeed: (doc) => doc.querySelector('.content-list, .zone--related, .box-related')?.remove(),
  appendParagraphs: (doc) => {
    const root = doc.querySelector('.article__body, .post-content, .cms-body') ?? doc.body ?? doc.documentElement;
    for (let i = 0; i < 30; i++) {
      const p = doc.createElement('p');
      p.textContent = `Ajouté ${i} : le ministre Nguyen Van An (VNA) – à Hanoi <img src=x onerror=alert(1)>.`;
      root?.appendChild(p);
    }
  },
  hostileTitle: (doc) => {
    const h1 = doc.querySelector('h1');
    if (h1) h1.innerHTML = 'Tô Lâm <img src=x onerror=alert(1)> &lt;script&gt; \u202eVN\u202c';
  },
  nestBody: (doc) => {
    const body = doc.body;
    if (!body) return;
    let inner: Element = body;
    const kids = [...body.childNodes];
    for (let i = 0; i < 300; i++) inner = inner.appendChild(doc.createElement('div'));
    for (const k of kids) inner.appendChild(k);
  },
  replaceRoot: (doc) => {
    const html = doc.createElement('html');
    html.innerHTML =
      '<body><h1 class="article__title">Remplacé</h1><div class="article__body"><p>Court.</p></div></body>';
    if (doc.documentElement) doc.replaceChild(html, doc.documentElement);
  },
  splitTextNodes: (doc) => {
    for (const p of doc.querySelectorAll('p')) {
      const t = p.firstChild;
      if (t && t.nodeType === 3 && (t.textContent?.length ?? 0) > 2) (t as Text).splitText(1).before('\u200b');
    }
  },
  attributes: (doc) => {
    doc.documentElement?.setAttribute('lang', '<x>');
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', `${el.getAttribute('class')} sidebar`);
  },
};

type When = 'between' | 'querySelectorAll' | 'textContent';

interface MutatedPage extends Page {
  op: string;
  when: When;
  nth: number;
}

const mutatedPage: fc.Arbitrary<MutatedPage> = fc
  .record({
    page: smallPage,
    op: fc.constantFrom(...Object.keys(MUTATIONS)),
    when: fc.constantFrom<When>('between', 'querySelectorAll', 'textContent'),
    nth: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ page, op, when, nth }) => ({ ...page, op, when, nth }));

/**
 * Arrange for `mutate` to run while analysePage reads `doc`: before extract, inside the live
 * document's nth querySelectorAll call (detect's), or inside the first paragraph's textContent
 * getter. Returns whether it ran.
 */
function arrange(doc: Document, when: When, nth: number, mutate: (doc: Document) => void): () => boolean {
  let fired = false;
  const run = () => {
    if (fired) return;
    fired = true;
    mutate(doc);
  };
  if (when === 'between') hooks.beforeExtract = run;
  else if (when === 'querySelectorAll') {
    const original = doc.querySelectorAll.bind(doc);
    let calls = 0;
    Object.defineProperty(doc, 'querySelectorAll', {
      configurable: true,
      value: (sel: string) => {
        if (++calls === nth) run();
        return original(sel);
      },
    });
  } else {
    const p = doc.querySelector('p, figcaption');
    const getter = Object.getOwnPropertyDescriptor(
      (doc.defaultView as unknown as { Node: typeof Node }).Node.prototype,
      'textContent',
    )?.get;
    if (p && getter)
      Object.defineProperty(p, 'textContent', {
        configurable: true,
        get() {
          run();
          return getter.call(this);
        },
      });
  }
  return () => {
    hooks.beforeExtract = null;
    return fired;
  };
}

// ---------------------------------------------------------------------------------------------
// The properties

function serialize(doc: Document): string {
  return [...doc.childNodes]
    .map((n) => (n.nodeType === 1 ? (n as Element).outerHTML : `${n.nodeName}:${n.textContent ?? ''}`))
    .join('');
}

/** The string a mention's offsets point into. */
function mentionTarget(r: Analysis, m: Mention): string | null | undefined {
  switch (m.in) {
    case 'title':
      return r.article?.title;
    case 'lead':
      return r.article?.lead;
    case 'paragraph':
      return r.article?.paragraphs[m.index];
    case 'caption':
      return r.article?.captions[m.index];
    case 'related': {
      const item = r.related[m.index];
      return item ? item[m.field ?? 'title'] : undefined;
    }
  }
}

function checkOutput(r: Analysis): void {
  const ok = validate(JSON.parse(JSON.stringify(r)));
  expect(validate.errors ?? [], 'schema').toEqual([]);
  expect(ok).toBe(true);
  const ids = new Set<string>();
  for (const e of r.entities) {
    expect(ids.has(e.id), `duplicate entity id ${e.id}`).toBe(false);
    ids.add(e.id);
    expect(e.name, 'entity name').not.toMatch(/[<>]/);
    expect(e.name.trim(), 'entity name').not.toBe('');
    for (const a of e.aliases) expect(a, 'alias').not.toMatch(/[<>]/);
    for (const m of e.mentions) {
      const target = mentionTarget(r, m);
      expect(typeof target, `mention target of ${JSON.stringify(m)}`).toBe('string');
      const s = target as string;
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(m.start >= 0 && m.start < m.end && m.end <= s.length, `offsets of ${JSON.stringify(m)}`).toBe(true);
      expect(s.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const s of r.stories) {
    expect(s.partners, 'partners').not.toContain('VN');
    for (const p of s.partners) expect(p).toMatch(/^[A-Z]{2}$/);
    for (const id of s.entityIds) expect(ids.has(id), `story entity ${id}`).toBe(true);
  }
}

const stats = { pages: 0, mutated: 0, fired: 0, maxMs: 0, maxPage: '', totalMs: 0, maxParseMs: 0 };

function timed(doc: Document, url: string): Analysis {
  const size = doc.documentElement?.outerHTML.length ?? 0;
  if (process.env.PROPERTY_TRACE) appendFileSync(process.env.PROPERTY_TRACE, `start ${url} ${size}\n`);
  const started = performance.now();
  const r = analysePage(doc, url);
  const ms = performance.now() - started;
  stats.pages++;
  stats.totalMs += ms;
  if (ms > stats.maxMs) {
    stats.maxMs = ms;
    stats.maxPage = `${url || '(no url)'} (${size} chars)`;
  }
  if (process.env.PROPERTY_TRACE) appendFileSync(process.env.PROPERTY_TRACE, `${ms.toFixed(0)} ms\n`);
  expect(ms, `ms for a page of ${size} chars`).toBeLessThan(pageBound(size));
  return r;
}

/** Parse (timed apart: jsdom's parser is not ours, but it counts in the file's run time). */
function parsed(html: string): Document {
  const started = performance.now();
  const doc = parseHtml(html, 'https://fr.vietnamplus.vn/');
  stats.maxParseMs = Math.max(stats.maxParseMs, performance.now() - started);
  return doc;
}

/**
 * Close the pages' windows and let the event loop turn: jsdom frees a window only then, and
 * thousands of pages parsed in one synchronous loop ran out of heap (4 GB).
 */
async function release(...docs: Document[]): Promise<void> {
  for (const d of docs) d.defaultView?.close();
  await new Promise((resolve) => setImmediate(resolve));
}

afterAll(() => {
  console.log(
    `property: ${stats.pages} pages (${stats.mutated} changed while read, ${stats.fired} changes fired); ` +
      `max ${stats.maxMs.toFixed(0)} ms on ${stats.maxPage}; mean ${(stats.totalMs / Math.max(1, stats.pages)).toFixed(1)} ms; ` +
      `slowest jsdom parse ${stats.maxParseMs.toFixed(0)} ms`,
  );
});

describe('content pipeline on generated pages', () => {
  it('holds its invariants on 800 random pages and leaves them untouched', async () => {
    await fc.assert(
      fc.asyncProperty(anyPage, async ({ url, html }) => {
        const doc = parsed(html);
        try {
          const before = serialize(doc);
          checkOutput(timed(doc, url));
          expect(serialize(doc)).toBe(before);
        } finally {
          await release(doc);
        }
      }),
      { ...RUN_OPTIONS, numRuns: Math.round(800 * SCALE) },
    );
  }, 180_000);

  it('holds them on 250 pages changed while they are read', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPage, async ({ url, html, op, when, nth }) => {
        const mutate = MUTATIONS[op] as (doc: Document) => void;
        const doc = parsed(html);
        const done = arrange(doc, when, nth, mutate);
        let r: Analysis;
        try {
          r = timed(doc, url);
        } finally {
          done();
        }
        stats.mutated++;
        checkOutput(r);
        // the page's own change and nothing else
        const expected = parseHtml(html, 'https://fr.vietnamplus.vn/');
        try {
          if (done()) {
            stats.fired++;
            mutate(expected);
          }
          expect(serialize(doc)).toBe(serialize(expected));
        } finally {
          await release(doc, expected);
        }
      }),
      { ...RUN_OPTIONS, numRuns: Math.round(250 * SCALE) },
    );
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------
// No regular expression (or loop) of lib/ goes quadratic on long adversarial text.

const UNITS = [
  'A',
  'ABC ',
  "'",
  "l'",
  "L'A",
  '-',
  '- ',
  ' ',
  '\u00a0',
  '\u200b',
  '(VNA)',
  '(VNA) – ',
  '(VNA/',
  '1',
  '1/',
  '12/12/',
  '18/02/2017\u00a0',
  '/',
  ', ',
  '((',
  'Nguyen ',
  'Le Ministère de la ',
  'le 2 mars ',
  'du 2 au ',
  'lundi ',
  'Photo : ',
  '.-VNA',
  'ảnh 1 ',
  'Vietnam-',
  'sino-',
  'a'.repeat(50),
];
// Each unit repeated, then a tail that makes the pattern fail at the very end: 100 KB for every
// unit, 1 MB for the units the patterns of lib/ loop on (blanks, digits, slashes, credits, names).
const MEGA = new Set([' ', '\u00a0', "'", '-', '1/', '18/02/2017\u00a0', '(VNA) – ', 'le 2 mars ', 'Nguyen ', 'ABC ']);
const TAILS = ['x', '!', '\u00a0x', ' (VNA) –', 'xảnh 1'];
/** Generous bounds: linear code takes well under a second; the bugs found took 10 s to minutes. */
const boundFor = (size: number): number => (size > 200_000 ? 10_000 : 4_000);

function adversarial(unit: string, size: number, tail: string): string {
  return unit.repeat(Math.ceil(size / unit.length)) + tail;
}

function within(label: string, ms: number, f: () => unknown): number {
  const started = performance.now();
  f();
  const took = performance.now() - started;
  expect(took, label).toBeLessThan(ms);
  return took;
}

describe('no catastrophic backtracking on 100 KB – 1 MB adversarial text', () => {
  const worst = { ms: 0, label: '' };
  const note = (label: string, ms: number) => {
    if (ms > worst.ms) Object.assign(worst, { ms, label });
  };
  afterAll(() => console.log(`redos: slowest ${worst.ms.toFixed(0)} ms (${worst.label})`));

  it('text-level regexes: dateline, published date text, dates, countries, domains, keys', () => {
    for (const unit of UNITS) {
      for (const size of MEGA.has(unit) ? [100_000, 1_000_000] : [100_000]) {
        const tail = TAILS[(unit.length + size) % TAILS.length] as string;
        const s = adversarial(unit, size, tail);
        const label = `${JSON.stringify(unit.slice(0, 12))}×${size}`;
        note(
          label,
          within(`regex ${label}`, boundFor(size), () => {
            datelineOf(s);
            hasVnaDateline([s]);
            fromVietnameseDateText(s);
            parseFrenchDates(s, '2020-03-05T10:00:00+07:00');
            eventDate(s, '2020-03-05T10:00:00+07:00');
            findCountries(s);
            isCooperationStory([s], []);
            findDomains({ title: s.slice(0, 1000), lead: s, body: [s] });
            storyId(`https://fr.vietnamplus.vn/${s.slice(0, 100_000)}-post1.vnp`, s);
            stripPhotoAlt(s, s.slice(0, 50));
            sameTextKey(s);
            squeeze(s);
          }),
        );
      }
    }
  }, 120_000);

  it('entities and stories: findEntities, findPartners, buildStories on such a teaser', () => {
    for (const unit of UNITS) {
      const s = adversarial(unit, 100_000, 'x');
      const label = JSON.stringify(unit.slice(0, 12));
      note(
        `entities ${label}`,
        within(`entities ${label}`, boundFor(s.length), () => {
          const entities = findEntities({
            title: s.slice(0, 2_000),
            lead: s,
            paragraphs: [s],
            captions: [],
            related: [{ title: s.slice(0, 5_000), summary: s, caption: null }],
          });
          findPartners([s], entities);
          buildStories({
            url: 'https://fr.vietnamplus.vn/x-post1.vnp',
            article: null,
            related: [{ title: s, summary: s, caption: s, url: null, published: '2020-03-05', origin: 'feed' }],
            entities,
          });
        }),
      );
    }
  }, 120_000);

  it('page-level patterns (date-only lines, credits, source lines) on a giant paragraph', () => {
    for (const unit of ['\u00a0', '18/02/2017\u00a0', 'Photo : ', '-VNA ', 'ảnh 1\u00a0', '>>', ' (VNA) –']) {
      const s = escapeHtml(adversarial(unit, 150_000, 'x'));
      const html =
        `<h1 class="article__title">Titre</h1><div class="article__body"><p>${s}</p><figure><figcaption>${s}</figcaption></figure></div>` +
        `<div class="date">18/02/2017${s}</div>`;
      const doc = parseHtml(html, 'https://fr.vietnamplus.vn/x-post1.vnp');
      note(
        `page ${JSON.stringify(unit)}`,
        within(`page ${JSON.stringify(unit)}`, 10_000, () => analysePage(doc, 'https://fr.vietnamplus.vn/x-post1.vnp')),
      );
    }
  }, 120_000);
});
