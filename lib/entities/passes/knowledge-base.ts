// The entity finder's knowledgeBase pass (index.ts): the knowledge base's names, checked in context,
// and what they take in around them (an adjective of country, an owner, a cardinal point).

import type { Steps } from '../../slices';
import { type Cand, claim, type Doc, extendTo, tokenText } from '../doc';
import {
  companyWordOfLongerName,
  complementAfter,
  countryHere,
  firstNameHere,
  honorificStart,
  insideHyphenedName,
  insidePersonName,
  kbCand,
} from '../kb-context';
import { ADJ_DICT, entityId, isAcronym, KB_DICT, type KbEntry } from '../knowledge';
import { isHead } from '../lexicon';
import { pause } from '../pace';
import { apposedNameCut, placeTriggerBefore } from '../person-place-rules';
import { prepLength } from '../prepositions';
import { cardinalPointEnd, regionEnd } from '../regions';
import { nameWordAt } from '../runs';
import { isCompoundTail } from '../tokens';
import { worldPlaceCand, worldPlaceCountry } from '../world-places';
import type { PassState } from './state';

/** English words of a competition or a prize a body's name may open: "ASEAN Cup", "AFF Awards". */
const EVENT_WORDS = new Set(['cup', 'championship', 'championships', 'awards', 'trophy', 'games', 'open']);

/**
 * Knowledge base: its names, longest match first, checked in context (kb-context.ts); regions of
 * the world with their cardinal point ("Afrique de l'Ouest", regions.ts).
 */
