// Blind rounds 86 (VNA pages as other extensions and browser features leave them) and 87 (what
// interrupts the story inside its body), on the helpers' pages (tests/fixtures/layouts/new and
// decided), and sentences shaped like theirs. Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../eval/extraction';
import { analysePage } from '../../lib/analyse';
import { isNonStoryLine } from '../../lib/extract/non-story-lines';
import { readLayoutPage } from '../support/layout-pages';
import { parseHtml } from './helpers';

const read = readLayoutPage;
const bodyF1 = ({ got, truth }: ReturnType<typeof read>) =>
  tokenF1(got.article?.paragraphs.join('\n') ?? '', truth.paragraphs.join('\n'));
const inline = ({ got }: ReturnType<typeof read>) =>
  got.related.filter((r) => r.origin === 'inline').map((r) => r.title);

describe("what a reader's tools add to the page", () => {
  it("a translation a bilingual reading tool sets after each French block is not the page's: title, standfirst, captions, teasers", () => {
    const page = read('lecourrier2025-bs5-immersivetranslate-bilingualcopies-creditlines-cardtimes-memerubrique-lcv');
    expect(page.got.article?.title).toBe(page.truth.title);
    expect(page.got.article?.lead).toBe(page.truth.lead);
    expect(page.got.article?.captions).toEqual(page.truth.captions);
    expect(page.feed.map((r) => r.summary)).toEqual(page.truth.feed_items.map((t) => t.summary));
    expect(bodyF1(page)).toBeGreaterThanOrEqual(0.98);
  });

  it('a foreign phrase inside a French sentence stays, marked in its language or not', () => {
    const url = 'https://lecourrier.vn/le-doi-moi-a-40-ans/1300000.html';
    const html = `<html lang="fr"><head><title>x</title></head><body><article><h1>Le Renouveau a 40 ans</h1>
      <p>Hanoï (VNA) – Lancé en 1986, le <em lang="vi">Đổi mới</em> a transformé l'économie du pays, a rappelé l'historien lors d'un colloque tenu mardi à Hanoï devant deux cents chercheurs.</p>
      <p>Les participants ont souligné le rôle des réformes agricoles, puis de l'ouverture aux investissements étrangers, <span lang="en">the so-called open door policy</span></p></article></body></html>`;
    const got = analysePage(parseHtml(html, url), url);
    expect(got.article?.paragraphs.join(' ')).toContain('Đổi mới');
    expect(got.article?.paragraphs.join(' ')).toContain('the so-called open door policy');
  });

  it('a teaser card an ad blocker hid for good ("display: none !important") is no teaser; a slide a script hides is one', () => {
    const page = read(
      'vnanetfr2014-aspnet-tablelayout-inlinestyles-darkreader-adblockhiddencard-emptyslots-autresnouvelles-vnanet',
      'decided',
    );
    expect(page.feed.map((r) => r.title)).not.toContain(
      'Le Vietnam et le Bhoutan promeuvent leur coopération bilatérale',
    );
    const url = 'https://fr.vietnamplus.vn/un-article-post1000.vnp';
    const card = (n: number, style: string) =>
      `<li${style}><a href="https://fr.vietnamplus.vn/nouvelle-numero-${n}-de-la-cooperation-post${n}.vnp">Nouvelle numéro ${n} sur la coopération bilatérale</a></li>`;
    const html = `<html><head><title>x</title></head><body><article><h1>Un article sur la coopération</h1>
      <p>Hanoï (VNA) – Le Vietnam et le Laos ont convenu de renforcer leur coopération dans les domaines de l'énergie et des transports, lors d'une réunion tenue mardi à Hanoï.</p>
      <p>Les deux parties ont passé en revue la mise en oeuvre des accords signés l'an dernier et se sont engagées à accélérer les projets de connexion routière entre les deux pays.</p></article>
      <div class="slider"><h2>Voir plus</h2><ul>${card(1, '')}${card(2, ' style="display: none;"')}${card(3, ' style="display:none !important"')}${card(4, '')}</ul></div></body></html>`;
    const got = analysePage(parseHtml(html, url), url);
    expect(got.related.filter((r) => r.origin === 'feed').map((r) => r.title)).toEqual([
      'Nouvelle numéro 1 sur la coopération bilatérale',
      'Nouvelle numéro 2 sur la coopération bilatérale',
      'Nouvelle numéro 4 sur la coopération bilatérale',
    ]);
  });

  it('a call to follow the outlet elsewhere is no line of the story', () => {
    expect(isNonStoryLine('Suivez VietnamPlus sur Google Actualités')).toBe(true);
    expect(isNonStoryLine('Suivez-nous sur Facebook')).toBe(true);
    expect(isNonStoryLine('Suivez le match sur YouTube en direct avec nos journalistes et les commentateurs')).toBe(
      false,
    );
  });

  it("a sign-off with the writer's initials in mixed case, and a field's label left alone, are no lines", () => {
    expect(isNonStoryLine('-NDEl/VNA/VI')).toBe(true);
    expect(isNonStoryLine('Source')).toBe(true);
  });
});

