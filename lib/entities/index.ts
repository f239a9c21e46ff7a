// Names in French VNA text: who, which organisation, which place, which country.
//
// Why hand-written and not an NER library: browser-sized French NER (compromise-fr, wink-nlp
// models) is trained on generic European text and misses Vietnamese, Khmer and Lao names, VNA's
// role phrases and its honorifics; models that do better (spaCy/Transformers) are tens of MB and
// not for a content script. A small token matcher + curated knowledge base + French role rules
// is ~40 KB, linear-time, and explains each decision.
//
// Pipeline (one page = title, lead, paragraphs, captions, teasers):
//   1. tokenize every text (offsets kept; see tokens.ts)
//   2. knowledge base, longest match first (people, organisations, places, countries, acronyms)
//   3. acronyms defined in parentheses: "Parti communiste du Vietnam (PCV)"
//   4. organisation rule ("ministère cambodgien de l'Intérieur"), then capitalised runs:
//      places, persons (see rules.ts)
//   5. names found once are found again everywhere else on the page ("Soc Trang renforce…")
//   6. mentions grouped by id; name, aliases, role and country decided per entity

import { countryInContext, needsContext } from '../knowledge/countries';
import { EPITHETS } from '../knowledge/people';
import { runNow, type Steps } from '../slices';
import { fold } from '../text/fold';
import type { Entity } from '../types';
import { buildEntities } from './build';
import { matchFacilities, matchNumberedDistrict, orgComplementEnd, prepLength } from './complements';
import { type Cand, claim, type Doc, tokenText } from './doc';
import { ADJ_DICT, entityId, isAcronym, KB_DICT, type KbEntry, keyTokens } from './knowledge';
import { GENERIC_ORGS, HONORIFICS, looksAdjective, NOT_NAME, ORG_TRIGGERS, VN_SURNAMES } from './lexicon';
import { Dict } from './matcher';
import { CANDS_PER_STEP, pause } from './pace';
import { type EntityTexts, makeDocs } from './page-texts';
import { joinRoles, roleAfter, roleBefore } from './roles';
import { capitalRuns, classifyRun, isHead, makeCand, matchOrg, placeTriggerBefore, roleComplementPlace } from './rules';

export type { EntityTexts } from './page-texts';

function kbCand(doc: Doc, a: number, b: number, e: KbEntry, via: string): Cand {
  const c = makeCand(doc, a, b, e.type, e.name, via);
  c.id = e.id;
  c.kb = e;
  return c;
}

/** Honorifics right before a KB person: "Samdech Techo Hun Sen" is an alias. */
function honorificStart(doc: Doc, a: number): number {
  let k = a;
  while (k > 0) {
    const t = doc.toks[k - 1];
    if (t?.kind !== 'w' || !t.cap || !HONORIFICS.has(t.f)) break;
    k--;
  }
  return k;
}

/** Is the KB place/country at [a, b) really the tail of a Vietnamese person name ("Nguyen Binh Dinh")? */
function insidePersonName(doc: Doc, a: number): boolean {
  const p = doc.toks[a - 1];
  if (p?.kind !== 'w' || !p.cap || doc.used[a - 1]) return false;
  let k = a - 1;
  while (k > 0 && doc.toks[k - 1]?.kind === 'w' && doc.toks[k - 1]?.cap && a - k < 3) k--;
  const first = doc.toks[k];
  if (!first || !VN_SURNAMES.has(first.f) || first.upper) return false;
  // "Le Quang Ninh attire…", "Au Caire, …": a French word written without diacritics before a
  // known place is that word, not the surname (Lê, Âu)
  const raw = doc.text.slice(first.s, first.e);
  return !(NOT_NAME.has(first.f) && /^[A-Za-z]+$/.test(raw));
}

const PLACE_PREPOSITIONS = new Set(['a', 'au', 'aux', 'de', 'd', 'du', 'en', 'vers', 'dans']);

