// Names that go on past a common head: an organisation's complement ("Comité mixte Vietnam - Laos",
// "Union des jeunes de Mongolie", "Conseil d'affaires Inde-ASEAN") and places named by a common
// noun ("aéroport international de Tan Son Nhat", "port de Cai Mep", "pont de l'amitié Vietnam -
// Laos"). Countries and places inside these names were already found by the knowledge base: the
// longer name takes their tokens over (index.ts drops the shorter candidates).

import { CONTINENTS } from '../knowledge/places';
import { type Cand, type Doc, heldEnd, isFree, makeCand, tokenText } from './doc';
import { GIVEN_NAMES } from './given-names';
import { ADJ_DICT } from './knowledge';
import {
  COUNT_WORDS,
  DEDICATION_TITLES,
  FACILITY_NOUNS,
  FIELDS_OF_GOVERNMENT,
  isHead,
  looksAdjective,
  NOT_NAME,
  PLACE_ADJECTIVES,
  PLACE_TRIGGERS,
  STATE_ADJECTIVES,
  TITLE_WORDS,
  VN_SYLLABLE,
} from './lexicon';
import { articleBefore, articleLength, prepBefore, prepLength } from './prepositions';
import { initialLetterAt, isSentenceStart, isSonSyllable, personStartsAt, type Token } from './tokens';
import { VESSELS } from './vessels';
import { smallWordsAt, worldPlaceCountry } from './world-places';

/** Tokens free, or held by a knowledge-base country/place/organisation that a longer name may take. */
function takeable(doc: Doc, k: number): boolean {
  const c = doc.used[k];
  return !c || (c.type !== 'person' && c.via === 'kb');
}

function capWord(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return !!t && t.kind === 'w' && t.cap && takeable(doc, k) && (!NOT_NAME.has(t.f) || !!doc.used[k]);
}

/** One name at k: a knowledge-base candidate's tokens, or one or two free capitalised words. End, or -1. */
function nameEnd(doc: Doc, k: number): number {
  if (!capWord(doc, k)) return -1;
  if (doc.used[k]) return heldEnd(doc, k);
  let e = k + 1;
  while (e < k + 4 && capWord(doc, e) && !doc.used[e]) e++;
  return e;
}

/** "Vietnam - Laos", "Inde-ASEAN": two names joined by a dash at k. End token index, or -1. */
export function pairEnd(doc: Doc, k: number, known = false): number {
  const m = nameEnd(doc, k);
  const dash = doc.toks[m];
  if (m < 0 || dash?.kind !== 'p' || !'-–—'.includes(dash.f)) return -1;
  const e = nameEnd(doc, m + 1);
  return e > 0 && (!known || doc.used[k] || doc.used[m + 1]) ? e : -1;
}

/**
 * Where an organisation found by rule really ends: past a dashed pair of names right after it,
 * or a country it is "of" ("Académie des sciences de Hongrie"). Returns [end, country] or null.
 */
export function orgComplementEnd(doc: Doc, end: number, places = false): [number, string | null] | null {
  // (a body's pair names a country, place or body the knowledge base knows: "ministère péruvien
  // des Affaires étrangères Jaime Cacho-Sousa" ends before a person's double surname)
  const pair = pairEnd(doc, end, true);
  if (pair > 0) {
    const about = aboutEnd(doc, pair);
    // "l'Association d'amitié Vietnam-Pologne de Ho Chi Minh-Ville": the pair's body of a place,
    // its chapter there (the place's country is not the body's: the pair says whose it is)
    const chapter = about === pair ? placeOf(doc, pair) : null;
    return [chapter ? chapter[0] : about, null];
  }
  const p = prepLength(doc.toks, end);
  if (!p) return null;
  const country = countryAt(doc, end + p);
  if (country || !places) return country;
  return placeOf(doc, end);
}

/**
 * "de Hanoï", "de la baie de Ha Long" at k: a known place a body is of ("Service de l'Information et
 * de la Communication de Hanoï"), or one named by its noun starting there. [end, country] or null.
 */
function placeOf(doc: Doc, k: number): [number, string | null] | null {
  const p = prepLength(doc.toks, k);
  if (!p) return null;
  const held = doc.used[k + p];
  if (held?.type !== 'place' || !(held.via === 'kb' || (held.via === 'facility' && held.a === k + p))) return null;
  return [dashedNamesEnd(doc, heldEnd(doc, k + p)), held.kb?.country ?? null];
}

/**
 * "Berlin-Brandebourg", "Guangdong-Hong Kong-Macao", "Hokuriku-Vietnam": a name written tight to
 * the next by a hyphen is one compound name with it. Past the names so joined after k (k if none).
 */
export function dashedNamesEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = k;
  for (let n = 0; n < 3; n++) {
    const dash = toks[e];
    const next = toks[e + 1];
    if (dash?.f !== '-' || dash.s !== toks[e - 1]?.e || next?.s !== dash.e || next.kind !== 'w' || !next.cap) break;
    const held = doc.used[e + 1];
    if (held) {
      if (held.a !== e + 1 || !takeable(doc, e + 1)) break;
      e = heldEnd(doc, e + 1);
      continue;
    }
    // ("… de Hanoï-Nguyen Duc Chung": a Vietnamese name glued by the stored text is a person's)
    if (NOT_NAME.has(next.f) || personStartsAt(toks, e + 1)) break;
    e += 2;
    // ("Hong Kong": a name of two words)
    if (capWord(doc, e) && !doc.used[e] && toks[e]?.s === (toks[e - 1]?.e ?? 0) + 1 && toks[e + 1]?.f === '-') e++;
  }
  return e;
}

/**
 * "Comité intergouvernemental Vietnam - Ouzbékistan sur la coopération économique, commerciale,
 * scientifique et technique", "… Vietnam-Pérou sur les questions économiques et la coopération
 * technique": what a bilateral body deals with, after its pair. Its end (k if none).
 */
const DEALT_WITH = new Set([
  'cooperation',
  'collaboration',
  'commerce',
  'investissement',
  'partenariat',
  'securite',
  'questions',
]);

function aboutEnd(doc: Doc, k: number): number {
  if (doc.toks[k]?.f !== 'sur' && doc.toks[k]?.f !== 'pour') return k;
  const end = dealtWithEnd(doc, k + 1);
  if (end < 0) return k;
  // "… et la coopération technique": a second subject
  const second = doc.toks[end]?.f === 'et' ? dealtWithEnd(doc, end + 1) : -1;
  return second > 0 ? second : end;
}

/** "la coopération économique, commerciale et technique" at k: a subject and its adjectives. Its end, or -1. */
function dealtWithEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  if (!['la', 'le', 'les'].includes(toks[k]?.f ?? '')) return -1;
  const noun = toks[k + 1];
  if (noun?.kind !== 'w' || !DEALT_WITH.has(noun.f) || !isFree(doc, k - 1, k + 2)) return -1;
  let end = k + 2;
  for (let next = adjectiveAt(doc, end); end < k + 6 && next > 0; next = adjectiveAt(doc, end)) end = next;
  return fieldsEnd(doc, Math.max(end, coordinatedAdjectiveEnd(doc, end)));
}

