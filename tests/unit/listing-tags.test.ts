// Tag-link discovery: only tags naming a partner, only VNA hosts, only addresses the page links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextPageUrl } from '../../lib/listing/next';
import { partnerTagLinks, tagPartners } from '../../lib/listing/tags';
import { listingRoutes, withTagLinks } from '../fixtures/listing-pages';
import { corpusPages, PAGES_DIR } from '../support/corpus-server';
import { linkedAddresses } from '../support/links';
import { parseHtml } from './helpers';

const pages = corpusPages();
const html = (file: string) => readFileSync(join(PAGES_DIR, file), 'utf8');

function page(body: string, url = 'https://fr.vietnamplus.vn/un-article-post1.vnp'): Document {
  return parseHtml(`<!doctype html><html><body>${body}</body></html>`, url);
}

describe('tag names', () => {
  it('reads the partner a tag names, in any form the entity layer knows, never Vietnam', () => {
    expect(tagPartners('#Vietnam-Cambodge')).toEqual(['KH']);
    expect(tagPartners('Cambodge')).toEqual(['KH']);
    expect(tagPartners('relations sino-vietnamiennes')).toEqual(['CN']);
    expect(tagPartners('Vietnam')).toEqual([]);
    expect(tagPartners('Sécurité publique')).toEqual([]);
  });
});

describe('partnerTagLinks on the sample articles', () => {
  for (const p of pages) {
    it(`${p.file}: the partner tags, as the page links them, on a VNA host`, () => {
      const served = withTagLinks(html(p.file));
      const doc = parseHtml(served, p.url);
      const tags = partnerTagLinks(doc, p.url);
      expect(tags.length).toBeGreaterThan(0);
      const linked = linkedAddresses(doc, p.url);
      for (const tag of tags) {
        expect(linked.has(tag.url)).toBe(true); // never built: an address the page links
        expect(new URL(tag.url).hostname).toBe(p.host);
        expect(tag.partners.length).toBeGreaterThan(0);
        expect(tag.partners).not.toContain('VN');
      }
      // the feed's teasers name partners too ("Vietnam-Laos : …"): they are not tags
      expect(tags.flatMap((t) => t.partners).every((c) => c === 'KH' || c === 'CN')).toBe(true);
      // non-partner tags ("Sécurité publique", "Soc Trang", people) are not followed
      expect(tags.every((t) => tagPartners(t.text).length > 0)).toBe(true);
    });
  }

  it('a tag linked to "#" (Le Courrier as collected) gives no address: none is guessed', () => {
    const p = pages.find((x) => x.host === 'lecourrier.vn');
    if (!p) throw new Error('no Le Courrier sample');
    expect(partnerTagLinks(parseHtml(html(p.file), p.url), p.url)).toEqual([]);
  });

  it("keeps only the article's partners when asked", () => {
    const p = pages.find((x) => x.file.startsWith('000') && x.host === 'fr.vietnamplus.vn');
    if (!p) throw new Error('no sample 000');
    const doc = parseHtml(html(p.file), p.url);
    expect(partnerTagLinks(doc, p.url, ['KH']).map((t) => t.url)).toEqual([
      'https://fr.vietnamplus.vn/vietnam-cambodge-tag1000.vnp',
    ]);
    expect(partnerTagLinks(doc, p.url, ['CN'])).toEqual([]);
  });
});

describe('partnerTagLinks on hostile or unusual pages', () => {
  it('follows only VNA hosts and web addresses', () => {
    const doc = page(`<div class="tags">
      <a href="https://example.com/tag/cambodge">Cambodge</a>
      <a href="javascript:alert(1)">Laos</a>
      <a href="mailto:x@vietnamplus.vn">Chine</a>
      <a href="https://user:pw@fr.vietnamplus.vn/tag/japon">Japon</a>
      <a href="https://lecourrier.vn/tag/thailande/">Thaïlande</a>
      <a href="/tag/cambodge-tag7.vnp#top">#Cambodge</a></div>`);
    expect(partnerTagLinks(doc, 'https://fr.vietnamplus.vn/un-article-post1.vnp')).toEqual([
      { url: 'https://lecourrier.vn/tag/thailande/', text: 'Thaïlande', partners: ['TH'] },
      { url: 'https://fr.vietnamplus.vn/tag/cambodge-tag7.vnp', text: '#Cambodge', partners: ['KH'] },
    ]);
  });

  it('reads "Mots-clés :" boxes and rel="tag", not links that merely name a country', () => {
    const doc = page(`<p>Lire aussi <a href="/vietnam-laos-post2.vnp">Vietnam-Laos : un nouvel élan</a></p>
      <div>Mots-clés : <a href="/mots/cambodge/">Cambodge</a></div>
      <footer><a rel="tag" href="/t/chine">Chine</a></footer>
      <meta property="article:tag" content="Japon">`);
    expect(partnerTagLinks(doc, 'https://fr.vietnamplus.vn/a-post1.vnp').map((t) => t.partners[0])).toEqual([
      'KH',
      'CN',
    ]);
  });

  it('is linear: 20,000 tag links in under 3 s', () => {
    const links = Array.from({ length: 20_000 }, (_, i) => `<a href="/t${i}">Cambodge ${i}</a>`).join('');
    const doc = page(`<div class="box-tag">${links}</div>`);
    const t0 = performance.now();
    expect(partnerTagLinks(doc, 'https://fr.vietnamplus.vn/a-post1.vnp')).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('nextPageUrl', () => {
  for (const host of ['fr.vietnamplus.vn', 'lecourrier.vn']) {
    it(`${host}: page 1 links page 2, page 2 links nothing`, () => {
      const routes = listingRoutes(host);
      const firsts = [...routes.keys()].filter((p) => !/page\/2|trang-2/.test(p));
      expect(firsts.length).toBeGreaterThan(0);
      for (const first of firsts) {
        const answer = routes.get(first);
        if (!answer || answer === 'hang') throw new Error('no page');
        const url = `https://${host}${first}`;
        const next = nextPageUrl(parseHtml(answer.html, url), url);
        expect(next).not.toBeNull();
        const second = routes.get(new URL(next as string).pathname);
        if (!second || second === 'hang') throw new Error(`page 2 not served: ${next}`);
        expect(nextPageUrl(parseHtml(second.html, next as string), next as string)).toBeNull();
      }
    });
  }

  it('never leaves the listing’s host, and ignores links that only say "next" outside a pager', () => {
    const url = 'https://fr.vietnamplus.vn/cambodge-tag1.vnp';
    expect(nextPageUrl(page('<link rel="next" href="https://example.com/p2">', url), url)).toBeNull();
    expect(
      nextPageUrl(page('<div class="pagination"><a href="https://lecourrier.vn/p2">Suivant</a></div>', url), url),
    ).toBeNull();
    expect(nextPageUrl(page('<p><a href="/p2">Suivant</a></p>', url), url)).toBeNull();
    expect(nextPageUrl(page(`<div class="pagination"><a href="${url}">Suivant</a></div>`, url), url)).toBeNull();
    expect(
      nextPageUrl(page('<ul class="pager"><li class="next"><a href="/cambodge-tag1/p2.vnp">→</a></li></ul>', url), url),
    ).toBe('https://fr.vietnamplus.vn/cambodge-tag1/p2.vnp');
  });
});
