import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../eval/extraction';
import { analysePage } from '../../lib/analyse';
import { extract } from '../../lib/extract';
import { layoutPage, loadCorpus, parseHtml } from './helpers';

const corpus = loadCorpus();

describe('extraction on the sample pages (current VietnamPlus CMS and Le Courrier)', () => {
  it.each(corpus.map((p) => [p.name, p] as const))('%s: the article alone, and its feed as stories', (_, page) => {
    const { article, related } = extract(parseHtml(page.html, page.url), page.url);
    const truth = page.truth;
    expect(article?.title).toBe(truth.article.title);
    expect(article?.lead).toBe(truth.article.lead);
    expect(article?.published).toBe(truth.published);
    expect(tokenF1(article?.paragraphs.join('\n') ?? '', truth.article.paragraphs.join('\n'))).toBeGreaterThanOrEqual(
      0.98,
    );
    // no caption, lead repeat, feed teaser or sidebar headline inside the body
    const body = article?.paragraphs.join('\n') ?? '';
    for (const caption of truth.article.captions) expect(body).not.toContain(caption);
    for (const item of truth.feed) expect(body).not.toContain(item.title);
    for (const headline of page.meta.sidebar) expect(body).not.toContain(headline);
    expect(article?.paragraphs.filter((p) => p === truth.article.lead)).toHaveLength(0);
    expect(body).not.toMatch(/ảnh \d/);
    expect(article?.captions.map((c) => c.replace(/'/g, '’'))).toEqual(
      truth.article.captions.map((c) => c.replace(/'/g, '’')),
    );
    expect(article?.dateline?.place ?? null).toBe(truth.article.dateline?.place ?? null);
    expect(article?.source).toMatch(/^VNA/);

    expect(related.map((r) => r.title)).toEqual(truth.feed.map((f) => f.title));
    for (const item of related) {
      expect(item.origin).toBe('feed');
      expect(item.url).toMatch(/^https:\/\/(fr\.vietnamplus\.vn|lecourrier\.vn)\//);
      expect(item.summary).toBeTruthy();
    }
  });

  it('reads teaser dates from the feed', () => {
    const page = corpus.find((p) => p.markup === 'vnp');
    if (!page) throw new Error('no vnp page');
    const { related } = extract(parseHtml(page.html, page.url), page.url);
    expect(related.map((r) => r.published)).toEqual(page.truth.feed.map((f) => f.published));
  });

  it('keeps the sidebar ("Les plus lus") out of the related stories', () => {
    for (const page of corpus) {
      const { related } = extract(parseHtml(page.html, page.url), page.url);
      for (const headline of page.meta.sidebar) expect(related.map((r) => r.title)).not.toContain(headline);
    }
  });

  it('never modifies the live page', () => {
    const page = corpus[0];
    if (!page) throw new Error('no corpus');
    const doc = parseHtml(page.html, page.url);
    const before = doc.documentElement.outerHTML;
    analysePage(doc, page.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('layouts not in the corpus', () => {
  const legacyUrl = 'https://fr.vietnamplus.vn/soc-trang-des-dons-aux-familles-khmeres-demunies/123456.vnp';

  it('older VietnamPlus layout: a short article whose feed plain Readability swallows', () => {
    const doc = layoutPage('vnp-legacy-short.html', legacyUrl);
    const { article, related } = extract(doc, legacyUrl);
    expect(article?.title).toBe('Soc Trang : des dons aux familles khmères démunies');
    expect(article?.lead).toBe(
      'Les autorités de Soc Trang ont offert des cadeaux à 300 familles khmères en difficulté.',
    );
    expect(article?.paragraphs).toEqual([
      "Soc Trang, 18 juillet (VNA) - Les autorités de la province de Soc Trang ont remis le 18 juillet des dons à 300 familles khmères démunies du district de Tran De, à l'occasion de la fête de Sene Dolta.",
      "Chaque famille a reçu un colis d'une valeur de 500.000 dôngs.-VNA",
    ]);
    expect(article?.captions).toEqual(['Remise de dons aux familles khmères. Photo : VNA']);
    expect(article?.dateline).toEqual({ place: 'Soc Trang', date: '18 juillet' });
    expect(article?.published).toBe('2019-07-18T16:20:00+07:00');
    expect(related.map((r) => [r.title, r.url])).toEqual([
      [
        'Hau Giang inaugure de nouvelles routes rurales',
        'https://fr.vietnamplus.vn/hau-giang-nouvelles-routes-rurales/123450.vnp',
      ],
      [
        'Can Tho : ouverture du festival des fruits du Sud',
        'https://fr.vietnamplus.vn/can-tho-festival-des-fruits/123449.vnp',
      ],
      [
        'Vietnam-Cambodge : renforcement de la coopération frontalière',
        'https://fr.vietnamplus.vn/vietnam-cambodge-cooperation-frontaliere/123448.vnp',
      ],
    ]);

    // the problem this solves: plain Readability keeps teaser text in the article
    const plain = new Readability(layoutPage('vnp-legacy-short.html', legacyUrl)).parse();
    expect(plain?.textContent).toContain('Hau Giang inaugure');
  });

  it('Le Courrier\'s inline ">>" links are related stories (origin inline), not body text', () => {
    const page = corpus.find((p) => p.markup === 'courrier');
    if (!page) throw new Error('no courrier page');
    const doc = parseHtml(page.html, page.url);
    const body = doc.querySelector('.post-content');
    const first = body?.querySelector('p');
    const inline = doc.createElement('p');
    inline.innerHTML =
      '&gt;&gt; <a href="/le-vietnam-et-le-cambodge-signent/1245000.html">Le Vietnam et le Cambodge signent un accord</a>';
    first?.after(inline);
    const { article, related } = extract(doc, page.url);
    expect(related[0]).toEqual({
      title: 'Le Vietnam et le Cambodge signent un accord',
      summary: null,
      caption: null,
      url: 'https://lecourrier.vn/le-vietnam-et-le-cambodge-signent/1245000.html',
      published: null,
      origin: 'inline',
    });
    expect(related.filter((r) => r.origin === 'feed')).toHaveLength(page.truth.feed.length);
    expect(article?.paragraphs.join(' ')).not.toContain('signent un accord');
    expect(article?.paragraphs).toEqual(extract(parseHtml(page.html, page.url), page.url).article?.paragraphs);
  });

  it('link-only lines outside the body, and linked list items in it, go before Readability; a linked paragraph stays', () => {
    const page = corpus.find((p) => p.markup === 'vnp');
    if (!page) throw new Error('no vnp page');
    const doc = parseHtml(page.html, page.url);
    // a long box of bare linked titles the layout does not know (it is not its feed)
    const titles = Array.from({ length: 300 }, (_, i) => `Nations unies ${i}`);
    const box = doc.createElement('div');
    box.className = 'box-latest';
    box.innerHTML = titles.map((t, i) => `<li><h3><a href="/t-post${i}.vnp">${t}</a></h3></li>`).join('');
    doc.body.prepend(box);
    const linked = doc.createElement('p');
    linked.innerHTML = '<a href="https://www.mofa.gov.vn/">Le communiqué conjoint Vietnam-Cambodge</a>';
    doc.querySelector('.article__body p')?.after(linked);
    // a list of linked titles inside the body is related stories too (broken markup can put a whole
    // feed there), however long its titles
    const list = doc.createElement('ul');
    list.innerHTML = titles
      .map(
        (t, i) =>
          `<li><h3><a href="/u-post${i}.vnp">${t} : une longue histoire de coopération entre le Vietnam et ses partenaires de la région, racontée en détail</a></h3></li>`,
      )
      .join('');
    doc.querySelector('.article__body')?.append(list);
    const { article } = extract(doc, page.url);
    expect(article?.paragraphs).toContain('Le communiqué conjoint Vietnam-Cambodge');
    expect(article?.paragraphs.join(' ')).not.toContain('Nations unies');
    expect(article?.paragraphs.join(' ')).not.toContain('une longue histoire');
    expect(article?.paragraphs.filter((p) => p !== 'Le communiqué conjoint Vietnam-Cambodge')).toEqual(
      extract(parseHtml(page.html, page.url), page.url).article?.paragraphs,
    );
  });

  it('a VNA home page has no article', () => {
    const url = 'https://fr.vietnamplus.vn/';
    const a = analysePage(layoutPage('home-listing.html', url), url);
    expect(a.page.kind).toBe('listing');
    expect(a.article).toBeNull();
    expect(a.page.signals).toContain('article:none:listing');
  });
});