describe('what interrupts the story inside its body', () => {
  it('a second dispatch after the story signed off ("VNA/CVN"), under its own headline and signed off too, is not the story', () => {
    const page = read('umbraco13-blocklist-secondstoryh2-adblock-authorbox-utilewidget-memerubrique-lcv');
    expect(page.got.article?.paragraphs.join(' ')).not.toContain('Fung-wong');
    // (nor is the feedback form's thanks, hidden until the form is sent)
    expect(page.got.article?.paragraphs).not.toContain('Merci pour votre retour !');
    expect(bodyF1(page)).toBeGreaterThanOrEqual(0.98);
  });

  it("the story's photos in a frame after the layout's body box are its captions, a gallery's counter left out", () => {
    const page = read('typo3v13-fsc-newsdetail-cegallery-numberedcaptions-miseajour-tagsline-autresnouvelles-vnanet');
    expect(page.got.article?.captions).toEqual(page.truth.captions);
  });

  it('an update note that says what was done to the article is not its text', () => {
    expect(
      isNonStoryLine(
        'Mise à jour le 28/09/2022 à 11h05 : cet article a été complété avec les dernières informations de la Cellule de crise.',
      ),
    ).toBe(true);
    expect(isNonStoryLine("Mis à jour le 27 juin à 17h : le ministère a annoncé que l'article a été retiré.")).toBe(
      false,
    );
  });

  it('a pull quote is read once: with who said it after it, capitalised where the story has it mid-sentence, or in a body of <br> lines', () => {
    expect(
      bodyF1(read('ghost5-source-kgbookmark-kgsignup-blockquotealt-utcmeta-autresarticles-lcv')),
    ).toBeGreaterThanOrEqual(0.98);
    const rails = read(
      'rails7-actiontext-trixdivbr-blockquotepull-pollattachment-rectificatif-localtimeutc-turboframefeed-autresarticles-lcv',
    );
    expect(rails.got.article?.paragraphs).not.toContain(
      '« Pham Tuân Hai a marqué le but vainqueur dans le temps additionnel de la deuxième mi-temps »',
    );
  });

  it('a sign-up card\'s pitch says when it comes ("Chaque vendredi…") and its few words of its own go with it', () => {
    const page = read('ghost5-source-kgbookmark-kgsignup-blockquotealt-utcmeta-autresarticles-lcv');
    const text = page.got.article?.paragraphs.join(' ') ?? '';
    expect(text).not.toContain('La Lettre du Courrier');
    expect(text).not.toContain('Désinscription en un clic');
  });

  it('a Drupal field whose label is hidden ("field--label-hidden") is read: the label is hidden, not the field', () => {
    const page = read(
      'drupal11-layoutparagraphs-liteyoutube-fbpostvi-voiraussiul-mailchimp-viewsrows-voirplus-vnp',
      'decided',
    );
    expect(page.got.article?.paragraphs.join(' ')).toContain('Selon le Comité populaire de la province de Diên Biên');
    expect(bodyF1(page)).toBeGreaterThanOrEqual(0.98);
  });

  it('a "Lire aussi" card whose picture and headline both link its story is inline', () => {
    const page = read('vnp2025-storydetail-lireaussicards-twitterembed-publicitenative-voirplus-vnp');
    expect(inline(page)).toEqual(page.truth.inline);
  });

  it("the layout's body is the first of its boxes that holds running text (a theme's header widget takes the class too); a table's figure has no photo caption", () => {
    const page = read('blocksy-wp-wpblocktable-reperesgroup-wppolls-pquestion-relatedposts-voirplus-vnp', 'decided');
    expect(page.got.article?.captions).toEqual(page.truth.captions);
  });
});
