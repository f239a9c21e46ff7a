// Rules for names the knowledge base does not know — most names a reader meets are new.
//   organisations: a head noun ("ministère", "Commission", "Front"…) + adjectives + "de …"
//   places:        "province de X", "hameau de X", "à X", a dateline "X (VNA)"
//   persons:       a capitalised run after a title ("l'ambassadeur d'Indonésie X"), before an
//                  apposition ("X, ambassadeur de…"), after "M."/"Mme", a photo credit, or shaped
//                  like a Vietnamese name (family name + 1–3 syllables)
// Precision guards: runs are cut at French words that are capitalised for other reasons
// (sentence starts, "Premier", months, "Photo", credits), acronyms never join a person's name.

import { fold } from '../text/fold';
import type { EntityType } from '../types';
import { type Cand, type Doc, isFree, tokenText } from './doc';
import { ADJ_DICT, entityId, KB_DICT } from './knowledge';
import {
  CIVILITIES,
  CONNECTOR_NOUNS,
  DIRECTIONAL,
  GENERIC_ORGS,
  HONORIFICS,
  looksAdjective,
  NOT_NAME,
  ORG_HEADS,
  ORG_HEADS_LOWER_OK,
  ORG_TRIGGERS,
  PLACE_ADJECTIVES,
  PLACE_TRIGGERS,
  ROLE_STOP,
  SOVEREIGNS,
  TITLE_WORDS,
  VN_SURNAMES,
  VN_SYLLABLE,
} from './lexicon';
import { joinRoles, roleAfter, roleBefore } from './roles';
import { isSentenceStart, type Token } from './tokens';

export { capitalRuns } from './runs';

const PREPS = new Set(['de', 'du', 'des', 'd']);
/** Agencies a photo is credited to after the photographer's name. */
const CREDITS = new Set(['vna', 'cvn', 'vnp', 'vnanet']);
const FUNCTION = new Set([...NOT_NAME].filter((w) => w.length <= 4 || ROLE_STOP.has(w)));

export function makeCand(
  doc: Doc,
  a: number,
  b: number,
  type: EntityType,
  canonical: string,
  via: string,
  country: string | null = null,
): Cand {
  return {
    doc,
    a,
    b,
    type,
    id: entityId(type, canonical),
    kb: null,
    canonical,
    country,
    role: null,
    honorific: null,
    via,
  };
}

export function isHead(t: Token | undefined): boolean {
  if (t?.kind !== 'w' || !ORG_HEADS.has(t.f)) return false;
  return t.cap || ORG_HEADS_LOWER_OK.has(t.f);
}

/** "de", "du", "des", "d'", "de la", "de l'": length in tokens of the preposition at k, or 0. */
function prepAt(toks: Token[], k: number): number {
  const t = toks[k];
  if (t?.kind !== 'w' || t.cap || !PREPS.has(t.f)) return 0;
  if (t.f === 'd') return toks[k + 1]?.f === "'" ? 2 : 0;
  if (t.f === 'de') {
    const n = toks[k + 1];
    if (n?.f === 'la' && !n.cap) return 2;
    if (n?.f === 'l' && toks[k + 2]?.f === "'") return 3;
  }
  return 1;
}

/** Prepositions that join a lower-case complement inside a name ("lutte contre", "amitié avec"). */
const ARTICLES = new Set(['le', 'la', 'les', 'l']);

/**
 * Does the connector at k join a complement inside a name? Only after a word that takes it: "lutte
 * contre", "amitié avec", "mixte sur", "Institut de recherche pour"; "entre" joins countries only
 * (connectedNounEnd). Not "Le Conseil de sécurité sur la situation…".
 */
function joinsHere(toks: Token[], k: number): boolean {
  const c = toks[k]?.f ?? '';
  const before = toks[k - 1]?.f ?? '';
  if (c === 'entre' || c === 'pour') return true;
  return CONNECTOR_NOUNS.get(c)?.has(before) ?? false;
}

