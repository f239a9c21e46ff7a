// Organisations named by their place in another body or country: "le Conseil de la Fédération de
// Russie", "la Direction des opérations conjointes des Forces armées royales thaïlandaises", "le
// Bureau de l'Assemblée nationale"; and acronyms defined after a name, "(PCV)".

import { fold } from '../text/fold';
import { orgComplementEnd } from './complements';
import { acronymAfter, type Cand, candCountry, type Doc, makeCand, tokenText } from './doc';
import { GENERIC_ORGS, isHead, looksAdjective, REPORTS_TO, ROLE_STOP, TITLE_WORDS } from './lexicon';
import { connectedNounEnd, namesRegion, thankedBefore } from './org-rules';
import { isUnnamedParty } from './party-bodies';
import { articleLength, prepLength } from './prepositions';

/** "le Conseil de la Fédération de Russie": a capitalised head whose only complement is a country. */
export function headOfCountry(doc: Doc, i: number): Cand | null {
  const head = doc.toks[i];
  // "le Centre du Vietnam" is the region
  if (!head?.cap || !isHead(head) || namesRegion(doc, i)) return null;
  const more = orgComplementEnd(doc, i + 1);
  if (!more?.[1] || doc.toks[i + 1]?.f === '-') return null;
  return makeCand(doc, i, i + 1, 'organization', tokenText(doc, i, i + 1), 'org-rule', more[1]);
}

/** The organisation a rule-found one is "of", named right after it by de/du/des ("de l'AN" too). */
export function parentOrganisation(c: Cand): Cand | null {
  const toks = c.doc.toks;
  const head = toks[c.a];
  if (!head?.cap) return null;
  const p = prepLength(toks, c.b);
  const parent = p ? c.doc.used[c.b + p] : null;
  if (parent?.type !== 'organization' || parent.a !== c.b + p || parent.dropped) return null;
  return parent;
}

/**
 * "la Commission des relations extérieures du Comité central du Parti communiste du Vietnam": a
 * body of a party's Central Committee. The reference truth names it short, as the party's body
 * ("Commission des relations extérieures"), and the Central Committee not at all; the text names it
 * in full, which is the form a reader sees and the one other annotations keep. The end of that full
 * form after the unit ending at b ("… du Comité central (CC) du PCV", "… du Comité central du
 * Parti"), or -1.
 */
export function centralCommitteeTail(doc: Doc, b: number): number {
  const toks = doc.toks;
  const p = prepLength(toks, b);
  const k = b + p;
  if (!p || !toks[k]?.cap || toks[k]?.f !== 'comite' || toks[k + 1]?.f !== 'central') return -1;
  let m = k + 2;
  // "(CC)"
  if (acronymAfter(doc, m) > 0) m += 3;
  return partyAfter(doc, m);
}

/**
 * The end of the party named after the preposition at k: one the page names ("du Parti communiste
 * du Vietnam", "du PCV"), or "du Parti" unnamed, the party the story is about. -1 if none.
 */
function partyAfter(doc: Doc, k: number): number {
  const toks = doc.toks;
  const p = prepLength(toks, k);
  const w = toks[k + p];
  if (!p || !w?.cap) return -1;
  const party = doc.used[k + p];
  if (party?.type === 'organization' && party.a === k + p && !party.dropped) return party.b;
  return !party && w.f === 'parti' && !toks[k + p + 1]?.cap ? k + p + 1 : -1;
}

/**
 * "la Commission centrale de l'organisation du Parti", "le Secrétariat du Comité central du Parti",
 * "le Bureau politique du Parti communiste français": a body named with the party it belongs to.
 * Like the Central Committee's bodies, named short, the full form an alias. The end of that full
 * form after the body ending at b ("du Parti" unnamed, or a party the page names), or -1.
 */
export function partyTail(doc: Doc, b: number): number {
  return doc.toks[b + prepLength(doc.toks, b)]?.f === 'parti' ? partyAfter(doc, b) : -1;
}

/**
 * "le Bureau de l'Assemblée nationale", "le Comité permanent de l'Assemblée populaire nationale de
 * Chine", "le Comité permanent de l'AN": a head noun (and its adjectives) whose only complement is
 * a known organisation names a body of it. Not a Central Committee, which the reference truth does not name
 * apart from its party.
 */