/** Is the one-word place at i followed by a capitalised name, with no preposition before it? */
function firstNameHere(doc: Doc, i: number): boolean {
  const t = doc.toks[i];
  const next = doc.toks[i + 1];
  if (!t || next?.kind !== 'w' || !next.cap || next.upper || doc.used[i + 1] || NOT_NAME.has(next.f)) return false;
  if (next.s !== t.e + 1) return false;
  const prev = doc.toks[i - 1];
  return !(prev && PLACE_PREPOSITIONS.has(prev.f === "'" ? (doc.toks[i - 2]?.f ?? '') : prev.f));
}

/** A country name that is also a first name or a common word counts only in context. */
function countryHere(doc: Doc, a: number, b: number): boolean {
  const key = doc.toks
    .slice(a, b)
    .map((t) => t.f)
    .join(' ');
  if (!needsContext(key)) return true;
  const first = doc.toks[a];
  const last = doc.toks[b - 1];
  return !!first && !!last && countryInContext(doc.text, first.s, last.e);
}

/** "le Conseil de la Fédération de Russie": a capitalised head whose only complement is a country. */
function headOfCountry(doc: Doc, i: number): Cand | null {
  const head = doc.toks[i];
  // "le Centre du Vietnam" is the region
  if (!head?.cap || !isHead(head) || head.f === 'centre') return null;
  const more = orgComplementEnd(doc, i + 1);
  if (!more?.[1] || doc.toks[i + 1]?.f === '-') return null;
  return makeCand(doc, i, i + 1, 'organization', tokenText(doc, i, i + 1), 'org-rule', more[1]);
}

/** The organisation a rule-found one is "of", named right after it by de/du/des; not an acronym. */
function parentOrganisation(c: Cand): Cand | null {
  const toks = c.doc.toks;
  const head = toks[c.a];
  if (!head?.cap) return null;
  const p = prepLength(toks, c.b);
  const parent = p ? c.doc.used[c.b + p] : null;
  if (parent?.type !== 'organization' || parent.a !== c.b + p || parent.dropped) return null;
  if (parent.b - parent.a === 1 && toks[parent.a]?.upper) return null;
  return parent;
}

/**
 * "le Bureau de l'Assemblée nationale", "le Comité permanent de l'Assemblée populaire nationale de
 * Chine": a head noun (and its adjectives) whose only complement is a known organisation names a
 * body of it. Not of an acronym; not a Central Committee, which the reference truth does not name
 * apart from its party.
 */
function headOfOrganisation(doc: Doc, i: number): Cand | null {
  const head = doc.toks[i];
  if (!head?.cap || !isHead(head)) return null;
  let k = i + 1;
  while (k < i + 3 && doc.toks[k]?.kind === 'w' && !doc.toks[k]?.cap && looksAdjective(doc.toks[k]?.f ?? '')) k++;
  const p = prepLength(doc.toks, k);
  const parent = p ? doc.used[k + p] : null;
  if (parent?.type !== 'organization' || parent.a !== k + p) return null;
  if (parent.via !== 'kb' && parent.via !== 'org-of-country') return null;
  if (parent.b - parent.a === 1 && doc.toks[parent.a]?.upper) return null;
  const unit = fold(tokenText(doc, i, k));
  if (unit === 'comite central' || unit === 'conseil national') return null;
  if (GENERIC_ORGS.has(fold(tokenText(doc, i, parent.a + 1)))) return null;
  const c = makeCand(doc, i, parent.b, 'organization', tokenText(doc, i, parent.b), 'org-unit');
  c.country = parent.country ?? parent.kb?.country ?? null;
  return c;
}

/** Acronym in parentheses right after token b: "(PCV)". Returns its token index or -1. */
function acronymAfter(doc: Doc, b: number): number {
  const t = doc.toks;
  if (t[b]?.f !== '(' || t[b + 2]?.f !== ')') return -1;
  const w = t[b + 1];
  if (w?.kind !== 'w' || !w.upper || !isAcronym(doc.text.slice(w.s, w.e))) return -1;
  return b + 1;
}

