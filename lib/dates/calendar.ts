// Calendar arithmetic on plain dates (no time, no zone): a date is days since 1970-01-01 (UTC).

export interface YMD {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): YMD {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoOf(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Vietnam's offset: VNA pages are dated in Hanoi time. */
const SITE_OFFSET_MINUTES = 7 * 60;

/**
 * The calendar day of a publication timestamp, as the site dated it. An ISO string with an
 * explicit offset ("2017-02-18T10:15:00+07:00") keeps its written date; a UTC one ("…Z") is
 * moved to Hanoi time; a bare date is taken as is. Null when unreadable.
 */
export function referenceDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const s = iso.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (!m) {
    const t = Date.parse(s);
    if (Number.isNaN(t)) return null;
    return Math.floor((t + SITE_OFFSET_MINUTES * 60_000) / DAY_MS);
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  const day = dayNumber(y, mo, d);
  if (m[7] && m[7].toUpperCase() === 'Z' && m[4] !== undefined) {
    const minutes = Number(m[4]) * 60 + Number(m[5]) + SITE_OFFSET_MINUTES;
    return day + Math.floor(minutes / 1440);
  }
  return day;
}
