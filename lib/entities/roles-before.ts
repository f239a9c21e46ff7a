// Roles stated before a name: "le vice-Premier ministre et ministre de l'Intérieur Sar Kheng",
// "l'ambassadeur du Vietnam au Laos, Nguyen Minh Tam", a plural title over a list of names, and a
// headline's role with no name ("Le vice-ministre vietnamien des AE reçoit…").

import { type Cand, candCountry, type Doc, tokenText } from './doc';
import { ADJ_DICT, compoundAdjectiveAt } from './knowledge';
import {
  CIVILITIES,
  HOLDER_QUALIFIERS,
  honorificAt,
  looksAdjective,
  NEWLY,
  OWNERS,
  ROLE_DETERMINERS,
  ROLE_STOP,
  SHORT_DEGREES,
  SOVEREIGNS,
  SPOUSES,
  TITLE_WORDS,
} from './lexicon';
import { articleLength, prepBefore, prepLength } from './prepositions';
import { countryIn, frenchGlossAt, nationalitiesListed, roleText } from './role-text';
import {
  ALSO,
  APPOINTING_AS_WRITTEN,
  AUXILIARIES,
  acronymInParens,
  appointmentVerbAt,
  auxiliaryAt,
  complementAt,
  forWhat,
  functionAt,
  interimDotAt,
  isCompoundHead,
  isFunction,
  isMissionPost,
  isPluralTitle,
  isPostPreposition,
  isPreposition,
  isRank,
  isTitleAt,
  joinsOwnNoun,
  joinsRoleAt,
  objectListedAt,
  openingParen,
  PLACE_TYPES,
  PLACINGS,
  POSSESSIVES,
  parInside,
  placeOfPostAt,
  type StatedRole,
  unitOf,
} from './role-words';
import { capWord, isSentenceStart, numberSignEnd, type Token } from './tokens';

/** An article at k before a place or a country: "le Moyen-Orient", "l'Afrique". */
function placeAfterArticle(d: Doc, k: number): boolean {
  const n = articleLength(d.toks, k);
  const type = n ? d.used[k + n]?.type : undefined;
  return PLACE_TYPES.has(type ?? '');
}

/** A title from a to b (inclusive) with no complement: "Premier ministre", "présidente". */
function bareTitle(d: Doc, a: number, b: number): boolean {
  if (!isTitleAt(d, a)) return false;
  for (let k = a + 1; k <= b; k++)
    if (COMPLEMENT_OPENERS.has(d.toks[k]?.f ?? '') || d.toks[k]?.kind !== 'w') return false;
  return true;
}
/** Titles whose portfolio follows "à", written in lower case too: "secrétaire d'État à l'économie", "ministre délégué à la culture". */
const PORTFOLIO_TITLES = new Set(['etat', 'delegue', 'deleguee', 'commissaire']);
const COMPLEMENT_OPENERS = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en', 'pour', 'charge']);

/** What joins a form of address to the next: "Prof-Dr", "Dr.", "Dato' ". */
const JOINED_ADDRESS = new Set(['.', '-', "'"]);

/** "au", "aux", "à": what a message is sent to, the name's own title after them. */
const TO_SOMEONE = new Set(['au', 'aux', 'a']);
/** "adjoint au maire", "adjointe à la directrice": the deputy of the title after "au"/"à". */
const DEPUTIES = new Set(['adjoint', 'adjointe', 'adjoints', 'adjointes']);
/** "ancien", "nouveau", "feu": a title word only before the title it qualifies, which holder of it. */
const FORMER = new Set([...HOLDER_QUALIFIERS, 'feu', 'defunt', 'defunte']);

/** Prepositions that link a phrase to the name after them ("remis à X", "avec X"), never a role's end. */
const LINKING_PREPOSITIONS = new Set(['avec', 'par', 'pour', 'aux', 'chez', 'contre', 'envers', 'vers', 'entre']);

/**
 * "ambassadeur du Vietnam en Australie et dans cinq pays insulaires du Pacifique Sud, X": "dans"
 * after "et" and a post ("en Australie") adds another post to the function, through the role's last
 * token j, when it names one (a place, a country, "pays", "provinces"); not an aside ("au Japon et
 * dans une ambiance chaleureuse, X"), nor one that brings its own title ("au Laos et dans ce
 * contexte le ministre X").
 */
function coordinatedPostAt(d: Doc, k: number, j: number): boolean {
  if (d.toks[k]?.f !== 'dans' || d.toks[k - 1]?.f !== 'et') return false;
  const post = d.used[k - 2];
  if (post?.type !== 'country' && post?.type !== 'place') return false;
  if (!isPostPreposition(d, post.a - 1)) return false;
  let names = false;
  for (let m = k + 1; m <= j; m++) {
    if (isTitleAt(d, m)) return false;
    const held = d.used[m]?.type;
    if (held === 'country' || held === 'place' || POST_NOUNS.has(d.toks[m]?.f ?? '')) names = true;
  }
  return names;
}
/** Nouns of the places a post covers: "dans cinq pays", "dans les provinces du Nord". */
const POST_NOUNS = new Set([
  'pays',
  'region',
  'regions',
  'province',
  'provinces',
  'etats',
  'iles',
  'territoires',
  'villes',
  'localites',
]);

/**
 * The role stated before the name at i: right before it, or before an apposition that says more
 * of the role's body ("le président de KMW, premier groupe sud-coréen des télécommunications, X").
 */
export function roleBefore(d: Doc, i: number): StatedRole {
  const right = addressDropped(roleRightBefore(d, i));
  if (!right.role && !right.civility) {
    const shared = titleSharedByNationality(d, i);
    if (shared) return shared;
  }
  if (right.role || right.civility || d.toks[i - 1]?.f !== ',') return right;
  // "le nouveau président de l'Association…, mandat 2019-2021, X": a term of office set between
  const term = termAsideStart(d, i - 2);
  if (term > 0) {
    const r = roleRightBefore(d, term);
    if (r.role && isFunction(r.role) && !r.civility) return r;
  }
  const c = appositionStart(d, i - 2);
  if (c < 0) return right;
  const r = roleRightBefore(d, c);
  if (!r.role || !isFunction(r.role) || r.civility) return right;
  // "du parti au pouvoir, le Mouvement populaire de libération de l'Angola (MPLA)": the body's own
  // name is part of the role; a description of it ("premier groupe de…") is not, nor what a body
  // the role names already is ("du Grand Khoural, le Parlement monocaméral mongol")
  if (!renamesBody(d, c) || d.used[c - 1]?.type === 'organization') return r;
  return {
    role: `${r.role}, ${tokenText(d, c + 1, i - 1)}`,
    country: r.country ?? countryIn(d, c + 1, i - 1),
    civility: false,
  };
}

/**
 * "La présidente de la VUFO, ambassadrice X", "le ministre de l'Environnement, Dr. X": a bare
 * title right before the name is how the person is addressed; the function is the one said first.
 */
function addressDropped(r: StatedRole): StatedRole {
  const m = r.role ? /^(.+?),\s*(ambassadeur|ambassadrice|docteure?|dr\.?|professeure?|pr\.?)$/iu.exec(r.role) : null;
  if (!m?.[1] || !m[2] || !isFunction(m[1])) return r;
  // (an envoy's mission is held with the title, as when the title comes first: "le chef de la
  // Mission permanente …, ambassadeur X" is "ambassadeur, chef de la Mission permanente…")
  if (/^ambassad/i.test(m[2]) && isMissionPost(m[1])) return { ...r, role: `${m[2]}, ${m[1]}` };
  return { ...r, role: m[1] };
}

