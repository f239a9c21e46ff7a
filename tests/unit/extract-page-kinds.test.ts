// The kinds of pages VNA publishes beyond the plain news story: a photo gallery, an interview on
// an old portal, a page with a table of figures, a video page's list of teasers, a long-form
// page's related stories. What blind round 54 taught; each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const URL = 'https://lecourrier.vn/la-beaute-des-rizieres-en-terrasses-de-mu-cang-chai/635647.html';
const TITLE = 'La beauté des rizières en terrasses de Mù Cang Chai';
const BODY = [
  'Les rizières sont devenues des destinations touristiques attrayantes, séduisant tant les Vietnamiens que les étrangers.',
  'L’image des rizières en terrasses exprime la beauté culturelle et constitue une œuvre d’art originale des ethnies minoritaires.',
  'En septembre et octobre, les rizières de Mù Cang Chai se parent de jaune, attirant de nombreux photographes.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (html: string, url = URL) =>
  extract(parseHtml(`<html lang="fr"><head><title>${TITLE}</title></head><body>${html}</body></html>`, url), url);

describe('a photo gallery', () => {
  it('takes each photo’s caption past its counter; the photo count and the gallery’s credit are no paragraphs', () => {
    const cutlines = [
      'Rizières en terrasses verdoyantes.',
      'Routes sinueuses parmi les rizières mûres.',
      'Quiétude des collines.',
    ];
    const photo = (c: string, n: number) =>
      `<li class="gallery_photo"><a href="#photo-${n}"><img src="/media/mcc_0${n}.jpg" width="670" height="447" alt=""></a><div class="photo_meta"><span class="photo_number">${n} / 3</span></div><p class="cutline">${c}</p></li>`;
    const a = read(
      `<div class="gallery"><h1>${TITLE}</h1><div class="gallery_info"><p class="gallery_count">3 photos</p></div><ul class="gallery_photos">${cutlines.map((c, n) => photo(c, n + 1)).join('')}</ul><div class="gallery_description">${paras}<p class="credit">Photos : VNA/CVN</p></div></div>`,
    ).article;
    expect(a?.captions).toEqual(cutlines);
    expect(a?.paragraphs).toEqual(BODY);
  });
});

describe('an old portal’s byline', () => {
  it('"Posté le Jeudi 9 septembre 2010 @ 15:32:08 ICT par cvn" dates the story to the second', () => {
    const a = read(
      `<table><tr><td><font class="option"><b>${TITLE}</b></font><br><font class="content">Posté le Jeudi 9 septembre 2010 @ 15:32:08 ICT par <a href="modules.php?name=Your_Account">cvn</a></font><br><br><font class="content">${BODY.join('<br><br>')}</font></td></tr></table>`,
    ).article;
    expect(a?.published).toBe('2010-09-09T15:32:08+07:00');
  });
});

describe('a table of data in the story', () => {
  it('is read a row a line, its cells apart (its text glued cell to cell was no sentence)', () => {
    const figures =
      '<table><caption>Exportations de trois produits phares en 2022</caption><thead><tr><th>Produit</th><th>Volume</th><th>Valeur</th></tr></thead><tbody><tr><td>Café</td><td>près de 1,7 million de tonnes</td><td>3,5 milliards de dollars</td></tr><tr><td>Riz</td><td>près de 6,7 millions de tonnes</td><td>3,2 milliards de dollars</td></tr></tbody></table>';
    const a = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p>${figures}<p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    ).article;
    expect(a?.paragraphs).toEqual([
      BODY[0],
      'Exportations de trois produits phares en 2022',
      'Produit · Volume · Valeur',
      'Café · près de 1,7 million de tonnes · 3,5 milliards de dollars',
      'Riz · près de 6,7 millions de tonnes · 3,2 milliards de dollars',
      BODY[1],
      BODY[2],
    ]);
    // (an old page's layout table has no header row: its text stays as it was read)
    const layout = read(
      `<article><h1>${TITLE}</h1><table><tr><td>${BODY[0]}</td></tr><tr><td>${BODY[1]}</td></tr><tr><td>${BODY[2]}</td></tr></table></article>`,
    ).article;
    for (const p of BODY) expect(layout?.paragraphs.join(' ')).toContain(p);
  });
});

