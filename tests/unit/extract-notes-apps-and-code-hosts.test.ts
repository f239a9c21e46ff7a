// Blind round 28's pages, in small: a code host's view of a Markdown copy (its file name in a heading
// for screen readers), a notes app's published page (the headline in a box its class names, the
// owner's words and hashtags), a newsletter's author box, an association site's credit line, a
// web-component app's image element. Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'La Moldavie apprécie ses relations d’amitié traditionnelles avec le Vietnam';
const LEAD =
  'L’ambassadeur du Vietnam en Ukraine et en Moldavie est venu le 18 mai présenter ses lettres de créance au président moldave.';
const BODY = [
  'Chisinau (VNA) – Le président moldave a apprécié les relations d’amitié traditionnelles entre les deux pays, lors de la cérémonie de présentation des lettres de créance.',
  'Les deux parties ont convenu de renforcer les échanges de délégations à tous les niveaux et de promouvoir la coopération dans l’agriculture et l’éducation.',
  'L’ambassadeur a affirmé que le Vietnam souhaitait approfondir ses liens avec la Moldavie, un partenaire traditionnel en Europe de l’Est.',
];
const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (head: string, body: string, url: string) =>
  extract(parseHtml(`<html lang="fr"><head>${head}</head><body>${body}</body></html>`, url), url);

describe('a code host’s view of a Markdown copy', () => {
  it('its file name in a heading for screen readers is no headline; the Markdown’s own heading is', () => {
    const url =
      'https://github.com/ngoc-anh/corpus/blob/main/2018/la-moldavie-apprecie-ses-relations-damitie-traditionnelles-avec-le-vietnam-103322.md';
    const r = read(
      '<title>corpus/2018/la-moldavie-apprecie-ses-relations-damitie-traditionnelles-avec-le-vietnam-103322.md at main · ngoc-anh/corpus · GitHub</title>',
      `<h1 class="sr-only">la-moldavie-apprecie-ses-relations-damitie-traditionnelles-avec-le-vietnam-103322.md</h1><article class="markdown-body"><h1 class="heading-element">${TITLE}</h1><p><strong>${LEAD}</strong></p>${paragraphs}</article>`,
      url,
    );
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
  });
});

describe('a notes app’s published page', () => {
  it('takes the box its class names the article’s heading; the owner’s copy note and the hashtags are no story', () => {
    const r = read(
      `<title>${TITLE} - Carnet Vietnam - Obsidian Publish</title>`,
      `<div class="markdown-preview-sizer"><div class="mod-header"><div class="publish-article-heading">${TITLE}</div><div class="metadata-container"><div class="metadata-property-key">source</div><div class="metadata-property-key">pays</div></div></div><div class="callout"><div class="callout-content"><p>Copie intégrale pour mes révisions. Voir aussi la page Moldavie.</p></div></div><div class="el-p"><p><strong>${LEAD}</strong></p></div>${BODY.map((p) => `<div class="el-p"><p>${p}</p></div>`).join('')}<div class="el-p"><p>#presse/vnp #diplomatie</p></div></div>`,
      'https://publish.obsidian.md/carnet-vietnam/Presse/la-moldavie',
    );
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('copies’ furniture', () => {
  it('an author’s picture beside the byline is no photo: her name and the date are no caption', () => {
    const r = read(
      `<title>${TITLE}</title>`,
      `<h1>${TITLE}</h1><div class="byline"><img src="https://media.exemple.com/uploads/user/profile_picture/c-tran.jpg" alt="Author" class="h-10 w-10 rounded-full"/><div><span>Camille Trân</span><span>Mar 14, 2025</span></div></div><p><strong>${LEAD}</strong></p>${paragraphs}`,
      'https://lettre.exemple.com/p/la-moldavie',
    );
    expect(r.article?.captions).toEqual([]);
  });

  it('"Article repris du Courrier du Vietnam, que nous remercions." is the copier’s, not the standfirst', () => {
    const r = read(
      `<title>${TITLE}</title>`,
      `<h1>${TITLE}</h1><p><em>Article repris du <a href="https://lecourrier.vn/x/127070.html">Courrier du Vietnam</a>, que nous remercions. Nos adhérents étaient présents.</em></p><p><strong>${LEAD}</strong></p>${paragraphs}`,
      'https://association.exemple.fr/news/la-moldavie/',
    );
    expect(r.article?.lead).toBe(LEAD);
  });

  it('a web component’s image element (Polymer’s <iron-image>) is a photo: its caption is the story’s', () => {
    const caption = 'Le ministre moldave des Affaires étrangères. Photo:rferl.org';
    const r = read(
      `<title>${TITLE}</title>`,
      `<article><h1 class="article__title">${TITLE}</h1><h2 class="article__sapo">${LEAD}</h2><vnp-figure class="article__figure"><iron-image src="https://media.vietnamplus.vn/images/fr/moldavie.jpg" alt=""></iron-image><div class="caption" slot="caption">${caption}</div></vnp-figure><div class="article__body">${paragraphs}</div></article>`,
      'https://fr.vietnamplus.vn/la-moldavie-apprecie-ses-relations/103322.vnp',
    );
    expect(r.article?.captions).toEqual([caption]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});
