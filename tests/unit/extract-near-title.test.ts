// What sits between a headline and its body on markups no layout describes (blind round 8: a
// Concrete CMS byline block, a Plone byline, a 2015 ASP.NET tool line, a ProcessWire photo over the
// body's box). Each test fails on the code before its rule; the last ones say what it leaves alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const URL = 'https://lecourrier.vn/vietnam-angola-renforcement-de-la-solidarite/1252719.html';
const TITLE = "Vietnam - Angola : renforcement de la solidarité, de l'amitié et de la coopération";
// dev item vietnam-angola-renforcement-de-la-solida…, as stored
const LEAD =
  'Une délégation du Parti communiste du Vietnam (PCV), conduite par Nguyên Trong Nghia, membre du Politburo, a effectué une visite de travail en Angola du 26 au 29 mai.';
const BODY = [
  'Luanda (VNA) – Lors de ses entretiens, Nguyên Trong Nghia a affirmé que le Vietnam attachait toujours de l’importance aux relations avec l’Angola.',
  'Les deux parties ont convenu de renforcer les échanges de délégations à tous les niveaux et de partager leurs expériences dans la formation des cadres.',
  'La délégation a également rencontré la communauté vietnamienne en Angola et visité plusieurs entreprises vietnamiennes qui y travaillent.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const run = (inside: string) => {
  const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><main><article>${inside}</article><aside><h3>Les plus lus</h3></aside></main></body></html>`;
  return extract(parseHtml(html, URL), URL).article;
};

describe('the date under the title', () => {
  it('is read in a span right after the title in the title’s own box', () => {
    const a = run(
      `<div class="byline"><h1>${TITLE}</h1><span class="page-date">jeudi 30 mai 2024 | 10:45</span></div><div class="article-body">${paras}</div>`,
    );
    expect(a?.published).toBe('2024-05-30T10:45:00+07:00');
  });

  it('is the one a long byline says is the publication, not the last update', () => {
    const a = run(
      `<h1>${TITLE}</h1><div class="documentByLine"><span>par <a href="/author/redaction">Rédaction française</a> —</span> <span><span>publié</span> 01/08/2018 11:20</span> <span>— <span>dernière modification</span> 02/08/2018 09:05</span></div><div class="article-body">${paras}</div>`,
    );
    expect(a?.published).toBe('2018-08-01T11:20:00+07:00');
  });
});

describe('a dated tool line before the standfirst', () => {
  it('is passed over: the bold line after it is the standfirst', () => {
    const a = run(
      `<h1>${TITLE}</h1><div class="tools">dimanche 26 juillet 2015 08:15 | Lượt xem: 1.482 <a href="javascript:window.print();">Imprimer</a></div><div class="content"><p><b>${LEAD}</b></p>${paras}</div>`,
    );
    expect(a?.lead).toBe(LEAD);
    expect(a?.paragraphs).toEqual(BODY);
  });
});

describe('a photo between the title and the body’s box', () => {
  it('gives its caption, a credit alone included, and leaves the body as it is', () => {
    const a = run(
      `<h1>${TITLE}</h1><figure><img src="/files/lach-huyen.jpg" alt=""><figcaption>Photo : Lâm Khanh/VNA/CVN</figcaption></figure><div class="article-body">${paras}</div>`,
    );
    expect(a?.captions).toEqual(['Photo : Lâm Khanh/VNA/CVN']);
    expect(a?.paragraphs).toEqual(BODY);
  });

  it('counts a <picture> and its <img> as one photo, and a video beside a photo as two', () => {
    const photo = (media: string) =>
      run(
        `<h1>${TITLE}</h1><figure>${media}<figcaption>Photo : Lâm Khanh/VNA/CVN</figcaption></figure><div class="article-body">${paras}</div>`,
      )?.captions;
    expect(
      photo(
        '<picture><source srcset="/files/lach-huyen.webp" type="image/webp"><img src="/files/lach-huyen.jpg" alt=""></picture>',
      ),
    ).toEqual(['Photo : Lâm Khanh/VNA/CVN']);
    expect(photo('<img src="/files/lach-huyen.jpg" alt=""><video src="/files/clip.mp4"></video>')).toEqual([]);
  });

  it('a photo before the title is not the story’s', () => {
    const a = run(
      `<figure><img src="/files/banniere-fete.jpg" alt=""><figcaption>Photo : Rédaction/CVN</figcaption></figure><h1>${TITLE}</h1><div class="article-body">${paras}</div>`,
    );
    expect(a?.captions).toEqual([]);
  });
});
