// Blind rounds 89–93: the feed is one list among several that look alike ("Même rubrique" beside "Les
// plus lus", "Dernières nouvelles", a dossier box), on the helper's pages (tests/fixtures/layouts/new)
// and boxes shaped like theirs. Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { isNonStoryLine } from '../../lib/extract/non-story-lines';
import { cleanStoryLink } from '../../lib/story-links';
import { readLayoutPage } from '../support/layout-pages';
import { parseHtml } from './helpers';

const url = 'https://lecourrier.vn/le-vietnam-et-le-laos-renforcent-leur-cooperation/1300000.html';
const story = `<article><h1>Le Vietnam et le Laos renforcent leur coopération énergétique</h1>
  <p>Hanoï (VNA) – Le Vietnam et le Laos ont convenu de renforcer leur coopération dans les domaines de l'énergie et des transports, lors d'une réunion tenue mardi à Hanoï.</p>
  <p>Les deux parties ont passé en revue la mise en oeuvre des accords signés l'an dernier et se sont engagées à accélérer les projets de connexion routière entre les deux pays.</p></article>`;
const titles = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => `Nouvelle numéro ${from + k} de la rubrique politique du jour`);
const list = (from: number, count: number) =>
  `<ul>${titles(from, count)
    .map((t, k) => `<li><a href="https://lecourrier.vn/nouvelle-numero-${from + k}/12${from + k}00.html">${t}</a></li>`)
    .join('')}</ul>`;
/** A page of the story and the boxes given: its analysis. */
const analyse = (html: string) =>
  analysePage(parseHtml(`<html><head><title>x</title></head><body>${html}</body></html>`, url), url);
const feedItems = (html: string) => analyse(html).related.filter((r) => r.origin === 'feed');
const feedOf = (html: string) => feedItems(html).map((r) => r.title);

describe('a feed among look-alike lists', () => {
  it('"Même rubrique" and the like name the feed: its bare titles are read, the same markup under "Les plus lus" is not', () => {
    const page = readLayoutPage('drupal10-viewsblocks-twinlists-memerubrique-vnp');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    for (const label of [
      'Même rubrique',
      'De la même rubrique',
      'Aussi dans cette rubrique',
      'Dans la même catégorie',
      'Articles recommandés',
      'Ces articles peuvent vous intéresser',
      'Autres titres',
      "Plus d'actualités",
    ])
      expect(
        feedOf(`${story}<div><h2>${label}</h2>${list(1, 4)}</div><div><h2>Les plus lus</h2>${list(10, 4)}</div>`),
      ).toEqual(titles(1, 4));
  });

  // blind round 94: a CMS with Vietnamese class names and labels on the French page
  it('a box labelled "Đọc nhiều" (most read) in Vietnamese is a side list, not the feed\'s second part', () => {
    const page = readLayoutPage('vnclassnames-chitiet-noidung-tieude-ngaydang-slugtitle-tukhoa-tinkhac-vnanet', 'open');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    const box = (label: string, from: number) =>
      `<div class="boxtin"><div class="tieudebox">${label}</div>${list(from, 3)}</div>`;
    for (const label of ['Đọc nhiều', 'Xem nhiều nhất', 'Tin mới nhất', 'Nổi bật'])
      expect(feedOf(`${story}${box('Tin khác', 1)}${box(label, 10)}`)).toEqual(titles(1, 3));
  });

  it('a feed an ad splits in two goes on past the ad, in its second box with no name of its own', () => {
    const page = readLayoutPage('typo3v6-newssingle-adsplitfeed-dossierbox-memerubrique-lcv');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    const ad =
      '<div class="inline-ad"><span>Publicité</span><a href="https://lecourrier.vn/abonnement"><img src="/ads/a.gif" alt="Abonnez-vous"></a></div>';
    expect(
      feedOf(
        `${story}<div class="related"><h2>Voir plus</h2>${list(1, 3)}</div>${ad}<div class="related cont">${list(4, 3)}</div>`,
      ),
    ).toEqual(titles(1, 6));
    // (a list of its own name after the ad stays what it says)
    expect(
      feedOf(`${story}<div><h2>Voir plus</h2>${list(1, 3)}</div>${ad}<div><h2>Les plus lus</h2>${list(4, 3)}</div>`),
    ).toEqual(titles(1, 3));
    // (and a sidebar's first box, its name drawn by its style, opens the next column: the one before
    // holds the story and its feed; extract-review42.test.ts)
    const columns = `<div id="col2" class="col-main">${story}<div><h2>Voir plus</h2>${list(1, 3)}</div></div><div id="col3" class="col-side"><div class="box mostread"><h2 class="icon-title"></h2>${list(4, 4)}</div></div>`;
    expect(feedOf(columns)).toEqual(titles(1, 3));
  });
});