/**
 * The function before the comma at k opens a noun phrase of its own, after a comma or the
 * sentence's start ("Devant cette situation, le directeur de l'hôpital, le Prof-Dr X, a proposé…"),
 * not one a preposition governs ("Pendant la visite du président, l'archevêque X, qui…").
 */
function subjectFunctionBefore(d: Doc, k: number): boolean {
  const toks = d.toks;
  for (let m = k - 1; m >= 0 && m >= k - 14; m--) {
    const t = toks[m];
    if (t?.kind === 'p' && t.f !== "'" && t.f !== '-') return false;
    if (!isTitleAt(d, m)) continue;
    const article = toks[m - 1]?.f === "'" ? m - 2 : m - 1;
    if (!['le', 'la', 'l'].includes(toks[article]?.f ?? '')) continue;
    const before = toks[article - 1];
    return !before || before.f === ',' || isSentenceStart(toks, article);
  }
  return false;
}

/** A finite verb between the start of the sentence and token k: "Il a rencontré…", "Elles ont souligné…". */
function verbBefore(d: Doc, k: number): boolean {
  for (let m = k - 1; m >= 0; m--) {
    const t = d.toks[m];
    if (!t || (t.kind === 'p' && (t.f === '.' || t.f === '!' || t.f === '?'))) return false;
    if (t.kind !== 'w') continue;
    if (t.f === 'a' && d.text.slice(t.s, t.e) === 'a') return true;
    if (FINITE.has(t.f)) return true;
  }
  return false;
}
const FINITE = new Set([
  'ont',
  'est',
  'sont',
  'avait',
  'avaient',
  'etait',
  'etaient',
  'sera',
  'seront',
  'fut',
  'recoit',
  'accueille',
  'felicite',
  'remercie',
  'souligne',
  'affirme',
  'declare',
  'estime',
  'rencontre',
]);

/**
 * ", relevant de l'Hôpital central militaire 108", ", rattaché au ministère": the body a role's body
 * belongs to, said after a comma inside the role.
 */
function attachedAt(d: Doc, k: number): boolean {
  const f = d.toks[k]?.f ?? '';
  return (
    (f === 'relevant' || /^rattachee?s?$/.test(f)) &&
    ['de', 'du', 'des', 'd', 'au', 'aux', 'a'].includes(d.toks[k + 1]?.f ?? '')
  );
}

/** The comma opening ", mandat 2019-2021" that ends at token j, or -1. */
function termAsideStart(d: Doc, j: number): number {
  const t = d.toks;
  const dash = t[j - 1]?.f === '-' || t[j - 1]?.f === '\u2013';
  if (t[j]?.kind !== 'n' || !dash || t[j - 2]?.kind !== 'n' || t[j - 3]?.f !== 'mandat') return -1;
  return t[j - 4]?.f === ',' ? j - 4 : -1;
}

/** A nationality adjective ending right before token i: its start and country, or null. */
function nationalityBefore(d: Doc, i: number): { a: number; country: string } | null {
  for (let a = i - 1; a >= i - 3 && a >= 0; a--) {
    const t = d.toks[a];
    const adj = t?.kind === 'w' && !t.cap ? ADJ_DICT.match(d.toks, a) : null;
    if (adj?.end === i) return { a, country: adj.ref };
  }
  return null;
}

/**
 * "les présidents vietnamien X et roumain Y": a plural title shared by names each set after its
 * nationality. The name after "et" (or a comma) and its adjective takes the title of the first,
 * with its own country.
 */
function titleSharedByNationality(d: Doc, i: number): StatedRole | null {
  const own = nationalityBefore(d, i);
  if (!own) return ownPortfolioAfterNationality(d, i);
  const sep = d.toks[own.a - 1]?.f;
  if (sep !== 'et' && sep !== ',') return null;
  const before = d.used[own.a - 2];
  if (before?.type !== 'person' || before.b !== own.a - 1) return null;
  const first = nationalityBefore(d, before.a);
  if (!first || !isPluralTitle(d.toks[first.a - 1]?.f ?? '')) return null;
  const role = roleRightBefore(d, before.a).role;
  return role ? { role, country: own.country, civility: false } : null;
}

/**
 * "les ministres vietnamien de la Construction X et algérien de l'Industrie, des PME… Y": the name
 * after "et", its nationality and its own portfolio takes the title the first holds, with its own
 * portfolio and country.
 */
function ownPortfolioAfterNationality(d: Doc, i: number): StatedRole | null {
  const toks = d.toks;
  for (let k = i - 2; k >= 1 && k >= i - 24; k--) {
    const t = toks[k];
    if (!t || d.used[k] || t.f === '.' || t.f === ';') return null;
    if (t.f !== 'et' && t.f !== ',') continue;
    const adj = toks[k + 1]?.kind === 'w' && !toks[k + 1]?.cap ? ADJ_DICT.match(toks, k + 1) : null;
    if (!adj || !prepLength(toks, adj.end)) continue;
    const before = d.used[k - 1];
    if (before?.type !== 'person' || before.b !== k) return null;
    const first = roleRightBefore(d, before.a).role;
    const firstAdj = nationalityBeforeTitleComplement(d, before.a);
    if (!first || !firstAdj) return null;
    return { role: `${titleBeforeComplement(first)} ${roleText(d, adj.end, i)}`, country: adj.ref, civility: false };
  }
  return null;
}

/** "des ministres vietnamien de la Construction X": the plural title and its nationality before X's portfolio. */
function nationalityBeforeTitleComplement(d: Doc, a: number): boolean {
  for (let k = a - 1; k >= 1 && k >= a - 16; k--) {
    const t = d.toks[k];
    if (!t || t.f === '.' || t.f === ',' || d.used[k]?.type === 'person') return false;
    const adj = t.kind === 'w' && !t.cap ? ADJ_DICT.match(d.toks, k) : null;
    if (adj && isPluralTitle(d.toks[k - 1]?.f ?? '')) return true;
  }
  return false;
}

/** A role's title without its first complement, as written: "ministre de la Construction" → "ministre". */
function titleBeforeComplement(role: string): string {
  return role.split(/\s(?=d[eu]s?\s|de\sl'|de\sla\s|d')/)[0] ?? role;
}

/** After the comma at c, an article and an organisation's name: the body named again. */
function renamesBody(d: Doc, c: number): boolean {
  const a = c + 1 + articleLength(d.toks, c + 1);
  return a > c + 1 && d.used[a]?.type === 'organization';
}

/** Words that make an aside a time or an act, not an apposition: "la semaine dernière", "qui est". */
const NOT_APPOSITION = new Set([
  ...AUXILIARIES,
  ...'est sont etait sera fut qui que dont lors selon semaine mois annee jour jours matin soir hier aujourd demain dernier derniere prochain prochaine notamment ainsi'.split(
    ' ',
  ),
]);

/**
 * The comma opening an apposition that ends at token j (before ", X"), set after a role whose body
 * it describes: "…, premier groupe de République de Corée dans les technologies, X" or "…, le
 * Mouvement populaire de libération de l'Angola (MPLA), X". The comma's index, or -1.
 */