/** An optional article at k ("le", "la", "les", "l'"): its length in tokens. */
function articleLength(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.cap || !ARTICLES.has(t.f)) return 0;
  return t.f === 'l' && toks[k + 1]?.f === "'" ? 2 : 1;
}

/** A country the knowledge base found at k ("le Vietnam"): its end, or -1. */
function countryEnd(doc: Doc, k: number): number {
  const held = doc.used[k];
  if (held?.type !== 'country' || held.via !== 'kb' || held.a !== k) return -1;
  return held.b;
}

/**
 * After a connector at k - 1: an optional article and a lower-case noun ("contre les crues"), or a
 * country ("d'amitié avec le Vietnam"), or two ("entre le Vietnam et le Myanmar"). Its end, or -1.
 */
function connectedNounEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  const m = k + articleLength(toks, k);
  const country = countryEnd(doc, m);
  if (country > 0) {
    if (toks[k - 1]?.f !== 'entre') return toks[k - 1]?.f === 'avec' ? country : -1;
    if (toks[country]?.f !== 'et') return -1;
    const other = countryEnd(doc, country + 1 + articleLength(toks, country + 1));
    return other;
  }
  // "entre les deux pays" says who takes part, it names no one: only countries after "entre"
  if (toks[k - 1]?.f === 'entre') return -1;
  const noun = toks[m];
  if (noun?.kind !== 'w' || noun.cap || noun.f.length < 4 || FUNCTION.has(noun.f)) return -1;
  if (!isFree(doc, k - 1, m + 1)) return -1;
  return m + 1;
}

