// Highlighting in the live page (jsdom): every corpus page's mentions map back to its DOM, only
// inside the article and the teasers, and turning it off restores the DOM exactly.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { Highlighter, mentionKey, stringOf } from '../../lib/highlight';
import { roleWhere } from '../../lib/highlight/roles';
import { runSliced } from '../../lib/slices';
import { loadCorpus, parseHtml } from './helpers';

const NOISE = 'nav, aside, footer, header.site-header, .sidebar, .sidebar-right, .most-read, .comment, .comments, .ads';

describe('highlight: corpus pages', () => {
  for (const page of loadCorpus()) {
    it(`${page.name}: every visible mention is marked, only in article and teasers, and undone exactly`, () => {
      const doc = parseHtml(page.html, page.url);
      const analysis = analysePage(doc, page.url);
      const before = doc.documentElement.outerHTML;
      const textNodesBefore = doc.body.querySelectorAll('*').length;
      const h = new Highlighter(doc);
      const made = h.applyNow(analysis);
      const marks = [...doc.querySelectorAll('mark.vna-lens-mark')];
      expect(made).toBe(marks.length);
      expect(marks.length).toBeGreaterThan(40);
      // each mark's text is the text of one of its entity's mentions
      for (const m of marks) {
        const id = h.marks.entityOf.get(m);
        const entity = analysis.entities.find((e) => e.id === id);
        expect(entity).toBeDefined();
        expect(entity?.mentions.some((x) => x.text.includes(m.textContent ?? '\u0000'))).toBe(true);
        // never in navigation, ads, comments, sidebars
        expect(m.closest(NOISE)).toBeNull();
        // no data in attributes: a class and (first run) tabindex only
        expect(m.getAttributeNames().filter((a) => a !== 'class' && a !== 'tabindex')).toEqual([]);
      }
      // every mention in visible text (not teaser image alt text) is placed
      const visible = analysis.entities.flatMap((e) =>
        e.mentions.filter((m) => !(m.in === 'related' && m.field === 'caption')),
      );
      const placed = new Set(marks.map((m) => m.textContent));
      for (const m of visible)
        expect(placed.has(m.text) || [...placed].some((p) => p && m.text.includes(p))).toBe(true);
      expect(marks.length).toBeGreaterThanOrEqual(visible.length);
      h.remove();
      expect(doc.querySelectorAll('mark').length).toBe(0);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.body.querySelectorAll('*').length).toBe(textNodesBefore);
    });
  }

  it('restores the very same text nodes (no split or merged nodes left)', () => {
    const page = loadCorpus()[1];
    if (!page) throw new Error('corpus missing');
    const doc = parseHtml(page.html, page.url);
    const analysis = analysePage(doc, page.url);
    const walk = () => {
      const out: Node[] = [];
      const it = doc.createTreeWalker(doc.body, 4);
      for (let n = it.nextNode(); n; n = it.nextNode()) out.push(n);
      return out;
    };
    const nodes = walk();
    const h = new Highlighter(doc);
    h.applyNow(analysis);
    expect(walk().length).toBeGreaterThan(nodes.length);
    h.remove();
    const after = walk();
    expect(after.length).toBe(nodes.length);
    expect(after.every((n, i) => n === nodes[i])).toBe(true);
  });

  it('states where a role is written (Sar Kheng, page 000)', () => {
    const page = loadCorpus().find((p) => p.name.startsWith('000_') && p.markup === 'vnp');
    if (!page) throw new Error('corpus missing');
    const doc = parseHtml(page.html, page.url);
    const analysis = analysePage(doc, page.url);
    const sar = analysis.entities.find((e) => e.name === 'Sar Kheng');
    expect(sar?.role).toMatch(/vice-Premier ministre et ministre de l.Intérieur/);
    const where = sar ? roleWhere(analysis, sar) : null;
    expect(where?.where.length).toBeGreaterThan(0);
    expect(where?.where[0]?.in).not.toBe('knowledge');
    for (const m of sar?.mentions ?? []) expect(stringOf(analysis, m)?.slice(m.start, m.end)).toBe(m.text);
    expect(mentionKey({ in: 'related', index: 2, field: 'summary' })).toBe('related:2:summary');
  });
});

function article(body: string, extra = ''): string {
  return `<!doctype html><html lang="fr"><head><title>t</title></head><body>
  <nav class="main-menu"><a href="/">Hun Sen Sar Kheng</a></nav>
  <article><h1 class="article__title">Sar Kheng reçoit le ministre</h1>
  <div class="article__sapo">Phnom Penh (VNA) - Le vice-Premier ministre Sar Kheng a reçu une délégation.</div>
  <div class="article__body">${body}</div></article>
  <aside class="sidebar"><p>Sar Kheng dans la barre latérale</p></aside>${extra}</body></html>`;
}
const URL_A = 'https://fr.vietnamplus.vn/sar-kheng-post1.vnp';
const FILL = ' Les deux parties ont discuté de la coopération dans la garantie de la sécurité et de l’ordre.';

