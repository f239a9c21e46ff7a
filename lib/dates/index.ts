// The date of the event a story tells, from its text, else its publication date.

import { fold } from '../text/fold';
import { isoOf, referenceDay } from './calendar';
import { type FindOptions, type FoundDate, findDates } from './parse';

export { isoOf, referenceDay } from './calendar';
export type { DatePhrase, FoundDate } from './parse';
export { findDates, inferDay, parseFrenchDates } from './parse';

export interface EventDate {
  /** ISO YYYY-MM-DD */
  date: string | null;
  source: 'text' | 'published' | null;
  /** the phrase the date was read from (null when it is the publication date) */
  phrase: string | null;
}

// Words that make a parenthesised date a commemoration rather than the event.
const COMMEMORATION =
  /(anniversaire|fondation|fonde|creation|cree|naissance|independance|liberation|reunification|victoire|commemor|fete nationale|journee|etablissement|deces|disparition|ne le|nee le|en memoire|historique)/;

/** A date written inside "( … )" right after a commemoration: "fondation du PPRL (22 mars 1955)". */
function isCommemorative(folded: string, d: FoundDate): boolean {
  const before = folded.slice(Math.max(0, d.index - 120), d.index);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  // only a short lead-in inside the parenthesis: "(le 2 septembre)", "(22 mars 1955)"
  if (before.length - open > 8) return false;
  return COMMEMORATION.test(before.slice(0, open));
}

/** "Soc Trang, 18 juillet (VNA) –": the dateline repeats the publication day, not the event's. */
function isDateline(folded: string, d: FoundDate): boolean {
  // Only the last 40-odd characters of the line can match: searching back to the line start made
  // a long one-line text full of dates quadratic. Same test as /^[^,.;:()]{0,40},\s*$/ on the line.
  let comma = d.index;
  while (comma > 0 && folded[comma - 1] !== '\n' && /\s/.test(folded[comma - 1] as string)) comma--;
  if (folded[comma - 1] !== ',') return false;
  comma--;
  const head = folded.slice(Math.max(0, comma - 41), comma);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && comma > 40) return false;
  if (!/^[^,.;:()]{0,40}$/.test(nl < 0 ? head : head.slice(nl + 1))) return false;
  const after = folded.slice(d.index + d.phrase.length, d.index + d.phrase.length + 24);
  return /^[\s\u00a0]*(?:,?[\s\u00a0]*(?:19|20)\d\d)?[\s\u00a0]*(?:\((?:vna|avi|cvn|ttxvn)|[-–—])/.test(after);
}

/** How far after the visit an undated teaser's announced day may fall (a feed's stories are recent). */
export const SEEN_AHEAD_DAYS = 45;

/** A written year far from publication: a historical date ("le 30 avril 1975"), not the event. */
function isHistorical(d: FoundDate, ref: number | null): boolean {
  if (!d.hasYear || ref === null) return false;
  // more than about 13 months away from publication
  return Math.abs(d.startDay - ref) > 400;
}

/** The dates of the text that can be the event's, in preference order. */
export function eventCandidates(text: string, publishedIso: string | null, options: FindOptions = {}): FoundDate[] {
  const ref = referenceDay(publishedIso);
  const folded = fold(text);
  const usable = findDates(text, publishedIso, options).filter(
    (d) => !isHistorical(d, ref) && !isCommemorative(folded, d) && !isDateline(folded, d),
  );
  // Written dates first (in text order), then relative ones ("hier", "ce lundi").
  return [...usable.filter((d) => d.kind === 'explicit'), ...usable.filter((d) => d.kind === 'relative')];
}

/**
 * The event date of a story: the first date the text gives for it (year inferred from the
 * publication date, weekday checked, anniversaries, historical dates and the dateline left out),
 * else the publication day. `text` may hold several blocks separated by newlines (title, lead,
 * body, captions): the first usable date in that order wins.
 */
export function eventDate(
  text: string,
  publishedIso: string | null,
  { seenAt = null }: { seenAt?: string | null } = {},
): EventDate {
  // Without a publication date (Le Courrier's teaser lists carry none), a written date is read
  // with the year of the day the reader saw it: a "Voir plus" feed lists recent stories, even
  // under an old article. Those stories came out before the visit, so a day is not read as more
  // than SEEN_AHEAD_DAYS after it. Relative dates ("ce lundi") need the story's own day: not then.
  const candidates =
    publishedIso === null && seenAt !== null
      ? eventCandidates(text, seenAt, { maxAheadDays: SEEN_AHEAD_DAYS }).filter((d) => d.kind === 'explicit')
      : eventCandidates(text, publishedIso);
  const first = candidates[0];
  if (first) return { date: first.start, source: 'text', phrase: first.phrase };
  const ref = referenceDay(publishedIso);
  if (ref !== null) return { date: isoOf(ref), source: 'published', phrase: null };
  return { date: null, source: null, phrase: null };
}
