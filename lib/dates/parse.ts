// French date phrases as VNA writes them: "le 17 février", "mardi, 8 septembre", "1er mars 2026",
// "du 22 au 25 mars 2026", "les 2 et 3 février", "17/02/2017", "hier", "ce lundi", "lundi dernier".
// Matching runs on folded text (same length as the input), so every phrase keeps its offsets.

import { fold } from '../text/fold';
import { dayNumber, isoOf, isValidYmd, referenceDay, weekdayOf } from './calendar';
import { FOLDED_MONTH_ALTERNATIVES, MONTH_NUMBERS, WEEKDAY_ALTERNATIVES, WEEKDAY_NUMBERS } from './names';

export interface DatePhrase {
  /** ISO YYYY-MM-DD */
  start: string;
  end?: string;
  /** the phrase as written in the text */
  phrase: string;
  /** UTF-16 offset of the phrase in the text */
  index: number;
}

export type DateKind = 'explicit' | 'relative';

/** What the event-date inference needs besides the public fields. */
export interface FoundDate extends DatePhrase {
  kind: DateKind;
  /** the year was written (not inferred) */
  hasYear: boolean;
  startDay: number;
  endDay?: number;
}

const MONTH_RE = `(${FOLDED_MONTH_ALTERNATIVES})`;
const WD_RE = `(${WEEKDAY_ALTERNATIVES})`;
const DAY_RE = '(1er|premier|[0-3]?\\d)(?:er)?';
const YEAR_RE = '((?:19|20)\\d\\d)';
const SP = '[\\s\\u00a0]+';

