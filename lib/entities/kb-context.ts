// Knowledge-base matches checked in their context: a known name is not always that name ("Le
// Quang Ninh" may be the article and a place, "Milan Kundera" a person, "la Dominique" a country
// only after "de la"), and a known person may carry honorifics before the name.

import { countryInContext, needsContext } from '../knowledge/countries';
import { type Cand, type Doc, isVnSyllable, makeCand } from './doc';
import { GIVEN_NAMES } from './given-names';
import { KB_DICT, type KbEntry } from './knowledge';
import {
  CIVILITIES,
  HONORIFICS,
  honorificAt,
  NOT_NAME,
  PLACE_PREPOSITIONS,
  PROFESSIONS,
  TITLE_WORDS,
  VN_SURNAMES,
} from './lexicon';
import { prepLength } from './prepositions';

export function kbCand(doc: Doc, a: number, b: number, e: KbEntry, via: string): Cand {
  const c = makeCand(doc, a, b, e.type, e.name, via);
  c.id = e.id;
  c.kb = e;
  return c;
}

/** Honorifics right before a KB person: "Samdech Techo Hun Sen" is an alias. */
export function honorificStart(doc: Doc, a: number): number {
  let k = a;
  while (k > 0 && honorificAt(doc.toks, k - 1)) k--;
  return k;
}

/** Is the KB place/country at [a, b) really the tail of a Vietnamese person name ("Nguyen Binh Dinh")? */
export function insidePersonName(doc: Doc, a: number): boolean {
  const p = doc.toks[a - 1];
  if (p?.kind !== 'w' || !p.cap || doc.used[a - 1]) return false;
  // "Cecile La Grenade": a given name right before it (past a capitalised article), and the name
  // goes on no further: a family name that is a country's or a place's
  const given = p.f === 'la' || p.f === 'le' || p.f === 'de' ? doc.toks[a - 2] : p;
  if (
    given?.kind === 'w' &&
    given.cap &&
    !given.upper &&
    GIVEN_NAMES.has(given.f) &&
    !doc.used[a - (given === p ? 1 : 2)]
  )
    return true;
  // up to three capitalised words back, not past a civility or an acronym ("Mme Nguyen Thi Mai
  // Chau", "le vice-PM Nguyên Hoa Binh"): one of them a family name
  for (let k = a - 1; k >= 0 && a - k <= 3; k--) {
    const t = doc.toks[k];
    if (t?.kind !== 'w' || !t.cap || t.upper || doc.used[k] || CIVILITIES.has(t.f) || HONORIFICS.has(t.f)) break;
    if (!VN_SURNAMES.has(t.f)) continue;
    // "Le Quang Ninh attire…", "Au Caire, …": a French word written without diacritics before a
    // known place is that word, not the surname (Lê, Âu)
    const raw = doc.text.slice(t.s, t.e);
    if (!(NOT_NAME.has(t.f) && /^[A-Za-z]+$/.test(raw))) return true;
    // (inside a sentence French writes no capitalised article: "…; Le Hoa Binh, ancien
    // président…", "Trinh Xuan Thanh et Le Thanh Hoa" name a Lê before Vietnamese syllables)
    if (
      k === a - 1 &&
      (t.f === 'le' || t.f === 'la') &&
      midSentence(doc, k) &&
      vnSyllables(doc, a, 2) &&
      personCue(doc, k, a + 2)
    )
      return true;
  }
  return false;
}

/** Does k stand inside a sentence: after a word, a comma or a semicolon, set apart by a space? */
function midSentence(doc: Doc, k: number): boolean {
  const prev = doc.toks[k - 1];
  const t = doc.toks[k];
  return !!prev && !!t && t.s > prev.e && (prev.kind === 'w' || prev.f === ',' || prev.f === ';');
}

/**
 * Does the text say the words at [k, e) name a person: a title, a trade or a civility before them,
 * a function, an age or a relative clause set off after them, or another Vietnamese name they are
 * listed with? Not "l'hôtel La Ha Long", "le club Le Hai Phong".
 */