/** Organisation phrase starting at head token i. */
export function matchOrg(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (!isHead(head) || !head) return null;
  const lowerHead = ORG_HEADS_LOWER_OK.has(head.f);
  const dropped = new Set<number>();
  let country: string | null = null;
  let k = i + 1;
  let body = 0;
  let nationalOnly = true;
  // Adjectives right after the head: "Conseil électoral national", "ministère cambodgien".
  while (k < toks.length && isFree(doc, k, k + 1)) {
    const t = toks[k] as Token;
    if (t.kind !== 'w' || t.cap) break;
    const adj = ADJ_DICT.match(toks, k);
    if (adj) {
      country = country ?? adj.ref;
      if (lowerHead) for (let j = k; j < adj.end; j++) dropped.add(j);
      k = adj.end;
      body++;
      continue;
    }
    if (lowerHead || !looksAdjective(t.f) || FUNCTION.has(t.f)) break;
    nationalOnly = false;
    k++;
    body++;
    // "Parti libéral-démocrate": a hyphenated adjective
    const dash = toks[k];
    const next = toks[k + 1];
    if (dash?.f === '-' && dash.s === toks[k - 1]?.e && next?.kind === 'w' && !next.cap && next.f.length >= 3) k += 2;
  }
  // "Centre National de Prévision": an adjective capitalised as part of the name
  while (
    !lowerHead &&
    toks[k]?.kind === 'w' &&
    toks[k]?.cap &&
    looksAdjective(toks[k]?.f ?? '') &&
    !NOT_NAME.has(toks[k]?.f ?? '') &&
    isFree(doc, k, k + 1) &&
    prepAt(toks, k + 1)
  ) {
    nationalOnly = false;
    k++;
    body++;
  }
  // "le Centre septentrional", "le Centre du Vietnam": the region, not a body
  if (
    head.f === 'centre' &&
    (k > i + 1 ? DIRECTIONAL.has(toks[k - 1]?.f ?? '') : !!prepAt(toks, k) && !!doc.used[k + prepAt(toks, k)])
  )
    return null;
  const adjEnd = k;
  // An acronym right after the head: "Comité CEDAW".
  const acr = toks[k];
  if (!lowerHead && acr && acr.kind === 'w' && acr.upper && acr.f.length >= 2 && isFree(doc, k, k + 1)) {
    return { ...makeCand(doc, i, k + 1, 'organization', tokenText(doc, i, k + 1), 'org-acronym', country) };
  }
  // Complement: "de la Sécurité publique", "des relations extérieures".
  let end = k;
  let sawCap = false;
  let connected = 0;
  let guard = 0;
  // "Comité mixte sur la coopération bilatérale entre le Vietnam et le Myanmar": joined right
  // after the head's adjectives
  while (!lowerHead && body > 0 && connected < 2 && joinsHere(toks, k)) {
    const joined = connectedNounEnd(doc, k + 1);
    if (joined < 0) break;
    connected++;
    k = joined;
    while (toks[k]?.kind === 'w' && !toks[k]?.cap && looksAdjective(toks[k]?.f ?? '') && isFree(doc, k, k + 1)) k++;
    end = k;
  }
  while (k < toks.length && guard++ < 12) {
    const p = prepAt(toks, k);
    if (!p) break;
    const w = toks[k + p];
    if (w?.kind !== 'w' || !isFree(doc, k, k + p + 1)) break;
    // Stop before another organisation or a country: "… du Comité central", "… du Royaume".
    if (isHead(w) || KB_DICT.match(toks, k + p)) break;
    if (w.cap) sawCap = true;
    else if (lowerHead || FUNCTION.has(w.f) || ADJ_DICT.match(toks, k + p)) break;
    let capInSegment = w.cap;
    let afterJoin = false;
    k += p + 1;
    // Words of the complement: capitalised words and adjectives ("Affaires étrangères").
    while (k < toks.length && isFree(doc, k, k + 1)) {
      const t = toks[k] as Token;
      // "Fonds de vaccins anti-COVID-19": a hyphenated compound goes on
      if (
        t.f === '-' &&
        t.s === toks[k - 1]?.e &&
        toks[k + 1]?.s === t.e &&
        toks[k + 1]?.kind !== 'p' &&
        isFree(doc, k + 1, k + 2)
      ) {
        k += 2;
        continue;
      }
      if (t.kind !== 'w') break;
      if (ADJ_DICT.match(toks, k)) break;
      if (t.cap) {
        // One capitalised word per segment ("de la Défense"): a second one starts a name,
        // as in "ministère de l'Intérieur Em Saman".
        if (isHead(t) || (capInSegment && !looksAdjective(t.f)) || (NOT_NAME.has(t.f) && !lowerHead)) break;
        capInSegment = true;
        sawCap = true;
        k++;
        continue;
      }
      // "de lutte contre les catastrophes naturelles", "d'amitié avec les peuples": one
      // lower-case complement joined by another preposition (after a capitalised head only)
      const joined = !lowerHead && connected < 2 && joinsHere(toks, k) ? connectedNounEnd(doc, k + 1) : -1;
      if (joined > 0) {
        connected++;
        afterJoin = true;
        k = joined;
        continue;
      }
      if (FUNCTION.has(t.f) || PREPS.has(t.f)) break;
      if (lowerHead ? !looksAdjective(t.f) : t.f.length < 3) break;
      // after a joined complement only its adjectives: "… pour le développement" stops before
      // "coopère" (a verb in -ère reads like an adjective in -ère: neither is taken there)
      if (afterJoin && (!looksAdjective(t.f) || t.f.endsWith('ere'))) break;
      k++;
    }
    end = k;
    // "et de l'Investissement", ", des sports et du tourisme": a coordinated complement
    // (lower-case ones only after a capitalised head: "Service de la culture et du tourisme").
    if ((toks[k]?.f === 'et' || toks[k]?.f === ',') && prepAt(toks, k + 1)) {
      const w2 = toks[k + 1 + prepAt(toks, k + 1)];
      if (
        w2?.cap ||
        (!lowerHead && w2?.kind === 'w' && !FUNCTION.has(w2.f) && !TITLE_WORDS.has(w2.f) && w2.f.length >= 3)
      ) {
        k++;
        continue;
      }
    }
    if (!prepAt(toks, k)) break;
  }
  if (end === i + 1 + 0 && body === 0) return null;
  if (lowerHead && !sawCap) return null;
  if (end <= i + 1) return null;
  // A nationality adjective after the complement gives the country: "Chambre des représentants jordanienne".
  const after = ADJ_DICT.match(toks, end);
  if (after && !country) country = after.ref;
  // The mention takes the adjective in ("Fonds d'investissement direct russe" is an alias);
  // the name stays without it, as the body is the same ("Chambre des représentants").
  const spanEnd = after && !lowerHead && end > adjEnd && isFree(doc, end, after.end) ? after.end : end;
  let canonical = tokenText(doc, i, end, (k2) => dropped.has(k2));
  // Plural and capitalised heads name the same body: "les ministères de la Défense".
  if (lowerHead) canonical = canonical.replace(/^\S+/, (h) => h.toLowerCase().replace(/s$/, ''));
  // "le Parti vietnamien", "l'Armée vietnamienne": ways of saying the ruling party or the army,
  // not names of their own.
  if ((head.f === 'parti' || head.f === 'armee') && end === adjEnd && nationalOnly) return null;
  if (
    GENERIC_ORGS.has(
      canonical
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    )
  )
    return null;
  if (!lowerHead && body === 0 && end === i + 1) return null;
  return makeCand(doc, i, spanEnd, 'organization', canonical, 'org-rule', country);
}

