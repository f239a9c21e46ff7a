// The texts of one page (title, lead, paragraphs, captions, teasers), tokenised as the Docs the
// matcher works on, in small steps (a long page yields between paragraphs).

import type { Steps } from '../slices';
import { composedView } from '../text/as-read';
import type { Article, RelatedItem } from '../types';
import type { Doc } from './doc';
import { pause } from './pace';
import { lowerSentenceAdverbs, tokenize } from './tokens';

export interface EntityTexts {
  title: string;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  related: { title: string; summary: string | null; caption: string | null }[];
  /** when the page was published (ISO 8601): which of a known person's functions was theirs then */
  date?: string | null;
}

/** The texts of an extracted page: its article's (if any) and its feed's teasers. */
export function pageTexts(article: Article | null, related: readonly RelatedItem[]): EntityTexts {
  return {
    title: article?.title ?? '',
    lead: article?.lead ?? null,
    paragraphs: article?.paragraphs ?? [],
    captions: article?.captions ?? [],
    related: related.map(({ title, summary, caption }) => ({ title, summary, caption })),
    date: article?.published ?? null,
  };
}

/** Longest text we read per string: a page text is never this long; bounds the work on garbage. */
const MAX_CHARS = 200_000;

export function* makeDocs(texts: EntityTexts): Steps<Doc[]> {
  const docs: Doc[] = [];
  const add = (text: string | null | undefined, where: Omit<Doc, 'text' | 'toks' | 'used'>) => {
    if (typeof text !== 'string' || !text) return;
    const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const composed = composedView(t);
    const toks = tokenize(composed?.text ?? t);
    lowerSentenceAdverbs(toks);
    const doc: Doc = { ...where, text: composed?.text ?? t, toks, used: new Array(toks.length).fill(null) };
    if (composed) Object.assign(doc, { source: t, origin: composed.origin });
    docs.push(doc);
  };
  add(texts.title, { in: 'title', index: 0 });
  add(texts.lead, { in: 'lead', index: 0 });
  for (const [i, p] of (texts.paragraphs ?? []).entries()) {
    if (pause(i)) yield;
    add(p, { in: 'paragraph', index: i });
  }
  (texts.captions ?? []).forEach((p, i) => {
    add(p, { in: 'caption', index: i });
  });
  for (const [i, r] of (texts.related ?? []).entries()) {
    if (pause(i)) yield;
    add(r.title, { in: 'related', index: i, field: 'title' });
    add(r.summary, { in: 'related', index: i, field: 'summary' });
    add(r.caption, { in: 'related', index: i, field: 'caption' });
  }
  return docs;
}
