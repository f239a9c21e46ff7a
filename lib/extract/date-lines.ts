// Dates as lines of a page print them: the building blocks a story's date line and a teaser's are
// read with (a label, a rubric before the date, a time after it, a date in English or year first,
// brackets around it), and a teaser's line that is only its date ("04/03/2024", "Lun, 04/03/2024 -
// 10:15", "20 mars 2017", "28/07/11", "13 déc."): no summary, no title, and a date on its own line
// under a title goes on with that teaser. Depends on nothing else in lib/extract.
import { monthNumber, SHORT_MONTH, WEEKDAY, WRITTEN_MONTH } from '../dates/names';

/** VNA pages print local (Hanoi) time. */
export const VN_OFFSET = '+07:00';

// (a rubric's or a source's name and a bar or a dot before it at most: "Hebdo | Samedi, 9 août 2025 -
// 10:27", "Vietnam Illustré (VNA/VI) · mercredi 2 octobre 2024 à 09h15")
/** A byline's rubric or source before its date, and the bar or dot after it: "Actualités · " (a regex source). */
export const RUBRIC_BEFORE_DATE = String.raw`[^\d|·:]{2,40}?\s*[|·]\s*`;

/**
 * A date line in English, as a feed reader, a syndication or a multilingual CMS's English chrome
 * shows it ("Mon, Jun 19 2023 - 16:02", "June 19, 2023 4:02 PM", "Posted on: 23 Nov 2023 21:30
 * GMT+7"): the whole line, a label and a weekday before it and the zone after it at most, never a
 * sentence's date.
 */
/** An English month, in full or in three letters ("Nov", "Sept."): never a French one ("novembre"). */
const ENGLISH_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const ENGLISH_DATE_LINE = new RegExp(
  String.raw`^(?:(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<month>${ENGLISH_MONTH})\s+(?<day>\d{1,2}),?|(?<dayFirst>\d{1,2})\s+(?<monthAfter>${ENGLISH_MONTH}),?)\s+(?<year>\d{4})(?:\s*(?:[-–,|]\s*|at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<half>[ap]m)?)?(?:\s*\(?(?:GMT|UTC)\s*\+\s*0?7(?::?00)?\)?|\s+ICT)?$`,
  'i',
);
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function englishDateLine(text: string): string | null {
  const g = ENGLISH_DATE_LINE.exec(text.trim())?.groups;
  if (!g) return null;
  const month = (g.month ?? g.monthAfter ?? '').slice(0, 3).toLowerCase();
  const h = g.hour ?? '00';
  const hour = g.half ? (Number(h) % 12) + (g.half.toLowerCase() === 'pm' ? 12 : 0) : Number(h);
  return isoOf(
    g.year ?? '',
    String(ENGLISH_MONTHS.indexOf(month) + 1),
    g.day ?? g.dayFirst ?? '',
    String(hour),
    g.minute ?? '00',
  );
}

/**
 * A whole line that is a date written year first, its time after a space ("2025-04-17 21:14", a
 * blog's entry header; "2023/04/15", "2023 04/15 21:06:47", an Asian agency portal's): year first,
 * the month comes next, as in ISO 8601.
 */
export const YEAR_FIRST_DATE_LINE =
  /^((?:19|20)\d{2})(?:[-/.]|\s+)(\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * What a date line may say before its date: "Publié le", "Mis à jour le :", "Mise en ligne", "Le"
 * (a regex source, no capture).
 */
export const DATE_LABEL = String.raw`(?:(?:publi[ée]e?|post[ée]e?|mise? à jour|mise? en ligne)(?:\s+le)?\s*:?\s*|le\s+)?`;

/**
 * What a date line may say after its date: its time, "- 10:15", ", 19:32", "à 15h20", "| 08:30:05"
 * (a regex source; the hour and the minute captured).
 */
export const TIME_TAIL = String.raw`(?:\s*(?:[-–,|·]\s*|à\s+)?(\d{1,2})[:h](\d{2})(?::\d{2})?)?`;

/** A line's text without the brackets around it: "[2020-03-05]", "(16/03/2015)" (a list's dates). */
export function unbracketed(text: string): string {
  const t = text.trim();
  return /^\[[^[\]]*\]$|^\([^()]*\)$/.test(t) ? t.slice(1, -1).trim() : t;
}

export function isoOf(y: string, mo: string, d: string, h: string, mi: string, sec = '00'): string | null {
  // (a month of the year, an hour of the day, and a day the month has: Date.UTC rolls "31/02" over
  // to March, a thirteenth month over to the next year)
  if (Number(mo) < 1 || Number(mo) > 12 || Number(h) > 23 || Number(mi) > 59) return null;
  if (new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)) return null;
  const pad = (s: string) => s.padStart(2, '0');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${sec}${VN_OFFSET}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** A linked story's date in brackets after its title: "(16/03/2015)", "[07/09/2011]", "(27/12/16)". */
export const BRACKETED_DATE = /[([]\s*(\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))\s*[)\]]/;