export function* knowledgeBase({ docs, push }: PassState): Steps<void> {
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; ) {
      const m = KB_DICT.match(doc.toks, i, (j) => !doc.used[j]);
      if (!m) {
        i++;
        continue;
      }
      if ((m.ref.type === 'place' || m.ref.type === 'country' || m.ref.company) && insidePersonName(doc, i)) {
        i = m.end;
        continue;
      }
      // "le directeur Mitsui Takeshi", "FPT Software", "Vinhomes Ocean Park": a company's word that a
      // title or more of a name goes with is a person's or a longer name's, for the rules
      if (m.ref.company && companyWordOfLongerName(doc, i, m.end)) {
        i = m.end;
        continue;
      }
      // "Santiago Cafiero", "Paris Hilton": a one-word place right before a capitalised name is
      // a first name, unless a preposition says it is a place ("à Paris Hilton a…" does not occur)
      if (m.ref.type === 'place' && m.end - i === 1 && firstNameHere(doc, i)) {
        i++;
        continue;
      }
      // "Hauts-de-France", "Aix-en-Provence": the end of a hyphened name is not a name of its own
      if ((m.ref.type === 'place' || m.ref.type === 'country') && insideHyphenedName(doc, i)) {
        i = m.end;
        continue;
      }
      // "ASEAN Cup", "AFF Cup": a body's name before a competition's or a prize's word names the event
      const after = doc.toks[m.end];
      // "le concile Vatican II": a country's name before a Roman numeral names an event
      if (
        m.ref.type === 'country' &&
        after?.upper &&
        /^[ivx]+$/.test(after.f) &&
        after.s === (doc.toks[m.end - 1]?.e ?? 0) + 1
      ) {
        i = m.end;
        continue;
      }
      if (m.ref.type === 'organization' && after?.cap && EVENT_WORDS.has(after.f)) {
        i = m.end;
        continue;
      }
      // "le Secrétariat" is the Party's; "le Secrétariat de l'ASEAN" another body's, named by the rules
      if (m.ref.type === 'organization' && m.end - i === 1 && isHead(doc.toks[i]) && complementAfter(doc, m.end)) {
        i++;
        continue;
      }
      // "l'Irlande du Nord", a country's name and a cardinal point, "l'Australie-Occidentale", one
      // hyphened to a word: a place of the world of its own (of another country, or a state of that
      // one), when the data names it so ("Vietnam-Laos" is a pair of countries)
      const compound = m.ref.type === 'country' ? placeWithin(doc, i, m.end, m.ref.country) : null;
      if (compound) {
        push(compound);
        i = compound.b;
        continue;
      }
      // "le temple des rois Hung": a building named after the persons is the building's name (a place
      // the facilities read)
      if (m.ref.type === 'person' && namedBuilding(doc, i)) {
        i++;
        continue;
      }
      // "l'Asean": an acronym written as a word; not a given name before a family name, "Fida
      // Hussain", "Tika Ram"
      if (m.ref.type !== 'person' && m.end === i + 1 && acronymAsWord(doc, i, m.ref) && nameWordAt(doc, i + 1)) {
        i++;
        continue;
      }
      // "la Dominique" is a country, "Dominique Martin" a person.
      if (m.ref.type === 'country' && !countryHere(doc, i, m.end)) {
        i++;
        continue;
      }
      const c = kbCand(doc, i, m.end, m.ref, 'kb');
      // "l'Assemblée nationale lao": the adjective after an organisation is its country.
      if (c.type === 'organization') {
        const adj = ADJ_DICT.match(doc.toks, m.end);
        if (adj) {
          c.country = adj.ref;
          // the mention takes it in: "Assemblée nationale vietnamienne" is a name too
          if (m.ref.name.charAt(0) !== m.ref.name.charAt(0).toLowerCase() && !isAcronym(m.ref.name)) c.b = adj.end;
          // "l'Assemblée nationale lao" beside Vietnam's "AN": another country's body, another entity
          if (m.ref.country && m.ref.country !== adj.ref && c.b === adj.end) {
            c.canonical = tokenText(doc, i, c.b);
            c.id = entityId('organization', c.canonical);
            c.kb = null;
          }
        }
      }
      // A body named with what it belongs to, after "du"/"de l'": "l'AN du Sénégal" (a country's
      // body, its knowledge base entry Vietnam's "AN", with another country: that country's body,
      // another entity); "le Conseil des droits de l'homme de l'ONU" (a body of an international
      // organisation: the mention takes the parent in, the name stays the knowledge base's, the
      // parent is no entity of its own there; a country's body is not one, "l'Assemblée nationale
      // de l'ASEAN")
      if (c.type === 'organization' && c.b === m.end) {
        const p = prepLength(doc.toks, m.end);
        const owner = p ? KB_DICT.match(doc.toks, m.end + p, (j) => !doc.used[j]) : null;
        if (m.ref.country) {
          if (owner?.ref.type === 'country' && owner.ref.country && owner.ref.country !== m.ref.country) {
            c.b = owner.end;
            c.canonical = tokenText(doc, i, c.b);
            c.id = entityId('organization', c.canonical);
            c.kb = null;
            c.country = owner.ref.country;
          }
        } else if (owner?.ref.type === 'organization' && !owner.ref.country && owner.ref.id !== m.ref.id)
          c.b = owner.end;
      }
      // "province de Maputo", "région autonome du Tibet": the whole designation is an alias
      if (c.type === 'place') {
        // "Afrique de l'Ouest": a region of the world and its cardinal point
        claim(c);
        const e = regionEnd(doc, i);
        if (e > c.b) {
          extendTo(c, e);
          c.kb = null;
        }
        const trig = placeTriggerBefore(doc, i);
        const zone = trig >= 0 ? zoneWithin(doc, trig, i) : 'none';
        if (zone === 'named') {
          // (the zone is the place named here: "la zone économique de Thai Binh")
          c.a = trig;
          extendTo(c, c.b);
          c.kb = null;
          c.country ??= m.ref.country;
          claim(c);
        } else if (zone === 'none' && trig >= 0 && !apposedNameCut(doc, trig, i, m.end))
          c.alias = tokenText(doc, trig, m.end);
      }
      if (c.type === 'person') {
        const h = honorificStart(doc, i);
        if (h < i) c.honorific = tokenText(doc, h, m.end);
        // "Miguel Díaz-Canel Bermúdez": a foreign name may go on past the form the knowledge base
        // keeps (a second family name); the mention takes the rest in
        let e = m.end;
        if (m.ref.country && m.ref.country !== 'VN')
          while (e < m.end + 2 && nameWordAt(doc, e) && !KB_DICT.match(doc.toks, e)) e++;
        if (e > m.end) extendTo(c, e);
      }
      push(c);
      i = Math.max(m.end, c.b);
    }
  }
}