function appositionStart(d: Doc, j: number): number {
  const toks = d.toks;
  let k = j;
  for (; k >= 0 && k >= j - 20; k--) {
    const t = toks[k];
    if (!t || t.kind === 'n' || d.used[k]?.type === 'person') return -1;
    if (t.kind === 'p') {
      if (t.f === ',') break;
      if (t.f === "'" || t.f === '-' || t.f === '(' || t.f === ')') continue;
      return -1;
    }
    if (NOT_APPOSITION.has(t.f) || /(?:ait|aient)$/.test(t.f)) return -1;
  }
  if (k < j - 20 || toks[k]?.f !== ',' || j - k < 2) return -1;
  // it names the body again ("le Mouvement…") or says what it is ("premier groupe de…"); a title
  // would be another function of the list, read right before the name
  const a = k + 1 + articleLength(toks, k + 1);
  const first = toks[a];
  if (first?.kind !== 'w' || isTitleAt(d, a)) return -1;
  const renamed = renamesBody(d, k);
  // ("…, premier groupe de République de Corée…": the description goes on with a complement)
  // ("…de la Basse-Saxe, un Land allemand situé au nord-ouest du pays, X": an indefinite article
  // opens a description of what the role names)
  const described =
    (!first.cap && prepLength(toks, a + 1) + prepLength(toks, a + 2) > 0) ||
    ['un', 'une'].includes(toks[k + 1]?.f ?? '');
  if (!renamed && !described) return -1;
  // the role before it ends on its body: "de KMW", "du parti au pouvoir"
  const end = toks[k - 1];
  return end?.kind === 'w' && (end.cap || d.used[k - 1]?.type === 'organization' || !ROLE_STOP.has(end.f)) ? k : -1;
}

/** A verb in the singular: what a name and its apposition go on to when one person acts. */
const SINGULAR_VERBS = new Set(['a', 'est', 'avait', 'etait', 'sera', 'aura', 'fut']);
/** …and after a reflexive "se"/"s'" ("s'est rendu"; not "se sont entretenus", two holders). */
const SINGULAR_AFTER_REFLEXIVE = new Set(['est', 'etait', 'sera', 'fut']);
/** Prepositions whose article is inside a function: "président de la Commission". */
const ARTICLE_GOVERNORS = new Set(['de', 'd', 'a', 'pour', 'par', 'sur', 'avec', 'entre', 'chez', 'vers', 'aupres']);
/** The articles of a second function joined by "et": "et le ministre", "et la présidente". */
const FUNCTION_ARTICLES = new Set(['le', 'la', 'l']);

/** Does a verb in the singular open at k ("a", "est", "s'est", "se rendra"…)? */
function singularVerbAt(toks: Token[], k: number): boolean {
  const f = toks[k]?.f ?? '';
  if (SINGULAR_VERBS.has(f)) return true;
  if (f !== 'se' && f !== 's') return false;
  const next = toks[k + (toks[k + 1]?.f === "'" ? 2 : 1)]?.f ?? '';
  // ("se rend", "se félicite": a present or future in the singular, not "-ent")
  return (
    SINGULAR_AFTER_REFLEXIVE.has(next) ||
    (f === 'se' && /^\p{L}{3,}(?:e|t|ra)$/u.test(next) && !/(?:ent|ont)$/.test(next))
  );
}

/**
 * Where the role before the name at i starts when, before the function at start, "et le" joins
 * another one that opens on an article ("Le vice-Premier ministre et le ministre des AE, X, a…"):
 * that first function's start when the name is set off by commas and a singular verb follows it
 * (one holder; "Le président et le Premier ministre, X, ont…" or "…, se sont entretenus" are two),
 * else start.
 */
function twoFunctionsStart(d: Doc, start: number, i: number): number {
  const toks = d.toks;
  const article = start - (toks[start - 1]?.f === "'" ? 2 : 1);
  if (!FUNCTION_ARTICLES.has(toks[article]?.f ?? '') || toks[article - 1]?.f !== 'et') return start;
  // (the name may not be marked yet: its capitalised words, then)
  let end = d.used[i]?.b ?? i + 1;
  if (!d.used[i]) while (toks[end]?.kind === 'w' && toks[end]?.cap) end++;
  if (toks[i - 1]?.f !== ',' || toks[end]?.f !== ',' || !singularVerbAt(toks, end + 1)) return start;
  // the first function: its words back to its article ("Le président de la Commission", "L'envoyé
  // spécial"), with no name or punctuation between; an article after a preposition is the
  // function's own ("de la Commission")
  let k = article - 2;
  const opening = (m: number) =>
    FUNCTION_ARTICLES.has(toks[m]?.f ?? '') && !ARTICLE_GOVERNORS.has(toks[m - 1]?.f ?? '');
  while (k >= 0 && !d.used[k] && (toks[k]?.kind === 'w' || toks[k]?.f === '-' || toks[k]?.f === "'") && !opening(k))
    k--;
  const first = k + (toks[k + 1]?.f === "'" ? 2 : 1);
  if (first >= article - 1 || !opening(k)) return start;
  // (the two functions are the subject: the sentence or a clause opens on them)
  if (!isSentenceStart(toks, k) && toks[k - 1]?.f !== ',') return start;
  for (let m = first; m < article - 1; m++) if (isTitleAt(d, m)) return first;
  return start;
}

/**
 * ", dans l'Est de la Thaïlande" from the comma at k to j: a note of where the place or body
 * before the comma lies — "en", "au", "aux" or "dans", a few words, a place or a country last.
 */
function whereItLies(d: Doc, k: number, j: number): boolean {
  const about = d.used[k - 1]?.type;
  const last = d.used[j]?.type;
  return (
    (about === 'place' || about === 'organization') &&
    (last === 'place' || last === 'country') &&
    LIES_IN.has(d.toks[k + 1]?.f ?? '') &&
    !d.toks[k + 1]?.cap &&
    j - k <= 8
  );
}
const LIES_IN = new Set(['en', 'au', 'aux', 'dans']);

// (and a churchman's rank: "le représentant pontifical résident du Saint-Siège à Hanoï,
// l'archevêque X")
const ACADEMIC_ADDRESSES = new Set([
  'professeur',
  'professeure',
  'docteur',
  'docteure',
  'archeveque',
  'eveque',
  'cardinal',
]);
const ARTICLE_SINGULAR = new Set(['le', 'la']);
/** What closes an apposition after a name: a comma, or the sentence's end. */
const CLOSING = new Set([',', '.', ';']);

/**
 * The role phrase ending right before token i (the name start), if it opens with a title word. A
 * degree or a rank written out after a comma is how the holder of the function before it is
 * addressed ("le recteur de l'Université, le professeur X"); when no function is said there ("Selon
 * l'auteur de l'étude, le professeur X, …"), it is the role itself.
 */
function roleRightBefore(d: Doc, i: number): StatedRole {
  const r = roleBeforeName(d, i, true);
  return r.role || !r.civility ? r : roleBeforeName(d, i, false);
}

