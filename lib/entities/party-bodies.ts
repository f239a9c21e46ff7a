// Local bodies of the Party: "le Comité du Parti de la province de Lai Châu", "le Comité provincial
// du Parti de Son La", "le comité du Parti de Hanoï", "le Comité du Parti de la 5e région militaire",
// and the Party's organisations serving a body or its central organs ("l'organisation du Parti pour
// l'Armée", "le Comité du Parti auprès du gouvernement", "… des organes centraux du Parti"). VNA names
// them by the unnamed "Parti" and where they sit; the name runs to that seat, and a place named only
// there is the body's name, not a mention of its own. Not the Central Committee ("Comité central du
// Parti"), which the reference truth does not name apart from its party, nor the Party committee of a
// named body ("le Comité du Parti du ministère des Affaires étrangères", "… auprès du ministère…"):
// the reference names the ministry alone.

import { acronymAfter, type Cand, type Doc, heldEnd, makeCand, tokenText } from './doc';
import { isHead, looksAdjective, PLACE_TRIGGERS, VN_SYLLABLE } from './lexicon';
import { prepLength } from './prepositions';
import { worldPlaceCountry } from './world-places';

const HEADS = new Set(['comite', 'comites', 'permanence', 'bureau', 'commission', 'organisation']);
/** Heads that name a Party body in lower case too: "le comité du Parti de la province de Hà Giang". */
const LOWER_HEADS = new Set(['comite', 'organisation']);
/** Where the body sits, said of the Party or of the committee: "provincial", "municipal". */
const LOCAL = new Set(['provincial', 'municipal', 'communal', 'permanent', 'executif']);
/** Lower-case nouns of bodies the unnamed Party has: "organisations provinciales du Parti". */
const BODY_NOUNS = new Set(['comite', 'comites', 'organisation', 'organisations', 'cellule', 'cellules', 'congres']);
/** Adjectives that say how the Party is, not which party: "le Parti sain et puissant". */
const EVALUATIVE = new Set(['sain', 'puissant', 'fort', 'propre', 'vigoureux', 'solide', 'transparent', 'exemplaire']);
/** Participles that name a party all the same: "le Parti socialiste unifié". */
const NAMING_PARTICIPLES = new Set(['unifie', 'unifiee', 'uni', 'unie']);

const MILITARY_AREAS = new Set(['region', 'zone']);

/**
 * The end of the place after "de"/"du"/"de la" at k, or -1. `abroad`: the party is named (by its
 * acronym), so the seat may be a place abroad the world's places know.
 */
function seatEnd(doc: Doc, k: number, abroad = false): number {
  const toks = doc.toks;
  // "auprès du gouvernement", "pour l'Armée", "pour la Police": the body it serves
  const served = servedEnd(doc, k);
  if (served > 0) return served;
  const p = prepLength(toks, k);
  if (!p) return -1;
  const w = k + p;
  const t = toks[w];
  if (!t) return -1;
  // "de la province de Lai Châu", "de la ville de Can Tho"
  if (t.kind === 'w' && !t.cap && PLACE_TRIGGERS.has(t.f)) {
    const q = prepLength(toks, w + 1);
    return q ? nameEnd(doc, w + 1 + q, abroad) : -1;
  }
  // "de la 5e région militaire"
  if (t.kind === 'n' && MILITARY_AREAS.has(toks[w + 1]?.f ?? '') && toks[w + 2]?.f === 'militaire') return w + 3;
  // "des organes centraux (du Parti)": the Party's central bodies
  if (t.f === 'organes' && toks[w + 1]?.f === 'centraux')
    return toks[w + 2]?.f === 'du' && toks[w + 3]?.f === 'parti' ? w + 4 : w + 2;
  // "de Hanoï", "de Son La"
  return nameEnd(doc, w, abroad);
}

/** "auprès du gouvernement", "pour l'Armée": the end of the body a Party organisation serves, or -1. */
function servedEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  if (toks[k]?.f === 'aupres') {
    const p = prepLength(toks, k + 1);
    const w = toks[k + 1 + p];
    // (a named body it serves keeps its own name: "auprès du ministère des Affaires étrangères")
    return p && w?.kind === 'w' && w.f.length >= 4 && !doc.used[k + 1 + p] ? k + 2 + p : -1;
  }
  if (toks[k]?.f !== 'pour') return -1;
  const a =
    toks[k + 1]?.f === 'l' && toks[k + 2]?.f === "'" ? 3 : toks[k + 1]?.f === 'la' || toks[k + 1]?.f === 'le' ? 2 : 0;
  const w = toks[k + a];
  return a && w?.kind === 'w' && w.cap && !w.upper ? k + a + 1 : -1;
}

/** A place's name at k: a place found already, or capitalised Vietnamese syllables (or a place abroad). */
function nameEnd(doc: Doc, k: number, abroad: boolean): number {
  const held = doc.used[k];
  if (held) return held.type === 'place' && held.a === k ? heldEnd(doc, k) : -1;
  let e = k;
  while (e < k + 4 && doc.toks[e]?.cap && doc.toks[e]?.kind === 'w' && VN_SYLLABLE.test(doc.toks[e]?.f ?? '')) e++;
  if (e > k) return e;
  if (!abroad) return -1;
  // (a place abroad the world's places know: "le Comité provincial du PCC du Sichuan")
  let free = k;
  while (free < k + 3 && doc.toks[free]?.kind === 'w' && doc.toks[free]?.cap && !doc.used[free]) free++;
  for (e = free; e > k; e--) if (worldPlaceCountry(tokenText(doc, k, e))) return e;
  return -1;
}

