// Scores the feed's teasers field by field — summary, caption, link, date — against a truth that
// states them (a blind round's `feed_items`). Only teasers found by title are scored: a missing
// teaser is the feed score's business, not this one's.
import { urlKey } from '../lib/stories';
import type { RelatedItem } from '../lib/types';

export interface TeaserTruth {
  title: string;
  summary: string | null;
  caption: string | null;
  url: string | null;
  /** ISO date or date-time; only its day is compared */
  published: string | null;
}

export type TeaserField = 'summary' | 'caption' | 'url' | 'date';
export const TEASER_FIELDS: TeaserField[] = ['summary', 'caption', 'url', 'date'];

export interface TeaserScore {
  /** teasers found by title */
  scored: number;
  right: Record<TeaserField, number>;
  /** what differs, one line per wrong field */
  wrong: string[];
}

const norm = (s: string | null | undefined) =>
  s == null ? null : s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() || null;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);
// (a link is the story it opens: its key, as the timeline reads it — an AMP copy's address or a
// path written with or without its percent-encoding is the same story)
const link = (u: string | null | undefined) =>
  u ? (urlKey(u) ?? u.replace(/^https?:/, '').replace(/[#?].*$/, '')) : null;

export function scoreTeasers(truth: TeaserTruth[], related: RelatedItem[]): TeaserScore {
  const feed = related.filter((r) => r.origin === 'feed');
  const score: TeaserScore = { scored: 0, right: { summary: 0, caption: 0, url: 0, date: 0 }, wrong: [] };
  for (const t of truth) {
    const got = feed.find((r) => norm(r.title) === norm(t.title));
    if (!got) continue;
    score.scored++;
    const pairs: Record<TeaserField, [string | null, string | null]> = {
      summary: [norm(got.summary), norm(t.summary)],
      caption: [norm(got.caption), norm(t.caption)],
      url: [link(got.url), link(t.url)],
      date: [day(got.published), day(t.published)],
    };
    for (const field of TEASER_FIELDS) {
      const [mine, want] = pairs[field];
      if (mine === want) score.right[field]++;
      else
        score.wrong.push(
          `${field} of "${t.title.slice(0, 50)}": ${JSON.stringify(mine?.slice(0, 90) ?? null)} | truth ${JSON.stringify(want?.slice(0, 90) ?? null)}`,
        );
    }
  }
  return score;
}
