// Is a found role the role the text states? Compared after normalising how French VNA text writes
// the same function: case, diacritics, articles, nationality adjectives (the entity's country says
// them) and the same country said as a complement ("président de Colombie" = "président colombien"):
// both are read as the country they name, and two roles that name different countries differ
// ("ambassadeur du Laos" ≠ "ambassadeur du Vietnam", "ambassadeur lao" ≠ "ambassadeur vietnamien"),
// an acronym in brackets after the name it glosses, a country in brackets after a place (a note
// on where the place is: "de Hong Kong (Chine)" = "de Hong Kong"), abbreviations ("vice-PM" = "vice-Premier
// ministre", "SG" = "secrétaire général", "AE" = "Affaires étrangères", "AN" = "Assemblée
// nationale"), hyphenation ("vice Premier ministre" = "vice-Premier ministre"), words glued in
// the stored text and a small word it doubles ("de de").

import { COUNTRIES } from '../lib/knowledge/countries';
import { fold } from '../lib/text/fold';

/** folded nationality adjective → country code */
const ADJECTIVES = new Map(COUNTRIES.flatMap((c) => c.adjectives.map((a) => [fold(a), c.code] as const)));
/** folded country name → country code */
const NAMES = new Map(
  COUNTRIES.flatMap((c) => c.names.map((n) => [fold(n).replace(/\s*[-–]\s*/g, '-'), c.code] as const)),
);
/** The folded country names as one alternation, longest first, escaped for a RegExp. */
const NAME_ALTERNATION = [...NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
// "de Colombie", "du Vietnam", "de la Mongolie", "d'Indonésie", "des Etats-Unis", longest name first;
// also glued to the word before, as the stored text writes it at times ("ambassadeurd'Islande",
// "ambassadeurdu Guatemala")
const OF_COUNTRY = new RegExp(`(?:de la|de l'|de|du|des|d')\\s*(${NAME_ALTERNATION})(?![\\w-])`, 'g');
// a country's name in brackets after a place, saying where the place is ("chef de l'exécutif de
// Hong Kong (Chine)", "gouverneur du Gujarat (Inde)"): a note on the place, which either role may
// leave out (sameRole)
const BRACKETED_COUNTRY = new RegExp(`\\(\\s*(${NAME_ALTERNATION})\\s*\\)`, 'g');
// a country's name glued to the small word after it, as the stored text writes it at times
// ("ambassadeur de Bulgarieau Vietnam"): read apart, as VNA Lens's tokenizer reads it
const GLUED_COUNTRY = new RegExp(
  `(?<![\\w-])(${[...NAMES.keys()]
    .filter((n) => n.length >= 4 && /^[a-z]+$/.test(n))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=(?:et|en|au|aux|dans)(?![\\w-]))`,
  'g',
);
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bvice-pm\b/g, 'vice-premier ministre'],
  [/\bpm\b/g, 'premier ministre'],
  [/\bsg\b/g, 'secretaire general'],
  // ("des AE", "de l'AN"; not the provinces "Long An", "An Giang")
  [/\b(des|de l'|l')\s*ae\b/g, '$1 affaires etrangeres'],
  [/\b(de l'|l'|del'|a l')\s*an\b/g, '$1 assemblee nationale'],
  [/\bvice[\s-]+/g, 'vice-'],
  [/\bsous[\s-]+/g, 'sous-'],
];
const TERM =
  /(?:\s*,\s*|\s+)(?:pour\s+(?:le|la)\s+)?(?:mandat|législature|période)\s+\d{4}\s*[-–]\s*\d{4}\b|\s+(?:du|de la)\s+[XIVLC]+\s*(?:e|ᵉ|ème)?\s+(?:mandat|législature)\b/giu;
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur']);
/** A compound adjective written with spaces for its hyphens ("sri lankais", "sud coréen"). */
const SPACED_ADJECTIVE = new RegExp(
  `(?<![\\w-])(${[...ADJECTIVES.keys()]
    .filter((a) => a.includes('-'))
    .sort((a, b) => b.length - a.length)
    .map((a) => a.split('-').join('\\s+'))
    .join('|')})(?![\\w-])`,
  'g',
);

