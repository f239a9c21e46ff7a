// Real VNA fragments for the property tests (tests/unit/property.test.ts), cut from the corpus
// with the layouts' own selectors, and the spiced text that mixes them with hand-made text.
import fc from 'fast-check';
import { layoutOf } from '../../lib/extract/layouts';
import { parseHtml } from '../../lib/node-dom';
import { loadCorpus } from './corpus';
import { escapeHtml, hostile, invisible, rarely, sprinkle, wordSoup } from './property-text';

interface Fragments {
  pages: { html: string; url: string }[];
  titles: string[];
  leads: string[];
  paragraphs: string[]; // outerHTML, inline markup kept
  texts: string[]; // paragraph text
  figures: string[]; // outerHTML of figures / captions
  teasers: string[]; // outerHTML of feed items
  names: string[];
}

function loadFragments(): Fragments {
  const f: Fragments = {
    pages: [],
    titles: [],
    leads: [],
    paragraphs: [],
    texts: [],
    figures: [],
    teasers: [],
    names: [],
  };
  for (const page of loadCorpus()) {
    f.pages.push({ html: page.html, url: page.url });
    const doc = parseHtml(page.html, page.url);
    const layout = layoutOf(doc);
    const title = doc.querySelector(layout.title)?.textContent?.trim();
    if (title) f.titles.push(title);
    const lead = doc.querySelector(layout.lead)?.textContent?.trim();
    if (lead) f.leads.push(lead);
    for (const p of doc.querySelectorAll(`${layout.body} p`)) {
      f.paragraphs.push(p.outerHTML);
      const t = p.textContent?.trim();
      if (t) f.texts.push(t);
    }
    for (const fig of doc.querySelectorAll(`${layout.body} figure, ${layout.body} figcaption`))
      f.figures.push(fig.outerHTML);
    for (const feed of doc.querySelectorAll(layout.feed))
      for (const item of feed.querySelectorAll(layout.feedItem)) f.teasers.push(item.outerHTML);
    for (const e of page.truth.entities) f.names.push(e.name, ...e.aliases);
  }
  for (const [k, v] of Object.entries(f)) if (v.length === 0) throw new Error(`corpus gave no ${k}`);
  return f;
}

export const F = loadFragments();

const rawText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...F.texts) },
  { weight: 2, arbitrary: fc.constantFrom(...F.titles, ...F.leads) },
  { weight: 1, arbitrary: fc.constantFrom(...F.names) },
  { weight: 4, arbitrary: wordSoup },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Text with its spices: invisibles, NFD, a hostile name spliced in. */
export const text: fc.Arbitrary<string> = fc
  .record({
    base: rawText,
    nfd: fc.boolean(),
    marks: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), ch: invisible }), { maxLength: 4 }),
    inject: rarely(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), s: hostile }), 5),
  })
  .map(({ base, nfd, marks, inject }) => {
    let t = nfd ? base.normalize('NFD') : base;
    if (inject) {
      const i = Math.floor(inject.at * t.length);
      t = `${t.slice(0, i)} ${inject.s} ${t.slice(i)}`;
    }
    return sprinkle(t, marks);
  });

/** Text as HTML: escaped most of the time, raw (markup becomes elements) sometimes. */
export const htmlText = fc.tuple(text, fc.integer({ min: 0, max: 9 })).map(([t, r]) => (r < 8 ? escapeHtml(t) : t));
