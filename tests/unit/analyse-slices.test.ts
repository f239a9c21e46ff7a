// The analysis in time slices (what the content script runs) gives exactly what analysePage (the
// `analyze` command, the eval) gives, and a very long article is read to its end.
import { describe, expect, it } from 'vitest';
import { analysePage, analysePageInSlices, analysisSteps } from '../../lib/analyse';
import { READABILITY_BLOCKS } from '../../lib/extract/article';
import { loadCorpus, parseHtml } from './helpers';

const SEEN = '2026-02-06T09:00:00+07:00';

/** A VietnamPlus article with `n` numbered paragraphs, each naming people and places. */
function longArticle(n: number): { html: string; paragraphs: string[] } {
  const paragraphs = Array.from(
    { length: n },
    (_, i) =>
      `Paragraphe ${i + 1} : à Phnom Penh, le vice-Premier ministre Sar Kheng a rencontré le ministre ${i % 2 ? 'To Lam' : 'Tô Lâm'} sur la coopération.`,
  );
  const html = `<!doctype html><html lang="fr"><head><title>Long</title></head><body><article>
  <h1 class="article__title">Sar Kheng reçoit une délégation du Vietnam</h1>
  <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu une délégation.</div>
  <div class="article__body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
  <div class="ads rennab">Publicité</div></div></article></body></html>`;
  return { html, paragraphs };
}

describe('analysis in slices', () => {
  it('gives exactly the one-pass result on every corpus page', async () => {
    for (const page of loadCorpus()) {
      const once = analysePage(parseHtml(page.html, page.url), page.url, { seenAt: SEEN });
      // a zero budget: a slice ends after every step, the most interleaving there can be
      const sliced = await analysePageInSlices(
        parseHtml(page.html, page.url),
        page.url,
        { seenAt: SEEN },
        { budgetMs: 0 },
      );
      expect(sliced, page.name).toEqual(once);
    }
  });

  it('reads every paragraph of a 1,200-paragraph article, in order, past what Readability is given', () => {
    const { html, paragraphs } = longArticle(1200);
    expect(paragraphs.length).toBeGreaterThan(READABILITY_BLOCKS);
    const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
    const a = analysePage(parseHtml(html, url), url);
    expect(a.article?.paragraphs).toEqual(paragraphs);
    expect(a.page.signals).toContain(`article:long(${1200 - READABILITY_BLOCKS})`);
    // names in the last paragraph are found, with offsets in that paragraph
    const sar = a.entities.find((e) => e.name === 'Sar Kheng');
    const last = sar?.mentions.find((m) => m.in === 'paragraph' && m.index === 1199);
    expect(last && paragraphs[1199]?.slice(last.start, last.end)).toBe('Sar Kheng');
    expect(a.stories[0]).toMatchObject({ origin: 'article', partners: ['KH'] });
  });

  it('breaks a long article into many small steps', () => {
    const { html } = longArticle(2000);
    const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
    const steps = analysisSteps(parseHtml(html, url), url);
    let count = 0;
    while (!steps.next().done) count++;
    // the extraction, each pass over the texts and the stories each end steps: not one long task
    expect(count).toBeGreaterThan(100);
  });

  it('runs at once in a hidden tab, where timers are throttled to one a second', async () => {
    const { html } = longArticle(400);
    const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
    let breaks = 0;
    // a cancellation asked at the first slice boundary: a hidden run never reaches one
    const hidden = await analysePageInSlices(
      parseHtml(html, url),
      url,
      {},
      {
        budgetMs: 0,
        hidden: () => true,
        cancelled: () => ++breaks > 0,
      },
    );
    expect(breaks).toBe(0);
    expect(hidden).toEqual(analysePage(parseHtml(html, url), url));
  });

  it('stops when cancelled, and leaves the page as it was', async () => {
    const { html } = longArticle(600);
    const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
    const doc = parseHtml(html, url);
    const before = doc.documentElement.outerHTML;
    let slices = 0;
    const result = await analysePageInSlices(doc, url, {}, { budgetMs: 0, cancelled: () => ++slices > 3 });
    expect(result).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the short article path unchanged: no set-aside below the limit', () => {
    const { html, paragraphs } = longArticle(READABILITY_BLOCKS - 10);
    const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
    const a = analysePage(parseHtml(html, url), url);
    expect(a.article?.paragraphs).toEqual(paragraphs);
    expect(a.page.signals.some((s) => s.startsWith('article:long'))).toBe(false);
  });

  // found by review: the three ways the set-aside part could come back wrong
  const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
  const shell = (body: string, extra = '') =>
    `<!doctype html><html lang="fr"><head><title>Long</title></head><body>${extra}<article>
    <h1 class="article__title">Sar Kheng reçoit une délégation du Vietnam</h1>
    <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu une délégation.</div>
    <div class="article__body">${body}</div></article></body></html>`;
  const numbered = (n: number) =>
    Array.from({ length: n }, (_, i) => `Paragraphe ${i + 1} : Sar Kheng a rencontré Tô Lâm sur la coopération.`);

  it('reads each paragraph once when Readability is skipped (a too-deep page)', () => {
    const ps = numbered(400);
    // (wrappers that style what they hold are never flattened: the page stays too deep)
    const deep = `${'<div style="margin:0">'.repeat(80)}x${'</div>'.repeat(80)}`;
    const a = analysePage(parseHtml(shell(ps.map((p) => `<p>${p}</p>`).join(''), deep), url), url);
    expect(a.page.signals).toContain('article:too-deep');
    expect(a.article?.paragraphs).toEqual(ps);
  });

  it('puts the set-aside paragraphs where they were, before what follows their container', () => {
    const ps = numbered(400);
    const end = 'Conclusion : la délégation vietnamienne est rentrée à Hanoï après la visite officielle.';
    const a = analysePage(
      parseHtml(shell(`<div class="txt">${ps.map((p) => `<p>${p}</p>`).join('')}</div><p>${end}</p>`), url),
      url,
    );
    expect(a.article?.paragraphs).toEqual([...ps, end]);
  });

  it('never cuts inside a line: inline elements and <br> are not blocks', () => {
    const lines = Array.from(
      { length: 160 },
      (_, i) => `Ligne ${i + 1} : le ministre <strong>Sar Kheng</strong> a rencontré <a href="#">Tô Lâm</a>.<br>`,
    );
    const a = analysePage(parseHtml(shell(`<p>Préambule de la visite officielle.</p>${lines.join('')}`), url), url);
    expect(a.page.signals.some((s) => s.startsWith('article:long'))).toBe(false);
    const text = a.article?.paragraphs.join(' ') ?? '';
    expect(text.match(/Ligne \d+ : le ministre Sar Kheng a rencontré Tô Lâm\./g)).toHaveLength(160);
  });
});
