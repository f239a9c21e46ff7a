// Ships' names: "le navire Tonnerre", "la frégate de lutte anti-sous-marine (ASM), George Leygues".
// Ships are not annotated (no person, no place): a name right after a ship's noun and its article,
// or set off by commas after the noun and its complement, is the ship's.

import type { Doc } from './doc';
import { ROLE_STOP } from './lexicon';
import type { Token } from './tokens';

/** Nouns of ships (folded); "porte-avions" and "sous-marin" are compounds of three tokens. */
export const VESSELS = new Set([
  'navire',
  'fregate',
  'corvette',
  'destroyer',
  'croiseur',
  'porte-avions',
  'sous-marin',
  'patrouilleur',
  'vaisseau',
  'bateau',
  'chalutier',
  'brise-glace',
  'navire-ecole',
  'navire-hopital',
]);
/** What a ship's noun follows: "le navire", "la frégate", "du porte-avions" ("l'" ends on its apostrophe). */
const VESSEL_ARTICLES = new Set(['le', 'la', "'", 'un', 'une', 'du', 'au', 'ce', 'cette', 'son', 'sa', 'leur']);
/** How far back a ship's noun may stand before the comma: its complement ("de lutte anti-sous-marine (ASM)"). */
const MAX_VESSEL_COMPLEMENT = 8;
/** What ends an apposition: another comma, the sentence, a bracket. */
const APPOSITION_ENDS = new Set([',', '.', ';', ':', ')', '!', '?']);

/**
 * Does a ship's noun end at token k, after its article? ("capitaine de vaisseau", "capitaine de
 * frégate" are ranks: no article before the noun.)
 */
function vesselEndsAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t?.kind !== 'w') return false;
  if (VESSELS.has(t.f)) return VESSEL_ARTICLES.has(toks[k - 1]?.f ?? '');
  const compound = toks[k - 1]?.f === '-' ? `${toks[k - 2]?.f}-${t.f}` : '';
  return VESSELS.has(compound) && VESSEL_ARTICLES.has(toks[k - 3]?.f ?? '');
}

/**
 * Is the capitalised run [a, b) a ship's name: right after the noun ("le navire Tonnerre"), or in
 * apposition after the noun and its complement ("la frégate de lutte anti-sous-marine (ASM),
 * George Leygues, à …")? Not a person after the comma who does something ("Après avoir visité la
 * frégate, Tran Duc Thang a salué…"), nor an owner's or a crew's name ("le bateau du pêcheur X",
 * "le navire commandé par le capitaine X").
 */
export function namesVessel(doc: Doc, a: number, b: number): boolean {
  const toks = doc.toks;
  if (vesselEndsAt(toks, a - 1)) return true;
  if (toks[a - 1]?.f !== ',' || (toks[b] && !APPOSITION_ENDS.has(toks[b]?.f ?? ''))) return false;
  let k = a - 2;
  if (toks[k]?.f === ')') {
    const open = toks.findLastIndex((t, j) => j < k && j >= k - 4 && t.f === '(');
    if (open < 0) return false;
    k = open - 1;
  }
  for (let n = 0; k >= 0 && n < MAX_VESSEL_COMPLEMENT; n++, k--) {
    const t = toks[k];
    // (a clause's verb or preposition ends the complement; not a word of a compound, "anti-sous-marine")
    const inCompound = toks[k - 1]?.f === '-' || toks[k + 1]?.f === '-';
    if (!t || (t.kind !== 'w' && t.f !== '-') || t.cap || (ROLE_STOP.has(t.f) && !inCompound)) return false;
    if (vesselEndsAt(toks, k)) return true;
  }
  return false;
}
