// Pages for the hardening end-to-end tests (issue 7), shared by Chromium and Firefox: a page
// built to attack the extension, VNA-like pages with distinct and overlapping teasers, and the
// stories the pure model expects from a set of pages (computed in Node, never hard-coded).
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { entriesFromAnalysis, mergeEntries, type TimelineEntry } from '../../lib/timeline';

/** What page strings try to run; none of it may execute anywhere. */
export const ATTACKS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload=window.__pwned=1>',
  js: 'javascript:window.__pwned=1',
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const HOSTILE_PATH = '/vietnam-cambodge-hostile-post990001.vnp';
export const HOSTILE_TITLE = `Vietnam et Cambodge ${ATTACKS.img} renforcent leur coopération ${ATTACKS.script}`;
/** teaser titles whose links are javascript:/data: URLs */
export const JS_TEASER = `Vietnam-Cambodge ${ATTACKS.svg} : un lien piégé`;

const teaser = (href: string, title: string, summary: string, when: string) => `
      <article class="story">
        <figure class="story__thumb"><a class="cms-link" href="${esc(href)}" title="${esc(title)}"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="${esc(summary)}"></a></figure>
        <h3 class="story__heading"><a class="cms-link" href="${esc(href)}" title="${esc(title)}">${esc(title)}</a></h3>
        <div class="story__summary story__shorten">${esc(summary)}</div>
        <time class="time" datetime="${when}">${when.slice(8, 10)}/${when.slice(5, 7)}/${when.slice(0, 4)}</time>
      </article>`;

/**
 * A VietnamPlus-looking article whose every page string carries markup and script-like text,
 * CSS aimed at injected UI, and scripts that record messages, mutations and globals.
 */
export function hostilePage(): string {
  const fill = ' Les deux parties ont discuté de la coopération dans la garantie de la sécurité et de l’ordre social.';
  const canonical = `https://fr.vietnamplus.vn${HOSTILE_PATH}`;
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>${esc(HOSTILE_TITLE)} | Vietnam+ (VietnamPlus)</title>
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="Vietnam+ (VietnamPlus)">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(HOSTILE_TITLE)}">
<meta property="article:published_time" content="2026-03-20T10:00:00+07:00">
<style>
  mark, mark.vna-lens-mark, [class^="vna-lens"], [id^="vna-lens"] { display: none !important; visibility: hidden !important; }
  :host, :host(*), ::slotted(*), *::part(card), *::part(title) { display: none !important; }
  * { animation: none !important; }
  body::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: rgba(200, 0, 0, .04); }
  .overlay { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
</style>
<script>
  window.__messages = [];
  window.__mutations = [];
  window.__events = [];
  window.addEventListener('message', (e) => { window.__messages.push(JSON.stringify(e.data) ?? String(e.data)); }, true);
  for (const type of ['vna-lens', 'vnaLens', 'analysis', 'page:analysed']) {
    document.addEventListener(type, () => window.__events.push(type), true);
    window.addEventListener(type, () => window.__events.push(type), true);
  }
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        window.__mutations.push({ kind: 'attr', name: r.attributeName, tag: r.target.tagName, id: r.target.id || '', value: r.target.getAttribute(r.attributeName) });
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) window.__mutations.push({ kind: 'added', tag: n.tagName, id: n.id || '', attrs: n.getAttributeNames() });
        }
      }
    }
  }).observe(document, { attributes: true, childList: true, subtree: true }));