function roleBeforeName(d: Doc, i: number, overAddress: boolean): StatedRole {
  const toks = d.toks;
  let civility = false;
  // ("Dr", "Pr.": an academic title written short is a form of address, as "M." is; "le ministre
  // de l'Environnement, Dr. X" is the minister)
  const addresses = (t: Token | undefined) =>
    !!t && t.kind === 'w' && t.cap && (CIVILITIES.has(t.f) || SHORT_DEGREES.has(t.f));
  // (and honorifics, "Dato' Seri Utama Haji X", "Sri. X": never the role's words)
  const honours = (k: number) => honorificAt(toks, k);
  let j = i - 1;
  // "l'ambassadeur danois au Vietnam, Mme Charlotte Laursen": the civility after the comma
  // ("Prof-Dr", "Prof. Dr.": forms of address joined by a dash or a dot, one or several)
  // (a comma, or the sentence's end, closes an apposition after the name: "… a rencontré le
  // recteur de l'Université, le professeur X.")
  // (a name not yet read ends on its last capitalised word)
  let end = d.used[i]?.b ?? i + 1;
  if (!d.used[i]) while (toks[end]?.kind === 'w' && toks[end]?.cap && end < i + 5) end++;
  const closed = CLOSING.has(toks[end]?.f ?? '');
  // ("le recteur de l'Université de Palerme, le professeur X": a degree written out, after the
  // comma and its article, in an apposition, is a form of address too; "Après avoir reçu le
  // ministre, le professeur X a visité…" is the professor's)
  // ("…, l'archevêque X": the article elided)
  const elidedAfterComma = (k: number) => toks[k - 1]?.f === "'" && toks[k - 2]?.f === 'l' && toks[k - 3]?.f === ',';
  const spelled = (k: number) =>
    overAddress &&
    closed &&
    ACADEMIC_ADDRESSES.has(toks[k]?.f ?? '') &&
    (ARTICLE_SINGULAR.has(toks[k - 1]?.f ?? '') ? toks[k - 2]?.f === ',' : elidedAfterComma(k));
  for (;;) {
    const t = toks[j];
    if (addresses(t) || spelled(j)) civility = true;
    else if (!honours(j) && !(JOINED_ADDRESS.has(t?.f ?? '') && (addresses(toks[j - 1]) || honours(j - 1)))) break;
    j--;
  }
  // "le directeur de l'hôpital, le Prof-Dr X, a proposé…": the function before the comma is the
  // one addressed, when a comma closes the apposition after the name (not "Après avoir reçu le
  // ministre, le Dr X a visité…", where the name opens the sentence's main clause)
  // (and only when the function before the comma is in the sentence's main clause, after its verb:
  // "Il a rencontré le recteur de l'Université, le professeur X."; "Pendant la visite du président,
  // l'archevêque X, qui dirige…" opens the main clause on the name)
  // (the comma before the address's article, "…, le Prof-Dr X", or its elided one, "…, l'archevêque X")
  const comma =
    articleLength(toks, j) === 1 && toks[j - 1]?.f === ','
      ? j - 1
      : toks[j]?.f === "'" && elidedAfterComma(j + 1)
        ? j - 2
        : -1;
  if (
    civility &&
    closed &&
    comma >= 0 &&
    d.used[comma - 1]?.type !== 'person' &&
    (verbBefore(d, comma) || subjectFunctionBefore(d, comma))
  )
    j = comma - 1;
  // "les présidents du Vietnam Le Duc Anh (mai 1994) et Tran Duc Luong": a plural title over a list
  const listed = listedUnder(d, j);
  if (listed) return { ...listed, civility };
  if (toks[j]?.f === ',') j--;
  // "Ces ambassadeurs étaient X, Y et Z" (or "… sont : X, Y et Z"): the list names what the plural
  // title said
  if (toks[j]?.f === ':' && COPULAS.has(toks[j - 1]?.f ?? '')) j--;
  if (COPULAS.has(toks[j]?.f ?? '') && pluralTitleBefore(d, j + 1)) j--;
  // "le ministre X du Nigeria et Nguyen Minh Vu": a name after "et" is the second of two; the
  // title before the first is the first's
  if (toks[j]?.f === 'et' && !toks[j]?.cap) return { role: null, country: null, civility };
  // "l'Ordre de l'Amitié du président du Vietnam à X": a role never ends on a preposition; the
  // name is whom something goes to
  if (isPreposition(d, j) || LINKING_PREPOSITIONS.has(toks[j]?.f ?? '')) return { role: null, country: null, civility };
  // ("le Premier ministre nomme X vice-ministre": the name is the verb's object, the title its
  // subject's; "le président élu X" is a president-elect)
  if (appointsAt(d, j)) return { role: null, country: null, civility };
  let start = -1;
  // (48 tokens back: a role may list seven posts, "ambassadeur … en Tanzanie, au Kenya, … et aux Comores",
  // or a deputy minister's portfolio twice, "auprès du ministre des X, de Y et de Z, chargé de Y et de Z")
  for (let k = j; k >= 0 && k >= j - 48; k--) {
    const t = toks[k];
    if (!t) break;
    // another person's name ends the phrase: "le Premier ministre X et le général Y"
    if (d.used[k]?.type === 'person') break;
    // a body's, a place's or a country's own words are inside the role ("maire de
    // Saint-Ouen-sur-Seine", "gouverneure générale de Saint-Vincent-et-les-Grenadines")
    const held = d.used[k];
    if (held && held.type !== 'person' && held === d.used[k + 1]) {
      start = k;
      continue;
    }
    if (t.kind === 'p') {
      if (joinsRoleAt(d, k)) continue;
      // ("le directeur de l'hôpital de campagne n°4, X": a number sign inside the body's name)
      if (t.f === '°' && numberSignEnd(toks, k - 1) === k + 2) {
        k--;
        start = k;
        continue;
      }
      // "la vice-présidente de l'AN, membre du Conseil électoral, X": a list of functions
      if (
        t.f === ',' &&
        start === k + 1 &&
        (isTitleAt(d, k + 1) ||
          complementAt(d, k + 1) ||
          objectListedAt(d, k + 1) ||
          placeAfterArticle(d, k + 1) ||
          attachedAt(d, k + 1))
      )
        continue;
      // "le vice-Premier ministre, également ministre des Affaires étrangères, X"
      // ("L'ambassadrice du Vietnam en Grèce, également accréditée auprès de l'Albanie, X")
      // ("…, également le vice-président du Conseil de sécurité, X": its article kept)
      // ("l'ambassadeur du Vietnam à Cuba, également au Costa Rica, X": a post held too, in a
      // country the page names)
      if (
        t.f === ',' &&
        start === k + 1 &&
        ALSO.has(toks[k + 1]?.f ?? '') &&
        (functionAt(d, k + 2 + articleLength(toks, k + 2)) ||
          (isPostPreposition(d, k + 2) &&
            ['place', 'country'].includes(d.used[k + 3 + articleLength(toks, k + 3)]?.type ?? '')))
      )
        continue;
      // "le membre du Comité central, vice-président de la Commission…, et membre du Groupe des
      // secrétaires X": a list of functions whose last one follows "et"
      if (t.f === ',' && start === k + 1 && toks[k + 1]?.f === 'et' && functionAt(d, k + 2)) continue;
      // "secrétaire général du PPRL (PPRL) et président": an acronym in parentheses stays inside
      if (t.f === ')') {
        let open = k - 2;
        while (open > k - 5 && toks[open]?.f !== '(') open--;
        if (acronymInParens(d, open) === k) {
          k = open;
          continue;
        }
      }
      // "la présidente du Conseil de la République (Sénat) de l'Assemblée nationale de Biélorussie,
      // X": a body's other name, glossed inside the role, which goes on with a complement
      // ("ministre des Moudjahidine (anciens combattants) et des Ayants-droit, X": a foreign
      // word glossed in French, in lower case, inside a role that goes on with "et")
      // ("le président du Parti du mouvement de la Grande Indonésie (Gerindra) et président
      // d'Indonésie, X": or with a second function of the same holder, after a bare "et")
      const goesOn =
        complementAt(d, k + 1) || (toks[k + 1]?.f === 'et' && (complementAt(d, k + 2) || functionAt(d, k + 2)));
      if (t.f === ')' && start === k + 1 && goesOn) {
        const open = openingParen(d, k);
        if (open > 0 && k - open <= 4 && (glossAt(d, open + 1, k) || frenchGlossAt(d, open + 1, k))) {
          k = open;
          continue;
        }
      }
      if (t.f === ')' && k === j) {
        const open = openingParen(d, k);
        // "l'ancien PDG du groupe de l'industrie navale du Vietnam (Vinashin), X", "le président
        // du Comité populaire du district de Soc Son (Hanoï), X": the body's short name, or the
        // place it is in, said in one word at the end of the role, stays inside it as it does
        // after the name (not a translation, "(Parlement estonien)", "(Vietnam Travel Association)")
        if (
          open > 0 &&
          k - open === 2 &&
          toks[k + 1]?.f === ',' &&
          toks[open - 1]?.kind === 'w' &&
          glossAt(d, open + 1, k)
        ) {
          k = open;
          continue;
        }
        // "le président du Conseil des ministres (aujourd'hui Premier ministre) Pham Hung": an
        // aside between the role and the name is not part of the role
        if (open > 0) {
          j = open - 1;
          k = open;
          start = -1;
          continue;
        }
      }
      // "l'ambassadeur du Vietnam au Mexique, accrédité concurremment au Guatemala, X": a post
      // held too, inside the role
      if (t.f === ',' && start === k + 1 && isParticiple(d, k + 1)) continue;
      // "le gouverneur de la province de Chanthaburi, dans l'Est de la Thaïlande, X": where the
      // place or body of the role lies, between commas, inside it
      if (t.f === ',' && start === k + 1 && whereItLies(d, k, j)) continue;
      break;
    }
    if (t.kind === 'w' && !t.cap && isPreposition(d, k)) {
      start = k;
      continue;
    }
    if (t.kind === 'w' && !t.cap) {
      // ("le président de la la Commission…, X": a small word the stored text doubles is read once)
      if (ROLE_DETERMINERS.has(t.f) && toks[k - 1]?.f === t.f && toks[k - 1]?.kind === 'w') continue;
      if (ROLE_DETERMINERS.has(t.f)) {
        // "de la Défense", "de l'Intérieur", "des…" stay inside the role.
        const prev = toks[k - 1];
        // (and "pour l'Asie": what the function is for, read at "pour")
        // ("secrétaire d'État à la Coopération internationale": a portfolio after "à")
        if (
          (t.f === 'la' || t.f === 'l' || t.f === 'les') &&
          (prev?.f === 'de' ||
            prev?.f === 'pour' ||
            (isPreposition(d, k - 1) &&
              (!!toks[k + (t.f === 'l' ? 2 : 1)]?.cap ||
                PORTFOLIO_TITLES.has(toks[k - 2]?.f ?? '') ||
                // ("l'adjointe à la directrice générale": whom the deputy assists)
                (toks[k - 1]?.f === 'a' && DEPUTIES.has(toks[k - 2]?.f ?? '')) ||
                // ("la sous-secrétaire à l'exploitation touristique": not "le secrétaire à l'aéroport")
                (toks[k - 2]?.f === 'secretaire' && toks[k - 3]?.f === '-' && toks[k - 4]?.f === 'sous'))))
        )
          continue;
        // ("le président de son Parlement, X", "le chef de leur Bureau": a body of the country or
        // the organisation said before, named by its capitalised noun)
        // (a body that goes on to a comma or a complement: "de son Parlement Seoule Simeon" is no role)
        const body = toks[k + 1];
        const next = toks[k + 2];
        if (
          OWNERS.has(t.f) &&
          prev?.f === 'de' &&
          body?.cap &&
          body.kind === 'w' &&
          (d.used[k + 1]?.type === 'organization' || next?.f === ',' || (next?.kind === 'w' && !next.cap))
        )
          continue;
        // ("le Premier ministre de ce pays, X": the country said before; not a capitalised noun,
        // "de ce Länder Volker Bouffler", which runs into the name)
        if ((t.f === 'ce' || t.f === 'cet' || t.f === 'cette') && prev?.f === 'de' && !toks[k + 1]?.cap) continue;
        // ("directrice générale pour l'Asie-Pacifique, le Moyen-Orient et l'Afrique, X": a list
        // of places the function covers)
        if ((prev?.f === 'et' || prev?.f === ',') && placeAfterArticle(d, k)) {
          start = k;
          continue;
        }
        // ("des Relations avec le Parlement")
        if (joinsOwnNoun(d, k - 1)) continue;
        // ("… et dans les pays voisins": a coordinated post's article)
        if (coordinatedPostAt(d, k - 1, j)) continue;
        // ("le maire de la ville de Tomioka dans la préfecture de Gunma, X": where the post is held)
        if (placeOfPostAt(d, k - 1)) continue;
        // ("…, également le vice-président du Conseil…": the article of a function added to another)
        if (ALSO.has(prev?.f ?? '') && toks[k - 2]?.f === ',' && functionAt(d, k + articleLength(toks, k))) continue;
        // (", dans l'Est de la Thaïlande,": where the role's place lies)
        if (prev?.f === 'dans' && toks[k - 2]?.f === ',' && whereItLies(d, k - 2, j)) continue;
        // ("de l'Emploi à l'étranger": abroad, inside a portfolio; not "les représentants des
        // Vietnamiens à l'étranger, X", a people before the name of someone who speaks to them)
        const portfolio = toks[k - 2];
        if (
          t.f === 'l' &&
          prev?.f === 'a' &&
          toks[k + 2]?.f === 'etranger' &&
          portfolio?.cap &&
          !ADJ_DICT.match(toks, k - 2)
        )
          continue;
        // "la présidente l'Assemblée nationale d'Azerbaïdjan": the stored text drops a "de" at times
        if (
          (t.f === 'la' || t.f === 'l') &&
          prev?.kind === 'w' &&
          TITLE_WORDS.has(prev.f) &&
          start === k + (t.f === 'l' ? 2 : 1) &&
          d.used[start]?.type === 'organization'
        )
          continue;
        break;
      }
      // ("le vice-ministre des Affaires étrangères pour l'Asie, X": what the function is for)
      // ("le Premier ministre est-timorais X": a nationality's first word may read as a verb)
      if (
        ROLE_STOP.has(t.f) &&
        !compoundAdjectiveAt(toks, k) &&
        !interimDotAt(d, k + 1) &&
        !parInside(d, k) &&
        !isCompoundHead(d.toks, k) &&
        !joinsOwnNoun(d, k) &&
        !(t.f === 'pour' && start > k && forWhat(d, k + 1)) &&
        !(start === k + 1 && unitOf(d, k)) &&
        !coordinatedPostAt(d, k, j) &&
        !placeOfPostAt(d, k) &&
        !(toks[k - 1]?.f === ',' && whereItLies(d, k - 1, j))
      )
        break;
    }
    start = k;
  }
  if (start < 0 || j < start) return { role: null, country: null, civility };
  // "Le vice-Premier ministre et le ministre vietnamien des AE, Pham Gia Khiem, a effectué…": two
  // functions joined by "et le", held by the one name a verb in the singular follows
  start = twoFunctionsStart(d, start, i);
  // "Lors de sa rencontre avec X, ancienne vice-présidente de l'AN, Y a salué…": a role set off
  // by commas after a name is that name's apposition, not the next name's title
  // (not after "du"/"de": "…, du ministre de l'Industrie, Y," lists whom, each with its title)
  // ("X, son vice-président, Y, sa présidente, …": with a possessive too)
  const opens = POSSESSIVES.has(toks[start - 1]?.f ?? '') ? start - 1 : start;
  // (a name the pass has not taken yet: a capitalised word that is no title)
  const nameBefore =
    d.used[opens - 2]?.type === 'person' ||
    (opens < start && !d.used[opens - 2] && capWord(toks[opens - 2]) && !TITLE_WORDS.has(toks[opens - 2]?.f ?? ''));
  if (toks[opens - 1]?.f === ',' && nameBefore && toks[j + 1]?.f === ',' && isTitleAt(d, start))
    return { role: null, country: null, civility };
  let title = -1;
  for (let k = start; k <= j; k++) {
    if (isTitleAt(d, k)) {
      title = k;
      break;
    }
  }
  if (title < 0) return { ...(sharedTitle(d, start, j) ?? { role: null, country: null }), civility };
  // "…avec le maire et des responsables du ministère, X a proposé…": "des" and a plural title are an
  // unnamed group; the name after the comma opens the main clause
  if (toks[title - 1]?.f === 'des' && isPluralTitle(toks[title]?.f ?? '') && toks[j + 1]?.f === ',')
    return { role: null, country: null, civility };
  // "enseignants et directeur de l'Université royale, X", "100 étudiants de la Faculté,
  // enseignants et directeur de l'Université, X": a plural title is the others'; one name holds
  // the singular one after "et"
  const plural = toks[title]?.f ?? '';
  // (not past "au": "… d'autres dirigeants vietnamiens au secrétaire général du Parti et président
  // de la Chine X" addresses X by both titles, read below)
  // (a singular title joined by "et" or a comma; not one the plural's complement names: "les
  // conseillers du ministre des AE, X et Y" are the ministers' advisers)
  if (plural.length > 3 && plural.endsWith('s'))
    for (let k = title + 1; k < j && !TO_SOMEONE.has(toks[k]?.f ?? ''); k++)
      if (
        (toks[k - 1]?.f === 'et' || toks[k - 1]?.f === ',') &&
        isTitleAt(d, k) &&
        !(toks[k]?.f ?? '').endsWith('s') &&
        !FORMER.has(toks[k]?.f ?? '')
      ) {
        title = k;
        break;
      }
  // "un séminaire qui regroupait environ 150 délégués, X, directeur adjoint…": a crowd counted, not
  // a list's heading ("deux anciens directeurs de la VFA, X et Y" names each of the two); read
  // once a singular title after it is taken ("Plus de 100 étudiants…, enseignants et directeur de…, X")
  if (isPluralTitle(toks[title]?.f ?? '') && crowdCountAt(d, title - 1)) return { role: null, country: null, civility };
  // "l'épouse du Premier ministre, Mme X": the title is someone else's
  if (kinBefore(d, title)) return { role: null, country: null, civility };
  // "en concours général féminin, X", "au quartier général, X": "général" qualifies the noun
  // before it there; it is the title only alone ("le général X") or after another title
  // ("secrétaire général", "consul général")
  if (qualifiesNounBefore(d, title)) return { role: null, country: null, civility };
  // "a adressé un message au président du Vietnam X": the title after "au" is the name's
  // (French repeats "au" for a second person: "au Premier ministre japonais et au président de la
  // Chambre X" names X the second only; not inside a body's name: "… liées aux députés")
  for (let k = title + 1; k < j; k++) {
    const f = toks[k]?.f;
    // ("ministre délégué auprès du ministre des AE": whom a deputy serves is inside the role)
    if (toks[k - 1]?.f === 'aupres') continue;
    // (nor whom a deputy assists: "l'adjoint au maire de San Francisco X" is the deputy, not the mayor)
    if (DEPUTIES.has(toks[k - 1]?.f ?? '')) continue;
    if ((f === 'au' || f === 'aux' || isPreposition(d, k)) && isTitleAt(d, k + 1) && !d.used[k]) title = k + 1;
    // "X, envoyé spécial du Premier ministre Nguyên Xuân Phuc", "le conseiller de la présidente Y":
    // a bare title right before the name is the name's, as a form of address; the first title is
    // someone else's (not after a comma, nor a title with its complement: "l'assistant du ministre
    // des AE Nguyen Minh Vu" is the assistant)
    else if (j === i - 1 && !d.used[k]) {
      const inner = f === 'du' ? k + 1 : f === 'de' && toks[k + 1]?.f === 'la' ? k + 2 : -1;
      if (inner > 0 && bareTitle(d, inner, j)) title = inner;
    }
  }
  // ("le 13ème Roi X", "le 18e roi Hùng": which holder in a line is part of the title)
  const ordinal = /^\d+(?:e|eme|er|re)$/.test(toks[title - 1]?.f ?? '') && toks[title - 1]?.kind === 'n';
  const role = roleText(d, ordinal ? title - 1 : title, j + 1);
  // "le vice-ministre de la Défense, le général X": the function stated before the rank
  // (not a sovereign of a country, "…, le prince de Monaco X": that is the function)
  const sovereignOf = SOVEREIGNS.has(toks[title]?.f ?? '') && !!countryIn(d, title, j + 1);
  if (
    role &&
    isRank(role) &&
    !sovereignOf &&
    ROLE_DETERMINERS.has(toks[title - 1]?.f ?? '') &&
    toks[title - 2]?.f === ','
  ) {
    const fn = roleRightBefore(d, title - 1);
    if (fn.role && !isRank(fn.role)) return { ...fn, civility };
  }
  // "une délégation de la Commission de la sécurité nationale du Parlement hongrois, conduite par
  // son président X": "son" says whose, and so the holder's country; the role is as stated,
  // "président" (dev's annotators write it so for 9 of 10 people introduced this way)
  const whose = role && ledByPossessive(d, title) ? countryOfBodyBefore(d, title - 1, j) : null;
  return { role, country: whose ?? countryIn(d, title, j + 1), civility };
}

