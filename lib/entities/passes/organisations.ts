// The entity finder's organisations pass (index.ts): organisations by rule (of a country, abroad,
// units of other bodies, ministries sharing one head) and the acronyms a page defines for them.

import type { Steps } from '../../slices';
import { abroadEnd, coordinatedEnd, isVenue, orgComplementEnd, venueNameEnd } from '../complements';
import { acronymAfter, type Cand, candCountry, extendTo, makeCand, tokenText } from '../doc';
import { entityId } from '../knowledge';
import { listedMinistries } from '../ministry-lists';
import {
  acronymOfFunction,
  listedFriendships,
  matchFriendship,
  matchLocalAdministration,
  matchOrg,
  matchRegionalMeeting,
  matchTeam,
  peoplesBody,
} from '../org-rules';
import {
  centralCommitteeTail,
  headOfCountry,
  headOfOrganisation,
  parentOrganisation,
  partyTail,
  unitOfNamedBody,
} from '../org-units';
import { CANDS_PER_STEP, pause } from '../pace';
import { matchPartyBody } from '../party-bodies';
import { articleLength } from '../prepositions';
import { regionEnd } from '../regions';
import type { PassState } from './state';

/** Organisations by rule, acronyms defined after an organisation. */
export function* organisations({ docs, cands, push, learn, takeOver }: PassState): Steps<void> {
  // "Assemblée nationale du Laos": a known organisation of a named country is that country's.
  for (const [n, c] of [...cands].entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (c.type !== 'organization' || c.via !== 'kb' || c.doc.used[c.a] !== c) continue;
    // not an acronym ("AN du Vietnam"); a ministry ("ministère de l'Intérieur du Cambodge") keeps its
    // name without the country as an alias, the way the reference truth names it
    const first = c.doc.toks[c.a];
    if (!first || first.upper) continue;
    // "ministère des Affaires étrangères et de la Coopération internationale du Cambodge"
    const more = orgComplementEnd(c.doc, coordinatedEnd(c.doc, c.b));
    if (!more?.[1] || c.doc.toks[c.b]?.f === '-' || c.doc.toks[c.b + 1]?.f === '-') continue;
    const wider = makeCand(
      c.doc,
      c.a,
      more[0],
      'organization',
      tokenText(c.doc, c.a, more[0]),
      'org-of-country',
      more[1],
    );
    if (!first.cap) wider.alias = c.kb?.name ?? null;
    takeOver(wider);
  }
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      if (doc.used[i]) continue;
      const ministries = listedMinistries(doc, i);
      if (!ministries.length) ministries.push(...listedFriendships(doc, i));
      if (ministries.length) {
        for (const c of ministries) takeOver(c);
        i = (ministries.at(-1) as Cand).b - 1;
        continue;
      }
      const party = matchPartyBody(doc, i);
      if (party) {
        takeOver(party);
        i = party.b - 1;
        continue;
      }
      const unit = headOfOrganisation(doc, i);
      if (unit) {
        // ("le Comité de l'ASEAN en Ukraine": a body of another one, named by the country it is in)
        const abroad = abroadEnd(doc, unit.a, unit.b);
        if (abroad) {
          extendTo(unit, abroad[0]);
          unit.country = unit.country ?? abroad[1];
        }
        // ("le Bureau de l'OMS pour le Pacifique occidental": and the region of the world it serves)
        const served = servedRegionEnd(doc, unit.b);
        if (served > unit.b) extendTo(unit, served);
        takeOver(unit);
        i = unit.b - 1;
        continue;
      }
      const c =
        matchOrg(doc, i) ??
        matchTeam(doc, i) ??
        matchFriendship(doc, i) ??
        matchRegionalMeeting(doc, i) ??
        headOfCountry(doc, i);
      if (!c) continue;
      // "… de Hanoï", "… de Hongrie"; a ministry of a country keeps its name without it as an alias
      // (a people's body in lower case is named by its place: "le comité populaire de Dà Nang")
      const ministry = c.canonical.charAt(0) !== c.canonical.charAt(0).toUpperCase() && !peoplesBody(doc, c.a);
      const more = orgComplementEnd(doc, c.b, !ministry);
      if (more) {
        if (ministry) c.alias = c.canonical;
        extendTo(c, more[0]);
        c.country = c.country ?? more[1];
      }
      const abroad = abroadEnd(doc, c.a, c.b);
      if (abroad) {
        extendTo(c, abroad[0]);
        c.country = c.country ?? abroad[1];
      }
      // "Centre d'exposition du Vietnam", "Centre commercial Dong Xuan": a venue, a place
      if (isVenue(doc, c.a, c.b)) {
        extendTo(c, venueNameEnd(doc, c.b));
        c.type = 'place';
        c.id = entityId('place', c.canonical);
      }
      takeOver(c); // countries joined inside it too: "Association d'amitié avec le Vietnam"
      i = c.b - 1;
    }
  }
  // "Direction des opérations conjointes des Forces armées royales thaïlandaises": a unit of
  // another organisation is named with it; the unit alone is an alias and the parent stays an
  // entity of its own (each keeps its own words in the page).
  for (const [n, c] of [...cands].entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    const parent = c.via === 'org-rule' && !c.dropped ? parentOrganisation(c) : null;
    if (!parent) continue;
    c.canonical = tokenText(c.doc, c.a, parent.b);
    c.id = entityId('organization', c.canonical);
    c.country = c.country ?? candCountry(parent);
  }
  // "la chambre basse du Parlement indien": a unit in lower case, named by the body it belongs to;
  // "vice-président de la FPCCI": an acronym a function is held in
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      const unit = unitOfNamedBody(doc, i) ?? acronymOfFunction(doc, i);
      if (!unit) continue;
      push(unit);
      i = unit.b - 1;
    }
  }
  // "Commission des relations extérieures du Comité central du PCV", "Commission centrale du
  // contrôle du Parti": named short, the full form an alias
  for (const [n, c] of cands.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (c.type !== 'organization' || c.dropped || c.alias || !c.doc.toks[c.a]?.cap) continue;
    const e = Math.max(centralCommitteeTail(c.doc, c.b), partyTail(c.doc, c.b));
    if (e < 0) continue;
    c.alias = tokenText(c.doc, c.a, e);
    if (!c.country) c.country = candCountry(c.doc.used[e - 1] ?? c) ?? null;
  }
  /** Acronyms this page defines otherwise than the knowledge base: "Parti communiste cubain (PCC)". */
  const redefined = new Map<string, Cand>();
  for (const [n, c] of [...cands].entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (c.type !== 'organization' || c.dropped) continue;
    const k = acronymAfter(c.doc, c.b);
    const held = k < 0 ? null : c.doc.used[k];
    if (k < 0 || (held && !(held.via === 'kb' && held.id !== c.id))) continue;
    if (held) redefined.set(c.doc.toks[k]?.f ?? '', c);
    const ac: Cand = { ...c, a: k, b: k + 1, via: 'acronym-def' };
    if (held) held.dropped = true;
    push(ac);
    learn(c, [c.doc.toks[k]?.f ?? ''], true);
  }
  // The page's own definition wins for every other mention of that acronym on the page.
  for (const [n, c] of cands.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    const def = c.via === 'kb' && c.b - c.a === 1 ? redefined.get(c.doc.toks[c.a]?.f ?? '') : undefined;
    if (!def || c.dropped) continue;
    Object.assign(c, { id: def.id, kb: def.kb, canonical: def.canonical, country: def.country, via: 'acronym-def' });
  }
  // "Comité CEDAW" makes a bare "CEDAW" the same organisation.
  for (const [k, c] of [...cands].entries()) {
    if (pause(k, CANDS_PER_STEP)) yield;
    if (c.via !== 'org-acronym') continue;
    const t = c.doc.toks[c.b - 1];
    if (t) learn(c, [t.f], true);
  }
}