function personCue(doc: Doc, k: number, e: number): boolean {
  const toks = doc.toks;
  // (a title, a trade or a civility right before: "l'ancien vice-ministre Le Thanh Hoa", "le peintre…",
  // "M. Le Thanh Hoa", "l'accusé Le Thanh Hoa")
  const before = toks[k - 1];
  if (
    before?.kind === 'w' &&
    !before.cap &&
    (TITLE_WORDS.has(before.f) || PROFESSIONS.has(before.f) || ON_TRIAL.test(before.f))
  )
    return true;
  if (before && CIVILITIES.has(before.f === '.' ? (toks[k - 2]?.f ?? '') : before.f)) return true;
  // (set off after it: a function, an age, a relative clause — "…, ancien président", "…, 46 ans",
  // "…, qui a reconnu les faits")
  if (toks[e]?.f === ',') {
    const next = toks[e + 1];
    if (
      next?.kind === 'w' &&
      !next.cap &&
      (TITLE_WORDS.has(next.f) || /^(?:ancien(?:ne)?|nee?|agee?|qui)$/.test(next.f))
    )
      return true;
    if (next?.kind === 'n' && toks[e + 2]?.f === 'ans') return true;
  }
  // (listed with another Vietnamese name, before or after it: "Trinh Xuan Thanh et Le Thanh Hoa",
  // "Le Thanh Hoa, Pham Van Duc et…")
  const surname = (j: number, n: number) => VN_SURNAMES.has(toks[j]?.f ?? '') && vnSyllables(doc, j, n);
  const link = toks[k - 1]?.f;
  if ((link === 'et' || link === ',') && (surname(k - 4, 3) || surname(k - 3, 2))) return true;
  const next = toks[e]?.f;
  return (next === 'et' || next === ',') && (surname(e + 1, 3) || surname(e + 1, 2));
}
/** Someone on trial, named so before the name: "l'accusé", "les prévenus". */
const ON_TRIAL = /^(?:accusee?s?|prevenue?s?|condamnee?s?|inculpee?s?|suspecte?s?|laureate?s?)$/;

/** n capitalised Vietnamese syllables from a ("Hoa Binh"), the known place's words. */
function vnSyllables(doc: Doc, a: number, n: number): boolean {
  for (let k = a; k < a + n; k++) if (!isVnSyllable(doc, k)) return false;
  return true;
}

/**
 * Is the company at [a, b) a word of a longer name: after a title ("le directeur général Mitsui
 * Takeshi" is a person) or a given name ("Juan Bosch"), or before another capitalised word of the
 * same name ("FPT Software", "Vinhomes Ocean Park") that is no country or place ("Samsung Vietnam"
 * is the firm in Vietnam)?
 */
export function companyWordOfLongerName(doc: Doc, a: number, b: number): boolean {
  const before = doc.toks[a - 1];
  if (before?.kind === 'w' && !before.cap && TITLE_WORDS.has(before.f)) return true;
  // "Juan Bosch", "Robert Bosch": after a given name, a family name
  if (before?.kind === 'w' && before.cap && GIVEN_NAMES.has(before.f) && (doc.toks[a]?.s ?? 0) === before.e + 1)
    return true;
  const next = doc.toks[b];
  const last = doc.toks[b - 1];
  if (next?.kind !== 'w' || !next.cap || !last || next.s !== last.e + 1 || NOT_NAME.has(next.f)) return false;
  const known = KB_DICT.match(doc.toks, b);
  return known?.ref.type !== 'country' && known?.ref.type !== 'place';
}

/** A complement naming whose a body is at k: a preposition, then a name ("de l'ASEAN", "du Laos"). */
export function complementAfter(doc: Doc, k: number): boolean {
  const p = prepLength(doc.toks, k);
  const w = doc.toks[k + p];
  return p > 0 && w?.kind === 'w' && w.cap;
}

/** Is the one-word place at i followed by a capitalised name, with no preposition before it? */
export function firstNameHere(doc: Doc, i: number): boolean {
  const t = doc.toks[i];
  const next = doc.toks[i + 1];
  if (!t || next?.kind !== 'w' || !next.cap || next.upper || doc.used[i + 1] || NOT_NAME.has(next.f)) return false;
  if (next.s !== t.e + 1) return false;
  const prev = doc.toks[i - 1];
  return !(prev && PLACE_PREPOSITIONS.has(prev.f === "'" ? (doc.toks[i - 2]?.f ?? '') : prev.f));
}

/** A country name that is also a first name or a common word counts only in context. */
export function countryHere(doc: Doc, a: number, b: number): boolean {
  const key = doc.toks
    .slice(a, b)
    .map((t) => t.f)
    .join(' ');
  if (!needsContext(key)) return true;
  const first = doc.toks[a];
  const last = doc.toks[b - 1];
  return !!first && !!last && countryInContext(doc.text, first.s, last.e);
}

const COMPOUND_LINKS = new Set(['de', 'du', 'des', 'en', 'sur', 'la', 'le', 'les', 'et', 'lez', 'sous']);

/** "Hauts-de-France", "Aix-en-Provence": the place at i ends a name hyphened to a lower-case link. */
export function insideHyphenedName(doc: Doc, i: number): boolean {
  const [dash, word] = [doc.toks[i - 1], doc.toks[i - 2]];
  const t = doc.toks[i];
  // (not a prefix: "l'ex-Birmanie", "anti-Chine")
  return (
    !!t && dash?.f === '-' && dash.e === t.s && word?.kind === 'w' && COMPOUND_LINKS.has(word.f) && word.e === dash.s
  );
}
