// What the rules for unknown markups must leave alone: each rule that takes a line, a box or a
// date away, fed the story's own text shaped like it (a second reviewer's probes of the fourth
// blind round's rules, each one a bug it had), and the furniture it is there for.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { pageKey, storyAddress } from '../../lib/extract/feed-runs';
import { isNonStoryLine } from '../../lib/extract/non-story-lines';
import { fromVietnameseDateText } from '../../lib/extract/published';
import { parseHtml } from './helpers';

const URL = 'https://fr.vietnamplus.vn/le-vietnam-et-le-laos-renforcent-leur-cooperation-post1001.vnp';
const TITLE = 'Le Vietnam et le Laos renforcent leur coopération dans la défense';
const BODY = [
  'Hanoï (VNA) – Le ministre de la Défense a reçu son homologue lao pour discuter de la coopération bilatérale dans la défense, selon le ministère.',
  'Les deux parties ont convenu de renforcer les échanges de délégations et la formation des officiers, a-t-il ajouté lors de la rencontre.',
  "La coopération dans la défense est un pilier des relations spéciales entre les deux pays, ont-ils affirmé à l'issue de l'entretien.",
];

function page(before: string, after: string, o: { html?: string; title?: string; paras?: string[] } = {}): string {
  const paras = (o.paras ?? BODY).map((p) => (p.startsWith('<') ? p : `<p>${p}</p>`)).join('');
  return `<html${o.html ?? ' lang="fr"'}><head><title>${o.title ?? TITLE}</title></head><body>${before}<h1>${TITLE}</h1>${after}${paras}</body></html>`;
}
const run = (html: string) => extract(parseHtml(html, URL), URL);