describe('teasers of a video page and of a long-form page', () => {
  const teasers = (card: (n: number) => string) =>
    read(
      `<article><h1>${TITLE}</h1>${paras}</article><div class="related"><h2>Sur le même sujet</h2><ul class="list">${[1, 2, 3].map(card).join('')}</ul></div>`,
    ).related.filter((r) => r.origin === 'feed');
  const link = (n: number) => `https://lecourrier.vn/festival-du-documentaire-europe-vietnam-${n}/5231${n}.html`;
  const title = (n: number) => `Bientôt le ${n}e Festival du documentaire Europe-Vietnam`;

  it('the headline’s own <p class="tit"> is no summary: the paragraph after it is', () => {
    const sapo =
      'Le réseau des Instituts culturels européens présentera au public vietnamien de nombreuses œuvres à Hanoï.';
    const feed = teasers(
      (n) =>
        `<li><div class="pic"><a href="${link(n)}"><img src="/t${n}.jpg" alt="${title(n)}"></a></div><div class="txt"><p class="tit"><a href="${link(n)}">${title(n)}</a></p><p class="des">${sapo}</p></div></li>`,
    );
    expect(feed.map((r) => r.summary)).toEqual([sapo, sapo, sapo]);
  });

  it('a picture drawn as a background says its caption in its aria-label', () => {
    const label = 'À la rédaction du "Courrier du Vietnam" à Hanoï.';
    const feed = teasers(
      (n) =>
        `<li><a href="${link(n)}"><div class="Theme-RelatedStory-Image" role="img" aria-label="${label.replaceAll('"', '&quot;')}" style="background-image:url('/r${n}.jpg')"></div><h3>${title(n)}</h3></a></li>`,
    );
    expect(feed.map((r) => r.caption)).toEqual([label, label, label]);
  });
});

// What blind round 55 (the VNA outlets' own designs, teasers in full) taught.
describe('a photo between the standfirst and the body', () => {
  it('in a table, its line that ends on the credit is its caption', () => {
    const caption =
      'Le ministre de la Défense, le général Phan Van Giang (droite) et l’ambassadeur de France. Photo : VNA';
    const a = read(
      `<article><h1>${TITLE}</h1><div class="intro"><b>Le ministre de la Défense a reçu le 23 novembre, à Hanoi, l’ambassadeur de France au Vietnam.</b></div><table class="image"><tbody><tr><td><img src="/static/2023/11/23/giang.jpg" width="700" height="466" alt=""></td></tr><tr><td class="image_desc">${caption}</td></tr></tbody></table><div class="article-body">${paras}</div></article>`,
    ).article;
    expect(a?.captions).toEqual([caption]);
    expect(a?.paragraphs).toEqual(BODY);
  });
});

describe('a teaser’s kicker', () => {
  it('is no summary: a rubric’s word above the headline', () => {
    const feed = read(
      `<article><h1>${TITLE}</h1>${paras}</article><section class="related"><h2>Lire aussi</h2>${[1, 2, 3]
        .map(
          (n) =>
            `<article class="teaser"><p class="teaser__kicker">Sports</p><h3><a href="https://lecourrier.vn/la-delegation-sportive-${n}/129696${n}.html">La délégation sportive vietnamienne en Thaïlande (${n})</a></h3><p class="teaser__date">07/12/2025</p></article>`,
        )
        .join('')}</section>`,
    ).related.filter((r) => r.origin === 'feed');
    expect(feed.map((r) => r.summary)).toEqual([null, null, null]);
  });
});

