// Blind rounds 18 and 19's pages, in small: a web component's links, a link preview's title, a copy's
// source line after the story, a post's heading linking to its own page, a copy's footnotes, a
// course page quoting a story. Each test
// fails on the code before its rule; the last checks say what the rules leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'Entrevue entre le Premier ministre et la gouverneure générale du Canada';
const BODY = [
  'Québec (VNA) – Le Premier ministre a eu le 8 juin à Québec une entrevue avec la gouverneure générale du Canada, à l’occasion du Sommet du G7 élargi.',
  'Il a affirmé que le Vietnam saluait le sujet du changement climatique et des océans et contribuerait au succès du Sommet du G7 élargi.',
  'La gouverneure générale a tenu en haute estime la signification de cette visite et affirmé que le Vietnam était un partenaire important du Canada.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const story = (n: number) =>
  `https://lecourrier.vn/le-vietnam-et-un-partenaire-${n}-renforcent-leurs-liens/12960${n}.html`;
const headline = (n: number) => `Le Vietnam et le partenaire numéro ${n} renforcent leurs liens`;
const read = (body: string, url: string, head = `<title>${TITLE}</title>`) =>
  extract(parseHtml(`<html lang="fr"><head>${head}</head><body>${body}</body></html>`, url), url);

describe("a mobile edition's web components", () => {
  // (Ionic: a list item links with an href of its own, no <a> inside)
  const item = (n: number) =>
    `<ion-item button detail="true" href="${story(n)}" class="related-item"><ion-label><h3>${headline(n)}</h3><p class="teaser">Un résumé de la rencontre numéro ${n} entre les deux pays, à Hanoï.</p></ion-label></ion-item>`;
  const r = read(
    `<ion-content><h1>${TITLE}</h1>${paras}<ion-list><ion-list-header><ion-label>À lire aussi</ion-label></ion-list-header>${[1, 2, 3].map(item).join('')}</ion-list></ion-content>`,
    'https://m.lecourrier.vn/entrevue-entre-le-premier-ministre/1296204.html',
  );

  it('an element with an href of its own is a link: the list is the feed', () => {
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2), headline(3)]);
    expect(r.related[0]?.url).toBe(story(1));
  });
});

describe("a redesign's components with shadow trees", () => {
  // (Lit: the feed exists only in a component's declarative shadow tree; the story is the host's
  // light children, shown through the tree's slots)
  const card = (n: number) =>
    `<article class="card"><h3 class="card__title"><a href="${story(n)}">${headline(n)}</a></h3><p>Un résumé de la rencontre numéro ${n}.</p></article>`;
  const r = read(
    `<vnp-article><template shadowrootmode="open"><article class="article"><header><slot name="title"></slot></header><div class="article__body"><slot></slot></div></article></template><h1 slot="title">${TITLE}</h1>${paras}</vnp-article><vnp-related><template shadowrootmode="open"><section class="related"><h2>Articles liés</h2><div class="related__grid">${[1, 2, 3].map(card).join('')}</div></section></template></vnp-related>`,
    'https://fr.vietnamplus.vn/entrevue-entre-le-premier-ministre-post104232.vnp',
  );

  it('the feed inside a shadow tree is found; the story in the slots keeps its order', () => {
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2), headline(3)]);
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a copy on a community site', () => {
  // (a dev.to-like post: the feed is link previews, whose titles repeat the page's <title>)
  const preview = (n: number) =>
    `<div class="crayons-card c-embed"><div class="c-embed__body"><h2><a href="${story(n)}" class="c-link">${headline(n)} | Vietnam+ (VietnamPlus)</a></h2><p class="truncate-at-3">Un résumé de la rencontre numéro ${n} entre les deux pays.</p><div>fr.vietnamplus.vn</div></div></div>`;
  const r = read(
    `<main><article><h1>${TITLE}</h1><div class="crayons-article__body">${paras}<h2>Voir plus</h2>${preview(1)}${preview(2)}</div></article></main>`,
    'https://communaute.example.org/veille/entrevue-4k2p',
  );

  it("a link preview's title loses the outlet's name after the bar", () => {
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2)]);
  });
});

