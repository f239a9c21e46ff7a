// Blind round 24's pages, in small: a note exported from Org mode (the subtitle inside the <h1>, a
// numbered "2. Voir plus" section of links on one line, an active timestamp as the source's date,
// a figure's number before its caption), a print view whose related stories are script addresses
// ("/cs/Satellite?…&cid=…"), a docs site whose headings end on a zero-width header anchor, and a
// CMS that sets each element of a story in a box of its own ("Lire aussi" between a photo and a
// crosshead). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'Vinamilk figure sur la liste Best Over A Billion de Forbes Asia';
const LEAD =
  'Vinamilk est la seule entreprise alimentaire du Vietnam figurant sur la liste des 200 meilleures compagnies ayant un chiffre d’affaires de plus d’un milliard de dollars en Asie-Pacifique de Forbes Asia.';
const BODY = [
  'Hanoi (VNA) - La Société par actions laitière du Vietnam (Vinamilk) est la seule entreprise alimentaire du Vietnam figurant sur la liste des meilleures compagnies de la région.',
  'Pour établir cette liste, Forbes Asia a examiné plus de 1.000 sociétés cotées en bourse ayant un chiffre d’affaires de plus d’un milliard de dollars.',
  'Vinamilk a été appréciée pour ses résultats commerciaux, sa gouvernance et sa croissance durable sur les marchés intérieur et extérieur.',
];
const FEED = [
  'Le Bureau politique sanctionne l’ancien vice-Premier ministre Vu Van Ninh',
  'Développement des relations entre le Vietnam et l’Italie',
  'La Géorgie va ouvrir son ambassade au Vietnam à la fin 2019',
];
const link = (t: string, n: number) => `<a href="https://fr.vietnamplus.vn/story-number-${n}/12${n}269.vnp">${t}</a>`;

describe('a note exported from Org mode', () => {
  const page = `<div id="content" class="content">
<h1 class="title">${TITLE}<br />
<span class="subtitle">${LEAD}</span></h1>
<div id="outline-container-1" class="outline-2"><h2 id="o1"><span class="section-number-2">1.</span> Article</h2>
<div class="outline-text-2"><p>Source : <a href="https://fr.vietnamplus.vn/vinamilk-figure-sur-la-liste/126958.vnp">VietnamPlus (VNA)</a>, publié le <span class="timestamp-wrapper"><span class="timestamp">&lt;2019-08-08 jeu. 11:26&gt;</span></span>. Copié le <span class="timestamp-wrapper"><span class="timestamp">[2019-08-12 lun. 20:51]</span></span>.</p>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
<div class="figure"><p><img src="vinamilk.jpg" alt="vinamilk.jpg" /></p>
<p><span class="figure-number">Figure&#xa0;1&#xa0;: </span>Une usine de Vinamilk. Photo: VNA</p></div></div></div>
<div id="outline-container-2" class="outline-2"><h2 id="o2"><span class="section-number-2">2.</span> Voir plus</h2>
<div class="outline-text-2"><p>${FEED.map(link).join(' · ')}</p></div></div></div>`;
  const url = 'https://notes.example.org/entreprises/vinamilk-forbes.html';
  const r = extract(parseHtml(`<html><head><title>${TITLE}</title></head><body>${page}</body></html>`, url), url);

  it('the subtitle inside the headline is the lead, and no part of the title', () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
  });

  it('the links of a numbered "2. Voir plus" section, on one line, are the feed', () => {
    expect(r.related.map((s) => s.title)).toEqual(FEED);
  });

  it("the source's active timestamp is the publication; a figure's number is no part of its caption", () => {
    expect(r.article?.published).toBe('2019-08-08T11:26:00+07:00');
    expect(r.article?.captions).toEqual(['Une usine de Vinamilk. Photo: VNA']);
  });
});