/**
 * "pour le Pacifique occidental", "pour l'Asie" at k: past the region of the world a body serves,
 * else k ("… de l'Organisation mondiale de la santé (OMS) pour le Pacifique occidental": past the
 * parent's acronym too).
 */
function servedRegionEnd(doc: Cand['doc'], k: number): number {
  const toks = doc.toks;
  const acronym = acronymAfter(doc, k) > 0 ? 3 : 0;
  const at = k + acronym;
  if (toks[at]?.f !== 'pour') return k;
  const e = regionEnd(doc, at + 1 + articleLength(toks, at + 1));
  if (e < 0) return k;
  // ("… pour l'Asie de l'Est et le Pacifique": two regions joined)
  const second = toks[e]?.f === 'et' ? regionEnd(doc, e + 1 + articleLength(toks, e + 1)) : -1;
  return second > 0 ? second : e;
}

/**
 * After the places are found (passes 7 to 9): "l'administration de Hong Kong", "… de la province
 * lao d'Attapeu", a place's government named in lower case by the place (org-rules.ts).
 */
export function* localAdministrations({ docs, takeOver }: PassState): Steps<void> {
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      if (doc.toks[i]?.f !== 'administration') continue;
      const c = matchLocalAdministration(doc, i);
      if (c) takeOver(c);
    }
  }
}
