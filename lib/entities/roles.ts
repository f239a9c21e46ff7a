// Roles and countries stated around a name. French VNA text states them in two places:
//   before the name: "le vice-Premier ministre et ministre de l'Intérieur Sar Kheng",
//                    "l'ambassadeur du Vietnam au Laos, Nguyen Minh Tam"
//   after it (apposition): "Hun Sen, président du Parti du peuple cambodgien,"
// The country is the first country the role names: a country name, a nationality adjective
// ("ministre cambodgien"), or an organisation whose country is known (PPRL → LA).

import { isMonthName } from '../dates/parse';
import { fold } from '../text/fold';
import { type Cand, candCountry, type Doc, heldEnd, isFreeVnSyllable, tokenText } from './doc';
import { ADJ_DICT } from './knowledge';
import {
  CIVILITIES,
  CONNECTOR_NOUNS,
  DECEASED,
  NEWLY,
  NOT_NAME,
  PLAYING_POSITIONS,
  RANKS,
  RELATIONAL_TITLES,
  REPORTS_TO,
  ROLE_DETERMINERS,
  ROLE_STOP,
  SPOUSES,
  TERM_NOUNS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { articleLength, prepBefore, prepLength } from './prepositions';
import { isCompoundTail, listEtEnd, personStartsAt, type Token } from './tokens';

export interface StatedRole {
  role: string | null;
  country: string | null;
  /** "M." / "Mme" before the name */
  civility: boolean;
  /** "X, également ministre…": the word that adds this function to one stated before the name */
  also?: string;
  /** "X est membre du…": stated by a copula, a background fact that gives way to an apposed function */
  predicated?: boolean;
  /** "…, de l'Agriculture Y": a plural title before the list, shared with the previous holder */
  shared?: boolean;
}

const isWord = (d: Doc, k: number): boolean => d.toks[k]?.kind === 'w';
/**
 * "(PCV)", "(MCTI)", and mixed-case ones as parties write them, which the tokenizer splits at the
 * case change: "(PCdoB)". The ")" closing the acronym opened at k, or -1.
 */
function acronymInParens(d: Doc, k: number): number {
  if (d.toks[k]?.f !== '(') return -1;
  let m = k + 1;
  while (m < k + 4 && d.toks[m]?.kind === 'w' && d.toks[m + 1]?.kind === 'w' && d.toks[m]?.e === d.toks[m + 1]?.s) m++;
  const a = d.toks[k + 1];
  const z = d.toks[m];
  if (!a || !z || d.toks[m + 1]?.f !== ')') return -1;
  return /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(d.text.slice(a.s, z.e)) ? m + 1 : -1;
}
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'avoir', 'ayant']);
/** A form of "avoir" at k, as written: "a", never the preposition "à" that folds to it. */
function auxiliaryAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && AUXILIARIES.has(t.f) && (t.f !== 'a' || d.text.charAt(t.s).toLowerCase() === 'a');
}

/**
 * Does a function or title start at token k? "premier", "vice", "sous" qualify a title and are
 * one only before it ("Premier ministre", "vice-président"): "la première visite du président"
 * states the role "président", not "première visite du président".
 */
function isTitleAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  // ("grand" is a title only in "grand-duc", "grande-duchesse")
  if (t?.kind === 'w' && /^grande?$/.test(t.f) && d.toks[k + 1]?.f === '-')
    return /^duc(?:hesse)?$/.test(d.toks[k + 2]?.f ?? '');
  if (t?.kind !== 'w' || !isTitleWord(t.f)) return false;
  // "ont envoyé des félicitations", "a délégué": a participle after "avoir" is a verb, not a title
  if (auxiliaryAt(d, k - 1)) return false;
  // "la porte Ngo Mon" is a gate: only "porte-parole" is a function
  if (t.f === 'porte' && !(d.toks[k + 1]?.f === '-' && d.toks[k + 2]?.f === 'parole')) return false;
  // "ancien cadre du ministère": a cadre is one of a body; "dans ce cadre, X", "dans le cadre de la
  // visite" is a frame
  if (t.f === 'cadre' && (!['de', 'du', 'des', 'd'].includes(d.toks[k + 1]?.f ?? '') || d.toks[k - 2]?.f === 'dans'))
    return false;
  // "un officiel", "des officiels", "le haut officiel"; "le match officiel" is an adjective after its noun
  if (/^officiel(?:le)?s?$/.test(t.f) && d.toks[k - 1]?.kind === 'w' && !d.toks[k - 1]?.cap) {
    const prev = d.toks[k - 1]?.f ?? '';
    if (!ROLE_DETERMINERS.has(prev) && !BEFORE_OFFICIAL.has(prev)) return false;
  }
  if (!TITLE_QUALIFIERS.has(singularOf(t.f))) return true;
  let n = k + 1;
  // ("vice – président": the stored text spaces the dash at times, or writes an en dash)
  if (DASHES.has(d.toks[n]?.f ?? '')) n++;
  const next = d.toks[n];
  return next?.kind === 'w' && isTitleWord(next.f);
}

/**
 * A title at k, or an envoy's accreditation to another country, which goes on the function
 * ("ambassadeur du Vietnam au Mexique, accrédité concurremment au Guatemala").
 */
function functionAt(d: Doc, k: number): boolean {
  return isTitleAt(d, k) || (/^accreditee?s?$/.test(d.toks[k]?.f ?? '') && ACCREDITED_TO.has(d.toks[k + 1]?.f ?? ''));
}
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'nous', 'je']);
const ACCREDITED_TO = new Set(['aupres', 'concurremment', 'au', 'aux', 'en', 'a', 'pour', 'dans']);

const singularOf = (f: string): string => (f.endsWith('s') && f.length > 3 ? f.slice(0, -1) : f);

/** "présidents", "chefs": the plural of a title word. */
export function isPluralTitle(f: string): boolean {
  return f.endsWith('s') && TITLE_WORDS.has(f.slice(0, -1));
}

/** A title word, or its plural ("les anciens chefs du gouvernement"). */
function isTitleWord(f: string): boolean {
  return TITLE_WORDS.has(f) || (f.length > 3 && isPluralTitle(f));
}

/** "au", "aux", "en", "à": the prepositions of a post ("ambassadeur au Laos", "accrédité en Bolivie"). */
function isPostPreposition(d: Doc, k: number): boolean {
  const f = d.toks[k]?.f;
  return f === 'au' || f === 'aux' || f === 'en' || isPreposition(d, k);
}

/** "à" folds to "a" (the verb "a" ends a role; the preposition does not: "ambassadeur à Singapour"). */
function isPreposition(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && t.f === 'a' && d.text.charAt(t.s) !== 'a';
}

/**
 * "le général X, ministre de la Défense": both parts, as the text states them. `added` when the
 * only function is one added to another ("X, qui est également chef de…"): a page's main one wins.
 */
export function joinRoles(before: string | null, after: StatedRole): { role: string | null; added: boolean } {
  const b = isFunction(before) ? before : null;
  const a = isFunction(after.role) ? after.role : null;
  // ("trois procureurs, X (procureur principal)": the title said again, more fully, is one)
  const [fa, fb] = [a && fold(a), b && fold(b)];
  if (fa && fb && (fa === fb || fa.startsWith(`${fb} `))) return { role: a, added: false };
  // ("le vice-Premier ministre X, également ministre des AE": the text's own link stays)
  if (b && a)
    return {
      role:
        isRank(b) || (isFormOfAddress(b) && !isMissionPost(a)) ? a : `${b}, ${after.also ? `${after.also} ` : ''}${a}`,
      added: false,
    };
  return { role: b ?? a, added: !b && !!a && (!!after.also || !!after.predicated) };
}