describe('highlight: hard text', () => {
  it('maps offsets in NFD text (decomposed diacritics) and across inline tags', () => {
    const nfd =
      'Le Premier ministre Phạm Minh Chính a reçu le vice-Premier ministre Sar <b>Kheng</b> à Hà Nội.'.normalize('NFD');
    const doc = parseHtml(article(`<p>${nfd}${FILL}</p><p>Sar Kheng a remercié le Vietnam.${FILL}</p>`), URL_A);
    const analysis = analysePage(doc, URL_A);
    const before = doc.documentElement.outerHTML;
    const h = new Highlighter(doc);
    h.applyNow(analysis);
    const texts = [...doc.querySelectorAll('mark')].map((m) => m.textContent);
    expect(texts).toContain('Sar ');
    expect(texts).toContain('Kheng');
    const body = doc.querySelector('.article__body');
    expect(body?.querySelectorAll('mark').length).toBeGreaterThan(2);
    expect(doc.querySelector('nav mark, aside mark')).toBeNull();
    h.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('marks names written with soft hyphens and decomposed letters where they stand', () => {
    const para = `L’ambassadeur de Russie, Gen&shy;nady Bezde&shy;tko, a rencontré ${'Phạm Minh Chính'.normalize('NFD')} à Hà Nội.`;
    const doc = parseHtml(article(`<p>${para}${FILL}</p><p>Sar Kheng a remercié le Vietnam.${FILL}</p>`), URL_A);
    const analysis = analysePage(doc, URL_A);
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Gennady Bezdetko');
    // the extracted text is what a reader reads: no soft hyphen left in it
    expect(analysis.article?.paragraphs[0]).toContain('Gennady Bezdetko');
    const before = doc.documentElement.outerHTML;
    const h = new Highlighter(doc);
    h.applyNow(analysis);
    const texts = [...doc.querySelectorAll('.article__body mark')].map((m) => m.textContent);
    expect(texts).toContain('Gen\u00adnady Bezde\u00adtko');
    expect(texts).toContain('Phạm Minh Chính'.normalize('NFD'));
    h.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hostile names stay text: markup in names never becomes elements or attributes', () => {
    const evil = '&lt;img src=x onerror=alert(1)&gt;';
    const doc = parseHtml(
      article(
        `<p>Le ministre ${evil} Sar Kheng "><script>window.pwned=1</script> a reçu M. &lt;b&gt;Hun Sen&lt;/b&gt;.${FILL}</p>`,
      ),
      URL_A,
    );
    const analysis = analysePage(doc, URL_A);
    const before = doc.documentElement.outerHTML;
    const h = new Highlighter(doc);
    h.applyNow(analysis);
    expect(doc.querySelectorAll('img').length).toBe(0);
    for (const m of doc.querySelectorAll('mark')) {
      expect(m.children.length).toBe(0);
      expect(m.className).toMatch(/^vna-lens-mark vna-lens-(person|organization|place|country)$/);
    }
    h.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('runs in slices on a long page and stops when turned off mid-way', async () => {
    const paragraphs = Array.from(
      { length: 800 },
      (_, i) => `<p>Paragraphe ${i} : le vice-Premier ministre Sar Kheng a rencontré Hun Sen.${FILL}</p>`,
    ).join('');
    const doc = parseHtml(article(paragraphs), URL_A);
    const analysis = analysePage(doc, URL_A);
    const before = doc.documentElement.outerHTML;
    const h = new Highlighter(doc);
    let slices = 0;
    const made = await runSliced(h.steps(analysis), { budgetMs: 2, cancelled: () => ++slices < 0 });
    expect(slices).toBeGreaterThan(1);
    expect(made).toBeGreaterThan(1600);
    h.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    // turned off while running: nothing is left behind
    const pending = h.apply(analysis, { budgetMs: 1 });
    await Promise.resolve();
    h.remove();
    await pending;
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('where names are marked on a page no layout knows', () => {
  it("is the title's own article, not a longer story an infinite scroll loaded below it", async () => {
    const { pageRegions } = await import('../../lib/highlight/regions');
    const story = (title: string, n: number, who: string) =>
      `<article><h1>${title}</h1>${Array.from({ length: n }, (_, i) => `<p>Paragraphe ${i} : ${who} a souligné l'importance de la coopération entre les deux pays dans de nombreux domaines, selon la VNA.</p>`).join('')}</article>`;
    const html = `<html><head><title>Le Vietnam et le Laos renforcent leur coopération</title></head><body>
      ${story('Le Vietnam et le Laos renforcent leur coopération', 3, 'Pham Minh Chinh')}
      <div>Article suivant</div>${story('La victoire du Vietnam attire l’attention', 8, 'Kim Sang-sik')}</body></html>`;
    const doc = parseHtml(html, 'https://lecourrier.vn/le-vietnam-et-le-laos/1294001.html');
    const { body } = pageRegions(doc);
    expect(body?.textContent).toContain('Pham Minh Chinh');
    expect(body?.textContent).not.toContain('Kim Sang-sik');
  });

  it('is every part of a daily digest whose items open on headings, not its first item', async () => {
    // (blind round 95's digest: each item a card of a picture, a headline and a paragraph)
    const { loadNewLayouts } = await import('../../eval/families');
    const page = loadNewLayouts().find((p) => p.name.startsWith('lcv2025-essentieljournee'));
    if (!page) throw new Error('the digest page is missing');
    const doc = parseHtml(page.html, page.url);
    const analysis = analysePage(doc, page.url);
    const h = new Highlighter(doc);
    h.applyNow(analysis);
    const marked = [...doc.querySelectorAll('.digest mark')].map((m) => m.textContent);
    for (const name of ['Nguyên Nam Duong', 'Monday Semaya Kumba', 'Lê Thi Thu Hang']) expect(marked).toContain(name);
  });
});