describe('a box in another language', () => {
  it('is a box whose text is not French, not words in a paragraph nor a French paragraph Word marked', () => {
    const vi = run(
      page('', '', {
        paras: [
          '<p>Le concept de <em lang="vi">Đổi mới</em> (Renouveau) lancé en 1986 a transformé l’économie du pays, a rappelé le ministre.</p>',
          '<p><span lang="EN-US">Le Premier ministre a souligné que la coopération entre les deux pays était un atout pour la région.</span></p>',
          ...BODY,
          '<div lang="vi"><p>Bộ trưởng Quốc phòng đã tiếp người đồng cấp Lào để thảo luận về hợp tác song phương trong lĩnh vực quốc phòng.</p></div>',
        ],
      }),
    ).article;
    // (the first paragraph, before the dateline's, is read as the standfirst)
    const text = [vi?.lead, ...(vi?.paragraphs ?? [])].join(' ');
    expect(text).toContain('Le concept de Đổi mới (Renouveau) lancé en 1986');
    expect(text).toContain('Le Premier ministre a souligné');
    expect(text).not.toContain('Bộ trưởng');
  });

  it('is nothing on a page whose own language is written fr_FR, or not French', () => {
    for (const html of [' lang="fr_FR"', ' lang="vi"']) {
      const a = run(
        `<html${html}><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div lang="fr">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
      ).article;
      expect(a?.paragraphs).toEqual(BODY);
    }
  });
});

describe('a date line above the title', () => {
  const dated = '<div class="d">Publié le 12/03/2025 à 20:35</div>';
  it('is the story’s past a rubric’s link, the page’s print or AMP view, a share link', () => {
    for (const box of [
      '<div class="cat"><a href="/chinh-tri-ngoai-giao">Politique</a></div>',
      '<div class="cat"><a href="https://fr.vietnamplus.vn/politique-et-diplomatie/">Politique et diplomatie</a></div>',
      '<div class="tools"><a href="/print-1001.html">Version imprimable de l’article</a></div>',
      '<div class="tools"><a href="https://fr.vietnamplus.vn/amp/le-vietnam-et-le-laos-renforcent-leur-cooperation-post1001.vnp">Lire la version AMP</a></div>',
      '<div class="tools"><a href="https://www.blogger.com/share-post.g?postID=1">Envoyer par e-mail</a></div>',
    ])
      expect(run(page(dated + box, '')).article?.published).toBe('2025-03-12T20:35:00+07:00');
  });

  it('is a teaser’s when a card with another story’s headline stands between, whatever opens it', () => {
    for (const card of [
      '<button class="card" data-href="/un-autre-article-de-la-rubrique-post1.vnp"><span>Un autre article de la rubrique</span></button>',
      '<a href="/index.php?option=com_content&amp;id=4521">Le Vietnam et le Cambodge signent un accord</a>',
      '<a href="https://baoquocte.vn/viet-nam-campuchia-ky-ket-246123.html">Le Vietnam et le Cambodge signent un accord</a>',
    ])
      expect(
        run(page(`<div class="hot"><div class="item">${card}</div>${dated}</div>`, '')).article?.published,
      ).toBeNull();
  });
});

describe('a marked publication time', () => {
  it('is not a neighbouring story’s (a previous/next box, a sidebar list above the title)', () => {
    const item = (i: number, d: string) =>
      `<div class="pn-item"><a href="/autre-article-numero-${i}-de-la-rubrique-post20${i}.vnp">Un autre article de la rubrique numéro ${i}</a> <time itemprop="datePublished" datetime="${d}">${d.slice(0, 10)}</time></div>`;
    const pn = `<div class="pager">${item(1, '2025-03-11T09:00:00+07:00')}${item(2, '2025-03-13T09:00:00+07:00')}</div>`;
    const own = '<div class="date">12/03/2025 20:35</div>';
    expect(run(page('', own, { paras: [...BODY, pn] })).article?.published).toBe('2025-03-12T20:35:00+07:00');
    const side =
      '<div class="hot"><ul><li><a href="/x">Accueil</a> <abbr class="published" title="2019-06-01T08:00:00+07:00">01/06/2019</abbr></li></ul></div>';
    expect(run(page(side, own)).article?.published).toBe('2025-03-12T20:35:00+07:00');
  });

  it('is the story’s after the title outside the body (a blog post’s footer)', () => {
    const footer =
      '<div class="post-footer"><span>Publié par <a href="https://www.blogger.com/profile/1">Rédaction CVN</a></span> <abbr class="published" itemprop="datePublished" title="2023-06-26T16:10:00+07:00">16:10</abbr></div>';
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></article>${footer}</body></html>`;
    expect(run(html).article?.published).toBe('2023-06-26T16:10:00+07:00');
  });

  it('is not a date inside a sentence, in a sapo, a cell or a quote', () => {
    const s =
      'Les deux ministres se retrouveront pour la session du comité mixte prévue le <b>20/09/2024 à 09h00</b> à Vientiane, selon le ministère.';
    for (const after of [
      `<h2 class="sapo">${s}</h2>`,
      `<table><tr><td>${s}</td></tr></table>`,
      `<blockquote>${s}</blockquote>`,
    ])
      expect(run(page('', after)).article?.published).toBeNull();
    // (a span of its own that opens a big box is the date line: "<div><span>18.05.2021 10:15</span>…")
    const big = `<div><span>18.05.2021 10:15</span> ${BODY[0]} ${BODY[1]}</div>`;
    expect(run(page('', big)).article?.published).toBe('2021-05-18T10:15:00+07:00');
  });
});

describe('short lines the body keeps', () => {
  it('an interview’s speaker labels and a refrain; a live blog’s repeated byline goes', () => {
    const q = '<p><strong>Le Courrier du Vietnam :</strong></p>';
    const r = '<p><strong>Le général Nguyen Van Thanh :</strong></p>';
    const interview = [
      q,
      `<p>${BODY[0]}</p>`,
      r,
      `<p>${BODY[1]}</p>`,
      q,
      `<p>${BODY[2]}</p>`,
      r,
      `<p>${BODY[0]}</p>`,
      q,
    ];
    const kept = run(page('', '', { paras: [...interview, r, `<p>${BODY[1]}</p>`] })).article?.paragraphs ?? [];
    expect(kept.filter((p) => p === 'Le Courrier du Vietnam :')).toHaveLength(3);
    const signed = BODY.flatMap((p) => [`<p>${p}</p>`, '<p>Rédaction Le Courrier</p>']);
    expect(run(page('', '', { paras: signed })).article?.paragraphs).toEqual(BODY);
  });

  it('a chronology’s dates with their month written out; dates cut short and reading times are not the story', () => {
    for (const line of ['12 mars 1973', '1 mai 1975', '12 avril 1976']) expect(isNonStoryLine(line, true)).toBe(false);
    for (const line of [
      '16 nov. 2025',
      '1er déc. 2025',
      'Temps de lecture : 3 min',
      'Lecture 3 min',
      'Mardi 18.05.2021 10:15',
      '18.05.2021 10:15 | Politique',
    ])
      expect(isNonStoryLine(line, true)).toBe(true);
    expect(isNonStoryLine('Le 18.05.2021, les deux pays ont signé un accord.', true)).toBe(false);
    expect(isNonStoryLine("Le 18.05.2021 – signature de l'accord", true)).toBe(false);
  });
});

describe('the headline in <title>', () => {
  it('keeps a prefix that is the headline’s, cuts the site’s', () => {
    const cases: [string, string, string][] = [
      // <title>, <h1>, the article's title
      [
        'TTXVN : 80 ans au service de la nation',
        'TTXVN : 80 ans au service de la nation',
        'TTXVN : 80 ans au service de la nation',
      ],
      [
        'Le courrier des lecteurs : vos questions sur la réforme fiscale',
        'Le courrier des lecteurs : vos questions sur la réforme fiscale',
        'Le courrier des lecteurs : vos questions sur la réforme fiscale',
      ],
      [
        'Le Courrier du Vietnam: Coopération Vietnam - Laos dans la défense',
        'Coopération Vietnam - Laos dans la défense',
        'Coopération Vietnam - Laos dans la défense',
      ],
    ];
    for (const [title, h1, want] of cases) {
      const html = `<html lang="fr"><head><title>${title}</title></head><body><h1>${h1}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
      const url = 'https://lecourrier.vn/un-article/1000001.html';
      expect(extract(parseHtml(html, url), url).article?.title).toBe(want);
    }
  });
});

describe('teaser titles and dates', () => {
  it('a linked headline with inline parts is one title; a dotted date dates a teaser as a slashed one does', () => {
    const card = (n: number, inner: string, date: string) =>
      `<li class="item"><a href="https://fr.vietnamplus.vn/une-nouvelle-de-la-rubrique-numero-${n}-post${2000 + n}.vnp">${inner}</a><span class="time">${date}</span></li>`;
    const feed = `<div class="box"><h3>Voir plus</h3><ul>${[
      card(
        1,
        'Le président <b>Nguyen Xuan Phuc</b> reçoit <b>l’ambassadeur d’Indonésie au Vietnam</b>',
        '18.05.2021 10:15',
      ),
      card(
        2,
        'Vietnam – Laos : <em>une amitié spéciale et exemplaire</em> <i class="icon-video"></i>',
        '18/05/2021 10:15',
      ),
      card(3, 'Le Premier ministre reçoit une délégation du Cambodge à Hanoï', '18.05.2021 10:15'),
    ].join('')}</ul></div>`;
    const { related } = run(page('', '', { paras: [...BODY, feed] }));
    expect(related.map((r) => r.title)).toEqual([
      'Le président Nguyen Xuan Phuc reçoit l’ambassadeur d’Indonésie au Vietnam',
      'Vietnam – Laos : une amitié spéciale et exemplaire',
      'Le Premier ministre reçoit une délégation du Cambodge à Hanoï',
    ]);
    expect(related.map((r) => r.published)).toEqual(Array(3).fill('2021-05-18T10:15:00+07:00'));
  });

  it('a two-digit year before a time, any separator; the last century’s from 70', () => {
    expect(fromVietnameseDateText('15/11/11 - 21:05')).toBe('2011-11-15T21:05:00+07:00');
    expect(fromVietnameseDateText('15/11/11 à 21h05')).toBe('2011-11-15T21:05:00+07:00');
    expect(fromVietnameseDateText('Mise à jour : 25.12.98 08:30')).toBe('1998-12-25T08:30:00+07:00');
  });
});

// The fifth blind round's rules (tests/fixtures/layouts/new: the eight pages of /work/layouts25),
// each on a small page of its own.
describe('what the fifth blind round taught', () => {
  const teaser = (n: number, title: string, extra = '') =>
    `<div class="item"><a href="https://fr.vietnamplus.vn/une-nouvelle-de-la-rubrique-${n}-post${3000 + n}.vnp">${title}</a>${extra}</div>`;
  const titles = [
    'Le Vietnam et le Cambodge signent un accord',
    'Hanoï accueille le forum économique régional',
    'Le Premier ministre reçoit un ambassadeur',
    'La coopération Vietnam-Japon se renforce',
  ];

  it('sentences before a dateline in the first paragraph are its standfirst', () => {
    const first = `<p><b>Le ministre a souligné les réalisations de la coopération entre les deux pays ces dernières années.</b> ${BODY[0]}</p>`;
    const a = run(page('', '', { paras: [first, ...BODY.slice(1)] })).article;
    expect(a?.lead).toBe(
      'Le ministre a souligné les réalisations de la coopération entre les deux pays ces dernières années.',
    );
    expect(a?.paragraphs).toEqual(BODY);
    expect(a?.dateline?.place).toBe('Hanoï');
  });

  it('an ad between teasers, in their markup, does not break the feed', () => {
    const ad =
      '<div class="item item-sponsored" data-ad-unit="native"><a rel="sponsored" href="https://ad.doubleclick.net/x">Hanoï – Tokyo dès 399 USD : réservez</a></div>';
    const feed = `<div class="box"><h3>Autres articles</h3>${teaser(1, titles[0] as string)}${teaser(2, titles[1] as string)}${ad}${teaser(3, titles[2] as string)}${teaser(4, titles[3] as string)}</div>`;
    expect(run(page('', '', { paras: [...BODY, feed] })).related.map((r) => r.title)).toEqual(titles);
  });

  it('a "Dernières nouvelles" list is the site’s latest, not related stories', () => {
    const latest = `<div class="side"><div class="side-heading">Dernières nouvelles</div>${titles.map((t, i) => teaser(i + 1, t, '<span>21:05</span>')).join('')}</div>`;
    expect(run(page('', '', { paras: [...BODY, latest] })).related).toEqual([]);
  });

  it('links that name their story in the query (a script’s address) are teasers', () => {
    const item = (id: number, t: string) =>
      `<li><a href="/index.php?option=com_content&amp;view=article&amp;id=${id}:${t.toLowerCase().replace(/[^a-z]+/g, '-')}&amp;Itemid=57">${t}</a> <span>(05/12/2017)</span></li>`;
    const feed = `<div class="module_related"><h3>Articles en relation</h3><ul>${titles.map((t, i) => item(62710 + i, t)).join('')}</ul></div>`;
    const url =
      'https://fr.vietnamplus.vn/index.php?option=com_content&view=article&id=83182:le-vietnam-et-le-laos&Itemid=57';
    const { related } = extract(parseHtml(page('', '', { paras: [...BODY, feed] }), url), url);
    expect(related.map((r) => r.title)).toEqual(titles);
  });

  it('a table that frames a photo gives its <caption>; a decoration before a caption is dropped', () => {
    const photo =
      '<table class="lfr-image-caption"><caption>Le pont Nhat Tan a été construit grâce à des APD japonaises. Photo: VNA</caption><tr><td><img src="/p.jpg"></td></tr></table>';
    const framed =
      '<figure><img src="/q.jpg"><figcaption><span aria-hidden="true">▲</span> Glissement de terrain à Kon Tum. Photo: VNA</figcaption></figure>';
    const a = run(
      page('', '', { paras: [BODY[0] as string, photo, BODY[1] as string, framed, BODY[2] as string] }),
    ).article;
    expect(a?.captions).toEqual([
      'Le pont Nhat Tan a été construit grâce à des APD japonaises. Photo: VNA',
      'Glissement de terrain à Kon Tum. Photo: VNA',
    ]);
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('a fact box ("Repères") is not the story; a list inside the story is', () => {
    const facts =
      '<div class="box-2"><h3>Repères</h3><ul><li>Dates : du 15 au 18 novembre 2025</li><li>Lieu : stade de Madya, Jakarta</li></ul></div>';
    const list =
      '<ul><li>la formation des officiers des deux armées ;</li><li>les échanges de délégations de haut rang.</li></ul>';
    const a = run(
      page('', '', { paras: [BODY[0] as string, facts, BODY[1] as string, list, BODY[2] as string] }),
    ).article;
    const text = a?.paragraphs.join(' ') ?? '';
    expect(text).not.toContain('Repères');
    expect(text).not.toContain('stade de Madya');
    expect(text).toContain('la formation des officiers des deux armées');
  });

  it('the title is a heading or a box whose whole text it is, never the breadcrumb that ends with it', () => {
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><div class="crumbs"><a href="/">Accueil</a> <a href="/monde">Monde</a> ${TITLE}</div><table><tr><td class="contentheading">${TITLE}</td></tr><tr><td class="createdate">Mercredi, 06 Décembre 2017 08:15</td></tr><tr><td>${BODY.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body></html>`;
    const a = run(html).article;
    expect(a?.title).toBe(TITLE);
    expect(a?.published).toBe('2017-12-06T08:15:00+07:00');
  });

  it('a date and its time in boxes of their own, an offset written without its colon', () => {
    const meta = '<div class="meta"><div>14 mai 2023</div><div>·</div><div>21:30</div><div>·</div><div>VNA</div></div>';
    expect(run(page('', meta)).article?.published).toBe('2023-05-14T21:30:00+07:00');
    const marked = `<html lang="fr"><head><title>${TITLE}</title><meta itemprop="datePublished" content="2025-11-17T09:12:00+0700"></head><body><h1>${TITLE}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(run(marked).article?.published).toBe('2025-11-17T09:12:00+07:00');
  });
});

// The second reviewer's probes of the round's own rules (each was a bug).
describe('what the round’s rules must leave alone', () => {
  it('a malformed escape in a link’s query is no error, and a search, a tag, utm_* name no story', () => {
    const links =
      '<p><a href="/tim-kiem?q=coop%E9ration">coopération</a> <a href="/search?q=hausse+de+50%">hausse</a> <a href="/tag?keyword=cooperation-vietnam-laos">tag</a></p>';
    const a = run(page('', '', { paras: [...BODY, links] })).article;
    expect(a?.paragraphs.slice(0, 3)).toEqual(BODY);
    const base = URL;
    const self = pageKey(base);
    for (const href of [
      '/tag?keyword=cooperation-vietnam-laos',
      '/search?q=2024',
      '/?utm_campaign=ban-tin-sang',
      '/author?id=12345',
    ])
      expect(storyAddress(href, base, self)).toBeNull();
    expect(
      pageKey('https://fr.vietnamplus.vn/index.php?option=com_content&id=83182:x&Itemid=57&utm_source=facebook'),
    ).toBe('https://fr.vietnamplus.vn/index.php?id=83182');
  });

  it('a label inside the story’s own box ("À retenir") removes nothing', () => {
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><h1 class="article__title">${TITLE}</h1><div class="article__body cms-body"><div class="content"><p>${BODY[0]}</p><p><strong>À retenir</strong></p><p>Les exportations du Vietnam vers le Laos ont progressé de 20 %, selon le ministère.</p><p>Les importations ont augmenté de 8 %, portées par l'électricité et les minerais.</p></div></div></body></html>`;
    expect(run(html).article?.paragraphs).toContain(
      'Les exportations du Vietnam vers le Laos ont progressé de 20 %, selon le ministère.',
    );
  });

  it('the page’s own marked date in a meta list above the title is its date', () => {
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><article><ul class="post-meta"><li><a href="/politique/">Politique</a></li><li><time datetime="2024-05-14T09:12:00+07:00">14 mai 2024</time></li></ul><div class="head"><h1>${TITLE}</h1></div><div class="entry-content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect(run(html).article?.published).toBe('2024-05-14T09:12:00+07:00');
  });
});

// The sixth blind round's rules (tests/fixtures/layouts/new: gatsby-…, jekyll-…, sitecore-…, aem-…,
// arcxp-…, dnn-…, vccorp-…, xhtml-…), each on a small page of its own, with what it must leave alone.
describe('what the sixth blind round taught', () => {
  const story = (n: number) => `https://fr.vietnamplus.vn/une-autre-nouvelle-de-la-rubrique-${n}-post${4000 + n}.vnp`;
  const TWO = [
    'Promouvoir la coopération décentralisée entre le Vietnam et le Japon',
    'Promotion de l’investissement du Japon au Vietnam',
  ];
  const card = (n: number, title: string) =>
    `<li><a href="${story(n)}"><img src="/t${n}.jpg" alt=""><span>${title}</span></a></li>`;
  const feedTitles = (html: string) =>
    run(html)
      .related.filter((r) => r.origin === 'feed')
      .map((r) => r.title);

  it('a box that says "À lire aussi" holds two stories between the paragraphs; two unlabelled links or one card’s two links are none', () => {
    const box = (label: string, items: string) => `<aside class="related">${label}<ul>${items}</ul></aside>`;
    const two = TWO.map((t, i) => card(i + 1, t)).join('');
    const labelled = run(
      page('', '', { paras: [BODY[0] as string, box('<h2>À lire aussi</h2>', two), ...BODY.slice(1)] }),
    );
    expect(labelled.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(TWO);
    expect(labelled.article?.paragraphs).toEqual(BODY);
    expect(feedTitles(page('', '', { paras: [BODY[0] as string, box('', two), ...BODY.slice(1)] }))).toEqual([]);
    const oneCard = `<li><a href="${story(1)}"><img src="/t1.jpg" alt=""></a><a href="${story(1)}"><span>${TWO[0]}</span></a></li>`;
    expect(feedTitles(page('', '', { paras: [...BODY, box('<h2>À lire aussi</h2>', oneCard)] }))).toEqual([]);
  });

  it('a list of lines "arrow, link (date)<br>" is a feed; its dates go with it, out of the story', () => {
    const titles = [
      'Le Vietnam et le Cambodge signent un accord',
      'Hanoï accueille le forum économique régional',
      'Le Premier ministre reçoit un ambassadeur',
    ];
    const lines = titles
      .map(
        (t, i) =>
          `<img src="/fleche.gif" alt="">&nbsp;<a href="${story(i + 1)}">${t}</a> <font size="1">(1${i}/03/2015)</font><br>`,
      )
      .join('\n');
    const a = run(
      page('', '', { paras: [...BODY, `<div><b>AUTRES NOUVELLES</b></div><div><font>${lines}</font></div>`] }),
    );
    expect(a.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(titles);
    // (each teaser's date is the one on its line)
    expect(a.related.map((r) => r.published)).toEqual([
      '2015-03-10T00:00:00+07:00',
      '2015-03-11T00:00:00+07:00',
      '2015-03-12T00:00:00+07:00',
    ]);
    expect(a.article?.paragraphs).toEqual(BODY);
    // a line of text after a link is no teaser's date: the run stops there
    const prose = `<div><font>${lines.replace('(10/03/2015)', 'le ministre a ajouté que les deux pays coopéreront davantage dans la défense')}</font></div>`;
    expect(feedTitles(page('', '', { paras: [...BODY, prose] }))).not.toContain(titles[0]);
  });

  it('a page that prints no date has the day its address names; a dated page keeps its own', () => {
    const url = 'http://lecourrier.vn/Monde/2015/03/17/cyclone-pam-messages-de-sympathie-au-vanuatu.html';
    expect(extract(parseHtml(page('', ''), url), url).article?.published).toBe('2015-03-17T00:00:00+07:00');
    const dated = page('', '<div class="d">Publié le 12/03/2015 à 20:35</div>');
    expect(extract(parseHtml(dated, url), url).article?.published).toBe('2015-03-12T20:35:00+07:00');
    // not a number that merely looks like a date
    const other = 'https://fr.vietnamplus.vn/le-vietnam-post20150317.vnp';
    expect(extract(parseHtml(page('', ''), other), other).article?.published).toBeNull();
  });

  it('a date in UTC is the same instant in Hanoi time, for the story and its teasers', () => {
    const teasers = [1, 2, 3]
      .map(
        (n) =>
          `<div><a href="${story(n)}"><h3>La nouvelle numéro ${n} de la rubrique Monde</h3></a><time datetime="2023-09-2${n}T20:05:00Z">il y a ${n} jours</time></div>`,
      )
      .join('');
    const html = page('', '<time datetime="2023-09-21T02:12:00Z">21 septembre 2023 à 09h12</time>', {
      paras: [...BODY, `<h2>Voir plus</h2><div>${teasers}</div>`],
    });
    const a = run(html);
    expect(a.article?.published).toBe('2023-09-21T09:12:00+07:00');
    // (20:05 UTC is the next day in Hanoi)
    expect(a.related.map((r) => r.published)).toEqual([
      '2023-09-22T03:05:00+07:00',
      '2023-09-23T03:05:00+07:00',
      '2023-09-24T03:05:00+07:00',
    ]);
  });

  it('a sign-up box goes with its heading and short pitch; a story paragraph beside a form stays', () => {
    const signUp =
      '<section><h2>La lettre de VietnamPlus</h2><p>Recevez chaque matin l’essentiel de l’actualité du Vietnam dans votre boîte de réception.</p><form><input type="email" name="EMAIL"><button>Je m’abonne</button></form></section>';
    expect(run(page('', '', { paras: [...BODY, signUp] })).article?.paragraphs).toEqual(BODY);
    const beside = `<div><p>${BODY[2]}</p><form><input type="email"><button>OK</button></form></div>`;
    expect(run(page('', '', { paras: [BODY[0] as string, BODY[1] as string, beside] })).article?.paragraphs).toEqual(
      BODY,
    );
  });

  it('a bold run that opens a box of running text, ended by a line break, is the standfirst; a bold phrase in a sentence is not', () => {
    const lead =
      'À la nouvelle des pertes humaines causées au Vanuatu par le cyclone Pam, le président a adressé un message de sympathie.';
    const old = (b: string) =>
      `<html lang="fr"><head><title>${TITLE}</title></head><body><table><tr><td><font size="5"><b>${TITLE}</b></font></td></tr><tr><td><font>${b}${BODY.join('<br><br>')}</font></td></tr></table></body></html>`;
    const a = run(old(`<b>${lead}</b><br><br>`)).article;
    expect(a?.lead).toBe(lead);
    expect(a?.paragraphs).toEqual(BODY);
    const inSentence = run(old(`<b>${lead.slice(0, -1)}</b>, a-t-on appris lundi.<br><br>`)).article;
    expect(inSentence?.lead).toBeNull();
  });

  it('the side columns of a table layout are not the story: menus, polls, weather', () => {
    const side =
      '<td><b>RUBRIQUES</b><br><a href="/Politique/">Politique</a><br><a href="/Monde/">Monde</a><br><b>MÉTÉO</b> Hanoï : 19-23°C, Hô Chi Minh-Ville : 25-34°C, Dà Nang : 21-27°C</td>';
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><table><tr>${side}<td><table><tr><td><b>${TITLE}</b></td></tr></table>${BODY.map((p) => `<div>${p}</div>`).join('<br>')}</td><td><b>SONDAGE</b> Que pensez-vous de notre nouveau site, plus clair et plus rapide, pour vos lectures ?</td></tr></table></body></html>`;
    const a = run(html).article;
    expect(a?.title).toBe(TITLE);
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('"Lire la suite >>" before a link in the body is an inline related story', () => {
    const line = `<p><b>Lire la suite &gt;&gt;</b> <a href="${story(9)}">Mise en examen d’un ancien cadre dans une affaire de corruption</a></p>`;
    const a = run(page('', '', { paras: [BODY[0] as string, line, ...BODY.slice(1)] }));
    expect(a.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      'Mise en examen d’un ancien cadre dans une affaire de corruption',
    ]);
    expect(a.article?.paragraphs).toEqual(BODY);
  });
});

// The seventh blind round's rules (tests/fixtures/layouts/new: brightspot-…, djangocms-…, msword-…,
// rails-…, remix-…, tagdiv-…, umbraco-…), each on a small page of its own.
describe('what the seventh blind round taught', () => {
  const story = (n: number) => `https://fr.vietnamplus.vn/une-nouvelle-du-carrousel-${n}-post${5000 + n}.vnp`;
  const titles = [
    'Renforcement de bonnes relations de coopération entre le Vietnam et la Suisse',
    'Stimuler la coopération Vietnam - France',
    'Le Vietnam, partenaire important de la Belgique en Asie',
  ];
  const slides = titles
    .map(
      (t, i) =>
        `<li><figure><a href="${story(i)}"><img src="/s${i}.jpg" alt="${t}"></a><figcaption><a href="${story(i)}">${t}</a></figcaption></figure></li>`,
    )
    .join('');

  it('a carousel’s buttons are not its label: "Sur le même sujet" above them is', () => {
    const carousel = `<aside class="sidebar"><h4>Sur le même sujet</h4><div class="orbit"><div class="controls"><button>Précédent ◀</button><button>Suivant ▶</button></div><ul>${slides}</ul></div></aside>`;
    const a = run(page('', '', { paras: [...BODY, carousel] }));
    expect(a.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(titles);
    // the same box under a most-read label stays a side list
    const side = carousel.replace('Sur le même sujet', 'Les plus lus');
    expect(run(page('', '', { paras: [...BODY, side] })).related).toEqual([]);
  });

  it('"Choix de l’éditeur" is the site’s picks, not related stories', () => {
    const cards = titles
      .map(
        (t, i) =>
          `<div class="td-module"><h3><a href="${story(i)}">${t}</a></h3><div class="excerpt">Un résumé de la nouvelle numéro ${i}, assez long pour être un résumé.</div></div>`,
      )
      .join('');
    const picks = (label: string) =>
      `<div class="td-footer"><div class="title-wrap"><h4><span>${label}</span></h4></div><div class="inner">${cards}</div></div>`;
    expect(run(page('', '', { paras: [...BODY, picks('Choix de l’éditeur')] })).related).toEqual([]);
    expect(run(page('', '', { paras: [...BODY, picks('Articles connexes')] })).related.map((r) => r.title)).toEqual(
      titles,
    );
  });

  it('a headline the metadata gives after the site’s name ("La lettre de Vietnam+ – X") is the <h1> X', () => {
    const html = page('', '', { title: `La lettre de Vietnam+ – ${TITLE}` }).replace(
      `<h1>${TITLE}</h1>`,
      `<div class="issue"><strong>La lettre de Vietnam+</strong> · Édition du vendredi 22 septembre 2023</div><h1>${TITLE}</h1>`,
    );
    expect(run(html).article?.title).toBe(TITLE);
  });

  it('"» Toutes les actualités Économie" opens a rubric, not a related story; "» Title" of a story is one', () => {
    const more = '<p class="other-more"><a href="/Home/Economie.vnplus">&raquo; Toutes les actualités Économie</a></p>';
    expect(run(page('', '', { paras: [...BODY, more] })).related).toEqual([]);
    const line = `<p><a href="${story(7)}">&raquo; Le Vietnam et la Suisse renforcent leur coopération</a></p>`;
    expect(run(page('', '', { paras: [...BODY, line] })).related.map((r) => r.title)).toEqual([
      'Le Vietnam et la Suisse renforcent leur coopération',
    ]);
  });

  it('a date right over the title, without its time, is the story’s; a dated teaser above it is not', () => {
    const kicker = '<div><span><strong>MONDE</strong> | 21.09.2023</span></div>';
    expect(run(page(kicker, '')).article?.published).toBe('2023-09-21T00:00:00+07:00');
    const teaserAbove = `<div><a href="${story(9)}">Une autre nouvelle de la veille sur la coopération</a> <span>20.09.2023</span></div>`;
    expect(run(page(teaserAbove, '')).article?.published).toBeNull();
  });
});