describe('a repost whose source line follows the story', () => {
  // (old Reddit: the post's heading is a link to the post itself; the metadata prefixes the forum)
  const url = 'https://old.reddit.com/r/Quebec/comments/8pk3xq/entrevue_premier_ministre_gouverneure/';
  const page = `<div class="side"><h1 class="redditname"><a href="/r/Quebec/">Quebec</a></h1></div><div class="content"><div class="thing link self"><p class="title"><a class="title" href="/r/Quebec/comments/8pk3xq/entrevue_premier_ministre_gouverneure/">${TITLE}</a> <span class="linkflairlabel">Nouvelles</span></p><p class="tagline">soumis il y a 6 ans par <a href="/user/bot">bot</a></p><div class="expando"><div class="usertext-body"><div class="md">${paras}<hr/><p>Source : <a href="https://fr.vietnamplus.vn/entrevue/104232.vnp">VietnamPlus</a> (Agence vietnamienne d'information), 09/06/2018 10:05</p></div></div></div></div></div>`;
  const r = read(
    page,
    url,
    `<title>${TITLE} : Quebec</title><meta property="og:title" content="r/Quebec - ${TITLE}"><script type="application/ld+json">{"@type":"DiscussionForumPosting","datePublished":"2018-06-09T03:12:45+00:00"}</script>`,
  );

  it("the heading that links to the page itself is the title, the forum's label left out", () => {
    expect(r.article?.title).toBe(TITLE);
  });

  it("the source line's date dates the story, over the post's", () => {
    expect(r.article?.published).toBe('2018-06-09T10:05:00+07:00');
  });
});

describe("a copy's notes and its source box", () => {
  // (Quarto, Pandoc: a footnote's marker and the notes, marked with the digital publishing roles)
  const page = `<main><header><h1 class="title">${TITLE}</h1></header><div class="callout"><p>Article de VietnamPlus, publié le 15/06/2016 à 08:40 (heure de Hanoï), reproduit ici pour archive.</p></div><p>${BODY[0]}<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p><p>${BODY[1]}</p><p>${BODY[2]}</p><section id="footnotes" class="footnotes" role="doc-endnotes"><h2>Notes de bas de page</h2><ol><li id="fn1"><p>Note : depuis 2016, la capacité de pompage a été renforcée.</p></li></ol></section></main>`;
  const r = read(page, 'https://carnets-eau.example.org/posts/2016-06-15-inondations/');

  it('the body leaves out the marker and the notes; the source line dates the story', () => {
    expect(r.article?.paragraphs.slice(-3)).toEqual(BODY);
    expect(r.article?.paragraphs.join(' ')).not.toContain('Notes de bas de page');
    expect(r.article?.published).toBe('2016-06-15T08:40:00+07:00');
  });
});

