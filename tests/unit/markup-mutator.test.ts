// The seeded markup mutator (tests/support/markup-mutator.ts): every corpus page as a redesign
// could serve it must give the original page's analysis (issue 11's checks).
import { describe, expect, it } from 'vitest';
import { passRates, runVariants, variants } from '../../eval/mutated';
import { MUTATIONS, mutate } from '../support/markup-mutator';
import { loadCorpus } from './helpers';

const corpus = loadCorpus();

describe('the markup mutator', () => {
  it('is seeded: the same seed gives the same markup, another seed another', () => {
    const page = corpus[0];
    if (!page) throw new Error('no corpus');
    expect(mutate(page.html, page.url, 'add-wrappers', 1)).toBe(mutate(page.html, page.url, 'add-wrappers', 1));
    expect(mutate(page.html, page.url, 'add-wrappers', 1)).not.toBe(mutate(page.html, page.url, 'add-wrappers', 2));
  });

  it('leaves none of the known class names: every variant is markup VNA Lens has never seen', () => {
    for (const page of corpus)
      for (const m of MUTATIONS) {
        const html = mutate(page.html, page.url, m, 3);
        const body = html.slice(html.indexOf('<body'));
        expect(body).not.toMatch(/class="[^"]*(article__|post-|story|content-list|box-related)/);
        expect(body).not.toContain('data-source="recommendation');
      }
  });
});

describe('the analysis of every mutated corpus page matches the original page', () => {
  it('≥ 300 variants: same title, lead, date, captions; body F1 ≥ 0.98; same related, no sidebar', () => {
    const list = variants(corpus);
    expect(list.length).toBeGreaterThanOrEqual(300);
    const results = runVariants(list, corpus);
    const failed = results.filter((r) => !r.ok);
    if (failed.length) console.log(passRates(results));
    expect(
      failed.map((r) => `${r.variant.page.name} ${r.variant.mutation}#${r.variant.seed}: ${r.failures.join('; ')}`),
    ).toEqual([]);
  }, 600_000);
});
