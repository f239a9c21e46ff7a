// From the tokens of a role to what is kept of it: its text (nationality adjectives, glosses, terms of
// office and a leading rank dropped, a plural title made singular) and its country (countryIn).

import { fold } from '../text/fold';
import { candCountry, type Doc, tokenText } from './doc';
import { ADJ_DICT } from './knowledge';
import { DECEASED, NEWLY, OWNERS, PLACE_TRIGGERS } from './lexicon';
import { articleBefore, capitalAfterPreposition } from './prepositions';
import {
  closingParen,
  isKindOfPerson,
  isPluralTitle,
  isPostPreposition,
  isRank,
  openingParen,
  PLACINGS,
} from './role-words';
import { isCompoundTail } from './tokens';

/**
 * "colonel, attaché militaire…": a rank heading a list of functions gives way to them; so does a
 * word that says only what kind of person holds them ("journaliste, rédacteur en chef du journal…",
 * "dirigeant, secrétaire de l'organisation du Parti…").
 */
function withoutLeadingRank(role: string | null): string | null {
  if (!role) return role;
  const comma = role.indexOf(', ');
  if (comma <= 0) return role;
  const first = role.slice(0, comma);
  // (not to a membership, which says less: "journaliste, membre de l'Association des journalistes")
  const rest = role.slice(comma + 2);
  return isRank(first) || (isKindOfPerson(first) && !/^membres?\b/i.test(rest)) ? rest : role;
}

/** Country named in tokens [a, b): country or organisation mention, or nationality adjective. */
export function countryIn(d: Doc, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const c = d.used[k];
    // "représentante de l'UNICEF au Vietnam": a country after "au"/"en" is the post, not the nationality
    if (c?.type === 'country' && isPostPreposition(d, c.a - 1)) continue;
    if (c && (c.type === 'country' || c.type === 'organization')) {
      if (withPartyAt(d, c.a)) continue;
      // ("la présidente de son Assemblée nationale": the body of the country said before, not the
      // one the knowledge base gives the name)
      if (c.type === 'organization' && OWNERS.has(d.toks[c.a - 1]?.f ?? '')) continue;
      const code = c.type === 'country' ? (c.kb?.country ?? null) : candCountry(c);
      if (code) return code;
    }
    // "le maire d'Osaka", "gouverneur de la province de Champassak": a known place's country
    // (or one whose name says it: "gouverneure d'Australie-Méridionale")
    const placeCountry = c?.type === 'place' ? (c.kb?.country ?? (c.via === 'world-place' ? c.country : null)) : null;
    if (placeCountry && c?.a === k && !isPostPreposition(d, k - 1)) return placeCountry;
    // ("Association germano-vietnamienne": a compound's last half is not a nationality)
    // (a community's adjective names its people or its language: "ministre-président de la
    // Communauté française de Belgique" is Belgian)
    if (!c && !isCompoundTail(d.toks, k) && !/^communaut/.test(d.toks[k - 1]?.f ?? '')) {
      const m = ADJ_DICT.match(d.toks, k);
      if (m && m.end <= b) return m.ref;
    }
  }
  return null;
}

/**
 * "chargé des relations avec le Laos et la Thaïlande", "… avec le Parti communiste du Vietnam": a
 * country or a body "avec" governs (alone or in a list after it) is the other party of the remit,
 * not the holder's nationality.
 */
function withPartyAt(d: Doc, a: number): boolean {
  let k = a - 1;
  for (let terms = 0; terms < 6 && k >= 0; terms++) {
    k = articleBefore(d.toks, k);
    const f = d.toks[k]?.f;
    if (f === 'avec') return true;
    if (f !== 'et' && f !== ',') return false;
    const before = d.used[k - 1];
    if (!before || (before.type !== 'country' && before.type !== 'place')) return false;
    k = before.a - 1;
  }
  return false;
}

/**
 * "la communauté française de Belgique", "la communauté vietnamienne de France": an adjective
 * followed by "de" and a country qualifies its noun (a language, a diaspora); it is part of the role.
 */
function ofCountryAt(d: Doc, k: number): boolean {
  const t = d.toks;
  let j = k;
  if (t[j]?.f === 'de' && t[j + 1]?.f === 'la') j += 2;
  else if (t[j]?.f === 'd' && t[j + 1]?.f === "'") j += 2;
  else if (['de', 'du', 'des'].includes(t[j]?.f ?? '')) j++;
  else return false;
  return j > k && d.used[j]?.type === 'country';
}