describe("a wiki's page properties", () => {
  // (Confluence: a table of labels and short values above the story)
  const props = `<table class="confluenceTable"><tbody><tr><th>Pays</th><td>Vietnam</td></tr><tr><th>Source</th><td><a href="https://fr.vietnamplus.vn/x/110236.vnp">VietnamPlus (VNA)</a></td></tr><tr><th>Date de parution</th><td><p><time datetime="2018-11-06">06 nov. 2018</time> 08:53</p></td></tr></tbody></table>`;
  const r = read(
    `<div id="main-content" class="wiki-content"><h1>${TITLE}</h1>${props}${paras}</div>`,
    'https://wiki.example.org/display/VEILLE/Entrevue',
  );

  it('are not the story', () => {
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('a table of figures in the story is left to it', () => {
    const figures = `<table><tbody><tr><th>Province</th><th>Cas</th><th>Décès</th></tr><tr><td>Hanoï</td><td>120</td><td>2</td></tr></tbody></table>`;
    const kept = read(
      `<div><h1>${TITLE}</h1>${paras}${figures}</div>`,
      'https://wiki.example.org/display/VEILLE/Entrevue',
    );
    expect(kept.article?.paragraphs.join(' ')).toContain('Hanoï');
  });
});

describe('a course page that quotes a VNA story', () => {
  // (Canvas, Moodle: the page's heading is the lesson's, over the teacher's words; the story's own
  // headline is the heading right above its dateline)
  const page = `<h1 class="page-title">Lecture 4 : la diplomatie vietnamienne</h1><div class="user_content"><p>Bonjour à tous,</p><p>Lisez attentivement la dépêche ci-dessous, publiée par l'Agence vietnamienne d'information sur son site, puis répondez aux questions de compréhension avant la séance de jeudi.</p><h2>${TITLE}</h2>${paras}<p><em>Source : VietnamPlus (Agence vietnamienne d'information). Reproduit pour la classe.</em></p><h3>Questions de compréhension</h3><p>Qui a rencontré la gouverneure générale ?</p></div>`;
  const r = read(
    page,
    'https://canvas.example.edu/courses/1834/pages/lecture-4',
    '<title>Lecture 4 : la diplomatie vietnamienne</title>',
  );

  it("the headline above the story's dateline is the title, and the copy's credit is no story line", () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.paragraphs.slice(0, 3)).toEqual(BODY);
    expect(r.article?.paragraphs.join(' ')).not.toContain('Reproduit pour la classe');
  });

  it("what follows the story's source is the page's own: questions, a glossary, the teacher's signature", () => {
    const linked = page.replace(
      "Source : VietnamPlus (Agence vietnamienne d'information). Reproduit pour la classe.",
      'Source : <a class="external" href="https://fr.vietnamplus.vn/x/1.vnp"><span>VietnamPlus</span><span class="external_link_icon"><span class="screenreader-only">Liens vers un site externe.</span></span></a> (VNA)',
    );
    const withGlossary = linked.replace(
      '</div>',
      '<h3>Vocabulaire</h3><table><tr><th>Mot</th><th>Tiếng Việt</th></tr><tr><td>porte-parole</td><td>người phát ngôn</td></tr></table><p>Bonne lecture,<br>Mme Pham Thi Lan</p></div>',
    );
    const body =
      read(withGlossary, 'https://canvas.example.edu/courses/1834/pages/lecture-4').article?.paragraphs ?? [];
    expect(body.slice(0, 3)).toEqual(BODY);
    expect(body.join(' ')).not.toMatch(/Questions de compréhension|Qui a rencontré|Bonne lecture|Vocabulaire/);
  });

  // (the second reviewer's: a credit line inside the story, more of the story after it)
  it('a source line with more of the story after it than before ends nothing', () => {
    const credited = `<div class="post"><h2>${TITLE}</h2><p>${BODY[0]}</p><p>Source : VNA</p><p>${BODY[1]}</p><p>${BODY[2]}</p></div>`;
    const body = read(credited, 'https://blog.example.org/2018/06/entrevue').article?.paragraphs ?? [];
    expect(body.join(' ')).toContain(BODY[1]);
    expect(body.join(' ')).toContain(BODY[2]);
  });

  // (the second reviewer's: the page's own section after the credit, under its own heading)
  it("the page's own section after the source, under its heading, is not the story", () => {
    const work = `<div class="post"><h2>${TITLE}</h2>${paras}<p><em>Source : VietnamPlus (Agence vietnamienne d'information)</em></p><h3>Travail à faire</h3><p>Pour la séance de jeudi, rédigez un résumé de la dépêche en dix lignes, puis relevez tous les noms de personnes et de fonctions qui y apparaissent.</p><p>Ensuite, comparez le vocabulaire diplomatique de cette dépêche avec celui de la dépêche de la semaine dernière sur la visite au Japon.</p></div>`;
    const body = read(work, 'https://canvas.example.edu/courses/1834/pages/lecture-5').article?.paragraphs ?? [];
    expect(body.slice(0, 3)).toEqual(BODY);
    expect(body.join(' ')).not.toMatch(/rédigez|comparez/);
  });

  it('"Pour aller plus loin", a few bare links to other VNA stories, is the feed', () => {
    const further = page.replace(
      '</div>',
      `<h3>Pour aller plus loin</h3><p>D'autres dépêches de VietnamPlus, pour ceux qui veulent s'entraîner :</p><ul>${[1, 2, 3].map((n) => `<li><a href="${story(n)}">${headline(n)}</a></li>`).join('')}</ul></div>`,
    );
    const r = read(further, 'https://canvas.example.edu/courses/1834/pages/lecture-4');
    expect(r.related.map((s) => s.title)).toEqual([1, 2, 3].map(headline));
    expect(r.article?.paragraphs.join(' ')).not.toContain('partenaire numéro');
  });

  it("a page's own headline right over the story keeps the title, a subheading under it none", () => {
    const own = read(
      `<h1>${TITLE}</h1><h2>Le contexte</h2>${paras}`,
      'https://blog.example.org/entrevue/',
      `<title>${TITLE}</title>`,
    );
    expect(own.article?.title).toBe(TITLE);
  });
});

