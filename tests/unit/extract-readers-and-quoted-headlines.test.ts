// Blind round 21's pages, in small: a feed reader's pane (the story's headline only in a link and
// in its photo's alt text, the story listed among the reader's other headlines, a tags line before
// the standfirst) and a blog that says the headline again over the story it quotes, with the
// standfirst in a quotation block. Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'Le président de la République de Corée attendu au Vietnam';
const LEAD =
  'Le président de la République de Corée Yoon Suk Yeol et son épouse effectueront une visite d’Etat du 22 au 24 juin au Vietnam sur invitation de son homologue vietnamien Vo Van Thuong.';
const BODY = [
  'Hanoi (VNA) – Le président de la République de Corée Yoon Suk Yeol et son épouse effectueront une visite d’Etat du 22 au 24 juin au Vietnam sur invitation de son homologue vietnamien Vo Van Thuong, selon le ministère des Affaires étrangères.',
  'Le Vietnam et la République de Corée ont établi leurs relations diplomatiques le 22 décembre 1992, mais ils s’étaient engagés dans des activités de coopération plus tôt.',
  'La République de Corée est le plus grand investisseur étranger au Vietnam, le deuxième partenaire en termes d’aide publique au développement et le troisième en termes de commerce.',
];
const OTHERS = [
  'Renforcement de bonnes relations de coopération entre le Vietnam et la Suisse',
  'Le Vietnam et le Mozambique renforcent leur coopération multiforme',
  'Hô Chi Minh-Ville et Francfort renforcent leurs relations',
  'Le Vietnam et le Bangladesh disposent d’un fort potentiel de coopération',
  'Un vice-ministre italien des AE apprécie le bel essor des relations Vietnam - Italie',
  'Des solutions pour assurer l’approvisionnement en vaccins',
];
const slug = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const row = (title: string, n: number) =>
  `<div class="hl" id="RROW-${n}"><div class="title"><a class="title" href="https://fr.vietnamplus.vn/${slug(title)}-post19676${n}.vnp">${title}</a><span class="content-preview"> - Un résumé de l’article numéro ${n}…</span></div><div class="updated">Feb 1${n}, 19:48</div></div>`;
const reader = `<div id="headlines-frame">${[OTHERS[0], OTHERS[1], TITLE, ...OTHERS.slice(2)].map((t, i) => row(t as string, i + 1)).join('')}</div>
<div id="content-insert"><div class="post"><div class="header"><div class="row"><div class="title"><a href="https://fr.vietnamplus.vn/le-president-de-la-republique-de-coree-attendu-au-vietnam-post204256.vnp">${TITLE}</a></div><div class="date">Mon, Jun 19 2023 - 16:02</div></div>
<div class="row"><div class="tags"><i class="material-icons">label_outline</i><span>république de corée, yoon suk yeol</span><a href="#">(+)</a></div></div></div>
<div class="content"><p><strong>${LEAD}</strong></p><figure><img src="/x.jpg" alt="${TITLE} ảnh 1"><figcaption>Le président Yoon Suk Yeol. Photo : Yonhap/VNA</figcaption></figure>${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;

describe("a feed reader's pane with a VNA story open", () => {
  const url = 'https://rss.example.org/tt-rss/#f=-4&c=0';
  const r = extract(
    parseHtml(`<html><head><title>(142) Tiny Tiny RSS</title></head><body>${reader}</body></html>`, url),
    url,
  );

  it("the headline is the line its photo's alt text names, above the photo", () => {
    expect(r.article?.title).toBe(TITLE);
  });

  it("the standfirst is the line the dateline's paragraph repeats, past the reader's tags", () => {
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.paragraphs.slice(0, 3)).toEqual(BODY);
  });

  it("the reader's other headlines are the feed; the story's own is not", () => {
    expect(r.related.map((s) => s.title)).toEqual(OTHERS);
  });
});

describe('a blog that says the headline again over the story it quotes', () => {
  const HEADLINE = 'Quang Ninh : reprise touristique à Ha Long';
  const STANDFIRST =
    'Les touristes nationaux reviennent dans la province de Quang Ninh (Nord-Est) depuis début août 2025, malgré la baisse de fréquentation causée par le naufrage d’un bateau.';
  const paras = [
    'Pendant la première semaine d’août, Quang Ninh a accueilli environ 400.000 visiteurs, dont une majorité de touristes nationaux venus de Hanoï et des provinces voisines.',
    'Cette reprise a été soutenue par plusieurs mesures de sécurité renforcées sur les bateaux de croisière et par des offres promotionnelles des voyagistes.',
    'De plus, la province renforce ses efforts de promotion touristique dans les marchés clés afin de rassurer les visiteurs après l’accident.',
  ];
  const page = `<div class="se-documentTitle"><div class="se-title-text"><p>${HEADLINE}</p></div><span class="se_publishDate">2025. 8. 12. 21:37</span></div>