/** Tokens of [a, b) that are nationality adjectives (dropped from a role: the country field says it). */
function adjectiveTokens(d: Doc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let k = a; k < b; k++) {
    // an organisation's mention may end on its adjective ("Assemblée nationale lao")
    if (d.used[k] && d.used[k]?.type !== 'organization') continue;
    if (isCompoundTail(d.toks, k)) continue;
    // ("… Thai Son": a capitalised word before another is a syllable of a name, not "thaï")
    if (d.toks[k]?.cap && d.toks[k + 1]?.cap && d.toks[k + 1]?.kind === 'w') continue;
    const m = ADJ_DICT.match(d.toks, k);
    // ... only at its end: "Service des affaires étrangères de Thai Nguyen" keeps "Thai"
    // (and not when the name has it: "Conseil National Palestinien", or a form of a known name
    // that the text wrote: "Parti communiste brésilien" for the Parti communiste du Brésil)
    const held = d.used[k];
    const last = d.toks[m?.end ? m.end - 1 : k]?.f ?? '';
    const named = (n: string) => {
      const f = fold(n);
      const at = f.length - last.length;
      // the whole last word ("… palestinien", "… sud-coréen"), not its end ("… lao" in "Palao")
      return at >= 0 && f.endsWith(last) && (at === 0 || /[\s'-]/.test(f.charAt(at - 1)));
    };
    if (m && held && (m.end !== held.b || named(held.canonical) || held.kb?.variants.some(named))) continue;
    // "roi des Belges": after an article the word names the people, a noun of the role
    const people = d.toks[k - 1]?.f === 'des' || d.toks[k - 1]?.f === 'les';
    // ("consule … dans la ville de Chennai, de l'État indien de Tamil Nadu", "maire de la ville
    // italienne Palerme": a place's own adjective, between its designation and its name, is the
    // place's, part of the role)
    const placeOwn =
      PLACE_TRIGGERS.has(d.toks[k - 1]?.f ?? '') &&
      !!m &&
      (capitalAfterPreposition(d.toks, m.end) || (m.end < b && !!d.toks[m.end]?.cap));
    if (m && m.end <= b && !people && !placeOwn && !ofCountryAt(d, m.end)) {
      for (let j = k; j < m.end; j++) out.add(j);
      k = m.end - 1;
    }
  }
  return out;
}

// ("président du Parti Amanat au pouvoir": that a named party rules says which one it is now, not
// of what the holder is; "secrétaire général du parti au pouvoir", "… du Parti au pouvoir" name it
// so and keep it: the word before must be the name's own, not the generic head VNA capitalises)
const IN_POWER =
  /(?<!\p{L})(?!(?:Parti|Front|Mouvement|Union|Ligue|Alliance|Congrès|Rassemblement)\s)(\p{Lu}[\p{L}\d]*\)?)\s+au\s+pouvoir(?!\p{L})/u;

/** Small words the stored text may write twice running ("de de", "la la"). */
const DOUBLED_SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'au', 'aux', 'en', 'et', 'a']);

export function roleText(d: Doc, a: number, b: number): string | null {
  // "le défunt président": that the holder has died is not part of the function
  // nor that the holder is new to it ("le nouveau secrétaire")
  while (a < b - 1 && (DECEASED.has(d.toks[a]?.f ?? '') || NEWLY.has(d.toks[a]?.f ?? ''))) a++;
  // ("président de la région de Bratislava (Slovaquie)": the country in brackets glosses a place)
  const open = d.toks[b - 1]?.f === ')' ? openingParen(d, b - 1) : -1;
  if (open > a && d.used[open + 1]?.type === 'country' && d.used[open + 1] === d.used[b - 2]) b = open;
  const adj = adjectiveTokens(d, a, b);
  // ("les vice-ministres vietnamien et koweïtien des AE": the words that join two nationalities go
  // with them; each holder has one, read by nationalitiesListed)
  for (let k = a + 1; k < b - 1; k++)
    if ((d.toks[k]?.f === 'et' || d.toks[k]?.f === ',') && adj.has(k - 1) && adj.has(k + 1)) adj.add(k);
  // ("des Moudjahidine (anciens combattants)": a French gloss explains the role; it is no part of it)
  const gloss = glossTokens(d, a, b);
  // Keep a nationality adjective only when it is the whole role ("le dirigeant lao" → "dirigeant").
  // ("le roi du Bhoutan - Jigmé …": a dash set before the name, as a comma is, is not the role's)
  // ("vice-présidente de de l'Assemblée nationale": a small word the stored text doubles is written
  // once; not a name that opens on it, "directeur général de De Heus Vietnam")
  const doubled = (k: number) =>
    k > a &&
    d.toks[k]?.kind === 'w' &&
    !d.toks[k]?.cap &&
    DOUBLED_SMALL.has(d.toks[k]?.f ?? '') &&
    d.toks[k - 1]?.f === d.toks[k]?.f;
  const text = tokenText(d, a, b, (k) => adj.has(k) || gloss.has(k) || doubled(k))
    .replace(/\s*[,\u2013\u2014-]$/, '')
    .replace(TERM_OF_OFFICE, '')
    .replace(IN_POWER, '$1');
  return withoutLeadingRank(singular(d, a, text) || null);
}

