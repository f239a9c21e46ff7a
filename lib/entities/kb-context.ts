// Knowledge-base matches checked in their context: a known name is not always that name ("Le
// Quang Ninh" may be the article and a place, "Milan Kundera" a person, "la Dominique" a country
// only after "de la"), and a known person may carry honorifics before the name.

import { countryInContext, needsContext } from '../knowledge/countries';
import { type Cand, type Doc, makeCand } from './doc';
import type { KbEntry } from './knowledge';
import { HONORIFICS, NOT_NAME, PLACE_PREPOSITIONS, VN_SURNAMES, VN_SYLLABLE } from './lexicon';
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
  while (k > 0) {
    const t = doc.toks[k - 1];
    if (t?.kind !== 'w' || !t.cap || !HONORIFICS.has(t.f)) break;
    k--;
  }
  return k;
}

/** Is the KB place/country at [a, b) really the tail of a Vietnamese person name ("Nguyen Binh Dinh")? */
export function insidePersonName(doc: Doc, a: number): boolean {
  const p = doc.toks[a - 1];
  if (p?.kind !== 'w' || !p.cap || doc.used[a - 1]) return false;
  let k = a - 1;
  // (not past an acronym: "le vice-PM Nguyên Hoa Binh")
  while (k > 0 && doc.toks[k - 1]?.kind === 'w' && doc.toks[k - 1]?.cap && !doc.toks[k - 1]?.upper && a - k < 3) k--;
  const first = doc.toks[k];
  if (!first || !VN_SURNAMES.has(first.f) || first.upper) return false;
  // "Le Quang Ninh attire…", "Au Caire, …": a French word written without diacritics before a
  // known place is that word, not the surname (Lê, Âu)
  const raw = doc.text.slice(first.s, first.e);
  return !(NOT_NAME.has(first.f) && /^[A-Za-z]+$/.test(raw));
}

/**
 * "Phan Thiet Hung", "Mai Chau Anh": a place whose first word is a Vietnamese family name, followed
 * by a syllable that continues a name (not one that opens another: "de Ha Long Nguyen Van A"), is
 * the start of a person's name.
 */
export function placeOpensPersonName(doc: Doc, a: number, end: number): boolean {
  const next = doc.toks[end];
  return (
    VN_SURNAMES.has(doc.toks[a]?.f ?? '') &&
    next?.kind === 'w' &&
    next.cap &&
    !next.upper &&
    VN_SYLLABLE.test(next.f) &&
    !VN_SURNAMES.has(next.f) &&
    next.s === (doc.toks[end - 1]?.e ?? 0) + 1
  );
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
