// The structural path: pages in markups not in the corpus, and the feed told apart from the
// lists that are not related stories.
import { describe, expect, it } from 'vitest';
import { asRead, sameAsRead, tokenF1 } from '../../eval/extraction';
import { loadNewLayouts } from '../../eval/families';
import { analysePage } from '../../lib/analyse';
import { extract } from '../../lib/extract';
import { pageKey } from '../../lib/extract/feed-runs';
import { isVnaUrl } from '../../lib/hosts';
import { parseHtml } from './helpers';

describe('pages in markups VNA Lens has never seen (tests/fixtures/layouts/new)', () => {
  it.each(loadNewLayouts().map((p) => [p.name, p] as const))('%s: article, captions and feed', (_, page) => {
    const a = analysePage(parseHtml(page.html, page.url), page.url);
    const truth = page.truth;
    expect(a.page.kind).toBe('article');
    // (title and lead as read: a page may store its letters decomposed, or set no-break spaces)
    expect(sameAsRead(a.article?.title ?? null, truth.article.title)).toBe(true);
    expect(sameAsRead(a.article?.lead ?? null, truth.article.lead)).toBe(true);
    // (the same instant to the second: a page may give it in UTC with milliseconds, the truth in Hanoi time)
    const second = (iso: string | null | undefined) => {
      const ms = iso ? Date.parse(iso) : Number.NaN;
      return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
    };
    if (truth.published) expect(second(truth.published)).not.toBeNull();
    // (a truth of a day alone, for a page that shows no hour, is met by that day)
    if (truth.published?.length === 10) expect(a.article?.published?.slice(0, 10)).toBe(truth.published);
    else expect(second(a.article?.published)).toBe(second(truth.published));
    expect(tokenF1(a.article?.paragraphs.join('\n') ?? '', truth.article.paragraphs.join('\n'))).toBeGreaterThanOrEqual(
      0.98,
    );
    // (as a browser shows them: a run of spaces kept from the stored text is one)
    const shown = (texts: string[] | undefined) => texts?.map((t) => asRead(t).replace(/\s+/g, ' ').trim());
    expect(shown(a.article?.captions)).toEqual(shown(truth.article.captions));
    expect(a.related.filter((r) => r.origin === 'feed').map((r) => asRead(r.title))).toEqual(
      truth.feed.map((f) => asRead(f.title)),
    );
    expect(a.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual(page.inline);
    // the layout no known record describes is said out loud on a VNA host (a copy on another
    // site is no VNA layout that drifted)
    expect(a.page.signals.some((s) => s.startsWith('layout:drift:'))).toBe(isVnaUrl(pageKey(page.url)));
  });
});

const URL = 'https://fr.vietnamplus.vn/un-article-sur-la-cooperation-vietnam-laos-post1000.vnp';
const story = (n: number, title: string) =>
  `<div><a href="https://fr.vietnamplus.vn/${title.toLowerCase().replace(/[^a-z]+/g, '-')}-post${n}.vnp"><h3>${title}</h3></a><div>Un résumé de la nouvelle numéro ${n}, assez long pour être un résumé.</div></div>`;
const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<div>Hanoï (VNA) – Paragraphe ${i} de l'article sur la coopération entre le Vietnam et le Laos, avec assez de texte pour que ce soit un vrai paragraphe d'article de presse.</div>`,
).join('');

function page(extra: string): string {
  return `<html><head><title>La coopération Vietnam-Laos se renforce | Vietnam+</title></head><body>
    <div><a href="/">Accueil</a><a href="/politique/">Politique</a><a href="/monde/">Monde</a><a href="/economie/">Économie</a></div>
    <div><a href="https://en.vietnamplus.vn/">EN</a> <a href="https://fr.vietnamplus.vn/">FR</a> <a href="https://vietnamplus.vn/">VN</a></div>
    <div><h4>La coopération Vietnam-Laos se renforce</h4>${body}</div>${extra}</body></html>`;
}

describe('the feed, found by structure', () => {
  const feed = [
    'Le Vietnam et le Laos signent un accord',
    'Hanoï accueille le forum économique',
    'Le Premier ministre reçoit un ambassadeur',
  ];

  it('is a run of one-link teaser blocks, labelled or not; menus and language switchers are not', () => {
    for (const label of ['<h5>Autres nouvelles</h5>', '']) {
      const html = page(`<section>${label}${feed.map((t, i) => story(i + 1, t)).join('')}</section>`);
      const { related, article } = extract(parseHtml(html, URL), URL);
      expect(related.map((r) => r.title)).toEqual(feed);
      expect(article?.paragraphs.join(' ')).not.toContain('Un résumé');
    }
  });

  it('leaves out tag lists, pagination, most-read boxes and short link-only lists', () => {
    const tags = `<div>${['vietnam-laos', 'cooperation', 'asean', 'economie'].map((t) => `<a href="/${t}-tag${t.length}.vnp">#${t}</a>`).join(' ')}</div>`;
    const pages = `<div>${[2, 3, 4, 5].map((n) => `<a href="/politique/page/${n}">${n}</a>`).join(' ')}</div>`;
    const mostRead = `<div><h3>Les plus lus</h3><div>${feed.map((t, i) => story(i + 10, t)).join('')}</div></div>`;
    const linkOnly = `<ul>${feed.map((t, i) => `<li><a href="https://fr.vietnamplus.vn/x-y-z-post${i + 20}.vnp">${t}</a></li>`).join('')}</ul>`;
    const html = page(tags + pages + mostRead + linkOnly);
    const { related, article } = extract(parseHtml(html, URL), URL);
    expect(related).toEqual([]);
    expect(article?.paragraphs.join(' ')).not.toContain('Un résumé');
  });

  it("takes a card's title from its first link with text when its first link is its picture's", () => {
    const card = (n: number, title: string) =>
      `<div class="views-row"><div><a href="/fr/politique/une-nouvelle-de-la-rubrique-4819${n}.html"><img src="/i/${n}.jpg" alt=""></a></div>` +
      `<div><span><a href="/fr/politique/une-nouvelle-de-la-rubrique-4819${n}.html">${title}</a></span></div><div><time datetime="2026-03-1${n}T12:00:00Z">1${n}/03/2026</time></div>` +
      `<div>Un résumé de la nouvelle numéro ${n}, assez long pour être le résumé d'un article de presse.</div></div>`;
    const html = page(
      `<div><h2>Dans la même rubrique</h2><div>${feed.map((t, i) => card(i + 1, t)).join('')}</div></div>`,
    );
    const { related } = extract(parseHtml(html, URL), URL);
    expect(related.map((r) => [r.title, r.url])).toEqual(
      feed.map((t, i) => [t, `https://fr.vietnamplus.vn/fr/politique/une-nouvelle-de-la-rubrique-4819${i + 1}.html`]),
    );
    expect(related[0]?.summary).toContain('numéro 1');
  });

  it('reads a title-only list with "(dd/mm/yyyy)" dates', () => {
    const list = `<h3>Articles liés</h3><ul>${feed.map((t, i) => `<li><a href="https://fr.vietnamplus.vn/x-y-z-post${i + 30}.vnp">${t}</a> (0${i + 1}/12/2021)</li>`).join('')}</ul>`;
    const { related } = extract(parseHtml(page(list), URL), URL);
    expect(related.map((r) => [r.title, r.published?.slice(0, 10)])).toEqual(
      feed.map((t, i) => [t, `2021-12-0${i + 1}`]),
    );
  });
});

