// Copies of VNA stories in a newsletter, a forum thread, a messaging app's article, a read-later
// view and a wiki (blind round 16's pages, in small): where the story's title, standfirst, date and
// feed are when the page's own metadata speaks of the copy. Each test fails on the code before its
// rule; the last checks say what the rules leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const TITLE = 'Le Vietnam et le Japon renforcent leur coopération';
const LEAD =
  'Le Vietnam et le Japon ont convenu de renforcer leur coopération dans les domaines de l’économie, de la défense et de la culture.';
const BODY = [
  'Tokyo (VNA) – Le docteur Tomotaka Shoji a estimé que les relations Vietnam-Japon continueraient à se développer dans les années à venir.',
  'Les entreprises japonaises se sont solidement implantées sur le marché vietnamien et leurs produits y sont bien connus, a déclaré l’expert japonais.',
  'Les deux pays devraient se coordonner dans des efforts communs pour résoudre des questions mondiales, tels que le changement climatique.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const COPY = 'https://www.example-forum.fr/threads/le-vietnam-et-le-japon.1234/';
const read = (body: string, url = COPY, head = `<title>${TITLE}</title>`) =>
  extract(parseHtml(`<html lang="fr"><head>${head}</head><body>${body}</body></html>`, url), url);
const story = (n: number) =>
  `https://fr.vietnamplus.vn/le-vietnam-et-un-partenaire-${n}-renforcent-leurs-liens-post7597${n}.vnp`;
const headline = (n: number) => `Le Vietnam et le partenaire numéro ${n} renforcent leurs liens`;

describe('a newsletter', () => {
  // (Mailchimp: every block its own table, a card's link a dozen wrappers deep)
  const card = (n: number) =>
    `<table class="mcnCaptionBlock"><tbody class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner"><table class="mcnCaptionRightContentOuter"><tbody><tr><td class="mcnCaptionRightContentInner"><table class="mcnCaptionRightImageContentContainer"><tbody><tr><td><a href="${story(n)}?utm_source=lettre"><img src="/i${n}.jpg" alt=""></a></td></tr></tbody></table><table class="mcnCaptionRightTextContentContainer"><tbody><tr><td class="mcnTextContent"><h3><a href="${story(n)}?utm_source=lettre">${headline(n)}</a></h3></td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>`;
  const page = `<table><tbody><tr><td class="templateBody"><table class="mcnTextBlock"><tbody><tr><td class="mcnTextContent"><p style="text-transform:uppercase">L’actualité du mois</p><h1>${TITLE}</h1><p>Le Courrier du Vietnam – 09/08/2025 15:30</p><p><strong>${LEAD}</strong></p>${paras}</td></tr></tbody></table><table class="mcnTextBlock"><tbody><tr><td class="mcnTextContent"><h2>À lire aussi sur Le Courrier du Vietnam</h2></td></tr></tbody></table>${card(1)}${card(2)}${card(3)}</td></tr></tbody></table>`;
  const r = read(
    page,
    'https://us21.campaign-archive.com/?u=5b6f&id=7e3c',
    '<title>Ha Long retrouve ses visiteurs – La Lettre n° 42</title><meta property="og:title" content="Ha Long retrouve ses visiteurs – La Lettre n° 42">',
  );

  it('its cards, each in tables of its own, are the feed', () => {
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2), headline(3)]);
  });

  it('the headline over the story is the title when the metadata names the campaign', () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('the line crediting a VNA outlet dates the story', () => {
    expect(r.article?.published).toBe('2025-08-09T15:30:00+07:00');
  });
});

