// Tool lines, bylines and inline "Voir aussi" links around the story; teasers' dates.
// What blind round 10's pages taught (an FPT-style ">> Voir aussi :" line, a Java portal's
// "Date : 27-12-2024 18:47:05" tool line, a Textpattern byline and tag line, a cookie banner, a
// Contao teaser whose first paragraph is its date). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const URL = 'https://lecourrier.vn/vietnam-angola-renforcement-de-la-solidarite/1252719.html';
const TITLE = "Vietnam - Angola : renforcement de la solidarité, de l'amitié et de la coopération";
const BODY = [
  'Luanda (VNA) – Lors de ses entretiens, Nguyên Trong Nghia a affirmé que le Vietnam attachait toujours de l’importance aux relations avec l’Angola.',
  'Les deux parties ont convenu de renforcer les échanges de délégations à tous les niveaux et de partager leurs expériences dans la formation des cadres.',
  'La délégation a également rencontré la communauté vietnamienne en Angola et visité plusieurs entreprises vietnamiennes qui y travaillent.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) =>
  `<html lang="fr"><head><title>${TITLE}</title></head><body>${body}<div class="sidebar"><h3>Les plus lus</h3></div></body></html>`;
const read = (body: string) => extract(parseHtml(page(body), URL), URL);

describe('lines around the story', () => {
  it('">> Voir aussi :" before a link among the paragraphs is an inline related story', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p><p><em>&gt;&gt; Voir aussi :</em> <a href="https://lecourrier.vn/le-vietnam-et-langola-renforcent-leur-cooperation/1252000.html">Le Vietnam et l’Angola renforcent leur coopération</a></p><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    );
    expect(r.related.filter((s) => s.origin === 'inline').map((s) => s.title)).toEqual([
      'Le Vietnam et l’Angola renforcent leur coopération',
    ]);
    expect(r.article?.paragraphs).toEqual(BODY);
    // (and an arrow alone, as Textpattern's "voir-aussi" paragraph writes it)
    const arrow = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p><p class="voir-aussi">&rarr; <a href="https://fr.vietnamplus.vn/economie/110301/la-cooperation-vietnam-suisse-a-le-vent-en-poupe">La coopération Vietnam - Suisse a le vent en poupe</a></p><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    );
    expect(arrow.related.filter((s) => s.origin === 'inline').map((s) => s.title)).toEqual([
      'La coopération Vietnam - Suisse a le vent en poupe',
    ]);
  });

  it('a portal’s tool line "Date : 27-12-2024 18:47:05 | Vues : …" under the title gives the date, seconds too', () => {
    const r = read(
      `<table><tr><td><h1>${TITLE}</h1></td></tr><tr><td class="detail-date">Date : 27-12-2024 18:47:05 (GMT+7) &nbsp;|&nbsp; Lượt xem / Vues : 1.284 &nbsp;|&nbsp; <a href="javascript:printNews()">In / Imprimer</a></td></tr><tr><td>${paras}</td></tr></table>`,
    );
    expect(r.article?.published).toBe('2024-12-27T18:47:05+07:00');
  });

  it('a byline "Posté le dimanche …", a tag line and a cookie banner are no paragraphs', () => {
    const r = read(
      `<div class="cookies">Nous utilisons des cookies. <button>D’accord</button></div><article><h1>${TITLE}</h1><p><strong>Posté le</strong> dimanche 11 novembre 2018 · <strong>Rubrique</strong> <a href="/monde/">Monde</a></p>${paras}<p class="article-tags"><strong>Mots-clés</strong> <a href="/tag/angola/">Angola</a>, <a href="/tag/nguyen-trong-nghia/">Nguyên Trong Nghia</a>, <a href="/tag/pcv/">PCV</a></p></article>`,
    );
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('teasers', () => {
  it('a teaser’s date paragraph is not its summary, and an alt repeating its headline no caption', () => {
    const card = (n: number) =>
      `<div class="layout_latest"><p class="info"><time datetime="2025-11-1${n}T16:20:00+07:00">1${n}.11.2025</time></p><figure><a href="/sports/equipe-${n}-qualifiee-pour-la-phase-finale-continentale.html"><img src="/f${n}.jpg" alt="L’équipe ${n} du Vietnam qualifiée pour la phase finale continentale"></a></figure><h2><a href="/sports/equipe-${n}-qualifiee-pour-la-phase-finale-continentale.html">L’équipe ${n} du Vietnam qualifiée pour la phase finale continentale</a></h2><div class="teaser"><p>Le football vietnamien a connu une année historique avec la qualification de ses équipes nationales.</p></div></div>`;
    const r = read(
      `<article><h1>${TITLE}</h1>${paras}</article><section class="mod_newslist"><h2>Dans la même rubrique</h2>${[1, 2, 3].map(card).join('')}</section>`,
    );
    const feed = r.related.filter((s) => s.origin === 'feed');
    expect(feed).toHaveLength(3);
    for (const t of feed) {
      expect(t.summary).toBe(
        'Le football vietnamien a connu une année historique avec la qualification de ses équipes nationales.',
      );
      expect(t.caption).toBeNull();
    }
  });
});

// A sixth reader's probes of these rules: each was wrong right after they landed (dcf3946).
describe('what the rules leave alone', () => {
  const story = (between: string, head = '') =>
    read(`${head}<article><h1>${TITLE}</h1>${between}${paras}</article>`).article;

  it('story sentences about cookies, and a "Sujets :" sentence of links, stay', () => {
    const cookies = [
      'Les cookies traditionnels du Têt sont utilisés comme offrandes sur l’autel des ancêtres.',
      'Les biscuits et cookies de Bảo Minh, acceptés dans 12 pays, ont séduit les visiteurs.',
    ];
    // (after the dateline's paragraph: a short line before it may be the standfirst)
    const after = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p>${cookies.map((p) => `<p>${p}</p>`).join('')}<p>${BODY[1]}</p></article>`,
    ).article;
    expect(after?.paragraphs).toEqual([BODY[0], ...cookies, BODY[1]]);
    const a = story(
      `<p>Sujets : <a href="https://lecourrier.vn/la-mer-orientale/1252001.html">la mer Orientale</a>, <a href="https://lecourrier.vn/asean/1252002.html">l’ASEAN</a> et <a href="https://lecourrier.vn/mekong/1252003.html">le Mékong</a>.</p>`,
    );
    expect(a?.paragraphs[0]).toBe('Sujets : la mer Orientale, l’ASEAN et le Mékong.');
  });

  it('a tool line with its time and a count, and a related box’s longer label, are no story', () => {
    expect(story('<div class="info">18/02/2017 10:15 | Vues : 1.284 | Imprimer</div>')?.paragraphs).toEqual(BODY);
    const a = read(
      `<article><h1>${TITLE}</h1>${paras}<div class="rel"><span>Sur le même sujet :</span><ul><li><a href="https://fr.vietnamplus.vn/x-post5555.vnp">Hanoï accueille le forum des entreprises françaises</a></li></ul></div></article>`,
    ).article;
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('a reference number or an event’s "Date :" under the title is not the story’s date', () => {
    expect(story('<div class="ref">Réf. dossier : 12-11-2023</div>')?.published ?? null).toBeNull();
    expect(
      story(
        '<div class="event">Forum d’affaires Vietnam-France — Date : 15-06-2025 — Lieu : Centre national des congrès, Hanoï — Inscription ouverte</div>',
      )?.published ?? null,
    ).toBeNull();
  });

  it('a meta tag at midnight UTC is that instant; a <time> that says publication and update keeps its hour', () => {
    const meta = extract(
      parseHtml(
        `<html lang="fr"><head><title>${TITLE}</title><meta property="article:published_time" content="2024-05-30T00:00:00Z"></head><body><article><h1>${TITLE}</h1>${paras}</article></body></html>`,
        URL,
      ),
      URL,
    ).article;
    expect(meta?.published).toBe('2024-05-30T07:00:00+07:00');
    expect(
      story(
        '<div class="info"><time datetime="2024-05-30T10:15:00+07:00">Publié le 30/05/2024, modifié à 11h</time></div>',
      )?.published,
    ).toBe('2024-05-30T10:15:00+07:00');
  });

  it('an author’s small square picture gives no caption', () => {
    const a = story(
      '<div class="author"><img src="/images/authors/nguyen-van-a.jpg" width="80" height="80" alt="Nguyen Van A"><span>Nguyen Van A</span></div><div class="author"><amp-img src="/uploads/tac-gia/tran-b.jpg" width="40" height="40" layout="fixed" alt="Tran Thi B"></amp-img><span>Tran Thi B</span></div>',
    );
    expect(a?.captions).toEqual([]);
  });
});