describe('an old table layout (ASP.NET, fonts, line breaks)', () => {
  const paragraphs = Array.from(
    { length: 4 },
    (_, i) =>
      `Paragraphe ${i} : la délégation vietnamienne a obtenu de nouvelles médailles d'or aux Jeux sportifs d'Asie du Sud-Est, selon le comité d'organisation.`,
  );
  const html = `<html><head><title>VietnamPlus - Le Vietnam remporte 37 médailles d'or</title></head><body>
    <form name="aspnetForm" method="post" action="/x/29731.vnp" id="aspnetForm"><table><tr><td>
      <table><tr><td><a href="/">Accueil</a> | <a href="/Home/Sports/8.vnp">Sports</a></td></tr></table>
      <table><tr><td><font size="1">Publié le 15/11/2011 à 20:35</font></td></tr>
      <tr><td><font size="4"><b>Le Vietnam remporte 37 médailles d'or</b></font></td></tr>
      <tr><td><div id="lblContent"><font face="Arial" size="2">${paragraphs.join('<br><br>\n')}</font></div></td></tr></table>
    </td></tr></table></form></body></html>`;

  it('reads the article inside the page-wide form: its title by its text, its paragraphs by the double line breaks', () => {
    const { article } = extract(parseHtml(html, URL), URL);
    // the site's name before the headline in <title> is not the title
    expect(article?.title).toBe("Le Vietnam remporte 37 médailles d'or");
    expect(article?.paragraphs).toEqual(paragraphs);
  });

  it("drops a form that is a box of the page, even one with more text than the article (readers' comments)", () => {
    const comment = (n: number) =>
      `<div class="comment"><b>Lecteur ${n}</b><p>Je pense que la Chine et les États-Unis devraient aussi coopérer davantage avec le Vietnam dans le sport, commentaire numéro ${n}.</p></div>`;
    const page = `<html><head><title>Le Vietnam et le Laos renforcent leur coopération sportive</title></head><body>
      <h1>Le Vietnam et le Laos renforcent leur coopération sportive</h1>
      <p>Vientiane (VNA) – Le Vietnam et le Laos ont signé un accord de coopération dans le sport pour la période 2025-2030, a annoncé le ministère.</p>
      <p>Les deux pays organiseront des échanges d'entraîneurs et d'athlètes, selon le protocole signé à Vientiane par les deux ministres.</p>
      <form action="/binhluan" method="post"><h3>Vos réactions (8)</h3>${Array.from({ length: 8 }, (_, i) => comment(i + 1)).join('')}<textarea></textarea><button>Envoyer</button></form>
      </body></html>`;
    const { article } = extract(parseHtml(page, URL), URL);
    expect(article?.paragraphs).toHaveLength(2);
    expect(article?.paragraphs.join(' ')).not.toContain('commentaire');
  });
});

