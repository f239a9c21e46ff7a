// Generated pages for the property tests (tests/unit/property.test.ts): random nesting, VNA
// layouts filled with spiced text, malformed markup, rare giant pieces, and whole corpus pages
// spiced and broken.
import fc from 'fast-check';
import { F, htmlText, text } from './property-fragments';
import { escapeHtml, invisible, rarely, sprinkle } from './property-text';

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

export interface Page {
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

export const anyPage = fc.oneof({ weight: 14, arbitrary: generatedPage(10) }, { weight: 1, arbitrary: corpusPage });
/** Pages to change while read: no giant ones (the changes themselves are the point). */
export const smallPage = fc.oneof({ weight: 14, arbitrary: generatedPage(null) }, { weight: 1, arbitrary: corpusPage });