/** Does a word look French rather than a name (for a sentence-initial capital)? */
function frenchLooking(f: string, lowerSeen: Set<string>): boolean {
  if (lowerSeen.has(f)) return true;
  return (
    /(?:ant|ent|ment|tion|sion|eur|eux|ique|age|ure|ite|ee|er|ez|ait|ons|ance|ence|isme|iste|ise)$/.test(f) &&
    f.length > 4
  );
}

function isVietnameseName(doc: Doc, a: number, b: number): boolean {
  const n = b - a;
  if (n < 2 || n > 4) return false;
  const first = doc.toks[a] as Token;
  if (!VN_SURNAMES.has(first.f)) return false;
  for (let k = a; k < b; k++) {
    const t = doc.toks[k] as Token;
    if (t.kind !== 'w' || !VN_SYLLABLE.test(t.f)) return false;
  }
  return true;
}

const isPunct = (t: Token | undefined, chars: string): boolean => !!t && t.kind === 'p' && chars.includes(t.f);

/**
 * "le gouverneur du Yunnan Wang Yubo": a role's complement glued to the name after it. When a
 * run of three or more words follows a role ending in "du"/"de"/"d'"/"de la", its first word is
 * the place the role is of, and the rest the person. Returns that place, or null.
 */
export function roleComplementPlace(doc: Doc, a: number, b: number): Cand | null {
  if (b - a < 3) return null;
  const toks = doc.toks;
  const first = toks[a] as Token;
  if (HONORIFICS.has(first.f) || VN_SURNAMES.has(first.f) || toks[a + 1]?.f === '-') return null;
  const p1 = toks[a - 1];
  const p2 = toks[a - 2];
  const prep =
    (p1?.kind === 'w' && !p1.cap && (p1.f === 'du' || p1.f === 'de')) ||
    (p1?.f === "'" && p2?.f === 'd') ||
    (p1?.f === 'la' && p2?.f === 'de');
  if (!prep || !roleBefore(doc, a).role) return null;
  return makeCand(doc, a, a + 1, 'place', tokenText(doc, a, a + 1), 'role-complement');
}

/**
 * The place noun governing a name at a: "province de", "commune d'", "canton du", "ville
 * japonaise d'", "province sud-coréenne de". Its token index, or -1.
 */
