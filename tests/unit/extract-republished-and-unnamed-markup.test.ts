// Blind rounds 80 (VNA stories as partner agencies, embassies and reader apps republish them), 81
// (markup whose names say nothing) and 82 (feeds nobody labelled the usual way), on the helpers'
// pages (tests/fixtures/layouts/new). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../eval/extraction';
import { analysePage } from '../../lib/analyse';
import { readLayoutPage } from '../support/layout-pages';
import { parseHtml } from './helpers';

const read = readLayoutPage;

describe('a VNA story republished on another host', () => {
  it("a partner agency's list of its other copies, on its own host, is the feed", () => {
    const { truth, feed } = read('aspnetwebforms-kpl-sourcetop-gridviewfeed-nouvellessimilaires-vnp');
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
    expect(feed.map((r) => r.url)).toEqual(truth.feed_items.map((t) => t.url));
  });

  // (without its label read as a side list's, the host rule above takes such a box for the feed)
  it('a "Nouvelles récentes" box on that host is a side list, not the feed', () => {
    const url = 'https://actu-asie.example.org/news/vietnam-laos-cooperation/2024-09-20-412';
    const teaser = (n: number, t: string) =>
      `<div class="item"><a href="/news/${t.toLowerCase().replace(/[^a-z]+/g, '_')}/2024-08-${10 + n}-${300 + n}">${t}</a> <span>1${n}.08.2024</span></div>`;
    const html = `<html><head><title>Le Vietnam et le Laos renforcent leur coopération</title></head><body>
      <table><tr><td>
        <h1>Le Vietnam et le Laos renforcent leur coopération</h1>
        <p>Hanoï (VNA) – Le Vietnam et le Laos ont convenu mardi de renforcer leur coopération dans les domaines de l'énergie, des transports et de l'éducation, lors d'une réunion tenue à Hanoï.</p>
        <p>Les deux parties ont passé en revue la mise en oeuvre des accords signés l'an dernier et se sont engagées à accélérer les projets de connexion routière entre les deux pays.</p>
        <p>Elles ont aussi décidé d'accroître les bourses d'études accordées aux étudiants lao au Vietnam dans les années à venir. Source : VNA</p>
      </td><td>
        <table><tr><td><b>Nouvelles récentes</b></td></tr><tr><td>
        ${teaser(1, 'Le ministre croate des AE apprécie le potentiel de coopération avec le Vietnam')}
        ${teaser(2, "Bùi Thanh Son reçoit le ministre d'État aux Affaires étrangères du Qatar")}
        ${teaser(3, 'Félicitations de dirigeants étrangers au président Tô Lâm')}
        </td></tr></table>
      </td></tr></table></body></html>`;
    const got = analysePage(parseHtml(html, url), url);
    expect(got.related.filter((r) => r.origin === 'feed')).toEqual([]);
  });

  it('a <title> glued to its site\'s name by an underscore gives the headline ("X_French.xinhuanet.com")', () => {
    const { got, truth } = read(
      'xinhuanet2018-trsstatic-enpcomment-divtitle-beijingtime-nolead-articlesliees-vnp',
      'decided',
    );
    expect(got.article?.title).toBe(truth.title);
    // (its date, shown by the headline, is read: in Hanoi time, as every shown time without a zone)
    expect(got.article?.published?.slice(0, 10)).toBe('2018-12-04');
  });

  it('a flag set in superscript in the headline is no part of it ("<sup>Mis en avant</sup>"); an ordinal\'s ending is', () => {
    const { got, truth } = read(
      'joomla3-k2-aps-introtextlead-splitcaptioncredit-gmtdate-prevnext-elementsrelatifs-vnanet',
      'open',
    );
    expect(got.article?.title).toBe(truth.title);
    const url = 'https://fr.vietnamplus.vn/la-10e-session-de-lassemblee-nationale-souvre-post1000.vnp';
    const html = `<html><head><title>x</title></head><body><article><h1>La 10<sup>e</sup> session de l'Assemblée nationale s'ouvre</h1>
      <p>Hanoï (VNA) – La 10e session de l'Assemblée nationale de la XVe législature s'est ouverte lundi matin à Hanoï, en présence des dirigeants du Parti et de l'État.</p>
      <p>Les députés examineront une quarantaine de projets de loi et de résolutions au cours de cette session, la dernière de la législature, a indiqué le président de l'Assemblée.</p></article></body></html>`;
    expect(analysePage(parseHtml(html, url), url).article?.title).toBe(
      "La 10e session de l'Assemblée nationale s'ouvre",
    );
  });
});

describe("a copy's own lines", () => {
  it('"Publié initialement par VietnamPlus (Agence vietnamienne d\'information, VNA)." is a credit, not the story', () => {
    const { got, truth } = read(
      'reactssr-flipmag-readerview-utctimeattr-readoriginal-carouselcards-plusdelasource-vnp',
    );
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
  });
});

describe('microdata printed as text', () => {
  it("its timestamps and the page's address, in a box the framework's classes hide, are no line of the story", () => {
    const { got, truth } = read('nukeviet4-news-detail-phpdatemeta-tooltiphometext-ajaxpager-autresactualites-vnanet');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
  });
});

