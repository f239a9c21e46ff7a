// A page written blind for a round (tests/fixtures/layouts/new, decided or open) and its writer's
// truth, read as VNA Lens reads it: for the rule tests that cite one page each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../unit/helpers';

const LAYOUTS = join(import.meta.dirname, '..', 'fixtures', 'layouts');

/** One feed teaser as the page's writer saw it. */
export interface TruthItem {
  title: string;
  summary: string | null;
  caption: string | null;
  url: string;
  published: string | null;
}

/** What the page's writer says a reader sees. */
export interface LayoutTruth {
  url: string;
  published: string | null;
  title: string;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  feed: string[];
  feed_items: TruthItem[];
  sidebar: string[];
  inline?: string[];
}

/** The page's analysis, its truth, and its feed's teasers. */
export function readLayoutPage(name: string, folder: 'new' | 'decided' | 'open' = 'new') {
  return readPage(join(LAYOUTS, folder, name));
}

/** A second reviewer's page (tests/fixtures/reviewNN), read as readLayoutPage reads a blind one. */
export function readReviewPage(review: string, name: string) {
  return readPage(join(LAYOUTS, '..', review, name));
}

function readPage(file: string) {
  const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8')) as LayoutTruth;
  const got = analysePage(parseHtml(readFileSync(`${file}.html`, 'utf8'), truth.url), truth.url);
  return { got, truth, feed: got.related.filter((r) => r.origin === 'feed') };
}
