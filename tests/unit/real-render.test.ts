// The real corpus rendered in the corpus markups (eval/real-render.ts): a page of each markup
// carries the item's own texts and its feed the given teasers, and the pipeline reads them back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealCorpus } from '../../eval/real-corpus';
import { extractRendered, MARKUPS, renderPage, titleFromUrl } from '../../eval/real-render';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';

const cases = loadRealCorpus().filter((c) => c.item.split === 'dev');
const withAll = cases.find((c) => c.item.kind === 'article' && c.item.title && c.item.lead && c.item.captions.length);
const teasers = cases.filter((c) => c.item.kind === 'teaser' && c.item.summary).slice(0, 3);
const template = (m: string) =>
  readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'corpus', 'pages', `000_5c40b8c9863d2394.${m}.html`),
    'utf8',
  );

describe('the real corpus rendered in the corpus markups', () => {
  it.each(MARKUPS)('%s: the page gives back the article, its captions and its feed', (m) => {
    const item = withAll?.item;
    expect(item).toBeDefined();
    if (!item) return;
    const url = `https://example.vn/${item.id}`;
    const html = renderPage(
      m,
      item,
      teasers.map((c) => c.item),
      template(m),
    );
    // nothing of the template's own article is left
    expect(html).not.toContain('Em Saman');
    const a = analysePage(parseHtml(html, url), url);
    expect(a.article?.title).toBe(item.title);
    expect(a.article?.lead).toBe(item.lead);
    expect(a.article?.captions.join(' ')).toContain(item.captions[0]?.slice(0, 40));
    expect(a.related.map((r) => r.title)).toEqual(teasers.map((c) => c.item.title));
    expect(a.related[0]?.summary).toBe(teasers[0]?.item.summary);
  });

  it('an item stored without its title gets the one its address says, in lower case', () => {
    expect(titleFromUrl('http://fr.vietnamplus.vn/le-vietnam-remporte-37-medailles-dor/29728.vnp')).toBe(
      'le vietnam remporte 37 medailles dor',
    );
    expect(titleFromUrl('https://lecourrier.vn/ameliorer-l39efficacite-de-la-cooperation/380856.html')).toBe(
      "ameliorer l'efficacite de la cooperation",
    );
  });

  it('every teaser of a split is found in some feed', () => {
    const some = [...cases.filter((c) => c.item.kind === 'article').slice(0, 3), ...teasers];
    const got = extractRendered(some, 'courrier');
    for (const t of teasers) expect(got.get(t.item.id)?.related).toHaveLength(1);
    expect(got.get(some[0]?.item.id ?? '')?.texts.paragraphs.length).toBeGreaterThan(0);
  });
});
