// Countries as French VNA text names them: the one source of country knowledge for the matcher
// (lib/entities) and for partners (lib/stories).
//   countries.data.ts   generated from the world-countries package (scripts/gen-countries.ts):
//                       French common and official names, French demonyms m./f., English name
//   EXTRA below         what the package lacks: VNA spellings ("Vietnam", "RDP lao", "RPDC"),
//                       adjectives ("lao", "khmer", "thaï", "coréen"), canonical names VNA prefers
// Names are matched folded (no diacritics, any case): each spelling is listed once
// (tests/unit/countries-data.test.ts checks it).

import { fold } from '../text/fold';
import { GENERATED_COUNTRIES } from './countries.data';

export interface Country {
  code: string;
  /** canonical French name first, then the other names */
  names: string[];
  /** every form of the nationality adjectives: "cambodgien", "cambodgienne", "cambodgiens"… */
  adjectives: string[];
  en: string;
}

// One line a country: ISO code | names ("=" marks the canonical one VNA uses) | adjectives as
// "masculine/feminine", "word" when both are the same, "word!" when invariable ("lao", "myanmar").
export const EXTRA = `
VN | =Vietnam, République socialiste du Vietnam |
KH | | khmer/khmère
LA | RDP lao, République démocratique populaire du Laos | lao!
CN | Chine continentale |
KR | =République de Corée, R. de Corée, Corée | coréen/coréenne
KP | =République populaire démocratique de Corée, RPDC, R.P.D. de Corée |
MM | =Myanmar | myanmar!
TH | | thaï/thaïe
BN | Brunei Darussalam |
TL | =Timor-Leste, Timor Leste | timorais/timoraise
JP | | nippon/nippone
PG | | papouan-néo-guinéen/papouan-néo-guinéenne
US | USA | étasunien/étasunienne
GB | Grande-Bretagne |
CZ | =République tchèque |
BY | Bélarus |
AE | EAU | émirati/émiratie
QA | | qatari/qatarie
KZ | | kazakh/kazakhe
PA | République de Panama |
KG | Kirghizstan |
UZ | | ouzbek
MU | Maurice |
CV | Cap-Vert |
CD | RDC, RD Congo, RD du Congo |
SZ | Eswatini |
SR | Suriname |
GY | Guyane | guyanais/guyanaise
TR | Türkiye |
SV | El Salvador |
VA | =Vatican, Saint-Siège |
LI | Lichtenstein |
KN | =Saint-Kitts-et-Nevis, Saint Kitts-et-Nevis, Fédération de Saint-Kitts-et-Nevis |
`;

/**
 * Country names that are also first names or common words ("Dominique", "Maurice", "Grenade"):
 * a country only in context — after an article or a preposition ("la Dominique", "de Maurice"),
 * and not followed by another capitalised name ("Dominique Martin" is a person).
 */
export const CONTEXT_ONLY_NAMES = ['Dominique', 'Maurice', 'Grenade', 'Salvador', 'Équateur', 'Niger', 'Tchad'];

/** "sino-vietnamien", "vietnamo-lao", "nippo-vietnamien": country prefixes of compound adjectives. */
export const PAIR_PREFIXES: [prefix: string, code: string][] = [
  ['sino', 'CN'],
  ['nippo', 'JP'],
  ['russo', 'RU'],
  ['franco', 'FR'],
  ['americano', 'US'],
  ['germano', 'DE'],
  ['indo', 'IN'],
  ['khmero', 'KH'],
  ['lao', 'LA'],
  ['vietnamo', 'VN'],
];

/** Singular and plural of a masculine and a feminine adjective ("grec", "grecque" → 4 forms). */
export function adjectiveForms(male: string, female: string = male): string[] {
  const plural = (a: string) => (/[sx]$/.test(a) ? a : `${a}s`);
  return [...new Set([male, female, plural(male), plural(female)])];
}

export interface ExtraRow {
  code: string;
  canonical: string | null;
  names: string[];
  adjectives: string[];
  columns: number;
}

