// npx tsx eval/entities.run.ts [--verbose] — entity scores on the truth's own texts (perfect
// extraction). `npm run eval` scores the whole pipeline instead.
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../tests/support/corpus';
import { type EvalCase, evaluateEntities, formatEntityEval } from './entities';

/** One case per sample article (not per rendering), its texts taken from the truth. */
export function loadCases(): EvalCase[] {
  const seen = new Set<string>();
  return loadCorpus()
    .filter((page) => !seen.has(page.id) && seen.add(page.id))
    .map(({ id, truth: t }) => ({
      id,
      texts: {
        title: t.article.title,
        lead: t.article.lead,
        paragraphs: t.article.paragraphs,
        captions: t.article.captions,
        related: t.feed.map((r) => ({ title: r.title, summary: r.summary, caption: r.caption })),
      },
      truth: t.entities,
    }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatEntityEval(evaluateEntities(loadCases()), process.argv.includes('--verbose')));
}
