// A copy's line of first publication, an author's box, a blog's ISO date beside its title, a
// caption its class names above the body, a commenter's picture. What blind round 22's pages
// taught (a LinkedIn Pulse repost, a Dreamwidth entry, a TYPO3 print view, a Hashnode copy). Each
// test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'Son La annonce une décision du Bureau politique relative au personnel';
const BODY = [
  'Son La (VNA) – Le Comité provincial du Parti de Son La a organisé le 12 octobre une cérémonie pour annoncer une décision du Bureau politique.',
  'L’événement s’est tenu en présence de plusieurs dirigeants de la province et de représentants des organisations de masse locales.',
  'Le nouveau secrétaire a promis de poursuivre le développement socio-économique de la province montagneuse du Nord-Ouest.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) =>
  `<html lang="fr"><head><title>${TITLE}</title></head><body>${body}<div class="sidebar"><h3>Les plus lus</h3></div></body></html>`;
const read = (body: string, url: string) => extract(parseHtml(page(body), url), url);

describe('a copy of a VNA story', () => {
  const url = 'https://www.linkedin.com/pulse/son-la-annonce-une-decision-tran-minh-duc-4b2a19';
  it('is dated by its first publication at a VNA outlet, not by the repost; that line and the author’s box are no story', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><div class="meta"><time datetime="2025-10-13T02:21:48Z">13 oct. 2025</time></div><div class="content">${paras}<p>Article publié le 12 octobre 2025 à 17h40 par Le Courrier du Vietnam (VNA) : lecourrier.vn</p></div><section class="more-articles"><h2>Plus d’articles de Trân Minh Duc</h2><a href="/in/tran-minh-duc/recent-activity/articles/">Voir tout</a></section></article>`,
      url,
    );
    expect(r.article?.published).toBe('2025-10-12T17:40:00+07:00');
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a copy that names the outlet before the date of first publication', () => {
  // (blind round 26: a PluXml blog's press review)
  it('is dated by it, past the agency named as the article’s author and the copy’s own clause; the line is no story', () => {
    const r = read(
      `<article><header><h2>${TITLE}</h2><small>Rédigé par Martine R.</small><time datetime="2017-02-28">28 février 2017</time></header><p><em>Un article de l'Agence vietnamienne d'information paru sur Vietnam+ le 27/02/2017 à 20h14, que nous reproduisons pour nos adhérents.</em></p>${paras}</article>`,
      'https://blog.amities-exemple.fr/index.php?article142/son-la',
    );
    expect(r.article?.published).toBe('2017-02-27T20:14:00+07:00');
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a sentence that says where a report was published', () => {
  it('is the story’s, not a copy’s credit line (R25)', () => {
    const sentence =
      'Publié le 12 mars 2024 dans Le Courrier du Vietnam, le reportage de trois journalistes a été salué par le jury du prix national.';
    const r = read(
      `<article><h1>${TITLE}</h1><div class="content">${paras}<p>${sentence}</p></div></article>`,
      'https://example.org/prix',
    );
    expect(r.article?.paragraphs).toContain(sentence);
  });
});

describe('a blog entry', () => {
  it('is dated by an ISO date beside its title in the title’s own box, its parts linked', () => {
    const url = 'https://hanoi-chronique.dreamwidth.org/48213.html';
    const r = read(
      `<div class="entry"><div class="header"><div class="inner"><h3 class="entry-title"><a href="${url}">${TITLE}</a></h3><span class="datetime"><span class="date"><a href="/2025/">2025</a>-<a href="/2025/04/">04</a>-<a href="/2025/04/17/">17</a></span> <span class="time">21:14</span></span></div></div><div class="entry-content">${paras}</div></div>`,
      url,
    );
    expect(r.article?.published).toBe('2025-04-17T21:14:00+07:00');
  });
});

describe('captions', () => {
  const url = 'https://fr.vietnamplus.vn/son-la-annonce-une-decision/84340.vnp';
  it('a line its class names a caption, in the one photo’s box between the title and the body', () => {
    const r = read(
      `<article class="news-single"><h3>${TITLE}</h3><div class="news-img-wrap"><div class="outer"><div class="mediaelement"><img src="/fileadmin/son-la.jpg" width="282" height="188" alt=""></div><p class="news-img-caption">La cérémonie à Son La. Photo : VNA</p></div></div><div class="news-text-wrap" itemprop="articleBody">${paras}</div></article>`,
      url,
    );
    expect(r.article?.captions).toEqual(['La cérémonie à Son La. Photo : VNA']);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  // (blind round 26: an Optimizely redesign's right rail)
  it('a card’s headline under its picture is no caption', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><figure><img src="/photos/son-la.jpg" alt=""><figcaption>Photo : Duc Hiêu/VNA/CVN</figcaption></figure>${paras}</article><div class="rail"><div class="teaserblock"><div class="border"><a href="/magazine/"><img src="/globalassets/magazine.jpg" alt=""></a><h2>Le Courrier du Vietnam Magazine</h2><p>Découvrez notre édition mensuelle.</p></div></div></div>`,
      url,
    );
    expect(r.article?.captions).toEqual(['Photo : Duc Hiêu/VNA/CVN']);
  });

  it('a commenter’s picture and name under the story are no photo and no caption', () => {
    const r = read(
      `<article><h1>${TITLE}</h1>${paras}<figure><img src="/photos/son-la.jpg" alt=""><figcaption>La cérémonie à Son La. Photo : VNA</figcaption></figure><section id="comments"><h3>Comments (1)</h3><div class="comment"><div class="flex"><img class="h-6 w-6 rounded-full" src="https://cdn.example.com/avatar-tn.png" alt="Thanh Nguyen"/><strong>Thanh Nguyen</strong></div><p>Merci pour le partage !</p></div></section></article>`,
      url,
    );
    expect(r.article?.captions).toEqual(['La cérémonie à Son La. Photo : VNA']);
  });
});