/** Fields a body's cooperation covers, named in its complement ("… et de l'investissement"). */
const FIELDS = new Set([
  ...FIELDS_OF_GOVERNMENT,
  'economie',
  'technologies',
  'energie',
  'recherche',
  'formation',
  'finance',
  'transport',
  'science',
  'telecommunications',
  'peche',
  'jeunesse',
]);
/** "dans les domaines de …", "dans le secteur du …" */
const FIELD_NOUNS = new Set(['domaine', 'domaines', 'secteur', 'secteurs']);

/**
 * "… sur la coopération économique, commerciale et de l'investissement", "… sur la coopération
 * dans les domaines de l'économie, du commerce, des sciences et technologies": the fields a
 * body's subject covers, listed right after it (at k) and closed by "et" (or opened by "dans les
 * domaines de"). A list item is an adjective, or a field after "de" ("des" + "et" + a field: "des
 * sciences et technologies"). Its end (k if none).
 */
export function fieldsEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let m = k;
  let e = -1;
  const opened =
    toks[m]?.f === 'dans' &&
    (toks[m + 1]?.f === 'les' || toks[m + 1]?.f === 'le') &&
    FIELD_NOUNS.has(toks[m + 2]?.f ?? '') &&
    isFree(doc, m, m + 3);
  if (opened) m += 3;
  let prepared = false;
  for (let n = 0; n < 8; n++) {
    const sep = n === 0 && opened ? '' : toks[m]?.f;
    if (sep !== '' && sep !== ',' && sep !== 'et') break;
    const at = sep === '' ? m : m + 1;
    const p = prepLength(toks, at);
    const noun = toks[at + p];
    const field = noun?.kind === 'w' && !noun.cap && FIELDS.has(noun.f) && isFree(doc, at, at + p + 1);
    let end = -1;
    if (p && field) {
      end = at + p + 1;
      prepared = true;
    } else if (sep === 'et' && prepared && field) end = at + 1;
    else if (!prepared && !opened) end = adjectiveAt(doc, at);
    if (end < 0) break;
    while (adjectiveAt(doc, end) > 0 && end < at + 6) end = adjectiveAt(doc, end);
    if (sep === 'et' || sep === '') e = end;
    m = end;
  }
  return e > 0 ? e : k;
}

/**
 * "stratégiques et internationales", "africaines et moyen-orientales", "économique, commerciale et
 * technique": after the lower-case adjective before k, the others of its list, plain or compound,
 * up to the last one after "et". Its end, or -1.
 */
export function coordinatedAdjectiveEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  const prev = toks[k - 1];
  if (prev?.kind !== 'w' || prev.cap || !looksAdjective(prev.f)) return -1;
  // "économique, commerciale, scientifique et technique": a list of adjectives, closed by its "et"
  let e = -1;
  let m = k;
  while (toks[m]?.f === ',' || toks[m]?.f === 'et') {
    const end = adjectiveAt(doc, m + 1);
    if (end < 0) break;
    if (toks[m]?.f === 'et') e = end;
    m = end;
  }
  return e;
}

/** A free lower-case adjective at k, or a compound whose tail is one ("moyen-orientales"): its end, or -1. */
function adjectiveAt(doc: Doc, k: number): number {
  const toks = doc.toks;
  const w = toks[k];
  if (w?.kind !== 'w' || w.cap || !isFree(doc, k, k + 1)) return -1;
  if (looksAdjective(w.f)) return k + 1;
  // ("la pêche illicite, non déclarée et non réglementée": an adjective negated by "non")
  if (w.f === 'non' && toks[k + 1]?.kind === 'w') return adjectiveAt(doc, k + 1);
  const tail = toks[k + 2];
  return toks[k + 1]?.f === '-' &&
    tail?.kind === 'w' &&
    !tail.cap &&
    looksAdjective(tail.f) &&
    isFree(doc, k + 1, k + 3)
    ? k + 3
    : -1;
}

/**
 * "Truong Son": "Son" (also "his") inside a name, after its first word; or opening it mid-sentence
 * before another capitalised Vietnamese syllable ("des quartiers de Hông Châu et de Son Nam").
 */
function syllableSon(doc: Doc, k: number, e: number): boolean {
  const t = doc.toks[e];
  if (!isSonSyllable(t) || doc.used[e]) return false;
  // (not "de Son Altesse", "Son Excellence": a form of address)
  return e > k || (!isSentenceStart(doc.toks, e) && capWord(doc, e + 1) && VN_SYLLABLE.test(doc.toks[e + 1]?.f ?? ''));
}

/**
 * "… et de la Coopération internationale", ", des Forêts et de la Pêche": the coordinated
 * complements of a name at k, capitalised as its own words are. Their end (k if none).
 */
export function coordinatedEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = k;
  // "ministère de la Défense nationale du Laos": the adjectives of the last complement first
  while (e < k + 3 && toks[e]?.kind === 'w' && !toks[e]?.cap && !doc.used[e] && looksAdjective(toks[e]?.f ?? '')) e++;
  for (let n = 0; n < 4; n++) {
    const sep = toks[e];
    if (sep?.f !== 'et' && sep?.f !== ',') break;
    const p = prepLength(toks, e + 1);
    let w = e + 1 + p;
    // (after "et de la" a capital is the name's: "Coopération" is one of its words here)
    if (!p || !toks[w]?.cap || doc.used[w] || (toks[w]?.f.length ?? 0) < 3) break;
    w++;
    const last = w + 8;
    while (
      w < last &&
      toks[w]?.kind === 'w' &&
      !doc.used[w] &&
      (toks[w]?.cap ? !NOT_NAME.has(toks[w]?.f ?? '') : looksAdjective(toks[w]?.f ?? ''))
    )
      w++;
    e = w;
  }
  return e;
}

/** Nouns that a known city after "de" describes rather than names: "le marché de Hanoï", "la route de Da Nang" (the road there). */
const DESCRIBED_BY_CITY = new Set(['marche', 'complexe', 'foret', 'reserve', 'jardin', 'plage', 'parc', 'route']);

const DETERMINERS = new Set(['la', 'une', 'cette', 'les', 'des', 'l', 'de', 'du', 'aux', 'au', 'a', 'sa', 'leur']);

/** Bodies that may be named by where they are abroad: "Association des Vietnamiens en France". */
const ABROAD_HEADS = new Set(['association', 'office', 'bureau', 'chambre', 'communaute', 'comite', 'union', 'centre']);
/**
 * Heads named by the country they are in only when they are Vietnam's, abroad ("Centre culturel du
 * Vietnam en France"; not "le Centre national d'études spatiales en France", "le Centre des
 * expositions en Chine", which say where something happens).
 */
