// Pages as readers' browsers get them, in markups nobody tuned for: what blind rounds 56-58 taught
// (a Chinese portal's "top story over a list" box and its dates, an English or Vietnamese chrome's
// date lines, an app's divs with roles, a table layout's spacer rows, an AMP copy's addresses, a
// desktop and a mobile copy of one story in one page). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect';
import { extract } from '../../lib/extract';
import { urlKey } from '../../lib/stories';
import { parseHtml } from './helpers';

const URL = 'https://fr.vietnamplus.vn/premiere-reunion-de-la-commission-centrale-de-controle/137562.vnp';
const TITLE = 'Première réunion de la Commission centrale de contrôle du Parti du 13e mandat';
const BODY = [
  'Hanoï (VNA) – La Commission centrale de contrôle du Parti du 13e mandat a tenu sa première réunion, sous la houlette de son président, Trân Câm Tu, membre du Bureau politique.',
  'La réunion a permis d’élire les vice-présidents de la Commission et d’attribuer des tâches à ses membres, a-t-on appris à l’issue de la séance.',
  'La Commission a de plus travaillé sur la mise en œuvre d’un certain nombre de tâches clés dans les temps à venir.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const TEASERS = [
  [
    'https://fr.vietnamplus.vn/la-commission-de-controle-propose-de-sanctionner/134367.vnp',
    'La Commission de contrôle propose de sanctionner plusieurs officiels',
  ],
  [
    'https://fr.vietnamplus.vn/la-5e-journee-de-travail-du-11e-plenum/128462.vnp',
    'La 5e journée de travail du 11e Plénum du Comité central s’achève',
  ],
  [
    'https://fr.vietnamplus.vn/le-pcv-debute-la-session-preparatoire-post71527.vnp',
    'Le PCV débute la session préparatoire de son 12e Congrès national',
  ],
] as const;
const SUMMARY = 'La Commission centrale du contrôle du Parti a tenu sa 10e réunion du 22 au 24 décembre à Hanoï.';
const read = (body: string, url = URL, head = '') =>
  extract(
    parseHtml(`<html lang="fr"><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`, url),
    url,
  );
const story = (extra = '') => `<div class="story"><h1>${TITLE}</h1>${extra}${paras}</div>`;
const feedOf = (html: string) => read(html).related.filter((r) => r.origin === 'feed');

