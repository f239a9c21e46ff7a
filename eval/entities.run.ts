// npx tsx eval/entities.run.ts [--verbose] — entity scores on the corpus truth files.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityTexts } from '../lib/entities/index';
import { type EvalCase, evaluateEntities, formatEntityEval, type TruthEntity } from './entities';

const here = dirname(fileURLToPath(import.meta.url));
const TRUTH_DIR = process.env.VNA_TRUTH_DIR ?? join(here, '../tests/fixtures/corpus/truth');

interface TruthFile {
  article: { title: string; lead: string | null; paragraphs: string[]; captions: string[] };
  feed: { title: string; summary: string | null; caption: string | null }[];
  entities: TruthEntity[];
}

export function loadCases(dir = TRUTH_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const t = JSON.parse(readFileSync(join(dir, f), 'utf8')) as TruthFile;
      const texts: EntityTexts = {
        title: t.article.title,
        lead: t.article.lead,
        paragraphs: t.article.paragraphs,
        captions: t.article.captions,
        related: t.feed.map((r) => ({ title: r.title, summary: r.summary, caption: r.caption })),
      };
      return { id: f.replace(/\.json$/, ''), texts, truth: t.entities };
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatEntityEval(evaluateEntities(loadCases()), process.argv.includes('--verbose')));
}