const VIETNAMS_ABROAD_ONLY = new Set(['centre']);
/** Representations, named by their country of origin and the city they are in: "Office commercial du Vietnam à Hong Kong". */
const REPRESENTATION_HEADS = new Set(['office', 'bureau', 'centre']);
/** Offices of an international body, named by where they sit: "Comité de l'ASEAN à Pretoria". */
const OFFICES_OF_BODIES = new Set(['comite', 'bureau', 'office']);
/** "… dans la province de Krasnodar": the kinds of place a body's seat is named by. */
const SEAT_NOUNS = new Set(['province', 'ville', 'region', 'prefecture', 'etat']);

/**
 * "Association des vétérans vietnamiens en Russie", "Office du commerce du Vietnam en Égypte": a
 * body named by the country it is in, right after its name ending at k. A body of compatriots
 * ("Association des étudiants vietnamiens à Wellington", "… de la communauté vietnamienne à
 * Singapour", "… des Vietnamiens dans la province de Krasnodar") or a representation ("Bureau de
 * représentation de Francfort à Hô Chi Minh-Ville") is named by its city or province too. The
 * end and the country, or null.
 */
export function abroadEnd(doc: Doc, head: number, k: number): [number, string | null] | null {
  const toks = doc.toks;
  if (!ABROAD_HEADS.has(toks[head]?.f ?? '') || !toks[head]?.cap) return null;
  const at = toks[k]?.f;
  if (at === 'en' || at === 'au' || at === 'aux') {
    const held = doc.used[k + 1];
    if (held?.via === 'kb' && held.a === k + 1 && held.type === 'country') {
      // (a centre is named so only when it is Vietnam's, abroad)
      const named =
        !VIETNAMS_ABROAD_ONLY.has(toks[head]?.f ?? '') ||
        (held.kb?.country !== 'VN' && ownersOf(doc, head, k) === 'VN');
      if (named) return [heldEnd(doc, k + 1), held.kb?.country ?? null];
    }
  }
  // (a city only for a body of compatriots abroad or a representation: "à Hanoï" after any other
  // body, or after "l'Union des femmes vietnamiennes", says where something happens)
  const whose = ownersOf(doc, head, k);
  if (whose === null) return null;
  // (compatriots of a continent: "Union des associations des Vietnamiens en Europe")
  if (at === 'en' && CONTINENTS.includes(toks[k + 1]?.f ?? '') && toks[k + 1]?.cap) {
    const held = doc.used[k + 1];
    return [held && held.a === k + 1 ? heldEnd(doc, k + 1) : k + 2, null];
  }
  // ("à" names a place the knowledge base knows: "… vietnamiens à Nguyen Van Nam" is to whom;
  // "dans la province de", "dans l'État de" say it is a place)
  let w = -1;
  if (at === 'a') w = k + 1;
  else if (at === 'dans') {
    const n = toks[k + 1]?.f === 'la' ? k + 2 : toks[k + 1]?.f === 'l' && toks[k + 2]?.f === "'" ? k + 3 : -1;
    if (n > 0 && SEAT_NOUNS.has(toks[n]?.f ?? '') && prepLength(toks, n + 1)) w = n + 1 + prepLength(toks, n + 1);
  }
  if (w < 0) return null;
  const held = doc.used[w];
  if (held && (held.a !== w || (held.type !== 'place' && held.type !== 'country'))) return null;
  if (!held && at === 'a') return null;
  const country = held ? (held.kb?.country ?? held.country ?? null) : null;
  if (country && country === whose) return null;
  const e = held ? heldEnd(doc, w) : nameEnd(doc, w);
  return e > w ? [e, held?.type === 'country' ? country : null] : null;
}

/**
 * Whose the body named [head, k) is: the country of its people ("des étudiants vietnamiens" → VN),
 * '' for a representation, null for neither.
 */
function ownersOf(doc: Doc, head: number, k: number): string | null {
  for (let j = head + 1; j < k; j++) {
    if (doc.toks[j]?.f === 'representation' || doc.toks[j]?.f === 'consulaire') return '';
    const adj = ADJ_DICT.match(doc.toks, j);
    if (adj) return adj.ref;
    // ("Comité de l'ASEAN à Pretoria", "Bureau de l'UNESCO à Hanoï": an international body's
    // office, named by where it sits; not "le Comité du Parti à Hanoï", a country's own)
    const body = doc.used[j];
    // (its adjectives between: "Bureau régional de l'OMS à Manille")
    let h = head + 1;
    while (doc.toks[h]?.kind === 'w' && !doc.toks[h]?.cap && looksAdjective(doc.toks[h]?.f ?? '')) h++;
    if (
      OFFICES_OF_BODIES.has(doc.toks[head]?.f ?? '') &&
      j === h + prepLength(doc.toks, h) &&
      body?.type === 'organization' &&
      body.via === 'kb' &&
      body.a === j &&
      !body.kb?.country
    )
      return '';
    // ("Office commercial du Vietnam à Hong Kong", "Centre culturel du Vietnam à Paris": a country's
    // own body, named by the city abroad it is in)
    // (not a people's body: "l'Union des femmes de Cuba à Hanoï" says where it meets)
    const held = doc.used[j];
    if (
      REPRESENTATION_HEADS.has(doc.toks[head]?.f ?? '') &&
      held?.type === 'country' &&
      held.a === j &&
      prepLength(doc.toks, j - 1 - (doc.toks[j - 1]?.f === "'" ? 1 : 0))
    )
      return held.kb?.country ?? null;
  }
  return null;
}

/** "port de Dar es Salaam": the name [k, e) goes on over small words when the whole is a place of the world. */
function acrossSmallWords(doc: Doc, k: number, e: number): number {
  const n = smallWordsAt(doc, e);
  if (!n) return e;
  let f = e + n;
  while (f < e + n + 3 && capWord(doc, f)) f++;
  return f > e + n && worldPlaceCountry(tokenText(doc, k, f)) ? f : e;
}

/** Prepositions and conjunctions: a capitalised one links two names ("Le Marché De Meo Vac"), it opens none. */
const LINKING_WORDS = new Set([
  'de',
  'du',
  'des',
  'et',
  'en',
  'a',
  'au',
  'aux',
  'ou',
  'sur',
  'par',
  'pour',
  'dans',
  'chez',
  'vers',
]);

/** "Son Altesse", "Sa Majesté": a possessive before a form of address opens no name. */
const FORMS_OF_ADDRESS = new Set(['altesse', 'excellence', 'majeste', 'eminence', 'saintete']);

/**
 * A capitalised syllable French also writes as a small word, opening a name whose next word is a
 * name's ("Sa Thay", "La Gi", "Ta Xua"): in a list of places, not at a sentence's start.
 */
function syllableBeforeName(doc: Doc, k: number, e: number): boolean {
  const [t, next] = [doc.toks[e], doc.toks[e + 1]];
  return (
    e === k &&
    t?.kind === 'w' &&
    t.cap &&
    !doc.used[e] &&
    takeable(doc, e) &&
    !isSentenceStart(doc.toks, e) &&
    VN_SYLLABLE.test(t.f) &&
    !LINKING_WORDS.has(t.f) &&
    capWord(doc, e + 1) &&
    !FORMS_OF_ADDRESS.has(next?.f ?? '') &&
    !NOT_NAME.has(next?.f ?? '')
  );
}

