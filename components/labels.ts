// How the popup names partners, domains, months and days in the reader's language.
import type { MessageKey, Translate } from '@/lib/i18n';
import { countryByCode, flagOf } from '@/lib/knowledge/countries';
import { NO_PARTNER } from '@/lib/timeline';
import type { Domain } from '@/lib/types';

export const isFrench = (locale: string) => locale.toLowerCase().startsWith('fr');

export function partnerName(code: string, locale: string, t: Translate): string {
  if (code === NO_PARTNER) return t('popupNoPartner');
  const country = countryByCode(code);
  if (!country) return code;
  return (isFrench(locale) ? country.names[0] : country.en) ?? code;
}

export function partnerFlag(code: string): string {
  return code === NO_PARTNER ? '' : flagOf(code);
}

const DOMAIN_KEYS: Record<Domain, MessageKey> = {
  security: 'domainSecurity',
  defence: 'domainDefence',
  diplomacy: 'domainDiplomacy',
  party: 'domainParty',
  parliament: 'domainParliament',
  economy: 'domainEconomy',
  culture: 'domainCulture',
  health: 'domainHealth',
  local: 'domainLocal',
  justice: 'domainJustice',
  media: 'domainMedia',
  education: 'domainEducation',
  energy: 'domainEnergy',
};

export function domainName(domain: Domain, t: Translate): string {
  const key = DOMAIN_KEYS[domain];
  return key ? t(key) : domain;
}

/**
 * Date formats, made once per locale and kind (a toLocaleDateString call with options makes a
 * new Intl.DateTimeFormat every time: the popup names a day for every entry it shows).
 */
const FORMATS: Record<'published' | 'month' | 'day' | 'dayTime', Intl.DateTimeFormatOptions> = {
  published: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayTime: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The date format of `locale` with `options`, made once (the popup's labels and the timeline
 * page's chart). `name`: a shorter key for the options (FORMATS' kinds), else they are the key.
 */
export function cachedDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  name: string = JSON.stringify(options),
): Intl.DateTimeFormat {
  const key = `${locale} ${name}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

export function dateFormat(locale: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  return cachedDateFormat(locale, FORMATS[kind], kind);
}

/** Makes the date formats of `locale` now (the popup: while it waits for the background). */
export function prepareDateFormats(locale: string): void {
  for (const kind of Object.keys(FORMATS) as (keyof typeof FORMATS)[]) dateFormat(locale, kind);
}

/** "mars 2026" / "March 2026"; null month: undated. */
export function monthName(month: string | null, locale: string, t: Translate): string {
  if (!month) return t('popupUndated');
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return dateFormat(locale, 'month').format(d);
}

/** "12 mars 2026" from an ISO day or time. */
export function dayName(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return null;
  return dateFormat(locale, iso.length === 10 ? 'day' : 'dayTime').format(d);
}

export function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
