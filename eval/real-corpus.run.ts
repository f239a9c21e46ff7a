// npx tsx eval/real-corpus.run.ts [--batch INDEX-batch4.md] [--verbose] — the real corpus's dev
// split only, fast (no page renderings); --batch keeps the items an INDEX file lists, to score a
// batch alone (a new batch is scored once this way before anything is tuned on it).
// --held-out --batch INDEX-batch5.md scores a held-out batch's figures (never its misses: not for tuning).
// --rendered vnp|courrier reads each item as the pipeline extracts it from a page of that markup
// (eval/real-render.ts), not from its annotated texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealCorpus, REAL_DIR } from './real-corpus';
import { formatReal, scoreReal } from './real-corpus-score';
import { extractRendered, MARKUPS, type Markup } from './real-render';

const arg = (name: string) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
};
const batch = arg('--batch');
const heldOut = process.argv.includes('--held-out');
let cases = loadRealCorpus().filter((c) => (heldOut ? c.item.split !== 'dev' : c.item.split === 'dev'));
if (batch) {
  const listed = readFileSync(join(REAL_DIR, batch), 'utf8');
  cases = cases.filter((c) => listed.includes(`| ${c.item.id} |`));
}
const markup = arg('--rendered') as Markup | undefined;
if (markup && !MARKUPS.includes(markup)) throw new Error(`--rendered ${markup}: one of ${MARKUPS.join(', ')}`);
const scores = scoreReal(cases, markup ? extractRendered(cases, markup) : undefined);
console.log(
  formatReal(
    scores,
    null,
    `${batch ?? 'all'} (${heldOut ? 'test and holdout' : 'dev'}${markup ? `, rendered in ${markup} markup` : ''})`,
    !heldOut && process.argv.includes('--verbose'),
  ),
);