/** An article at k before a place or a country: "le Moyen-Orient", "l'Afrique". */
function placeAfterArticle(d: Doc, k: number): boolean {
  const n = articleLength(d.toks, k);
  const type = n ? d.used[k + n]?.type : undefined;
  return type === 'place' || type === 'country';
}

/** A title from a to b (inclusive) with no complement: "Premier ministre", "présidente". */
function bareTitle(d: Doc, a: number, b: number): boolean {
  if (!isTitleAt(d, a)) return false;
  for (let k = a + 1; k <= b; k++)
    if (COMPLEMENT_OPENERS.has(d.toks[k]?.f ?? '') || d.toks[k]?.kind !== 'w') return false;
  return true;
}
const COMPLEMENT_OPENERS = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en', 'pour', 'charge']);

/** "L'ambassadeur X, secrétaire général…": a bare title used as a form of address, said before the function. */
function isFormOfAddress(role: string): boolean {
  return ADDRESSED.has(fold(role));
}

/**
 * "l'ambassadeur X, chef de la Mission permanente du Ghana", "…, chargé du Paraguay": the function
 * is an envoy's own post, so the title before the name is held with it, not a form of address.
 */
function isMissionPost(role: string): boolean {
  return MISSION_POST.test(fold(role));
}
const MISSION_POST =
  /^(?:chef|cheffe) de (?:la |sa )?(?:mission|delegation|representation)\b|^representante? permanente?\b|^chargee? d(?:u|e|es|') /;
const ADDRESSED = new Set(['ambassadeur', 'ambassadrice', 'ancien ambassadeur', 'ancienne ambassadrice']);

/** A military rank ("général de corps d'armée", "colonel") says less than a function stated with it. */
function isRank(role: string): boolean {
  // ("lieutenant-général": a rank of two words)
  const first = fold(role).split(/[\s,]/)[0] ?? '';
  return RANKS.has(first) || first.split('-').every((w) => RANKS.has(w));
}

/** "colonel, attaché militaire…": a rank heading a list of functions gives way to them. */
function withoutLeadingRank(role: string | null): string | null {
  if (!role) return role;
  const comma = role.indexOf(', ');
  return comma > 0 && isRank(role.slice(0, comma)) ? role.slice(comma + 2) : role;
}

/** Prepositions that link a phrase to the name after them ("remis à X", "avec X"), never a role's end. */
const LINKING_PREPOSITIONS = new Set(['avec', 'par', 'pour', 'aux', 'chez', 'contre', 'envers', 'vers', 'entre']);

const DASHES = new Set(['-', '\u2013']);

/**
 * Punctuation at k that a role goes on over: an apostrophe, a hyphen, and a spaced or en dash after
 * "vice"/"sous" ("vice – président": the stored text writes it so at times).
 */
function joinsRoleAt(d: Doc, k: number): boolean {
  const f = d.toks[k]?.f ?? '';
  return f === "'" || f === '-' || (DASHES.has(f) && isTitleAt(d, k - 1)) || interimDotAt(d, k);
}

/** "a.i", "a.i.", "p.i." at k (ad interim, par intérim): the end of the abbreviation, or -1. */
function interimEnd(d: Doc, k: number): number {
  const f = (n: number) => d.toks[n]?.f;
  if ((f(k) !== 'a' && f(k) !== 'p') || f(k + 1) !== '.' || f(k + 2) !== 'i') return -1;
  return f(k + 3) === '.' ? k + 4 : k + 3;
}

/** A dot of "a.i." or "p.i." ("chargée d'affaires a.i.": ad interim, par intérim) is no sentence's end. */
function interimDotAt(d: Doc, k: number): boolean {
  const f = (n: number) => d.toks[n]?.f;
  if (f(k) !== '.') return false;
  if ((f(k - 1) === 'a' || f(k - 1) === 'p') && f(k + 1) === 'i') return true;
  return f(k - 1) === 'i' && f(k - 2) === '.' && (f(k - 3) === 'a' || f(k - 3) === 'p');
}

/** Country named in tokens [a, b): country or organisation mention, or nationality adjective. */
export function countryIn(d: Doc, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const c = d.used[k];
    // "représentante de l'UNICEF au Vietnam": a country after "au"/"en" is the post, not the nationality
    if (c?.type === 'country' && isPostPreposition(d, c.a - 1)) continue;
    if (c && (c.type === 'country' || c.type === 'organization')) {
      const code = c.type === 'country' ? (c.kb?.country ?? null) : candCountry(c);
      if (code) return code;
    }
    // "le maire d'Osaka", "gouverneur de la province de Champassak": a known place's country
    if (c?.type === 'place' && c.kb?.country && c.a === k && !isPostPreposition(d, k - 1)) return c.kb.country;
    // ("Association germano-vietnamienne": a compound's last half is not a nationality)
    if (!c && !isCompoundTail(d.toks, k)) {
      const m = ADJ_DICT.match(d.toks, k);
      if (m && m.end <= b) return m.ref;
    }
  }
  return null;
}

/**
 * "la communauté française de Belgique", "la communauté vietnamienne de France": an adjective
 * followed by "de" and a country qualifies its noun (a language, a diaspora); it is part of the role.
 */
function ofCountryAt(d: Doc, k: number): boolean {
  const t = d.toks;
  let j = k;
  if (t[j]?.f === 'de' && t[j + 1]?.f === 'la') j += 2;
  else if (t[j]?.f === 'd' && t[j + 1]?.f === "'") j += 2;
  else if (['de', 'du', 'des'].includes(t[j]?.f ?? '')) j++;
  else return false;
  return j > k && d.used[j]?.type === 'country';
}

