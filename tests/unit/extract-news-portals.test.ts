// What blind rounds 49 and 50's newspaper and agency portals taught (a Saxotech Publicus page, an
// in-house portal of an Asian news agency, a Vietnamese state portal, a Rossel-like page of custom
// elements, a JNews WordPress, an archive's replay): a script's address that names its story by a
// path in its query, a promo card, a date line written year first or with its time first, a
// custom element's standfirst, a featured photo between the title and the body, a
// legal notice, a sign-off and a newsletter box.
// Each test fails on the code before its rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNewLayouts } from '../../eval/families';
import { extract } from '../../lib/extract';
import { storyQuery } from '../../lib/hosts';
import { LAYOUTS_DIR, parseHtml } from './helpers';

const TITLE = 'Exposition «Hanoï, prémices d’une ville occidentale en Asie du Sud-Est»';
const BODY = [
  'Hanoï (VNA) – Le vernissage d’une exposition de photos a eu lieu le 15 avril dans l’ancienne villa au 49 rue Tran Hung Dao, à Hanoï.',
  'L’exposition présente plus de 80 photos et documents sur l’urbanisme de la capitale au début du XXe siècle, selon ses organisateurs.',
  'Elle se tiendra jusqu’au 15 mai et constitue une occasion pour le public de découvrir l’architecture de la ville, ont-ils précisé.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (body: string, url: string) =>
  extract(parseHtml(`<html lang="fr"><head><title>${TITLE}</title></head><body>${body}</body></html>`, url), url);

describe('a script’s address that names its story by a path in its query', () => {
  it('is a story link by the number after its day and section (Saxotech: "article?AID=/20251216/SPORT/1307600")', () => {
    const u = (aid: string) => new URL(`https://lecourrier.vn/apps/pbcs.dll/article?AID=${aid}`);
    expect(storyQuery(u('/20251216/SPORT/1307600'))).toBe('?aid=1307600');
    expect(storyQuery(u('/SPORT/1307600'))).toBe('?aid=1307600');
    // (a page's number or a section after the story's is not the story's: two stories stay two)
    expect(storyQuery(u('/20120917/SPORTS/120919102/1003'))).toBe('?aid=120919102');
    expect(storyQuery(u('/20120918/SPORTS/120919555/-1/SPORT'))).toBe('?aid=120919555');
    // (a section's address names none)
    expect(storyQuery(new URL('https://lecourrier.vn/apps/pbcs.dll/section?Category=SPORT'))).toBe('');
  });

  it('makes a table of rubric and title rows the feed', () => {
    const rows = [
      ['/SPORT/1307600', 'Une "moisson d\'or" conforte la 3e place du Vietnam au classement général'],
      ['/SPORT/1307601', "L'athlétisme vietnamien décroche deux médailles d'or supplémentaires"],
      ['/SPORT/1307602', '13es Jeux paralympiques de l’ASEAN : Départ en fanfare pour le Vietnam'],
    ];
    const r = read(
      `<div id="article"><h1>${TITLE}</h1>${paras}</div><h3>Autres articles</h3><table>${rows
        .map(([aid, t]) => `<tr><td>Sport</td><td><a href="/apps/pbcs.dll/article?AID=${aid}">${t}</a></td></tr>`)
        .join('')}</table>`,
      'https://lecourrier.vn/apps/pbcs.dll/article?AID=/CULTURE/1307555',
    );
    expect(r.related.map((x) => x.title)).toEqual(rows.map((x) => x[1]));
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a box titled above its picture', () => {
  it('is a promo card: the line under the picture is its blurb, not a caption; a photo’s own box keeps its line', () => {
    const photo =
      '<div class="pic"><img src="/Data/2023/04/15/expo.jpg" width="600" height="400"><p>Des visiteurs à l’exposition.</p></div>';
    const promo =
      '<div class="box epaper"><div class="boxHead">Édition papier</div><a href="/epaper"><img src="/images/une.jpg" width="150"></a><p>Le Courrier du Vietnam, hebdomadaire francophone de l’Agence Vietnamienne d’Information.</p></div>';
    const r = read(
      `<table><tr><td><div id="article"><h1>${TITLE}</h1>${paras}${photo}</div></td><td>${promo}</td></tr></table>`,
      'https://lecourrier.vn/exposition-hanoi-premices-dune-ville-occidentale/1307555.html',
    );
    expect(r.article?.captions).toEqual(['Des visiteurs à l’exposition.']);
  });

  it('is still a photo’s box when a label, a counter or a script stands above an unlinked or self-linked picture (R29)', () => {
    const line = 'Des visiteurs découvrent les photos de l’exposition.';
    for (const above of [
      '<span class="tag">Photo</span>',
      '<div class="count">1/5</div>',
      '<script>lazy()</script>',
      '<div class="kicker">En images</div><a href="/Data/2023/04/15/expo-big.jpg">',
    ]) {
      const img = '<img src="/Data/2023/04/15/expo.jpg" width="600" height="400">';
      const pic = above.endsWith('>') && above.includes('<a ') ? `${above}${img}</a>` : `${above}${img}`;
      const r = read(
        `<div id="article"><h1>${TITLE}</h1>${paras}<div class="pic">${pic}<p>${line}</p></div></div>`,
        'https://lecourrier.vn/exposition-hanoi-premices-dune-ville-occidentale/1307555.html',
      );
      expect(r.article?.captions).toEqual([line]);
      // (and its label is no paragraph of the story: "Photo", "En images")
      expect(r.article?.paragraphs).toEqual(BODY);
    }
  });
});

describe('a date line written year first', () => {
  it('reads year, month, day, as ISO 8601 does ("2023 04/15 21:06:47", "2023/04/15")', () => {
    const url = 'https://vietnam.vnanet.vn/french/exposition-hanoi-premices/328741.html';
    for (const [line, iso] of [
      [
        '<span class="year"><em> 2023</em></span> <span class="day"><em> 04</em>/15</span> <span class="time"> 21:06:47</span>',
        '2023-04-15T21:06:47+07:00',
      ],
      ['2023/04/15 09:30', '2023-04-15T09:30:00+07:00'],
    ] as const) {
      const r = read(`<h1>${TITLE}</h1><div class="header-time">${line}</div><div class="content">${paras}</div>`, url);
      expect(r.article?.published).toBe(iso);
    }
    // (never a month past the twelfth: "1975 30/4" is no date read year first)
    const r = read(`<h1>${TITLE}</h1><div class="header-time">1975 30/4</div><div class="content">${paras}</div>`, url);
    expect(r.article?.published ?? null).toBeNull();
  });
});

const page = (body: string, url: string, head = '') =>
  extract(
    parseHtml(`<html lang="fr"><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`, url),
    url,
  );
const URL50 = 'https://vietnam.vnanet.vn/french/exposition-hanoi-premices/328741.html';

describe('a date line with its time first', () => {
  it('reads the time too: "Vendredi, 16:35, 03/10/2014"', () => {
    const r = page(`<h1>${TITLE}</h1><time class="time">Vendredi, 16:35, 03/10/2014</time><div>${paras}</div>`, URL50);
    expect(r.article?.published).toBe('2014-10-03T16:35:00+07:00');
    // (its seconds too, never read as minutes and seconds: R30)
    const s = page(
      `<h1>${TITLE}</h1><time class="time">Vendredi, 16:35:20, 03/10/2014</time><div>${paras}</div>`,
      URL50,
    );
    expect(s.article?.published).toBe('2014-10-03T16:35:20+07:00');
  });
});

describe('a standfirst in a custom element', () => {
  it('is the lead: "<r-article--chapo>…</r-article--chapo>"', () => {
    const lead =
      'À l’occasion de la Journée du patrimoine, le Comité de gestion du Vieux quartier organisera une série d’événements.';
    const r = page(
      `<r-article><h1>${TITLE}</h1><r-article--chapo>${lead}</r-article--chapo><r-article--section>${paras}</r-article--section></r-article>`,
      'https://lecourrier.vn/exposition-hanoi-premices/1307555.html',
      `<meta name="description" content="${lead}">`,
    );
    expect(r.article?.lead).toBe(lead);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('lines that are never the story', () => {
  it('a legal notice, an agency’s sign-off alone, a newsletter box’s lines', () => {
    const r = page(
      `<h1>${TITLE}</h1><div class="body">${paras}<p><strong>CPV/VNA/CVN</strong></p><div class="copyright">© TTXVN – Toute reproduction, même partielle, est interdite sans l’accord de la VNA.</div><section><p>Recevez toute l'actualité internationale directement dans votre boite mail</p><a href="/newsletters/">Je m'abonne</a></section></div>`,
      URL50,
    );
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('but a story’s own sentences on reproduction, copyright or e-mail stay (R30)', () => {
    const own = [
      'La reproduction des ours en captivité est interdite depuis 2017 dans toutes les fermes du pays, a rappelé le ministère.',
      'Toute reproduction des sujets d’examen sur les réseaux sociaux est interdite pendant la durée des épreuves du baccalauréat.',
      'Recevez-vous des messages suspects par e-mail ? La police conseille de ne jamais cliquer sur leurs liens.',
    ];
    const r = page(`<h1>${TITLE}</h1><div class="body">${paras}${own.map((p) => `<p>${p}</p>`).join('')}</div>`, URL50);
    expect(r.article?.paragraphs).toEqual([...BODY, ...own]);
  });
});

describe('photos around the story', () => {
  it('a photo linked to the page itself, a gallery or its attachment page keeps its caption (R30)', () => {
    const url = 'https://lecourrier.vn/exposition-hanoi-premices/1307555.html';
    const line = 'Le Premier ministre lors de la réunion gouvernementale du 3 octobre à Hanoï.';
    for (const href of [url, '/galerie/reunion-gouvernementale/', '/exposition-hanoi-premices/reunion-gouvernement/']) {
      const r = page(
        `<div id="article"><h1>${TITLE}</h1>${paras}<div class="image"><a href="${href}"><img src="/Images/reunion.jpg" width="620" height="413"></a><p>${line}</p></div></div>`,
        url,
      );
      expect(r.article?.captions).toEqual([line]);
    }
  });

  it('a featured photo between the title and a body box of its own has its caption (an Antara-like portal)', () => {
    const [p] = loadNewLayouts().filter((x) => x.name === 'codeigniter-brcontent-articlesconnexes-vnp');
    if (!p) throw new Error('fixture page missing');
    const r = extract(parseHtml(p.html, p.url), p.url);
    expect(r.article?.captions).toEqual(['Photo: biengioilanhtho.gov.vn']);
  });
});

describe('">> Titre" lines in a row', () => {
  const lines = [
    [
      '/bientot-le-festival-du-folklore-au-bord-du-lac-hoan-kiem/635871.html',
      'Bientôt le festival du folklore au bord du lac Hoàn Kiêm',
    ],
    ['/vieux-dortoirs-a-hanoi-un-patrimoine-meconnu/634992.html', 'Vieux dortoirs à Hanoï - un patrimoine méconnu'],
    [
      '/le-festival-de-la-culture-folklorique-en-novembre-a-hanoi/633180.html',
      'Le Festival de la culture folklorique en novembre à Hanoï',
    ],
  ];
  const related = lines.map(([href, t]) => `<p><a href="https://lecourrier.vn${href}">&gt;&gt;${t}</a></p>`).join('');
  const url = 'https://lecourrier.vn/exposition-hanoi-premices/1307555.html';

  it('are the story’s inline links when its paragraphs go on after them, however many', () => {
    const r = page(`<div class="page"><h1>${TITLE}</h1><div class="body">${related}${paras}</div></div>`, url);
    expect(r.related.filter((x) => x.origin === 'inline').map((x) => x.title)).toEqual(lines.map((l) => l[1]));
    expect(r.related.filter((x) => x.origin === 'feed')).toEqual([]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('what blind round 51 taught (VNA outlets’ own designs over the years)', () => {
  it('a description the CMS cut ("…Tin Tuc...") names the standfirst it opens (a Joomla 2.5 + K2 page)', () => {
    const url = 'http://lecourrier.vn/societe/item/36215-la-vna-accompagne-les-enfants-demunis-du-nord-ouest.html';
    const html = readFileSync(join(LAYOUTS_DIR, 'probes', 'b51-k2-cut-description.html'), 'utf8');
    const r = extract(parseHtml(html, url), url);
    expect(r.article?.lead).toBe(
      'Quelque 4.400 enfants démunis des régions montagneuses du Nord-Ouest ont reçu des cadeaux, boîtes de lait en poudre, offerts par le journal Tin Tuc (Information) de l’Agence vietnamienne d’Information (VNA) et la Compagnie d’investissement Nam Duong.',
    );
  });

  it('">>" links parted by line breaks in one paragraph are as many inline stories', () => {
    const links = [
      [
        '/bientot-la-journee-culturelle-du-nord-ouest/352904.html',
        'Bientôt la Journée culturelle du Nord-Ouest élargie',
      ],
      [
        '/approbation-de-lannee-des-couleurs-du-tay-bac-2017/349811.html',
        'Approbation de l’Année des «Couleurs du Tây Bac 2017»',
      ],
    ];
    const r = page(
      `<h1>${TITLE}</h1><div class="content"><p>${links.map(([h, t]) => `<a href="${h}">&gt;&gt;${t}</a><br>`).join('')}</p>${paras}</div>`,
      'https://lecourrier.vn/lao-cai-table-sur-2-millions-de-touristes/352990.html',
    );
    expect(r.related.filter((x) => x.origin === 'inline').map((x) => x.title)).toEqual(links.map((l) => l[1]));
    expect(r.related.filter((x) => x.origin === 'feed')).toEqual([]);
  });
});

describe('R30’s other probes of round 50’s rules', () => {
  it('a list of "»" links after the story, a comment box after it, is the feed', () => {
    const items = [
      ['/le-pib-progresse-de-68-au-premier-semestre/1310050.html', 'Le PIB progresse de 6,8% au premier semestre'],
      ['/exportations-un-record-pour-le-textile/1310051.html', 'Exportations : un record pour le textile vietnamien'],
      ['/investissement-public-hanoi-en-tete/1310052.html', 'Investissement public : Hanoï en tête du décaissement'],
    ];
    const r = page(
      `<h1>${TITLE}</h1><div class="body">${paras}</div><h3>Autres articles</h3><ul>${items.map(([h, t]) => `<li>» <a href="${h}">${t}</a></li>`).join('')}</ul><div class="comments"><p>Les commentaires sont modérés avant publication : merci de rester courtois et de ne pas publier de données personnelles.</p></div>`,
      'https://lecourrier.vn/le-gouvernement-accelere-le-decaissement/1310042.html',
    );
    expect(r.related.filter((x) => x.origin === 'feed').map((x) => x.title)).toEqual(items.map((i) => i[1]));
  });

  it('a custom element inside a paragraph is that paragraph’s words, not a line of its own', () => {
    const r = page(
      `<h1>${TITLE}</h1><div class="body">${BODY.map((p) => `<p><tts-sentence>${p}</tts-sentence></p>`).join('')}</div>`,
      URL50,
    );
    expect(r.article?.lead ?? null).toBeNull();
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});
