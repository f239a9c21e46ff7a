// Links that lead to a VNA story through a viewer or a redirector, and captions that say the
// headline or credit a site by its address (blind round 12: a Telegram Instant View copy, a
// Bootstrap 3 page with its caption in a table cell, a Tumblr post). Each test fails on the code
// before its rule; the last checks say what the rules leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { carriedVnaUrl } from '../../lib/hosts';
import { parseHtml } from './helpers';

const URL = 'https://fr.vietnamplus.vn/le-vietnam-et-le-japon-renforcent-leur-cooperation-post132901.vnp';
const TITLE = 'Le Vietnam et le Japon renforcent leur coopération';
const BODY = [
  'Tokyo (VNA) – Le docteur Tomotaka Shoji a estimé que les relations Vietnam-Japon continueraient à se développer.',
  'Les entreprises japonaises se sont solidement implantées sur le marché vietnamien, a déclaré l’expert japonais.',
  'Les deux pays devraient se coordonner dans des efforts communs pour résoudre des questions mondiales.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (body: string, url = URL) =>
  extract(parseHtml(`<html lang="fr"><head><title>${TITLE}</title></head><body>${body}</body></html>`, url), url);
const story = (n: number) =>
  `https://fr.vietnamplus.vn/le-vietnam-et-un-partenaire-${n}-renforcent-leurs-liens-post7597${n}.vnp`;
const headline = (n: number) => `Le Vietnam et le partenaire numéro ${n} renforcent leurs liens`;

describe('links through a viewer or a redirector', () => {
  it('an instant view\'s related cards ("/iv?url=…") are the VNA stories they carry', () => {
    const cards = [1, 2, 3]
      .map(
        (n) =>
          `<a class="related-link" href="/iv?url=${encodeURIComponent(story(n))}&amp;rhash=600e7b65"><div class="related-item-wrap"><h5 class="related-title">${headline(n)}</h5><div class="related-desc">Une conférence a eu lieu le 13 janvier dans la ville centrale de Da Nang.</div></div></a>`,
      )
      .join('\n');
    const r = read(
      `<article><h1>${TITLE}</h1>${paras}<section class="related"><h4 class="related-header">Lire aussi</h4>${cards}</section></article>`,
      'https://t.me/iv?url=https%3A%2F%2Ffr.vietnamplus.vn%2Fle-vietnam-et-le-japon-post132901.vnp&rhash=1',
    );
    expect(r.related.map((s) => s.title)).toEqual([headline(1), headline(2), headline(3)]);
    expect(r.related.map((s) => s.url)).toEqual([story(1), story(2), story(3)]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('carries only a VNA address, on any host', () => {
    const carried = (href: string) => carriedVnaUrl(new globalThis.URL(href))?.href ?? null;
    expect(carried(`https://l.facebook.com/l.php?u=${encodeURIComponent(story(1))}&h=AT0`)).toBe(story(1));
    expect(carried(`https://fr.vietnamplus.vn/redirect?url=${encodeURIComponent(story(2))}`)).toBe(story(2));
    expect(carried(`https://l.facebook.com/l.php?u=${encodeURIComponent('https://example.com/a-b-c-d')}`)).toBeNull();
    expect(carried(story(3))).toBeNull();
    // (a story's own link, whatever its query carries; a login's "redirect", a "next")
    expect(carried(`${story(3)}?back=${encodeURIComponent('https://fr.vietnamplus.vn/politique/')}`)).toBeNull();
    expect(carried(`https://fr.vietnamplus.vn/login?redirect=${encodeURIComponent(story(1))}`)).toBeNull();
    expect(carried(`https://fr.vietnamplus.vn/compte?next=${encodeURIComponent(story(1))}`)).toBeNull();
  });
});

describe('captions', () => {
  const photoTable = (caption: string) =>
    `<table class="image center"><tbody><tr><td><img alt="photo" src="https://img.vietnamplus.vn/t620/nigeria.jpg"></td></tr><tr><td class="image_desc">${caption}</td></tr></tbody></table>`;

  it('a caption that says the headline as its own sentence keeps it', () => {
    const r = read(
      `<article><h1>${TITLE}</h1>${paras.replace('</p>', `</p>${photoTable(`${TITLE}. Photo: VNA`)}`)}</article>`,
    );
    expect(r.article?.captions).toEqual([`${TITLE}. Photo: VNA`]);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it('a credit that names a site by its address ends a caption line', () => {
    const r = read(
      `<article><h1>${TITLE}</h1>${BODY[0] ? `<p>${BODY[0]}</p>` : ''}<figure><img src="https://64.media.tumblr.com/7c1e5b0f_540.jpg"></figure><p><small>La fête de la pagode des Parfums 2016. Photo: hanoimoi.com.vn.</small></p><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    );
    expect(r.article?.captions).toEqual(['La fête de la pagode des Parfums 2016. Photo: hanoimoi.com.vn.']);
    expect(r.article?.paragraphs).toEqual(BODY);
  });

  it("leaves alone: the headline glued before a caption as an image's alt, and a sentence naming a site after «photo:»", () => {
    const r = read(
      `<article><h1>${TITLE}</h1><p>${BODY[0]}</p>${photoTable(`${TITLE} Les deux délégations lors de la rencontre. Photo : VNA`)}<p>${BODY[1]}</p><p>${BODY[2]} Sur la photo: le site vietnamplus.vn la publiera demain.</p></article>`,
    );
    expect(r.article?.captions).toEqual(['Les deux délégations lors de la rencontre. Photo : VNA']);
    expect(r.article?.paragraphs?.at(-1)).toBe(`${BODY[2]} Sur la photo: le site vietnamplus.vn la publiera demain.`);
  });
});