/**
 * The country of the seat in [k, end): the place's own ("de la province du Yunnan" → CN), else VN
 * for Vietnamese syllables or a military region, else none.
 */
function seatCountry(doc: Doc, k: number, end: number): string | null {
  for (let m = k; m < end; m++) {
    const held = doc.used[m];
    if (held?.type === 'place' || held?.type === 'country') return held.kb?.country ?? null;
  }
  for (let m = k; m < end; m++) {
    const t = doc.toks[m];
    // (a body it serves says nothing of where: "pour l'Armée", "pour la Police")
    if (t?.kind === 'w' && t.cap && !VN_SYLLABLE.test(t.f) && !isHead(t)) return null;
  }
  return 'VN';
}

export function matchPartyBody(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || !HEADS.has(head.f) || (!head.cap && !LOWER_HEADS.has(head.f))) return null;
  let k = i + 1;
  while (k < i + 3 && toks[k]?.kind === 'w' && !toks[k]?.cap && LOCAL.has(toks[k]?.f ?? '')) k++;
  if (toks[k]?.f !== 'du') return null;
  // ("le Comité provincial du PCV de Dien Bien", "… du PCC du Sichuan": a party named by its acronym)
  const party = partyAcronymAt(doc, k + 1);
  // ("le Comité provincial du Parti populaire révolutionnaire du Laos (PPRL)": a local body of a
  // party named in full, its seat said or not)
  const named = party ? null : localBodyOfNamedParty(doc, i, k);
  if (named) return named;
  if (!party && (toks[k + 1]?.f !== 'parti' || !toks[k + 1]?.cap || doc.used[k + 1])) return null;
  k += 2;
  // "du Parti provincial de Quang Ngai"; a named party ("du Parti communiste") is another thing
  if (toks[k]?.kind === 'w' && !toks[k]?.cap && LOCAL.has(toks[k]?.f ?? '')) k++;
  const end = seatEnd(doc, k, !!party);
  if (end < 0) return null;
  const country = party ? (party.kb?.country ?? null) : seatCountry(doc, k, end);
  return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'party-body', country);
}

/** Where a local body sits, said of it: "provincial", "municipal" (not "central", "permanent"). */
const SEATED = new Set(['provincial', 'municipal', 'communal']);

/**
 * "le Comité provincial du Parti populaire révolutionnaire du Laos", "… du Parti communiste du
 * Vietnam (PCV) de Lao Cai": a provincial or municipal body of a party the knowledge base knows,
 * named in full after "du" at k; its seat after the party (and its acronym) when said. Or null.
 */
function localBodyOfNamedParty(doc: Doc, i: number, k: number): Cand | null {
  const toks = doc.toks;
  if (!toks.slice(i + 1, k).some((t) => SEATED.has(t.f))) return null;
  const held = doc.used[k + 1];
  if (held?.type !== 'organization' || held.a !== k + 1 || !/^parti\b/i.test(held.kb?.name ?? '')) return null;
  let end = heldEnd(doc, k + 1);
  // "(PCV)" after the party, then the seat
  const acronym = acronymAfter(doc, end) > 0 ? 3 : 0;
  const seat = seatEnd(doc, end + acronym, true);
  if (seat > 0) end = seat;
  return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'party-body', held.kb?.country ?? null);
}

/**
 * A party the knowledge base knows, named at k by its acronym after "du" ("PCV", "PCC"), or null.
 * (Parties whose names do not open on "Parti", "de l'ANC", are other bodies' business: not here.)
 */
function partyAcronymAt(doc: Doc, k: number): Cand | null {
  const held = doc.used[k];
  return doc.toks[k]?.upper &&
    held?.type === 'organization' &&
    held.a === k &&
    held.b === k + 1 &&
    /^parti\b/i.test(held.kb?.name ?? '')
    ? held
    : null;
}

/** "affiliées", "liées": a past participle as written (its accent), not a party's own adjective. */
function participle(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!t || NAMING_PARTICIPLES.has(t.f)) return false;
  return /(?:é|ée|és|ées)$/.test(doc.text.slice(t.s, t.e));
}

/**
 * "le Comité du Parti du ministère…", "le Parti provincial": the Party, unnamed, as part of another
 * body or said of a place; no party's name starts at i.
 */
export function isUnnamedParty(doc: Doc, i: number): boolean {
  const toks = doc.toks;
  if (toks[i]?.f !== 'parti') return false;
  const next = toks[i + 1];
  if (next?.kind === 'w' && LOCAL.has(next.f)) return true;
  // a named party: "secrétaire d'organisation du Parti communiste cubain", "du Parti Amanat"
  // (not an adjective that says how it is, nor a participle: "la construction du Parti sain et
  // puissant", "les organisations du Parti affiliées au Comité")
  if (next?.kind === 'w' && !next.cap && (EVALUATIVE.has(next.f) || participle(doc, i + 1))) return true;
  if (next?.kind === 'w' && (next.cap || looksAdjective(next.f))) return false;
  const body = toks[i - 2];
  return (
    toks[i - 1]?.f === 'du' &&
    (isHead(body) || LOCAL.has(body?.f ?? '') || (body?.kind === 'w' && BODY_NOUNS.has(body.f)))
  );
}
