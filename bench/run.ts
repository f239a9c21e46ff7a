// npm run bench: every benchmark, one after the other (they share 2 cores; never in parallel).
// Each bench file also runs on its own: npx tsx bench/<name>.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCHES = [
  ['extraction', 'Extraction vs Readability alone (Node + jsdom)'],
  ['analysis-chromium', 'The whole analysis vs Readability.parse, by page family (real Chromium)'],
  ['entities', 'Entity recognition throughput (Node)'],
  ['timeline', 'Timeline queries at 50,000 stories (Node, pure functions)'],
  ['store', 'Timeline store (IndexedDB)'],
  ['popup', 'Popup first render (real Chromium)'],
  ['highlight', 'Highlighting in the page (real Chromium)'],
  ['long-page', 'The built extension on a 5,000-paragraph page (real Chromium)'],
] as const;

const only = process.argv.slice(2);
let failed = 0;
for (const [name, title] of BENCHES) {
  if (only.length && !only.includes(name)) continue;
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${title} — bench/${name}.ts`);
  const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
