// Standfirsts said twice, furniture lines, dates and captions.
// What blind round 9's pages taught (markups nobody tuned for: a Contao byline, a Grav <time>, a
// Pelican byline inside the story's box, an FPT-style page that repeats its standfirst after the
// dateline, an October CMS comment list). Each test fails on the code before its rule; the last
// ones say what each rule leaves alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { isNonStoryLine } from '../../lib/extract/non-story-lines';
import { parseHtml } from './helpers';

const URL = 'https://lecourrier.vn/vietnam-angola-renforcement-de-la-solidarite/1252719.html';
const TITLE = "Vietnam - Angola : renforcement de la solidarité, de l'amitié et de la coopération";
// dev item vietnam-angola-renforcement-de-la-solida…, as stored
const LEAD =
  'Une délégation du Parti communiste du Vietnam (PCV), conduite par Nguyên Trong Nghia, membre du Politburo, a effectué une visite de travail en Angola du 26 au 29 mai.';
const BODY = [
  'Luanda (VNA) – Lors de ses entretiens, Nguyên Trong Nghia a affirmé que le Vietnam attachait toujours de l’importance aux relations avec l’Angola.',
  'Les deux parties ont convenu de renforcer les échanges de délégations à tous les niveaux et de partager leurs expériences dans la formation des cadres.',
  'La délégation a également rencontré la communauté vietnamienne en Angola et visité plusieurs entreprises vietnamiennes qui y travaillent.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const run = (inside: string, after = '') => {
  const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><main><article>${inside}</article>${after}<aside><h3>Les plus lus</h3></aside></main></body></html>`;
  return extract(parseHtml(html, URL), URL).article;
};

describe('the standfirst said again in the body', () => {
  it('is the story’s own paragraph after the dateline’s', () => {
    const a = run(
      `<h1>${TITLE}</h1><p class="description">${LEAD}</p><div class="fck_detail"><p>${BODY[0]}</p><p>${LEAD}</p><p>${BODY[1]}</p><p>${BODY[2]}</p></div>`,
    );
    expect(a?.lead).toBe(LEAD);
    expect(a?.paragraphs).toEqual([BODY[0], LEAD, BODY[1], BODY[2]]);
  });

  it('is the lead read twice before it', () => {
    const a = run(
      `<h1>${TITLE}</h1><p class="description">${LEAD}</p><div class="fck_detail"><p>${LEAD}</p>${paras}</div>`,
    );
    expect(a?.paragraphs).toEqual(BODY);
  });
});

describe('furniture lines between the title and the story', () => {
  it('a dotted date with its byline and its update is a date line', () => {
    expect(isNonStoryLine('17.11.2025 08:40 par (Mis à jour : 18.11.2025 14:05)')).toBe(true);
    expect(isNonStoryLine('17.11.2025 08:40 par Rédaction Sports')).toBe(true);
    // a sentence is the story's, dates or not
    expect(isNonStoryLine('17.11.2025 : le ministre a signé un accord de 1.5 milliard de dollars. Il a ajouté')).toBe(
      false,
    );
  });

  it('a tag list’s label left alone once its links are gone is no paragraph', () => {
    const a = run(
      `<h1>${TITLE}</h1><div class="teaser"><p><strong>${LEAD}</strong></p></div>${paras}<div class="mod_newstags"><span class="label">Mots-clés :</span><ul><li><a href="/tags/angola.html">Angola</a></li><li><a href="/tags/pcv.html">PCV</a></li></ul></div>`,
    );
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('a label before the story’s own quote stays', () => {
    const a = run(
      `<h1>${TITLE}</h1>${paras}<div><p>Il a déclaré :</p><blockquote><p>${BODY[1]}</p></blockquote></div>`,
    );
    expect(a?.paragraphs).toContain('Il a déclaré :');
  });

  it('an embedded post of a social network is not the story’s text', () => {
    const a = run(
      `<h1>${TITLE}</h1>${paras}<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Le PCV en Angola : une visite de travail du 26 au 29 mai. <a href="https://t.co/x">pic.x.com/x</a></p>— Le Courrier du Vietnam (@lecourrier_vn) 29 mai 2024</blockquote>`,
    );
    expect(a?.paragraphs).toEqual(BODY);
  });
});

describe('the date', () => {
  it('takes its hour from the line’s own <time datetime> when that says the same day', () => {
    // (the title's box beside the story's, in no <article> or <main>, with its tags, as a Grav page
    // has it: a tag of three words reads as another story's link)
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><div id="item"><div class="content-title"><h2>${TITLE}</h2><span class="blog-date"><time datetime="2024-05-30T07:30:00+07:00">Publié le 30 mai 2024</time><span> Mis à jour le 31 mai 2024 à 08h10</span></span><span class="tags"><a href="/monde/tag:parti-communiste-du-vietnam">Parti communiste du Vietnam</a></span></div><div class="e-content">${paras}</div></div><div class="sidebar"><h3>Les plus lus</h3></div></body></html>`;
    const a = extract(parseHtml(html, URL), URL).article;
    expect(a?.published).toBe('2024-05-30T07:30:00+07:00');
  });

  it('a marked date inside the story’s box, beside a "Lire aussi" link, is the story’s', () => {
    // (the item's stored paragraphs: a story's box holds more text than a teaser's)
    const stored = [
      "Dans le cadre de sa visite, Nguyên Trong Nghia a eu une entrevue avec le secrétaire général du parti au pouvoir, le Mouvement populaire de libération de l'Angola (MPLA), Paulo Pombolo. Il s'est entretenu avec Manuel Domigos Augusto, secrétaire chargé des relations internationales du MPLA et Esteves Carlos Hilário, secrétaire chargé de l'information et des communications du MPLA.",
      "Nguyên Trong Nghia a souligné que cette visite avait pour objectif de promouvoir la solidarité, l'amitié et la coopération traditionnelle entre les Partis, les États et les peuples du Vietnam et de l'Angola, ainsi que de célébrer le 50e anniversaire de l'établissement de leurs relations diplomatiques en 2025.",
    ];
    const a = run(
      `<header><h1>${TITLE}</h1></header><div class="entry-content"><footer class="post-info"><abbr class="published" title="2024-05-30T09:40:00+07:00">Publié le jeu. 30 mai 2024</abbr></footer>${paras}${stored.map((p) => `<p>${p}</p>`).join('')}<p>Lire aussi : <a href="https://lecourrier.vn/le-vietnam-et-langola-renforcent-leur-cooperation/1252000.html">Le Vietnam et l’Angola renforcent leur coopération</a></p><div class="comments"><p><time datetime="2024-05-31T08:12:44+07:00">31 mai 2024</time> Belle visite.</p></div></div>`,
    );
    expect(a?.published).toBe('2024-05-30T09:40:00+07:00');
  });
});