<div class="se-main-container"><div class="se-text"><p>Aujourd’hui, je lis un article du Courrier du Vietnam pour préparer mon examen de français, avec les mots nouveaux en bas.</p></div>
<div class="se-sectionTitle"><p>${HEADLINE}</p></div>
<div class="se-quotation"><blockquote><p>${STANDFIRST}</p></blockquote></div>
<div class="se-text">${paras.map((p) => `<p>${p}</p>`).join('')}<p>Source : Le Courrier du Vietnam</p></div></div>`;
  const url = 'https://blog.example.com/juni_fle/223456789';
  const r = extract(
    parseHtml(
      `<html><head><title>${HEADLINE} : blog</title><meta property="og:title" content="${HEADLINE}"></head><body>${page}</body></html>`,
      url,
    ),
    url,
  );

  it('the standfirst, in a quotation block, follows the headline said again', () => {
    expect(r.article?.title).toBe(HEADLINE);
    expect(r.article?.lead).toBe(STANDFIRST);
    expect(r.article?.paragraphs.join(' ')).not.toContain('Les touristes nationaux reviennent');
  });
});

describe("an archive's snapshot of a VNA page", () => {
  // (archive.today writes the time of its capture as the page's metadata; the copy shows the story's)
  const head = `<meta property="og:site_name" content="archive.ph"><meta property="og:description" content="archived 27 Jun 2018 09:14:38 UTC"><meta property="article:published_time" content="2018-06-27T09:14:38Z" itemprop="datePublished"><title>${TITLE} | Vietnam+ (VietnamPlus)</title>`;
  const page = `<div><div><h1>${TITLE}</h1><div><span>Mercredi, 27/06/2018 10:28 GMT+7</span></div><h2>${LEAD}</h2>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>-VNA</p></div><div>Commentaires Facebook</div></div><div><b>Journal électronique VietnamPlus</b> – Agence Vietnamienne d'Information (VNA)<br>Licence n° 1174/GP-BTTTT délivrée le 21 mars 2013<br>© Copyright VietnamPlus, VNA. Tous droits réservés.</div>`;
  const url = 'https://archive.ph/Xk7pQ';
  const r = extract(parseHtml(`<html><head>${head}</head><body>${page}</body></html>`, url), url);

  it('is dated by the date its copy shows, not by the capture', () => {
    expect(r.article?.published).toBe('2018-06-27T10:28:00+07:00');
  });

  it('leaves out the sign-off on its own line, the comments box label and the legal footer', () => {
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a print view and a reader in English', () => {
  it('"Lien de l\'article : <address>" is no story line', () => {
    const url =
      'https://vietnam.vnanet.vn/french/tin-van/le-president-de-la-republique-de-coree-attendu-au-vietnam-12345.html?print=1';
    const page = `<h1>${TITLE}</h1><div class="lead-text"><b>${LEAD}</b></div>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>Lien de l'article : https://vietnam.vnanet.vn/french/tin-van/le-president-12345.html</p>`;
    const r = extract(parseHtml(`<html><head><title>${TITLE}</title></head><body>${page}</body></html>`, url), url);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it("a reader's date line in English dates the story in the reader's time", () => {
    const url = 'https://rss.example.org/tt-rss/#f=-4&c=0';
    const r = extract(
      parseHtml(`<html><head><title>(142) Tiny Tiny RSS</title></head><body>${reader}</body></html>`, url),
      url,
    );
    expect(r.article?.published).toBe('2023-06-19T16:02:00+07:00');
  });
});

describe("a site builder's class page quoting a VNA story under its own banner", () => {
  // (Google Sites: every block a tile; the page's <h1> is the lesson's banner, the story's headline
  // an <h2> in the tile before the photo's and the dateline's)
  const tile = (inner: string) =>
    `<div class="oKdM2c"><div class="jXK9ad"><div class="tyJCtd">${inner}</div></div></div>`;
  const page = `<section>${tile('<h1>Lecture n° 12 – Diplomatie</h1><p>Niveau B2 · à préparer pour le 19 mai</p>')}</section><section>${tile(`<h2><span>${TITLE}</span></h2><p><span style="font-weight: 700;">${LEAD}</span></p>`)}${tile('<img src="/x.jpg">')}${tile('<p><span style="font-style: italic;">Le président Yoon Suk Yeol. Photo : VNA</span></p>')}${tile(BODY.map((p) => `<p>${p}</p>`).join(''))}</section><section>${tile('<h2>Texte</h2><p>Questions de compréhension pour la classe.</p>')}</section>`;
  const url = 'https://sites.google.com/view/lycee-section-francaise/lecture-12';
  const r = extract(
    parseHtml(`<html><head><title>Lecture n° 12 – Diplomatie</title></head><body>${page}</body></html>`, url),
    url,
  );

  it("the story's headline, a tile above its dateline, is the title, not the page's banner", () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
  });
});

describe('a forum topic that reposts a VNA story', () => {
  // (NodeBB: the topic's <h1>, the poster's words, the credited date, the headline again as <h3>,
  // the bold standfirst, then the story from its dateline)
  const post = `<h1 component="post/header">${TITLE}</h1><div class="tags"><a href="/tags/coree">coree</a><a href="/tags/visite">visite</a></div><div class="stats"><span>4</span> Messages <span>3</span> Posteurs <span>1.9k</span> Vues</div><div component="post"><div class="avatar">M</div><div class="status">Hors ligne</div><div class="post-header">a écrit</div><div class="index">#1</div><div component="post/content"><p>Bonjour à tous,<br>Je relaie ci-dessous l’article de VietnamPlus sur la visite annoncée, pour ceux qui suivent les relations avec la Corée.</p><p><em>VietnamPlus – publié le 19/06/2023 à 16h02 (heure de Hanoï)</em></p><h3>${TITLE}</h3><p><strong>${LEAD}</strong></p><p>Hanoï (VNA) - La visite d’Etat, la première du président sud-coréen au Vietnam, intervient trente ans après l’établissement des relations diplomatiques, a indiqué le ministère.</p>${BODY.slice(
    1,
  )
    .map((p) => `<p>${p}</p>`)
    .join('')}</div></div>`;
  const url = 'https://forum.example.org/topic/4521/le-president-de-la-republique-de-coree-attendu-au-vietnam';
  const r = extract(
    parseHtml(`<html><head><title>${TITLE} | Forum</title></head><body>${post}</body></html>`, url),
    url,
  );

  it('reads the standfirst after the headline said again in the post', () => {
    expect(r.article?.lead).toBe(LEAD);
  });
});

describe("a site builder's page, with no heading and no paragraph", () => {
  // (Tilda: a record per block — the title in display type, the standfirst, text blocks of two
  // paragraphs cut by <br><br>, a photo block with its caption, the source, a block of cards)
  const rec = (inner: string) =>
    `<div class="r t-rec"><div class="t004"><div class="t-container"><div class="t-col">${inner}</div></div></div></div>`;
  const text = (a: string, b: string) => rec(`<div field="text" class="t-text t-text_md ">${a}<br /><br />${b}</div>`);
  const page = `<div id="allrecords" class="t-records">${rec('<div class="t-text t-text_xs" style="color:#888888;">Actualités · Coopération · 02.07.2018</div>')}${rec(`<div class="t030__title t-title" style="font-size:38px;line-height:1.2;">${TITLE}</div><div class="t030__descr t-descr" style="font-weight:600;">${LEAD}</div>`)}${text(BODY[0] as string, BODY[1] as string)}${rec('<img src="/x.jpg" alt=""><div class="t-text t-text_xs t107__bottommargin" style="font-style:italic;">Le président Yoon Suk Yeol. Photo : VNA</div>')}${text(BODY[2] as string, 'À l’heure actuelle, environ 200.000 expatriés de l’un pays vivent, étudient et travaillent dans l’autre, dont environ 80.000 familles multiculturelles.')}${rec('<div class="t-text t-text_xs"><em>Source : VietnamPlus, article publié le 19/06/2023 à 16:02 — <a href="https://fr.vietnamplus.vn/le-president-de-la-republique-de-coree-attendu-au-vietnam-post204256.vnp">lire l’article original</a>.</em></div>')}</div>`;
  const url = 'https://amitie-isere-vietnam.example.org/actualites/coree';
  const r = extract(
    parseHtml(
      `<html><head><title>Actualités</title><meta property="og:title" content="Visite d’Etat"></head><body>${page}</body></html>`,
      url,
    ),
    url,
  );

  it('reads the headline from its display type, and the whole story across the text blocks', () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.paragraphs.slice(0, 3)).toEqual(BODY);
    expect(r.article?.paragraphs).toHaveLength(4);
    expect(r.article?.captions).toEqual(['Le président Yoon Suk Yeol. Photo : VNA']);
  });
});
