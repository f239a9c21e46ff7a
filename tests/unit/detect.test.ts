import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect';
import { isVnaHost } from '../../lib/hosts';
import { layoutPage, loadCorpus, parseHtml } from './helpers';

describe('VNA hosts', () => {
  it.each([
    'fr.vietnamplus.vn',
    'en.vietnamplus.vn',
    'zh.vietnamplus.vn',
    'vietnamplus.vn',
    'www.vietnamplus.vn',
    'lecourrier.vn',
    'vnanet.vn',
    'vietnam.vnanet.vn',
  ])('%s is a VNA host', (host) => expect(isVnaHost(host)).toBe(true));

  it.each(['vietnamplus.vn.evil.com', 'notvietnamplus.vn', 'lemonde.fr', 'lecourrier.vn.example.org', 'vnanet.com'])(
    '%s is not',
    (host) => expect(isVnaHost(host)).toBe(false),
  );
});

describe('detectPage', () => {
  const corpus = loadCorpus();

  it.each(corpus.map((p) => [p.name, p] as const))('%s is a VNA article page', (_, page) => {
    const d = detectPage(parseHtml(page.html, page.url), page.url);
    expect(d).toMatchObject({ isVna: true, kind: 'article', lang: 'fr', site: new URL(page.url).hostname });
    expect(d.signals).toContain(`host:${new URL(page.url).hostname}`);
    expect(d.signals.some((s) => s === 'text:vna-dateline' || s === 'text:vna-credit')).toBe(true);
  });

  it('recognises a VNA page saved or mirrored elsewhere from its own signals', () => {
    const page = corpus[0];
    if (!page) throw new Error('no corpus');
    const d = detectPage(parseHtml(page.html, 'file:///home/reader/page.html'), 'file:///home/reader/page.html');
    expect(d.isVna).toBe(true);
    expect(d.signals).not.toContain('host:');
    expect(d.signals.some((s) => s.startsWith('og:site_name:'))).toBe(true);
  });

  it('does not take another French news site with its own "Voir plus" for VNA', () => {
    const url = 'https://www.quotidien-exemple.fr/politique/retraites.html';
    const d = detectPage(layoutPage('other-french-site.html', url), url);
    expect(d.isVna).toBe(false);
    expect(d.signals).toContain('feed:voir-plus');
    expect(d.signals).toContain('not-vna');
  });

  it('calls a VNA home page a listing', () => {
    const url = 'https://fr.vietnamplus.vn/';
    const d = detectPage(layoutPage('home-listing.html', url), url);
    expect(d).toMatchObject({ isVna: true, kind: 'listing' });
  });

  it('knows the older VietnamPlus layout', () => {
    const url = 'https://fr.vietnamplus.vn/soc-trang-des-dons-aux-familles-khmeres-demunies/123456.vnp';
    expect(detectPage(layoutPage('vnp-legacy-short.html', url), url)).toMatchObject({ isVna: true, kind: 'article' });
  });
});
