// npx tsx eval/real-corpus.run.ts [--batch INDEX-batch4.md] [--verbose] — the real corpus's dev
// split only, fast (no page renderings); --batch keeps the items an INDEX file lists, to score a
// batch alone (a new batch is scored once this way before anything is tuned on it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealCorpus, REAL_DIR } from './real-corpus';
import { formatReal, scoreReal } from './real-corpus-score';

const arg = (name: string) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
};
const batch = arg('--batch');
let cases = loadRealCorpus().filter((c) => c.item.split === 'dev');
if (batch) {
  const listed = readFileSync(join(REAL_DIR, batch), 'utf8');
  cases = cases.filter((c) => listed.includes(`| ${c.item.id} |`));
}
console.log(formatReal(scoreReal(cases), null, batch ?? 'dev', process.argv.includes('--verbose')));
