// One page, one pass: detect → extract → entities → stories.
// The `analyze` command and the content script both run these steps, so what the tests score is
// what the reader gets: analysePage runs them at once, analysePageInSlices a few milliseconds at a
// time (lib/slices.ts), so a 5,000-paragraph page never blocks the page's input for long.

import { detectPage } from './detect';
import { entitySteps, pageTexts } from './entities';
import { extractSteps } from './extract';
import { runNow, runSliced, type SliceOptions, type Steps } from './slices';
import { storySteps } from './stories';
import type { Analysis } from './types';

export interface AnalyseOptions {
  /** when the reader saw the page (ISO); without it, teasers without a date stay undated */
  seenAt?: string | null;
}

export function analysePage(doc: Document, url: string, options: AnalyseOptions = {}): Analysis {
  return runNow(analysisSteps(doc, url, options));
}

/** The same analysis in time slices; undefined when `slices.cancelled` stopped it. */
export function analysePageInSlices(
  doc: Document,
  url: string,
  options: AnalyseOptions = {},
  slices: SliceOptions = {},
): Promise<Analysis | undefined> {
  return runSliced(analysisSteps(doc, url, options), slices);
}

/**
 * The analysis as small steps. The live page is read only in the first two (detection, and the
 * clone extraction works on), so a page that changes between slices cannot tear the result.
 */
export function* analysisSteps(doc: Document, url: string, { seenAt = null }: AnalyseOptions = {}): Steps<Analysis> {
  const { looksLikeArticle, ...page } = detectPage(doc, url);
  yield;
  const extraction = yield* extractSteps(doc, url, seenAt);
  page.signals.push(...extraction.signals);
  let article = extraction.article;
  if (!looksLikeArticle && !extraction.articleShaped) {
    // a home or section page: its "article", if any, is a teaser list, not something to read
    page.signals.push('article:none:listing');
    article = null;
  }
  page.kind = article ? 'article' : page.isVna ? 'listing' : 'other';
  const { related } = extraction;
  const entities = yield* entitySteps(pageTexts(article, related));
  const stories = yield* storySteps({ url, article, related, entities, seenAt });
  return { url, page, article, related, entities, stories };
}
