// npm run eval: how close VNA Lens comes to the hand-made truth on every sample page, side by
// side with plain Readability on the same page.
import { analysePage } from '../lib/analyse';
import { pageTexts } from '../lib/entities';
import { parseHtml } from '../lib/node-dom';
import { loadCorpus, seenAtOf } from '../tests/support/corpus';
import { type EvalCase, evaluateEntities, formatEntityEval } from './entities';
import { type ExtractionScore, scoreBody, scoreExtraction } from './extraction';
import { formatFamilies, scoreFamilies } from './families';
import { passRates } from './mutated';
import { readabilityParagraphs } from './readability-baseline';
import { loadRealCorpus, type RealItem } from './real-corpus';
import { formatColumns, formatReal, type RealScores, scoreReal } from './real-corpus-score';
import { extractRendered, MARKUPS } from './real-render';
import { evaluateStories, formatStoryScores, type StoryCase } from './stories';

const pct = (x: number) => x.toFixed(3);
const yes = (b: boolean) => (b ? 'yes' : 'NO');

const pages = loadCorpus();
const ours: ExtractionScore[] = [];
const entityCases: EvalCase[] = [];
const storyCases: StoryCase[] = [];
const verbose = process.argv.includes('--verbose');
console.log('Extraction (VNA Lens | plain Readability)');
console.log(
  [
    'page'.padEnd(28),
    'bodyF1',
    '(Rdb)',
    'feedLeak',
    '(Rdb)',
    'capLeak',
    '(Rdb)',
    'relRecall',
    'relFalse',
    'title',
    'lead',
    'published',
  ].join('  '),
);
for (const page of pages) {
  const analysis = analysePage(parseHtml(page.html, page.url), page.url, { seenAt: seenAtOf(page, pages) });
  const s = scoreExtraction(page, analysis);
  // entities and stories are scored on what the pipeline extracted, not on the truth's texts
  const a = analysis.article;
  entityCases.push({
    id: page.name,
    texts: pageTexts(a, analysis.related),
    truth: page.truth.entities,
  });
  storyCases.push({
    name: page.name,
    input: {
      url: analysis.url,
      article: a,
      related: analysis.related,
      entities: analysis.entities,
      seenAt: seenAtOf(page, pages),
    },
    truth: page.truth,
  });
  ours.push(s);
  const baseline = scoreBody(
    page,
    page.name,
    readabilityParagraphs(parseHtml(page.html, page.url)).paragraphs.join('\n'),
  );
  console.log(
    [
      page.name.padEnd(28),
      pct(s.bodyF1),
      `(${pct(baseline.bodyF1)})`,
      String(s.feedLeaks).padStart(8),
      `(${baseline.feedLeaks})`.padStart(5),
      String(s.captionLeaks).padStart(7),
      `(${baseline.captionLeaks})`.padStart(5),
      pct(s.relatedRecall).padStart(9),
      String(s.relatedFalse).padStart(8),
      yes(s.titleExact).padStart(5),
      yes(s.leadExact).padStart(4),
      yes(s.publishedExact).padStart(9),
    ].join('  '),
  );
}
const mean = (f: (s: ExtractionScore) => number) => ours.reduce((a, s) => a + f(s), 0) / ours.length;
console.log(
  `overall: body F1 mean ${pct(mean((s) => s.bodyF1))}, min ${pct(Math.min(...ours.map((s) => s.bodyF1)))}; ` +
    `feed leaks ${ours.reduce((a, s) => a + s.feedLeaks, 0)}; caption leaks ${ours.reduce((a, s) => a + s.captionLeaks, 0)}; ` +
    `related recall ${pct(mean((s) => s.relatedRecall))}, false items ${ours.reduce((a, s) => a + s.relatedFalse, 0)}; ` +
    `title ${ours.filter((s) => s.titleExact).length}/${ours.length}, lead ${ours.filter((s) => s.leadExact).length}/${ours.length}, ` +
    `published ${ours.filter((s) => s.publishedExact).length}/${ours.length}`,
);

console.log('\nExtraction by markup family (VNA Lens, plain Readability in parentheses)');
const { rows: families, variantResults } = scoreFamilies(pages);
console.log(formatFamilies(families));
console.log("\nMutated corpus pages: variants whose analysis matches the original page's (issue 11 checks)");
console.log(passRates(variantResults));
if (verbose)
  for (const r of families.filter((r) => r.family !== 'known' && (r.ours.bodyF1 < 0.98 || !r.ours.leadExact)))
    console.log(
      `  ${r.name}: body F1 ${pct(r.ours.bodyF1)} (Rdb ${pct(r.readability.bodyF1)}), lead ${yes(r.ours.leadExact)}`,
    );

console.log('\nEntities (on the extracted texts of all 10 renderings)');
console.log(formatEntityEval(evaluateEntities(entityCases), verbose));
console.log('\nStories (partners, cooperation, event dates; domains for information)');
console.log(formatStoryScores(evaluateStories(storyCases), verbose));

const real = loadRealCorpus();
if (real.length) {
  const sources = [...new Set(real.map((c) => c.source))].join(' + ');
  console.log('');
  // --dev: the dev split only, while tuning (the test split is scored at the end, never tuned on)
  const devOnly = process.argv.includes('--dev');
  // (no batch is held out between a held-out batch's scoring and the next one's gathering)
  const heldOut = real.filter((c) => c.item.split === 'holdout');
  console.log(
    formatReal(
      scoreReal(real.filter((c) => c.item.split === 'dev')),
      devOnly ? null : scoreReal(real.filter((c) => c.item.split === 'test')),
      sources,
      verbose,
      devOnly || !heldOut.length ? null : scoreReal(heldOut),
    ),
  );
  // The same items as pages: rendered in each corpus markup, read through the whole pipeline
  const splits = (devOnly ? ['dev'] : ['dev', 'test', ...(heldOut.length ? ['holdout'] : [])]) as RealItem['split'][];
  const columns: [string, RealScores][] = [];
  for (const split of splits) {
    const cases = real.filter((c) => c.item.split === split);
    for (const m of MARKUPS) columns.push([`${split} ${m}`, scoreReal(cases, extractRendered(cases, m))]);
  }
  console.log('');
  console.log(
    formatColumns('Real corpus rendered in the corpus markups (detection, extraction, feed split, names)', columns),
  );
}
