// Is a found role the role the text states? Compared after normalising how French VNA text writes
// the same function: case, diacritics, articles, nationality adjectives (the entity's country says
// them) and the same country said as a complement ("président de Colombie" = "président colombien"),
// an acronym in brackets after the name it glosses, abbreviations ("vice-PM" = "vice-Premier
// ministre", "SG" = "secrétaire général", "AE" = "Affaires étrangères", "AN" = "Assemblée
// nationale"), hyphenation ("vice Premier ministre" = "vice-Premier ministre") and words glued in
// the stored text.

import { COUNTRIES } from '../lib/knowledge/countries';
import { fold } from '../lib/text/fold';

const ADJECTIVES = new Set(COUNTRIES.flatMap((c) => c.adjectives.map((a) => fold(a))));
// "de Colombie", "du Vietnam", "de la Mongolie", "d'Indonésie", "des Etats-Unis", longest name first
const COUNTRY_NAMES = COUNTRIES.flatMap((c) =>
  c.names.map((n) =>
    fold(n)
      .replace(/[’`]/g, "'")
      .replace(/\s*[-–]\s*/g, '-'),
  ),
)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const OF_COUNTRY = new RegExp(`\\b(?:de la|de l'|de|du|des|d')\\s*(?:${COUNTRY_NAMES.join('|')})(?![\\w-])`, 'g');
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
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur']);

/** Without "de <country>" where no capitalised word goes on ("de Vietnam Airlines" is a company's). */
function withoutCountryComplements(folded: string, original: string): string {
  return folded.replace(OF_COUNTRY, (m: string, at: number) =>
    /^\s+\p{Lu}/u.test(original.slice(at + m.length)) ? m : ' ',
  );
}

export function normaliseRole(role: string): string {
  // an acronym glossing the name before it says nothing more ("de l'Assemblée nationale (AN)")
  const original = role.normalize('NFC').replace(/\s*\(\s*[\p{Lu}\d&.-]{2,12}\s*\)/gu, '');
  let s = withoutCountryComplements(fold(original), original).replace(/\u0000/g, '');
  s = s
    .replace(/[’`]/g, "'")
    .replace(/\s*[-–]\s*/g, '-')
    .replace(/[.,;:()«»"]/g, ' ');
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  const words = s
    .replace(/'/g, "' ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/'$/, ''))
    .filter((w, i) => !(i === 0 && ARTICLES.has(w)))
    .filter((w) => !ADJECTIVES.has(w));
  return words.join(' ').trim();
}

export function sameRole(found: string | null, stated: string | null): boolean {
  if (!found || !stated) return found === stated;
  // spaces left out: the stored text glues words ("duministère", "Affairesétrangères") that the
  // annotation writes apart, as the annotators' agreement script (agreement.py) compares them
  const bare = (r: string) => normaliseRole(r).replace(/\s+/g, '');
  return bare(found) === bare(stated);
}