// "du 22 au 25 mars 2026", "les 2 et 3 février", "du 30 mars au 2 avril", "22-25 mars", "entre le 2 et le 5 mai"
const RANGE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:du|les|entre${SP}le|entre${SP}les)${SP})?(?:${WD_RE},?${SP})?${DAY_RE}(?:${SP}${MONTH_RE}(?:${SP}${YEAR_RE})?)?` +
    `${SP.replace('+', '*')}(?:au|et|-|–)${SP.replace('+', '*')}(?:le${SP})?(?:${WD_RE},?${SP})?${DAY_RE}${SP}${MONTH_RE}(?:${SP}${YEAR_RE})?(?![\\p{L}\\d])`,
  'gu',
);
// "mardi, 8 septembre 2020", "le 17 février", "1er mars"
const SINGLE = new RegExp(
  `(?<![\\p{L}\\d])(?:${WD_RE},?${SP}(?:le${SP})?)?${DAY_RE}${SP}${MONTH_RE}(?:,?${SP}${YEAR_RE})?(?![\\p{L}\\d])`,
  'gu',
);
// "17/02/2017", "17.02.2017"
const NUMERIC = /(?<![\p{L}\d/.])([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)(?![\p{L}\d])/gu;
// "hier", "avant-hier", "aujourd'hui", "demain", "ce lundi", "lundi dernier", "lundi prochain", "lundi"
const RELATIVE = new RegExp(
  `(?<![\\p{L}\\d'-])(avant-hier|apres-demain|hier|aujourd'hui|demain|ce${SP}matin|cet${SP}apres-midi|ce${SP}soir|(?:ce${SP})?${WD_RE}(?:${SP}(dernier|prochain))?)(?![\\p{L}\\d'-])`,
  'gu',
);

function dayOf(token: string): number {
  if (token === '1er' || token === 'premier') return 1;
  return Number.parseInt(token, 10);
}

function monthOf(token: string | undefined): number | undefined {
  if (!token) return undefined;
  return MONTH_NUMBERS[token.replace('.', '')];
}

/**
 * The day of (month, day) nearest to the reference, normally not after it: a date up to about
 * three months ahead is read as an announcement, anything later as last year's. With a weekday,
 * only years where that day falls on it are taken (null when none near the reference does).
 * `maxAhead`: no day more than this many days after the reference is taken at all.
 */
export function inferDay(
  month: number,
  day: number,
  ref: number,
  weekday?: number,
  maxAhead = Number.POSITIVE_INFINITY,
): number | null {
  const refYear = new Date(ref * 86_400_000).getUTCFullYear();
  let best: number | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
    if (!isValidYmd(y, month, day)) continue;
    const n = dayNumber(y, month, day);
    if (weekday !== undefined && weekdayOf(n) !== weekday) continue;
    const diff = n - ref;
    if (diff > maxAhead) continue;
    // A weekday can match a year away; only a day within a season of publication is believable.
    if (weekday !== undefined && (diff < -200 || diff > 120)) continue;
    const cost = diff <= 0 ? -diff : diff * 3;
    if (cost < bestCost) {
      bestCost = cost;
      best = n;
    }
  }
  return best;
}

function resolve(
  day: number,
  month: number | undefined,
  year: number | undefined,
  weekday: number | undefined,
  ref: number | null,
  maxAhead: number,
): number | null {
  if (month === undefined) return null;
  if (year !== undefined) {
    if (!isValidYmd(year, month, day)) return null;
    const n = dayNumber(year, month, day);
    if (weekday !== undefined && weekdayOf(n) !== weekday) return null;
    return n;
  }
  if (ref === null) return null;
  return inferDay(month, day, ref, weekday, maxAhead);
}

function trimPhrase(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
  return [start, end];
}

export interface FindOptions {
  /** a yearless day is never read as more than this many days after the reference */
  maxAheadDays?: number;
}

/** Every date phrase of the text, in text order, with kinds and day numbers. */
export function findDates(
  text: string,
  referenceIso: string | null,
  { maxAheadDays = Number.POSITIVE_INFINITY }: FindOptions = {},
): FoundDate[] {
  const folded = fold(text);
  const ref = referenceDay(referenceIso);
  const out: FoundDate[] = [];
  // Characters already in a phrase, one flag each: a list of spans to scan made long texts full of
  // dates quadratic (100,000 dates took 30 s).
  const taken = new Uint8Array(text.length);
  const push = (start: number, end: number, found: Omit<FoundDate, 'phrase' | 'index'>) => {
    [start, end] = trimPhrase(text, start, end);
    taken.fill(1, start, end);
    out.push({ ...found, phrase: text.slice(start, end), index: start });
  };
  const seen = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (taken[k]) return true;
    return false;
  };

  for (const m of folded.matchAll(RANGE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (seen(start, end)) continue;
    const [, wd1, d1, mo1, y1, wd2, d2, mo2, y2] = m;
    const month2 = monthOf(mo2);
    const month1 = monthOf(mo1) ?? month2;
    if (month2 === undefined || month1 === undefined || !d1 || !d2) continue;
    const year2 = y2 ? Number(y2) : undefined;
    const endDay = resolve(dayOf(d2), month2, year2, wd2 ? WEEKDAY_NUMBERS[wd2] : undefined, ref, maxAheadDays);
    if (endDay === null) continue;
    // The first day takes the year of the second unless written (or unless it wraps the year).
    let year1 = y1 ? Number(y1) : undefined;
    if (year1 === undefined) {
      const endYear = new Date(endDay * 86_400_000).getUTCFullYear();
      year1 = month1 > month2 ? endYear - 1 : endYear;
    }
    const startDay = resolve(dayOf(d1), month1, year1, wd1 ? WEEKDAY_NUMBERS[wd1] : undefined, ref, maxAheadDays);
    if (startDay === null || startDay > endDay || endDay - startDay > 366) continue;
    push(start, end, {
      kind: 'explicit',
      hasYear: Boolean(y1 || y2),
      start: isoOf(startDay),
      end: isoOf(endDay),
      startDay,
      endDay,
    });
  }

  for (const m of folded.matchAll(SINGLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (seen(start, end)) continue;
    const [, wd, d, mo, y] = m;
    if (!d) continue;
    const n = resolve(
      dayOf(d),
      monthOf(mo),
      y ? Number(y) : undefined,
      wd ? WEEKDAY_NUMBERS[wd] : undefined,
      ref,
      maxAheadDays,
    );
    if (n === null) continue;
    push(start, end, { kind: 'explicit', hasYear: Boolean(y), start: isoOf(n), startDay: n });
  }

  for (const m of folded.matchAll(NUMERIC)) {
    const start = m.index;
    const end = start + m[0].length;
    if (seen(start, end)) continue;
    const n = resolve(Number(m[1]), Number(m[2]), Number(m[3]), undefined, ref, maxAheadDays);
    if (n === null) continue;
    push(start, end, { kind: 'explicit', hasYear: true, start: isoOf(n), startDay: n });
  }

  if (ref !== null) {
    for (const m of folded.matchAll(RELATIVE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (seen(start, end)) continue;
      const word = (m[1] as string).replace(/[\s\u00a0]+/g, ' ');
      const before = folded.slice(Math.max(0, start - 12), start);
      // "d'hier", "jusqu'à aujourd'hui", "le Vietnam d'aujourd'hui": not a day.
      if (/(?:\bd'|\bqu'|\bde |\bdu |\ba |\bles? )$/.test(before) && WEEKDAY_NUMBERS[word] === undefined) continue;
      let n: number | null = null;
      if (word === 'hier') n = ref - 1;
      else if (word === 'avant-hier') n = ref - 2;
      else if (word === "aujourd'hui" || word.startsWith('ce ') || word.startsWith('cet ')) n = ref;
      else if (word === 'demain') n = ref + 1;
      else if (word === 'apres-demain') n = ref + 2;
      if (word.startsWith('ce ') && WEEKDAY_NUMBERS[word.slice(3)] === undefined) n = ref;
      const wdName = m[2];
      if (wdName) {
        // A weekday followed by a day number was a full date (or was rejected): skip it here.
        if (/^,?[\s\u00a0]*(?:le[\s\u00a0]+)?[0-3]?\d/.test(folded.slice(end))) continue;
        // Days of the week written as common nouns ("le lundi", "les samedis") are habits.
        if (/\bles? $/.test(before)) continue;
        const wd = WEEKDAY_NUMBERS[wdName] as number;
        const delta = (wd - weekdayOf(ref) + 7) % 7; // 0..6 days ahead
        const past = delta === 0 ? 0 : delta - 7;
        if (m[3] === 'dernier') n = ref + (delta === 0 ? -7 : past);
        else if (m[3] === 'prochain') n = ref + (delta === 0 ? 7 : delta);
        else if (word.startsWith('ce ')) n = ref + (-past <= 4 ? past : delta);
        else n = ref + past;
      }
      if (n === null) continue;
      push(start, end, { kind: 'relative', hasYear: false, start: isoOf(n), startDay: n });
    }
  }

  out.sort((a, b) => a.index - b.index);
  return out;
}

/** Public form: every date phrase of the text, in order, with ISO start (and end for ranges). */
export function parseFrenchDates(text: string, referenceIso: string | null): DatePhrase[] {
  return findDates(text, referenceIso).map(({ start, end, phrase, index }) =>
    end === undefined ? { start, phrase, index } : { start, end, phrase, index },
  );
}

/** A French month's name, folded ("aout", "decembre"), whole or abbreviated ("sept"). */
export function isMonthName(folded: string): boolean {
  return Object.hasOwn(MONTH_NUMBERS, folded);
}

/** Is this folded word a day of the week ("lundi")? */
export function isWeekdayName(folded: string): boolean {
  return Object.hasOwn(WEEKDAY_NUMBERS, folded);
}