/** An apostrophe inside a Central Highlands name, glued between an initial and a word: "Ia H’Drai", "Dak R’Lap". */
function apostropheInName(doc: Doc, k: number, e: number): boolean {
  const [prev, t, next] = [doc.toks[e - 1], doc.toks[e], doc.toks[e + 1]];
  return (
    e > k &&
    t?.f === "'" &&
    prev?.kind === 'w' &&
    prev.cap &&
    prev.f.length === 1 &&
    next?.kind === 'w' &&
    next.cap &&
    prev.e === t.s &&
    t.e === next.s
  );
}

/** An initial and its full stop written tight at k ("O."), no name's word yet. */
function initialWithStop(doc: Doc, k: number): boolean {
  return initialLetterAt(doc.toks, k) && doc.toks[k + 1]?.s === doc.toks[k]?.e && !doc.used[k];
}

/**
 * "O." and "R." of "aéroport O.R. Tambo", "F." of "aéroport John F. Kennedy": an initial that crosses
 * its full stop into the name, when it is one of two or more in a row or follows a given name, and
 * the last is followed by a capitalised word (one alone after another word may end a sentence:
 * "… au parc industriel Deep C. Environ 150 entreprises…").
 */
function initialInName(doc: Doc, k: number): boolean {
  if (!initialWithStop(doc, k)) return false;
  if (initialWithStop(doc, k + 2)) return true;
  const next = doc.toks[k + 2];
  // (the last of several, or one alone after a given name: "aéroport John F. Kennedy")
  const named = initialWithStop(doc, k - 2) || GIVEN_NAMES.has(doc.toks[k - 1]?.f ?? '');
  return named && next?.kind === 'w' && next.cap && !doc.used[k + 2];
}

/** One to four capitalised words at k, a dashed pair, then a number ("Xekaman 1"). End, or k. */
function placeNameEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = k;
  // a name the knowledge base knows is taken whole ("Thua Thien-Hue", not "Thua Thien")
  const held = doc.used[k];
  // ("rue Le Duan", "autoroute Ho Chi Minh": right after the noun or its adjective, with no
  // preposition between, a person's name names the place)
  const prev = doc.toks[k - 1];
  const rightAfterNoun = prev?.kind === 'w' && !prev.cap && !prepLength(doc.toks, k - 1);
  // ("le marché du Vietnam" is the country's market, not a place of that name; "le parc
  // technologique Vietnam-Japon" is named by the pair; "la pagode Vietnam Phât Quôc" by the
  // country and the words after it, right after the noun)
  if (held?.type === 'country') {
    const pair = pairEnd(doc, k);
    if (pair > k) return pair;
    let e = heldEnd(doc, k);
    const from = e;
    while (e < from + 3 && capWord(doc, e) && !doc.used[e] && !NOT_NAME.has(toks[e]?.f ?? '')) e++;
    return rightAfterNoun && held.a === k && e > from ? e : k;
  }
  if (held?.via === 'kb' && held.a === k && (held.type !== 'person' || rightAfterNoun)) e = heldEnd(doc, k);
  else {
    // up to four words; initials with their full stops ("aéroport O.R. Tambo") count as none
    const nameWord = (m: number) =>
      (capWord(doc, m) && !NOT_NAME.has(toks[m]?.f ?? '')) ||
      syllableBeforeName(doc, k, m) ||
      apostropheInName(doc, k, m) ||
      syllableSon(doc, k, m) ||
      // ("rue Le Duan", "boulevard Le Loi": the surname Lê, written "Le", opens the person's name)
      (m === k && rightAfterNoun && toks[m]?.f === 'le' && personStartsAt(toks, m) && !doc.used[m]);
    for (let words = 0; words < 4; ) {
      if (initialInName(doc, e)) e += 2;
      else if (nameWord(e)) {
        e++;
        words++;
      } else break;
    }
  }
  if (e === k) return k;
  e = Math.max(e, pairEnd(doc, k), acrossSmallWords(doc, k, e));
  // ("Phu My 3", a number that ends the name; not a year, "la fête de la pagode des Parfums 2017":
  // the event's)
  if (toks[e]?.kind === 'n' && toks[e]?.s === (toks[e - 1]?.e ?? 0) + 1 && !/^(?:19|20)\d\d$/.test(toks[e]?.f ?? ''))
    e++;
  return e;
}

/** How far a counted plural's complement may run before its "que sont". */
const MAX_COMPLEMENT = 10;

