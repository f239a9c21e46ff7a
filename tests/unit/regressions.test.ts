// Bugs found by the property-based test (tests/unit/property.test.ts), one test each. Most were
// time bombs: quadratic work on inputs a hostile or broken page can hold. The bounds are generous
// (a loaded 2-core machine); before the fixes each input took 10 s to minutes.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { eventDate, parseFrenchDates } from '../../lib/dates';
import { findEntities } from '../../lib/entities';
import { Dict } from '../../lib/entities/matcher';
import { tokenize } from '../../lib/entities/tokens';
import { extract } from '../../lib/extract';
import { LAYOUTS, type Layout } from '../../lib/extract/layouts';
import { fromVietnameseDateText } from '../../lib/extract/published';
import { feedContainers, feedStories } from '../../lib/extract/related';
import { stripPhotoAlt } from '../../lib/extract/text';
import { pageRegions } from '../../lib/highlight/regions';
import { parseHtml } from './helpers';

const URL_VNP = 'https://fr.vietnamplus.vn/x-post1.vnp';
const NBSP = '\u00a0';

function timed<T>(f: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
}

describe('regressions found by the property test', () => {
  it('published.ts: a date followed by a long no-break-space run (two adjacent \\s* backtracked)', () => {
    const { value, ms } = timed(() => fromVietnameseDateText(`18/02/2017${NBSP.repeat(100_000)}x`));
    expect(value).toBe('2017-02-18T00:00:00+07:00');
    expect(ms).toBeLessThan(1_000);
    // the time is still read, with or without a separator
    expect(fromVietnameseDateText('18/02/2017 - 10:15')).toBe('2017-02-18T10:15:00+07:00');
    expect(fromVietnameseDateText('18/02/2017 10:15')).toBe('2017-02-18T10:15:00+07:00');
    expect(fromVietnameseDateText('18/02/2017,10h15')).toBe('2017-02-18T10:15:00+07:00');
  });

  it('text.ts: a long blank run in a caption that also holds "ảnh N" (\\s* backtracked from every blank)', () => {
    const caption = `Légende${NBSP.repeat(100_000)}Titreảnh 1`;
    const { value, ms } = timed(() => stripPhotoAlt(caption, ''));
    expect(ms).toBeLessThan(1_000);
    expect(value).toBe(`Légende${NBSP.repeat(100_000)}Titre`);
    // the same alt texts are stripped as before
    expect(stripPhotoAlt('Titreảnh 2 Le ministre à Hanoi', '')).toBe('Titre Le ministre à Hanoi');
    expect(stripPhotoAlt('xảnh 1 ảnh 2', '')).toBe('x ảnh 2');
  });

  it('article.ts: a paragraph that is a date and a long no-break-space run (DATE_ONLY backtracked)', () => {
    const para = `18/02/2017${NBSP.repeat(100_000)}x`;
    const html = `<h1 class="article__title">Titre</h1><div class="article__body"><p>${para}</p><p>Jeudi 18/07/2019 - 16:20</p></div>`;
    const doc = parseHtml(html, URL_VNP);
    const { value, ms } = timed(() => extract(doc, URL_VNP));
    expect(ms).toBeLessThan(3_000);
    // the long paragraph is text, the date line is still dropped
    expect(value.article?.paragraphs).toEqual([para]);
  });

  it('dates/parse.ts: 100,000 dates in one text (overlap check scanned every earlier phrase)', () => {
    const text = 'le 2 mars '.repeat(100_000);
    const { value, ms } = timed(() => parseFrenchDates(text, '2020-03-05'));
    expect(value).toHaveLength(100_000);
    expect(ms).toBeLessThan(5_000);
    // overlapping phrases are still taken once: the range wins over its parts
    expect(parseFrenchDates('du 22 au 25 mars 2026 et le 2 mars', null).map((d) => d.phrase)).toEqual([
      'du 22 au 25 mars 2026',
    ]);
  });

  it('dates/index.ts: a long one-line text full of dates (the dateline test searched back to the line start)', () => {
    const { value, ms } = timed(() => eventDate(`Hanoi, ${'le 2 mars '.repeat(100_000)}`, '2020-03-05'));
    expect(value.date).toBe('2020-03-02');
    expect(ms).toBeLessThan(5_000);
    // same dateline rule as before: the place is at most 40 characters from the line start
    const place40 = 'a'.repeat(40);
    expect(eventDate(`${place40}, 18 juillet (VNA) – le 17 juillet`, '2019-07-18').phrase).toBe('17 juillet');
    expect(eventDate(`a${place40}, 18 juillet (VNA) – le 17 juillet`, '2019-07-18').phrase).toBe('18 juillet');
    expect(eventDate(`x\n${place40},${NBSP} 18 juillet (VNA) – le 17 juillet`, '2019-07-18').phrase).toBe('17 juillet');
    expect(eventDate(`Soc Trang; 18 juillet (VNA) – le 17 juillet`, '2019-07-18').phrase).toBe('18 juillet');
  });

  it('related.ts: thousands of feed containers (outermost filter compared every pair)', () => {
    const boxes = Array.from(
      { length: 6_000 },
      (_, i) => `<ul class="related"><li><a href="/a${i}">T ${i}</a></li></ul>`,
    );
    const nested =
      '<div class="related"><div class="related"><ul><li><h3><a href="/n1">N1</a></h3></li></ul></div></div>';
    const doc = parseHtml(`<h1>x</h1>${nested}${boxes.join('')}`, URL_VNP);
    const generic = LAYOUTS.find((l) => l.name === 'generic') as Layout;
    const { value, ms } = timed(() => feedContainers(doc, generic));
    expect(ms).toBeLessThan(2_000);
    // outermost only: the nested pair is one container
    expect(value).toHaveLength(6_001);
    expect(feedStories(value, generic, URL_VNP)[0]?.title).toBe('N1');
  });

  it('related.ts: a feed of thousands of teasers (innermost filter compared every pair)', () => {
    const lis = Array.from({ length: 20_000 }, (_, i) => `<li><a href="/a${i}">T ${i}</a></li>`).join('');
    const doc = parseHtml(
      `<h1>x</h1><ul class="related"><li><article><h3><a href="/in">Dedans</a></h3></article></li>${lis}</ul>`,
      URL_VNP,
    );
    const generic = LAYOUTS.find((l) => l.name === 'generic') as Layout;
    const containers = feedContainers(doc, generic);
    const { value, ms } = timed(() => feedStories(containers, generic, URL_VNP));
    expect(ms).toBeLessThan(2_000);
    expect(value).toHaveLength(200);
    // an <li> holding an <article> is still one teaser
    expect(value.filter((r) => r.title === 'Dedans')).toHaveLength(1);
  });

  it('entities/index.ts: thousands of distinct person names (near-identical merge compared every pair)', () => {
    const syl = ['An', 'Binh', 'Cuong', 'Dung', 'Giang', 'Hai', 'Hoa', 'Hung', 'Khanh', 'Lan', 'Long', 'Minh'];
    const names: string[] = [];
    for (const a of syl) for (const b of syl) for (const c of syl) names.push(`Nguyen ${a} ${b} ${c}`);
    const text = names.map((n) => `${n} et`).join(' ');
    const { value, ms } = timed(() =>
      findEntities({ title: '', lead: null, paragraphs: [text, text], captions: [], related: [] }),
    );
    expect(ms).toBeLessThan(5_000);
    expect(value.filter((e) => e.type === 'person').length).toBe(names.length);
    // on a page of ordinary size, near-identical names are still one person
    const merged = findEntities({
      title: '',
      lead: null,
      paragraphs: ['Le ministre Tran Quang Phuong est arrivé.', 'Le ministre Tran Quang Phuon a déclaré.'],
      captions: [],
      related: [],
    });
    expect(merged.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tran Quang Phuong']);
  });

  it('entities/matcher.ts: entries stay longest first, then in insertion order (no re-sort per add)', () => {
    const dict = new Dict<string>();
    const key = (s: string) => tokenize(s).map((t) => t.f);
    dict.add(key('Nguyen'), 'one', false, true);
    dict.add(key('Nguyen Van An'), 'three', false, true);
    dict.add(key('Nguyen Van'), 'two-a', false, true);
    dict.add(key('Nguyen Van'), 'two-b', false, false); // same key: ignored
    dict.add(key('Nguyen Van Binh'), 'three-b', false, true);
    const at = (s: string) => dict.match(tokenize(s), 0)?.ref ?? null;
    expect(at('Nguyen Van An vient')).toBe('three');
    expect(at('Nguyen Van Binh vient')).toBe('three-b');
    expect(at('Nguyen Van Cuong')).toBe('two-a');
    expect(at('Nguyen Thi')).toBe('one');
    const many = new Dict<number>();
    const { ms } = timed(() => {
      for (let i = 0; i < 20_000; i++) many.add(['nguyen', `n${i}`], i, false, false);
    });
    expect(ms).toBeLessThan(2_000);
  });

  it('article.ts: a small page of 340 nested <div><span> (Readability moved subtrees level by level)', () => {
    const deep = (attrs: string) =>
      `${`<div${attrs}><span>`.repeat(170)}<p>Profond.</p>${'</span></div>'.repeat(170)}` +
      `<article><h1 class="article__title">Titre</h1><div class="article__body"><p>${'Texte du corps. '.repeat(12)}</p></div></article>`;
    // (a classed chain is flattened on the second pass; one that styles what it holds stays too deep)
    for (const [attrs, signal] of [
      ['', 'article:flattened'],
      [' class="a"', 'article:flattened'],
      [' style="margin:0"', 'article:too-deep'],
    ] as const) {
      const doc = parseHtml(deep(attrs), URL_VNP);
      const before = doc.documentElement?.outerHTML;
      const { value, ms } = timed(() => analysePage(doc, URL_VNP));
      expect(ms).toBeLessThan(3_000);
      expect(value.page.signals).toContain(signal);
      expect(value.article?.title).toBe('Titre');
      expect(value.article?.paragraphs.join(' ')).toContain('Texte du corps.');
      expect(doc.documentElement?.outerHTML).toBe(before);
    }
  });

  it('structure.ts: the densest box of a 1,000-deep chain of boxes, each holding a paragraph', () => {
    // each box asked whether a block lay anywhere inside it (a query over its whole subtree):
    // 77 s in jsdom for the highlighter's regions; one pass over the blocks now
    const p = (i: number) => `<p>Hanoi (VNA) - Le Premier ministre a reçu le ${i} l'ambassadeur du Laos.</p>`;
    const chain =
      Array.from({ length: 1_000 }, (_, i) => `<div class="d${i}">${p(i)}`).join('') + '</div>'.repeat(1_000);
    const doc = parseHtml(`<h1>Le Vietnam et le Laos renforcent leur coopération</h1>${chain}`, URL_VNP);
    const { value, ms } = timed(() => pageRegions(doc));
    expect(ms).toBeLessThan(5_000);
    // every box holds one paragraph of its own: the first with the longest ("le 100") is the densest
    expect(value.body?.className).toBe('d100');
  });

  it('article.ts / related.ts: thousands of elements listed through a live HTMLCollection', () => {
    // Array.from(getElementsByTagName('*')) is quadratic in jsdom: 9,000 elements took 10 s
    const spans = '<span>x</span>'.repeat(9_000);
    const doc = parseHtml(
      `<h1 class="article__title">Titre</h1><aside>${spans}</aside><div class="article__body"><p>${'Texte du corps. '.repeat(12)}</p></div>` +
        `<div class="content-list" data-source="recommendation-1"><article class="story"><h3><a href="/a-post2.vnp">Teaser</a></h3>${spans}</article></div>`,
      URL_VNP,
    );
    const { value, ms } = timed(() => analysePage(doc, URL_VNP));
    expect(ms).toBeLessThan(5_000);
    expect(value.article?.title).toBe('Titre');
    expect(value.related.map((r) => r.title)).toEqual(['Teaser']);
  });
});

describe('the CMS photo alt text', () => {
  it('is removed with or without a space before it', () => {
    const title = 'Vietnam et Cambodge renforcent la coopération';
    expect(stripPhotoAlt(`${title} ảnh 1Entretien entre les deux ministères. Photo : VNA`, title)).toBe(
      'Entretien entre les deux ministères. Photo : VNA',
    );
    expect(stripPhotoAlt('Une légende ảnh 2', '')).toBe('Une légende');
    expect(stripPhotoAlt('Une légendeảnh 12 suite', '')).toBe('Une légende suite');
    expect(stripPhotoAlt('Le mot ảnh seul reste', '')).toBe('Le mot ảnh seul reste');
  });
});