describe('feeds nobody labelled the usual way', () => {
  it('a month\'s archive links ("février 2026 (37)", /archive/2026/02) are no teasers', () => {
    const { truth, feed } = read(
      'refinerycms-news-bodycontentright-dayonlydate-gtgtinline-dlfeed-danslamemecategorie-lcv',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });
});

describe('markup whose names say nothing', () => {
  it("a <style> a CSS-in-JS page sets before each card, and a script's words, are no text of the page", () => {
    const { truth, feed } = read(
      'emotion-gatsby-inlinestyletags-ariaheadingtitle-imgfeedheading-relativedatahrefcards-autresarticles-lcv',
      'open',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  it('a card whose only link is its hidden picture\'s, opened by a script ("role=link data-href"), is titled by its first line', () => {
    const { truth, feed } = read(
      'emotion-gatsby-inlinestyletags-ariaheadingtitle-imgfeedheading-relativedatahrefcards-autresarticles-lcv',
      'open',
    );
    expect(feed.map((r) => r.summary)).toEqual(truth.feed_items.map((t) => t.summary));
    expect(feed.map((r) => r.url)).toEqual(truth.feed_items.map((t) => t.url));
  });

  it('an empty overlay link that names its story to assistive technology only (aria-label) makes a teaser', () => {
    const { truth, feed, got } = read(
      'stylex-atomicclasses-spandirauto-emptyoverlaylinks-frdatetext-yearlessteaserdates-surlememesujet-lcv',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
    // (and the cards' words are no photo captions of the story)
    expect(got.article?.captions).toEqual(truth.captions);
  });

  it('a card whose one link says "Lire la suite »" is titled by its first line, bold by its class', () => {
    const { truth, feed } = read(
      'tailwind-utilityonly-feedcolumnfirstdom-csscontentheading-onclickcards-readmorelinks-memerubrique-lcv',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  // (once a script's words no longer stand between, as they did in this page's ad slot)
  it('a bold line that ends on a colon introduces what follows: it is no standfirst', () => {
    const { got, truth } = read('herald-wp-topbartoday-blockquoteletters-autresarticles-lcv', 'decided');
    expect(got.article?.lead).toBe(truth.lead);
  });
});

describe('cards whose links show no words', () => {
  it("are teasers titled by their first line, past a caption in their picture's box", () => {
    const { truth, feed, got } = read(
      'styledcomponents-reactsnap-divtitle-stickytitleclone-spancaption-onclickcards-voirplus-vnp',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
    // (as a browser shows them: a run of spaces is one)
    const shown = (t: string | null) => t?.replace(/\s+/g, ' ') ?? null;
    expect(feed.map((r) => shown(r.caption))).toEqual(truth.feed_items.map((t) => shown(t.caption)));
    // (and they are no part of the story, nor their pictures' words its captions)
    expect(got.article?.captions.map(shown)).toEqual(truth.captions.map(shown));
  });
});

describe('pages broken the way real pages break', () => {
  it("a pager's numbers are no teasers; the list of cards beside it is the feed", () => {
    const { truth, feed } = read(
      'yii2-bootstrap4-latin1mojibakechrome-mojibakefeedlabel-doubleescapedteaser-listviewsummary-memerubrique-lcv',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  it("a page cut off inside a teaser's picture tag: the teaser that shows nothing is none", () => {
    const { truth, feed } = read(
      'sahifa-wp-truncatedtransfer-nofooter-nosidebar-halfcatbox-deadimgtag-breakingticker-memerubrique-lcv',
    );
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  it('a story three thousand classed wrappers deep is read (the wrappers flattened), not given up', () => {
    const { got, truth } = read(
      'brizy-wp-recursiveglobalblock-3000nesteddivs-storyatdepth3000-postsgrid-figcaptioncards-voirplus-vnp',
    );
    expect(got.article?.title).toBe(truth.title);
    expect(tokenF1(got.article?.paragraphs.join('\n') ?? '', truth.paragraphs.join('\n'))).toBeGreaterThanOrEqual(0.98);
  });

  it('a standfirst box left open, swallowing the story after it, keeps the story; its own words are the lead', () => {
    const { got, truth } = read(
      'classicasp-quirks-tablelayout-unclosedptdli-spandatewrapsstory-saponestsbody-fontreconstruct-autresnouvelles-vnp',
      'open',
    );
    expect(got.article?.title).toBe(truth.title);
    expect(got.article?.lead).toBe(truth.lead);
    expect(got.article?.paragraphs.length).toBeGreaterThanOrEqual(truth.paragraphs.length - 1);
  });
});

describe('copies readers keep (blind round 83)', () => {
  it('a reader app\'s meta line over the headline dates the story by its date field ("fr.vietnamplus.vn • Jul 31, 2018 • 4 min read")', () => {
    const { got, truth } = read(
      'omnivore-nextreader-anchoridx-highlightspans-notebookdup-proxyimgs-usdateonly-voirplus-vnp',
    );
    expect(got.article?.published?.slice(0, 10)).toBe(truth.published?.slice(0, 10));
  });
});