/** Words that open a clause of their own: a "que sont" past them is another noun's. */
const CLAUSE_OPENERS = new Set(['ou', 'dont', 'qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);

/**
 * The token after the "que sont" that opens a list within a short complement from `k`, or -1:
 * not past a clause's opener or another common noun with its article ("les deux districts où les
 * responsables que sont X et Y…" lists the officials).
 */
function queSontAfter(toks: Doc['toks'], k: number): number {
  for (let j = k; j < k + MAX_COMPLEMENT && toks[j]; j++) {
    const f = toks[j]?.f ?? '';
    if (f === 'que' && toks[j + 1]?.f === 'sont') return j + 2;
    if (/^[.;:!?,()]$/.test(f) || CLAUSE_OPENERS.has(f)) return -1;
    const next = toks[j + 1];
    if (DETERMINERS.has(f) && next?.kind === 'w' && !next.cap) return -1;
  }
  return -1;
}

/**
 * A place named by a common noun at token i: noun ("poste-frontière"), adjectives, a preposition
 * or not ("rivière Tô Lich"), then the name, or "l'amitié Vietnam - Laos". The name alone
 * ("Tan Son Nhat") is an alias. Plural nouns list several places: "les rues Cao Ba Quat, Minh
 * Khai et Giai Phong" — one place each, named without the noun.
 */
export function matchFacilities(doc: Doc, i: number): Cand[] {
  return facilitiesAt(doc, i).map((c) => regionOfFeature(doc, c) ?? c);
}

/** Regions named by the river that makes them: "delta du fleuve Rouge", "bassin de la rivière Dà". */
const FEATURE_REGIONS = new Set(['delta', 'bassin']);
const RIVERS = new Set(['fleuve', 'riviere']);

/**
 * "le delta du fleuve Rouge" is a region, the river's delta, not the river: one place, the whole
 * designation, with the river's name its alias (as "delta du Mékong" is the region of "Mékong").
 */
function regionOfFeature(doc: Doc, c: Cand): Cand | null {
  const toks = doc.toks;
  if (c.type !== 'place' || !RIVERS.has(toks[c.a]?.f ?? '')) return null;
  // ("du", "de", "de la", "de l'" before the river)
  const k = prepBefore(toks, c.a);
  if (k < 0 || (toks[k]?.f !== 'du' && toks[k]?.f !== 'de')) return null;
  const region = toks[k - 1];
  // (a capitalised "Delta" may be read as a place of its own first: the region takes it over)
  const held = doc.used[k - 1];
  if (region?.kind !== 'w' || !FEATURE_REGIONS.has(region.f) || (held && (held.a !== k - 1 || held.b !== k)))
    return null;
  const e = makeCand(doc, k - 1, c.b, 'place', tokenText(doc, k - 1, c.b), 'facility');
  e.alias = c.canonical;
  return e;
}

/** "commémoratif": a memorial's adjective, after the noun of the place it makes. */
const COMMEMORATIVE = new Set(['commemoratif', 'commemorative', 'commemoratifs', 'commemoratives']);
/** Nouns a memorial is named by beside the facilities' ("zone", "site", "espace", "stèle"). */
const MEMORIAL_NOUNS = new Set([...FACILITY_NOUNS, 'zone', 'site', 'espace', 'stele', 'salle']);

function facilitiesAt(doc: Doc, i: number): Cand[] {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || doc.used[i]) return [];
  // "le Mausolée du Président Hô Chi Minh": a capitalised noun is part of the name, except where
  // a sentence starts with it
  const capHead = head.cap && !isSentenceStart(toks, i);
  if (head.cap && !capHead) return [];
  // "École centrale du Parti", "la région centrale du Vietnam": after a noun "centrale" is its
  // adjective; the power plant comes after a determiner ("la centrale thermique de Vinh Tan")
  if (!head.cap && isHead(toks[i - 1])) return [];
  if (head.f === 'centrale' && toks[i - 1]?.kind === 'w' && !DETERMINERS.has(toks[i - 1]?.f ?? '')) return [];
  // "les districts de Long Biên, Hà Dông et Thanh Xuân": each named without the noun
  const plural =
    head.f.endsWith('s') &&
    ((!FACILITY_NOUNS.has(head.f) && FACILITY_NOUNS.has(head.f.slice(0, -1))) || PLACE_TRIGGERS.has(head.f));
  // ("la zone commémorative du Président Ho Chi Minh", "le site commémoratif dédié au…": a memorial
  // of any noun is a place)
  // (not one counted among others: "le troisième site commémoratif du président Ho Chi Minh en Thaïlande")
  const memorial =
    COMMEMORATIVE.has(toks[i + 1]?.f ?? '') &&
    MEMORIAL_NOUNS.has(head.f) &&
    !/^(?:premiere?|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|\d+(?:e|eme|er|re))$/.test(
      toks[i - 1]?.f ?? '',
    );
  if (!plural && !FACILITY_NOUNS.has(head.f) && !memorial) return [];
  // "le marché Ben Thanh", not "la marche de Hô Chi Minh-Ville"
  if (head.f === 'marche' && !/é/i.test(doc.text.slice(head.s, head.e))) return [];
  let k = i + 1;
  // ("le porte-parole de X" is a function, not a gate)
  // (nor is "le porte-avions Carl Vinson": a ship)
  if (toks[k]?.f === '-' && (toks[k + 1]?.f === 'parole' || VESSELS.has(`${head.f}-${toks[k + 1]?.f}`))) return [];
  if (toks[k]?.f === '-' && toks[k + 1]?.kind === 'w' && !toks[k + 1]?.cap) k += 2;
  // ("complexe paysager pittoresque de Tràng An": adjectives of the kind of place too)
  while (
    toks[k]?.kind === 'w' &&
    !toks[k]?.cap &&
    (looksAdjective(toks[k]?.f ?? '') || PLACE_ADJECTIVES.has(toks[k]?.f ?? '') || ADJ_DICT.has([toks[k]?.f ?? ''])) &&
    !doc.used[k]
  )
    k++;
  // ("le port (maritime) en eau profonde de Cai Mep": the kind of port, said with its preposition)
  // (not the port of a province, unnamed: "le port en eau profonde de la province de Quang Ninh")
  const deep = toks[k]?.f === 'en' && /^eaux?$/.test(toks[k + 1]?.f ?? '') && /^profondes?$/.test(toks[k + 2]?.f ?? '');
  if (deep) k += 3;
  const p = prepLength(toks, k);
  if (deep && p && PLACE_TRIGGERS.has(toks[k + p]?.f ?? '')) return [];
  // ("sur la place Ba Dinh" is a square; "à la place de X", "sur place", "mis en place X" are not)
  // (a square named with "du"/"de la" is capitalised, name and all, "la Place du Peuple", or named by a date,
  // "la place du 10-Mars", "Place du 16 avril")
  if (head.f === 'place') {
    const namedSquare = capHead && p > 0 && !!toks[k + p]?.cap;
    const dated = p ? dateAt(toks, k + p) : 0;
    if (dated) return [makeCand(doc, i, dated, 'place', tokenText(doc, i, dated), 'facility')];
    if (!namedSquare && (p || k > i + 1 || toks[i - 1]?.f !== 'la')) return [];
  }
  // ("sept villes : Ha Long, Câm Pha et Vân Dôn": a colon after a count opens the list as a
  // preposition does; "dans les villages : Nguyen Van Nam, directeur…" opens a sentence)
  // ("six postes-frontières terrestres que sont Huu Nghi, Chi Ma…": "que sont", "à savoir" open it too)
  const opener =
    toks[k]?.f === ':'
      ? 1
      : (toks[k]?.f === 'que' && toks[k + 1]?.f === 'sont') || (toks[k]?.f === 'a' && toks[k + 1]?.f === 'savoir')
        ? 2
        : 0;
  const placeNoun = PLACE_TRIGGERS.has(head.f) || (opener === 2 && FACILITY_NOUNS.has(head.f.slice(0, -1)));
  if (plural && !p && opener && placeNoun && !capHead && countBefore(toks, i)) {
    const listed = placeList(doc, k + opener);
    return listed.length >= 2 ? listed : [];
  }
  // ("ses quatre districts frontaliers avec le Laos et le Cambodge que sont Sa Thay, Ia H'Drai…": a
  // counted plural's complement may come before "que sont")
  const far =
    plural && !opener && PLACE_TRIGGERS.has(head.f) && !capHead && countBefore(toks, i) ? queSontAfter(toks, k) : -1;
  if (far > 0) {
    const listed = placeList(doc, far);
    if (listed.length >= 2) return listed;
  }
  if (plural) return capHead ? [] : p || !PLACE_TRIGGERS.has(head.f) ? placeList(doc, k + p, p ? k : -1) : [];
  // "le Palais présidentiel", "au palais présidentiel": a palace and an adjective of state (a
  // capitalised noun, or the palace after an article)
  const articled = articleBefore(toks, i - 1) < i - 1 || toks[i - 1]?.f === 'au' || toks[i - 1]?.f === 'du';
  const stated = capHead || (head.f === 'palais' && articled);
  if (stated && !p && k === i + 2 && STATE_ADJECTIVES.has(toks[i + 1]?.f ?? ''))
    return [makeCand(doc, i, k, 'place', tokenText(doc, i, k), 'facility')];
  // "la Maison 67", "la maison funéraire 268": named by a number that ends the name (a count goes
  // on with what it counts: "centrale solaire 50 MW", "hôtel 5 étoiles", "stade de 40 000 places")
  if (!p && (capHead || k > i + 1) && numberEndsName(toks, k))
    return [makeCand(doc, i, k + 1, 'place', tokenText(doc, i, k + 1), 'facility')];
  // a house is an owner's ("la maison de Nguyen Van Ba"): named only by a number, or capitalised
  // ("le village de Dong Ky", "le village flottant de Kbal Tao" are read as places of a place noun
  // (person-place-rules.ts); only "le village Keo" is named here)
  if (head.f === 'village' && p) return [];
  // (or with the adjective of a kind: "la maison communale de Tuong Phiêu", a village's hall)
  if (head.f === 'maison' && !capHead && !(k === i + 2 && (toks[i + 1]?.f === 'communale' || memorial))) return [];
  // "la Maison allemande": a capitalised noun and a nationality name the place ("le Parc national",
  // "le Port maritime" are kinds)
  if (capHead && !p && k === i + 2 && !toks[k]?.cap && ADJ_DICT.match(toks, i + 1)?.end === k)
    return [makeCand(doc, i, k, 'place', tokenText(doc, i, k), 'facility')];
  k += p;
  // "aéroport international du Roi Khalid", "Mausolée du Président Hô Chi Minh": named after a
  // person, who stays a name of their own (the place's mention ends before them)
  if (p && DEDICATION_TITLES.has(toks[k]?.f ?? '') && toks[k + 1]?.cap) {
    const held = doc.used[k + 1];
    if (held?.type === 'person' && held.a === k + 1)
      return [makeCand(doc, i, k + 1, 'place', tokenText(doc, i, heldEnd(doc, k + 1)), 'facility')];
    const e = placeNameEnd(doc, k + 1);
    return e > k + 1 ? [makeCand(doc, i, e, 'place', tokenText(doc, i, e), 'facility')] : [];
  }
  // "poste de contrôle de Tianbao": one lower-case word and a preposition before the name
  // (not a title: "au poste de président du Vietnam" is a function, not a place)
  const q = toks[k]?.kind === 'w' && !toks[k]?.cap && !TITLE_WORDS.has(toks[k]?.f ?? '') ? prepLength(toks, k + 1) : 0;
  if (q && toks[k + 1 + q]?.cap) k += 1 + q;
  // "pont de l'amitié Vietnam - Laos": a lower-case complement, then a pair
  const w = toks[k];
  if (w?.kind === 'w' && !w.cap && toks[k + 1]?.kind === 'w' && toks[k + 1]?.cap) {
    const e = pairEnd(doc, k + 1);
    if (e > 0) return [withShort(makeCand(doc, i, e, 'place', tokenText(doc, i, e), 'facility'), null)];
    // ("le Site historique du régiment Tay Tien")
    const named = capHead && p ? namedComplementsEnd(doc, k - p) : -1;
    return named > k ? [makeCand(doc, i, named, 'place', tokenText(doc, i, named), 'facility')] : [];
  }
  // "le marché de Hanoï", "le complexe de Hué": a market of a known city is described, not named
  // (an adjective of a protected kind names it: "le parc géologique mondial de Cao Bang", "la réserve
  // naturelle de Van Long"; others describe it: "le parc industriel de Bac Ninh", "le marché dynamique
  // de l'ASEAN")
  if (DESCRIBED_BY_CITY.has(head.f) && p && doc.used[k]?.via === 'kb' && !namingKind(doc, i + 1, k - p)) return [];
  // ("la ligne du Parti", "la ligne du PAM": a body's policy, not a place; "le parc géologique
  // mondial de l'UNESCO", a body's title given to a place; a place named after a body is
  // capitalised, "la Maison de l'UNESCO", or a street, "le boulevard de l'APEC")
  if (p && !capHead && !STREETS.has(head.f) && doc.used[k]?.type === 'organization' && doc.used[k]?.a === k) return [];
  const name = placeNameEnd(doc, k);
  if (name === k) {
    // ("le Musée national de l'Armée", "le Musée des beaux-arts du Vietnam": a capitalised noun
    // names the place with its complements, as a body's name does)
    const e = capHead && p ? namedComplementsEnd(doc, k - p) : -1;
    return e > k ? [makeCand(doc, i, e, 'place', tokenText(doc, i, e), 'facility')] : [];
  }
  // "aéroport international Jorge Chavez de Lima": a name right after the noun, then the city,
  // which the name takes in while the city stays a mention of its own (as a dedicatee does)
  const e = p ? name : cityEnd(doc, name);
  // "Temple de la Littérature" is the name; "pagode Tran Quoc" is also "Tran Quoc" (French names
  // seas by an adjective, "mer Rouge", "mer Noire", which alone names nothing)
  const described = !p && name === k + 1 && (SEAS.has(head.f) || looksAdjective(toks[k]?.f ?? ''));
  return [
    withShort(
      makeCand(doc, i, name, 'place', tokenText(doc, i, e), 'facility'),
      capHead || described ? null : tokenText(doc, k, name),
    ),
  ];
}

const SEAS = new Set(['mer']);
/** Streets and bridges, named after anything, bodies included. */
const STREETS = new Set(['rue', 'avenue', 'boulevard', 'route', 'autoroute', 'pont']);

/** Adjectives of a protected or listed kind of site, which name one: "géologique", "mondial", "national". */
const NAMING_KINDS = new Set([
  'geologique',
  'paysager',
  'mondial',
  'mondiale',
  'national',
  'nationale',
  'naturel',
  'naturelle',
]);

/** Is one of the adjectives at [a, b) of a kind that names a site? */
function namingKind(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (NAMING_KINDS.has(doc.toks[k]?.f ?? '')) return true;
  return false;
}

/** Words after "de" that count or place what follows, never a place's name: "de nombreux artistes", "de la commune". */
const NOT_A_COMPLEMENT = new Set([
  ...COUNT_WORDS,
  'nombreux',
  'nombreuses',
  'centaines',
  'milliers',
  'dizaines',
  'certains',
  'certaines',
  'pays',
  ...PLACE_TRIGGERS,
]);

/** Short words and verbs that end a name ("a", "qui", "accueille"). */
const ENDS_NAME = new Set([...NOT_NAME].filter((w) => w.length <= 4));

/** A free capitalised word of a name at k, a syllable such as "Du" too; not a title ("Président"). */
function capitalisedNameWord(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || !t.cap || TITLE_WORDS.has(t.f) || !isFree(doc, k, k + 1)) return false;
  // (a French word as a syllable ends the name, not before a lower-case word: "… Nguyên Du.", but
  // "… des beaux-arts Le tableau" opens a sentence)
  const next = doc.toks[k + 1];
  return !ENDS_NAME.has(t.f) || next?.kind !== 'w' || next.cap;
}

