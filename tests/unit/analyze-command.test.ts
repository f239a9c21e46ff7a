// `npm run analyze` prints schema-valid JSON for every sample page, and fails cleanly otherwise.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './helpers';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function analyze(...args: string[]) {
  return run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'analyze.ts'), ...args], { cwd: ROOT });
}

describe('npm run analyze', () => {
  const pages = loadCorpus();

  it('prints one schema-valid JSON object for every sample page', async () => {
    for (const page of pages) {
      const { stdout } = await analyze(
        join(ROOT, 'tests', 'fixtures', 'corpus', 'pages', `${page.name}.html`),
        '--url',
        page.url,
      );
      const result = JSON.parse(stdout);
      const ok = validate(result);
      expect(validate.errors ?? [], page.name).toEqual([]);
      expect(ok).toBe(true);
      expect(result.url).toBe(page.url);
      expect(result.article.title).toBe(page.truth.article.title);
      expect(result.related).toHaveLength(page.truth.feed.length);
    }
  }, 60_000);

  it('exits non-zero with a one-line error on a missing file', async () => {
    const failed = await analyze('/nonexistent/page.html').catch(
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toEqual([
      'analyze: cannot read /nonexistent/page.html: ENOENT',
    ]);
  });

  it('exits non-zero on an unreadable path and a bad URL', async () => {
    const dir = await analyze(ROOT).catch((e: { code: number; stderr: string }) => e);
    expect(dir).toMatchObject({ code: 1, stderr: `analyze: cannot read ${ROOT}: EISDIR\n` });
    const badUrl = await analyze(
      join(ROOT, 'tests', 'fixtures', 'layouts', 'home-listing.html'),
      '--url',
      'not a url',
    ).catch((e: { code: number; stderr: string }) => e);
    expect(badUrl).toMatchObject({ code: 1, stderr: 'analyze: not a URL: not a url\n' });
  });
});
