// A feed flattened into the story's flow (a reader view, a feed reader's copy: a heading that names
// it, then a linked subheading and a short summary per story), a card whose image, title and
// "more" links lead to one story, and dates written as a static site or a word processor writes
// them (blind round 13). Each test of a rule fails on the code before it; the card's test says
// what the flattened feed's rule leaves alone (it took a Contao card's three links for a feed).
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { SIDE_LABEL } from '../../lib/extract/feed-runs';
import { isoInHanoi } from '../../lib/extract/published';
import { parseHtml } from './helpers';

const URL = 'https://lecourrier.vn/le-vanuatu-frappe-par-un-seisme-aucun-vietnamien-parmi-les-victimes/165301.html';
const TITLE = 'Séisme au Vanuatu : aucun Vietnamien parmi les victimes';
const BODY = [
  "Hanoï (VNA) – Selon le ministère vietnamien des Affaires étrangères, il n'y a aucun Vietnamien parmi les personnes décédées.",
  "Auparavant, l'ambassade du Vietnam en Australie avait envoyé des messages d'alerte aux membres de la diaspora vietnamienne du Vanuatu.",
  "Samedi 15 mars, l'ambassade a affirmé que la diaspora n'avait pas subi de gros dégâts.",
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (body: string, head = '') =>
  extract(
    parseHtml(`<html lang="fr"><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`, URL),
    URL,
  );
const story = (n: number) =>
  `https://lecourrier.vn/le-vietnam-et-le-partenaire-${n}-renforcent-leurs-liens/17973${n}.html`;
const headline = (n: number) => `Le Vietnam et le partenaire numéro ${n} renforcent leurs liens`;
const summary = (n: number) =>
  `L’ambassadeur du Vietnam a présenté le ${n} juin ses lettres de créance au chef de l’État du partenaire.`;

// (blind round 27: a PmWiki page and a Pimcore print view)
describe('a feed flattened into one paragraph', () => {
  it('its label in bold, two links parted by a dot: the feed; a wiki’s categories line is no story', () => {
    const r = read(
      `<div id="wikitext"><h2>${TITLE}</h2>${paras}<p><strong>Voir aussi :</strong> <a href="${story(1)}">${headline(1)}</a> &middot; <a href="${story(2)}">${headline(2)}</a></p><hr><p>Catégories : <a href="/Category.Pacifique">Pacifique</a>, <a href="/Category.Diplomatie">Diplomatie</a></p></div>`,
    );
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2)]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('a print view’s: each link followed by its printed address, parted by bars', () => {
    const item = (n: number) => `<a href="${story(n)}">${headline(n)}</a> <span class="print-url">(${story(n)})</span>`;
    const r = read(
      `<main><h1>${TITLE}</h1>${paras}<p class="related-inline"><strong>Autres articles :</strong> ${[1, 2, 3, 4].map(item).join(' &nbsp;|&nbsp; ')}</p></main>`,
    );
    expect(r.related.map((s) => s.title)).toEqual([1, 2, 3, 4].map(headline));
  });

  it('a sentence that links two stories is no feed', () => {
    const r = read(
      `<main><h1>${TITLE}</h1>${paras}<p>Voir aussi : les deux pays avaient signé <a href="${story(1)}">${headline(1)}</a> puis renouvelé <a href="${story(2)}">${headline(2)}</a> l’an dernier.</p></main>`,
    );
    expect(r.related).toEqual([]);
  });
});

describe('a feed flattened into the story', () => {
  it('a heading that names it, then per story a linked subheading and its short summary', () => {
    const cards = [1, 2, 3]
      .map((n) => `<h3><a href="${story(n)}">${headline(n)}</a></h3><p>${summary(n)}</p>`)
      .join('');
    const r = read(`<div class="moz-reader-content"><h1>${TITLE}</h1>${paras}<h2>Voir plus</h2>${cards}</div>`);
    expect(r.related.map((s) => [s.title, s.summary])).toEqual([1, 2, 3].map((n) => [headline(n), summary(n)]));
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it("linked subheadings with short paragraphs under no feed's name are the story's own sections", () => {
    const sections = [1, 2, 3]
      .map((n) => `<h3><a href="${story(n)}">${headline(n)}</a></h3><p>${summary(n)}</p>`)
      .join('');
    const r = read(`<article><h1>${TITLE}</h1>${paras}<h2>Chronologie</h2>${sections}</article>`);
    expect(r.related.filter((s) => s.origin === 'feed')).toEqual([]);
    expect(r.article?.paragraphs).toEqual(expect.arrayContaining([...BODY, summary(1), summary(2), summary(3)]));
  });

  it('one card\'s image, title and "more" links lead to one story: no run of their own', () => {
    const card = (n: number) =>
      `<div class="layout_latest"><p class="info"><time datetime="2025-11-1${n}T16:20:00+07:00">1${n}.11.2025</time></p><figure><a href="${story(n)}" title="Lire l'article : ${headline(n)}"><img src="/assets/images/p${n}.jpg" alt=""></a></figure><h2><a href="${story(n)}" title="Lire l'article : ${headline(n)}">${headline(n)}</a></h2><div class="teaser"><p>${summary(n)}</p></div><p class="more"><a href="${story(n)}">Lire la suite</a></p></div>`;
    const r = read(
      `<div class="mod_newsreader"><h1>${TITLE}</h1>${paras}</div><div class="mod_newslist"><h2>Dans la même rubrique</h2>${[1, 2, 3].map(card).join('')}</div>`,
    );
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2), headline(3)]);
    expect(r.related[0]?.published).toBe('2025-11-11T16:20:00+07:00');
  });
});