describe('a print view and a themed page: the lines around the title', () => {
  const body = [
    "New York (VNA) – En marge de la 77e session de l'Assemblée générale des Nations Unies, le vice-Premier ministre a rencontré le président des Comores et les ministres des Affaires étrangères de Cuba et du Canada.",
    "Lors de son entrevue avec le président des Comores, le vice-Premier ministre a affirmé que le Vietnam attachait de l'importance à ses relations avec les pays africains, dont les Comores.",
    "Le président a émis le souhait de voir le Vietnam partager ses expériences de développement et renforcer la coopération dans les domaines de l'agriculture, du commerce et du tourisme.",
  ];
  const title = 'Le Vietnam promeut sa coopération avec Cuba, le Canada et les Comores';
  const sapo = 'Le vice-Premier ministre a rencontré le 22 septembre à New York le président des Comores.';
  const html = `<html><head><title>${title} | Version imprimable | VietnamPlus</title></head><body>
    <div class="print-header"><div><img src="/static/print/logo-vnp-fr.png" alt="VietnamPlus"><br><small>Journal électronique de l'Agence Vietnamienne d'Information</small></div>
    <div class="print-date">Publié le 23/09/2022 à 08:30</div></div>
    <div class="print-title">${title}</div>
    <div class="print-sapo">${sapo}</div>
    <div class="print-content">
      <table><tr><td><img src="/images/2022/09/23/comores.jpg" alt=""></td></tr><tr><td><i>Le président des Comores et le vice-Premier ministre (à droite). Photo: VNA</i></td></tr></table>
      <p>${body[0]}</p><p class="readalso">Lire aussi : <a href="https://fr.vietnamplus.vn/le-vietnam-et-cuba-post189490.vnp">Le Vietnam et Cuba célèbrent 65 ans de relations</a></p>
      <p>${body[1]}</p><p><span class="screen-reader-text">Aller au contenu</span></p><p>Mercredi 1 août 2018</p><p>Publicité</p><p>${body[2]}</p>
    </div></body></html>`;
  const url = 'https://fr.vietnamplus.vn/le-vietnam-promeut-sa-cooperation-189512.vnp';

  it('finds title, standfirst, date, captions, body and the "Lire aussi" link', () => {
    const { article, related } = extract(parseHtml(html, url), url);
    // every part after a "|" but the last is the page's, and so is the last
    expect(article?.title).toBe(title);
    // a short line before the paragraph that opens on the dateline is the standfirst
    expect(article?.lead).toBe(sapo);
    // a date line above the title, its time after "à"
    expect(article?.published).toBe('2022-09-23T08:30:00+07:00');
    // the tagline under the logo is no photo's caption
    expect(article?.captions).toEqual(['Le président des Comores et le vice-Premier ministre (à droite). Photo: VNA']);
    // screen-reader text, a date written out alone and an ad's label are not the story
    expect(article?.paragraphs).toEqual(body);
    expect(related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      'Le Vietnam et Cuba célèbrent 65 ans de relations',
    ]);
  });

  it('"Lire aussi" opening a sentence that goes on past its link is the story', () => {
    const sentence = `<p>Lire aussi : <a href="https://fr.vietnamplus.vn/x-post1.vnp">le rapport</a> publié hier par le ministère, qui détaille les échanges commerciaux.</p>`;
    const { article } = extract(
      parseHtml(html.replace('<p class="readalso">', `${sentence}<p class="readalso">`), url),
      url,
    );
    expect(article?.paragraphs.some((p) => p.startsWith('Lire aussi : le rapport publié hier'))).toBe(true);
  });
});

