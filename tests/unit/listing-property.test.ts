// Properties of the listing code on arbitrary pages: never a throw, never an address the page
// does not link, never a host outside VNA, and linear time on large lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVnaHost } from '../../lib/hosts';
import { nextPageUrl } from '../../lib/listing/next';
import { readListingPage } from '../../lib/listing/parse';
import { partnerTagLinks } from '../../lib/listing/tags';
import { linkedAddresses } from '../support/links';
import { parseHtml } from './helpers';

const PAGE = 'https://fr.vietnamplus.vn/un-article-post1.vnp';
const hrefs = fc.constantFrom(
  '/tag/cambodge',
  'https://fr.vietnamplus.vn/vietnam-chine-tag3.vnp',
  'https://example.com/tag/laos',
  '//evil.example/x',
  'javascript:void(0)',
  '#',
  '',
  'http://lecourrier.vn/tag/japon/',
  'https://vnanet.vn.evil.example/tag/cambodge',
);
const texts = fc.constantFrom('Cambodge', '#Vietnam-Cambodge', 'Suivant', '»', 'Chine', 'Sécurité', '<b>Laos</b>', '');
const boxes = fc.constantFrom('tags', 'post-tags', 'pagination', 'story', 'sidebar', 'box-tag', 'x');
const tags = fc.constantFrom('div', 'li', 'article', 'nav', 'h3', 'p');
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(hrefs, texts).map(([h, t]) => `<a href="${h}">${t}</a>`),
    fc
      .tuple(tags, boxes, fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, c, kids]) => `<${t} class="${c}">${kids.join('')}</${t}>`),
    fc.constantFrom('<time datetime="2026-02-06T10:00:00+07:00">6/2</time>', 'Mots-clés : ', '<h2>Titre</h2>'),
  ),
})).node as fc.Arbitrary<string>;

describe('listing properties', () => {
  it('only addresses the page links, only on VNA hosts, and never a throw', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (parts) => {
        const doc = parseHtml(`<!doctype html><body>${parts.join('')}</body>`, PAGE);
        const found = [...partnerTagLinks(doc, PAGE).map((t) => t.url), nextPageUrl(doc, PAGE)].filter(
          (u): u is string => u !== null,
        );
        const links = linkedAddresses(doc, PAGE);
        for (const url of found) {
          expect(links.has(url)).toBe(true);
          expect(isVnaHost(new URL(url).hostname)).toBe(true);
        }
        const read = readListingPage(doc, PAGE, ['KH']);
        if (!('refused' in read)) for (const s of read.analysis.stories) expect(s.partners).toContain('KH');
      }),
      { numRuns: 300 },
    );
  });

  it('reads a listing of 5,000 teasers in linear time (the feed parser keeps the first 200)', () => {
    const item = (i: number) =>
      `<article class="story"><h2><a href="/s-post${i}.vnp">Le Vietnam et le Cambodge ${i}</a></h2><time datetime="2026-02-06T10:00:00+07:00">x</time></article>`;
    const time = (n: number) => {
      const html = `<!doctype html><body><div class="list">${Array.from({ length: n }, (_, i) => item(i)).join('')}</div></body>`;
      const doc = parseHtml(html, PAGE.replace('un-article-post1', 'cambodge-tag1'));
      const t0 = performance.now();
      const read = readListingPage(doc, 'https://fr.vietnamplus.vn/cambodge-tag1.vnp', ['KH']);
      if ('refused' in read) throw new Error(read.refused);
      return performance.now() - t0;
    };
    time(500); // warm up
    const small = time(1000);
    const large = time(5000);
    expect(large).toBeLessThan(Math.max(small * 15, 2000));
  });
});