/** Tokens of [a, b) that are nationality adjectives (dropped from a role: the country field says it). */
function adjectiveTokens(d: Doc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let k = a; k < b; k++) {
    // an organisation's mention may end on its adjective ("Assemblée nationale lao")
    if (d.used[k] && d.used[k]?.type !== 'organization') continue;
    if (isCompoundTail(d.toks, k)) continue;
    // ("… Thai Son": a capitalised word before another is a syllable of a name, not "thaï")
    if (d.toks[k]?.cap && d.toks[k + 1]?.cap && d.toks[k + 1]?.kind === 'w') continue;
    const m = ADJ_DICT.match(d.toks, k);
    // ... only at its end: "Service des affaires étrangères de Thai Nguyen" keeps "Thai"
    // (and not when the name has it: "Conseil National Palestinien", or a form of a known name
    // that the text wrote: "Parti communiste brésilien" for the Parti communiste du Brésil)
    const held = d.used[k];
    const last = d.toks[m?.end ? m.end - 1 : k]?.f ?? '';
    const named = (n: string) => {
      const f = fold(n);
      const at = f.length - last.length;
      // the whole last word ("… palestinien", "… sud-coréen"), not its end ("… lao" in "Palao")
      return at >= 0 && f.endsWith(last) && (at === 0 || /[\s'-]/.test(f.charAt(at - 1)));
    };
    if (m && held && (m.end !== held.b || named(held.canonical) || held.kb?.variants.some(named))) continue;
    // "roi des Belges": after an article the word names the people, a noun of the role
    const people = d.toks[k - 1]?.f === 'des' || d.toks[k - 1]?.f === 'les';
    if (m && m.end <= b && !people && !ofCountryAt(d, m.end)) {
      for (let j = k; j < m.end; j++) out.add(j);
      k = m.end - 1;
    }
  }
  return out;
}

function roleText(d: Doc, a: number, b: number): string | null {
  // "le défunt président": that the holder has died is not part of the function
  // nor that the holder is new to it ("le nouveau secrétaire")
  while (a < b - 1 && (DECEASED.has(d.toks[a]?.f ?? '') || NEWLY.has(d.toks[a]?.f ?? ''))) a++;
  // ("président de la région de Bratislava (Slovaquie)": the country in brackets glosses a place)
  const open = d.toks[b - 1]?.f === ')' ? openingParen(d, b - 1) : -1;
  if (open > a && d.used[open + 1]?.type === 'country' && d.used[open + 1] === d.used[b - 2]) b = open;
  const adj = adjectiveTokens(d, a, b);
  // ("des Moudjahidine (anciens combattants)": a French gloss explains the role; it is no part of it)
  const gloss = glossTokens(d, a, b);
  // Keep a nationality adjective only when it is the whole role ("le dirigeant lao" → "dirigeant").
  const text = tokenText(d, a, b, (k) => adj.has(k) || gloss.has(k))
    .replace(/\s*,$/, '')
    .replace(TERM_OF_OFFICE, '');
  return withoutLeadingRank(singular(d, a, text) || null);
}

/**
 * When a function is held, said in brackets at a role's end, is an aside: "(2022-2024)", "(14e
 * mandat)" (not "membre du CC du XIIe mandat", which names the committee).
 */
const TERM_OF_OFFICE = /,?\s*\((?:[^()]*\bmandat\b[^()]*|\s*\d{4}\s*[-–]\s*\d{4}\s*)\)$/u;

/**
 * "les nouveaux ambassadeurs du Cambodge, Chay Navuth, …": a role stated in the plural for a list
 * of names is, for each of them, the singular function.
 */
function singular(d: Doc, a: number, text: string): string {
  // ("vice-ministres": the plural may be past a hyphen)
  const k = d.toks[a + 1]?.f === '-' ? a + 2 : a;
  const t = d.toks[k];
  if (t?.kind !== 'w' || !isPluralTitle(t.f)) return text;
  // every word of the title up to its complement: "Premiers ministres" → "Premier ministre"
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^(?:de|du|des|d'|de l'|la|le|l')/.test(w)) break;
    if (w.length > 3 && w.endsWith('s')) words[i] = w.slice(0, -1);
  }
  return words.join(' ');
}

/** A role's first word, folded ("Vice-ministre des AE" → "vice-ministre"): the title it opens on. */
export function roleHead(role: string | null | undefined): string {
  return fold(role ?? '').split(/[\s,]/)[0] ?? '';
}

/** "son homologue indien": how two people relate, not a function; no role. */
export function isFunction(role: string | null): boolean {
  const head = roleHead(role);
  return !!role && !RELATIONAL_TITLES.has(head) && !PLAYING_POSITIONS.has(head) && !isHanging(role);
}

/** "le porte-parole de Kim Jong-un": a role left on "de" is said of the name after it, not held by it. */
export function isHanging(role: string | null): boolean {
  return !!role && /\s(?:de|du|des|d')$/.test(role);
}

/**
 * The role stated before the name at i: right before it, or before an apposition that says more
 * of the role's body ("le président de KMW, premier groupe sud-coréen des télécommunications, X").
 */
export function roleBefore(d: Doc, i: number): StatedRole {
  const right = roleRightBefore(d, i);
  if (right.role || right.civility || d.toks[i - 1]?.f !== ',') return right;
  const c = appositionStart(d, i - 2);
  if (c < 0) return right;
  const r = roleRightBefore(d, c);
  if (!r.role || !isFunction(r.role) || r.civility) return right;
  // "du parti au pouvoir, le Mouvement populaire de libération de l'Angola (MPLA)": the body's own
  // name is part of the role; a description of it ("premier groupe de…") is not
  if (!renamesBody(d, c)) return r;
  return {
    role: `${r.role}, ${tokenText(d, c + 1, i - 1)}`,
    country: r.country ?? countryIn(d, c + 1, i - 1),
    civility: false,
  };
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
  const described = !first.cap && prepLength(toks, a + 1) + prepLength(toks, a + 2) > 0;
  if (!renamed && !described) return -1;
  // the role before it ends on its body: "de KMW", "du parti au pouvoir"
  const end = toks[k - 1];
  return end?.kind === 'w' && (end.cap || d.used[k - 1]?.type === 'organization' || !ROLE_STOP.has(end.f)) ? k : -1;
}

/** The role phrase ending right before token i (the name start), if it opens with a title word. */
function roleRightBefore(d: Doc, i: number): StatedRole {
  const toks = d.toks;
  let civility = false;
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  if (p1 && p1.kind === 'w' && CIVILITIES.has(p1.f) && p1.cap) civility = true;
  if (p1 && p1.f === '.' && p2 && p2.kind === 'w' && p2.cap && CIVILITIES.has(p2.f)) civility = true;
  let j = i - 1;
  // "l'ambassadeur danois au Vietnam, Mme Charlotte Laursen": the civility after the comma
  if (civility) j -= p1?.f === '.' ? 2 : 1;
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
  let start = -1;
  // (48 tokens back: a role may list seven posts, "ambassadeur … en Tanzanie, au Kenya, … et aux Comores",
  // or a deputy minister's portfolio twice, "auprès du ministre des X, de Y et de Z, chargé de Y et de Z")
  for (let k = j; k >= 0 && k >= j - 48; k--) {
    const t = toks[k];
    if (!t) break;
    // another person's name ends the phrase: "le Premier ministre X et le général Y"
    if (d.used[k]?.type === 'person') break;
    // a body's or a place's own words are inside the role ("maire de Saint-Ouen-sur-Seine")
    const held = d.used[k];
    if ((held?.type === 'organization' || held?.type === 'place') && held === d.used[k + 1]) {
      start = k;
      continue;
    }
    if (t.kind === 'p') {
      if (joinsRoleAt(d, k)) continue;
      // "la vice-présidente de l'AN, membre du Conseil électoral, X": a list of functions
      if (
        t.f === ',' &&
        start === k + 1 &&
        (isTitleAt(d, k + 1) || complementAt(d, k + 1) || placeAfterArticle(d, k + 1))
      )
        continue;
      // "le vice-Premier ministre, également ministre des Affaires étrangères, X"
      // ("L'ambassadrice du Vietnam en Grèce, également accréditée auprès de l'Albanie, X")
      if (t.f === ',' && start === k + 1 && ALSO.has(toks[k + 1]?.f ?? '') && functionAt(d, k + 2)) continue;
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
      const goesOn = complementAt(d, k + 1) || (toks[k + 1]?.f === 'et' && complementAt(d, k + 2));
      if (t.f === ')' && start === k + 1 && goesOn) {
        const open = openingParen(d, k);
        if (open > 0 && k - open <= 4 && (glossAt(d, open + 1, k) || frenchGlossAt(d, open + 1, k))) {
          k = open;
          continue;
        }
      }
      // "le président du Conseil des ministres (aujourd'hui Premier ministre) Pham Hung": an
      // aside between the role and the name is not part of the role
      if (t.f === ')' && k === j) {
        const open = openingParen(d, k);
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
      break;
    }
    if (t.kind === 'w' && !t.cap && isPreposition(d, k)) {
      start = k;
      continue;
    }
    if (t.kind === 'w' && !t.cap) {
      if (ROLE_DETERMINERS.has(t.f)) {
        // "de la Défense", "de l'Intérieur", "des…" stay inside the role.
        const prev = toks[k - 1];
        // (and "pour l'Asie": what the function is for, read at "pour")
        if ((t.f === 'la' || t.f === 'l' || t.f === 'les') && (prev?.f === 'de' || prev?.f === 'pour')) continue;
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
      if (
        ROLE_STOP.has(t.f) &&
        !interimDotAt(d, k + 1) &&
        !parInside(d, k) &&
        !isCompoundHead(d.toks, k) &&
        !joinsOwnNoun(d, k) &&
        !(t.f === 'pour' && start > k && forWhat(d, k + 1)) &&
        !(start === k + 1 && unitOf(d, k))
      )
        break;
    }
    start = k;
  }
  if (start < 0 || j < start) return { role: null, country: null, civility };
  // "Lors de sa rencontre avec X, ancienne vice-présidente de l'AN, Y a salué…": a role set off
  // by commas after a name is that name's apposition, not the next name's title
  // (not after "du"/"de": "…, du ministre de l'Industrie, Y," lists whom, each with its title)
  if (
    toks[start - 1]?.f === ',' &&
    d.used[start - 2]?.type === 'person' &&
    toks[j + 1]?.f === ',' &&
    isTitleAt(d, start)
  )
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
  // "enseignants et directeur de l'Université royale, X": a plural title is the others'; one name
  // holds the singular one after "et"
  const plural = toks[title]?.f ?? '';
  if (plural.length > 3 && plural.endsWith('s') && toks[title + 1]?.f === 'et' && isTitleAt(d, title + 2)) title += 2;
  // "l'épouse du Premier ministre, Mme X": the title is someone else's
  if (kinBefore(d, title)) return { role: null, country: null, civility };
  // "a adressé un message au président du Vietnam X": the title after "au" is the name's
  // (French repeats "au" for a second person: "au Premier ministre japonais et au président de la
  // Chambre X" names X the second only; not inside a body's name: "… liées aux députés")
  for (let k = title + 1; k < j; k++) {
    const f = toks[k]?.f;
    // ("ministre délégué auprès du ministre des AE": whom a deputy serves is inside the role)
    if (toks[k - 1]?.f === 'aupres') continue;
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
  if (role && isRank(role) && ROLE_DETERMINERS.has(toks[title - 1]?.f ?? '') && toks[title - 2]?.f === ',') {
    const fn = roleRightBefore(d, title - 1);
    if (fn.role && !isRank(fn.role)) return { ...fn, civility };
  }
  // "une délégation de la Commission de la sécurité nationale du Parlement hongrois, conduite par
  // son président X": "son" says whose; the function is of the body named before
  const whose = role && ledByPossessive(d, title) ? bodyBefore(d, title - 1, j) : null;
  if (whose) return { role: `${role} ${whose.text}`, country: whose.country, civility };
  return { role, country: countryIn(d, title, j + 1), civility };
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
  if (toks[start - 1]?.f !== ',' && toks[start - 1]?.f !== 'et') return null;
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
  const head = previous.role.split(/\s(?=d[eu]s?\s|de\sl'|de\sla\s|d')/)[0] ?? previous.role;
  return { role: `${head} ${complement}`, country, shared: true };
}

/** Words "officiel" is a noun after, besides the determiners: "des officiels", "le haut officiel". */
const BEFORE_OFFICIAL = new Set(['des', 'plusieurs', 'deux', 'trois', 'quelques', 'haut', 'hauts']);

/**
 * "Le vice-ministre vietnamien des AE reçoit son homologue", "… : l'ambassadrice vietnamienne
 * présente ses lettres de créance": a role a headline states with "le", "la" or "l'" and no name,
 * ending right before the verb at v. The role and its country, or null.
 */
export function unnamedRoleBefore(d: Doc, v: number): StatedRole | null {
  const toks = d.toks;
  const verb = toks[v];
  if (verb?.kind !== 'w' || verb.cap || d.used[v] || isTitleAt(d, v) || prepLength(toks, v)) return null;
  const r = roleRightBefore(d, v);
  if (!r.role || r.civility || !isFunction(r.role)) return null;
  // the role opens on its title word, after a definite article
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    if (!isTitleAt(d, k) || roleText(d, k, v) !== r.role) continue;
    const article = toks[k - 1]?.f === "'" ? toks[k - 2]?.f : toks[k - 1]?.f;
    return article === 'le' || article === 'la' || article === 'l' ? r : null;
  }
  return null;
}

/** "étaient", "sont": a plural title, then the names it stands for. */
const COPULAS = new Set(['etaient', 'sont', 'furent']);

/** Words of praise French puts before a title in an apposition: "X, éminent photojournaliste". */
const PRAISE = new Set(['eminent', 'eminente', 'celebre', 'renomme', 'renommee', 'talentueux', 'talentueuse']);

const POSSESSIVES = new Set(['son', 'sa']);
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
 * The organisation a possessive before a bare title (at k, up to j) points back to: the last one
 * named in the sentence, with the preposition that introduced it ("de la Commission …"), or null.
 */
function bodyBefore(d: Doc, k: number, j: number): { text: string; country: string | null } | null {
  const toks = d.toks;
  // (a title with its own complement says whose already: "son président d'honneur")
  for (let m = k + 1; m <= j; m++) if (prepLength(toks, m) || d.used[m]) return null;
  for (let m = k - 1; m >= 0 && m >= k - 40; m--) {
    const t = toks[m];
    if (!t || t.f === '.' || t.f === ';' || d.used[m]?.type === 'person') return null;
    const last = d.used[m];
    if (last?.type !== 'organization') continue;
    // the whole mention, back through the bodies it belongs to ("de la Commission … du Parlement
    // hongrois"), and the preposition before it ("de la", "du", "d'")
    let body = last;
    let p = prepBefore(toks, body.a);
    for (let n = 0; n < 4 && p > 0 && d.used[p - 1]?.type === 'organization'; n++) {
      body = d.used[p - 1] as Cand;
      p = prepBefore(toks, body.a);
    }
    if (p < 0) return null;
    return { text: tokenText(d, p, last.b), country: candCountry(body) };
  }
  return null;
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

/** Tokens of the lower-case glosses in parentheses inside [a, b), parentheses included. */
function glossTokens(d: Doc, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let k = a; k < b; k++) {
    if (d.toks[k]?.f !== '(') continue;
    const close = closingParen(d, k);
    if (close < 0 || close >= b || close - k > 5 || !frenchGlossAt(d, k + 1, close)) continue;
    for (let m = k; m <= close; m++) out.add(m);
    k = close;
  }
  return out;
}

/** "(anciens combattants)": lower-case French words glossing the capitalised word before them. */
function frenchGlossAt(d: Doc, a: number, b: number): boolean {
  if (!d.toks[a - 2]?.cap) return false;
  for (let m = a; m < b; m++) {
    const t = d.toks[m];
    if (t?.kind !== 'w' || t.cap || PLACINGS.has(t.f)) return false;
  }
  return b > a;
}

/** The ")" closing the "(" at k, at most 40 tokens on, with no sentence end inside, or -1. */
function closingParen(d: Doc, k: number): number {
  for (let m = k + 1; m < d.toks.length && m <= k + 40; m++) {
    const f = d.toks[m]?.f;
    if (f === ')') return m;
    if (f === '(' || f === '.' || f === ';') return -1;
  }
  return -1;
}

/** From a post at k, does the list reach "et" and another post ("…, en Uruguay et au Paraguay")? */
function postListClosed(d: Doc, k: number): boolean {
  const e = listEtEnd(d.toks, k + 1, 20);
  return e > 0 && isPostPreposition(d, e);
}

const OF = new Set(['de', 'du', 'des', 'd']);
const IN_CHARGE = new Set(['charge', 'chargee', 'charges', 'chargees']);

/**
 * Is the complement list at k (after its comma) what a "chargé de" before it is in charge of? Back
 * over the list's earlier items ("chargée du commerce, de l'investissement, de l'industrie…").
 */
function inChargeOf(d: Doc, k: number): boolean {
  for (let m = k - 2; m >= 0 && m >= k - 30; m--) {
    const f = d.toks[m]?.f ?? '';
    if (IN_CHARGE.has(f)) return OF.has(d.toks[m + 1]?.f ?? '');
    if (d.toks[m]?.kind === 'p' && f !== "'" && f !== ',' && f !== '-') return false;
  }
  return false;
}

/** Plurals of nouns of people by their ending: investisseurs, agricultrices, étudiants, juristes, ouvriers. */
const PEOPLE_ENDING = /(?:eurs|trices|ants|antes|istes|iers|ieres|iens|iennes)$/;

/** Nouns of people, never a field one is in charge of: "…, des représentants de ministères et des entreprises". */
const PEOPLE_NOUNS = new Set([
  'representants',
  'dirigeants',
  'experts',
  'journalistes',
  'invites',
  'delegues',
  'membres',
  'responsables',
  'participants',
  'cadres',
  'fonctionnaires',
  'diplomates',
  'entreprises',
  'habitants',
]);

/** "du Commerce international", "de la Culture": a complement of a function, listed after a comma. */
function complementAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  // "ambassadeur en Argentine, en Uruguay et au Paraguay": posts listed too, in a list closed by "et"
  // (not "ministre du Commerce, en Inde pour une visite")
  const post = (t?.f === 'en' || t?.f === 'au' || t?.f === 'aux') && postListClosed(d, k);
  if (t?.f !== 'du' && t?.f !== 'des' && t?.f !== 'de' && t?.f !== 'd' && !post) return false;
  let n = k + 1;
  if (d.toks[n]?.f === 'la' || d.toks[n]?.f === 'l') n++;
  if (d.toks[n]?.f === "'") n++;
  const w = d.toks[n];
  // ("gouverneur de la province d'Aichi, du Japon": a country is one)
  // ("…, du ministère australien des Affaires étrangères": a body named in lower case is one too,
  // when it ends the list, not in "…, du ministère de la Santé et de l'ambassade du Japon")
  const held = d.used[n];
  const body = held?.type === 'organization' && held.a === n && d.toks[heldEnd(d, n)]?.f !== 'et';
  // ("chargée du commerce, de l'investissement et de l'agriculture": what one is in charge of may
  // be fields in lower case, in a list closed by "et" and one more; not "directeur de l'usine, de
  // nombreux ouvriers…", nor bodies met after a function)
  const listed =
    !w?.cap &&
    !post &&
    !PEOPLE_NOUNS.has(w?.f ?? '') &&
    !PEOPLE_ENDING.test(w?.f ?? '') &&
    inChargeOf(d, k) &&
    OF.has(d.toks[listEtEnd(d.toks, k + 1, 12)]?.f ?? '');
  return w?.kind === 'w' && ((w.cap && !w.upper) || body || listed) && d.used[n]?.type !== 'person';
}

/** Whom a statement is made to: "aux correspondants", "à la presse". */
const AUDIENCES = new Set([
  'correspondants',
  'correspondant',
  'journalistes',
  'participants',
  'invites',
  'medias',
  'presse',
]);
/** Where a person stands in a photo ("(à droite)") or a province lies ("(Nord)"): asides of no role. */
const PLACINGS = new Set(['droite', 'gauche', 'centre', 'milieu', 'photo', 'nord', 'sud', 'est', 'ouest']);

/** The ")" of a short aside opened at k ("(XIVe législature)", "(JVP, ou Front …)"), or -1. */
function asideEnd(d: Doc, k: number): number {
  const close = closingParen(d, k);
  if (close < 0 || close > k + 10) return -1;
  for (let m = k + 1; m < close; m++) if (PLACINGS.has(d.toks[m]?.f ?? '')) return -1;
  return close;
}

/** After "pour"/"vers": an article and what the function is for ("les affaires", "l'Est"); no verb, no term. */
function forWhat(d: Doc, k: number): boolean {
  const a = d.toks[k]?.f;
  if (a !== 'les' && a !== 'le' && a !== 'la' && a !== 'l') return false;
  const w = d.toks[d.toks[k + 1]?.f === "'" ? k + 2 : k + 1];
  return w?.kind === 'w' && !TERM_NOUNS.has(w.f) && !ORDINAL_TIMES.has(w.f);
}
/** "pour la première fois", "pour l'occasion": no part of a function. */
const ORDINAL_TIMES = new Set(['occasion', 'premiere', 'deuxieme', 'troisieme']);

/** The "(" that the ")" at k closes, at most 12 tokens back, or -1. */
function openingParen(d: Doc, k: number): number {
  for (let m = k - 1; m >= 0 && m >= k - 12; m--) {
    const f = d.toks[m]?.f;
    if (f === '(') return m;
    if (f === ')' || f === '.') return -1;
  }
  return -1;
}

/** "accrédité concurremment au Guatemala", "chargée en Bolivie": a post held too, inside the role. */
function isParticiple(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (t?.kind !== 'w' || t.cap || !/^(?:accredite|charge)e?s?$/.test(t.f)) return false;
  for (let m = k + 1; m < k + 4; m++) {
    if (isPostPreposition(d, m)) return true;
  }
  return false;
}

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
  return KIN.has(toks[k - 1]?.f ?? '');
}

/** "également", "aussi": another function held, said before it. */
const ALSO = new Set(['egalement', 'aussi', 'actuellement']);

/**
 * A "par" that does not end the role: "la présidente par intérim du Vietnam", and "société par
 * actions", the company form, inside the body's name.
 */
function parInside(d: Doc, k: number): boolean {
  return d.toks[k]?.f === 'par' && (d.toks[k + 1]?.f === 'interim' || d.toks[k + 1]?.f === 'actions');
}

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
    const opensList = toks[k]?.f === ',' && d.used[k - 1]?.type !== 'person' && toks[k - 1]?.f !== ')';
    if ((toks[k]?.f === ',' && !opensList) || toks[k]?.f === 'et') continue;
    // the first name of the list: the plural title's role, not what is said of the first name
    // alone ("trois procureurs, X (procureur en chef adjoint…), Y (procureur principal) et Z")
    if (!held.role || !pluralTitleBefore(d, held.a)) return null;
    const title = roleBefore(d, held.a);
    return title.role ? { role: title.role, country: title.country ?? held.country, civility: false } : null;
  }
  return null;
}

