// The words of a role and tests on the tokens around it, shared by roles-before.ts and roles-after.ts:
// titles ("ministre", "vice-président"), where a role goes on (complements, "a.i.", "par intérim"),
// and what a stated role is (StatedRole, roleHead, isFunction, isHanging).

import { fold } from '../text/fold';
import { type Doc, heldEnd } from './doc';
import { ADJ_DICT } from './knowledge';
import {
  CONNECTOR_NOUNS,
  COUNT_WORDS,
  looksAdjective,
  NOT_NAME,
  PLACE_TRIGGERS,
  PLAYING_POSITIONS,
  RANKS,
  RELATIONAL_TITLES,
  REPORTS_TO,
  ROLE_DETERMINERS,
  ROLE_STOP,
  TERM_NOUNS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { articleBefore, articleLength, capitalAfterPreposition, prepLength } from './prepositions';
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
  /** "félicitant X pour sa nomination au poste de…": a post being taken up, which gives way to one held */
  takenUp?: boolean;
  /** "…, de l'Agriculture Y": a plural title before the list, shared with the previous holder */
  shared?: boolean;
}
/**
 * "(PCV)", "(MCTI)", and mixed-case ones as parties write them, which the tokenizer splits at the
 * case change: "(PCdoB)". The ")" closing the acronym opened at k, or -1.
 */
export function acronymInParens(d: Doc, k: number): number {
  if (d.toks[k]?.f !== '(') return -1;
  let m = k + 1;
  while (m < k + 4 && d.toks[m]?.kind === 'w' && d.toks[m + 1]?.kind === 'w' && d.toks[m]?.e === d.toks[m + 1]?.s) m++;
  const a = d.toks[k + 1];
  const z = d.toks[m];
  if (!a || !z || d.toks[m + 1]?.f !== ')') return -1;
  return /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(d.text.slice(a.s, z.e)) ? m + 1 : -1;
}
/**
 * Verbs of appointment, folded, as participles, a present or an infinitive ("nommé", "nommant",
 * "élisant", "nomme", "élit", "nommer"): the function named right after them is the person's. (The
 * noun "designer" folds as "désigner" does: appointmentVerbAt tells them apart as written.)
 */
export const APPOINTED =
  /^(?:re)?(?:(?:nomm|design)(?:ee?s?|ent|ant|er)|(?:elu|promu|reconduit|investi)e?s?|elit|elisent|elisant|elire|promouvant|promouvoir|reconduisant|reconduire|investissant|investir)$/;
/**
 * APPOINTED's forms that act, as written (accents tell "nomme" from "nommé"): a present, a present
 * participle or an infinitive ("la décision de nommer X consul honoraire"; "désigner" with its
 * accent, "designer" being the noun).
 */
export const APPOINTING_AS_WRITTEN =
  /^(?:re)?(?:nomment|d[ée]signent|[ée]lit|[ée]lisent|nomme|d[ée]signe|[ée]lire|nommer|désigner|promouvoir|reconduire|investir)$|ant$/;

/** A verb of appointment at k, in lower case ("le designer X" is a profession, not "désigner"). */
export function appointmentVerbAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (t?.kind !== 'w' || t.cap || !APPOINTED.test(t.f)) return false;
  return t.f !== 'designer' || /^(?:re)?désigner$/i.test(d.text.slice(t.s, t.e));
}
export const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'avoir', 'ayant']);
/** A form of "avoir" at k, as written: "a", never the preposition "à" that folds to it. */
export function auxiliaryAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && AUXILIARIES.has(t.f) && (t.f !== 'a' || d.text.charAt(t.s).toLowerCase() === 'a');
}

/** "duc"/"duchesse" written so, in lower case and without a Vietnamese mark, before "de". */
function dukeAt(d: Doc, k: number): boolean {
  const t = d.toks[k] as Token;
  const written = d.text.slice(t.s, t.e);
  const of = d.toks[k + 1]?.f;
  return (written === 'duc' || written === 'duchesse') && (of === 'de' || of === 'd' || of === 'du');
}