/** A year a teaser's date may name: the agency's years online, not a history's ("30 avril 1975"). */
const RECENT_YEAR = '(?:199\\d|20\\d\\d)';
/**
 * Is a teaser's line only its date: as DATE_LINE reads it, in English ("Nov 4, 2021"), or year
 * first ("2020-03-05"), in brackets at most ("[2020-03-05]")?
 */
export function isDateLine(text: string): boolean {
  const t = unbracketed(text).replace(RUBRIC_AND_DATE, '');
  // (a recent year, as DATE_LINE asks: "October 10, 1954" is a history's day)
  const english = englishDateLine(t);
  return (
    DATE_LINE.test(t) ||
    (!!english && RECENT.test(english)) ||
    YEAR_FIRST_DATE_LINE.test(t) ||
    !!shortDateLine(t) ||
    RELATIVE_LINE.test(t)
  );
}
const RECENT = new RegExp(`^${RECENT_YEAR}`);
/**
 * A teaser's line that is only its date, a label or a weekday before it at most: "04/03/2024",
 * "Lun, 04/03/2024 - 10:15", "11-08-2015", "20 mars 2017", "Mis à jour le 23/11/2011 à 08h15"
 * (dashed or written out, a recent year after a weekday at most: "Hanoï, 10 octobre 1954" is none).
 */
const DATE_LINE = new RegExp(
  String.raw`^\s*${DATE_LABEL}(?:(?:(?:\p{L}{2,10}\s+)?\p{L}{2,10}\.?,?\s+)?\d{1,2}([/.])\d{1,2}\1\d{4}|(?:${WEEKDAY}\.?,?\s+)?(?:\d{1,2}-\d{1,2}-${RECENT_YEAR}|\d{1,2}(?:er)?\s+(?:${WRITTEN_MONTH}|${SHORT_MONTH})\s+${RECENT_YEAR}))${TIME_TAIL}\s*$`,
  'iu',
);
/** A card's byline: its rubric or source before the date, "Long format · 21/03/2024" (taken off). */
const RUBRIC_AND_DATE = new RegExp(`^${RUBRIC_BEFORE_DATE}(?=\\d|\\p{L}+,?\\s+\\d)`, 'u');

/** A date said from now, which dates nothing: "Il y a 4 jours", "Hier à 10h", "Aujourd'hui, 08:15". */
const RELATIVE_LINE =
  /^(?:il y a (?:\d+|une?|quelques) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|(?:hier|aujourd['’]hui|avant-hier)(?:,?\s*(?:à\s*)?\d{1,2}[h:]\d{0,2})?)$/i;

/** A two-digit year in full: the last century's from 70 ("98" is 1998, "16" 2016). */
export function fullYear(y: string): string {
  return y.length === 2 ? `${Number(y) >= 70 ? 19 : 20}${y}` : y;
}

/** A teaser's date line with a two-digit year: "28/07/11", "04.06.16" (the last century's from 70). */
const SHORT_YEAR_LINE = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2})$/;
/** A teaser's day and month without a year: "13 déc.", "10 septembre", "05/08", "Le 16/07". */
const YEARLESS_LINE = new RegExp(
  String.raw`^(?:le\s+)?(?:(\d{1,2})(?:er)?\s+(${WRITTEN_MONTH}|${SHORT_MONTH})|(\d{2})\/(\d{2}))$`,
  'iu',
);

/**
 * A teaser's date line that DATE_LINE does not read: a two-digit year ("28/07/11", at midnight
 * Hanoi time), or a day and month alone ({ day, month }: its year is the page's, read later).
 */
export function shortDateLine(text: string): string | { day: number; month: number } | null {
  const t = unbracketed(text).trim();
  const short = SHORT_YEAR_LINE.exec(t);
  if (short) {
    const [, d = '', , mo = '', y = ''] = short;
    return isoOf(fullYear(y), mo, d, '00', '00');
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