/** Abbreviated titles, the same in the plural: "les PM", "les SG". */
const INVARIABLE_TITLES = new Set(['pm', 'sg']);
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'deux', 'trois']);

/** Is the role before the name at i stated in the plural ("les présidents du Vietnam")? */
function pluralTitleBefore(d: Doc, i: number): boolean {
  // ("deux anciens directeurs de la VFA, X et Y": a comma may set the list off, and a colon after
  // a copula: "Les secrétaires adjoints du Comité sont : X, Y et Z")
  const from = d.toks[i - 1]?.f === ',' || d.toks[i - 1]?.f === ':' ? i - 2 : i - 1;
  for (let k = from; k >= 0 && k >= i - 12; k--) {
    const t = d.toks[k];
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

/** A person's name at k: two capitalised words that are free and neither a title nor a French word. */
function nameAhead(d: Doc, k: number): boolean {
  for (let m = k; m < k + 2; m++) {
    const t = d.toks[m];
    if (t?.kind !== 'w' || !t.cap || t.upper || d.used[m] || TITLE_WORDS.has(t.f) || NOT_NAME.has(t.f)) return false;
  }
  return true;
}

/** Participles of appointment: the function named right after them is the person's. */
const APPOINTED = /^(?:re)?(?:nomme|designe|elu|promu|reconduit|investi)(?:e?s?|ant)$/;

/**
 * "directeur du département des Affaires extérieures relevant du ministère des Affaires étrangères":
 * the body a unit reports to is part of the function (a capitalised body follows)
 */
function unitOf(d: Doc, k: number): boolean {
  if (!REPORTS_TO.has(d.toks[k]?.f ?? '')) return false;
  const toks = d.toks;
  const at = ['a', 'au', 'aux'].includes(toks[k + 1]?.f ?? '') ? 1 : prepLength(toks, k + 1);
  if (!at) return false;
  const n = k + 1 + at + articleLength(toks, k + 1 + at);
  return !!toks[n]?.cap || d.used[n]?.type === 'organization';
}

/**
 * After a name at k, "en tant que ministre", "X et Y en tant qu'entraîneurs de l'équipe U23": where
 * the function starts; else -1.
 */
function statedAsAt(d: Doc, k: number): number {
  const toks = d.toks;
  let m = k;
  // the other names the function is stated of ("Nguyên Huu Thang et Hoàng Anh Tuân en tant qu'…")
  if (toks[m]?.f === 'et' && toks[m + 1]?.cap) {
    m++;
    while (m < k + 7 && toks[m]?.kind === 'w' && toks[m]?.cap) m++;
  }
  if (toks[m]?.f !== 'en' || toks[m + 1]?.f !== 'tant') return -1;
  const at = toks[m + 2]?.f === 'que' ? m + 3 : toks[m + 2]?.f === 'qu' && toks[m + 3]?.f === "'" ? m + 4 : -1;
  return at > 0 && isTitleAt(d, at) ? at : -1;
}

/** After a name at k, "a été nommé", "est élu", "nommé", "en tant que": where the function starts; else -1. */
function appointedAt(d: Doc, k: number): number {
  const toks = d.toks;
  const statedAs = statedAsAt(d, k);
  if (statedAs > 0) return statedAs;
  // ("Vijitha Herath, nommé ministre des Affaires étrangères")
  let m = toks[k]?.f === ',' ? k + 1 : k;
  if (toks[m]?.f === 'a' && toks[m + 1]?.f === 'ete') m += 2;
  else if (toks[m]?.f === 'est' || toks[m]?.f === 'sera') m++;
  const t = toks[m];
  if (t?.kind !== 'w' || t.cap || !APPOINTED.test(t.f)) return -1;
  return isTitleAt(d, m + 1) || (toks[m + 1]?.f === 'au' && toks[m + 2]?.f === 'poste') ? m + 1 : -1;
}

/**
 * "X, ambassadeur de Cuba au Vietnam" / "X (droite), membre du Bureau politique": role after token
 * e; the name starts at a (-1 if unknown: no function is then read from a copula).
 */
export function roleAfter(d: Doc, e: number, a = -1): StatedRole {
  const toks = d.toks;
  let k = e;
  // "Tran Tung (ancien directeur adjoint du Service des affaires étrangères de Thai Nguyen)"
  // ("Trân Tùng (né en 1978, ancien vice-directeur…)": past the birth year or the age)
  const opens = toks[k]?.f === '(' ? k + 1 + agePrefix(d, k + 1) : k + 1;
  const inParens = toks[k]?.f === '(' && isTitleAt(d, opens) ? closingParen(d, k) : -1;
  if (inParens > 0) {
    // "(ancien président du Conseil des membres de PetroVietnam Dinh La Thang)": the role may end
    // on the bearer's name
    const end = ownNameStart(d.toks, e, opens, inParens);
    return { role: roleText(d, opens, end), country: countryIn(d, opens, end), civility: false };
  }
  // Skip a short aside in brackets: "(droite)", "(à gauche)", "(alias Út "trọc")".
  if (toks[k]?.f === '(') {
    let m = k + 1;
    while (m < toks.length && m < k + 9 && toks[m]?.f !== ')') m++;
    if (toks[m]?.f === ')') k = m + 1;
  }
  // "X a été désigné secrétaire du Comité…", "X nommé ambassadeur", "X réélu président de…"
  // (k then stands before the function, as a comma would)
  const appointed = appointedAt(d, k);
  if (appointed > 0) k = appointed - 1;
  // "l'élection de X au poste de président du Vietnam" (after an appointment too: "élu au poste de…")
  const from = appointed > 0 ? appointed : k;
  const post = toks[from]?.f === 'au' && toks[from + 1]?.f === 'poste';
  // "Phung Dinh Thuc - ancien directeur général de PVN ;": a court report's list sets the function
  // off by a spaced dash, as a comma would
  const dashed = appointed < 0 && !post && dashedFunctionAt(d, k);
  let predicated = false;
  const at = from + 2;
  if (post && (toks[at]?.f === 'de' || toks[at]?.f === 'd')) k = at + (toks[at]?.f === 'd' ? 1 : 0);
  // "Nguyên Hoà Binh est membre du CC du PCV": the copula states the function as a comma would
  else if (appointed < 0 && isCopulaAt(toks, k) && predicateAt(d, a, k + 1)) predicated = true;
  else if (appointed < 0 && !dashed && toks[k]?.f !== ',') return { role: null, country: null, civility: false };
  // "Trân Tung, 46 ans, ancien directeur…", "Phan Huu Tuân, âgé de 63 ans, domicilié dans
  // l'arrondissement de Tây Hô, ville de Hanoi, qui est ancien directeur…": age and address first
  if (toks[k]?.f === ',') k += civilAsides(d, k + 1);
  // ("X, né le 24 mai 1958, est membre du…": the copula after the asides)
  if (toks[k]?.f === ',' && isCopulaAt(toks, k + 1) && predicateAt(d, a, k + 2)) {
    k++;
    predicated = true;
  }
  // "X, qui est également vice-président de l'Association": the relative clause states it too
  if (toks[k]?.f === ',' && toks[k + 1]?.f === 'qui' && isCopulaAt(toks, k + 2)) k += 2;
  // "Hoàng Xuân Chiên, également membre de la Commission militaire centrale"
  let also: string | undefined;
  if (ALSO.has(toks[k + 1]?.f ?? '')) {
    k++;
    also = tokenText(d, k, k + 1);
  }
  // "…de Duong Chi Dung, l'ex-président du Conseil d'administration de Vinalines": an article
  // before the title (the role must then say of what: "X, le président Y" names two people)
  const setOff = toks[k]?.f === ',' || dashed;
  const article = setOff ? apposedArticle(d, k + 1, a) : 0;
  // ("X, éminent photojournaliste japonais": praise before the title is not part of it)
  const praised = setOff && PRAISE.has(toks[k + 1 + article]?.f ?? '') ? 1 : 0;
  const first = k + 1 + article + praised;
  if (!isTitleAt(d, first)) return { role: null, country: null, civility: false };
  let end = first;
  let aged = false;
  for (let m = first; m < toks.length && m < first + 60; m++) {
    const t = toks[m] as (typeof toks)[number];
    if (d.used[m]?.type === 'person') break;
    // an organisation's own words are inside the role ("Comité de lutte contre les crues")
    if (d.used[m]?.type === 'organization' && d.used[m] === d.used[m - 1]) {
      end = m + 1;
      continue;
    }
    const acronymEnd = t.f === '(' ? acronymInParens(d, m) : -1;
    if (acronymEnd > 0) {
      m = acronymEnd;
      end = m + 1;
      continue;
    }
    // a list of functions: "général de division, chef du bureau, porte-parole du ministère"
    // ("ambassadeur du Vietnam au Mexique, accrédité concurremment au Guatemala")
    if (t.f === ',' && functionAt(d, m + 1)) continue;
    // "…, et vice-président du Comité national", "…, aussi président de l'Association"
    if (t.f === ',' && (toks[m + 1]?.f === 'et' || ALSO.has(toks[m + 1]?.f ?? '')) && functionAt(d, m + 2)) {
      m++;
      continue;
    }
    // "ministre des Affaires étrangères, du Commerce international et du Culte": its complements
    if (t.f === ',' && complementAt(d, m + 1)) continue;
    // "président de la Commission juridique (XIVe législature)": an aside inside the role
    const aside = t.f === '(' && m > first ? asideEnd(d, m) : -1;
    if (aside > 0) {
      m = aside;
      end = m + 1;
      continue;
    }
    // "directeur de l'Institut … aux correspondants de la VNA": whom the words were said to
    const said =
      t.f === 'au' || t.f === 'aux'
        ? m + 1
        : isPreposition(d, m) && ['la', 'les'].includes(toks[m + 1]?.f ?? '')
          ? m + 2
          : -1;
    if (said > 0 && AUDIENCES.has(toks[said]?.f ?? '')) break;
    // "conseiller principal pour les affaires religieuses", "chargé de la politique vers l'Est"
    if ((t.f === 'pour' || t.f === 'vers') && m > first && forWhat(d, m + 1)) {
      end = m + 1;
      continue;
    }
    // ("… au VietnamIl a en même temps…": a subject pronoun starts the next clause, glued or not)
    if (t.kind === 'w' && m > first && SUBJECT_PRONOUNS.has(t.f)) break;
    // "chargée d'affaires a.i. et représentante…": ad interim (not the verb "a")
    const interim = interimEnd(d, m);
    if (interim > 0) {
      end = interim;
      // (its dot ends the sentence too when a capital follows: "… a.i. Le Japon est…")
      if (toks[interim - 1]?.f === '.' && toks[interim]?.cap) break;
      m = interim - 1;
      continue;
    }
    // ("ministre de la Santé de 2011 à 2016": the years are not the role's)
    if (t.f === 'de' && /^(?:19|20)\d\d$/.test(toks[m + 1]?.f ?? '')) break;
    // "un ancien agent de sécurité publique de 49 ans": the age is not the role's
    if (t.f === 'de' && toks[m + 1]?.kind === 'n' && toks[m + 2]?.f === 'ans') {
      aged = true;
      break;
    }
    // "ministre des Relations avec le Parlement", "Comité de lutte contre…": a noun's own complement
    if (m > first && joinsOwnNoun(d, m)) {
      end = m + 1;
      continue;
    }
    // "…du Nigeria et Nguyen Minh Vu, vice-ministre…": another person's name ends the role
    if ((t.f === 'et' || t.f === ',') && nameAhead(d, m + 1)) break;
    // "X, ministre des Affaires étrangères, et les ambassadeurs…": "et" and an article bring in
    // other people; the holder's own second function follows "et" bare ("secrétaire du Parti et
    // président du Comité"), and so do complements ("de la Culture et du Tourisme", "et des Sports")
    if (t.f === 'et' && (articleLength(toks, m + 1) || HOLDERS_AHEAD.has(toks[m + 1]?.f ?? ''))) break;
    if (t.kind === 'p' && !joinsRoleAt(d, m)) break;
    // (the title itself may read as one: "sous ministre")
    if (
      t.kind === 'w' &&
      !t.cap &&
      m > first &&
      ROLE_STOP.has(t.f) &&
      !isPreposition(d, m) &&
      !parInside(d, m) &&
      !unitOf(d, m) &&
      !isCompoundHead(toks, m)
    )
      break;
    end = m + 1;
  }
  // Do not end on a dangling connector ("… et", "… de").
  // ("de Son La": a capitalised "La" is a name's)
  while (
    end > first + 1 &&
    isWord(d, end - 1) &&
    !toks[end - 1]?.cap &&
    ['et', 'de', 'du', 'des', 'la', 'le', 'l', 'd'].includes(toks[end - 1]?.f ?? '')
  )
    end--;
  // (and the apposition must close there: "X, l'ancien ministre de l'Industrie Y et…" runs into
  // the next name, which may not be known yet)
  if (
    article &&
    (!hasComplement(d, first, end) || !(aged || CLOSES_APPOSITION.has(toks[end]?.f ?? '')) || vnNameIn(d, first, end))
  )
    return { role: null, country: null, civility: false };
  // ("X et Y en tant qu'entraîneurs…", "ont été nommés ambassadeurs…": each holds one)
  const text = roleText(d, first, end);
  const role = appointed > 0 && text ? singular(d, first, text) : text;
  return { role, country: countryIn(d, first, end), civility: false, also, predicated };
}

/** "avec" after "relations", "contre" after "lutte" at k: a noun's own complement, inside a role. */
function joinsOwnNoun(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return t?.kind === 'w' && !!CONNECTOR_NOUNS.get(t.f)?.has(d.toks[k - 1]?.f ?? '');
}

/** A dash with a space on each side at k ("X - ancien directeur"; not "Vietnam-Laos"). */
function spacedDashAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && DASHES.has(t.f) && /\s/.test(d.text.charAt(t.s - 1)) && /\s/.test(d.text.charAt(t.e));
}

/**
 * "Phung Dinh Thuc - ancien directeur général de PVN ;": a function in lower case after a spaced
 * dash, in a list's item that ends at ";", "." or ")" before any other name; not a headline's
 * "Rencontre Tô Lâm - Président Joe Biden" or "Entretien X - ministre japonais des AE Y".
 */
function dashedFunctionAt(d: Doc, k: number): boolean {
  const first = k + 1 + apposedArticle(d, k + 1);
  if (d.in === 'title' || !spacedDashAt(d, k) || d.toks[first]?.cap || !isTitleAt(d, first)) return false;
  for (let m = first; m < first + 30; m++) {
    const t = d.toks[m];
    if (!t || t.f === ';' || t.f === '.' || t.f === ')') return true;
    if (d.used[m]?.type === 'person' || (t.cap && personStartsAt(d.toks, m))) return false;
  }
  return false;
}

/** "sous-commission", "sous-comité": "sous" glued by a hyphen to a word, not the preposition. */
function isCompoundHead(toks: Token[], k: number): boolean {
  const tail = toks[k + 2];
  return toks[k]?.f === 'sous' && isCompoundTail(toks, k + 2) && tail?.kind === 'w' && !ROLE_STOP.has(tail.f);
}

/**
 * After "X est", a function of office at k, X the sentence's subject (the name at a opens its
 * clause): "Nguyên Hoà Binh est membre du CC", not "Le successeur de X est membre…", "X est
 * responsable de la mort de…", "X est avocat de formation".
 */
function predicateAt(d: Doc, a: number, k: number): boolean {
  const before = d.toks[a - 1];
  const opens = a === 0 || (!!before && (before.kind === 'p' ? before.f !== "'" : isTitleWord(before.f)));
  return a >= 0 && opens && OFFICES.has(singularOf(d.toks[k]?.f ?? '')) && isTitleAt(d, k);
}
/** Functions of office a copula states: not professions or descriptions ("responsable", "avocat"). */
const OFFICES = new Set([
  'membre',
  'president',
  'presidente',
  'vice-president',
  'vice-presidente',
  'vice',
  'secretaire',
  'ministre',
  'vice-ministre',
  'directeur',
  'directrice',
  'chef',
  'ambassadeur',
  'ambassadrice',
  'depute',
  'deputee',
  'gouverneur',
  'maire',
  'procureur',
  'juge',
  'premier',
  'premiere',
  'consul',
  'general',
  'commandant',
]);

/** "est", "était" between a name and its function. */
function isCopulaAt(toks: Token[], k: number): boolean {
  const f = toks[k]?.f;
  return f === 'est' || f === 'etait';
}

/** Where an address goes on: "domicilié dans l'arrondissement de Tây Hô, ville de Hanoi,". */
const ADDRESS_PARTS = new Set(['ville', 'province', 'district', 'arrondissement', 'commune', 'quartier', 'village']);
const DOMICILED = new Set(['domicilie', 'domiciliee', 'residant', 'residante', 'originaire']);

/**
 * "46 ans, âgé de 63 ans, domicilié dans l'arrondissement de Tây Hô, ville de Hanoi,": the ages,
 * birth years and addresses a court report sets between a name and its role, from k (after the
 * name's comma). Their length with their commas, or 0.
 */
function civilAsides(d: Doc, k: number): number {
  const toks = d.toks;
  let n = 0;
  for (let round = 0; round < 4; round++) {
    const at = k + n;
    const age = agePrefix(d, at);
    if (age) {
      n += age;
      continue;
    }
    // "domicilié dans l'arrondissement de Hoàng Mai, ville de Hanoi,", "… district de Dông Anh,
    // Hanoi,": the address goes on over its parts and the names of its places
    if (!DOMICILED.has(toks[at]?.f ?? '')) break;
    let m = at + 1;
    const comma = () => {
      while (m < toks.length && m < at + 16 && toks[m]?.f !== ',' && toks[m]?.f !== '.') m++;
    };
    comma();
    while (toks[m]?.f === ',' && (ADDRESS_PARTS.has(toks[m + 1]?.f ?? '') || placeNameUntilComma(d, m + 1))) {
      m++;
      comma();
    }
    if (toks[m]?.f !== ',') break;
    n = m + 1 - k;
  }
  return n;
}

/** One to three capitalised words, then a comma, at k: "Hanoi,", "Hô Chi Minh-Ville,". */
function placeNameUntilComma(d: Doc, k: number): boolean {
  let m = k;
  while (m < k + 6 && (d.toks[m]?.cap || d.toks[m]?.f === '-')) m++;
  return m > k && d.toks[m]?.f === ',';
}

/** Where the name that ends before `nameEnd` is written again at the end of [a, b), or b. */
function ownNameStart(toks: Token[], nameEnd: number, a: number, b: number): number {
  let n = 0;
  while (n < 5 && toks[nameEnd - n - 1]?.cap && toks[nameEnd - n - 1]?.kind === 'w') n++;
  if (n < 2 || b - n <= a) return b;
  for (let k = 0; k < n; k++) if (toks[b - n + k]?.f !== toks[nameEnd - n + k]?.f) return b;
  return b - n;
}

/**
 * "46 ans,", "âgé de 63 ans,", "né en 1978,": an age or a birth year before a role; its length
 * with the comma, or 0.
 */
function agePrefix(d: Doc, k: number): number {
  const toks = d.toks;
  if (toks[k]?.kind === 'n' && toks[k + 1]?.f === 'ans' && toks[k + 2]?.f === ',') return 3;
  const aged = (toks[k]?.f === 'age' || toks[k]?.f === 'agee') && toks[k + 1]?.f === 'de';
  if (aged && toks[k + 2]?.kind === 'n' && toks[k + 3]?.f === 'ans' && toks[k + 4]?.f === ',') return 5;
  // "né en 1978,", "née le 25 décembre 1959,", "né le 24 mai 1958 à Hanoi,": the birth, up to its
  // comma, when it says a date
  if (toks[k]?.f !== 'ne' && toks[k]?.f !== 'nee') return 0;
  let dated = false;
  for (let m = k + 1; m < k + 10; m++) {
    const t = toks[m];
    if (!t || (t.kind === 'p' && t.f !== ',' && t.f !== '/' && t.f !== '-')) return 0;
    if (t.f === ',') return dated ? m - k + 1 : 0;
    if (t.kind === 'n' || isMonthName(t.f)) dated = true;
  }
  return 0;
}

/** Two free capitalised Vietnamese syllables in a row inside [a, b): a person's name not found yet. */
function vnNameIn(d: Doc, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (isFreeVnSyllable(d, k) && isFreeVnSyllable(d, k + 1)) return true;
  return false;
}

/** A preposition inside [a, b): the role says of what ("président du Conseil…"). */
function hasComplement(d: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (prepLength(d.toks, k)) return true;
  return false;
}

/**
 * "l'", "le", "la", "un", "une" opening an apposition of a former function ("l'ex-président",
 * "un ancien directeur"): its length in tokens, or 0. (", le ministre X" starts the next name of a list.)
 */
function apposedArticle(d: Doc, k: number, a = -1): number {
  const t = d.toks[k];
  if (!t || t.cap) return 0;
  // ("X, un général de la dynastie des Trân": the indefinite article sets off any function, which
  // roleAfter still asks to say of what and to close the apposition; "X, le président Y" names two)
  if (t.f === 'un' || t.f === 'une') return FORMER.has(d.toks[k + 1]?.f ?? '') || isTitleAt(d, k + 1) ? 1 : 0;
  const n = articleLength(d.toks, k);
  if (!n) return 0;
  if (FORMER.has(d.toks[k + n]?.f ?? '')) return n;
  // "a reçu X, le directeur général de l'Agence nationale…, qui": a definite article before a
  // title whose apposition says of what and closes, as roleAfter then asks, after a name no title
  // introduced ("le président autrichien X, le président du Portugal, Y": a list of title and name)
  return a >= 0 && d.toks[k]?.f !== 'les' && isTitleAt(d, k + n) && !roleBefore(d, a).role ? n : 0;
}
const FORMER = new Set(['ancien', 'ancienne', 'ex']);
/** Determiners after "et" that open another holder's mention ("et son épouse", "et leurs délégations"). */
const HOLDERS_AHEAD = new Set(['un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ces', 'cette']);
// (a relative pronoun opens a clause on the function, never a name: "…des Trân qui a vaincu")
const CLOSES_APPOSITION = new Set([',', '.', ';', ')', 'qui', 'dont']);