describe('a feed box as portals print it', () => {
  it('a top story with its picture and summary over a list of titles: the list’s first teaser', () => {
    const box = `<div class="box_news"><h2>Articles liés</h2>
      <div class="pic_news"><a href="https://fr.vietnamplus.vn/reunion-de-la-commission/175747.vnp"><img src="/a.jpg" alt="Lors de la réunion. Photo : VNA"></a>
        <div><h3><a href="https://fr.vietnamplus.vn/reunion-de-la-commission/175747.vnp">Réunion de la Commission centrale du contrôle du Parti</a></h3><p>${SUMMARY}</p></div></div>
      <ul>${TEASERS.map(([u, t]) => `<li><a href="${u}">${t}</a> <span>[2020-03-05]</span></li>`).join('')}</ul></div>`;
    const feed = feedOf(`${story()}${box}`);
    expect(feed.map((r) => r.title)).toEqual([
      'Réunion de la Commission centrale du contrôle du Parti',
      ...TEASERS.map(([, t]) => t),
    ]);
    expect(feed[0]?.summary).toBe(SUMMARY);
    // ("[2020-03-05]": a list's date, year first, in brackets)
    expect(feed[1]?.published?.slice(0, 10)).toBe('2020-03-05');
  });

  it('a table layout’s rows parted by spacer GIFs', () => {
    const rows = TEASERS.map(
      ([u, t]) =>
        `<tr><td width="92"><a href="${u}"><img src="/thumbs/${u.length}.jpg" width="84" height="63" alt=""></a></td><td><a href="${u}"><font><b>${t}</b></font></a><br><font size="1">${SUMMARY}</font></td></tr><tr><td colspan="2"><img src="/images/spacer.gif" width="1" height="6"></td></tr>`,
    ).join('');
    const feed = feedOf(`${story()}<table><tr><td colspan="2"><b>Autres articles</b></td></tr>${rows}</table>`);
    expect(feed.map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });
});

describe('a teaser’s fields in an app’s or another language’s chrome', () => {
  it('a card’s "sub-headline" is its summary; a <div role="heading"> its headline', () => {
    const sub = feedOf(
      `${story()}<h3>Tin cùng chuyên mục</h3><div>${TEASERS.map(
        ([u, t]) =>
          `<div class="arr--story-card"><a href="${u}"><h6 class="arr--headline">${t}</h6></a><p class="arr--sub-headline">${SUMMARY}</p></div>`,
      ).join('')}</div>`,
    );
    expect(sub.map((r) => r.summary)).toEqual([SUMMARY, SUMMARY, SUMMARY]);
    const roles = feedOf(
      `${story()}<div><div role="heading" aria-level="2">Autres articles</div><div>${TEASERS.map(
        ([u, t]) =>
          `<div><a href="${u}"><div><div style="background-image:url(/a.jpg)"></div><div>Des élèves de Hanoï lors de la rentrée scolaire. Photo : VNA</div></div><div role="heading" aria-level="3">${t}</div></a><div>08/04/2020</div></div>`,
      ).join('')}</div></div>`,
    );
    expect(roles.map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });

  it('an <img alt=""> inside a picture labelled for assistive technology; an alt of the title and a credit', () => {
    const feed = feedOf(
      `${story()}<h2>Autres articles</h2><div>${TEASERS.map(
        ([u, t], n) =>
          `<div><a href="${u}">${
            n === 0
              ? `<div role="img" aria-label="La Croix-Rouge du 3e arrondissement remet des cadeaux aux plus démunis. Photo: VNA"><img alt="" src="/a.jpg"></div>`
              : `<img src="/b.jpg" alt="${t}. Photo : VNA">`
          }<h3>${t}</h3></a></div>`,
      ).join('')}</div>`,
    );
    expect(feed.map((r) => r.caption)).toEqual([
      'La Croix-Rouge du 3e arrondissement remet des cadeaux aux plus démunis. Photo: VNA',
      null,
      null,
    ]);
  });

  it('dates in English ("Nov 4, 2021", "Posted on: 23 Nov 2023 21:30 GMT+7"), a Vietnamese weekday, a CJK portal’s', () => {
    const cards = (date: (n: number) => string) =>
      `<h2>Related news</h2><ul>${TEASERS.map(
        ([u, t], n) => `<li><a href="${u}"><h3>${t}</h3></a><span class="news-date">${date(n)}</span></li>`,
      ).join('')}</ul>`;
    const english = read(
      `${story('<span class="posted">Posted on: 23 Nov 2023 21:30 GMT+7</span>')}${cards((n) => `Nov ${n + 4}, 2021`)}`,
    );
    expect(english.article?.published).toBe('2023-11-23T21:30:00+07:00');
    expect(english.related.map((r) => r.published?.slice(0, 10))).toEqual(['2021-11-04', '2021-11-05', '2021-11-06']);
    const vietnamese = feedOf(`${story()}${cards((n) => `Thứ Hai, 0${n + 4}/05/2015`)}`);
    expect(vietnamese.map((r) => r.published?.slice(0, 10))).toEqual(['2015-05-04', '2015-05-05', '2015-05-06']);
    const cjk = read(story('<div class="col-1-1">2021年02月05日16:30&nbsp;|&nbsp;来源：越通社 VNA</div>'));
    expect(cjk.article?.published).toBe('2021-02-05T16:30:00+07:00');
  });
});

describe('the article of odd pages', () => {
  it('">>" lines over the story’s body box are its inline links, not a feed', () => {
    const lines = TEASERS.map(([u, t]) => `<div class="inline-rel">&gt;&gt; <a href="${u}">${t}</a></div>`).join('');
    const got = read(
      `<div class="art"><h1>${TITLE}</h1><div class="rel-inline">${lines}</div><figure><img src="/a.jpg"><figcaption>Le siège de la Commission. Photo : VNA</figcaption></figure><div class="art__body">${paras}</div></div>`,
    );
    expect(got.related.map((r) => r.origin)).toEqual(['inline', 'inline', 'inline']);
  });

  it('a description copied from the first paragraph names no standfirst, past an ad slot after it', () => {
    const got = read(
      `<div class="art"><h1>${TITLE}</h1><div class="art__body"><p>${BODY[0]}</p><div class="ad-wrap"><div>Publicité</div><div id="div-gpt-ad-1"></div></div><p>${BODY[1]}</p><p>${BODY[2]}</p></div></div>`,
      URL,
      `<meta name="description" content="${BODY[0]}">`,
    );
    expect(got.article?.lead).toBeNull();
    expect(got.article?.paragraphs).toEqual(BODY);
  });

  it('a desktop and a mobile copy of the story in one page: read once', () => {
    const copy = (cls: string) =>
      `<div class="${cls}"><article><h1>${TITLE}</h1><table><tr><td><img src="/a.jpg" width="600"></td></tr><tr><td class="caption">Trân Câm Tu à la réunion.${cls === 'm' ? '' : ' '}Photo : VNA</td></tr></table>${paras}</article></div>`;
    const got = read(`${copy('d-only')}${copy('m')}`);
    expect(got.article?.paragraphs).toEqual(BODY);
    expect(got.article?.captions).toHaveLength(1);
  });

  it('a related box’s name left alone (its stories in a menu) and a site’s cookie line are no story text', () => {
    const got = read(
      `<div class="cookie-bar">Le Courrier du Vietnam utilise des cookies. <a href="/confidentialite/">En savoir plus</a></div><h1>${TITLE}</h1>${paras}<p>Autres articles</p><select><option>Une autre histoire</option></select>`,
    );
    expect(got.article?.paragraphs).toEqual(BODY);
  });

  it('an address with the story’s number after its slug is an article’s, however short the story', () => {
    const url = 'https://vietnam.vnanet.vn/french/tin-van/quang-ninh-vise-une-croissance-economique-369348.html';
    // (no dateline, no article markup: only the address says it)
    const d = detectPage(
      parseHtml(`<html><body><h2>${TITLE}</h2><p>${BODY[1]}</p><p>${BODY[2]}</p></body></html>`, url),
      url,
    );
    expect(d.looksLikeArticle).toBe(true);
    const listing = 'https://vietnam.vnanet.vn/french/tin-van/page-2024.html';
    expect(detectPage(parseHtml('<html><body></body></html>', listing), listing).looksLikeArticle).toBe(false);
  });
});

describe('a story’s AMP copy', () => {
  it('is the story: its address keys the same story as the page’s', () => {
    const page = 'https://lecourrier.vn/la-beaute-des-rizieres-en-terrasses-de-mu-cang-chai/1263558.html';
    expect(urlKey('https://lecourrier.vn/amp/la-beaute-des-rizieres-en-terrasses-de-mu-cang-chai/1263558.html')).toBe(
      urlKey(page),
    );
    expect(urlKey(`${page}/amp`)).toBe(urlKey(page));
    // (a story whose slug says "amp" keeps it)
    expect(urlKey('https://lecourrier.vn/amp-festival/1263559.html')).toBe('lecourrier.vn/amp-festival/1263559.html');
  });
});

describe('an infinite scroll’s next story, a translation beside the story', () => {
  const next = (feed: string) =>
    `<article class="detail"><h1>Remise de centaines de bourses à des élèves démunis</h1><figure><img src="/n.jpg"><figcaption>La vice-présidente lors de la cérémonie de remise de bourses, le 3 septembre à Ninh Binh.</figcaption></figure><p>${BODY[1]} Une autre page.</p></article><section><h2>Sur le même sujet</h2>${feed}</section>`;
  const cards = (teasers: readonly (readonly [string, string])[]) =>
    teasers.map(([u, t]) => `<div class="card"><h3><a href="${u}">${t}</a></h3><p>${SUMMARY}</p></div>`).join('');
  const OTHERS = [
    [
      'https://lecourrier.vn/ho-chi-minh-ville-symbole-du-dynamisme/1300001.html',
      'Hô Chi Minh-Ville, symbole du dynamisme économique et social',
    ],
    [
      'https://lecourrier.vn/les-villages-de-metiers-du-nord/1300002.html',
      'Les villages de métiers du Nord, un ancrage identitaire',
    ],
  ] as const;

  it('the next story’s own feed and photo are that page’s', () => {
    const got = read(
      `<main><article class="detail"><h1>${TITLE}</h1>${paras}</article><section><h2>Sur le même sujet</h2>${cards(TEASERS)}</section>${next(cards(OTHERS))}</main>`,
    );
    expect(got.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
    expect(got.article?.captions).toEqual([]);
  });

  it('a story in another language beside this one is its translation, not the next story: the feed below stays', () => {
    const got = read(
      `<main><article lang="fr"><h1>${TITLE}</h1>${paras}</article><article lang="en"><h1>First meeting of the Party Central Inspection Commission</h1><p>The Party Central Inspection Commission held its first meeting in Hanoi on Friday under its chairman.</p></article><section><h2>Voir plus</h2>${cards(TEASERS)}</section></main>`,
    );
    expect(got.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });
});

describe('a teaser’s picture, and the story’s photo credits', () => {
  it('a picture a lazy loader draws ("data-bgsrc", role="img") names its caption; its link’s caption is no summary', () => {
    const feed = feedOf(
      `${story()}<h2>Sur le même sujet</h2><div>${TEASERS.map(
        ([u, t]) =>
          `<article><a href="${u}" class="image-link"><span data-bgsrc="/a.jpg" class="img bg-cover" role="img" aria-label="Des élèves de Hanoï lors de la rentrée scolaire. Photo: VNA"></span></a><h4><a href="${u}">${t}</a></h4></article>`,
      ).join('')}</div>`,
    );
    expect(feed.map((r) => r.caption)).toEqual(
      Array(3).fill('Des élèves de Hanoï lors de la rentrée scolaire. Photo: VNA'),
    );
    const linked = feedOf(
      `${story()}<h2>Sur le même sujet</h2><div>${TEASERS.map(
        ([u, t]) =>
          `<div class="card"><a href="${u}"><figure><img src="/a.jpg" alt=""><figcaption>Lors de la cérémonie de remise.</figcaption></figure></a><h3><a href="${u}">${t}</a></h3></div>`,
      ).join('')}</div>`,
    );
    expect(linked.map((r) => r.summary)).toEqual([null, null, null]);
  });

  it('a credit alone in the photo’s figure, beside the photo’s caption; a line in another script under a QR code', () => {
    const got = read(
      `<div class="story"><h1>${TITLE}</h1><p>${BODY[0]}</p><div class="story-element"><figure><img src="/a.jpg"><span class="attribution">Ảnh: TTXVN</span></figure><div class="caption"><p>Trân Câm Tu lors de la réunion. Photo: VNA</p></div></div><p>${BODY[1]}</p><p>${BODY[2]}</p></div><div class="side"><div class="qr"><img src="/img/qrcode_app.png" alt="扫码下载客户端"><p>扫码下载客户端 · Téléchargez l'application</p></div></div>`,
    );
    expect(got.article?.captions).toEqual(['Trân Câm Tu lors de la réunion. Photo: VNA']);
  });
});

describe('what blind round 59 taught: pages with several boxes of other stories', () => {
  it('a whole card as the link ("<a><li>…<p>Titre</p><time>il y a 7 ans</time></li></a>"): the title is its line', () => {
    const feed = feedOf(
      `${story()}<h4>Dans la même rubrique</h4><ul>${TEASERS.map(
        ([u, t]) =>
          `<a href="${u}"><li><div><img src="/a.jpg" alt="" width="400" height="240"></div><div><p>${t}</p><span><time datetime="2018-11-02T09:05:00+07:00">il y a 7 ans</time></span></div></li></a>`,
      ).join('')}</ul>`,
    );
    expect(feed.map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });

  it('a definition list’s <dt> naming the teaser’s date and source, or its source alone, over a <dd> with a summary', () => {
    const labels = ['12 juillet 2023 · VietnamPlus', '3 juillet 2023 · VietnamPlus', 'Le Courrier du Vietnam'];
    const feed = feedOf(
      `${story()}<h2>Sur le même sujet</h2><dl>${TEASERS.map(
        ([u, t], n) => `<dt>${labels[n]}</dt><dd><a href="${u}">${t}</a><p class="lead">${SUMMARY}</p></dd>`,
      ).join('')}</dl>`,
    );
    expect(feed.map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });

  it('a teaser’s "lead" class past the story’s paragraphs is no standfirst of the story', () => {
    const got = read(
      `${story()}<div class="relatedCoverage"><h3>Sur vnanet.vn</h3><dl><dt>10 mai 2023</dt><dd><a href="${TEASERS[0][0]}">${TEASERS[0][1]}</a><p class="lead">${SUMMARY}</p></dd></dl></div>`,
    );
    expect(got.article?.lead).toBeNull();
  });

  it('a date line with an abbreviated month ("5 oct. 2023 | 15h42 (GMT+7)") dates the story and is no paragraph; "PR" neither', () => {
    const got = read(story('<p class="date">5 oct. 2023 | 15h42 (GMT+7)</p><p class="pr">PR</p>'));
    expect(got.article?.published).toBe('2023-10-05T15:42:00+07:00');
    expect(got.article?.paragraphs).toEqual(BODY);
  });

  it('a standfirst named by a block style ("is-style-chapo") is the lead', () => {
    const got = read(
      // (no dateline after it to say so)
      `<div><h1>${TITLE}</h1><div class="entry-content"><p class="is-style-chapo">${SUMMARY}</p>${BODY.slice(1)
        .map((b) => `<p>${b}</p>`)
        .join('')}<p>${(BODY[1] ?? '').replace('La réunion', 'La séance')}</p></div></div>`,
    );
    expect(got.article?.lead).toBe(SUMMARY);
  });

  it('">>" lines written as a list’s items among the story’s lines are its inline links', () => {
    const got = read(
      `<div><h1>${TITLE}</h1><div class="chapo"><p><strong>${SUMMARY}</strong></p></div><div class="refs"><ul>${TEASERS.slice(
        0,
        2,
      )
        .map(([u, t]) => `<li><span aria-hidden="true">&gt;&gt;</span><a href="${u}">${t}</a></li>`)
        .join('')}</ul></div>${paras}</div>`,
    );
    expect(got.related.map((r) => [r.origin, r.title])).toEqual(TEASERS.slice(0, 2).map(([, t]) => ['inline', t]));
  });
});

describe('what blind rounds 60 and 61 taught: copies in readers’ tools, mobile and app renderings', () => {
  it('a translation proxy’s links ("vietnam-vnanet-vn.translate.goog") carry the VNA stories they open', () => {
    const proxied = (u: string) => {
      const url = new globalThis.URL(u);
      return `https://${url.hostname.replace(/-/g, '--').replace(/\./g, '-')}.translate.goog${url.pathname}?_x_tr_sl=auto&_x_tr_tl=fr`;
    };
    const page =
      'https://vietnam-vnanet-vn.translate.goog/french/tin-van/premiere-reunion-369001.html?_x_tr_sl=auto&_x_tr_tl=fr';
    const got = read(
      `${story()}<h3>Autres nouvelles</h3><ul>${TEASERS.map(([u, t]) => `<li><a href="${proxied(u)}">${t}</a><p>${SUMMARY}</p></li>`).join('')}</ul>`,
      page,
    );
    expect(got.related.filter((r) => r.origin === 'feed').map((r) => r.url)).toEqual(TEASERS.map(([u]) => u));
  });

  it('a byline of a rubric or a source and its date: "Hebdo | Samedi, 9 août 2025 - 10:27", "Actualités · 31 janvier 2026"', () => {
    expect(read(story('<div>Hebdo &nbsp;|&nbsp; Samedi, 9 août 2025 - 10:27</div>')).article?.published).toBe(
      '2025-08-09T10:27:00+07:00',
    );
    const feed = feedOf(
      `${story()}<div>Plus d'articles</div><div>${TEASERS.map(
        ([u, t]) =>
          `<a href="${u}"><div><img src="/a.jpg" alt=""></div><div>${t}</div><div>${SUMMARY}</div><div>Actualités · 31 janvier 2026</div></a>`,
      ).join('')}</div>`,
    );
    // (whole cards as links, a summary inside: no bare list of links)
    expect(feed.map((r) => r.published?.slice(0, 10))).toEqual(['2026-01-31', '2026-01-31', '2026-01-31']);
  });

  it('a caption whose words and credit are two blocks reads them apart: "… spéléologues. Photo : CTV/CVN"', () => {
    const got = read(
      `<article><figure><img src="/g.jpg"><figcaption><h1>Des objets découverts par des spéléologues.</h1><cite>Photo : CTV/CVN</cite></figcaption></figure><h1>${TITLE}</h1>${paras}</article>`,
    );
    expect(got.article?.captions).toEqual(['Des objets découverts par des spéléologues. Photo : CTV/CVN']);
  });

  it('a box’s last story in a list of its own under the grid of the others', () => {
    const [first, second, third] = TEASERS;
    const tile = ([u, t]: readonly [string, string]) =>
      `<div class="ui-block"><a href="${u}"><img src="/a.jpg" alt="" width="150" height="100"><span>${t}</span></a></div>`;
    const feed = feedOf(
      `${story()}<div class="box"><h3>Autres articles</h3><div class="grid">${tile(first)}${tile(second)}</div><ul><li><a href="${third[0]}"><h2>${third[1]}</h2><p>${SUMMARY}</p></a></li></ul></div><div class="box"><h3>Les plus lus</h3></div>`,
    );
    expect(feed.map((r) => r.title)).toEqual(TEASERS.map(([, t]) => t));
  });
});
