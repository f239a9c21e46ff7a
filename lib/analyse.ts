// One page, one pass: detect → extract → (entities → stories, added by their modules).
// The `analyze` command and the content script both call this, so what the tests score is what
// the reader gets.

import { detectPage } from './detect';
import { extract } from './extract';
import type { Analysis } from './types';

export function analysePage(doc: Document, url: string): Analysis {
  const detection = detectPage(doc, url);
  const { looksLikeArticle, ...page } = detection;
  const extraction = extract(doc, url);
  page.signals.push(...extraction.signals);
  let article = extraction.article;
  if (!looksLikeArticle && article) {
    // a home or section page: its "article" is a teaser list, not something to read
    page.signals.push('article:none:listing');
    article = null;
  }
  page.kind = article ? 'article' : page.isVna ? 'listing' : 'other';
  return { url, page, article, related: extraction.related, entities: [], stories: [] };
}