export function findEntities(texts: EntityTexts): Entity[] {
  return runNow(entitySteps(texts));
}

/** findEntities as small steps (lib/slices.ts): each pass yields every DOCS_PER_STEP texts. */
export function* entitySteps(texts: EntityTexts): Steps<Entity[]> {
  if (!texts || typeof texts !== 'object') return [];
  const docs = yield* makeDocs(texts);
  const cands: Cand[] = [];
  const push = (c: Cand) => {
    claim(c);
    cands.push(c);
  };
  /** Acronyms and names learnt on this page, found again in pass 5. */
  const learnt = new Dict<Cand>();
  const learn = (c: Cand, toks: string[], acronym: boolean) => learnt.add(toks, c, acronym, true);

  // 1b. Media and companies after their noun win over the places in their names:
  //     "le journal Vientiane Mai", "le quotidien Hanoi Moi".
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    const t = doc.toks;
    for (let i = 0; i + 1 < t.length; i++) {
      const w = t[i] as (typeof t)[number];
      if (w.kind !== 'w' || w.cap || !ORG_TRIGGERS.has(w.f)) continue;
      // "le journal russe Pravda": a nationality adjective may come between
      const adj = ADJ_DICT.match(t, i + 1);
      const a = adj ? adj.end : i + 1;
      const kb = KB_DICT.match(t, a);
      if (kb && kb.ref.type === 'organization') continue;
      let b = a;
      while (
        b < t.length &&
        b < a + 5 &&
        t[b]?.kind === 'w' &&
        t[b]?.cap &&
        (!NOT_NAME.has(t[b]?.f ?? '') || (b > a && t[b]?.f === 'son'))
      )
        b++;
      if (b === a || (kb && kb.end >= b)) continue;
      push(makeCand(doc, a, b, 'organization', tokenText(doc, a, b), 'org-trigger', adj?.ref ?? null));
      i = b - 1;
    }
  }

  // 2. Knowledge base.
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; ) {
      const m = KB_DICT.match(doc.toks, i, (j) => !doc.used[j]);
      if (!m) {
        i++;
        continue;
      }
      if ((m.ref.type === 'place' || m.ref.type === 'country') && insidePersonName(doc, i)) {
        i = m.end;
        continue;
      }
      // "Santiago Cafiero", "Paris Hilton": a one-word place right before a capitalised name is
      // a first name, unless a preposition says it is a place ("à Paris Hilton a…" does not occur)
      if (m.ref.type === 'place' && m.end - i === 1 && firstNameHere(doc, i)) {
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
        }
      }
      // "province de Maputo", "région autonome du Tibet": the whole designation is an alias
      if (c.type === 'place') {
        const trig = placeTriggerBefore(doc, i);
        if (trig >= 0) c.alias = tokenText(doc, trig, m.end);
      }
      if (c.type === 'person') {
        const h = honorificStart(doc, i);
        if (h < i) c.honorific = tokenText(doc, h, m.end);
      }
      push(c);
      i = m.end;
    }
  }

  // 3–4. Organisations by rule, acronyms defined after an organisation.
  const lowerSeen = new Set<string>();
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (const t of doc.toks) if (t.kind === 'w' && !t.cap) lowerSeen.add(t.f);
  }
  // A longer name takes over the knowledge-base names inside it ("Comité mixte Vietnam - Laos").
  const takeOver = (c: Cand) => {
    const inside = new Set<Cand>();
    for (let k = c.a; k < c.b; k++) {
      const held = c.doc.used[k];
      if (held) inside.add(held);
    }
    for (const h of inside) {
      h.dropped = true; // left out when entities are built (no search of the list: stays linear)
      for (let k = h.a; k < h.b; k++) if (h.doc.used[k] === h) h.doc.used[k] = null;
    }
    push(c);
  };
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      const district = matchNumberedDistrict(doc, i);
      if (district) {
        push(district);
        i = district.b - 1;
        continue;
      }
      const found = matchFacilities(doc, i);
      for (const f of found) {
        takeOver(f);
        if (f.alias) learn(f, keyTokens(f.alias), false);
        i = f.b - 1;
      }
    }
  }
  // "Assemblée nationale du Laos": a known organisation of a named country is that country's.
  for (const [n, c] of [...cands].entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (c.type !== 'organization' || c.via !== 'kb' || c.doc.used[c.a] !== c) continue;
    // not an acronym ("AN du Vietnam") nor a ministry, which the sample truth names without its country
    const first = c.doc.toks[c.a];
    if (!first?.cap || first.upper) continue;
    const more = orgComplementEnd(c.doc, c.b);
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
    takeOver(wider);
  }
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      if (doc.used[i]) continue;
      const unit = headOfOrganisation(doc, i);
      if (unit) {
        takeOver(unit);
        i = unit.b - 1;
        continue;
      }
      const c = matchOrg(doc, i) ?? headOfCountry(doc, i);
      if (!c) continue;
      const more =
        c.canonical.charAt(0) === c.canonical.charAt(0).toUpperCase() ? orgComplementEnd(doc, c.b, true) : null;
      if (more) {
        c.b = more[0];
        c.canonical = tokenText(doc, c.a, c.b);
        c.id = entityId('organization', c.canonical);
        c.country = c.country ?? more[1];
        takeOver(c);
      } else takeOver(c); // countries joined inside it: "Association d'amitié avec le Vietnam"
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
    c.country = c.country ?? parent.country ?? parent.kb?.country ?? null;
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

  // 4. Places and persons from capitalised runs.
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (const [a0, b] of capitalRuns(doc)) {
      const place = roleComplementPlace(doc, a0, b);
      if (place) {
        push(place);
        learn(place, [doc.toks[a0]?.f ?? ''], false);
      }
      const a = place ? a0 + 1 : a0;
      const c = classifyRun(doc, a, b, lowerSeen);
      if (!c) continue;
      push(c);
      learn(
        c,
        doc.toks.slice(c.a, c.b).map((t) => t.f),
        false,
      );
    }
  }

  // 5. Names found once, found again: "Soc Trang renforce…", "le ministre Tea Banh".
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; ) {
      const m = doc.used[i] ? null : learnt.match(doc.toks, i, (j) => !doc.used[j]);
      if (!m) {
        i++;
        continue;
      }
      // Do not take the first words of a longer capitalised name.
      const next = doc.toks[m.end];
      if (next && next.kind === 'w' && next.cap && !doc.used[m.end] && m.ref.type === 'person' && m.end - i > 1) {
        i = m.end;
        continue;
      }
      const src = m.ref;
      const c: Cand = {
        ...src,
        doc,
        a: i,
        b: m.end,
        role: null,
        country: null,
        honorific: null,
        via: `again:${src.via}`,
      };
      if (src.kb) c.kb = src.kb;
      push(c);
      i = m.end;
    }
  }

  // Roles for KB persons and repeated mentions (rules already set theirs).
  for (const [k, c] of cands.entries()) {
    if (pause(k, CANDS_PER_STEP)) yield;
    if (c.type !== 'person' || c.role || c.dropped) continue;
    const h = honorificStart(c.doc, c.a);
    const before = roleBefore(c.doc, h);
    const after = roleAfter(c.doc, c.b);
    // "le Président Hô Chi Minh" (the epithet, capitalised) states no role; "le président
    // vietnamien Hô Chi Minh" does
    const epithet = c.kb ? EPITHETS.get(c.kb.id) : undefined;
    const asEpithet = !!epithet && !!before.role && fold(before.role) === epithet && /^\p{Lu}/u.test(before.role);
    c.role = joinRoles(asEpithet ? null : before.role, after.role);
    c.country = c.country ?? before.country ?? after.country;
  }
  return yield* buildEntities(cands.filter((c) => !c.dropped));
}