/**
 * After a capitalised noun of a place, its complements at k, up to three, each after "de": a
 * lower-case noun and its adjectives ("des beaux-arts", "du régiment Tay Tien"), capitalised words
 * ("de l'Armée", "de la Culture"), or a known place or country, which ends the name ("d'Abidjan",
 * "du Vietnam"). Its end, or -1.
 */
function namedComplementsEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = -1;
  for (let n = 0; n < 3; n++) {
    // ("Mémorial des morts pour la Patrie": what it is for, when capitalised)
    const dedicated = toks[k]?.f === 'pour' ? 1 + articleLength(toks, k + 1) : 0;
    const p = dedicated && toks[k + dedicated]?.cap ? dedicated : prepLength(toks, k);
    if (!p || !isFree(doc, k, k + p)) break;
    let j = k + p;
    const w = toks[j];
    if (w?.kind !== 'w') break;
    const held = doc.used[j];
    // (a country or a city right after the noun says whose it is: "la Maison du Vietnam", "la
    // Poste centrale de Moldavie" are bodies; after a complement it ends the place's name)
    if (held) return n > 0 && held.a === j && (held.type === 'place' || held.type === 'country') ? heldEnd(doc, j) : e;
    if (w.cap) while (capitalisedNameWord(doc, j)) j++;
    else {
      if (ENDS_NAME.has(w.f) || NOT_A_COMPLEMENT.has(w.f) || w.f.length < 3 || /(?:er|ir)$/.test(w.f)) break;
      j++;
      // "beaux-arts": a compound
      if (toks[j]?.f === '-' && toks[j]?.s === toks[j - 1]?.e && toks[j + 1]?.kind === 'w' && isFree(doc, j, j + 2))
        j += 2;
      while (toks[j]?.kind === 'w' && !toks[j]?.cap && looksAdjective(toks[j]?.f ?? '') && isFree(doc, j, j + 1)) j++;
      // ("des héros et martyrs": two plural nouns joined, with no article)
      const [a2, b2] = [toks[j + 1], toks[j + 2]];
      if (
        toks[j]?.f === 'et' &&
        w.f.endsWith('s') &&
        a2?.kind === 'w' &&
        !a2.cap &&
        a2.f.endsWith('s') &&
        a2.f.length >= 4 &&
        !ENDS_NAME.has(a2.f) &&
        (b2?.kind !== 'w' || b2.cap || NOT_NAME.has(b2.f)) &&
        isFree(doc, j, j + 2)
      )
        j += 2;
      // ("du régiment Tay Tien", "des compétitions Nguyên Du": the noun's own name)
      while (capitalisedNameWord(doc, j)) j++;
    }
    e = j;
    k = j;
  }
  return e;
}