/**
 * Does a function or title start at token k? "premier", "vice", "sous" qualify a title and are
 * one only before it ("Premier ministre", "vice-président"): "la première visite du président"
 * states the role "président", not "première visite du président".
 */
export function isTitleAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  // ("grand" is a title only in "grand-duc", "grande-duchesse")
  if (t?.kind === 'w' && /^grande?$/.test(t.f) && d.toks[k + 1]?.f === '-')
    return /^duc(?:hesse)?$/.test(d.toks[k + 2]?.f ?? '');
  if (standingMemberAt(d, k) || inChargeAt(d, k)) return true;
  // ("le duc de Richmond": a title written "duc" and followed by "de", as every duke is named;
  // "Duc" is a Vietnamese given name, "Nguyên Duc Anh", and "giáo dục" means education)
  if (t?.kind === 'w' && /^duc(?:hesse)?$/.test(t.f)) return dukeAt(d, k);
  // ("le deuxième ministre brunéien des Affaires étrangères", "le second ministre singapourien": the
  // Second Minister of Brunei and Singapore, a second secretary, a second vice-president; not a
  // rank counted, "la deuxième athlète", "le deuxième président de la République")
  if (t?.kind === 'w' && ORDINALS.has(t.f)) return ORDINAL_OFFICES.has(d.toks[k + 1]?.f ?? '');
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
  // (so is "le festival étudiant X", "le mouvement étudiant"; "l'étudiant X" is one)
  if (/^(?:officiel(?:le)?|etudiante?)s?$/.test(t.f) && d.toks[k - 1]?.kind === 'w' && !d.toks[k - 1]?.cap) {
    const prev = d.toks[k - 1]?.f ?? '';
    if (!ROLE_DETERMINERS.has(prev) && !BEFORE_OFFICIAL.has(prev)) return false;
  }
  if (!TITLE_QUALIFIERS.has(singularOf(t.f))) return true;
  let n = k + 1;
  // ("vice – président": the stored text spaces the dash at times, or writes an en dash)
  if (DASHES.has(d.toks[n]?.f ?? '')) n++;
  const next = d.toks[n];
  return (next?.kind === 'w' && isTitleWord(next.f)) || standingMemberAt(d, n);
}

const ORDINALS = new Set(['deuxieme', 'second', 'seconde']);
const ORDINAL_OFFICES = new Set([
  'ministre',
  'secretaire',
  'vice',
  'vice-president',
  'vice-presidente',
  'vice-ministre',
]);

/**
 * "X, en charge des affaires avec l'Asie au ministère…": "en charge de" states a remit as a title
 * does (it opens a role only after a name's comma or a copula, "qui est", "était": roles read
 * before a name start at their own title).
 */
function inChargeAt(d: Doc, k: number): boolean {
  if (d.toks[k]?.f !== 'en' || d.toks[k + 1]?.f !== 'charge') return false;
  if (!['de', 'du', 'des', 'd'].includes(d.toks[k + 2]?.f ?? '')) return false;
  const before = d.toks[k - 1]?.f;
  return before === ',' || before === 'est' || before === 'etait';
}

/**
 * "membre du Bureau politique, permanent du Secrétariat du Comité central": "permanent" opening a
 * noun phrase (after a comma, "et" or an article) with a body after "du"/"de la" is the standing
 * member of that body, a function; after a body's head it is that body's adjective ("Comité
 * permanent de l'AN").
 */
function standingMemberAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (t?.kind !== 'w' || t.cap || (t.f !== 'permanent' && t.f !== 'permanente')) return false;
  if (!STANDING_OPENERS.has(d.toks[k - 1]?.f ?? '')) return false;
  const of = d.toks[k + 1]?.f;
  const body = of === 'du' ? d.toks[k + 2] : of === 'de' && d.toks[k + 2]?.f === 'la' ? d.toks[k + 3] : undefined;
  // (the Party's Secretariat, written in lower case at times: "permanent du secrétariat du PCV")
  return body?.kind === 'w' && (!!body.cap || body.f === 'secretariat');
}
const STANDING_OPENERS = new Set([',', 'et', 'le', 'la', 'l', "'", 'ancien', 'ancienne', 'membre']);

/**
 * A title at k, or an envoy's accreditation to another country, which goes on the function
 * ("ambassadeur du Vietnam au Mexique, accrédité concurremment au Guatemala").
 */
export function functionAt(d: Doc, k: number): boolean {
  return isTitleAt(d, k) || (/^accreditee?s?$/.test(d.toks[k]?.f ?? '') && ACCREDITED_TO.has(d.toks[k + 1]?.f ?? ''));
}
const ACCREDITED_TO = new Set(['aupres', 'concurremment', 'au', 'aux', 'en', 'a', 'pour', 'dans']);

export const singularOf = (f: string): string => (f.endsWith('s') && f.length > 3 ? f.slice(0, -1) : f);

/** "présidents", "chefs": the plural of a title word. */
export function isPluralTitle(f: string): boolean {
  return f.endsWith('s') && TITLE_WORDS.has(f.slice(0, -1));
}

/** A title word, or its plural ("les anciens chefs du gouvernement"). */
export function isTitleWord(f: string): boolean {
  return TITLE_WORDS.has(f) || (f.length > 3 && isPluralTitle(f));
}

/** "au", "aux", "en", "à": the prepositions of a post ("ambassadeur au Laos", "accrédité en Bolivie"). */
export function isPostPreposition(d: Doc, k: number): boolean {
  const f = d.toks[k]?.f;
  return f === 'au' || f === 'aux' || f === 'en' || isPreposition(d, k);
}

/** "à" folds to "a" (the verb "a" ends a role; the preposition does not: "ambassadeur à Singapour"). */
export function isPreposition(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && t.f === 'a' && d.text.charAt(t.s) !== 'a';
}

/** A military rank ("général de corps d'armée", "colonel") says less than a function stated with it. */
export function isRank(role: string): boolean {
  // ("lieutenant-général": a rank of two words)
  // ("vice-amiral", "contre-amiral", "sous-colonel": a rank's degree)
  const first = (fold(role).split(/[\s,]/)[0] ?? '').replace(/^(?:vice|contre|sous)-/, '');
  return RANKS.has(first) || first.split('-').every((w) => RANKS.has(w));
}

/**
 * "journaliste", "dirigeant": a word that says only what kind of person holds the functions said
 * with it ("le journaliste X, rédacteur en chef du journal…"); they say more, and it gives way.
 */
export function isKindOfPerson(role: string): boolean {
  return KINDS_OF_PERSON.has(fold(role));
}
const KINDS_OF_PERSON = new Set(['dirigeant', 'dirigeante', 'journaliste', 'responsable']);

export const DASHES = new Set(['-', '\u2013']);

/**
 * Punctuation at k that a role goes on over: an apostrophe, a hyphen, and a spaced or en dash after
 * "vice"/"sous" ("vice – président": the stored text writes it so at times).
 */
export function joinsRoleAt(d: Doc, k: number): boolean {
  const f = d.toks[k]?.f ?? '';
  return (
    f === "'" ||
    f === '-' ||
    (DASHES.has(f) && isTitleAt(d, k - 1)) ||
    interimDotAt(d, k) ||
    abbreviationDotAt(d, k) ||
    initialismEndAt(d, k)
  );
}

/**
 * The last dot of a dotted initialism before a capitalised name ("du groupe A.P. Moller -
 * Maersk") ends the initialism, not the sentence (a capitalised French word after it, "… H.T. Le
 * ministre", or a name already known, "… H.T. Hanoï accueillera", "… S.K. Vietnam est", "… H.T.
 * Nguyen Thi Lan", opens the next one).
 */
