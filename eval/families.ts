// Extraction by markup family — known (the corpus renderings), mutated (the corpus pages through
// the seeded markup mutator: same text, so same truth), new (pages in markups not in the corpus,
// tests/fixtures/layouts/new, each with its truth) — VNA Lens against plain Readability.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage } from '../lib/analyse';
import { parseHtml } from '../lib/node-dom';
import type { Analysis } from '../lib/types';
import { type CorpusPage, loadCorpus, seenAtOf } from '../tests/support/corpus';
import { type ExtractionScore, type ExtractionTruth, scoreBody, scoreExtraction } from './extraction';
import { runVariants, type VariantResult, variants } from './mutated';
import { readabilityParagraphs } from './readability-baseline';
import type { TeaserTruth } from './teasers';

export const NEW_LAYOUTS_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts', 'new');

interface NewTruthFile {
  markup: string;
  url: string;
  published: string | null;
  title: string;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  feed: string[];
  /** the feed's teasers field by field, where the truth states them (blind rounds from 52 on) */
  feed_items?: TeaserTruth[];
  inline?: string[];
  sidebar: string[];
  /** the address the reader's browser shows, where a tool's copy is not the story's own page (round 60 on) */
  page_url?: string;
}

export interface NewLayoutPage extends ExtractionTruth {
  html: string;
  url: string;
  markup: string;
  inline: string[];
  feedItems: TeaserTruth[] | null;
}

/** The pages of a directory of markups, each NAME.html with its NAME.truth.json (the fixtures', or a blind round's). */
export function loadNewLayouts(dir = NEW_LAYOUTS_DIR): NewLayoutPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const t = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as NewTruthFile;
      return {
        name,
        html: readFileSync(join(dir, file), 'utf8'),
        url: t.page_url ?? t.url,
        markup: t.markup,
        inline: t.inline ?? [],
        feedItems: t.feed_items ?? null,
        truth: {
          published: t.published,
          article: { title: t.title, lead: t.lead, paragraphs: t.paragraphs, captions: t.captions },
          feed: t.feed.map((title) => ({ title, summary: null })),
        },
        meta: { sidebar: t.sidebar },
      };
    });
}

export interface Scored {
  family: 'known' | 'mutated' | 'new';
  name: string;
  ours: ExtractionScore;
  readability: Pick<ExtractionScore, 'bodyF1' | 'feedLeaks' | 'captionLeaks'>;
}

function scored(
  family: Scored['family'],
  name: string,
  page: ExtractionTruth,
  html: string,
  url: string,
  analysis: Analysis,
): Scored {
  const ours = scoreExtraction({ ...page, name }, analysis);
  const readability = scoreBody(page, name, readabilityParagraphs(parseHtml(html, url)).paragraphs.join('\n'));
  return { family, name, ours, readability };
}

/** Every family scored; the mutated variants' checks against their original page come along (one analysis each). */
export function scoreFamilies(corpus: CorpusPage[] = loadCorpus()): {
  rows: Scored[];
  variantResults: VariantResult[];
} {
  const rows: Scored[] = [];
  for (const page of corpus) {
    const analysis = analysePage(parseHtml(page.html, page.url), page.url, { seenAt: seenAtOf(page, corpus) });
    rows.push(scored('known', page.name, page, page.html, page.url, analysis));
  }
  const variantResults = runVariants(variants(corpus), corpus);
  for (const r of variantResults) {
    const v = r.variant;
    rows.push(scored('mutated', `${v.page.name}~${v.mutation}#${v.seed}`, v.page, v.html, v.page.url, r.analysis));
  }
  for (const page of loadNewLayouts())
    rows.push(
      scored('new', page.name, page, page.html, page.url, analysePage(parseHtml(page.html, page.url), page.url)),
    );
  return { rows, variantResults };
}

const f3 = (x: number) => x.toFixed(3);

export function formatFamilies(rows: Scored[]): string {
  const lines = [
    [
      'family'.padEnd(8),
      'pages',
      'bodyF1 mean (Rdb)',
      'min (Rdb)',
      '<Rdb',
      'feedLeak (Rdb)',
      'capLeak (Rdb)',
      'title',
      'lead',
      'relRecall',
      'relFalse',
      'sidebar',
    ].join('  '),
  ];
  for (const family of ['known', 'mutated', 'new'] as const) {
    const rs = rows.filter((r) => r.family === family);
    if (!rs.length) continue;
    const mean = (f: (r: Scored) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    const sum = (f: (r: Scored) => number) => rs.reduce((a, r) => a + f(r), 0);
    const min = (f: (r: Scored) => number) => Math.min(...rs.map(f));
    lines.push(
      [
        family.padEnd(8),
        String(rs.length).padStart(5),
        `${f3(mean((r) => r.ours.bodyF1))} (${f3(mean((r) => r.readability.bodyF1))})`.padEnd(17),
        `${f3(min((r) => r.ours.bodyF1))} (${f3(min((r) => r.readability.bodyF1))})`.padEnd(9),
        String(rs.filter((r) => r.ours.bodyF1 < r.readability.bodyF1).length).padStart(4),
        `${sum((r) => r.ours.feedLeaks)} (${sum((r) => r.readability.feedLeaks)})`.padEnd(14),
        `${sum((r) => r.ours.captionLeaks)} (${sum((r) => r.readability.captionLeaks)})`.padEnd(13),
        `${rs.filter((r) => r.ours.titleExact).length}/${rs.length}`.padStart(5),
        `${rs.filter((r) => r.ours.leadExact).length}/${rs.length}`.padStart(4),
        f3(mean((r) => r.ours.relatedRecall)).padStart(9),
        String(sum((r) => r.ours.relatedFalse)).padStart(8),
        String(sum((r) => r.ours.relatedSidebar)).padStart(7),
      ].join('  '),
    );
  }
  return lines.join('\n');
}
