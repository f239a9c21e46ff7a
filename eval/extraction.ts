// Scores extraction against the truth: body token F1, leaks of feed/sidebar/captions into the
// body, related recall and false items, exact title/lead/published. The same scores are computed
// for plain Readability on the same page, side by side.
import { composed } from '../lib/text/as-read';
import type { Analysis } from '../lib/types';

/** What extraction is scored against: a corpus page, a mutated one (same truth), or a new layout's page. */
export interface ExtractionTruth {
  name: string;
  truth: {
    published: string | null;
    article: { title: string; lead: string | null; paragraphs: string[]; captions: string[] };
    feed: { title: string; summary: string | null }[];
  };
  meta: { sidebar: string[] };
}

export function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Bag-of-words F1 between two texts. */
export function tokenF1(predicted: string, truth: string): number {
  const p = tokens(predicted);
  const t = tokens(truth);
  if (p.length === 0 && t.length === 0) return 1;
  if (p.length === 0 || t.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  const precision = overlap / p.length;
  const recall = overlap / t.length;
  return overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const norm = (s: string) => tokens(s).join(' ');

/** Does `body` contain this foreign text (a teaser title, a sidebar headline, a caption)? */
function leaked(body: string, foreign: string): boolean {
  const f = norm(foreign);
  return f.length >= 12 && body.includes(f);
}

export interface ExtractionScore {
  page: string;
  bodyF1: number;
  feedLeaks: number;
  captionLeaks: number;
  relatedRecall: number;
  relatedFalse: number;
  /** "most read" headlines taken for related stories */
  relatedSidebar: number;
  titleExact: boolean;
  leadExact: boolean;
  publishedExact: boolean;
}

export function scoreBody(
  page: ExtractionTruth,
  name: string,
  bodyText: string,
): Pick<ExtractionScore, 'bodyF1' | 'feedLeaks' | 'captionLeaks'> & { page: string } {
  const truth = page.truth;
  const body = norm(bodyText);
  const foreign = [...truth.feed.flatMap((f) => [f.title, f.summary ?? '']), ...page.meta.sidebar];
  return {
    page: name,
    bodyF1: tokenF1(bodyText, truth.article.paragraphs.join('\n')),
    feedLeaks: foreign.filter((f) => f && leaked(body, f)).length,
    captionLeaks: truth.article.captions.filter((c) => leaked(body, c)).length,
  };
}

/**
 * Two strings a reader reads the same: letters composed or decomposed (NFC), a no-break space
 * (U+00A0, the narrow U+202F of French typography) or an ordinary one. Titles and leads are
 * otherwise compared exactly: case, punctuation and every word.
 */
export function sameAsRead(found: string | null, truth: string | null): boolean {
  if (found === null || truth === null) return found === truth;
  return asRead(found) === asRead(truth);
}

/** A string as a reader reads it: composed letters, no-break spaces as spaces. */
export function asRead(s: string): string {
  return composed(s)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function scoreExtraction(page: ExtractionTruth, analysis: Analysis): ExtractionScore {
  const a = analysis.article;
  const truth = page.truth;
  const body = scoreBody(page, page.name, a?.paragraphs.join('\n') ?? '');
  const got = analysis.related.filter((r) => r.origin === 'feed').map((r) => norm(r.title));
  const want = truth.feed.map((f) => norm(f.title));
  const found = want.filter((w) => got.includes(w)).length;
  return {
    ...body,
    relatedRecall: want.length ? found / want.length : 1,
    relatedFalse: got.filter((g) => !want.includes(g)).length,
    relatedSidebar: got.filter((g) => page.meta.sidebar.map(norm).includes(g)).length,
    // (no article found: neither is right, not even a lead the truth says is none)
    titleExact: !!a && sameAsRead(a.title, truth.article.title),
    leadExact: !!a && sameAsRead(a.lead, truth.article.lead),
    // (a truth of a day alone, for a page that shows no hour, is met by that day at any hour)
    publishedExact:
      truth.published?.length === 10
        ? a?.published?.slice(0, 10) === truth.published
        : a?.published === truth.published,
  };
}
