// French month names: their numbers (folded, with the abbreviations VNA prints) and the pattern of
// a month written out in full, accents optional ("5 août 2024", "12 fevrier 2019").

/** Month numbers by folded name or abbreviation ("fevrier", "fevr", "fev": 2). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** A French month written out in full, as unfolded text spells it (a regex source, no group). */
export const WRITTEN_MONTH =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';

/** The number of a month written out ("Août", "fevrier"), or 0. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')] ?? 0;
}