/**
 * "les ministres ivoiriens des Affaires étrangères X, de l'Agriculture Y, du Commerce Z": after a
 * plural title, each portfolio and the name that holds it; the title is shared ("ministre de
 * l'Agriculture"). [start, j] is the portfolio right before the name, after a comma or "et" that
 * follows the previous holder.
 */
function sharedTitle(d: Doc, start: number, j: number): Omit<StatedRole, 'civility'> | null {
  const toks = d.toks;
  // (the scan back stops at the holder before, so "et" may open the portfolio)
  if (toks[start]?.f === 'et') start++;
  if (!['de', 'du', 'des', 'd'].includes(toks[start]?.f ?? '') || !complementAt(d, start)) return null;
  // (";" parts portfolios that hold commas: "…, Albert Ramdin ; du Travail, des Opportunités
  // d'emploi et de la Jeunesse, Steven Mac Andrews")
  if (![',', 'et', ';'].includes(toks[start - 1]?.f ?? '')) return null;
  const held = d.used[start - 2];
  if (held?.type !== 'person' || held.b !== start - 1) return null;
  const previous = roleRightBefore(d, held.a);
  if (!previous.role || !(previous.shared || pluralTitleBefore(d, held.a))) return null;
  const complement = tokenText(d, start, j + 1);
  const country = countryIn(d, start, j + 1) ?? previous.country;
  // a place or a country after the preposition: the same body of another place ("les présidents
  // des Comités populaires de Hanoï X et de Hô Chi Minh-Ville Y"), or the same office of another
  // country ("les ministres des AE X et du Laos Y"); else another portfolio of the title
  const named = d.used[start + prepLength(toks, start)];
  if (named?.type === 'place' || named?.type === 'country') {
    // (the previous holder's place or country ends its role, right before its name, its civility
    // or its comma: "du Vénézuela, Mme Tatiana Pugh Moreno, du Grèce, …")
    let k = held.a - 1;
    while (k > 0 && (CIVILITIES.has(toks[k]?.f ?? '') || toks[k]?.f === '.')) k--;
    if (toks[k]?.f === ',') k--;
    const tail = d.used[k];
    const tailText = tail && (tail.type === 'place' || tail.type === 'country') ? tokenText(d, tail.a, tail.b) : '';
    const at = tailText ? previous.role.lastIndexOf(tailText) : -1;
    const body = at > 0 ? previous.role.slice(0, at).replace(/\s*(?:de la|de l'|du|des|de|d')\s*$/, '') : previous.role;
    return { role: `${body} ${complement}`, country, shared: true };
  }
  return { role: `${titleBeforeComplement(previous.role)} ${complement}`, country, shared: true };
}