/** "de Lima" at k: the end of a city a place's name is followed by, known or of the world (k if none). */
function cityEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  const f = toks[k]?.f;
  if ((f !== 'de' && f !== 'd') || toks[k]?.cap) return k;
  const m = k + prepLength(toks, k);
  const held = doc.used[m];
  if (held) return held.type === 'place' && held.a === m && held.via === 'kb' ? heldEnd(doc, m) : k;
  for (let r = m + 1; r <= m + 3 && capWord(doc, r - 1); r++)
    if (!capWord(doc, r) && worldPlaceCountry(tokenText(doc, m, r))) return r;
  return k;
}

/**
 * A number of one to three digits at k that ends a place's name: a stop, the end, or a
 * preposition follows ("Maison 67 avant le Têt", "maison funéraire 268 dans la ville"). A year
 * or a count goes on otherwise.
 */
export function numberEndsName(toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  return (
    toks[k]?.kind === 'n' &&
    /^\d{1,3}$/.test(toks[k]?.f ?? '') &&
    (!next || (next.kind === 'p' && next.f !== '%') || (next.kind === 'w' && !next.cap && AFTER_A_NAME.has(next.f)))
  );
}
const AFTER_A_NAME = new Set([
  'a',
  'au',
  'aux',
  'dans',
  'de',
  'du',
  'des',
  'en',
  'avant',
  'apres',
  'sur',
  'pres',
  'pour',
  'et',
  'ou',
]);

/** What a centre hosts when it is a building: "Centre des conférences", "Centre commercial". */
const VENUE_WORDS = new Set([
  'exposition',
  'expositions',
  'conference',
  'conferences',
  'congres',
  'convention',
  'conventions',
  'foire',
  'foires',
  'commercial',
]);

/**
 * "Centre d'exposition du Vietnam", "Centre des conférences et des expositions de…", "Centre
 * commercial Dong Xuan": the head "Centre" at i, whose body ends at b, names a venue, a place: what
 * it is said to be, up to its place or its own name, is only what it hosts, in lower case. Not
 * "Centre d'exposition et de recherche sur l'art" (research: a body). A venue may have an acronym
 * ("le Centre d'exposition du Vietnam (VEC)").
 */
export function isVenue(doc: Doc, i: number, b: number): boolean {
  const toks = doc.toks;
  if (toks[i]?.f !== 'centre') return false;
  let venue = false;
  for (let k = i + 1; k < b; k++) {
    const t = toks[k] as Token;
    if (t.cap || doc.used[k]) break;
    const p = prepLength(toks, k);
    // after "et", one more thing hosted ("et des expositions", not "et de recherche"); else a
    // complement that is not one says whose or where ("… de la province de…")
    if (p) {
      const hosted = VENUE_WORDS.has(toks[k + p]?.f ?? '');
      if (toks[k - 1]?.f === 'et' && !hosted) return false;
      if (venue && !hosted) break;
      k += p - 1;
      continue;
    }
    if (t.kind !== 'w' || t.f === 'et') continue;
    // ("Centre commercial et culturel Hanoi-Moscou": what it hosts, then adjectives)
    if (VENUE_WORDS.has(t.f)) venue = true;
    else if (!(venue && looksAdjective(t.f))) return false;
  }
  return venue;
}

/** "Centre commercial Dong Xuan": the venue's own name after its kind, up to four words. End, or b. */
export function venueNameEnd(doc: Doc, b: number): number {
  let e = b;
  while (
    e < b + 4 &&
    doc.toks[e]?.kind === 'w' &&
    doc.toks[e]?.cap &&
    isFree(doc, e, e + 1) &&
    !NOT_NAME.has(doc.toks[e]?.f ?? '') &&
    // ("le directeur du Centre commercial Dong Xuan Nguyen Van Hung": his name is not the venue's)
    !(e > b && personStartsAt(doc.toks, e))
  )
    e++;
  return e;
}

