// A teaser's line that is only its date ("04/03/2024", "Lun, 04/03/2024 - 10:15", "20 mars
// 2017", "28/07/11", "13 déc."): read by a teaser's parts (it is no summary, no title) and by the feed's structural search
// (a date on its own line under a title goes on with that teaser).
import { monthNumber, SHORT_MONTH, WEEKDAY, WRITTEN_MONTH } from '../dates/names';
import {
  DATE_LABEL,
  englishDateLine,
  isoOf,
  RUBRIC_BEFORE_DATE,
  TIME_TAIL,
  unbracketed,
  YEAR_FIRST_DATE_LINE,
} from './published';

/** A year a teaser's date may name: the agency's years online, not a history's ("30 avril 1975"). */
const RECENT_YEAR = '(?:199\\d|20\\d\\d)';
/**
 * Is a teaser's line only its date: as its date line reads it, in English ("Nov 4, 2021"), or year
 * first ("2020-03-05"), in brackets at most ("[2020-03-05]")?
 */
export function isDateLine(text: string): boolean {
  const { dateLine, rubricAndDate } = datePatterns();
  const t = unbracketed(text).replace(rubricAndDate, '');
  // (a recent year, as DATE_LINE asks: "October 10, 1954" is a history's day)
  const english = englishDateLine(t);
  return (
    dateLine.test(t) ||
    (!!english && RECENT.test(english)) ||
    YEAR_FIRST_DATE_LINE.test(t) ||
    !!shortDateLine(t) ||
    RELATIVE_LINE.test(t)
  );
}
const RECENT = new RegExp(`^${RECENT_YEAR}`);
// (built on first use: published.ts, whose patterns they are made of, imports this module's
// readers through feed-runs.ts, and is not yet evaluated when this module first is)
let patterns: { dateLine: RegExp; rubricAndDate: RegExp } | null = null;
function datePatterns(): { dateLine: RegExp; rubricAndDate: RegExp } {
  patterns ??= {
    // a teaser's line that is only its date, a label or a weekday before it at most: "04/03/2024",
    // "Lun, 04/03/2024 - 10:15", "11-08-2015", "20 mars 2017", "Mis à jour le 23/11/2011 à 08h15"
    // (dashed or written out, a recent year after a weekday at most: "Hanoï, 10 octobre 1954" is none)
    dateLine: new RegExp(
      String.raw`^\s*${DATE_LABEL}(?:(?:(?:\p{L}{2,10}\s+)?\p{L}{2,10}\.?,?\s+)?\d{1,2}([/.])\d{1,2}\1\d{4}|(?:${WEEKDAY}\.?,?\s+)?(?:\d{1,2}-\d{1,2}-${RECENT_YEAR}|\d{1,2}(?:er)?\s+(?:${WRITTEN_MONTH}|${SHORT_MONTH})\s+${RECENT_YEAR}))${TIME_TAIL}\s*$`,
      'iu',
    ),
    // (a card's byline: its rubric or source before the date, "Long format · 21/03/2024", taken off)
    rubricAndDate: new RegExp(`^${RUBRIC_BEFORE_DATE}(?=\\d|\\p{L}+,?\\s+\\d)`, 'u'),
  };
  return patterns;
}

/** A date said from now, which dates nothing: "Il y a 4 jours", "Hier à 10h", "Aujourd'hui, 08:15". */
const RELATIVE_LINE =
  /^(?:il y a (?:\d+|une?|quelques) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|(?:hier|aujourd['’]hui|avant-hier)(?:,?\s*(?:à\s*)?\d{1,2}[h:]\d{0,2})?)$/i;

/** A teaser's date line with a two-digit year: "28/07/11", "04.06.16" (the last century's from 70). */
const SHORT_YEAR_LINE = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2})$/;
/** A teaser's day and month without a year: "13 déc.", "10 septembre", "05/08", "Le 16/07". */
const YEARLESS_LINE = new RegExp(
  String.raw`^(?:le\s+)?(?:(\d{1,2})(?:er)?\s+(${WRITTEN_MONTH}|${SHORT_MONTH})|(\d{2})\/(\d{2}))$`,
  'iu',
);

/**
 * A teaser's date line that isDateLine's date line does not read: a two-digit year ("28/07/11", at midnight
 * Hanoi time), or a day and month alone ({ day, month }: its year is the page's, read later).
 */
export function shortDateLine(text: string): string | { day: number; month: number } | null {
  const t = unbracketed(text).trim();
  const short = SHORT_YEAR_LINE.exec(t);
  if (short) {
    const [, d = '', , mo = '', y = ''] = short;
    return isoOf(`${Number(y) >= 70 ? 19 : 20}${y}`, mo, d, '00', '00');
  }
  const yearless = YEARLESS_LINE.exec(t);
  if (!yearless) return null;
  const [, d1, written, d2, m2] = yearless;
  const day = Number(d1 ?? d2);
  const month = written ? monthNumber(written) : Number(m2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : null;
}

/**
 * The full date of a teaser's day and month in the year that puts it nearest the page's own date:
 * a December story on a January page is the year before's, and a feed shown later than its story
 * ("10 sept." under a story of 23 August) lists the weeks after it.
 */
export function inPageYear(day: number, month: number, pagePublished: string): string | null {
  const year = Number(pagePublished.slice(0, 4));
  const page = Date.parse(pagePublished);
  let nearest: string | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoOf(String(y), String(month), String(day), '00', '00');
    if (iso && (!nearest || Math.abs(Date.parse(iso) - page) < Math.abs(Date.parse(nearest) - page))) nearest = iso;
  }
  return nearest;
}