</script>
</head>
<body class="detail-page">
<div class="overlay"></div>
<div class="site-body"><div class="container">
  <div class="col zone-4"><div class="main-col article">
    <h1 class="article__title cms-title">${esc(HOSTILE_TITLE)}</h1>
    <div class="article__sapo cms-desc"><p>Le vice-Premier ministre Sar Kheng ${esc(ATTACKS.img)} a reçu le 19 mars à Phnom Penh une délégation vietnamienne ${esc(ATTACKS.svg)} conduite par M. Jean ${esc(ATTACKS.script)} Dupont.</p></div>
    <div class="article__meta"><time class="time" datetime="2026-03-20T10:00:00+07:00">20/03/2026 10:00</time></div>
    <div class="article__body zce-content-body cms-body" itemprop="articleBody">
      <p>Phnom Penh (VNA) – Le vice-Premier ministre et ministre de l’Intérieur du Cambodge Sar Kheng a reçu ${esc(ATTACKS.img)} Hun Sen.${fill}</p>
      <figure class="expNoEdit"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="${esc(ATTACKS.svg)}">
        <figcaption class="fig"><p>Sar Kheng ${esc(ATTACKS.img)} et Hun Sen à Phnom Penh. Photo : VNA</p></figcaption></figure>
      <p>Sar Kheng ${esc(ATTACKS.svg)} a remercié M. Hun Sen ${esc(ATTACKS.script)} pour la coopération Vietnam-Cambodge.${fill}</p>
      <p data-note="${esc(ATTACKS.svg)}">Le Vietnam et le Cambodge ${esc(ATTACKS.js)} ont signé un procès-verbal de coopération.${fill}</p>
      <div class="article__source"><div class="source"><span class="name">VNA</span></div></div>
    </div>
  </div></div>
</div></div>
<div class="wrapper-gray"><div class="container">
  <div class="box-heading"><h2 class="title">Voir plus</h2></div>
  <div class="list-media content-list" data-source="recommendation-5">${[
    teaser(
      ATTACKS.js,
      JS_TEASER,
      `Le Vietnam et le Cambodge ${ATTACKS.img} : coopération.`,
      '2026-03-19T12:00:00+07:00',
    ),
    teaser(
      '  JaVaScRiPt:window.__pwned=2',
      `Cambodge ${ATTACKS.script} : un deuxième lien piégé`,
      'Le Vietnam et le Cambodge renforcent la sécurité.',
      '2026-03-18T12:00:00+07:00',
    ),
    teaser(
      'data:text/html,<script>window.__pwned=3</script>',
      `Vietnam-Cambodge : un lien data: ${ATTACKS.svg}`,
      'Coopération entre le Vietnam et le Cambodge.',
      '2026-03-17T12:00:00+07:00',
    ),
    teaser(
      'https://fr.vietnamplus.vn/vietnam-cambodge-un-vrai-lien-post990002.vnp',
      `${ATTACKS.img} Vietnam et Cambodge : un vrai lien`,
      `${ATTACKS.svg} Le Vietnam et le Cambodge ${ATTACKS.script} renforcent leur amitié.`,
      '2026-03-16T12:00:00+07:00',
    ),
  ].join('')}
  </div>
</div></div>
<script>window.__keysAtLoad = Object.keys(window);</script>
</body></html>`;
}

const PARTNERS = ['Laos', 'Cambodge', 'Chine', 'Japon', 'France'] as const;
const DEMONYMS: Record<(typeof PARTNERS)[number], string> = {
  Laos: 'lao',
  Cambodge: 'cambodgien',
  Chine: 'chinois',
  Japon: 'japonais',
  France: 'français',
};
const SHARED_TEASERS = [0, 1, 2].map((s) => ({
  url: `https://fr.vietnamplus.vn/teaser-partage-${s}-post97000${s}.vnp`,
  title: `Le Vietnam et le ${PARTNERS[s]} signent un accord commercial n°${s}`,
  summary: `Les deux pays ont signé un accord de coopération commerciale à Hanoï, numéro ${s}.`,
}));

export const generatedPath = (i: number) => `/article-genere-${i}-post95000${i}.vnp`;
const generatedTitle = (i: number) => `Le Vietnam et le ${PARTNERS[i % 5]} renforcent leur coopération (${i})`;

/**
 * The i-th generated VietnamPlus article: its own teasers, teasers shared with other generated
 * pages, a teaser of the next generated article (merged with it) and one of a corpus page.
 */