/** "Cao Ba Quat, Thuy Khuê, Minh Khai et Giai Phong": places listed after a plural noun. */
function placeList(doc: Doc, k: number, opening = -1): Cand[] {
  const out: Cand[] = [];
  // ("des communes de Tân Hung, de Khoai Châu et de Tiên Lu": the list's preposition, said again
  // before each item)
  const again = (a: number) => {
    if (opening < 0 || doc.toks[a]?.f !== doc.toks[opening]?.f) return 0;
    const n = prepLength(doc.toks, a);
    return n === prepLength(doc.toks, opening) ? n : 0;
  };
  // (the places of a list are of one country when all those the knowledge base knows are)
  const countries = new Set<string | null>();
  let known = 0;
  let a = k;
  let repeated = false;
  while (out.length < 30) {
    const e = placeNameEnd(doc, a);
    if (e === a) break;
    // a place the knowledge base found stays as it is (its country known)
    const held = doc.used[a];
    if (held?.via === 'kb') {
      countries.add(held.kb?.country ?? null);
      known++;
    } else out.push(makeCand(doc, a, e, 'place', tokenText(doc, a, e), 'facility-list'));
    const sep = doc.toks[e];
    if (sep?.f !== ',' && sep?.f !== 'et') break;
    a = e + 1;
    // (", et de …")
    if (sep.f === ',' && doc.toks[a]?.f === 'et' && again(a + 1)) a++;
    const n = again(a);
    // (once the list says its preposition again, an item without it is no item: "aux communes de
    // Tân Hung et de Khoai Châu, Nguyen Van Hung, secrétaire…" goes on with the sentence's subject)
    if (repeated && !n) break;
    repeated ||= n > 0;
    a += n;
  }
  // (two known places at least, as many as the unknown ones: "Dien Bien, Phongsaly et Luang
  // Namtha" is a list across a border)
  const [country] = countries;
  if (countries.size === 1 && country && known >= 2 && known >= out.length)
    for (const c of out) c.country = c.country ?? country;
  return out;
}

/** A count before a plural noun at i: "sept villes", "les 3 provinces", "plusieurs districts". */
function countBefore(toks: Token[], i: number): boolean {
  const t = toks[i - 1];
  return !!t && ((t.kind === 'n' && /^\d{1,3}$/.test(t.f)) || COUNT_WORDS.has(t.f));
}

function withShort(c: Cand, short: string | null): Cand {
  c.alias = short && short !== c.canonical ? short : null;
  return c;
}

/** The country a knowledge-base candidate starting at k names, and where it ends; null if none. */
export function countryAt(doc: Doc, k: number): [number, string | null] | null {
  const held = doc.used[k];
  if (held?.type !== 'country' || held.via !== 'kb' || held.a !== k) return null;
  return [heldEnd(doc, k), held.kb?.country ?? null];
}

const NUMBERED = new Set(['arrondissement', 'district']);

/** Urban districts named by number: "le 3e arrondissement", "le district 7" (Quận 3, Quận 7). */
export function matchNumberedDistrict(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || !b || doc.used[i] || doc.used[i + 1]) return null;
  const ordinal = a.kind === 'n' && /^\d{1,2}(?:e|er|eme)$/.test(a.f) && b.kind === 'w' && NUMBERED.has(b.f);
  const numbered = a.kind === 'w' && !a.cap && NUMBERED.has(a.f) && b.kind === 'n' && /^\d{1,2}$/.test(b.f);
  if (!ordinal && !numbered) return null;
  // "le 1er district militaire" is a military region, not a district of a city
  if (toks[i + 2]?.f === 'militaire') return null;
  return makeCand(doc, i, i + 2, 'place', tokenText(doc, i, i + 2), 'numbered-district');
}

/** The nouns of roads named by number. */
const ROAD_NOUNS = new Set(['nationale', 'autoroute', 'route']);
/** What may stand before such a road: an article, a preposition, or "route" of "route nationale". */
// (not a bare "de": "feuille de route 5G", "carnet de route" make the road a noun's complement)
const BEFORE_ROAD = new Set(['la', 'l', "'", '(', 'sur', 'par', 'a', 'route', 'et', 'vers']);

/** Roads named by number at i: "la Nationale 20", "la route nationale 1A", "l'autoroute 13", "la Route 9". */
export function matchNumberedRoad(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const noun = toks[i];
  const num = toks[i + 1];
  if (noun?.kind !== 'w' || !ROAD_NOUNS.has(noun.f) || num?.kind !== 'n' || !/^\d{1,3}[a-z]?$/.test(num.f)) return null;
  if (!BEFORE_ROAD.has(toks[i - 1]?.f ?? '') || doc.used[i] || doc.used[i + 1]) return null;
  // (a count goes on with what it counts: "la route 2 voies", "la route 3 camions", "l'autoroute 6 à
  // 8 voies", "l'autoroute 20 000 milliards de dôngs", "la feuille de route 4.0")
  if (countGoesOn(toks, i + 1)) return null;
  // "la route nationale 1": the road noun before "nationale" is part of the name
  const a = noun.f === 'nationale' && toks[i - 1]?.f === 'route' && !doc.used[i - 1] ? i - 1 : i;
  return makeCand(doc, a, i + 2, 'place', tokenText(doc, a, i + 2), 'numbered-road');
}

/** Units a number counts (singular; a plural noun after a number is counted too). */
const UNITS_AFTER_NUMBER = new Set([
  'km',
  'kilometre',
  'voie',
  'm',
  'an',
  'fois',
  'pour',
  'mois',
  'heure',
  'jour',
  'tonne',
]);

/** French words ending in "s" or "x" that are no plural noun: "la route 1 vers Hanoï". */
const S_ENDED_WORDS = new Set(
  'vers dans sous sans puis depuis mais alors plus moins tres apres pres des les ses ces nos vos leurs tous toutes jusqu aux ceux deux trois six dix'.split(
    ' ',
  ),
);

/** Does the number at k count what follows it, or go on as a bigger or decimal number? */
function countGoesOn(toks: Token[], k: number): boolean {
  const num = toks[k];
  const after = toks[k + 1];
  // ("5G": a generation of networks, not a road's letter)
  if (num && /^\d+g$/.test(num.f)) return true;
  if (!after) return false;
  // a number that goes on: "20 000", "4.0", "6 à 8"
  if (after.kind === 'n') return true;
  if ((after.f === '.' || after.f === ',') && toks[k + 2]?.kind === 'n' && toks[k + 2]?.s === after.e) return true;
  if (after.f === 'a' && toks[k + 2]?.kind === 'n') return true;
  if (after.kind !== 'w' || after.cap) return false;
  // a unit, or a plural noun the number counts ("3 camions", "12 tonnes", "18 mois")
  return (
    UNITS_AFTER_NUMBER.has(after.f) ||
    UNITS_AFTER_NUMBER.has(after.f.replace(/s$/, '')) ||
    (/^\p{L}{3,}[sx]$/u.test(after.f) && !S_ENDED_WORDS.has(after.f))
  );
}

const MONTHS = new Set(
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '),
);
/** "10-Mars", "16 avril", "2 Septembre" at k: a day and its month (a square's or a street's name); its end, else 0. */
function dateAt(toks: Token[], k: number): number {
  const day = toks[k];
  if (day?.kind !== 'n' || !/^\d{1,2}$/.test(day.f)) return 0;
  const m = toks[k + 1]?.f === '-' ? k + 2 : k + 1;
  return toks[m]?.kind === 'w' && MONTHS.has(toks[m]?.f ?? '') ? m + 1 : 0;
}