describe('a forum thread', () => {
  const reply = (who: string, text: string) =>
    `<article class="message" itemscope itemtype="https://schema.org/Comment"><h4>${who}</h4><h5>Nouveau membre</h5><div class="bbWrapper">${text}</div></article>`;
  const page = `<h1 class="p-title-value"><span class="label">Presse</span> ${TITLE}</h1><article class="message"><div class="bbWrapper"><b><span style="font-size:18px">${TITLE}</span></b><br><i>Vietnam+ – 17/10/2024 16:21</i><br><br><b>${LEAD}</b><br><br>${BODY.join('<br><br>')}<br><br>Source : <a href="${story(9)}">${story(9)}</a></div></article>${reply('Minh_Q', 'Plus de 30.000 milliards de dongs, il faut relire trois fois le chiffre pour y croire, vraiment incroyable.')}${reply('Sylvie', 'Pour info, la première phase avait abouti à une autre peine, ici on parle de la deuxième phase du procès.')}`;
  const r = read(
    page,
    COPY,
    `<title>Presse - ${TITLE} | Forum</title><meta property="og:title" content="${TITLE}"><script type="application/ld+json">{"@type":"DiscussionForumPosting","datePublished":"2024-10-17T17:02:44+00:00"}</script>`,
  );

  it('the first post’s bold headline, its standfirst and its credited date are the story’s', () => {
    expect(r.article?.title).toBe(TITLE);
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.published).toBe('2024-10-17T16:21:00+07:00');
  });

  it('the replies, marked as comments, and the source’s address are no paragraphs', () => {
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('a messaging app’s article and a read-later view', () => {
  it('a story box hidden until the page’s script shows it is read; lines in Chinese are not the story', () => {
    const r = read(
      `<h1 id="activity-name">${TITLE}</h1><div id="js_content" style="visibility: hidden;"><section><p><strong>${LEAD}</strong></p>${paras}<p>VNA/VNP</p><p>词汇 Vocabulaire</p><p>pèlerinage n.m. 朝圣 ； pagode n.f. 佛塔，寺庙</p><p>长按识别二维码，关注「越南法语资讯」</p></section></div>`,
      'https://mp.weixin.qq.com/s/AbCdEf',
    );
    expect(r.article?.paragraphs).toEqual(BODY);
    expect(r.article?.source).toBe('VNA/VNP');
  });

  it('a line of facts (source · author · reading time) before the bold standfirst is none of it', () => {
    const r = read(
      `<h1>${TITLE}</h1><div class="origin_line"><a href="https://lecourrier.vn/x/1.html">lecourrier.vn</a> <span>·</span> <span>Le Courrier du Vietnam</span> <span>·</span> <span>3 min</span></div><main><p><em>Publié le 12 octobre 2025 à 18h30</em></p><p><strong>${LEAD}</strong></p>${paras}</main>`,
      'https://www.instapaper.com/read/1234567',
    );
    expect(r.article?.lead).toBe(LEAD);
  });

  it('a wiki’s "Un article de …" line is no standfirst', () => {
    const r = read(
      `<h1 id="firstHeading">${TITLE}</h1><div id="bodyContent"><div id="siteSub">Un article de Wiki Réseau Vietnam-Afrique.</div><div class="mw-parser-output"><p><b>${LEAD}</b></p>${paras}</div></div>`,
      'https://wiki.example.org/wiki/Le_Vietnam_et_le_Japon',
    );
    expect(r.article?.lead).toBe(LEAD);
    expect(r.article?.paragraphs).toEqual(BODY);
  });
});

describe('what the rules leave alone', () => {
  it('a hidden box of another language (display: none) stays hidden; one Chinese character in a sentence stays', () => {
    const said =
      'Le caractère 福 (bonheur) orne les portes des maisons pendant le Têt, selon une tradition millénaire.';
    const r = read(
      `<h1>${TITLE}</h1><div>${paras}<p>${said}</p></div><div style="display:none"><p>${'Một đoạn văn bản tiếng Việt khá dài để kiểm tra. '.repeat(4)}</p><p>${'Một đoạn khác nữa bằng tiếng Việt cũng rất dài. '.repeat(4)}</p></div>`,
    );
    expect(r.article?.paragraphs).toEqual([...BODY, said]);
  });

  it('on a VNA page the metadata dates the story, not a credited line', () => {
    const url = 'https://fr.vietnamplus.vn/le-vietnam-et-le-japon-renforcent-leur-cooperation-post132901.vnp';
    const r = read(
      `<h1>${TITLE}</h1><p>Vietnam+ – 17/10/2024 16:21</p>${paras}`,
      url,
      `<title>${TITLE}</title><meta property="article:published_time" content="2024-10-18T09:00:00+07:00">`,
    );
    expect(r.article?.published).toBe('2024-10-18T09:00:00+07:00');
  });

  it('a logo’s linked <h1> is no headline: the metadata’s title stands', () => {
    const r = read(
      `<h1><a href="/">Mon site</a></h1><div><h2>${TITLE}</h2>${paras}</div>`,
      COPY,
      '<title>Mon site – accueil</title>',
    );
    expect(r.article?.title).toBe('Mon site – accueil');
  });
});