/**
 * A zone before the place at `place`: none ('none'), or one within that place — not another name
 * of it, unless the zone is its administrative kind ("zone spéciale de Phu Quôc", "zone autonome"):
 * a zone of its own when the text names one, "la zone économique de Thai Binh", "la ZI de Tan Duc"
 * (the definite article, and its kind said); an area otherwise, "une zone industrielle de Hai
 * Duong", "les ZI de Dong Nai", "la zone de Quang Ninh à Nghe An" ('area': the place alone).
 */
function zoneWithin(doc: Doc, trig: number, place: number): 'none' | 'named' | 'area' {
  const t = doc.toks[trig];
  if (!t || !ZONES.has(t.f)) return 'none';
  // (its kind, one of the zones a state creates by name — an economic, industrial, free-trade
  // zone, or the abbreviation's letters; not "la zone montagneuse", "frontalière", "rurale", which
  // only say a part of the province)
  let kindSaid = t.f !== 'zone';
  for (let k = trig + 1; k < place; k++) {
    const f = doc.toks[k]?.f ?? '';
    if (ADMINISTRATIVE_ZONES.has(f)) return 'none';
    if (CREATED_ZONES.has(f)) kindSaid = true;
  }
  const before = doc.toks[trig - 1];
  const definite = before?.f === 'la' || (before?.f === "'" && doc.toks[trig - 2]?.f === 'l');
  return definite && kindSaid ? 'named' : 'area';
}
const ZONES = new Set(['zone', 'zones', 'zi', 'ze', 'zes']);
const CREATED_ZONES = new Set(['economique', 'industrielle', 'franche', 'echange', 'technologique']);
const ADMINISTRATIVE_ZONES = new Set(['speciale', 'administrative', 'autonome']);

/**
 * A place of the world named by the name [i, end) of the country `own` and the words after it, or
 * null. A place of that country is said to be its ("la gouverneure d'Australie-Méridionale, X" is
 * Australian): its name says the country.
 */
function placeWithin(doc: Doc, i: number, end: number, own: string | null): Cand | null {
  for (const e of [cardinalPointEnd(doc, end), hyphenedEnd(doc, end)]) {
    const country = e > end ? worldPlaceCountry(tokenText(doc, i, e)) : null;
    if (!country) continue;
    const c = worldPlaceCand(doc, i, e, country);
    if (country === own) c.country = country;
    return c;
  }
  return null;
}

/**
 * "-Occidentale", "-Méridionale": the end of the words hyphened, with no space, to the name ending
 * at k (three at most, as "Macédoine-Orientale-et-Thrace": a chain of "Vietnam-Laos-Cambodge-…" is
 * not read to its end from each country).
 */
function hyphenedEnd(doc: Doc, k: number): number {
  let e = k;
  while (e < k + 6 && doc.toks[e + 1]?.kind === 'w' && isCompoundTail(doc.toks, e + 1)) e += 2;
  return e;
}

/** "(le temple) des rois Hung": a building's noun and "des" or "du" before i. */
function namedBuilding(doc: Doc, i: number): boolean {
  const [noun, of] = [doc.toks[i - 2], doc.toks[i - 1]];
  return (of?.f === 'des' || of?.f === 'du') && !!noun && BUILDINGS.has(noun.f);
}
const BUILDINGS = new Set([
  'temple',
  'temples',
  'sanctuaire',
  'mausolee',
  'mausolees',
  'tombeau',
  'tombeaux',
  'pagode',
]);

/** Token i, capitalised but not in capitals, is an acronym of the entry written as a word ("Asean"). */
function acronymAsWord(doc: Doc, i: number, ref: KbEntry): boolean {
  const t = doc.toks[i];
  return !!t && t.cap && !t.upper && [ref.name, ...ref.variants].some((v) => isAcronym(v) && v.toLowerCase() === t.f);
}