/** Words a headline's function cannot end before as before its verb. */
const NOT_A_VERB = new Set([
  'pour',
  'par',
  'avec',
  'sur',
  'dans',
  'contre',
  'vers',
  'chez',
  'sans',
  'entre',
  'selon',
  'lors',
  'apres',
  'avant',
  'depuis',
  'pendant',
  'et',
  'ou',
]);

/**
 * "Le vice-ministre vietnamien des AE reçoit son homologue", "… : l'ambassadrice vietnamienne
 * présente ses lettres de créance": a role a headline states with "le", "la" or "l'" and no name,
 * ending right before the verb at v. The role and its country, or null.
 */
export function unnamedRoleBefore(d: Doc, v: number, placeEnds = false): StatedRole | null {
  const toks = d.toks;
  const verb = toks[v];
  // (a headline may have no verb: "Le ministre chinois de la Défense nationale à Quang Ninh")
  const placed =
    placeEnds &&
    (isPreposition(d, v) || verb?.f === 'au' || verb?.f === 'en') &&
    !!d.used[v + 1] &&
    PLACE_TYPES.has(d.used[v + 1]?.type ?? '');
  // ("… a confirmé": the auxiliary "a", written without the accent of the preposition "à")
  const auxiliary =
    verb?.f === 'a' && d.text.slice(verb.s, verb.e) === 'a' && toks[v + 1]?.kind === 'w' && !toks[v + 1]?.cap;
  if (!placed && !auxiliary && (verb?.kind !== 'w' || verb.cap || d.used[v] || isTitleAt(d, v) || prepLength(toks, v)))
    return null;
  // (nor a preposition that goes on with the headline, "… à Quang Ninh pour des échanges", nor an
  // adjective of the function, "ministre chinois de la Défense nationale")
  if (!placed && (NOT_A_VERB.has(verb?.f ?? '') || (looksAdjective(verb?.f ?? '') && !ADJ_DICT.match(toks, v))))
    return null;
  const r = roleRightBefore(d, v);
  if (!r.role || r.civility || !isFunction(r.role)) return null;
  // the role opens on its title word, after a definite article
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    if (!isTitleAt(d, k) || roleText(d, k, v) !== r.role) continue;
    // ("le nouvel ambassadeur": the holder new to it, said between the article and the title)
    const at = NEWLY.has(toks[k - 1]?.f ?? '') ? k - 1 : k;
    const article = toks[at - 1]?.f === "'" ? toks[at - 2]?.f : toks[at - 1]?.f;
    return article === 'le' || article === 'la' || article === 'l' ? r : null;
  }
  return null;
}

