// Blind rounds 70 (the story's body interrupted by what is not the story: pull quotes, fact boxes,
// in-text ads, newsletter calls, embedded players, inline "Lire aussi" lines) and 71 (pages that
// hold more than one full story: a morning brief, a dossier's print view, a photo story embedded
// in another, an infinite scroll's next story, a full story of the same dossier), on the helpers'
// pages (tests/fixtures/layouts/new; five whose truth differs from a decision are in
// tests/fixtures/layouts/decided). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { readLayoutPage } from '../support/layout-pages';

const read = readLayoutPage;

describe('other stories printed whole in the page', () => {
  it("a morning brief's short stories after its headline story are neither its body nor its captions", () => {
    const { got, truth } = read('bsslike-php-morningbrief-enbref-autresnouvelles-vnanet');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
    expect(got.article?.captions).toEqual(truth.captions);
  });

  it("a full story of the same dossier after the story's tags is not the story's", () => {
    const { got, truth } = read('zf1-zendview-memedossier-fullstory-autresarticles-lcv');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
    expect(got.article?.captions).toEqual(truth.captions);
  });

  it('a photo story embedded in the middle of another: the story goes on after it, its feed too', () => {
    const { got, truth, feed } = read('sanity-portabletext-photostory-embeddedstory-voirplus-vnp');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
    expect(got.article?.captions).toEqual(truth.captions);
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  it('an infinite scroll\'s next story under a second-rank headline, with its own "Voir plus": neither body nor feed', () => {
    const { got, truth, feed } = read('sophora-jsp-infinitescroll-nextstoryvoirplus-voirplus-vnp');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
  });

  it("a print view's date line with its hour beats the metadata's day alone", () => {
    const { got, truth } = read('cascadecms-velocity-printdossier-suitesdudossier-autresarticles-vnanet');
    expect(got.article?.published).toBe(truth.published);
  });
});

describe('what interrupts the story', () => {
  it('a "Chronologie" box is a fact box; a pull quote whose box is named by its quote mark repeats the story', () => {
    const { got, truth } = read('aalike-detayicerik-kronolojibox-videoembed-alinti-dansmemerubrique-vnanet');
    expect(got.article?.paragraphs).toEqual(truth.paragraphs);
  });

  it('"Vidéo : <a>X</a>" before a player is a related story said in the text, not a line of it', () => {
    const { got } = read('aalike-detayicerik-kronolojibox-videoembed-alinti-dansmemerubrique-vnanet');
    expect(got.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      "Le bouclier de la nation : L'Armée populaire du Vietnam",
    ]);
  });

  it("a feed card's picture caption shown in its link before the headline is not the card's title", () => {
    const { feed, truth } = read('aalike-detayicerik-kronolojibox-videoembed-alinti-dansmemerubrique-vnanet');
    expect(feed.map((r) => r.title)).toEqual(truth.feed);
    expect(feed.map((r) => r.caption)).toEqual(truth.feed_items.map((t) => t.caption));
  });

  it('"Suite de l\'article après la publicité" and a newsletter call without a field are not the story', () => {
    for (const name of [
      'senchatouch2-mobile-xinnerhtml-suitepub-newsletter-xlist-autresarticles-lcv',
      'figlike-figbody-diaporama-ensavoirplus-chronoencadre-autresarticles-vnp',
    ]) {
      const { got, truth } = read(name);
      expect(got.article?.paragraphs).toEqual(truth.paragraphs);
    }
  });

  it("a photo's credit in its own box after its caption is the caption's, not a caption of its own", () => {
    const { got, truth } = read('senchatouch2-mobile-xinnerhtml-suitepub-newsletter-xlist-autresarticles-lcv');
    expect(got.article?.captions).toEqual(truth.captions);
  });

  it("an embedded player's title line is not a line of the story", () => {
    const { got } = read('storyblok-richtextbloks-reperesbox-ytembed-suitepub-autresarticles-vnp', 'decided');
    expect(got.article?.paragraphs.join('\n')).not.toContain('Festivals et culture vibrante');
    expect(got.article?.paragraphs.join('\n')).not.toContain('Suite de l’article');
  });

  it('two ">>" lines in one paragraph, the mark before each link, are two related stories', () => {
    const { got } = read('jarida-wp-autoloadnextpost-relatedposts-articlesconnexes-lcv');
    expect(got.related.filter((r) => r.origin === 'inline').map((r) => r.title)).toEqual([
      'Étudiants : le Vietnam dans le Top 10 des destinations touristiques idéales',
      'Le Vietnam accueille son 10 millionième touriste étranger',
    ]);
  });

  it('an ad\'s picture, named by its format ("pub-300x250"), gives the next box\'s heading no caption', () => {
    const { got, truth } = read('jarida-wp-autoloadnextpost-relatedposts-articlesconnexes-lcv');
    expect(got.article?.captions).toEqual(truth.captions);
  });

  it('the labels a page\'s own style sheet hides for screen readers are not read: "Légende image, ", "Author, "', () => {
    const { got, truth } = read(
      'simorghlike-emotionclasses-hiddenlegende-inlinelinks-newsletterpromo-surlememesujet-vnanet',
      'decided',
    );
    expect(got.article?.captions).toEqual(truth.captions);
    expect(got.article?.paragraphs.join('\n')).not.toMatch(/Author, |Crédit photo, /);
  });
});

// Blind round 72: pages whose metadata says another date than the page shows.
describe('the date a VNA page shows against its metadata', () => {
  it('a line of its own under the title, day and hour, beats a republication time in the metadata', () => {
    const { got, truth } = read('reddot-wsm-tablelayout-canonicalhome-autresarticles-vnp');
    expect(got.article?.published).toBe(truth.published);
  });

  it('"Envoyé par Rédaction le vendredi 28 avril 2017 - 18:40:00" beats a time given in the wrong zone', () => {
    const { got, truth } = read('e107-newsitem-hiddenitemprop-autresnouvelles-lcv');
    expect(got.article?.published).toBe(truth.published);
  });
});
