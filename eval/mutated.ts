// The corpus pages through the seeded markup mutator (tests/support/markup-mutator.ts): per
// mutation, how many variants' analyses match the original page's (checks of issue 11).
import { analysePage } from '../lib/analyse';
import { parseHtml } from '../lib/node-dom';
import type { Analysis } from '../lib/types';
import { type CorpusPage, loadCorpus, seenAtOf } from '../tests/support/corpus';
import { MUTATIONS, type Mutation, mutate } from '../tests/support/markup-mutator';
import { checkVariant, type VariantCheck } from '../tests/support/variant-checks';

export interface Variant {
  page: CorpusPage;
  mutation: Mutation;
  seed: number;
  html: string;
}

/** `seeds` variants of every mutation on every page: 10 pages × 13 mutations × 3 seeds = 390. */
export function variants(pages = loadCorpus(), seeds = 3): Variant[] {
  const out: Variant[] = [];
  for (const page of pages)
    for (const mutation of MUTATIONS)
      for (let seed = 1; seed <= seeds; seed++)
        out.push({ page, mutation, seed, html: mutate(page.html, page.url, mutation, seed * 7919 + page.id.length) });
  return out;
}

export interface VariantResult extends VariantCheck {
  variant: Variant;
  analysis: Analysis;
}

export function runVariants(list: Variant[], pages = loadCorpus()): VariantResult[] {
  const originals = new Map<string, Analysis>();
  const results: VariantResult[] = [];
  for (const v of list) {
    const seenAt = seenAtOf(v.page, pages);
    let original = originals.get(v.page.name);
    if (!original) {
      original = analysePage(parseHtml(v.page.html, v.page.url), v.page.url, { seenAt });
      originals.set(v.page.name, original);
    }
    const analysis = analysePage(parseHtml(v.html, v.page.url), v.page.url, { seenAt });
    results.push({ ...checkVariant(original, analysis, v.page.meta.sidebar), variant: v, analysis });
  }
  return results;
}

export function passRates(results: VariantResult[]): string {
  const lines = [`${'mutation'.padEnd(20)}  pass`];
  for (const m of MUTATIONS) {
    const rs = results.filter((r) => r.variant.mutation === m);
    lines.push(`${m.padEnd(20)}  ${rs.filter((r) => r.ok).length}/${rs.length}`);
  }
  lines.push(`${'all'.padEnd(20)}  ${results.filter((r) => r.ok).length}/${results.length}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = runVariants(variants());
  console.log(passRates(results));
  if (process.argv.includes('--verbose'))
    for (const r of results.filter((r) => !r.ok))
      console.log(`${r.variant.page.name} ${r.variant.mutation}#${r.variant.seed}: ${r.failures.join('; ')}`);
}
