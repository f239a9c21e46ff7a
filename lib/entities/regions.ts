// Regions of the world the knowledge base knows ("Afrique", "Asie du Sud") and how far their name
// goes: a cardinal point after them is part of it ("Afrique de l'Ouest", "Asie du Sud-Ouest").
// Organisation and place rules read them as one complement ("Communauté économique des États de
// l'Afrique de l'Ouest").

import { CONTINENTS } from '../knowledge/places';
import { type Doc, heldEnd } from './doc';
import { KB_DICT } from './knowledge';
import { prepLength } from './prepositions';

/** "australe", "orientale": cardinal adjectives that end a region's name ("occidental" of the Pacific, a masculine one). */
const POINT_ADJECTIVES = new Set([
  'austral',
  'central',
  'oriental',
  'occidental',
  'septentrional',
  'meridional',
  'boreal',
  'australe',
  'australes',
  'centrale',
  'orientale',
  'occidentale',
  'septentrionale',
  'meridionale',
  'boreale',
]);
/** First words of the continents' names ("moyen" of "Moyen-Orient"): two joined make one region. */
const CONTINENT_WORDS = new Set(CONTINENTS.map((c) => c.split('-')[0]));
const POINTS = new Set(['nord', 'sud', 'est', 'ouest', 'sud-est', 'sud-ouest', 'nord-est', 'nord-ouest']);

/** A free cardinal adjective at k ("Afrique australe", "Poméranie occidentale"): part of the name before it. */
export function pointAdjectiveAt(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return t?.kind === 'w' && !t.cap && POINT_ADJECTIVES.has(t.f) && !doc.used[k];
}

/**
 * Adjectives of a continent's area: its tongue ("francophone"), its side of the Sahara; singular, as
 * the continent is ("les pays d'Afrique francophones" are francophone countries).
 */
const AREA_ADJECTIVES = /^(?:franco|anglo|luso|hispano|arabo)phone$|^subsaharienne$/;

/**
 * "Afrique de l'Ouest", "Asie du Sud-Ouest": where a region of the world the knowledge base found
 * at k ends, with a cardinal point after it. -1 if no region starts at k.
 */
export function regionEnd(doc: Doc, k: number): number {
  const held = doc.used[k];
  if (held?.type !== 'place' || held.via !== 'kb' || held.a !== k || held.kb?.country) return -1;
  const e = heldEnd(doc, k);
  const toks = doc.toks;
  // "Asie du Sud-Ouest" where the knowledge base knows "Asie du Sud"
  if (toks[e]?.f === '-' && POINTS.has(`${toks[e - 1]?.f}-${toks[e + 1]?.f}`)) return e + 2;
  // "Asie-Afrique", "région Afrique-Moyen-Orient": two regions of the world joined make one
  const dash = toks[e];
  if (
    dash?.f === '-' &&
    dash.s === toks[e - 1]?.e &&
    toks[e + 1]?.s === dash.e &&
    CONTINENT_WORDS.has(toks[k]?.f ?? '')
  ) {
    const next = KB_DICT.match(toks, e + 1, (j) => !doc.used[j]);
    if (next?.ref.type === 'place' && !next.ref.country && CONTINENT_WORDS.has(toks[e + 1]?.f ?? '')) return next.end;
  }
  // "Afrique australe", "Asie centrale", "Europe orientale": a cardinal adjective
  if (pointAdjectiveAt(doc, e)) return e + 1;
  // "l'Afrique francophone", "l'Afrique subsaharienne": a continent's part named by its tongue or
  // its side of the Sahara
  const next = toks[e];
  if (
    CONTINENT_WORDS.has(toks[k]?.f ?? '') &&
    next?.kind === 'w' &&
    !next.cap &&
    !doc.used[e] &&
    AREA_ADJECTIVES.test(next.f)
  )
    return e + 1;
  return cardinalPointEnd(doc, e);
}

/** "du Nord", "de l'Ouest", "du Sud-Est" at e: where that cardinal point ends, else e. */
export function cardinalPointEnd(doc: Doc, e: number): number {
  const toks = doc.toks;
  const p = prepLength(toks, e);
  const point = p ? toks[e + p] : undefined;
  if (!point?.cap || doc.used[e + p]) return e;
  // "Sud-Ouest" is three tokens
  let f = point.f;
  let n = 1;
  if (toks[e + p + 1]?.f === '-' && toks[e + p + 2]) {
    f = `${f}-${toks[e + p + 2]?.f}`;
    n = 3;
  }
  return POINTS.has(f) ? e + p + n : e;
}