describe("a notebook's export that shows a story", () => {
  // (JupyterLab's nbconvert: the page's title is the notebook's file name, its headings the
  // notebook's; the story is a cell's Markdown output, its headline with a permalink "¶")
  const notebook = `<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedMarkdown"><p>Ce carnet fait partie du projet corpus-fle-vietnam : constituer un petit corpus de dépêches en français, avec leurs légendes et leurs liens.</p></div></div><div class="jp-Cell jp-CodeCell"><div class="jp-OutputArea-output jp-RenderedMarkdown"><h2 id="entrevue">${TITLE}<a class="anchor-link" href="#entrevue">¶</a></h2><p><em>Publié le 08/06/2018 à 18:12 (GMT+7) — Politique</em></p>${paras}</div></div>`;

  it("the story's headline is the title, without its permalink", () => {
    const r = read(notebook, 'https://camille.github.io/corpus/02_extraction.html', '<title>02_extraction</title>');
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.paragraphs).toEqual(expect.arrayContaining(BODY));
  });
});

describe("a newsletter's campaign page that carries a story", () => {
  // (Sendinblue/Brevo: tables and inline styles only; the headline is a large line, the lead a
  // bold <div> opening the story's cell; an editorial of the club in a cell beside it)
  const cell = (style: string, inner: string) => `<tr><td style="${style}">${inner}</td></tr>`;
  const edito = `<table><tr><td><div>Édito</div><div>Chers membres, chers amis,</div><div>La visite du ministre à Tokyo confirme la place du Japon parmi les premiers partenaires du Vietnam, et notre club y prendra toute sa part dès la rentrée, avec deux rencontres et un voyage d'affaires.</div><div>Hélène Tran, présidente</div></td></tr></table>`;
  const storyCell = `<div><strong>Le Premier ministre a eu le 8 juin à Québec une entrevue avec la gouverneure générale du Canada, en marge du Sommet.</strong></div><div>&nbsp;</div>${BODY.slice(
    1,
  )
    .concat(BODY.slice(1).map((p) => p.replace('Il a', 'Le chef du gouvernement a')))
    .map((p) => `<div>${p}</div><div>&nbsp;</div>`)
    .join('')}`;
  const mail = `<table><tr><td>Si vous ne visualisez pas correctement cet e-mail, cliquez ici.</td></tr></table>${edito}<table>${cell('font-size:12px;color:#999', 'DIPLOMATIE | Publié le 08/06/2018 à 21h05 – VietnamPlus (VNA)')}${cell('font-size:22px;font-weight:bold', `<div>${TITLE}</div>`)}${cell('', '<img src="https://img.example/a.jpg">')}${cell('font-style:italic', '<div>La gouverneure générale du Canada reçoit le Premier ministre. (Photo : Manh Linh/VNA)</div>')}${cell('font-size:14px', storyCell)}</table>`;
  const r = read(mail, 'https://x.r.sendibm3.com/mk/mr/sh/abc', '<title>La Lettre du Mékong n°27</title>');

  it('the large line by the credited date is the title; the bold line opening the story is the lead', () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toMatch(/^Le Premier ministre a eu le 8 juin/);
  });

  it("the body is the story's cell, not the club's editorial", () => {
    expect(r.article?.paragraphs[0]).toBe(BODY[1]);
    expect(r.article?.paragraphs.join(' ')).not.toMatch(/Chers membres|Si vous ne visualisez/);
  });
});