describe('what the lines around the title are not', () => {
  const url = 'https://fr.vietnamplus.vn/le-vietnam-et-le-laos-renforcent-leur-cooperation-post1001.vnp';
  const title = 'Le Vietnam et le Laos renforcent leur coopération dans la défense';
  const body = [
    'Hanoï (VNA) – Le ministre de la Défense a reçu son homologue lao pour discuter de la coopération bilatérale dans la défense, selon le ministère.',
    'Les deux parties ont convenu de renforcer les échanges de délégations et la formation des officiers, a-t-il ajouté lors de la rencontre.',
    "La coopération dans la défense est un pilier des relations spéciales entre les deux pays, ont-ils affirmé à l'issue de l'entretien.",
  ];
  const page = (before: string, after: string, head = title) =>
    `<html><head><title>${head}</title></head><body>${before}<h1>${title}</h1>${after}${body.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

  it('a date line, a caption, a credit, a byline or tags before the dateline paragraph are no standfirst', () => {
    for (const x of [
      '<div class="meta">Mercredi, 12 mars 2025 à 20:35 (GMT+7) - Politique</div>',
      '<div><img src="/a.jpg"><div>Le général Phan Van Giang (à droite) et le général Chansamone Chanyalath. (Photo d\'archives : VNA)</div></div>',
      '<figure><img src="/a.jpg"><figcaption>Le général Phan Van Giang et le général Chansamone Chanyalath. Source : VNA</figcaption></figure>',
      '<div class="author">Par Nguyen Thu Ha, correspondante de la VNA au Laos</div>',
      '<div class="tags">Vietnam-Laos, défense, coopération bilatérale, visite officielle</div>',
    ]) {
      const { article } = extract(parseHtml(page('', x), url), url);
      expect(article?.lead ?? null, x).toBeNull();
    }
    const sapo =
      'Le ministre de la Défense a reçu le 12 mars à Hanoï son homologue lao en visite officielle au Vietnam.';
    expect(extract(parseHtml(page('', `<div class="sapo">${sapo}</div>`), url), url).article?.lead).toBe(sapo);
  });

  it("above the title, neither the site header's date nor a teaser's is the story's", () => {
    const header = '<div class="top"><div class="today">Jeudi, 20/03/2025</div><a href="/">Accueil</a></div>';
    const teaser =
      '<div class="hot"><div class="item"><a href="/un-autre-article-de-la-rubrique-post1.vnp">Un autre article</a></div><div class="d">02/01/2024 10:15</div></div>';
    for (const before of [header, teaser, header + teaser])
      expect(extract(parseHtml(page(before, ''), url), url).article?.published ?? null, before).toBeNull();
    const own = '<div class="d">Publié le 12/03/2025 à 20:35</div>';
    expect(extract(parseHtml(page(header + own, ''), url), url).article?.published).toBe('2025-03-12T20:35:00+07:00');
  });

  it('a <title> keeps a headline that opens on a country, and finds it between a rubric and the site', () => {
    const vl = 'Vietnam - Laos : une amitié spéciale et une solidarité exemplaire';
    expect(extract(parseHtml(page('', '', vl).replace(`<h1>${title}</h1>`, ''), url), url).article?.title).toBe(vl);
    const rubric = `Photoreportage | ${title} | VietnamPlus`;
    expect(extract(parseHtml(page('', '', rubric), url), url).article?.title).toBe(title);
  });

  it('a paragraph opening on "»" that goes on past its link is the story; "Lire aussi : X." is a link', () => {
    const quote =
      '<p>» Le ministre a visité <a href="/la-province-post9.vnp">la province</a> et a dit que la coopération progressait bien.</p>';
    const also =
      '<p>Lire aussi : <a href="https://fr.vietnamplus.vn/le-vietnam-et-cuba-post189490.vnp">Le Vietnam et Cuba célèbrent 65 ans de relations</a>.</p>';
    // (set after the first paragraph, as in a story: before it a short line would be the standfirst)
    const html = page('', '').replace('</p>', `</p>${quote}${also}`);
    const { article, related } = extract(parseHtml(html, url), url);
    expect(article?.paragraphs.some((p) => p.startsWith('» Le ministre a visité la province'))).toBe(true);
    expect(related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      'Le Vietnam et Cuba célèbrent 65 ans de relations',
    ]);
  });
});

describe('an interview split in pages, a pull quote, a newsletter box, a definition-list feed', () => {
  const url = 'https://lecourrier.vn/signes-forts-des-relations-vietnam-belgique/1280056.html';
  const title = 'Signes forts des relations Vietnam - Belgique';
  const chapo =
    "À l'occasion de la visite d'État du couple royal belge au Vietnam, l'ambassadeur du Vietnam en Belgique a accordé une interview à l'Agence Vietnamienne d'Information.";
  const answers = [
    "La Belgique, bien que petite, est située au cœur de l'Europe, abritant toutes les institutions administratives et politiques de l'Union européenne.",
    'Les deux pays ont établi leurs relations diplomatiques en 1973 et, en cinq décennies, réalisé de nombreuses avancées dans tous les domaines de coopération.',
  ];
  const feed = [
    'Le ministre des AE reçoit la secrétaire générale de la Francophonie',
    'Le Vietnam affirme le rôle croissant de son athlétisme en Asie',
    'Le vice-PM reçoit les ambassadeurs de l’Union européenne',
  ];
  const html = `<html><head><title>${title} (1/2) | Le Courrier du Vietnam</title>
    <meta name="DC.date.issued" content="2025-03-29T10:20:00+07:00"></head><body>
    <div class="itw"><span class="badge">INTERVIEW</span><h1>${title}</h1>
    <div class="byline">Samedi 29 mars 2025 - 10:20 | Propos recueillis par Thu Hà/VNA/CVN</div>
    <div class="tools"><a href="#">Partager</a> <a href="#">Tweeter</a> <a href="#">Imprimer l'intégralité</a></div>
    <div class="chapo">${chapo}</div>
    <div class="content"><p><strong>Monsieur l’ambassadeur, que signifie cette visite pour les liens Vietnam - Belgique ?</strong></p>
    <p>${answers[0]}</p><blockquote><p>« ${answers[0]} »</p><cite>Nguyên Van Thao</cite></blockquote>
    <div class="nl"><div>Newsletter</div><div>Recevez chaque matin l'essentiel de l'actualité du Vietnam.</div><form><input type="email"><button>OK</button></form></div>
    <p>${answers[1]}</p></div>
    <p>Lire la suite de l'entretien : <a href="${url}?page=2">la coopération économique</a></p></div>
    <div><div>Dans la même rubrique</div><dl>${feed.map((t, i) => `<dt><a href="https://lecourrier.vn/story-${i}/12799${i}0.html">${t}</a></dt><dd><span>2${i}/03/2025</span> Un résumé de la nouvelle, assez long pour en être un, numéro ${i}.</dd>`).join('')}</dl></div>
    </body></html>`;

  it('reads the article once, its standfirst in its own box, and the feed of <dt>/<dd> pairs', () => {
    const { article, related } = extract(parseHtml(html, url), url);
    // the page's number in <title> is no part of the headline
    expect(article?.title).toBe(title);
    expect(article?.lead).toBe(chapo);
    expect(article?.published).toBe('2025-03-29T10:20:00+07:00');
    // no rubric label, byline, pull quote, newsletter or link to the next page in the body
    expect(article?.paragraphs).toEqual([
      'Monsieur l’ambassadeur, que signifie cette visite pour les liens Vietnam - Belgique ?',
      ...answers,
    ]);
    expect(related.filter((r) => r.origin === 'feed').map((r) => [r.title, r.published?.slice(0, 10)])).toEqual(
      feed.map((t, i) => [t, `2025-03-2${i}`]),
    );
  });

  it('reads a date written out with its time ("02 juillet 2018 - 08h45")', async () => {
    const { fromVietnameseDateText } = await import('../../lib/extract/published');
    expect(fromVietnameseDateText('02 juillet 2018 - 08h45')).toBe('2018-07-02T08:45:00+07:00');
    expect(fromVietnameseDateText('1er août 2018')).toBe('2018-08-01T00:00:00+07:00');
    // dotted, and a two-digit year when a time follows (never alone: "15/11/11" may be anything)
    expect(fromVietnameseDateText('18.05.2021 10:15')).toBe('2021-05-18T10:15:00+07:00');
    expect(fromVietnameseDateText('15/11/11 21:05')).toBe('2011-11-15T21:05:00+07:00');
    expect(fromVietnameseDateText('15/11/11')).toBeNull();
    // a sentence that names a day is about that day
    expect(
      fromVietnameseDateText('Les deux pays ont signé un accord le 12 mars 2025 à Hanoï, a annoncé le ministère.'),
    ).toBeNull();
  });
});

describe('a <noscript> fallback', () => {
  it('is no feed: a browser that runs scripts reads it as text, and so does the extraction', () => {
    const url = 'https://lecourrier.vn/un-article/1280001.html';
    const card = (i: number) =>
      `<div class="card"><a href="https://lecourrier.vn/une-autre-nouvelle-numero-${i}/12800${i}0.html"><h3>Une autre nouvelle du Courrier, numéro ${i}</h3></a><p>Un résumé assez long pour être celui d'une nouvelle, numéro ${i}.</p></div>`;
    const html = `<html><head><title>Un article du Courrier sur le Laos</title></head><body><h1>Un article du Courrier sur le Laos</h1>
      ${Array.from({ length: 3 }, (_, i) => `<p>Vientiane (VNA) – Paragraphe ${i} de l'article sur la coopération entre le Vietnam et le Laos, assez long pour être un paragraphe.</p>`).join('')}
      <section><h2>Voir plus</h2><div class="skeleton"></div><noscript>${[1, 2, 3, 4].map(card).join('')}</noscript></section></body></html>`;
    const { related } = extract(parseHtml(html, url), url);
    expect(related).toEqual([]);
  });
});

describe('a second reading of the rules above (inputs a reviewer found them wrong on)', () => {
  const url = 'https://fr.vietnamplus.vn/le-vietnam-et-la-france-renforcent-leur-cooperation-post2001.vnp';
  const title = 'Le Vietnam et la France renforcent leur coopération';
  const paras = Array.from(
    { length: 3 },
    (_, i) =>
      `Paris (VNA) – Paragraphe ${i} : le Vietnam et la France ont passé en revue leur coopération dans l'économie, la culture et l'éducation, selon le ministère.`,
  );
  const ps = paras.map((p) => `<p>${p}</p>`).join('');
  const read = (body: string, head = `<title>${title}</title>`) =>
    extract(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, url), url);

  it('keeps the story when the title first shows in a sticky bar, or a JSF page wraps it in a form', () => {
    const sticky = read(
      `<div class="sticky"><h3>${title}</h3><a href="#">Partager</a></div><article><h1>${title}</h1>${ps}</article>`,
    );
    expect(sticky.article?.paragraphs).toEqual(paras);
    const jsf = read(
      `<div class="head"><h1>${title}</h1></div><form id="j_idt12"><input type="hidden" name="javax.faces.ViewState"><div>${ps}</div></form>`,
    );
    expect(jsf.article?.paragraphs).toEqual(paras);
  });

  it("takes a short brief's newsletter box out, and nothing more", () => {
    const brief = paras
      .slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const { article } = read(
      `<h1>${title}</h1><div class="main"><div class="content">${brief}<div class="nl">Newsletter <input type="email"></div></div></div>`,
    );
    expect(article?.paragraphs).toEqual(paras.slice(0, 2));
  });

  it("takes the publisher's italic note after a rule at the story's end out; a rule inside the story leaves both parts", () => {
    const note =
      "<div><hr></div><p><em>La lettre de VietnamPlus reprend chaque jour une sélection d'articles de l'Agence vietnamienne d'information (VNA).</em></p>";
    expect(read(`<h1>${title}</h1><div class="post">${ps}${note}</div>`).article?.paragraphs).toEqual(paras);
    // a rule between two parts of the story, the second opening in italics but going on in roman
    const second =
      '<p><em>Propos recueillis par la VNA</em> : le ministre a ensuite évoqué les perspectives de la coopération entre les deux pays.</p>';
    const parts = read(`<h1>${title}</h1><div class="post">${ps}<hr>${second}</div>`).article?.paragraphs;
    expect(parts?.at(-1)).toMatch(/^Propos recueillis par la VNA : le ministre/);
  });

  it('reads an inline related line only among the running text: a video box of "▶ Title" links is no part of the story', () => {
    const related =
      '<div class="block"><p class="lire-aussi">&gt;&gt; <a href="https://lecourrier.vn/le-premier-ministre-ethiopien-arrive-au-vietnam/1294870.html">Le Premier ministre éthiopien arrive au Vietnam pour une visite officielle</a></p></div>';
    const video =
      '<aside><section><h2>Vidéo</h2><div class="item"><a href="/videos/les-pm-informent-des-resultats-de-leur-entretien/1295100.html"><img alt=""><span>▶</span><h4>Les PM informent des résultats de leur entretien</h4></a></div><div class="item"><a href="/videos/au-musee-des-beaux-arts-le-cheval-saffiche/1295101.html"><img alt=""><span>▶</span><h4>Au Musée des beaux-arts, le cheval s’affiche en majesté</h4></a></div></section></aside>';
    const halves = [ps.slice(0, ps.indexOf('</p>') + 4), ps.slice(ps.indexOf('</p>') + 4)];
    const a = analysePage(
      parseHtml(
        `<html><body><main><h1>${title}</h1><div>${halves[0]}${related}${halves[1]}</div></main>${video}</body></html>`,
        URL,
      ),
      URL,
    );
    expect(a.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      'Le Premier ministre éthiopien arrive au Vietnam pour une visite officielle',
    ]);
  });

  it("takes a comment box out of the story's box; a page wrapped whole in one form keeps its story", () => {
    const comments =
      '<div class="comments"><h4>Laisser un commentaire</h4><form><textarea name="msg"></textarea><button>Envoyer</button></form><div>Aucun message pour le moment.</div></div>';
    const { article } = read(`<h1>${title}</h1><div class="content">${ps}${comments}</div>`);
    expect(article?.paragraphs).toEqual(paras);
    // ASP.NET wraps the page in one form: the field's own few lines go, the story stays
    const aspnet = read(
      `<form id="form1"><h1>${title}</h1><div class="content">${ps}<div class="cmt"><div>Votre avis</div><textarea></textarea></div></div></form>`,
    );
    expect(aspnet.article?.paragraphs).toEqual(paras);
  });

  it("reads no publication date in the story's own sentences, near the title or not", () => {
    const dated = `<p>Hanoï (VNA) – Le <a href="/pm-post1.vnp">Premier ministre Pham Minh Chinh</a> a présidé, le 12 mars 2025, <a href="/reunion-post2.vnp">la réunion du gouvernement</a> sur la coopération.</p>`;
    expect(read(`<h1>${title}</h1>${dated}${ps}`).article?.published ?? null).toBeNull();
    const sapo = '<div class="sapo">Le défilé commencera le 2 septembre 2025 à 6h30.</div>';
    expect(read(`<h1>${title}</h1>${sapo}${ps}`).article?.published ?? null).toBeNull();
    // a category's link beside the date line above the title is no teaser
    const meta = '<div class="meta"><a href="/politique/">Politique</a> <span>12/03/2025 20:35</span></div>';
    expect(read(`${meta}<h1>${title}</h1>${ps}`).article?.published).toBe('2025-03-12T20:35:00+07:00');
  });

  it("keeps a quote that only a hidden copy of the page repeats, and a chronology's dated lines", () => {
    const quote = '« Le Vietnam considère la France comme un partenaire important en Europe. »';
    const copy = `<h1>${title}</h1>${ps}<blockquote><p>${quote}</p></blockquote>`;
    const { article } = read(`<div hidden>${copy}</div><article>${copy}</article>`);
    expect(article?.paragraphs).toContain(quote);
    const chrono = '<p>12 avril 1973 : établissement des relations diplomatiques</p><p>LES ENJEUX</p>';
    expect(read(`<h1>${title}</h1>${ps}${chrono}`).article?.paragraphs).toEqual([
      ...paras,
      '12 avril 1973 : établissement des relations diplomatiques',
      'LES ENJEUX',
    ]);
  });

  it('takes a linked title over a linked summary, and a card title past its date and rubric', () => {
    const linked = (i: number) =>
      `<div><a href="/accord-${i}-post30${i}.vnp"><img src="/${i}.jpg" alt=""></a><a class="t" href="/accord-${i}-post30${i}.vnp">Accord Vietnam - France numéro ${i}</a><a class="s" href="/accord-${i}-post30${i}.vnp">Le Vietnam et la France ont signé mardi un accord de coopération numéro ${i}.</a></div>`;
    const oneLink = (i: number) =>
      `<a href="/une-autre-nouvelle-post31${i}.vnp"><div>04/03/2024 10:15</div><div>Vietnam - Asie-Pacifique</div><div>Une autre nouvelle de la coopération, numéro ${i}</div><div>Un résumé assez long de la nouvelle numéro ${i}.</div></a>`;
    for (const [card, want] of [
      [linked, (i: number) => `Accord Vietnam - France numéro ${i}`],
      [oneLink, (i: number) => `Une autre nouvelle de la coopération, numéro ${i}`],
    ] as const) {
      const { related } = read(
        `<h1>${title}</h1>${ps}<section><h2>Voir plus</h2>${[1, 2, 3].map(card).join('')}</section>`,
      );
      expect(related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual([1, 2, 3].map(want));
    }
  });

  it("makes no inline story of the headline linked to itself, nor a teaser of a <dd>'s rubric link", () => {
    const self = read(`<div class="title"><a href="${url}">${title}</a></div>${ps}`);
    expect(self.related).toEqual([]);
    const dl = `<dl>${[1, 2, 3].map((i) => `<dt><a href="/une-nouvelle-de-la-rubrique-post40${i}.vnp">Une nouvelle de la rubrique numéro ${i}</a></dt><dd><a href="/economie/">Économie</a> <span>2${i}/03/2025</span> Un résumé assez long de la nouvelle.</dd>`).join('')}</dl>`;
    const { related } = read(`<h1>${title}</h1>${ps}<div><div>Dans la même rubrique</div>${dl}</div>`);
    expect(related.map((r) => r.title)).toEqual([1, 2, 3].map((i) => `Une nouvelle de la rubrique numéro ${i}`));
  });

  it('keeps the caption of a story photo of billboards, and finds the headline before the site and its tagline', () => {
    const photo =
      '<div><img src="/2025/09/panneaux.jpg" alt="Panneaux publicitaires à Hô Chi Minh-Ville"></div><div><em>Des panneaux publicitaires à Hô Chi Minh-Ville. Photo : VNA</em></div>';
    expect(read(`<h1>${title}</h1>${photo}${ps}`).article?.captions).toEqual([
      'Des panneaux publicitaires à Hô Chi Minh-Ville. Photo : VNA',
    ]);
    const head = `<title>${title} | Le Courrier du Vietnam | Quotidien francophone d'information du Vietnam</title>`;
    expect(read(`<div>${ps}</div>`, head).article?.title).toBe(title);
  });

  it('takes neither a byline nor a "Lire aussi" link for the standfirst', () => {
    for (const x of [
      '<div>Nguyen Thu Ha, correspondante permanente de la VNA au Laos.</div>',
      '<div>Lire aussi : <a href="/le-vietnam-et-cuba-post5.vnp">Le Vietnam et Cuba célèbrent leurs relations.</a></div>',
    ])
      expect(read(`<h1>${title}</h1>${x}${ps}`).article?.lead ?? null, x).toBeNull();
  });
});