// Blind round 90: teasers in shapes nobody tuned for.
describe('teasers in unusual shapes', () => {
  it('a card a script opens from its data-url, a <button> with no link, is a teaser', () => {
    const page = readLayoutPage('vnp2021-redesign-buttoncards-dataurl-noanchor-undercomments-alirejusteapres-vnp');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    expect(page.feed.map((r) => r.url)).toEqual(page.truth.feed_items.map((t) => t.url));
    const card = (n: number) =>
      `<button type="button" class="card" data-url="https://lecourrier.vn/nouvelle-numero-${n}/12${n}00.html"><strong>${titles(n, 1)[0]}</strong><span>Le résumé de la nouvelle numéro ${n} dit, comme ceux des cartes de ce site, qui a rencontré qui, où et quand, et ce que les deux parties ont décidé de faire ensemble dans les mois à venir.</span></button>`;
    expect(
      feedOf(`${story}<section><div>À lire ensuite</div><div>${card(1)}${card(2)}${card(3)}</div></section>`),
    ).toEqual(titles(1, 3));
  });

  it('an accordion\'s <summary> is its teaser\'s headline, the link under it says only "Lire la dépêche"', () => {
    const item = (n: number) =>
      `<details${n === 1 ? ' open' : ''}><summary>${titles(n, 1)[0]}</summary><div><p>09/10/2025 08:10</p><p>Un résumé de la nouvelle numéro ${n}, en une phrase assez longue.</p><p><a href="https://lecourrier.vn/nouvelle-numero-${n}/12${n}00.html">Lire la dépêche →</a></p></div></details>`;
    const got = feedItems(`${story}<section><h2>Dernières dépêches</h2>${item(1)}${item(2)}${item(3)}</section>`);
    expect(got.map((r) => r.title)).toEqual(titles(1, 3));
    expect(got.map((r) => r.published)).toEqual(Array(3).fill('2025-10-09T08:10:00+07:00'));
  });

  it("a table row's date cell with its time on a line of its own dates the teaser", () => {
    const row = (n: number) =>
      `<tr><td class="colDate">28/09/2022<br><span class="h">09:50</span></td><td><a href="https://lecourrier.vn/politique/">Politique</a></td><td><a href="https://lecourrier.vn/nouvelle-numero-${n}/12${n}00.html">${titles(n, 1)[0]}</a></td></tr>`;
    const got = feedItems(
      `${story}<div><h2>Autres dépêches</h2><table><tr><th>Date</th><th>Rubrique</th><th>Titre</th></tr>${row(1)}${row(2)}${row(3)}</table></div>`,
    );
    expect(got.map((r) => r.title)).toEqual(titles(1, 3));
    expect(got.map((r) => r.published)).toEqual(Array(3).fill('2022-09-28T09:50:00+07:00'));
  });
});