export function placeTriggerBefore(doc: Doc, a: number): number {
  const toks = doc.toks;
  let k = a - 1;
  if (toks[k]?.f === "'") k--;
  const prep = toks[k]?.f;
  if (prep !== 'de' && prep !== 'd' && prep !== 'des' && prep !== 'du') return -1;
  k--;
  // up to two adjectives of places between the noun and "de": nationality, "autonome",
  // "centrale", "sud-coréenne" (not "le village natal de Nguyen Du")
  for (let n = 0; n < 3 && k >= 0; n++) {
    const t = toks[k] as Token;
    // "du 3e arrondissement de Hô Chi Minh-Ville": that designation is the district's, not the city's
    if (t.kind === 'w' && PLACE_TRIGGERS.has(t.f)) return toks[k - 1]?.kind === 'n' ? -1 : k;
    if (t.kind === 'w' && !t.cap && (PLACE_ADJECTIVES.has(t.f) || ADJ_DICT.match(toks, k))) k--;
    else if (t.f === '-' && toks[k - 1]?.kind === 'w') k -= 2;
    else break;
  }
  return -1;
}

/** "l'empereur Naruhito", "le roi Philippe": a sovereign's title before one name. */
function isSovereign(role: string): boolean {
  return SOVEREIGNS.has(fold(role).split(/[\s,]/)[0] ?? '');
}

/**
 * "les nouveaux ambassadeurs du Cambodge, Chay Navuth, de la Suisse, Ivo Sieber, …": a name set
 * off by commas right after "de" + a country, in a sentence that lists holders of a function.
 * Returns that person's role ("ambassadeur de la Suisse") and country, or null.
 */
function listedAfterCountry(doc: Doc, a: number, b: number): { role: string; country: string | null } | null {
  const toks = doc.toks;
  // a civility may stand between the comma and the name: ", Mme Tatiana…", ", M. Ivo…"
  let s = a - 1;
  if (toks[s]?.f === '.' && CIVILITIES.has(toks[s - 1]?.f ?? '')) s -= 2;
  else if (CIVILITIES.has(toks[s]?.f ?? '')) s--;
  if (toks[s]?.f !== ',' || (!isPunct(toks[b], ',.;') && toks[b]?.f !== 'et')) return null;
  const country = doc.used[s - 1];
  if (country?.type !== 'country') return null;
  let prep = country.a - 1;
  if (toks[prep]?.f === 'la' || toks[prep]?.f === "'") prep--;
  if (toks[prep]?.f === 'l') prep--;
  if (!['de', 'du', 'des', 'd'].includes(toks[prep]?.f ?? '')) return null;
  for (let k = prep - 1; k >= 0 && k >= a - 60; k--) {
    const t = toks[k] as Token;
    if (t.kind === 'p' && t.f === '.') return null;
    // a plural title governs the list ("les nouveaux ambassadeurs du Cambodge, X, de la Suisse, Y")
    if (t.kind === 'w' && !t.cap && t.f.endsWith('s') && TITLE_WORDS.has(t.f.slice(0, -1))) {
      const title = doc.text.slice(t.s, t.e).replace(/s$/, '');
      return { role: `${title} ${tokenText(doc, prep, country.b)}`, country: country.kb?.country ?? null };
    }
  }
  return null;
}

