// Places of the world the knowledge base does not list: provinces, prefectures, states and big
// cities (lib/knowledge/world-places.data.ts). VNA names them bare, with nothing else to say what
// they are ("Vinh Long et Niigata ont signé", "des localités chinoises telles que le Guangdong et le
// Jilin"). A capitalised run that nothing else made a person or a place is one when it is such a
// name, whole, and reads as no French word and no given name on the page.

import { WORLD_PLACES } from '../knowledge/world-places.data';
import { foldKey } from '../text/fold';
import { type Cand, type Doc, makeCand, tokenText } from './doc';
import { GIVEN_NAMES } from './given-names';
import { CIVILITIES, isHead, ORG_TRIGGERS, TITLE_WORDS } from './lexicon';
import { cardinalPointEnd } from './regions';
import { roleBefore } from './roles';
import { isSentenceStart } from './tokens';

let keys: Map<string, string> | null = null;

/** Folded name → country, built on first use: about 4,100 names, a few milliseconds. */
function worldKeys(): Map<string, string> {
  if (keys) return keys;
  keys = new Map();
  for (const line of WORLD_PLACES.split('\n')) {
    const country = line.slice(0, 2);
    for (const name of line.slice(3).split('|')) keys.set(foldKey(name), country);
  }
  return keys;
}

/** Words after which a capitalised name is a person's or a body's, not a place. */
function namedByWordBefore(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  // "le général de Castries", "le vice-président Rivers", "la Banque Essen", "le club Genoa"
  const k = toks[a - 1]?.f === 'de' && !toks[a - 1]?.cap ? a - 2 : a - 1;
  const w = toks[k];
  if (w?.kind !== 'w') return false;
  return TITLE_WORDS.has(w.f) || CIVILITIES.has(w.f) || ORG_TRIGGERS.has(w.f) || isHead(w) || NAMED_AFTER.has(w.f);
}
/** Nouns a name follows as that of a thing or a team: "le club Genoa", "la sauce Tabasco". */
const NAMED_AFTER = new Set([
  'club',
  'equipe',
  'sauce',
  'the',
  'marque',
  'produit',
  'navire',
  'bateau',
  'film',
  'projet',
]);

/**
 * The run [a, b) as a place of the world, or null. Its country is kept apart (worldCountry): it is
 * the page's only when the page names that country too.
 */
export function worldPlace(doc: Doc, a: number, b: number, lowerSeen: Set<string>, marked = false): Cand | null {
  if (b - a > 6) return null;
  const text = tokenText(doc, a, b);
  const country = worldPlaceCountry(text);
  if (!country) return null;
  const first = doc.toks[a];
  if (!first || namedByWordBefore(doc, a)) return null;
  // a title before it or a given name opening it make a person's name ("le vice-président Rivers",
  // "Paul", "Álvaro Obregón"), unless the name is marked a place's by its article or its cardinal
  // point ("le maire de La Paz", "en Caroline du Nord"); a word the page writes in lower case, or
  // one opening a sentence, may be French ("Union", "Delta")
  if (!marked && (roleBefore(doc, a).role || GIVEN_NAMES.has(first.f))) return null;
  if (b - a === 1 && (lowerSeen.has(first.f) || isSentenceStart(doc.toks, a))) return null;
  return worldPlaceCand(doc, a, b, country);
}

/** The run [a, b) as a place of the world of that country (its country kept apart: worldCountry). */
export function worldPlaceCand(doc: Doc, a: number, b: number, country: string): Cand {
  const c = makeCand(doc, a, b, 'place', tokenText(doc, a, b), 'world-place', null);
  c.worldCountry = country;
  return c;
}

/**
 * "Dar es Salaam", "Rio de Janeiro", "Mar del Plata": two capitalised runs joined by one or two
 * small words make one place of the world when the whole is its name.
 */
export function worldPlaceAcross(
  doc: Doc,
  a: number,
  b: number,
  next: [number, number] | undefined,
  lowerSeen: Set<string>,
): Cand | null {
  const n = next ? next[0] - b : 0;
  if (!next || n < 1 || smallWordsAt(doc, b) < n) return null;
  return worldPlace(doc, a, next[1], lowerSeen);
}

/** "Nouvelle-Galles du Sud", "Gyeongsang du Nord": a place of the world named with its cardinal point. */
export function worldPlaceWithPoint(doc: Doc, a: number, b: number, lowerSeen: Set<string>): Cand | null {
  const e = cardinalPointEnd(doc, b);
  return e > b ? worldPlace(doc, a, e, lowerSeen, true) : null;
}

/**
 * "La Paz", "La Valette", "Le Cap", "Los Angeles": a place of the world whose name opens on an
 * article, which French capitalises there and nowhere else (the run at [a, b) starts after it).
 */
export function worldPlaceAfterArticle(doc: Doc, a: number, b: number, lowerSeen: Set<string>): Cand | null {
  const article = doc.toks[a - 1];
  if (article?.kind !== 'w' || !article.cap || !PLACE_ARTICLES.has(article.f) || doc.used[a - 1]) return null;
  if (article.e >= (doc.toks[a]?.s ?? 0)) return null;
  return worldPlace(doc, a - 1, b, lowerSeen, true);
}
/** The articles French capitalises inside a place's name and reads as words elsewhere (runs.ts). */
const PLACE_ARTICLES = new Set(['la', 'le', 'les']);

/** "es", "de", "del" at k: how many small lower-case words (up to two) join a place's name there. */
export function smallWordsAt(doc: Doc, k: number): number {
  let n = 0;
  while (n < 2) {
    const t = doc.toks[k + n];
    if (t?.kind !== 'w' || t.cap || t.f.length > 3) break;
    n++;
  }
  return n;
}

/**
 * "Le réalisateur Hayao Miyazaki … le film de Miyazaki": a one-word world place that is a word of
 * a person's name on the page is that person (Japanese prefectures and Mexican states are common
 * family names).
 */
export function personWordsOf(cands: Cand[]): Set<string> {
  const words = new Set<string>();
  for (const c of cands)
    if (c.type === 'person' && !c.dropped) for (let k = c.a; k < c.b; k++) words.add(c.doc.toks[k]?.f ?? '');
  return words;
}

/** The country of a place found by a rule ("la préfecture de Niigata"), when the data has its name. */
export function worldPlaceCountry(name: string): string | null {
  return worldKeys().get(foldKey(name)) ?? null;
}
