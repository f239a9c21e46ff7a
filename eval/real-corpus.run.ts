// npx tsx eval/real-corpus.run.ts [--batch INDEX-batch4.md] [--verbose] — the real corpus's dev
// split only, fast (no page renderings); --batch keeps the items an INDEX file lists, to score a
// batch alone (a new batch is scored once this way before anything is tuned on it).
// --held-out --batch INDEX-batch5.md scores a held-out batch's figures (never its misses: not for tuning).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealCorpus, REAL_DIR } from './real-corpus';
import { formatReal, scoreReal } from './real-corpus-score';

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
const scores = scoreReal(cases);
console.log(
  formatReal(
    scores,
    null,
    `${batch ?? 'all'} (${heldOut ? 'test and holdout' : 'dev'})`,
    !heldOut && process.argv.includes('--verbose'),
  ),
);