/** Classify one capitalised run; returns a candidate or null. */
export function classifyRun(doc: Doc, a0: number, b: number, lowerSeen: Set<string>): Cand | null {
  const toks = doc.toks;
  let a = a0;
  // Honorifics are not part of the name: "Samdech Pichey Sena Tea Banh".
  let honorStart = -1;
  while (a < b && HONORIFICS.has((toks[a] as Token).f)) {
    if (honorStart < 0) honorStart = a;
    a++;
  }
  if (a >= b) return null;
  const prev = toks[a - 1];
  const prev2 = toks[a - 2];
  const text = (x: number, y: number) => tokenText(doc, x, y);

  // Places after a place noun: "province de Diên Biên", "commune d'An Lac", "canton du Valais",
  // "ville japonaise d'Izumisano", "région autonome du Tibet". The whole designation is an alias.
  const trig = placeTriggerBefore(doc, a);
  if (trig >= 0 && b - a <= 4) {
    const c = makeCand(doc, a, b, 'place', text(a, b), 'place-trigger');
    c.alias = text(trig, b);
    return c;
  }
  // Dateline: "Soc Trang, 18 juillet (VNA) –", "Phnom Penh (VNA) –".
  if (a === 0 && b - a <= 4) {
    const n1 = toks[b];
    const n2 = toks[b + 1];
    const datelineParen = isPunct(n1, '(') && n2?.f === 'vna';
    const datelineDate = isPunct(n1, ',') && n2?.kind === 'n';
    if (datelineParen || datelineDate) return makeCand(doc, a, b, 'place', text(a, b), 'dateline');
  }
  // Photo credit: "Photo : Thong Nhat - VNA", "Photo : Huong Linh/CVN".
  if (
    prev?.f === ':' &&
    prev2?.f === 'photo' &&
    isPunct(toks[b], '-–—/') &&
    CREDITS.has(toks[b + 1]?.f ?? '') &&
    b - a <= 4
  ) {
    return makeCand(doc, a, b, 'person', text(a, b), 'photo-credit');
  }
  // Media and companies after their noun: "le journal Vientiane Mai".
  if (prev && prev.kind === 'w' && !prev.cap && ORG_TRIGGERS.has(prev.f) && b - a <= 5) {
    return makeCand(doc, a, b, 'organization', text(a, b), 'org-trigger');
  }
  // A sentence-initial French word is not part of the name: "Soulignant …".
  if (
    isSentenceStart(toks, a) &&
    honorStart < 0 &&
    !VN_SURNAMES.has((toks[a] as Token).f) &&
    frenchLooking((toks[a] as Token).f, lowerSeen)
  ) {
    a++;
    if (a >= b) return null;
  }
  // "le Docteur Nguyên Tu Son", "Mme Nguyen Thi Ha": a capitalised title or civility opens the
  // run; it is the role or civility before the name (roleBefore reads it), not part of the name
  while (b - a > 1 && honorStart < 0 && (TITLE_WORDS.has((toks[a] as Token).f) || CIVILITIES.has((toks[a] as Token).f)))
    a++;
  // words, not tokens: "Faisal Bin Farhan Al-Saud" is four words and six tokens
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]?.kind === 'w') n++;
  if (n > 5) return null;
  const before = roleBefore(doc, honorStart >= 0 ? honorStart : a);
  const after = roleAfter(doc, b);
  const vn = isVietnameseName(doc, a, b);
  let via = '';
  if (before.civility && n >= 1) via = 'civility';
  // (one name after a sovereign's title, unless it is a Vietnamese syllable: "le roi Hung" is the
  // Hùng Kings' festival, not a person)
  else if (before.role && (n >= 2 || (isSovereign(before.role) && !VN_SYLLABLE.test((toks[a] as Token).f))))
    via = 'title';
  else if (after.role && n >= 2) via = 'apposition';
  else if (vn) via = 'vn-shape';
  const listed = n >= 2 && !before.role && !after.role ? listedAfterCountry(doc, a, b) : null;
  if (listed && !via) via = 'country-list';
  // "à Can Tho": a short run after "à" that is not a person is a place; after "en" only a
  // hyphenated region ("en Émilie-Romagne"): "en Bourse", "en Ligue 1" are common nouns.
  if (!via || (via === 'vn-shape' && !before.role)) {
    const raw = prev ? doc.text.slice(prev.s, prev.e) : '';
    const hyphenated = b - a === 3 && toks[a + 1]?.f === '-';
    if ((raw === 'à' || raw === 'À' || (raw === 'en' && hyphenated)) && n <= 3 && !vn)
      return makeCand(doc, a, b, 'place', text(a, b), 'place-a');
  }
  if (!via) return null;
  const c = makeCand(doc, a, b, 'person', text(a, b), via, before.country ?? after.country ?? (vn ? 'VN' : null));
  c.role = joinRoles(before.role, after.role) ?? listed?.role ?? null;
  if (listed?.country) c.country = listed.country;
  if (honorStart >= 0) c.honorific = text(honorStart, b);
  return c;
}