export function parseExtra(data: string): ExtraRow[] {
  const rows: ExtraRow[] = [];
  for (const raw of data.split('\n')) {
    if (!raw.trim()) continue;
    const cols = raw.split('|').map((c) => c.trim());
    const list = (s: string | undefined) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const names = list(cols[1]);
    const canonical = names.find((n) => n.startsWith('='))?.slice(1) ?? null;
    const adjectives = list(cols[2]).flatMap((a) => {
      if (a.endsWith('!')) return [a.slice(0, -1)];
      const [m = a, f] = a.split('/');
      return adjectiveForms(m, f);
    });
    rows.push({
      code: cols[0] ?? '',
      canonical,
      names: names.map((n) => n.replace(/^=/, '')),
      adjectives,
      columns: cols.length,
    });
  }
  return rows;
}

function build(): Country[] {
  const extra = new Map(parseExtra(EXTRA).map((r) => [r.code, r]));
  return GENERATED_COUNTRIES.map(([code, common, official, male, female, en]) => {
    const x = extra.get(code);
    // (a name joined by "-et-" is also written with spaces: "la République de Trinité et Tobago")
    const names = [x?.canonical, common, official, ...(x?.names ?? [])]
      .filter((n): n is string => Boolean(n))
      .flatMap((n) =>
        n.includes('-et-') ? [n, n.replace(/-et-(les-)?/g, (_, les) => (les ? ' et les ' : ' et '))] : [n],
      );
    const adjectives = [...(male ? adjectiveForms(male, female || male) : []), ...(x?.adjectives ?? [])];
    const byFold = new Map<string, string>();
    for (const n of names) if (!byFold.has(fold(n))) byFold.set(fold(n), n);
    return { code, names: [...byFold.values()], adjectives: [...new Set(adjectives)], en };
  });
}

export const COUNTRIES: Country[] = build();

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

const CONTEXT_ONLY = new Set(CONTEXT_ONLY_NAMES.map(fold));

/**
 * Names another place shares, and what follows them when they are that place: VNA's "Guyane" is
 * Guyana, "la Guyane française" is France's.
 */
const OTHER_PLACE_AFTER = new Map([['guyane', /^[\s\u00a0]+fran[çc]ais/i]]);

/** Is this folded country name one that needs context ("dominique", "guyane")? */
export function needsContext(foldedName: string): boolean {
  return CONTEXT_ONLY.has(foldedName) || OTHER_PLACE_AFTER.has(foldedName);
}

// An article right before: "la Dominique", "du Niger", "l'Équateur" (no person takes one).
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|le|du|au|en|l')[\s\u00a0]*$/u;
// A preposition right before: "de Maurice", "à Grenade" (a person too: "de Dominique Martin").
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:de|d'|a)[\s\u00a0]*$/u;
// Another capitalised word right after: "Dominique Martin".
const NAME_AFTER = /^[\s\u00a0]+\p{Lu}/u;

/**
 * Is a context-only country name at [start, end) of text the country? Written with a capital,
 * after an article, or after a preposition when no other name follows (not "Dominique Martin").
 */
export function countryInContext(text: string, start: number, end: number): boolean {
  const key = fold(text.slice(start, end));
  const other = OTHER_PLACE_AFTER.get(key);
  if (other) return !other.test(text.slice(end, end + 12));
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  const before = fold(text.slice(Math.max(0, start - 8), start));
  if (ARTICLE_BEFORE.test(before)) return true;
  return PREPOSITION_BEFORE.test(before) && !NAME_AFTER.test(text.slice(end, end + 3));
}

/** Regional-indicator flag emoji for an ISO code ("KH" → 🇰🇭). */
export function flagOf(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

// "le Parti du travail de Corée", "l'Armée populaire de Corée", "l'Assemblée populaire suprême de
// Corée": the bodies of the North name it "Corée" bare, as its people do; the South's are said "de
// la République de Corée". (On folded text: the words before "Corée", or a whole name or role.)
const DPRK_BODY = String.raw`(?:parti[\s\u00a0]+(?:du[\s\u00a0]+travail|des[\s\u00a0]+travailleurs)|armee[\s\u00a0]+populaire|assemblee[\s\u00a0]+populaire[\s\u00a0]+supreme)[\s\u00a0]+de[\s\u00a0]+`;
export const DPRK_BODY_BEFORE = new RegExp(`${DPRK_BODY}$`);
export const DPRK_BODY_NAMED = new RegExp(`${DPRK_BODY}coree\\b`);
