// A bare title before a name whose complement follows the name: "la gouverneure Linda Dessau de
// l'Etat de Victoria", "l'ambassadeur Yamada du Japon". French news splits a long title so, the
// name set between the function and what it is the function of; the reader, and the annotators,
// join them ("gouverneure de l'Etat de Victoria"). Read once the page's places, bodies and
// countries are found: the complement must be one of them, right after the name.

import { fold } from '../text/fold';
import { type Cand, candCountry, type Doc, tokenText } from './doc';
import { PROFESSIONS, SOVEREIGNS } from './lexicon';
import { placeTriggerBefore } from './person-place-rules';
import { roleHead } from './role-words';

/** How far past the noun that designates a place its name may begin ("l'Etat de Victoria"). */
const MAX_LEAD = 4;

/**
 * The person's role with the complement that follows the name, when the role stated is a bare
 * title (no complement of its own) and the name is followed, with no pause, by "de"/"du"/"d'" and
 * a place, a body or a country; else the role as it is.
 */
export function withComplementAfterName(c: Cand): string | null {
  const role = c.role;
  // (not a sovereign's: "le roi Charles III d'Angleterre" is named so, the realm after the name;
  // nor a trade's, "la chanteuse X des Etats-Unis", "le poète Nguyen Du de Ha Tinh": where its
  // holder comes from)
  if (!role || !bareTitle(role) || SOVEREIGNS.has(roleHead(role)) || PROFESSIONS.has(roleHead(role))) return role;
  // (nor once the holder's country is said or known: "le ministre japonais X de Tokyo",
  // "l'entraîneur sud-coréen Park Hang-seo du Vietnam", a Vietnamese name: "de …" is then where
  // the holder comes from or whom they work for)
  if (candCountry(c)) return role;
  const complement = complementAfter(c.doc, c.b, role);
  return complement ? `${role} ${complement}` : role;
}

/** One title word, with a qualifier or a nationality at most: "gouverneure", "Premier ministre", "ambassadeur japonais". */
function bareTitle(role: string): boolean {
  const words = role.split(/\s+/);
  return words.length <= 3 && !words.some((w) => PREPOSITIONS.has(w.toLowerCase())) && roleHead(role) !== '';
}
const PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'd’', 'au', 'aux', 'en', 'à', 'a', 'pour', 'chargé', 'chargée']);

/** The complement's words from its preposition, when it names a place, a body or a country (a body only after "à"/"au"). */
function complementAfter(d: Doc, e: number, role = ''): string | null {
  const prep = d.toks[e]?.f;
  // ("le député X à la Chambre des communes du Canada": a seat in a body; "le ministre X à Hanoï"
  // is where the minister is)
  // (the preposition written "à", not the verb "a": "Le sénateur X a l'Association … pour alliée")
  const written = d.text.slice(d.toks[e]?.s ?? 0, d.toks[e]?.e ?? 0).toLowerCase();
  const seat = written === 'à' || written === 'au';
  if (prep !== 'de' && prep !== 'du' && prep !== 'd' && prep !== 'des' && !seat) return null;
  // (past the complement's article: "de l'Etat", "de la province")
  let k = e + 1;
  while (k < e + 3 && ARTICLES.has(d.toks[k]?.f ?? '')) k++;
  const held = d.used[k];
  // (an assembly one sits in, or a ministry whose state secretary one is; a university, a forum or
  // a general assembly is where one speaks: "le ministre X à l'Université nationale de Hanoï")
  if (seat)
    return held?.type === 'organization' &&
      !held.dropped &&
      held.a === k &&
      seatIn(d.toks[k]?.f ?? '', d.toks[k + 1]?.f, role)
      ? tokenText(d, e, held.b)
      : null;
  if (held) return !held.dropped && COMPLEMENTS.has(held.type) && held.a === k ? tokenText(d, e, held.b) : null;
  // (or the noun that designates the place: "l'Etat de Victoria", whose entity is "Victoria")
  for (let m = k + 1; m <= k + MAX_LEAD; m++) {
    const place = d.used[m];
    if (!place) continue;
    return place.type === 'place' && !place.dropped && placeTriggerBefore(d, place.a) === k
      ? tokenText(d, e, place.b)
      : null;
  }
  return null;
}
const ARTICLES = new Set(['la', 'l', "'", 'les']);
const ASSEMBLIES = new Set(['chambre', 'parlement', 'senat', 'congres', 'diete', 'douma', 'assemblee']);
/** Is the body whose head is `head` a seat of the role ("à la Chambre", "au Sénat"; "au ministère" for a state secretary)? */
function seatIn(head: string, next: string | undefined, role: string): boolean {
  if (head === 'assemblee') return next !== 'generale';
  if (ASSEMBLIES.has(head)) return true;
  return head === 'ministere' && /secretaire d'etat$/.test(fold(role));
}
const COMPLEMENTS = new Set<Cand['type']>(['place', 'organization', 'country']);