/** A role's words, without the countries it names, and those countries. */
export function roleParts(role: string): { words: string; countries: Set<string>; noted: Set<string> } {
  const countries = new Set<string>();
  /** countries said in brackets after a place: a note either role may leave out */
  const noted = new Set<string>();
  // an acronym glossing the name before it says nothing more ("de l'Assemblée nationale (AN)";
  // not "(2016-2021)")
  // (nor a term of office, which says when, not which function: "…, mandat 2019-2021", "… pour le
  // mandat 2020-2025", "… du XIVe mandat"; VNA Lens leaves it out of the role, as it leaves "(mandat
  // 2016-2021)")
  const original = role
    .normalize('NFC')
    .replace(/\s*\((?=[^)]*\p{Lu})\s*[\p{Lu}\d&.-]{2,12}\s*\)/gu, '')
    .replace(TERM, '');
  // "de <country>" where no capitalised word goes on ("de Vietnam Airlines" is a company's)
  let s = fold(original)
    .replace(GLUED_COUNTRY, (name: string, _n: string, at: number, all: string) =>
      // (not an adjective that opens on the name: "brunéien")
      ADJECTIVES.has(/^[\w]+/.exec(all.slice(at))?.[0] ?? '') ? name : `${name} `,
    )
    // (blanked to its own length: the offsets below read the original at the same places)
    .replace(BRACKETED_COUNTRY, (m: string, name: string) => {
      noted.add(NAMES.get(name) ?? name);
      return ' '.repeat(m.length);
    })
    .replace(OF_COUNTRY, (m: string, name: string, at: number) => {
      if (/^\s+\p{Lu}/u.test(original.slice(at + m.length))) return m;
      countries.add(NAMES.get(name) ?? name);
      return ' ';
    });
  s = s
    .replace(SPACED_ADJECTIVE, (m: string) => m.split(/\s+/).join('-'))
    .replace(/\u0000/g, '')
    .replace(/\s*[-–]\s*/g, '-')
    .replace(/[.,;:()«»"]/g, ' ')
    // a small word the stored text doubles ("secrétaire du du Comité central"), copied or not
    .replace(/(?<![\w'])(de|du|des|la|le|les|au|aux|en|et)(?:\s+\1)+(?![\w'])/g, '$1')
    .replace(/(?<![\w'])(l'|d')(?:\s*\1)+/g, '$1');
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  const words = s
    .replace(/'/g, "' ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/'$/, ''))
    .filter((w, i) => !(i === 0 && ARTICLES.has(w)))
    .filter((w) => {
      const code = ADJECTIVES.get(w);
      if (code) countries.add(code);
      return !code;
    });
  return { words: words.join(' ').trim(), countries, noted };
}

export function normaliseRole(role: string): string {
  return roleParts(role).words;
}

/**
 * `country`: the found entity's country. VNA Lens drops a nationality adjective from a role and
 * says it in that field ("l'ambassadeur vietnamien en Corée" → "ambassadeur en Corée", VN), so a
 * role naming other countries too is read with it.
 */
export function sameRole(found: string | null, stated: string | null, country?: string | null): boolean {
  if (!found || !stated) return found === stated;
  const [a, b] = [roleParts(found), roleParts(stated)];
  if (country && a.countries.size && b.countries.has(country)) a.countries.add(country);
  // spaces left out: the stored text glues words ("duministère", "Affairesétrangères") that the
  // annotation writes apart, as the annotators' agreement script (agreement.py) compares them
  let [wa, wb] = [a.words.replace(/\s+/g, ''), b.words.replace(/\s+/g, '')];
  // a nationality adjective glued to a word ("vice-ministre vietnamiendes Affaires étrangères",
  // "chef de la diplomatiebirmane") is read out of its glued word when the other role says it apart
  // (the found role's own country is the entity's: "Premier ministremaltais" of a Maltese is
  // "Premier ministre")
  if (wa !== wb) {
    const foundCountries = new Set(country ? [...a.countries, country] : a.countries);
    [wa, wb] = [ungluedAdjectives(wa, b.countries, a.countries), ungluedAdjectives(wb, foundCountries, b.countries)];
  }
  if (wa !== wb) return false;
  // a role that names no country matches either (the entity's country says it); two that name
  // countries must name the same ones
  const same = a.countries.size === b.countries.size && [...a.countries].every((c) => b.countries.has(c));
  // (a country in brackets after a place notes where the place is: either role may leave it out,
  // and two roles that both note one must note the same)
  const notedSame = !a.noted.size || !b.noted.size || [...a.noted].every((c) => b.noted.has(c));
  return notedSame && (!a.countries.size || !b.countries.size || same);
}

/** folded adjectives of each country code, longest first */
const ADJECTIVES_OF = new Map<string, string[]>();
for (const [adj, code] of ADJECTIVES) ADJECTIVES_OF.set(code, [...(ADJECTIVES_OF.get(code) ?? []), adj]);
for (const list of ADJECTIVES_OF.values()) list.sort((x, y) => y.length - x.length);

/**
 * `words` (spaces left out) without the adjectives of the countries the other role states, where
 * one is glued inside; each one taken out joins `own`, the countries this role names.
 */
function ungluedAdjectives(words: string, other: Set<string>, own: Set<string>): string {
  let out = words;
  for (const code of other) {
    if (own.has(code)) continue;
    const adj = ADJECTIVES_OF.get(code)?.find((x) => out.includes(x));
    if (!adj) continue;
    out = out.replace(adj, '');
    own.add(code);
  }
  return out;
}
