// Prints the stories score table: `npx tsx eval/stories.run.ts [corpus-dir]`
// (default: tests/fixtures/corpus, a copy of the shared corpus).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { casesFromCorpus, evaluateStories, formatStoryScores } from './stories';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, '..', 'tests', 'fixtures', 'corpus');
const scores = evaluateStories(casesFromCorpus(dir));
console.log(`stories eval — ${dir}\n`);
console.log(formatStoryScores(scores));