function initialismEndAt(d: Doc, k: number): boolean {
  const [a, dot, b, last, next] = [d.toks[k - 3], d.toks[k - 2], d.toks[k - 1], d.toks[k], d.toks[k + 1]];
  return (
    last?.f === '.' &&
    dot?.f === '.' &&
    a?.kind === 'w' &&
    b?.kind === 'w' &&
    a.f.length === 1 &&
    b.f.length === 1 &&
    !!b.cap &&
    a.e === dot.s &&
    dot.e === b.s &&
    b.e === last.s &&
    next?.kind === 'w' &&
    !!next.cap &&
    !NOT_NAME.has(next.f) &&
    !d.used[k + 1] &&
    !personStartsAt(d.toks, k + 1) &&
    next.s > last.e
  );
}

/** A dot written tight between two single letters ("des A.E": Affaires étrangères) is no sentence's end. */
export function abbreviationDotAt(d: Doc, k: number): boolean {
  const [a, dot, b] = [d.toks[k - 1], d.toks[k], d.toks[k + 1]];
  return (
    dot?.f === '.' &&
    a?.kind === 'w' &&
    b?.kind === 'w' &&
    a.f.length === 1 &&
    b.f.length === 1 &&
    a.e === dot.s &&
    dot.e === b.s
  );
}

/** "a.i", "a.i.", "p.i." at k (ad interim, par intérim): the end of the abbreviation, or -1. */
export function interimEnd(d: Doc, k: number): number {
  const f = (n: number) => d.toks[n]?.f;
  if ((f(k) !== 'a' && f(k) !== 'p') || f(k + 1) !== '.' || f(k + 2) !== 'i') return -1;
  return f(k + 3) === '.' ? k + 4 : k + 3;
}

/** A dot of "a.i." or "p.i." ("chargée d'affaires a.i.": ad interim, par intérim) is no sentence's end. */
export function interimDotAt(d: Doc, k: number): boolean {
  const f = (n: number) => d.toks[n]?.f;
  if (f(k) !== '.') return false;
  if ((f(k - 1) === 'a' || f(k - 1) === 'p') && f(k + 1) === 'i') return true;
  return f(k - 1) === 'i' && f(k - 2) === '.' && (f(k - 3) === 'a' || f(k - 3) === 'p');
}

/** A role's first word, folded ("Vice-ministre des AE" → "vice-ministre"): the title it opens on. */
export function roleHead(role: string | null | undefined): string {
  return fold(role ?? '').split(/[\s,]/)[0] ?? '';
}

/** "son homologue indien": how two people relate, not a function; no role. */
export function isFunction(role: string | null): boolean {
  if (!role) return false;
  const head = roleHead(role);
  const folded = fold(role);
  return (
    !RELATIONAL_TITLES.has(head) &&
    !PLAYING_POSITIONS.has(head) &&
    !isHanging(role) &&
    !BARE_DEGREE.test(folded) &&
    !TEAM_MEMBER.test(folded)
  );
}