describe("a docs site's page that copies a story", () => {
  it('"Articles liés" with its permalink "#" still names the feed of two cards', () => {
    const cards = [1, 2]
      .map((n) => `<a href="${story(n)}"><span><span>${headline(n)}</span></span><span>lecourrier.vn</span></a>`)
      .join('');
    const page = `<main><h1>${TITLE}</h1>${paras}<h2 id="articles-lies"><a href="#articles-lies" aria-label="Lien direct vers le titre">#</a><div>Articles liés</div></h2>${cards}</main>`;
    const r = read(page, 'https://revue.gitbook.io/revue/juin-2024/entrevue');
    expect(r.related.map((s) => s.title)).toEqual([1, 2].map(headline));
  });
});

describe("a literate document's copy (R Markdown, Quarto)", () => {
  it('its code blocks and its appendix (licence, citation) are not the story', () => {
    const page = `<main><h1>${TITLE}</h1>${paras}<div class="sourceCode"><pre class="sourceCode r"><code>corpus &lt;- add_depeche(corpus, id = 70241, pays = "CA")</code></pre></div><pre><code>[1] 214</code></pre><div class="appendix-bottom"><h3>Reuse</h3><p>Text and figures are licensed under Creative Commons Attribution CC BY 4.0, unless noted otherwise in their caption.</p><h3>Citation</h3><p>For attribution, please cite this work as Bernard (2016). Veille Asie-Pacifique.</p></div></main>`;
    const r = read(page, 'https://veille.github.io/posts/2016-11-15-canada/');
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe("a blog's repost in one block of lines", () => {
  it('the bold run that opens the block is the lead, past the date line and its separator', () => {
    const lead =
      'Le 8 juin, le Premier ministre a reçu la gouverneure générale du Canada, en visite au Vietnam à l’invitation du gouvernement.';
    const block = `<div class="paragraph"><strong>${lead}</strong><br><br>${BODY.join('<br><br>')}</div>`;
    const page = `<div class="blog-post"><h2 class="blog-title"><a href="https://amis.example.com/actualites/entrevue">${TITLE}</a></h2><p class="blog-date"><span class="date-text">25/2/2026</span> <span class="blog-separator"> | </span><a href="https://amis.example.com/actualites/entrevue#comments">0 Commentaires</a></p><div class="blog-content">${block}</div></div>`;
    const r = read(page, 'https://amis.example.com/actualites/entrevue');
    expect(r.article?.lead).toBe(lead);
  });
});

describe('what these rules leave alone', () => {
  it('on a VNA host, the metadata dates the story; a sentence that names VNA with a date dates nothing', () => {
    const url = 'https://fr.vietnamplus.vn/entrevue-entre-le-premier-ministre/104232.vnp';
    const r = read(
      `<h1>${TITLE}</h1>${paras}<p>Source : VNA, 01/01/2019 10:00</p>`,
      url,
      `<title>${TITLE}</title><meta property="article:published_time" content="2018-06-09T10:05:00+07:00">`,
    );
    expect(r.article?.published).toBe('2018-06-09T10:05:00+07:00');
    const copy = read(
      `<h1>${TITLE}</h1><p>Selon la VNA, le 3 mai 2021, le ministère a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la crise sanitaire.</p>${paras}`,
      'https://blog.example.org/entrevue/',
      `<title>${TITLE}</title><meta property="article:published_time" content="2018-06-09T10:05:00+07:00">`,
    );
    expect(copy.article?.published).toBe('2018-06-09T10:05:00+07:00');
  });

  it("a headline's own words after a bar stay; a link to another page is no title", () => {
    const r = read(
      `<h1>${TITLE}</h1>${paras}<h2>Voir plus</h2><ul>${[1, 2, 3]
        .map((n) => `<li><a href="${story(n)}">${headline(n)} | Hanoï – Tokyo</a></li>`)
        .join('')}</ul>`,
      'https://blog.example.org/entrevue/',
    );
    expect(r.related[0]?.title).toBe(`${headline(1)} | Hanoï – Tokyo`);
  });
});
