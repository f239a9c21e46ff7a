// The knowledge base as the matcher sees it: people, organisations, places and countries parsed
// from the one-line-per-entity data files, each with a stable id and folded token keys, and the
// nationality adjectives (cambodgien → KH) with their feminine and plural forms.

import { COUNTRIES } from '../knowledge/countries';
import { COMPANIES, ORGANIZATIONS } from '../knowledge/organizations';
import { PEOPLE } from '../knowledge/people';
import { PLACES } from '../knowledge/places';
import { foldKey } from '../text/fold';
import type { EntityType } from '../types';
import { Dict } from './matcher';
import { type RoleTerm, TERMS_BY_NAME } from './reference-role';
import { type Token, tokenize } from './tokens';

export interface KbEntry {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  /** a role held for good ("général"); dated functions are in `terms` */
  role: string | null;
  /** functions held for a term (reference-role.ts) */
  terms?: RoleTerm[];
  country: string | null;
  /** a company: matched bare only where no person or longer name holds the words */
  company?: true;
}

/** Ids made so far (a page asks for the same few hundred names thousands of times); bounded. */
const ids = new Map<string, string>();

/** Stable id: type + folded canonical name, e.g. person:to-lam. */
export function entityId(type: EntityType, name: string): string {
  const key = `${type}:${name}`;
  const known = ids.get(key);
  if (known !== undefined) return known;
  const slug = foldKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = `${type}:${slug || 'x'}`;
  if (ids.size >= 10_000) ids.clear();
  ids.set(key, id);
  return id;
}

export function keyTokens(text: string): string[] {
  return tokenize(text)
    .map((t) => t.f)
    .filter((f) => f !== '');
}

/** Parse "name | variants | role | country" lines (organisations and places have no role column). */
export function parseRows(type: EntityType, data: string, withRole: boolean): KbEntry[] {
  const out: KbEntry[] = [];
  for (const raw of data.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('|').map((c) => c.trim());
    const name = cols[0] ?? '';
    const variants = (cols[1] ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const role = withRole ? cols[2] || null : null;
    const country = (withRole ? cols[3] : cols[2]) || null;
    out.push({ id: entityId(type, name), type, name, variants, role, country });
  }
  return out;
}

function countryEntries(): KbEntry[] {
  return COUNTRIES.map((c) => {
    const [name = c.code, ...rest] = c.names;
    return { id: entityId('country', name), type: 'country', name, variants: rest, role: null, country: c.code };
  });
}

export const KB: KbEntry[] = [
  ...parseRows('person', PEOPLE, true).map((e): KbEntry => {
    const terms = TERMS_BY_NAME.get(e.name);
    return terms ? { ...e, terms } : e;
  }),
  ...parseRows('organization', ORGANIZATIONS, false),
  ...parseRows('organization', COMPANIES, false).map((e): KbEntry => ({ ...e, company: true })),
  ...parseRows('place', PLACES, false),
  ...countryEntries(),
];

/** All-capital single words (PCV, AN) are acronyms: they only match all-capital text. */
export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9]{1,9}$/.test(s);
}

/** How long an acronym must be to be found written as a word, capitalised ("Asean"). */
const MIN_WORD_ACRONYM = 4;

/** A name's first word French writes in lower case inside a sentence: "les îles Salomon", "les hauts plateaux du Centre". */
const COMMON_NOUN_OPENING = /^(?:[ÎI]les?|Hauts [Pp]lateaux) /;

/** Dashes between the words of a name, which the text writes or leaves out. */
const DASHES = new Set(['-', '\u2013', '\u2014']);

export const KB_DICT = new Dict<KbEntry>();
for (const e of KB) {
  for (const form of [e.name, ...e.variants]) {
    const toks = keyTokens(form);
    const cap = form.charAt(0) !== form.charAt(0).toLowerCase() && !COMMON_NOUN_OPENING.test(form);
    if (!toks.length) continue;
    KB_DICT.add(toks, e, isAcronym(form), cap);
    // ("l'Asean", "l'Unesco", "l'Otan": an acronym read as a word is written so too; not a short
    // one, "An" is no "AN")
    if (e.type !== 'person' && isAcronym(form) && form.length >= MIN_WORD_ACRONYM) KB_DICT.add(toks, e, false, true);
    // ("Thua Thiên Huê" is "Thua Thiên-Huê", "Ba Ria Vung Tau" "Ba Ria-Vung Tau", "le Haut
    // Commissariat…" the "Haut-Commissariat…": a place's or a body's name is found with or without
    // the dash between its words)
    const undashed = toks.filter((t) => !DASHES.has(t));
    if (e.type !== 'person' && undashed.length > 1 && undashed.length < toks.length)
      KB_DICT.add(undashed, e, false, cap);
  }
}

/** Folded keys of every KB name and variant (for the eval's "not in KB" split). */
export const KB_KEYS = new Set<string>(KB.flatMap((e) => [e.name, ...e.variants].map((v) => foldKey(v))));

/** Nationality adjectives: "cambodgiennes" → KH. Not mentions; they give an entity its country. */
export const ADJ_DICT = new Dict<string>();
for (const c of COUNTRIES) {
  for (const adj of c.adjectives) {
    const toks = keyTokens(adj);
    if (toks.length) ADJ_DICT.add(toks, c.code, false, false);
    // ("le ministre sri lankais", "l'ambassadeur sud coréen": the hyphen is often left out)
    const spaced = toks.filter((t) => t !== '-');
    if (spaced.length > 1 && spaced.length < toks.length) ADJ_DICT.add(spaced, c.code, false, false);
  }
}

/**
 * A nationality adjective written as a compound at token k ("est-timorais", "sud-coréen"): inside
 * a role its first word is the adjective's, even one that reads as a verb ("est").
 */
export function compoundAdjectiveAt(toks: Token[], k: number): boolean {
  return toks[k + 1]?.f === '-' && !!ADJ_DICT.match(toks, k);
}