describe('publication dates', () => {
  it("Hanoi's own offset without seconds is written out in full", () => {
    expect(isoInHanoi('2025-04-17T09:30+07:00')).toBe('2025-04-17T09:30:00+07:00');
    expect(isoInHanoi('2025-04-17T09:30:00.000+07:00')).toBe('2025-04-17T09:30:00+07:00');
    expect(isoInHanoi('2025-04-17T02:30Z')).toBe('2025-04-17T09:30:00+07:00');
  });

  it("an update's label and its weekday, or a label and any word, do not make a publication date", () => {
    for (const line of ['Mise à jour : lundi 5 juin 2023 10h20', 'Publié depuis 3 mai 2021'])
      expect(read(`<h1>${TITLE}</h1><p class="date">${line}</p>${paras}`).article?.published, line).toBeNull();
  });

  it('"Mise en ligne :" and a weekday before a written date with its hour', () => {
    const r = read(
      `<p class="title">${TITLE}</p><p><span>Mise en ligne : mercredi 4 janvier 2017, 10h15</span></p>${paras}`,
    );
    expect(r.article?.published).toBe('2017-01-04T10:15:00+07:00');
  });
});

describe('blind round 14', () => {
  it("a box of the blog's recent entries names a side list, not the feed (the Movable Type fixture page)", () => {
    for (const label of ['Entrées récentes', 'Articles récents', 'Messages récents', 'Publications récentes'])
      expect(SIDE_LABEL.test(label), label).toBe(true);
    for (const label of ['Dans la même rubrique', 'Sur le même sujet', 'À lire aussi'])
      expect(SIDE_LABEL.test(label), label).toBe(false);
  });

  it('a <time> without its zone whose text shows the hour seven hours later was written in UTC', () => {
    const at = (time: string) =>
      read(`<article><h1>${TITLE}</h1><div class="meta">${time}</div>${paras}</article>`).article?.published;
    expect(at('<time datetime="2017-02-27 09:31:00">27 févr. 2017 16:31</time>')).toBe('2017-02-27T16:31:00+07:00');
    // (the same hour shown: the page's own clock, as before)
    expect(at('<time datetime="2017-02-27 16:31:00">27 févr. 2017 16:31</time>')).toBe('2017-02-27T16:31:00+07:00');
  });

  it("a syndication's byline <time> above the story's box is its date", () => {
    const r = read(
      `<div class="articlePage_container"><main class="article-main"><nav class="breadcrumb"><a href="/msn/fr-fr">Accueil</a> › <a href="/msn/fr-fr/sports">Sports</a></nav><div class="providerInfo"><img class="provider-logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Le Courrier du Vietnam" width="24" height="24"><a class="provider-name" href="https://lecourrier.vn/">Le Courrier du Vietnam</a><span class="dot">·</span><time class="article-age" datetime="2026-01-23T09:40:00.000Z" title="23/01/2026 16:40">il y a 3 heures</time><button type="button">+ Suivre</button></div><article class="article-body"><h1 class="article-title">${TITLE}</h1><div class="article-content">${paras}</div></article></main><aside class="rail"><h2>Tendances</h2></aside></div>`,
    );
    expect(r.article?.published).toBe('2026-01-23T16:40:00+07:00');
  });
});

describe('captions', () => {
  it("a share menu's pictures and their labels are no photos; one word under a photo is its caption", () => {
    const r = read(
      `<article><h1>${TITLE}</h1>${paras}<div><img src="/img/2016/05/28/lac-hoan-kiem.jpg" alt=""><p>Hanoï</p></div></article><div class="reward"><div id="qr" style="display: none;"><div><img src="/images/share-facebook.png" alt="VNA Facebook"><p>Facebook</p></div><div><img src="/images/share-zalo.png" alt="VNA Zalo"><p>Zalo</p></div></div></div><div class="site-author"><img class="site-author-image" alt="VNA" src="/images/avatar-vna.png"><p class="site-author-name">VNA</p></div>`,
    );
    expect(r.article?.captions).toEqual(['Hanoï']);
  });
});