// Blind round 91: what an article can be (a video page, an infographic, a photo story).
describe("a picture's controls and an outlet's sign-off", () => {
  it('a player\'s bar and a viewer\'s "Cliquez pour agrandir" button under a picture are no captions', () => {
    const page = readLayoutPage('lcv2025-infographie-zoomfigure-sourceline-carouselfeed-voirplus-lcv');
    expect(page.got.article?.captions).toEqual(page.truth.captions);
    const video = readLayoutPage(
      'vnp2020-videodetail-html5player-vttcc-transcription-durationbadges-voirplus-vnp',
      'decided',
    );
    expect(video.got.article?.captions).toEqual([]);
    // (a caption under a picture, beside a zoom button, stays)
    const figure = `<figure><img src="https://lecourrier.vn/p.jpg" alt="x" width="800" height="500"><div><button>Agrandir</button> Le port de Cai Mep. Photo : VNA</div></figure>`;
    expect(analyse(story.replace('</h1>', `</h1>${figure}`)).article?.captions).toEqual([
      'Agrandir Le port de Cai Mep. Photo : VNA',
    ]);
  });

  it('VietnamPlus\'s sign-off with its own name, "VNA/VietnamPlus", is no line of the story', () => {
    for (const line of ['VNA/VietnamPlus', '(VNA/Vietnam+)']) expect(isNonStoryLine(line)).toBe(true);
    expect(isNonStoryLine('VietnamPlus a lancé une nouvelle application.')).toBe(false);
  });
});

// Blind round 92: addresses as real pages write them.
describe('teasers linked the way real pages link them', () => {
  it('a card whose picture links the story with a trailing slash and its title without is one teaser', () => {
    const page = readLayoutPage(
      'lcv2025-wpnewsmag-tdblocks-twinanchors-trailingslashthumb-commentsanchor-surlememesujet-lcv',
    );
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    expect(page.feed.map((r) => r.url)).toEqual(page.truth.feed_items.map((t) => t.url));
  });

  it("a teaser's address loses the statistics' parameters, its fragment and its AMP path, keeps the story's own", () => {
    const page = readLayoutPage(
      'lcv2016-drupal7-nodearticle-campaignutmxtor-viewsrowsfeed-captionnocredit-autresarticles-lcv',
    );
    expect(page.feed.map((r) => r.url)).toEqual(page.truth.feed_items.map((t) => t.url));
    const amp = readLayoutPage('lcv2025-bs5-ampteaserpaths-figcaptioncards-noarticlephoto-dansmemerubrique-lcv');
    expect(amp.feed.map((r) => r.url)).toEqual(amp.truth.feed_items.map((t) => t.url));
    expect(cleanStoryLink('https://fr.vietnamplus.vn/index.php?id=62713&utm_source=x#top')).toBe(
      'https://fr.vietnamplus.vn/index.php?id=62713',
    );
    // (another site's address is left as it is)
    expect(cleanStoryLink('https://example.org/a?utm_source=x#b')).toBe('https://example.org/a?utm_source=x#b');
  });

  it("a date alone in the table row over the title's row dates the story", () => {
    const page = readLayoutPage(
      'vnanetfr2014-aspnet-tablelayout-nouvelleskicker-boldfirstlead-uppercasehostport443-toplink-autresnouvelles-vnanet',
    );
    expect(page.got.article?.published).toBe(page.truth.published);
  });

  it('a notice asking to credit the agency is no line of the story', () => {
    expect(
      isNonStoryLine("Toute reproduction doit mentionner la source « Agence Vietnamienne d'Information (VNA) »."),
    ).toBe(true);
    expect(isNonStoryLine("Toute reproduction des oeuvres doit respecter les droits d'auteur, a-t-il rappelé.")).toBe(
      false,
    );
  });
});

// Blind round 93: three unusual things at once.
describe('a card that is its picture alone', () => {
  it("an AMP page's cards, each a link around one picture, are titled by the picture's alt", () => {
    const card = (n: number) =>
      `<a class="amp-card" href="https://lecourrier.vn/nouvelle-numero-${n}/12${n}00.html"><amp-img src="/t${n}.jpg" width="320" height="200" layout="responsive" alt="${titles(n, 1)[0]}"></amp-img></a>`;
    expect(feedOf(`${story}<h2>Voir plus</h2><div class="more-grid">${card(1)}${card(2)}${card(3)}</div>`)).toEqual(
      titles(1, 3),
    );
    const page = readLayoutPage('vnpamp2023-ampyoutube-inlinelireaussi-altonlyimgcards-voirplus-vnp', 'open');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
  });
});