/** "les membres de l'équipe X, Y et Z": a player's place in a team is no function held (as a position is not). */
const TEAM_MEMBER =
  /^membres? de (?:l'equipe|la selection)(?: (?:nationale|feminine|masculine|olympique|vietnamienne))*$/;

/** "le docteur X", "Dr. X": a degree said alone is how a person is addressed, not a function held. */
const BARE_DEGREE = /^(?:docteure?|dr\.?)$/;

/** "le porte-parole de Kim Jong-un": a role left on "de" is said of the name after it, not held by it. */
export function isHanging(role: string | null): boolean {
  // (and on an article, a preposition of a post or a possessive, in lower case: "gouverneur de la",
  // "haut-commissaire … en", "président de son"; French sets none of them right before a person's
  // name, and "Son", "La" are syllables of Vietnamese places, "de Lang Son", "de Son La")
  return !!role && /\s(?:de|du|des|d'|la|le|les|l'|en|à|au|aux|son|sa|ses|leur|leurs)$/.test(role);
}

/** Words "officiel" is a noun after, besides the determiners: "des officiels", "le haut officiel". */
const BEFORE_OFFICIAL = new Set(['des', 'plusieurs', 'deux', 'trois', 'quelques', 'haut', 'hauts']);

/** The ")" closing the "(" at k, at most 40 tokens on, with no sentence end inside, or -1. */
export function closingParen(d: Doc, k: number): number {
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
/** Entity types of where something is or whom a post is in: a place, a country. */
export const PLACE_TYPES = new Set(['place', 'country']);
/** "son", "sa": a possessive before a title, for the body or the person said before it. */
export const POSSESSIVES = new Set(['son', 'sa']);
/**
 * Words whose complements are fields one is in charge of: "chargé de", and a minister's portfolio,
 * which French papers may write in lower case ("ministre du commerce, de l'industrie et du tourisme").
 */
const IN_CHARGE = new Set(['charge', 'chargee', 'charges', 'chargees', 'ministre', 'ministres']);

/**
 * Is the complement list at k (after its comma) what a "chargé de" or a minister before it is in
 * charge of? Back over the list's earlier items ("chargée du commerce, de l'investissement, de l'industrie…").
 */
function inChargeOf(d: Doc, k: number): boolean {
  for (let m = k - 2; m >= 0 && m >= k - 30; m--) {
    const f = d.toks[m]?.f ?? '';
    if (IN_CHARGE.has(f)) {
      // (a minister's nationality may come between: "le ministre est-timorais du commerce, …")
      let n = m + 1;
      if (!f.startsWith('ministre')) return OF.has(d.toks[n]?.f ?? '');
      const nationality = ADJ_DICT.match(d.toks, n);
      if (nationality) n = nationality.end;
      // (or a word of the post: "le ministre fédéral de l'économie, …", "la ministre déléguée du …")
      while (n < m + 4 && d.toks[n]?.kind === 'w' && !d.toks[n]?.cap && looksAdjective(d.toks[n]?.f ?? '')) n++;
      // (and the portfolio's first field in lower case too: "ministre des Affaires étrangères, du
      // ministère de la Santé…" lists whom one met)
      const field = d.toks[n + (prepLength(d.toks, n) || 1)];
      if (!OF.has(d.toks[n]?.f ?? '') || field?.kind !== 'w' || field.cap) return false;
      // (the portfolio runs on from it to the list's last field without a break: small words and
      // fields in lower case, no name, no verb, no place a clause goes to; not "le ministre de la
      // santé a reçu X, directeur…, des médecins et…", "… de l'agriculture, de passage à Can Tho et…")
      const last = listEtEnd(d.toks, k + 1, 12);
      return last > 0 && lowerCaseFields(d, n, last + 4);
    }
    if (d.toks[m]?.kind === 'p' && f !== "'" && f !== ',' && f !== '-') return false;
  }
  return false;
}

/** From a to b (or a sentence's end or a comma after b's last field), only small words and fields in lower case. */
function lowerCaseFields(d: Doc, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const t = d.toks[j];
    if (!t || t.f === '.' || t.f === ';' || (j >= b - 4 && (t.f === ',' || t.f === ')'))) return true;
    if (d.used[j] && d.used[j]?.type !== 'organization') return false;
    if (t.kind === 'w' ? t.cap || ROLE_STOP.has(t.f) || t.f === 'a' : t.f !== ',' && t.f !== "'" && t.f !== '-')
      return false;
  }
  return true;
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
export function complementAt(d: Doc, k: number): boolean {
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

/** Prepositions whose objects a role may list: "d'études sur l'Asie, l'Afrique et…", "pour les plans, programmes et…". */
const LISTING_PREPOSITIONS = new Set(['sur', 'pour', 'avec', 'contre', 'entre', 'vers']);

/** The word of a list item at k, past its article ("l'Afrique", "le Moyen-Orient", "programmes"), or -1. */
function itemWordAt(toks: Token[], k: number): number {
  const n = k + articleLength(toks, k);
  return toks[n]?.kind === 'w' ? n : -1;
}

/**
 * "directeur adjoint du Département d'études sur l'Asie, l'Afrique et le Moyen-Orient",
 * "sous-secrétaire adjoint pour les plans, programmes et opérations": after the comma at k - 1, the
 * next object of the preposition the item before it opened, written as that item is (a capitalised
 * name, or a noun in lower case), in a list closed by "et" and one more of the same kind.
 */
export function objectListedAt(d: Doc, k: number): boolean {
  const toks = d.toks;
  const before = toks[k - 2];
  if (toks[k - 1]?.f !== ',' || before?.kind !== 'w') return false;
  // the item before the comma: the preposition, an article perhaps, its word
  const open = articleBefore(toks, k - 3);
  const cap = !!before.cap;
  // ("du groupe des ambassades, délégations et institutions francophones": plural nouns in lower
  // case after "des"; never names, which "des Affaires étrangères, X et Y" would list)
  if (!LISTING_PREPOSITIONS.has(toks[open]?.f ?? '') && !(toks[open]?.f === 'des' && !cap)) return false;
  const sameKind = (w: number) =>
    w > 0 &&
    !!toks[w]?.cap === cap &&
    !toks[w]?.upper &&
    !ROLE_STOP.has(toks[w]?.f ?? '') &&
    // (not other people: "conseiller pour les affaires, le ministre X et…")
    !isTitleAt(d, w);
  const end = listEtEnd(toks, k, 12);
  if (end < 0 || !sameKind(itemWordAt(toks, k)) || !sameKind(itemWordAt(toks, end))) return false;
  for (let m = k; m <= end + 2; m++) if (d.used[m]?.type === 'person') return false;
  return true;
}

/** Where a person stands in a photo ("(à droite)") or a province lies ("(Nord)"): asides of no role. */
export const PLACINGS = new Set(['droite', 'gauche', 'centre', 'milieu', 'photo', 'nord', 'sud', 'est', 'ouest']);

/** After "pour"/"vers": an article and what the function is for ("les affaires", "l'Est"); no verb, no term. */
export function forWhat(d: Doc, k: number): boolean {
  const a = d.toks[k]?.f;
  if (a !== 'les' && a !== 'le' && a !== 'la' && a !== 'l') return false;
  const at = d.toks[k + 1]?.f === "'" ? k + 2 : k + 1;
  const w = d.toks[at];
  return w?.kind === 'w' && (!TERM_NOUNS.has(w.f) || exerciseOf(d, at)) && !ORDINAL_TIMES.has(w.f);
}
/**
 * "l'exercice des droits…": an exercise of something, what a body is for, not a term ("pour
 * l'exercice 2023", "pour l'exercice de deux ans", "pour le mandat de cinq ans" are terms).
 */
function exerciseOf(d: Doc, k: number): boolean {
  if (d.toks[k]?.f !== 'exercice') return false;
  const of = d.toks[k + 1]?.f;
  if (of !== 'de' && of !== 'des' && of !== 'du') return false;
  const next = d.toks[k + 2];
  return next?.kind === 'w' && !ROLE_DETERMINERS.has(next.f) && !COUNTS.has(next.f);
}
/** Numbers said in words: "de deux ans", "de quelques mois". */
const COUNTS = new Set([...COUNT_WORDS, 'un', 'une', 'trente', 'cent', 'quelques']);
/** "pour la première fois", "pour l'occasion": no part of a function. */
const ORDINAL_TIMES = new Set(['occasion', 'premiere', 'deuxieme', 'troisieme']);

/** The "(" that the ")" at k closes, at most 12 tokens back, or -1. */
export function openingParen(d: Doc, k: number): number {
  for (let m = k - 1; m >= 0 && m >= k - 12; m--) {
    const f = d.toks[m]?.f;
    if (f === '(') return m;
    if (f === ')' || f === '.') return -1;
  }
  return -1;
}

/** "également", "aussi": another function held, said before it; "actuellement", "désormais": the one held now. */
export const ALSO = new Set(['egalement', 'aussi', 'actuellement', 'desormais']);

/**
 * A "par" that does not end the role: "la présidente par intérim du Vietnam", "le chargé
 * d'affaires par p.i." (the abbreviation said with its "par"), and "société par actions", the
 * company form, inside the body's name.
 */
export function parInside(d: Doc, k: number): boolean {
  if (d.toks[k]?.f !== 'par') return false;
  const next = d.toks[k + 1]?.f;
  return next === 'interim' || next === 'actions' || (next === 'p' && interimEnd(d, k + 1) > 0);
}

/**
 * "directeur du département des Affaires extérieures relevant du ministère des Affaires étrangères":
 * the body a unit reports to is part of the function (a capitalised body follows)
 */
export function unitOf(d: Doc, k: number): boolean {
  if (!REPORTS_TO.has(d.toks[k]?.f ?? '')) return false;
  const toks = d.toks;
  const at = ['a', 'au', 'aux'].includes(toks[k + 1]?.f ?? '') ? 1 : prepLength(toks, k + 1);
  if (!at) return false;
  const n = k + 1 + at + articleLength(toks, k + 1 + at);
  return !!toks[n]?.cap || d.used[n]?.type === 'organization';
}

/** "avec" after "relations", "contre" after "lutte" at k: a noun's own complement, inside a role. */
export function joinsOwnNoun(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return t?.kind === 'w' && !!CONNECTOR_NOUNS.get(t.f)?.has(d.toks[k - 1]?.f ?? '');
}

/** "sous-commission", "sous-comité": "sous" glued by a hyphen to a word, not the preposition. */
export function isCompoundHead(toks: Token[], k: number): boolean {
  const tail = toks[k + 2];
  return toks[k]?.f === 'sous' && isCompoundTail(toks, k + 2) && tail?.kind === 'w' && !ROLE_STOP.has(tail.f);
}

/**
 * "l'ambassadeur X, chef de la Mission permanente du Ghana", "…, chargé du Paraguay": the function
 * is an envoy's own post, so the title before the name is held with it, not a form of address.
 * (The stored text glues "dela" at times.)
 */
export function isMissionPost(role: string): boolean {
  return MISSION_POST.test(fold(role));
}
const MISSION_POST =
  /^(?:chef|cheffe)(?: adjointe?)? de ?(?:la |sa )?(?:mission|delegation|representation)\b|^(?:representante?|deleguee?) (?:permanente?|en chef)\b|^chargee? d(?:u|e|es|') /;

/**
 * "consule honoraire du Vietnam dans la ville de Chennai", "… dans la province de Binh Duong":
 * "dans", the place's designation and its name say where the function is held.
 */
export function placeOfPostAt(d: Doc, m: number): boolean {
  const toks = d.toks;
  if (toks[m]?.f !== 'dans') return false;
  // ("l'ambassadeur du Vietnam dans ce pays, X": the place said before, pointed at, after the
  // country that sends the holder; not "la visite de cette responsable dans ce pays")
  if (
    DEMONSTRATIVES.has(toks[m + 1]?.f ?? '') &&
    (toks[m + 2]?.f === 'pays' || PLACE_TRIGGERS.has(toks[m + 2]?.f ?? ''))
  )
    return !toks[m + 2]?.cap && d.used[m - 1]?.type === 'country';
  const noun = m + 1 + articleLength(toks, m + 1);
  if (noun === m + 1 || !PLACE_TRIGGERS.has(toks[noun]?.f ?? '') || toks[noun]?.cap) return false;
  return capitalAfterPreposition(toks, noun + 1);
}
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette']);
