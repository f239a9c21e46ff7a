// One page, one pass: detect → extract → entities → stories.
// The `analyze` command and the content script both call this, so what the tests score is what
// the reader gets.

import { detectPage } from './detect';
import { findEntities } from './entities';
import { extract } from './extract';
import { buildStories } from './stories';
import type { Analysis } from './types';

export interface AnalyseOptions {
  /** when the reader saw the page (ISO); without it, teasers without a date stay undated */
  seenAt?: string | null;
}

export function analysePage(doc: Document, url: string, { seenAt = null }: AnalyseOptions = {}): Analysis {
  const { looksLikeArticle, ...page } = detectPage(doc, url);
  const extraction = extract(doc, url);
  page.signals.push(...extraction.signals);
  let article = extraction.article;
  if (!looksLikeArticle && article) {
    // a home or section page: its "article" is a teaser list, not something to read
    page.signals.push('article:none:listing');
    article = null;
  }
  page.kind = article ? 'article' : page.isVna ? 'listing' : 'other';
  const { related } = extraction;
  const entities = findEntities({
    title: article?.title ?? '',
    lead: article?.lead ?? null,
    paragraphs: article?.paragraphs ?? [],
    captions: article?.captions ?? [],
    related: related.map(({ title, summary, caption }) => ({ title, summary, caption })),
  });
  const stories = buildStories({ url, article, related, entities, seenAt });
  return { url, page, article, related, entities, stories };
}