/**
 * "les vice-ministres vietnamien et koweïtien des AE, X et Y": the countries of nationality
 * adjectives joined by "et" or commas in [a, b), in the order written (the holders are named in
 * that order); empty when no two are joined.
 */
export function nationalitiesListed(d: Doc, a: number, b: number): string[] {
  const adj = adjectiveTokens(d, a, b);
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    if (!adj.has(k)) continue;
    const m = ADJ_DICT.match(d.toks, k);
    if (!m) continue;
    const joined = out.length === 0 || d.toks[k - 1]?.f === 'et' || d.toks[k - 1]?.f === ',';
    if (!joined) return [];
    out.push(m.ref);
    k = m.end - 1;
    if (d.toks[k + 1]?.f !== 'et' && d.toks[k + 1]?.f !== ',') break;
    k++;
  }
  return out.length > 1 ? out : [];
}

/**
 * When a function is held, said in brackets at a role's end, is an aside: "(2022-2024)", "(14e
 * mandat)" (not "membre du CC du XIIe mandat", which names the committee).
 */
const TERM_OF_OFFICE = /,?\s*\((?:[^()]*\bmandat\b[^()]*|\s*\d{4}\s*[-–]\s*\d{4}\s*)\)$/u;

/**
 * "les nouveaux ambassadeurs du Cambodge, Chay Navuth, …": a role stated in the plural for a list
 * of names is, for each of them, the singular function.
 */
export function singular(d: Doc, a: number, text: string): string {
  // ("vice-ministres": the plural may be past a hyphen)
  const k = d.toks[a + 1]?.f === '-' ? a + 2 : a;
  const t = d.toks[k];
  if (t?.kind !== 'w' || !isPluralTitle(t.f)) return text;
  // every word of the title up to its complement: "Premiers ministres" → "Premier ministre"
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^(?:de|du|des|d'|de l'|la|le|l')/.test(w)) break;
    if (w.length > 3 && w.endsWith('s')) words[i] = w.slice(0, -1);
  }
  return words.join(' ');
}

/** Tokens of the lower-case glosses in parentheses inside [a, b), parentheses included. */
function glossTokens(d: Doc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let k = a; k < b; k++) {
    if (d.toks[k]?.f !== '(') continue;
    const close = closingParen(d, k);
    if (close < 0 || close >= b || close - k > 5 || !frenchGlossAt(d, k + 1, close)) continue;
    // ("(par intérim)": how the function is held, said of it; kept)
    if (d.toks.slice(k + 1, close).some((t) => t.f === 'interim')) continue;
    for (let m = k; m <= close; m++) out.add(m);
    k = close;
  }
  return out;
}

/**
 * "(anciens combattants)": lower-case French words glossing the capitalised word before them, or
 * the body named by a capitalised word and its adjective ("Conseil consultatif (chambre haute)").
 */
export function frenchGlossAt(d: Doc, a: number, b: number): boolean {
  const before = d.toks[a - 2];
  if (!before?.cap && !(before?.kind === 'w' && d.toks[a - 3]?.cap && d.toks[a - 3]?.kind === 'w')) return false;
  for (let m = a; m < b; m++) {
    const t = d.toks[m];
    if (t?.kind !== 'w' || t.cap || PLACINGS.has(t.f)) return false;
  }
  return b > a;
}
