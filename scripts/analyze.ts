// npm run analyze -- PAGE.html --url URL
// Prints what VNA Lens makes of one saved page, as one JSON object (analysis.schema.json).
import { readFileSync } from 'node:fs';
import { analysePage } from '../lib/analyse';
import { parseHtml } from '../lib/node-dom';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

// --seen: when the page was seen (default now); undated teasers' written days take its year
const USAGE = 'usage: npm run --silent analyze -- PAGE.html [--url URL] [--seen ISO-DATE]\n';
const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
let seen: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--url') url = args[++i];
  else if (a.startsWith('--url=')) url = a.slice(6);
  else if (a === '--seen') seen = args[++i];
  else if (a.startsWith('--seen=')) seen = a.slice(7);
  else if (a === '-h' || a === '--help') {
    process.stdout.write(USAGE);
    process.exit(0);
  } else file = a;
}
if (!file) fail(USAGE.trim());
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
}
const pageUrl = url ?? canonicalOf(html) ?? 'about:blank';
if (url !== undefined) {
  try {
    new URL(url);
  } catch {
    fail(`not a URL: ${url}`);
  }
}
if (seen !== undefined && Number.isNaN(Date.parse(seen))) fail(`not a date: ${seen}`);
const seenAt = new Date(seen ?? Date.now()).toISOString();
process.stdout.write(`${JSON.stringify(analysePage(parseHtml(html, pageUrl), pageUrl, { seenAt }), null, 2)}\n`);

/** Without --url, the page's own canonical address is the best guess. */
function canonicalOf(text: string): string | null {
  const m = /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i.exec(text.slice(0, 50_000));
  return m?.[1] ?? null;
}
