// The structural path: pages in markups not in the corpus, and the feed told apart from the
// lists that are not related stories.
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../eval/extraction';
import { loadNewLayouts } from '../../eval/families';
import { analysePage } from '../../lib/analyse';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

describe('pages in markups VNA Lens has never seen (tests/fixtures/layouts/new)', () => {
  it.each(loadNewLayouts().map((p) => [p.name, p] as const))('%s: article, captions and feed', (_, page) => {
    const a = analysePage(parseHtml(page.html, page.url), page.url);
    const truth = page.truth;
    expect(a.page.kind).toBe('article');
    expect(a.article?.title).toBe(truth.article.title);
    expect(a.article?.lead).toBe(truth.article.lead);
    expect(a.article?.published).toBe(truth.published);
    expect(tokenF1(a.article?.paragraphs.join('\n') ?? '', truth.article.paragraphs.join('\n'))).toBeGreaterThanOrEqual(
      0.98,
    );
    expect(a.article?.captions).toEqual(truth.article.captions);
    expect(a.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual(truth.feed.map((f) => f.title));
    expect(a.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual(page.inline);
    // the layout no known record describes is said out loud
    expect(a.page.signals.some((s) => s.startsWith('layout:drift:'))).toBe(true);
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

  it('still drops a form that is a box in the page (a comment form)', () => {
    const withComments = html.replace(
      '</td></tr></table></form>',
      '</td></tr></table></form><form id="comment"><p>Votre commentaire sur cet article, merci de rester courtois.</p><textarea></textarea></form>',
    );
    const { article } = extract(parseHtml(withComments, URL), URL);
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
