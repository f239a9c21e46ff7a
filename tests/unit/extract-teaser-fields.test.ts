// A teaser's fields in markups nobody tuned for: its date as the card shows it, its caption, and
// the article's own date line. What blind rounds 52 and 53 taught (cards of an Arc site, a
// Bootstrap portal with a clock icon, a Nhân Dân-like <time> without its machine date, a script's
// data-published card, a table's visible caption, credit-only and file-name alts). Each test
// fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const URL = 'https://fr.vietnamplus.vn/hanoi-accueille-le-forum-des-villes-creatives-post214900.vnp';
const TITLE = 'Hanoï accueille le forum des villes créatives de l’UNESCO';
const BODY = [
  'Hanoï (VNA) – Le forum des villes créatives de l’UNESCO s’est ouvert mardi à Hanoï en présence de délégués de 40 pays, a annoncé le Comité populaire municipal.',
  'Les participants ont échangé leurs expériences dans la préservation du patrimoine culturel et le développement des industries culturelles.',
  'À cette occasion, Hanoï a présenté ses projets de design et d’artisanat, dont les villages de métiers traditionnels de la banlieue.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const TEASERS = [
  [
    'https://fr.vietnamplus.vn/foyer-vietnam-un-lieu-de-rendez-vous-post214860.vnp',
    'Foyer Vietnam, un lieu de rendez-vous des Vietnamiens de France',
  ],
  [
    'https://fr.vietnamplus.vn/ouverture-du-festival-du-village-de-sen-post210021.vnp',
    'Ouverture du festival du village de Sen à Nghê An',
  ],
  [
    'https://fr.vietnamplus.vn/la-fete-culturelle-de-bac-lieu-post199871.vnp',
    'La fête culturelle et touristique de Bac Lieu met en valeur le patrimoine',
  ],
] as const;
const page = (article: string, feed: string) =>
  `<html lang="fr"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${article}${paras}</article><section class="related"><h2>Lire aussi</h2>${feed}</section></body></html>`;
const feedOf = (cards: string, article = '') =>
  extract(parseHtml(page(article, cards), URL), URL).related.filter((r) => r.origin === 'feed');
/** The article of a page that holds only this story's HTML after its headline. */
const readStory = (html: string) =>
  extract(
    parseHtml(
      `<html lang="fr"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${html}</article></body></html>`,
      URL,
    ),
    URL,
  ).article;
const cards = (card: (url: string, title: string, n: number) => string) =>
  TEASERS.map(([url, title], n) => card(url, title, n)).join('');

describe('a teaser’s date as its card shows it', () => {
  it('written out ("20 mars 2017"), after an icon, in a <time> without its machine date, dashed', () => {
    const written = feedOf(
      cards(
        (u, t, n) =>
          `<div class="item"><a href="${u}"><h3>${t}</h3></a><span class="c-date">2${n} mars 2017</span></div>`,
      ),
    );
    expect(written.map((r) => r.published?.slice(0, 10))).toEqual(['2017-03-20', '2017-03-21', '2017-03-22']);
    const icon = feedOf(
      cards(
        (u, t, n) =>
          `<div class="row"><small class="text-muted"><i class="far fa-clock"></i> Mis à jour le 1${n}/04/2014 à 15h20</small><h5><a href="${u}">${t}</a></h5></div>`,
      ),
    );
    expect(icon.map((r) => r.published)).toEqual([
      '2014-04-10T15:20:00+07:00',
      '2014-04-11T15:20:00+07:00',
      '2014-04-12T15:20:00+07:00',
    ]);
    const time = feedOf(
      cards(
        (u, t, n) =>
          `<article class="story"><h3><a href="${u}">${t}</a></h3><div class="meta"><time>1${n}-08-2015</time></div></article>`,
      ),
    );
    expect(time.map((r) => r.published?.slice(0, 10))).toEqual(['2015-08-10', '2015-08-11', '2015-08-12']);
  });

  it('kept only in a card’s data attribute when it shows none; a flag there is no date', () => {
    const kept = feedOf(
      cards(
        (u, t, n) =>
          `<article class="vp-card" data-published="2021-11-0${n + 3}T08:30:00+07:00"><a class="vp-link" href="${u}"><h4>${t}</h4></a></article>`,
      ),
    );
    expect(kept.map((r) => r.published)).toEqual([
      '2021-11-03T08:30:00+07:00',
      '2021-11-04T08:30:00+07:00',
      '2021-11-05T08:30:00+07:00',
    ]);
    const flag = feedOf(cards((u, t) => `<article data-published="true"><a href="${u}"><h4>${t}</h4></a></article>`));
    expect(flag.map((r) => r.published)).toEqual([null, null, null]);
  });
});