/**
 * "…ses lettres de créance à la présidente de l'Assemblée nationale du Turkménistan (ou Mejlis).":
 * a function that ends the sentence at the full stop `dot`, after a definite article or "au", with
 * no name: whom the next sentence may name. Null when the sentence ends on anything else.
 */
export function roleEndingSentence(d: Doc, dot: number): StatedRole | null {
  const toks = d.toks;
  if (toks[dot]?.f !== '.') return null;
  const r = roleRightBefore(d, dot);
  if (!r.role || r.civility || !isFunction(r.role)) return null;
  for (let k = dot - 1; k >= 0 && k >= dot - 24; k--) {
    if (!isTitleAt(d, k) || !r.role.startsWith(tokenText(d, k, k + 1))) continue;
    const article = toks[k - 1]?.f === "'" ? toks[k - 2]?.f : toks[k - 1]?.f;
    return ['le', 'la', 'l', 'au'].includes(article ?? '') ? r : null;
  }
  return null;
}

/** "étaient", "sont": a plural title, then the names it stands for. */
const COPULAS = new Set(['etaient', 'sont', 'furent']);

/** "conduite", "dirigé", "présidée": a delegation or a meeting led by someone. */
const LED = /^(?:co)?(?:conduit|dirige|preside|mene)e?s?$/;

/**
 * "une délégation de X, conduite par son président Y": the possessive points back to the body the
 * led delegation is of ("accompagné de son conseiller" points to the sentence's subject: not read).
 */
function ledByPossessive(d: Doc, title: number): boolean {
  const toks = d.toks;
  return (
    POSSESSIVES.has(toks[title - 1]?.f ?? '') && toks[title - 2]?.f === 'par' && LED.test(toks[title - 3]?.f ?? '')
  );
}

/**
 * The country of the organisation a possessive before a bare title (at k, up to j) points back to:
 * the last one named in the sentence, or the bodies it belongs to ("de la Commission … du
 * Parlement hongrois"). Null when there is none, or it says no country.
 */
function countryOfBodyBefore(d: Doc, k: number, j: number): string | null {
  const toks = d.toks;
  // (a title with its own complement says whose already: "son président d'honneur")
  for (let m = k + 1; m <= j; m++) if (prepLength(toks, m) || d.used[m]) return null;
  for (let m = k - 1; m >= 0 && m >= k - 40; m--) {
    const t = toks[m];
    if (!t || t.f === '.' || t.f === ';' || d.used[m]?.type === 'person') return null;
    const last = d.used[m];
    if (last?.type !== 'organization') continue;
    // (back through the bodies it belongs to, each after its preposition: "de la Commission … du
    // Parlement hongrois"; the outermost introduced by one too, "une délégation de la …")
    let body = last;
    let p = prepBefore(toks, body.a);
    for (let n = 0; n < 4 && p > 0 && d.used[p - 1]?.type === 'organization'; n++) {
      body = d.used[p - 1] as Cand;
      p = prepBefore(toks, body.a);
    }
    return p < 0 ? null : (candCountry(body) ?? candCountry(last));
  }
  return null;
}

/**
 * A verb of appointment at k with its object after it: a present ("nomme", "désignent"), a present
 * participle ("nommant"), or a past participle after "avoir" ("a nommé"); not a participle that
 * qualifies a title ("le président élu", "nouvellement nommé").
 */
function appointsAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (!t || !appointmentVerbAt(d, k)) return false;
  return APPOINTING_AS_WRITTEN.test(d.text.slice(t.s, t.e).toLowerCase()) || auxiliaryAt(d, k - 1);
}

/** "Sénat", "Chambre basse": words in [a, b) that name a body otherwise (capitalised, no figure, no place). */
function glossAt(d: Doc, a: number, b: number): boolean {
  if (!d.toks[a]?.cap || d.toks[a]?.upper) return false;
  for (let m = a; m < b; m++) {
    const t = d.toks[m];
    if (t?.kind !== 'w' || PLACINGS.has(t.f) || d.used[m]?.type === 'person') return false;
  }
  return true;
}

/** "accrédité concurremment au Guatemala", "chargée en Bolivie": a post held too, inside the role. */
function isParticiple(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (t?.kind !== 'w' || t.cap || !/^(?:(?:accredite|charge|domicilie|base)e?s?|residant)$/.test(t.f)) return false;
  for (let m = k + 1; m < k + 4; m++) {
    if (isPostPreposition(d, m)) return true;
  }
  return false;
}

/** Is the title word at k the adjective "général" of a common noun right before it ("concours général")? */
function qualifiesNounBefore(d: Doc, k: number): boolean {
  const before = d.toks[k - 1];
  return (
    (d.toks[k]?.f === 'general' || d.toks[k]?.f === 'generale') &&
    before?.kind === 'w' &&
    !before.cap &&
    !d.used[k - 1] &&
    before.f.length > 3 &&
    !TITLE_WORDS.has(before.f) &&
    // (a noun of someone's function is a title with it: "le rapporteur général", "le gérant général")
    !PERSON_NOUN_ENDING.test(before.f) &&
    !ROLE_DETERMINERS.has(before.f) &&
    before.f !== 'chaque'
  );
}
/** Endings of nouns of persons by what they do: "rapporteur", "gérant", "mandataire". */
const PERSON_NOUN_ENDING = /(?:eur|euse|rice|ant|ante|aire|ent|ente)$/;

/** Nouns that say whose relative or aide the person is: "l'épouse du Premier ministre, Mme X". */
const KIN = new Set([
  ...SPOUSES,
  ...'fille fils veuve pere mere frere soeur collaborateur collaboratrice proche proches'.split(' '),
]);