describe('captions', () => {
  it('a commenter’s picture is no photo, and the comment no caption', () => {
    const photo = '<div class="caption"><p>Nguyên Trong Nghia à Luanda.</p></div>';
    const a = run(
      // (the post's box holds the story and its comments, as an October CMS blog post has it)
      `<h1>${TITLE}</h1><div class="post-content"><div class="content">${paras}<div class="thumbnail"><img src="/storage/app/media/luanda.jpg" alt="">${photo}</div></div><div class="media comment"><div class="media-left"><img class="media-object img-circle" src="/plugins/comments/user.png" alt="" width="48" height="48"></div><div class="media-body"><p>Belle visite, une amitié solide.</p></div></div></div>`,
    );
    expect(a?.captions).toEqual(['Nguyên Trong Nghia à Luanda.']);
  });
});

// A second reader's probes of these rules: each was wrong right after they landed (533a904).
describe('what the rules leave alone', () => {
  const li = (xs: string[]) => `<ul>${xs.map((x) => `<li>${x}</li>`).join('')}</ul>`;

  it('a story line with a number written with a dot is no date line', () => {
    const lines = [
      'Au 30/06/2024 : 1.250 millions de dollars d’échanges',
      '26.05.2024 – Signature d’un accord de 1.5 million de dollars',
      '18.11.2025 par 1.200 voix contre 300 : adoption de la loi',
    ];
    const a = run(`<h1>${TITLE}</h1>${paras}<p>Les étapes clés de la coopération :</p>${li(lines)}`);
    for (const line of lines) expect(a?.paragraphs).toContain(line);
  });

  it('the lead again in a box after the story is no paragraph', () => {
    const a = run(
      `<h1>${TITLE}</h1><p class="sapo">${LEAD}</p><div class="content">${paras}</div><div class="share-box"><p>${LEAD}</p></div>`,
    );
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('a photo declared with an aspect ratio, an empty size or AMP’s layout keeps its caption', () => {
    for (const media of [
      '<img src="/media/luanda.jpg" width="4" height="3" alt="">',
      '<img src="/media/luanda.jpg" width="" height="" alt="">',
      '<amp-img src="/media/luanda.jpg" width="16" height="9" layout="responsive"></amp-img>',
      '<img src="/media/2024/avatar-la-voie-de-l-eau-hanoi.jpg" alt="">',
    ]) {
      const a = run(
        `<h1>${TITLE}</h1><div class="content"><p>${BODY[0]}</p><figure>${media}<p><em>Nguyên Trong Nghia reçu par le MPLA à Luanda.</em></p></figure><p>${BODY[1]}</p><p>${BODY[2]}</p></div>`,
      );
      expect(a?.captions, media).toEqual(['Nguyên Trong Nghia reçu par le MPLA à Luanda.']);
    }
  });

  it('a <time> gives no hour it does not state, nor an update’s', () => {
    const at = (time: string) => {
      const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><div id="item"><div class="content-title"><h2>${TITLE}</h2><span class="blog-date">${time}</span><span class="tags"><a href="/monde/tag:parti-communiste-du-vietnam">Parti communiste du Vietnam</a></span></div><div class="e-content">${paras}</div></div></body></html>`;
      return extract(parseHtml(html, URL), URL).article?.published;
    };
    expect(at('<time datetime="2024-05-30">Publié le 30 mai 2024</time>')).toBe('2024-05-30T00:00:00+07:00');
    expect(at('<time datetime="2024-05-30T00:00:00Z">Publié le 30 mai 2024</time>')).toBe('2024-05-30T00:00:00+07:00');
    // (an update's hour is never the publication's)
    expect(at('Publié le 30 mai 2024 · <time datetime="2024-05-30T18:40:00+07:00">mis à jour à 18h40</time>')).not.toBe(
      '2024-05-30T18:40:00+07:00',
    );
  });

  it('a teaser’s date in a card set among the story’s paragraphs is not the story’s', () => {
    const card = `<div class="rel-item">\n        <h3><a href="/le-vietnam-et-l-angola-renforcent/1252010.html">Le Vietnam et l’Angola renforcent leur coopération</a></h3>\n        <div class="meta"><time datetime="2024-01-12T08:00:00+07:00">12/01/2024</time></div>\n        <p>Résumé court de l’article sur la coopération bilatérale entre les deux pays.</p>\n      </div>`;
    const url = 'https://lecourrier.vn/2024/05/30/vietnam-angola/1252719.html';
    const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1><div class="content"><p>${BODY[0]}</p><div class="lire-aussi">${card}</div><p>${BODY[1]}</p><p>${BODY[2]}</p></div></article></main></body></html>`;
    expect(extract(parseHtml(html, url), url).article?.published).not.toBe('2024-01-12T08:00:00+07:00');
  });

  it('a speaker’s label stays; embedded posts in other markups go', () => {
    const a = run(
      `<h1>${TITLE}</h1>${paras}<div><p><strong>Nguyên Trong Nghia :</strong></p><ul><li><a href="/video/123.html">Voir la vidéo de l’entretien complet</a></li></ul></div><blockquote class="bluesky-embed"><p lang="fr">La délégation du PCV est arrivée à Luanda.</p>— Le Courrier (@lecourrier.bsky.social) 29 mai 2024</blockquote><amp-twitter width="375" height="472" layout="responsive" data-tweetid="1"><blockquote placeholder><p>Le PCV en Angola, une visite de travail.</p></blockquote></amp-twitter>`,
    );
    expect(a?.paragraphs).toEqual([...BODY, 'Nguyên Trong Nghia :']);
  });
});