describe('a teaser’s caption', () => {
  it('is a line shown under its picture that ends on the credit; an alt that credits alone or names a file is none', () => {
    const shown = feedOf(
      cards(
        (u, t) =>
          `<div class="row"><div class="pic"><img src="/t.jpg" alt=""><p class="cap">Le Foyer Vietnam est le sponsor principal de l’événement annuel Ici Vietnam Festival à Paris. Photo : VNA</p></div><a href="${u}">${t}</a></div>`,
      ),
    );
    expect(shown.map((r) => r.caption)).toEqual(
      Array(3).fill(
        'Le Foyer Vietnam est le sponsor principal de l’événement annuel Ici Vietnam Festival à Paris. Photo : VNA',
      ),
    );
    const alts = ['Photo: VNA', "Photo d'illustration : VNA", '411473.jpg'];
    const bare = feedOf(
      cards((u, t, n) => `<div class="card"><img src="/t${n}.jpg" alt="${alts[n]}"><a href="${u}">${t}</a></div>`),
    );
    expect(bare.map((r) => r.caption)).toEqual([null, null, null]);
  });
});

describe('the article’s date line', () => {
  it('an info line that opens on an ISO date and time gives the date and is no paragraph', () => {
    const a = extract(
      parseHtml(
        page(
          '<div class="ainfo"><span id="apublishtime">2025-02-14 09:20:31</span>&nbsp;&nbsp;<span>Source : VNA/CVN</span>&nbsp;&nbsp;<span>Rédacteur : Hông Ha</span> <span>Taille : <a href="#">Grande</a> <a href="#">Petite</a></span></div>',
          '',
        ),
        URL,
      ),
      URL,
    ).article;
    expect(a?.published).toBe('2025-02-14T09:20:31+07:00');
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('a dashed date with its weekday and time ("Dimanche 01-11-2015, 19:32")', () => {
    const a = extract(
      parseHtml(page('<div class="date_detail">Dimanche 01-11-2015, 19:32</div>', ''), URL),
      URL,
    ).article;
    expect(a?.published).toBe('2015-11-01T19:32:00+07:00');
  });
});

describe('the standfirst a description names', () => {
  const withDescription = (first: string) =>
    extract(
      parseHtml(
        `<html lang="fr"><head><title>${TITLE}</title><meta name="description" content="${BODY[0]}"></head><body><article><h1>${TITLE}</h1><div class="content">${first}<p>${BODY[1]}</p><p>${BODY[2]}</p></div></article></body></html>`,
        URL,
      ),
      URL,
    ).article;

  it('is not the body’s first plain paragraph, which the CMS copied into the description', () => {
    const a = withDescription(`<p>${BODY[0]}</p>`);
    expect(a?.lead).toBeNull();
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('is that paragraph when it is set apart in bold', () => {
    const a = withDescription(`<p><strong>${BODY[0]}</strong></p>`);
    expect(a?.lead).toBe(BODY[0]);
  });
});

describe('tool lines by the story', () => {
  it('tags of several words and a count of readings are no paragraphs; a sentence with a hashtag stays', () => {
    expect(readStory(`${paras}<div class="tags">#Patrimoine culturel #Thang Long #UNESCO</div>`)?.paragraphs).toEqual(
      BODY,
    );
    expect(readStory(`<div class="views">1 254 lectures</div>${paras}`)?.paragraphs).toEqual(BODY);
    const sentence = 'La campagne #HanoiCreative a réuni 3.000 jeunes créateurs venus de tout le pays samedi.';
    expect(readStory(`${paras}<p>${sentence}</p>`)?.paragraphs).toEqual([...BODY, sentence]);
  });
});

// A second reader's probes of the rules above (R31): each was wrong right after they landed.
describe('what the teaser and date-line rules leave alone', () => {
  const one = (card: string) => feedOf(cards((u, t) => card.replaceAll('URL', u).replaceAll('TITLE', t)))[0];

  it('an alt that says what the photo shows after its label is a caption; a summary that ends on a credit is a summary', () => {
    expect(
      one('<div class="card"><img src="/t.jpg" alt="Photo : des touristes à Hoi An"><a href="URL">TITLE</a></div>')
        ?.caption,
    ).toBe('Photo : des touristes à Hoi An');
    expect(
      one('<div class="card"><img src="/t.jpg" alt="Photos : le Têt à Hanoï"><a href="URL">TITLE</a></div>')?.caption,
    ).toBe('Photos : le Têt à Hanoï');
    const sapo = 'Le Premier ministre a inauguré le pont de Rach Mieu 2 dans la province de Ben Tre. Photo : VNA';
    const t = one(
      `<div class="card"><div class="pic"><img src="/t.jpg" alt=""></div><div class="body"><h3><a href="URL">TITLE</a></h3><div class="sapo">${sapo}</div></div></div>`,
    );
    expect([t?.summary, t?.caption]).toEqual([sapo, null]);
  });

  it('a <time> that shows a longer line is no summary; a date in history or after another word is no teaser’s date', () => {
    const t = one(
      '<div class="item"><h3><a href="URL">TITLE</a></h3><time>Publié le 20/03/2017 à 10h30 | Mis à jour le 20/03/2017 à 11h45</time></div>',
    );
    expect([t?.summary, t?.published]).toEqual([null, '2017-03-20T10:30:00+07:00']);
    expect(
      one('<div class="item"><h3><a href="URL">TITLE</a></h3><div>30 avril 1975</div></div>')?.published,
    ).toBeNull();
    expect(
      one('<div class="item"><h3><a href="URL">TITLE</a></h3><span>Réf. 12-11-2023</span></div>')?.published,
    ).toBeNull();
    expect(
      one('<div class="item"><h3><a href="URL">TITLE</a></h3><span>Publié le 11-08-2015</span></div>')?.published,
    ).toBe('2015-08-11T00:00:00+07:00');
  });

  it('a crosshead with hashtags and a chronology of ISO dates stay the story’s; a reference under the title dates nothing', () => {
    const crosshead = '#MeToo et #BalanceTonPorc en Asie';
    expect(readStory(`${paras}<h3>${crosshead}</h3><p>${BODY[1]}</p>`)?.paragraphs).toContain(crosshead);
    const chronology = ["2020-08-01 : entrée en vigueur de l'EVFTA", "2019-06-30 : signature de l'accord à Hanoï"];
    expect(readStory(`${paras}<ul>${chronology.map((c) => `<li>${c}</li>`).join('')}</ul>`)?.paragraphs).toEqual([
      ...BODY,
      ...chronology,
    ]);
    expect(readStory(`<p>Réf. 12-11-2023</p>${paras}`)?.published).toBeNull();
  });
});

describe('readers’ comment boxes', () => {
  it('are named by a whole word of their class: a column filed under "commentaire" keeps its editor’s note', () => {
    const note =
      'Note de la rédaction : cet article a été mis à jour le 14 mars avec la réaction du ministère des Affaires étrangères.';
    const after = [
      'Les pays de l’ASEAN et la Chine poursuivent par ailleurs les négociations sur un Code de conduite en mer Orientale, qui devrait être conclu bientôt.',
      'Le porte-parole a enfin réaffirmé l’attachement du Vietnam à la paix, à la stabilité et à la liberté de navigation dans la région.',
    ];
    const url = 'https://example.com/2024/03/mer-orientale/';
    for (const cls of ['post type-post category-commentaire', 'post has-comments']) {
      const a = extract(
        parseHtml(
          `<html lang="fr"><head><title>${TITLE}</title></head><body><article class="${cls}"><h1>${TITLE}</h1><p>${BODY[0]}</p><p>${note}</p><p>${BODY[1]}</p><h3>Remarques</h3>${after.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
          url,
        ),
        url,
      ).article;
      expect(a?.paragraphs).toContain(note);
    }
  });
});

describe('a feed written as a definition list', () => {
  it('each <dt> link with its <dd>s, date and summary; their dates are not the article’s', () => {
    const list = TEASERS.map(
      ([u, t], n) =>
        `<dt><a href="${u}">${t}</a></dt><dd class="date">1${n} avril 2025 à 09h45</dd><dd class="sapo">Durant cette visite, la délégation rencontrera des représentants du Comité populaire de la ville de Dà Nang.</dd>`,
    ).join('');
    const r = extract(
      parseHtml(
        `<html lang="fr"><head><title>${TITLE}</title></head><body><div id="content"><h1>${TITLE}</h1>${paras}</div><div class="other"><h3>Dans la même rubrique</h3><dl class="list_other">${list}</dl></div></body></html>`,
        URL,
      ),
      URL,
    );
    const feed = r.related.filter((s) => s.origin === 'feed');
    expect(feed.map((s) => s.title)).toEqual(TEASERS.map(([, t]) => t));
    expect(feed.map((s) => s.published)).toEqual([
      '2025-04-10T09:45:00+07:00',
      '2025-04-11T09:45:00+07:00',
      '2025-04-12T09:45:00+07:00',
    ]);
    expect(feed[0]?.summary).toMatch(/^Durant cette visite/);
    expect(r.article?.published ?? null).toBeNull();
    expect(r.article?.lead ?? null).toBeNull();
  });
});

describe('a teaser’s summary', () => {
  it('is not a card whose class says "summary" around its headline, and may be a second link after it', () => {
    const sapo = 'Le 19 juin dernier, l’Hôpital central de Huê a annoncé une avancée médicale majeure.';
    const card = one2(
      `<article class="card summary has-image"><div class="card-body"><div class="label"><a href="/actualites/">Actualités</a></div><h3><a href="URL">TITLE</a></h3><div class="card-lead"><p class="tnt-summary">${sapo}</p></div></div></article>`,
    );
    expect(card?.summary).toBe(sapo);
    const linked =
      'En 2023, la croissance du Vietnam devrait connaître une légère baisse par rapport à 2022 pour s’afficher à 6,5%.';
    const letter = one2(
      `<td><span>Mercredi 05/04/2023</span><br><a href="URL">TITLE</a><br><a href="URL">${linked}</a><br></td>`,
    );
    expect(letter?.summary).toBe(linked);
  });
});
function one2(card: string) {
  return feedOf(cards((u, t) => `<div class="cell">${card.replaceAll('URL', u).replaceAll('TITLE', t)}</div>`))[0];
}

describe('a date marked in RDFa', () => {
  it('dates the story, as Drupal writes it on its byline ("Publié par redaction le Vendredi 2 octobre 2015 - 15:20")', () => {
    const a = readStory(
      `<div class="meta submitted"><span property="dc:date dc:created" content="2015-10-02T15:20:00+07:00" datatype="xsd:dateTime">Publié par <span class="username">redaction</span> le Vendredi 2 octobre 2015 - 15:20</span></div>${paras}`,
    );
    expect(a?.published).toBe('2015-10-02T15:20:00+07:00');
  });
});

describe('a feed laid out as a grid table', () => {
  it('is one feed across its rows, the heading over the table naming them all; its summaries are no story', () => {
    const sapo = (n: number) =>
      `La ${n}e édition du programme a réuni des centaines de bénévoles venus aider les familles démunies de la capitale pendant le Têt.`;
    const cell = (n: number) => {
      const [u, t] = TEASERS[n % 3] as readonly [string, string];
      return `<td><div class="views-field-body">${sapo(n)}</div><span class="views-field-title"><a href="${u.replace('.vnp', `-${n}.vnp`)}">${t} (${n})</a></span></td>`;
    };
    const r = extract(
      parseHtml(
        `<html lang="fr"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${paras}</article><div class="block-views"><h2>Dans la même rubrique</h2><table class="views-view-grid"><tbody><tr>${cell(1)}${cell(2)}</tr><tr>${cell(3)}${cell(4)}</tr></tbody></table></div></body></html>`,
        URL,
      ),
      URL,
    );
    expect(r.related.filter((s) => s.origin === 'feed')).toHaveLength(4);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});
