// French month and weekday names, listed once. Months: their numbers (folded, with the
// abbreviations VNA prints), the folded pattern date phrases read (lib/dates/parse.ts), and the
// pattern of a month written out in full, accents optional ("5 août 2024", "12 fevrier 2019").
// Weekdays: their numbers and their pattern (no accents: folded and written forms are the same).

/** The months in order, folded: the name in full, then the abbreviations VNA prints (without their dot). */
const MONTHS: readonly (readonly [string, ...string[]])[] = [
  ['janvier', 'janv'],
  ['fevrier', 'fevr', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['decembre', 'dec'],
];

/** Month numbers by folded name or abbreviation ("fevrier", "fevr", "fev": 2). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1])),
);

/**
 * A month in folded text, as regex alternatives (no group): every full name first, so that
 * "septembre" is not read as "sept", then every abbreviation with its dot ("sept.", "fev.").
 */
export const FOLDED_MONTH_ALTERNATIVES: string = [
  ...MONTHS.map(([name]) => name),
  ...MONTHS.flatMap(([, ...abbreviations]) => abbreviations.map((a) => `${a}\\.`)),
].join('|');

/** A French month written out in full, as unfolded text spells it (a regex source, no group). */
export const WRITTEN_MONTH =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';

/** A French month as VNA abbreviates it, with its dot ("oct.", "févr.", "janv."; a regex source, no group). */
export const SHORT_MONTH = '(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\\.';

/** The number of a month written out ("Août", "fevrier") or abbreviated ("oct.", "févr."), or 0. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '')] ?? 0;
}

/** The days of the week, Monday first, in lower case (no accents: the folded and the written forms). */
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** Weekday numbers by name, as Date.getUTCDay counts them ("dimanche": 0, "lundi": 1). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  WEEKDAY_NAMES.map((name, i) => [name, (i + 1) % 7]),
);

/** A day of the week as regex alternatives (no group); lower case: the i flag for unfolded text. */
export const WEEKDAY_ALTERNATIVES: string = WEEKDAY_NAMES.join('|');

/** A day of the week (a regex source, no capture); lower case: the i flag for unfolded text. */
export const WEEKDAY = `(?:${WEEKDAY_ALTERNATIVES})`;