function kinBefore(d: Doc, title: number): boolean {
  const toks = d.toks;
  let k = title - 1;
  if (toks[k]?.f === "'") k--;
  if (toks[k]?.f === 'la' || toks[k]?.f === 'l') k--;
  if (!['du', 'de', 'd', 'des'].includes(toks[k]?.f ?? '')) return false;
  // "le fils de l'ancien ministre"
  const kin = toks[k - 1]?.f ?? '';
  if (!KIN.has(kin)) return false;
  // ("sous l'égide conjointe du ministre", "les pays proches du": after a noun, the adjective)
  const before = toks[k - 2];
  return !KIN_OR_ADJECTIVE.has(kin) || !before || before.kind === 'p' || ROLE_DETERMINERS.has(before.f);
}
/** Kin words that are adjectives too: kin only after a determiner ("sa conjointe", "un proche"). */
const KIN_OR_ADJECTIVE = new Set(['conjoint', 'conjointe', 'proche', 'proches']);

/**
 * "les présidents du Vietnam Le Duc Anh (mai 1994) et Tran Duc Luong", "les anciens chefs du
 * gouvernement Pham Hung, Vo Van Kiêt et Phan Van Khai": a name after "," or "et" in a list of
 * names that a plural title opens has that title, in the singular. j is the token before the name.
 */
function listedUnder(d: Doc, j: number): StatedRole | null {
  const toks = d.toks;
  let k = j;
  for (let n = 0; n < 12 && k >= 0; n++) {
    if (toks[k]?.f !== ',' && toks[k]?.f !== 'et') return null;
    k--;
    // an aside after the name before: "(mai 1994)"
    if (toks[k]?.f === ')') {
      while (k >= 0 && toks[k]?.f !== '(' && j - k < 30) k--;
      k--;
    }
    const held = d.used[k];
    if (held?.type !== 'person') return null;
    k = held.a - 1;
    // (a comma after the plural title opens the list: "deux anciens directeurs de la VFA, X et Y")
    // (past an aside: "X (mai 1994), Y" goes on with the list; "… de Khanh Hoa (Centre), X" opens it)
    const before = pastAside(d, k - 1);
    const opensList = toks[k]?.f === ',' && before >= 0 && d.used[before]?.type !== 'person';
    if ((toks[k]?.f === ',' && !opensList) || toks[k]?.f === 'et') continue;
    // the first name of the list: the plural title's role, not what is said of the first name
    // alone ("trois procureurs, X (procureur en chef adjoint…), Y (procureur principal) et Z")
    if (!held.role || !pluralTitleBefore(d, held.a)) return null;
    const title = roleBefore(d, held.a);
    if (!title.role) return null;
    // ("les vice-ministres vietnamien et koweïtien des AE, X et Y": the n-th holder, the n-th nationality)
    // (read from the plural title on, not in the words before it: "les entreprises vietnamiennes et
    // japonaises … en présence des vice-ministres, X et Y")
    const own = nationalitiesListed(d, pluralTitleAt(d, held.a), held.a)[n + 1];
    return { role: title.role, country: own ?? title.country ?? held.country, civility: false };
  }
  return null;
}

/**
 * A number at k before a plural title that counts a crowd: ten or more ("150 délégués", "2.000
 * délégués"), or one said roughly ("environ 50", "près de 200"). Not a list's heading, which its
 * article or possessive says: "les 12 membres du Comité permanent, X, Y et Z".
 */
function crowdCountAt(d: Doc, k: number): boolean {
  const toks = d.toks;
  if (toks[k]?.kind !== 'n') return false;
  let n = k;
  // ("2.000", "2 000": a number written in groups of three digits)
  while (/^\d{3}$/.test(toks[n]?.f ?? '')) {
    const sep = toks[n - 1];
    if (sep?.f === '.' && sep.s === toks[n - 2]?.e && toks[n]?.s === sep.e && leadingGroup(toks[n - 2])) n -= 2;
    else if (leadingGroup(sep)) n -= 1;
    else break;
  }
  const before = toks[n - 1]?.f ?? '';
  if (LIST_DETERMINERS.has(before)) return false;
  const roughly = ROUGHLY.has(before) || (before === 'de' && ROUGHLY.has(toks[n - 2]?.f ?? ''));
  return roughly || n < k || Number(toks[k]?.f) >= 10;
}
/** The first group of a number written in groups: one to three digits. */
const leadingGroup = (t: Token | undefined) => t?.kind === 'n' && /^\d{1,3}$/.test(t.f);
const ROUGHLY = new Set(['environ', 'pres', 'plus', 'quelque', 'moins', 'quelques']);
/** "les 12 membres", "ses 11 membres", "ces 10 ambassadeurs": the list that follows is the whole number. */
const LIST_DETERMINERS = new Set(['les', 'ces', 'ses', 'leurs', 'nos', 'vos', 'des']);

/**
 * The token before the aside in brackets that ends at k ("… de Khanh Hoa (Centre)"), or k when no
 * aside ends there; -1 when the aside's opening is out of reach (a long one) or opens the text.
 */
function pastAside(d: Doc, k: number): number {
  if (d.toks[k]?.f !== ')') return k;
  const open = openingParen(d, k);
  return open >= 0 ? open - 1 : -1;
}

/** The plural title word a few tokens before the name at i (the list's title), or i when none. */
function pluralTitleAt(d: Doc, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 30; k--)
    if (d.toks[k]?.kind === 'w' && isPluralTitle(d.toks[k]?.f ?? '')) return k;
  return i;
}

/** Abbreviated titles, the same in the plural: "les PM", "les SG". */
const INVARIABLE_TITLES = new Set(['pm', 'sg']);
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'deux', 'trois']);

/** Is the role before the name at i stated in the plural ("les présidents du Vietnam")? */
function pluralTitleBefore(d: Doc, i: number): boolean {
  // ("deux anciens directeurs de la VFA, X et Y": a comma may set the list off, and a colon after
  // a copula: "Les secrétaires adjoints du Comité sont : X, Y et Z")
  // (past an aside that ends the title: "trois fonctionnaires de l'Office … de Khanh Hoa (Centre), X, Y et Z")
  const from = pastAside(d, d.toks[i - 1]?.f === ',' || d.toks[i - 1]?.f === ':' ? i - 2 : i - 1);
  // (a title's portfolios may be listed with commas: "les ministres des Affaires étrangères, du
  // Commerce et de la Coopération internationale, X")
  for (let k = from; k >= 0 && k >= i - 30; k--) {
    const t = d.toks[k];
    // (or its nationalities: "les ministres de la Défense vietnamien, laotien et cambodgien, X")
    if (t?.f === ',' && (complementAt(d, k + 1) || ADJ_DICT.match(d.toks, k + 1))) continue;
    // (and an acronym in brackets inside it: "les représentants de la Chambre de Commerce et
    // d'Industrie (IHK) de Hanovre, X et Y")
    const open = t?.f === ')' ? openingParen(d, k) : -1;
    if (open > 0) {
      k = open;
      continue;
    }
    if (t?.kind === 'p' && t.f !== "'" && t.f !== '-') return false;
    if (t?.kind === 'w' && isPluralTitle(t.f)) return true;
    // "les PM X et Y": an abbreviated title has no plural of its own; its determiner says it
    // (right before the names only: "les PM du Vietnam et du Laos, X et Y" hands out two
    // countries, which a copy of the whole role would not)
    if (t?.kind === 'w' && INVARIABLE_TITLES.has(t.f))
      return k === from && PLURAL_DETERMINERS.has(d.toks[k - 1]?.f ?? '');
    if (t?.kind === 'w' && TITLE_WORDS.has(t.f)) return false;
  }
  return false;
}