export function headOfOrganisation(doc: Doc, i: number): Cand | null {
  const head = doc.toks[i];
  if (!head?.cap || !isHead(head) || isUnnamedParty(doc, i)) return null;
  let k = i + 1;
  while (k < i + 3 && doc.toks[k]?.kind === 'w' && !doc.toks[k]?.cap && looksAdjective(doc.toks[k]?.f ?? '')) k++;
  const p = prepLength(doc.toks, k);
  const parent = p ? doc.used[k + p] : null;
  if (parent?.type !== 'organization' || parent.a !== k + p) return null;
  if (parent.via !== 'kb' && parent.via !== 'org-of-country') return null;
  const unit = fold(tokenText(doc, i, k));
  if (unit === 'comite central' || unit === 'conseil national') return null;
  if (GENERIC_ORGS.has(fold(tokenText(doc, i, parent.a + 1)))) return null;
  // ("le Fonds des Nations unies pour la démographie": what the unit is for, after its body, said
  // with its article; not "… de l'Assemblée nationale pour commentaires")
  // (the agencies of an international body: "Bureau de l'Assemblée nationale pour la synthèse des
  // avis" is what the report is sent for)
  const remit =
    doc.toks[parent.b]?.f === 'pour' &&
    REMIT_UNITS.has(head.f) &&
    !candCountry(parent) &&
    articleLength(doc.toks, parent.b + 1) > 0 &&
    !thankedBefore(doc, i)
      ? connectedNounEnd(doc, parent.b + 1)
      : -1;
  const end = remit > 0 ? remit : parent.b;
  const c = makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-unit');
  c.country = candCountry(parent);
  return c;
}

/** Agencies named by what they are for: "Fonds des Nations unies pour la démographie". */
const REMIT_UNITS = new Set([
  'fonds',
  'programme',
  'comite',
  'haut-commissariat',
  'commissariat',
  'institut',
  'centre',
]);

/** Units of a body, named in lower case: "le département …", "la chambre basse …". */
const UNIT_HEADS = new Set([
  'departement',
  'service',
  'bureau',
  'direction',
  'agence',
  'commandement',
  'administration',
  'chambre',
  'office',
  'division',
  'section',
  'secretariat',
]);
const CHAMBER_SIDES = new Set(['basse', 'haute']);
/** Lower-case words a unit's own complement may hold ("en matière de", "d'enquête"). */
const UNIT_LINKS = new Set(['de', 'du', 'des', 'd', "'", 'la', 'l', 'et', 'en', 'matiere', '-']);

/**
 * "le département de la planification et des finances du ministère de l'Information", "la chambre
 * basse du Parlement indien", "l'agence de police d'enquête du ministère de la Sécurité publique": a
 * unit written in lower case is a name when a named body it belongs to follows it. Named with
 * that body (as "Bureau de l'Assemblée nationale" is).
 */
export function unitOfNamedBody(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || head.cap || !UNIT_HEADS.has(head.f) || doc.used[i]) return null;
  // ("au service du peuple", "le bureau de vote": the unit must reach a named body within a few words)
  let reports = -1;
  for (let k = i + 1; k < i + 12 && k < toks.length; k++) {
    const p = prepLength(toks, k);
    const parent = p ? doc.used[k + p] : null;
    if (parent?.type === 'organization' && parent.a === k + p && !parent.dropped) {
      // the unit says what it is before the body: "département de la planification", "chambre
      // basse" (not an adjective alone: "département général du ministère" is any of them)
      if (k === i + 1) return null;
      if (!prepLength(toks, i + 1) && !(head.f === 'chambre' && CHAMBER_SIDES.has(toks[i + 1]?.f ?? ''))) return null;
      // (its mention is its own words: the body keeps its mention, and stays an entity of its own)
      // ("… relevant du ministère": the unit is named by its own words, the body it reports to apart)
      const c =
        reports > 0
          ? makeCand(doc, i, reports, 'organization', tokenText(doc, i, reports), 'org-unit')
          : makeCand(doc, i, k, 'organization', tokenText(doc, i, parent.b), 'org-unit');
      c.country = candCountry(parent);
      return c;
    }
    const t = toks[k];
    // ("département des Affaires politiques et diplomatiques du ministère kényan…": capitalised
    // words of its own; "… relevant du ministère": the body it reports to)
    if (!t || doc.used[k]) return null;
    // ("sous la direction du secrétaire général du Comité central…": a person's title, no unit)
    if (t.kind === 'w' && TITLE_WORDS.has(t.f)) return null;
    if (t.kind === 'w' && REPORTS_TO.has(t.f)) {
      reports = k;
      continue;
    }
    if (t.kind === 'w' && t.cap) continue;
    if (t.kind === 'p' && t.f !== "'" && t.f !== '-') return null;
    if (t.kind === 'n') return null;
    if (t.kind === 'w' && !UNIT_LINKS.has(t.f) && (t.f.length < 3 || ROLE_STOP.has(t.f))) return null;
  }
  return null;
}