describe('a "Lire aussi" box among the paragraphs', () => {
  it('holding a list of one link is an inline story, not lost', () => {
    const box = (n: number) =>
      `<div class="box-related-inline"><div class="box-related-inline__title">Lire aussi</div><ul><li><a href="https://vietnam.vnanet.vn/french/tin-van/le-tourisme-vietnamien-au-6e-rang-mondial-35549${n}.html">Le nombre de recherches sur le tourisme vietnamien se classe au ${n}e rang mondial</a></li></ul></div>`;
    const r = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p>${box(6)}<p>${BODY[1]}</p>${box(7)}<p>${BODY[2]}</p></article>`,
    );
    expect(r.related.filter((s) => s.origin === 'inline').map((s) => s.title)).toEqual([
      'Le nombre de recherches sur le tourisme vietnamien se classe au 6e rang mondial',
      'Le nombre de recherches sur le tourisme vietnamien se classe au 7e rang mondial',
    ]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

// A second reader's probes of rounds 52–55's rules (R32): each was wrong right after they landed.
describe('what rounds 52–55’s rules leave alone', () => {
  const story = (html: string, url = URL) => read(`<article><h1>${TITLE}</h1>${html}</article>`, url).article;
  const feedOf = (list: string) =>
    read(`<article><h1>${TITLE}</h1>${paras}</article>${list}`).related.filter((r) => r.origin === 'feed');
  const link = (n: number) => `https://lecourrier.vn/festival-du-documentaire-europe-vietnam-${n}/5231${n}.html`;
  const title = (n: number) => `Bientôt le ${n}e Festival du documentaire Europe-Vietnam`;
  const three = (card: (n: number) => string) => [1, 2, 3].map(card).join('');

  it('a line without letters under a photo is no counter unless shaped like one; "Photo 1/3" is one', () => {
    const question = 'Quelles sont les mesures prises pour préserver le paysage des rizières ?';
    const a = story(
      `${paras}<p><img src="/static/2023/a.jpg" width="700" height="466" alt=""></p><p>***</p><p><em>${question}</em></p><p>${BODY[0]}</p>`,
    );
    expect(a?.captions).toEqual([]);
    expect(a?.paragraphs).toContain(question);
    const g = story(
      `${paras}<div class="photo"><img src="/g1.jpg" width="700" height="466" alt=""><span>Photo 1/2</span><p>Les habitants préparent des banh chung dans la cour.</p></div><div class="photo"><img src="/g2.jpg" width="700" height="466" alt=""><span>Photo 2/2</span><p>Des enfants en ao dai devant la porte du village.</p></div>`,
    );
    expect(g?.captions).toEqual([
      'Les habitants préparent des banh chung dans la cour.',
      'Des enfants en ao dai devant la porte du village.',
    ]);
    expect(g?.paragraphs).toEqual(BODY);
  });

  it('a reader’s comment does not date the story; a date beside two authors’ links does', () => {
    const comment = story(
      `<p>${BODY[0]}</p></article><div class="reactions"><div class="comment-meta">Posté le 14 mars 2021 @ 09:12:45</div><div class="comment-text">Merci pour l'info.</div></div><article>`,
    );
    expect(comment?.published ?? null).toBeNull();
    const authors = story(
      `${paras}<div class="info-line"><div class="byline">Par <a href="/auteur/nguyen-thi-thu-ha">Nguyen Thi Thu Ha</a> et <a href="/auteur/tran-van-minh">Tran Van Minh</a></div><span class="date">12/03/2024 09:15</span></div>`,
    );
    expect(authors?.published).toBe('2024-03-12T09:15:00+07:00');
  });

  it('a grid table labelled in its own first row is a feed; a badge’s or an icon’s label is no caption', () => {
    const td = (n: number) =>
      `<td valign="top"><a href="${link(n)}"><img src="/t${n}.jpg" alt=""></a><br><a href="${link(n)}"><b>${title(n)}</b></a></td>`;
    expect(
      feedOf(
        `<table class="other"><tr><td colspan="2"><b>Autres articles</b></td></tr><tr>${td(1)}${td(2)}</tr></table>`,
      ),
    ).toHaveLength(2);
    const badge = feedOf(
      `<div class="related"><h2>Lire aussi</h2>${three((n) => `<div class="card"><a href="${link(n)}"><span role="img" aria-label="Vidéo">▶</span><img src="/t${n}.jpg" alt="Des cinéastes européens réunis à Hanoï."><h3>${title(n)}</h3></a></div>`)}</div>`,
    );
    expect(badge.map((r) => r.caption)).toEqual(Array(3).fill('Des cinéastes européens réunis à Hanoï.'));
  });

  it('summaries: a short sentence, a linked excerpt ending "[…]"; never a <dd>’s rubric or credit, nor a box holding the headline', () => {
    const short = feedOf(
      `<div class="related"><h2>Lire aussi</h2>${three((n) => `<div class="card"><h3><a href="${link(n)}">${title(n)}</a></h3><p>Un bilan très positif.</p></div>`)}</div>`,
    );
    expect(short.map((r) => r.summary)).toEqual(Array(3).fill('Un bilan très positif.'));
    const excerpt =
      'Le réseau des Instituts culturels européens présentera au public vietnamien de nombreuses œuvres […]';
    const linked = feedOf(
      `<div class="related"><h2>Lire aussi</h2>${three((n) => `<div class="card"><h3><a href="${link(n)}">${title(n)}</a></h3><p><a href="${link(n)}">${excerpt}</a></p></div>`)}</div>`,
    );
    expect(linked.map((r) => r.summary)).toEqual(Array(3).fill(excerpt));
    const sapo = 'Le réseau des Instituts culturels européens présentera de nombreuses œuvres.';
    const dl = feedOf(
      `<div class="other"><h3>Dans la même rubrique</h3><dl>${three((n) => `<dt><a href="${link(n)}">${title(n)}</a></dt><dd class="cat">Culture</dd><dd>Photo : VNA</dd><dd>${sapo}</dd>`)}</dl></div>`,
    );
    expect(dl.map((r) => r.summary)).toEqual(Array(3).fill(sapo));
    const box = feedOf(
      `<div class="related"><h2>Lire aussi</h2>${three((n) => `<div class="card"><div class="post-summary"><a class="post-title" href="${link(n)}">${title(n)}</a><p>${sapo}</p></div></div>`)}</div>`,
    );
    expect(box.map((r) => r.summary)).toEqual(Array(3).fill(sapo));
  });

  it('a byline with its author’s picture above the body is no caption; a results table’s rows stay', () => {
    const a = story(
      `<div class="byline"><img src="/uploads/2023/minh-thu.jpg" width="80" height="60"><span>Texte et photo : Minh Thu</span></div><div class="body">${paras}</div>`,
    );
    expect(a?.captions).toEqual([]);
    const results = story(
      `<p>${BODY[0]}</p><p>Voici les résultats de la 10e journée :</p><table><tr><th>Domicile</th><th>Score</th><th>Extérieur</th></tr><tr><td>Hanoi FC</td><td>2-0</td><td>Becamex Binh Duong</td></tr><tr><td>Hai Phong</td><td>1-1</td><td>The Cong Viettel</td></tr></table><p>${BODY[1]}</p>`,
    );
    expect(results?.paragraphs).toContain('Hanoi FC · 2-0 · Becamex Binh Duong');
  });
});

describe('what R32’s mends leave alone (R33)', () => {
  it('a teaser’s "Lire la suite »" or rubric link is no summary; a weather table beside the story is not read', () => {
    const link = (n: number) => `https://lecourrier.vn/festival-du-documentaire-europe-vietnam-${n}/5231${n}.html`;
    const feed = read(
      `<article><h1>${TITLE}</h1>${paras}</article><div class="related"><h2>Autres articles</h2><ul>${[1, 2, 3]
        .map(
          (n) =>
            `<li><h3><a href="${link(n)}">Bientôt le ${n}e Festival du documentaire Europe-Vietnam</a></h3><p><a href="${link(n)}">Lire la suite »</a></p></li>`,
        )
        .join('')}</ul></div>`,
    ).related.filter((r) => r.origin === 'feed');
    expect(feed.map((r) => r.summary)).toEqual([null, null, null]);
    const a = read(
      `<div class="page"><article><h1>${TITLE}</h1>${paras}</article><aside><table class="weather"><tr><th>Ville</th><th>Temps</th><th>Température</th></tr><tr><td>Hanoï</td><td>Nuageux</td><td>18-24°C</td></tr><tr><td>Huê</td><td>Pluie</td><td>20-25°C</td></tr></table></aside></div>`,
    ).article;
    expect(a?.paragraphs).toEqual(BODY);
  });
});