export function generatedPage(i: number, count = 10): string {
  const partner = PARTNERS[i % 5] as (typeof PARTNERS)[number];
  const canonical = `https://fr.vietnamplus.vn${generatedPath(i)}`;
  const title = generatedTitle(i);
  const next = (i + 1) % count;
  const teasers = [
    ...[0, 1].map((k) =>
      teaser(
        `https://fr.vietnamplus.vn/teaser-unique-${i}-${k}-post96${i}${k}0.vnp`,
        `Hanoï accueille un forum ${DEMONYMS[partner]} sur l’énergie, édition ${i}-${k}`,
        `Des entreprises vietnamiennes et ${DEMONYMS[partner]}es ont débattu de l’énergie (${i}-${k}).`,
        `2026-03-${String(10 + k).padStart(2, '0')}T09:00:00+07:00`,
      ),
    ),
    ...[SHARED_TEASERS[i % 3], SHARED_TEASERS[(i + 1) % 3]].map((t) =>
      teaser(t?.url ?? '', t?.title ?? '', t?.summary ?? '', '2026-03-05T08:00:00+07:00'),
    ),
    teaser(
      `https://fr.vietnamplus.vn${generatedPath(next)}`,
      generatedTitle(next),
      'Lire l’article complet.',
      '2026-03-15T10:00:00+07:00',
    ),
    teaser(
      'https://fr.vietnamplus.vn/vietnam-laos-une-solidarite-constante-a-travers-l-histoire-post264929.vnp',
      'Vietnam-Laos : une solidarité constante à travers l’histoire',
      'À l’occasion du 71e anniversaire du PPRL, l’ambassadeur du Vietnam au Laos a remis des fleurs.',
      '2026-03-22T10:00:00+07:00',
    ),
  ];
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>${title} | Vietnam+ (VietnamPlus)</title>
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="Vietnam+ (VietnamPlus)">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-03-${String(11 + i).padStart(2, '0')}T10:00:00+07:00">
</head>
<body class="detail-page"><div class="site-body"><div class="container"><div class="col zone-4"><div class="main-col article">
  <h1 class="article__title cms-title">${title}</h1>
  <div class="article__sapo cms-desc"><p>Le Vietnam et le ${partner} ont tenu le ${10 + i} mars à Hanoï leur ${i + 2}e réunion du comité mixte de coopération.</p></div>
  <div class="article__meta"><time class="time" datetime="2026-03-${String(11 + i).padStart(2, '0')}T10:00:00+07:00">${11 + i}/03/2026 10:00</time></div>
  <div class="article__body zce-content-body cms-body" itemprop="articleBody">
    <p>Hanoï (VNA) – Le Vietnam et le ${partner} ont passé en revue leur coopération dans les domaines de l’économie, du commerce et de l’éducation, lors de la réunion tenue le ${10 + i} mars à Hanoï.</p>
    <p>Les deux parties se sont engagées à renforcer les échanges de délégations à tous les niveaux et à faciliter les investissements mutuels, a indiqué le ministère des Affaires étrangères.</p>
    <p>Elles ont également échangé sur des questions régionales et internationales d’intérêt commun, dans une atmosphère franche et amicale.-VNA</p>
    <div class="article__source"><div class="source"><span class="name">VNA</span></div></div>
  </div>
</div></div></div></div>
<div class="wrapper-gray"><div class="container">
  <div class="box-heading"><h2 class="title">Voir plus</h2></div>
  <div class="list-media content-list">${teasers.join('')}
  </div>
</div></div>
</body></html>`;
}

/** The stories the pure model keeps from these pages (in any order), as the store should. */
export function expectedStories(pages: { html: string; url: string }[]): TimelineEntry[] {
  let all: TimelineEntry[] = [];
  pages.forEach(({ html, url }, i) => {
    all = mergeEntries(all, entriesFromAnalysis(analysePage(parseHtml(html, url), url), i));
  });
  return all;
}

/** The URL identity keys of entries (one story = one key set). */
export const urlKeysOf = (entries: { keys: string[] }[]) =>
  entries.flatMap((e) => e.keys.filter((k) => k.startsWith('url:'))).sort();