// Blind round 23's pages (a Simple Machines forum topic, a Journal du hacker submission, a JSF
// redesign of vnanet, a Shopify blog): a story pasted in a quote, a form around a forum's posts, a
// caption in a table's row, a caption's line break.
describe('a story pasted whole in a quote', () => {
  const url = 'https://www.journalduhacker.net/s/abc123/singapour';
  const quoted = `<blockquote><p><strong>${BODY[0]}</strong></p>${BODY.map((p) => `<p>${p}</p>`).join('')}</blockquote>`;
  it('is the story, not a pull quote; the poster’s words introducing it are not', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><div class="story_text"><p>Article du Courrier du Vietnam (VNA) reproduit pour la discussion, la partie intéressante est le 2e paragraphe</p>${quoted}</div><ol class="comments"><li><p>${BODY[1]}</p></li></ol></article>`,
      url,
    );
    expect(r.article?.paragraphs.join(' ')).toContain(BODY[2]);
    expect(r.article?.paragraphs.join(' ')).not.toContain('reproduit pour la discussion');
  });

  it('inside a form that holds most of the page (a forum’s moderation form) is still read', () => {
    const posts = `<form id="quickModForm"><div class="post"><div class="inner">Je recopie l’article :<br><br><blockquote class="bbc_standard_quote">${BODY.join('<br><br>')}</blockquote></div></div></form>`;
    const r = read(
      `<div id="forumposts"><h2>${TITLE}</h2>${posts}</div><form><input name="q"><button>Chercher</button></form>`,
      url,
    );
    expect(r.article?.paragraphs.join(' ')).toContain(BODY[1]);
  });
});

describe('captions in older markup', () => {
  const url = 'https://vietnam.vnanet.vn/french/renforcement-des-relations/123.html';
  it('a table’s row its class names a caption, under the photo above the body, with a standfirst set as a heading', () => {
    const r = read(
      `<div class="main-col"><div class="article-panel"><h1 class="article-title">${TITLE}</h1><h2 class="article-sapo">${BODY[0]} Une visite attendue depuis longtemps par les deux parties.</h2><table class="tplCaption"><tbody><tr><td><img src="/Data/photo.jpg" width="480" alt=""></td></tr><tr><td class="tplCaptionText"><span>Le Premier ministre est attendu au Vietnam</span></td></tr></tbody></table><div class="article-body">${paras}</div></div></div>`,
      url,
    );
    expect(r.article?.captions).toEqual(['Le Premier ministre est attendu au Vietnam']);
  });

  it('a line break inside a caption reads as a space', () => {
    const r = read(
      `<article><h1>${TITLE}</h1>${paras}<div><img src="/files/son-la.jpg" width="720" height="480" alt=""><br><span style="font-size:0.85em">La cérémonie à Son La.<br>Photo : VNA/CVN</span></div></article>`,
      'https://maison-cajou.fr/blogs/news/son-la',
    );
    expect(r.article?.captions).toEqual(['La cérémonie à Son La. Photo : VNA/CVN']);
  });
});

describe('a print view with no headline of its own', () => {
  it('takes the line its address spells as the headline, and the date line after it, past a weekday', () => {
    const url = 'https://lecourrier.vn/print.cfm?id=1307757&rub=sports';
    const html = `<html lang="fr"><head><title>Le Courrier du Vietnam - Version imprimable</title><link rel="canonical" href="https://lecourrier.vn/son-la-annonce-une-decision-du-bureau-politique-relative-au-personnel/1307757.html"></head><body><table><tr><td><h3>Version imprimable</h3><div class="prubrique">Politique » Localités</div><div class="ptitre">${TITLE}</div><div class="pdate">Publié le Jeudi 18 décembre 2025 à 19h05 &nbsp;|&nbsp; Mis à jour le Jeudi 18 décembre 2025 à 21h32</div>${paras}<div class="pfoot">Imprimé le 19/12/2025 à 08:14</div></td></tr></table></body></html>`;
    const r = extract(parseHtml(html, url), url);
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.published).toBe('2025-12-18T19:05:00+07:00');
  });
});

describe('a byline that says its update too', () => {
  // (one list of update words for a byline line and a <time>: "Modifié" was read by the one, not
  // the other, whose word boundary after "é" never matched)
  it('"… 27 octobre 2025 - 08:45 · Modifié : 28/10/2025 11:05": the story is of the date before the update', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><div class="byline">Lundi, 27 octobre 2025 - 08:45 · Modifié : 28/10/2025 11:05</div>${paras}</article>`,
      'https://lecourrier.vn/son-la-annonce-une-decision/1307758.html',
    );
    expect(r.article?.published).toBe('2025-10-27T08:45:00+07:00');
  });

  it('a <time> that opens with "Dernière modification" is the update, not the story\'s date', () => {
    const r = read(
      `<article><h1>${TITLE}</h1><div class="meta"><time datetime="2025-10-28T11:05:00+07:00">Dernière modification : 28/10/2025</time> <time datetime="2025-10-27T08:45:00+07:00">27/10/2025</time></div>${paras}</article>`,
      'https://lecourrier.vn/son-la-annonce-une-decision/1307758.html',
    );
    expect(r.article?.published).toBe('2025-10-27T08:45:00+07:00');
  });
});