describe('a print view whose related stories are script addresses', () => {
  const satellite = (cid: string) =>
    `https://vietnam.vnanet.vn/cs/Satellite?c=VNA_Article_C&amp;cid=${cid}&amp;pagename=VNAFrench%2FVNA_Article_C%2FArticleLayout`;
  const page = `<table width="640"><tr><td><h1>${TITLE}</h1><p class="date">Hanoi, 21/10/2021 09:47</p>
<p><b>${LEAD}</b></p>${BODY.map((p) => `<p>${p}</p>`).join('')}
<div class="print-related"><p><b>Articles connexes :</b></p><ul>
<li><a href="${satellite('1634734598812')}">${FEED[0]}</a></li>
<li><a href="${satellite('1634734457390')}">${FEED[1]}</a></li></ul></div></td></tr></table>`;
  const url = 'https://vietnam.vnanet.vn/cs/Satellite?c=VNA_Article_C&cid=1634734522187&pagename=VNAFrench/PrintLayout';
  const r = extract(parseHtml(`<html><head><title>${TITLE}</title></head><body>${page}</body></html>`, url), url);

  it('"…&cid=…" names a story as "id=" does: the two related stories are the feed', () => {
    expect(r.related.map((s) => s.title)).toEqual(FEED.slice(0, 2));
  });
});

describe('a docs site and a CMS of story elements', () => {
  it("a heading's zero-width header anchor is no part of it: the <h1> is the title, not a side menu's entry", () => {
    const page = `<aside class="VPSidebar"><div class="items"><div class="item is-active"><a href="/revue/vinamilk.html"><p class="text">${TITLE}</p></a></div><div class="item"><a href="/revue/autre.html"><p class="text">Autre revue de presse du mois</p></a></div></div></aside>
<main><div class="vp-doc"><h1 id="vinamilk" tabindex="-1">${TITLE} <a class="header-anchor" href="#vinamilk" aria-label="Permalink">\u200b</a></h1>
<div class="info custom-block"><p class="custom-block-title">SOURCE</p><p>Le Courrier du Vietnam (VNA/CVN), 30 mai 2024 à 09h12 — <a href="https://lecourrier.vn/vinamilk/1252719.html">article original</a></p></div>
<p><strong>${LEAD}</strong></p>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div></main>`;
    const url = 'https://veille.example.io/revue/vinamilk-figure-sur-la-liste-best-over-a-billion-de-forbes-asia.html';
    const r = extract(
      parseHtml(`<html><head><title>${TITLE} | Veille</title></head><body>${page}</body></html>`, url),
      url,
    );
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
  });

  it('"Lire aussi" in a box of its own between a photo and a crosshead is an inline story', () => {
    const el = (html: string) => `<div class="arr--element-container"><div>${html}</div></div>`;
    const page = `<h1 class="headline">${TITLE}</h1><h2 class="subheadline">${LEAD}</h2>
<div class="arr--hero-image"><figure><img src="https://img.example.com/hero.jpg" alt=""><figcaption><span class="attribution">Photo : VNA/CVN</span></figcaption></figure></div>
<div class="story-elements">${el(`<p>${BODY[0]}</p>`)}
<div class="arr--image-element"><figure><img src="https://img.example.com/usine.jpg" alt=""><figcaption>Une usine de Vinamilk.</figcaption></figure></div>
<div class="arr--also-read-element"><h5>Lire aussi</h5><a href="/prochain-festival-des-patrimoines-de-lunesco-vietnam-asean/116061.html"><h6>Prochain Festival des patrimoines de l'UNESCO Vietnam-ASEAN</h6></a></div>
${el('<h2>Une croissance durable</h2>')}${el(`<p>${BODY[1]}</p>`)}${el(`<p>${BODY[2]}</p>`)}</div>`;
    const url = 'https://lecourrier.vn/vinamilk-figure-sur-la-liste-best-over-a-billion-de-forbes-asia/1227365.html';
    const r = extract(parseHtml(`<html><head><title>${TITLE}</title></head><body>${page}</body></html>`, url), url);
    expect(r.article?.paragraphs.join(' ')).not.toContain('Lire aussi');
    expect(r.article?.paragraphs.join(' ')).not.toContain('Prochain Festival');
    expect(r.related.map((s) => s.title)).toContain("Prochain Festival des patrimoines de l'UNESCO Vietnam-ASEAN");
    expect(r.article?.captions).toContain('Une usine de Vinamilk.');
  });
});
