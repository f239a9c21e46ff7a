// Words a reader sees as the stored text's, written otherwise: CMSs that hyphenate their text put
// soft hyphens (U+00AD) in long words ("Fé­dé­ra­tion"), copy-pasted text carries zero-width spaces
// and joiners, and some Vietnamese CMSs store letters decomposed (NFD: "e" + U+0302 + U+0303 for
// "ễ"). VNA Lens must find the same names, shown as read, and point its mentions at the page's own
// characters so they are highlighted where they stand.
import { describe, expect, it } from 'vitest';
import { loadRealCorpus } from '../../eval/real-corpus';
import { findEntities } from '../../lib/entities';
import type { EntityTexts } from '../../lib/entities/page-texts';
import type { Entity } from '../../lib/types';
import { find, named } from '../support/names';

const SOFT_HYPHEN = '\u00ad';
const ZERO_WIDTH_SPACE = '\u200b';

/** A hyphenator's marks: the invisible character after every third letter of each word of 7+ letters. */
function hyphenate(text: string, mark: string): string {
  return text.replace(/\p{L}{7,}/gu, (w) => w.replace(/(\p{L}{3})(?=\p{L}{2})/gu, `$1${mark}`));
}

const readable = (es: Entity[]) =>
  es
    .map((e) => `${e.type}|${e.name}|${e.role ?? ''}|${e.country ?? ''}`.normalize('NFC'))
    .sort((a, b) => a.localeCompare(b));

describe('words holding invisible characters', () => {
  it('a person whose name holds soft hyphens is found, named without them, with the role stated', () => {
    const es = find(
      `L’ambassadeur de la Fédé${SOFT_HYPHEN}ration de Russie au Vietnam, Gen${SOFT_HYPHEN}nady Bezde${SOFT_HYPHEN}tko, a été reçu à Hanoï.`,
    );
    const person = named(es, 'Gennady Bezdetko');
    expect(person?.role).toBe('ambassadeur de la Fédération de Russie au Vietnam');
    expect(person?.country).toBe('RU');
    // the mention still covers the characters as the page has them, so the page's text is marked
    expect(person?.mentions[0]?.text).toBe(`Gen${SOFT_HYPHEN}nady Bezde${SOFT_HYPHEN}tko`);
  });

  // (dev: post-55879, as stored: "l'ambassadeur de Bulgarieau Vietnam", hyphenated)
  it('a country glued to the next word is read apart with invisible characters inside too', () => {
    const text = "Il a reçu l'ambassadeur de Bulgarieau Vietnam, Petar Ivanov, à Hanoï.";
    const es = find(text.replace('Bulgarieau', `Bul${SOFT_HYPHEN}gar${SOFT_HYPHEN}ieau`));
    expect(readable(es)).toEqual(readable(find(text)));
    expect(named(es, 'Petar Ivanov')?.country).toBe('BG');
  });

  it('a zero-width space inside a place name leaves one place, named as it is read', () => {
    const es = find(`La délégation est arrivée à Vien${ZERO_WIDTH_SPACE}tiane mardi.`);
    expect(es.find((e) => e.type === 'place')?.name).toBe('Vientiane');
  });

  it('a decomposed text reads as the composed one; its mentions are slices of the decomposed string', () => {
    const text = 'Le général Phan Văn Giang, ministre de la Défense, a reçu à Hà Nội le Président du Sénat.'.normalize(
      'NFD',
    );
    const es = find(text);
    expect(readable(es)).toEqual(readable(find(text.normalize('NFC'))));
    const person = es.find((e) => e.type === 'person');
    const m = person?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe('Phan Văn Giang'.normalize('NFD'));
    expect(m?.text).toBe('Phan Văn Giang'.normalize('NFD'));
  });

  // Real VNA text (dev split of the real corpus), hyphenated as a CMS would: the same names, roles
  // and countries as the text as stored.
  const items = loadRealCorpus()
    .filter((c) => c.item.split === 'dev' && c.item.kind === 'article')
    .filter((_, k) => k % 20 === 0);
  const texts = (c: (typeof items)[number], mark?: string): EntityTexts => {
    const h = (s: string) => (mark === 'NFD' ? s.normalize('NFD') : mark ? hyphenate(s, mark) : s);
    return {
      title: h(c.item.title),
      lead: c.item.lead === null ? null : h(c.item.lead),
      paragraphs: c.item.paragraphs.map(h),
      captions: c.item.captions.map(h),
      related: [],
    };
  };

  it.each([
    ['soft hyphens', SOFT_HYPHEN],
    ['zero-width spaces', ZERO_WIDTH_SPACE],
    ['letters decomposed', 'NFD'],
  ])('real articles with %s read as the stored text does', (_, mark) => {
    expect(items.length).toBeGreaterThan(40);
    for (const c of items)
      expect(readable(findEntities(texts(c, mark))), c.item.id).toEqual(readable(findEntities(texts(c))));
  });
});
