// Roles stated after a name: apposed ("Hun Sen, président du Parti du peuple cambodgien,"), in
// parentheses, after a spaced dash, or by a verb ("X a été nommé…", "X est membre du…", "en tant que").

import { isMonthName, isWeekdayName } from '../dates/parse';
import { CLOSING_QUOTES, type Doc, isFreeVnSyllable, OPENING_QUOTES, tokenText } from './doc';
import { compoundAdjectiveAt } from './knowledge';
import { CIVILITIES, NEWLY, NOT_NAME, ROLE_STOP, TITLE_WORDS } from './lexicon';
import { articleLength, prepLength } from './prepositions';
import { countryIn, roleText, singular } from './role-text';
import {
  ALSO,
  acronymInParens,
  appointmentVerbAt,
  closingParen,
  complementAt,
  DASHES,
  forWhat,
  functionAt,
  interimEnd,
  isCompoundHead,
  isPluralTitle,
  isPreposition,
  isTitleAt,
  isTitleWord,
  joinsOwnNoun,
  joinsRoleAt,
  objectListedAt,
  PLACE_TYPES,
  PLACINGS,
  POSSESSIVES,
  parInside,
  placeOfPostAt,
  type StatedRole,
  singularOf,
  unitOf,
} from './role-words';
import { roleBefore } from './roles-before';
import { numberSignEnd, personStartsAt, type Token } from './tokens';

const isWord = (d: Doc, k: number): boolean => d.toks[k]?.kind === 'w';
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'nous', 'je']);

/** Words of praise French puts before a title in an apposition: "X, éminent photojournaliste". */
const PRAISE = new Set(['eminent', 'eminente', 'celebre', 'renomme', 'renommee', 'talentueux', 'talentueuse']);

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

/** The ")" of a short aside opened at k ("(XIVe législature)", "(JVP, ou Front …)"), or -1. */
function asideEnd(d: Doc, k: number): number {
  const close = closingParen(d, k);
  if (close < 0 || close > k + 10) return -1;
  for (let m = k + 1; m < close; m++) if (PLACINGS.has(d.toks[m]?.f ?? '')) return -1;
  return close;
}

/**
 * Is the aside at k, closed at close, a note of where a body lies ("(en République de Corée)",
 * "(Ho Chi Minh-Ville)")? Inside a role it stays; at its end it is no part of the function.
 */
function placeNote(d: Doc, k: number, close: number): boolean {
  if (LOCATIVES.has(d.toks[k + 1]?.f ?? '') || isPreposition(d, k + 1)) return true;
  const held = d.used[k + 1];
  return !!held && PLACE_TYPES.has(held.type) && held.a === k + 1 && held.b === close;
}

/**
 * The closing quote of a short name quoted at k right after "de"/"du"/"des"/"la" ("du "Pôle
 * moyens"", "de la « Maison du Vietnam »"), or -1.
 */
function quotedNameEnd(d: Doc, k: number): number {
  if (!OPENING_QUOTES.has(d.toks[k]?.f ?? '')) return -1;
  if (!['de', 'du', 'des', 'la', 'le', "'"].includes(d.toks[k - 1]?.f ?? '')) return -1;
  if (!d.toks[k + 1]?.cap) return -1;
  for (let m = k + 1; m < k + 8 && m < d.toks.length; m++) {
    const f = d.toks[m]?.f ?? '';
    if (CLOSING_QUOTES.has(f)) return m > k + 1 ? m : -1;
    if (d.toks[m]?.kind === 'p' && f !== '-' && f !== "'") return -1;
  }
  return -1;
}

/** A person's name at k: two capitalised words that are free and neither a title nor a French word. */
function nameAhead(d: Doc, k: number): boolean {
  for (let m = k; m < k + 2; m++) {
    const t = d.toks[m];
    if (t?.kind !== 'w' || !t.cap || t.upper || d.used[m] || TITLE_WORDS.has(t.f) || NOT_NAME.has(t.f)) return false;
  }
  return true;
}

/** "deux anciens vice-ministres": how many names a plural function set off by a comma is said of. */
const HOW_MANY = new Set(['deux', 'trois', 'quatre', 'cinq', 'tous', 'toutes']);

/** "en tant que ministre", "… en tant qu'ambassadrice": past "que"/"qu'" after the "tant" at k; else -1. */
function tantQueEnd(toks: Doc['toks'], k: number): number {
  if (toks[k]?.f !== 'tant') return -1;
  return toks[k + 1]?.f === 'que' ? k + 2 : toks[k + 1]?.f === 'qu' && toks[k + 2]?.f === "'" ? k + 3 : -1;
}

/** "en qualité de conseiller", "… d'ambassadeur": past "de"/"d'" after the "qualité" at k; else -1. */
function qualiteDeEnd(toks: Doc['toks'], k: number): number {
  if (toks[k]?.f !== 'qualite') return -1;
  return toks[k + 1]?.f === 'de' ? k + 2 : toks[k + 1]?.f === 'd' ? k + 3 : -1;
}

/**
 * After a name at k, "en tant que ministre", "en sa qualité de ministre", "X et Y en tant
 * qu'entraîneurs de l'équipe U23", "X et Y, deux anciens vice-ministres de…": where the function
 * starts; else -1. Said of several names, the function is in the plural, and each holds one.
 */
function statedAsAt(d: Doc, k: number, a: number): number {
  const toks = d.toks;
  let m = k;
  // the other names the function is stated of ("Nguyên Huu Thang et Hoàng Anh Tuân en tant qu'…"),
  // after this one or before it
  const after = toks[m]?.f === 'et' && !!toks[m + 1]?.cap;
  const several = after || (a > 1 && toks[a - 1]?.f === 'et' && d.used[a - 2]?.type === 'person');
  if (after) {
    m++;
    while (m < k + 7 && toks[m]?.kind === 'w' && toks[m]?.cap) m++;
  }
  // ("Maria Lopez, en tant que présidente du Sénat,": set off by commas, the capacity is the
  // function only of a name no title came before; "le vice-Premier ministre X, en tant que
  // président de l'ASEAN," speaks in a capacity beside it)
  if (toks[m]?.f === ',' && (several || a < 0 || !roleBefore(d, a).role)) m++;
  // ("Bui Van Thanh et Tran Viet Tan, deux anciens vice-ministres de la Sécurité publique,")
  if (several && toks[m - 1]?.f === ',' && HOW_MANY.has(toks[m]?.f ?? '')) {
    const at = toks[m + 1]?.f === 'deux' || toks[m + 1]?.f === 'les' ? m + (toks[m + 2]?.f === 'deux' ? 3 : 2) : m + 1;
    // ("vice-présidents": the plural may be past a hyphen)
    const head = toks[at + 1]?.f === '-' ? at + 2 : at;
    return isPluralTitle(toks[head]?.f ?? '') && isTitleAt(d, at) ? at : -1;
  }
  // ("la visite de Mme X au Vietnam en sa qualité de ministre": past where the visitor goes)
  const visitor = !several && visitorAt(d, a);
  // ("… en Chine en sa qualité de…": "en" and the place, then the capacity's "en")
  if (visitor && /^(?:au|aux|a|en)$/.test(toks[m]?.f ?? '') && PLACE_TYPES.has(d.used[m + 1]?.type ?? ''))
    m = d.used[m + 1]?.b ?? m + 2;
  if (toks[m]?.f !== 'en') return -1;
  let at = tantQueEnd(toks, m + 1);
  // ("en sa qualité de ministre des Affaires étrangères", "en qualité de conseiller")
  if (toks[m + 1]?.f !== 'tant') {
    // ("en sa qualité de" set off by a comma only: after an object, "sa" is the subject's at times,
    // "Tran Van B a félicité Nguyen Van A en sa qualité de président"; after a visit's "de", the
    // visitor's: "la première visite de X en sa qualité de…")
    const possessive = /^(?:sa|leur)$/.test(toks[m + 1]?.f ?? '') && (toks[m - 1]?.f === ',' || visitor);
    at = qualiteDeEnd(toks, toks[m + 1]?.f === 'qualite' ? m + 1 : possessive ? m + 2 : -1);
  }
  return at > 0 && isTitleAt(d, at) ? at : -1;
}

/** Nouns of a journey whose "de" names who makes it: "la visite de X", "la venue de Mme X". */
const JOURNEYS = new Set(['visite', 'venue', 'arrivee', 'sejour', 'voyage', 'tournee']);
/** Is the name at a (past a form of address) the one a journey's "de" names: "la première visite de Mme X"? */
function visitorAt(d: Doc, a: number): boolean {
  if (a < 2) return false;
  let h = a;
  // ("de Mme X", "de M. X": past the form of address and its dot)
  for (;;) {
    if (d.toks[h - 1]?.f === '.' && CIVILITIES.has(d.toks[h - 2]?.f ?? '')) h -= 2;
    else if (CIVILITIES.has(d.toks[h - 1]?.f ?? '') && d.toks[h - 1]?.cap) h--;
    else break;
  }
  if (d.toks[h - 1]?.f !== 'de') return false;
  // ("visite officielle de": one word may qualify the journey)
  return JOURNEYS.has(d.toks[h - 2]?.f ?? '') || JOURNEYS.has(d.toks[h - 3]?.f ?? '');
}

/**
 * After a name at k (starting at a, -1 if unknown), "a été nommé", "est élu", "nommé", "en tant
 * que": where the function starts; else -1.
 */
function appointedAt(d: Doc, k: number, a: number): number {
  const toks = d.toks;
  const statedAs = statedAsAt(d, k, a);
  if (statedAs > 0) return statedAs;
  // ("Vijitha Herath, nommé ministre des Affaires étrangères"; past a short aside: "X, citoyen
  // français, a été nommé consul honoraire")
  const aside = pastCommaAside(d, k);
  let m = aside > k ? aside : toks[k]?.f === ',' ? k + 1 : k;
  // ("X, qui a été nommé…", "félicitations à X qui vient d'être réélu président de…": a relative
  // clause states the appointment as the participle does)
  if (toks[m]?.f === 'qui') m++;
  if (/^(?:vient|venait)$/.test(toks[m]?.f ?? '') && toks[m + 1]?.f === 'd' && toks[m + 3]?.f === 'etre') m += 4;
  else if (toks[m]?.f === 'a' && toks[m + 1]?.f === 'ete') m += 2;
  else if (toks[m]?.f === 'est' || toks[m]?.f === 'sera') m++;
  if (!appointmentVerbAt(d, m)) return -1;
  return isTitleAt(d, m + 1) || (toks[m + 1]?.f === 'au' && toks[m + 2]?.f === 'poste') ? m + 1 : -1;
}

/**
 * "X, de nationalité ougandaise, consul…": the token after an aside set off by two commas, the
 * first at k (the aside: eight tokens at most, no title, no capitalised word), else k.
 */
function pastCommaAside(d: Doc, k: number): number {
  if (d.toks[k]?.f !== ',') return k;
  for (let m = k + 1; m <= k + 9; m++) {
    const t = d.toks[m];
    // (no capitalised word: "a élu X, Y et Z, membres du bureau" lists names)
    if (!t || t.f === '.' || t.f === ';' || t.cap || (t.kind === 'w' && isTitleAt(d, m))) return k;
    if (t.f === ',') return m > k + 1 ? m + 1 : k;
  }
  return k;
}

/**
 * The nationality an aside [a, b) on a person says: "de nationalité népalaise", "citoyen français",
 * "un homme d'affaires pakistanais" — a nationality of the aside's own noun, not one inside a
 * complement of it ("diplômée d'une université australienne", "formé dans une université
 * japonaise" say where from). Null if none.
 */
function asideNationality(d: Doc, a: number, b: number): string | null {
  const toks = d.toks;
  let own = b;
  for (let m = a; m < b; m++) {
    if (NATIONALITY_WORDS.has(toks[m]?.f ?? '')) return countryIn(d, a, b);
    // (a preposition and a determiner open a complement: "d'une", "dans une", "de la")
    const det = toks[m + 1]?.f === "'" ? toks[m + 2] : toks[m + 1];
    if (own === b && COMPLEMENT_PREPOSITIONS.has(toks[m]?.f ?? '') && DETERMINERS.has(det?.f ?? '')) own = m;
  }
  return own > a ? countryIn(d, a, own) : null;
}
const NATIONALITY_WORDS = new Set([
  'nationalite',
  'citoyen',
  'citoyenne',
  'ressortissant',
  'ressortissante',
  'originaire',
]);
const COMPLEMENT_PREPOSITIONS = new Set([
  'de',
  'd',
  'du',
  'des',
  'dans',
  'a',
  'au',
  'aux',
  'en',
  'par',
  'pour',
  'chez',
]);
const DETERMINERS = new Set([
  'un',
  'une',
  'la',
  'le',
  'les',
  'l',
  'des',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'cette',
  'ce',
]);

/** The new function's nouns of "à l'occasion de son élection au poste de…". */
const TAKING_UP = new Set(['election', 'reelection', 'nomination', 'investiture', 'designation', 'accession']);

/**
 * "X à l'occasion de son élection au poste de Premier ministre", "félicitant X pour sa nomination
 * en tant qu'ambassadeur", "… pour sa prise de fonctions officielles en qualité de…": the occasion
 * said right after the name at k, a new post taken up, states the function as an appointment
 * does. Returns the "au" of "au poste" or where the function starts; else -1.
 */
function takingUpAt(d: Doc, k: number): number {
  const f = (j: number) => d.toks[j]?.f ?? '';
  let m = k;
  if (d.text.charAt(d.toks[k]?.s ?? 0) === 'à' && f(k + 1) === 'l' && f(k + 3) === 'occasion' && f(k + 4) === 'de')
    m = k + 5;
  else if (f(k) === 'pour' || f(k) === 'apres') m = k + 1;
  else if (f(k) === 'suite' && f(k + 1) === 'a') m = k + 2;
  else return -1;
  if (f(m) !== 'son' && f(m) !== 'sa') return -1;
  m++;
  if (TAKING_UP.has(f(m))) m++;
  // ("sa prise de fonctions officielles", "son entrée en fonction")
  else if ((f(m) === 'prise' && f(m + 1) === 'de') || (f(m) === 'entree' && f(m + 1) === 'en'))
    m += /^fonctions?$/.test(f(m + 2)) ? 3 : 99;
  else return -1;
  if (/^officielles?$/.test(f(m))) m++;
  if (f(m) === 'au' && f(m + 1) === 'poste') return m;
  if (f(m) === 'comme') return m + 1;
  if (f(m) !== 'en') return -1;
  return f(m + 1) === 'tant' ? tantQueEnd(d.toks, m + 1) : qualiteDeEnd(d.toks, m + 1);
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
  // ("a nommé Patrick McKillen consul honoraire du Vietnam à Dublin": after a verb of appointment,
  // the function right after its object is the object's)
  // ("a nommé X, de nationalité ougandaise, consul honoraire", "nommant X, un homme d'affaires
  // pakistanais, au poste de consul honoraire": past a short aside on its object)
  const appointing = a > 0 && appointmentVerbAt(d, a - 1);
  const past = appointing ? pastCommaAside(d, k) : k;
  const named =
    appointing && (isTitleAt(d, past) || (past > k && toks[past]?.f === 'au' && toks[past + 1]?.f === 'poste'))
      ? past
      : -1;
  // (the aside may say the holder's nationality, which the function's "du Vietnam" does not:
  // "a nommé X, de nationalité népalaise, consul honoraire du Vietnam au Népal")
  // ("félicitant X pour sa nomination en tant qu'ambassadeur…": the occasion states it as well)
  const takingUp = named > 0 ? -1 : takingUpAt(d, k);
  const appointed = named > 0 ? named : takingUp > 0 && toks[takingUp]?.f !== 'au' ? takingUp : appointedAt(d, k, a);
  // ("X, de nationalité canadienne, a été élu…": the aside before the verb says it too)
  const aside = named > k ? named - 1 : appointed > 0 && toks[k]?.f === ',' ? pastCommaAside(d, k) - 1 : -1;
  const nationality = aside > k ? asideNationality(d, k + 1, aside) : null;
  if (appointed > 0) k = appointed - 1;
  // "l'élection de X au poste de président du Vietnam" (after an appointment too: "élu au poste de…";
  // and "félicitations à X à l'occasion de son élection au poste de…")
  const from = appointed > 0 ? appointed : takingUp > 0 ? takingUp : k;
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
  const possessive = article > 0 && POSSESSIVES.has(toks[k + 1]?.f ?? '');
  // ("X, éminent photojournaliste japonais": praise before the title is not part of it)
  const praised = setOff && PRAISE.has(toks[k + 1 + article]?.f ?? '') ? 1 : 0;
  const first = k + 1 + article + praised;
  if (!isTitleAt(d, first)) return { role: null, country: null, civility: false };
  let end = first;
  let aged = false;
  // where the last aside read, a note of place, opened (-1: none)
  let note = -1;
  for (let m = first; m < toks.length && m < first + 60; m++) {
    const t = toks[m] as (typeof toks)[number];
    if (d.used[m]?.type === 'person') break;
    // an organisation's own words are inside the role ("Comité de lutte contre les crues")
    if (d.used[m]?.type === 'organization' && d.used[m] === d.used[m - 1]) {
      end = m + 1;
      continue;
    }
    // ("… de l'hôpital de campagne de niveau 2 n°4": a number sign and its number end the body's name)
    const numbered = numberSignEnd(toks, m);
    if (numbered > 0) {
      m = numbered - 1;
      end = numbered;
      continue;
    }
    const acronymEnd = t.f === '(' ? acronymInParens(d, m) : -1;
    if (acronymEnd > 0) {
      m = acronymEnd;
      end = m + 1;
      continue;
    }
    // "… de la pagode Vietnam Phât Quôc à Lumbini, au Népal", "… de la province de Tochigi, Japon":
    // the country a place is in, said after it, is where the post is
    const inCountry = t.f === ',' ? countryOfPlaceAt(d, m) : -1;
    if (inCountry > 0) {
      end = inCountry;
      m = inCountry - 1;
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
    if (t.f === ',' && (complementAt(d, m + 1) || objectListedAt(d, m + 1))) continue;
    // "président de la Commission juridique (XIVe législature)": an aside inside the role
    const aside = t.f === '(' && m > first ? asideEnd(d, m) : -1;
    if (aside > 0) {
      note = placeNote(d, m, aside) ? m : -1;
      m = aside;
      end = m + 1;
      continue;
    }
    // "chargé du "Pôle moyens" au Parti communiste français": a body's name quoted after "du"
    const quoted = m > first ? quotedNameEnd(d, m) : -1;
    if (quoted > 0) {
      m = quoted;
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
    // ("… auprès de l'ONU au nom du gouvernement": on whose behalf the holder acts, not of what)
    if (t.f === 'au' && toks[m + 1]?.f === 'nom') break;
    // "conseiller principal pour les affaires religieuses", "chargé de la politique vers l'Est"
    // ("secrétaire du Comité du Parti pour Ho Chi Minh-Ville": a body's locality, a known place)
    const forPlace = t.f === 'pour' && PLACE_TYPES.has(d.used[m + 1]?.type ?? '') && d.used[m + 1] !== d.used[m];
    if ((t.f === 'pour' || t.f === 'vers') && m > first && (forWhat(d, m + 1) || forPlace)) {
      end = m + 1;
      continue;
    }
    // "économiste en chef chez IQI Global", "analyste chez Fitch Ratings": the firm one works at
    if (t.f === 'chez' && m > first && toks[m + 1]?.kind === 'w' && toks[m + 1]?.cap) {
      end = m + 1;
      continue;
    }
    // ("ambassadeur du Mali de leur nouvelle fonction": what several were congratulated on, not
    // one holder's function; "secrétaire général de leur parti" is one)
    if (t.f === 'de' && /^leurs?$/.test(toks[m + 1]?.f ?? '') && THEIR_OFFICE.has(toks[m + 2]?.f ?? '')) break;
    // ("… en France et lui a souhaité…": an object pronoun after "et" opens the next clause)
    if (t.f === 'et' && (toks[m + 1]?.f === 'lui' || toks[m + 1]?.f === 'leur')) break;
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
    // ("… de la ville de Volgograd à la fin de l'automne 2019", "… au début de l'année", "… au
    // cours de la visite": a time says when, not of what)
    // ("… jusqu'à la fin de 2020", "… fin 2019", "… début 2020")
    if (
      (isPreposition(d, m) && toks[m + 1]?.f === 'la' && /^(?:fin|mi)$/.test(toks[m + 2]?.f ?? '')) ||
      (t.f === 'au' && /^(?:debut|cours)$/.test(toks[m + 1]?.f ?? '')) ||
      (t.f === 'jusqu' && m > first) ||
      (/^(?:debut|fin)$/.test(t.f) && /^(?:19|20)\d\d$/.test(toks[m + 1]?.f ?? ''))
    )
      break;
    // ("présidente de la Chambre le 3 mai", "… le lundi 5 mai": a date says when, not of what)
    if (t.f === 'le' && m > first && dateAt(d, m + 1)) break;
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
    // (…or a second recipient's, "… de Vénétie et à Carlo Coccato, membre…")
    if ((t.f === 'et' || t.f === ',') && (nameAhead(d, m + 1) || (isA(d, m + 1) && nameAhead(d, m + 2)))) break;
    // "X, ministre des Affaires étrangères, et les ambassadeurs…": "et" and an article bring in
    // other people; the holder's own second function follows "et" bare ("secrétaire du Parti et
    // président du Comité"), and so do complements ("de la Culture et du Tourisme", "et des Sports")
    // ("chargé des affaires avec l'Asie et l'Australie": two places joined so are the complement's
    // terms, not another holder; "vice-ministre des Affaires étrangères et la France par X" is not)
    if (t.f === 'et' && HOLDERS_AHEAD.has(toks[m + 1]?.f ?? '')) break;
    // ("… président de l'Association des sciences historiques et à la directrice adjointe du
    // Département…, Y": a second recipient named by her function)
    if (t.f === 'et' && (isA(d, m + 1) || toks[m + 1]?.f === 'au' || toks[m + 1]?.f === 'aux')) {
      const k = m + 2 + (isA(d, m + 1) ? articleLength(toks, m + 2) : 0);
      if (isTitleAt(d, NEWLY.has(toks[k]?.f ?? '') ? k + 1 : k)) break;
    }
    const andArticle = t.f === 'et' ? articleLength(toks, m + 1) : 0;
    if (
      andArticle &&
      !(PLACE_TYPES.has(d.used[m - 1]?.type ?? '') && PLACE_TYPES.has(d.used[m + 1 + andArticle]?.type ?? ''))
    )
      break;
    if (t.kind === 'p' && !joinsRoleAt(d, m)) break;
    // ("… de la paroisse de Coche où se déroule l'événement": "où" opens a clause; folded, it is "ou", "or")
    if (t.f === 'ou' && d.text.slice(t.s, t.e) === 'où') break;
    // (the title itself may read as one: "sous ministre"; a nationality's first word too: "est-timorais")
    if (
      t.kind === 'w' &&
      !t.cap &&
      m > first &&
      ROLE_STOP.has(t.f) &&
      !compoundAdjectiveAt(toks, m) &&
      !isPreposition(d, m) &&
      !parInside(d, m) &&
      !unitOf(d, m) &&
      !isCompoundHead(toks, m) &&
      !placeOfPostAt(d, m)
    )
      break;
    end = m + 1;
  }
  // ("… Sovilaco (Ho Chi Minh-Ville)": a note of place that ends the role is not part of it)
  if (note > 0 && toks[end - 1]?.f === ')' && closingParen(d, note) === end - 1) end = note;
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
    ((!possessive && !hasComplement(d, first, end)) ||
      !(aged || CLOSES_APPOSITION.has(toks[end]?.f ?? '')) ||
      vnNameIn(d, first, end))
  )
    return { role: null, country: null, civility: false };
  // (a definite article before a present title may open the next item of a list: "a rencontré X,
  // le Premier ministre sud-coréen Han Duck-soo et…", "X, le président de la République, Emmanuel
  // Macron": a name inside the title or right after its comma is that title's holder)
  const definite =
    article > 0 && !FORMER.has(toks[k + 1 + article]?.f ?? '') && toks[k + 1]?.f !== 'un' && toks[k + 1]?.f !== 'une';
  // ("X, son vice-président, Y, sa présidente, …": a list of names, each with its possessive title)
  const listed = possessive && toks[end]?.f === ',' && possessiveTitleAfterName(d, end + 1);
  if (
    definite &&
    (twoNameWordsIn(d, first, end) || (toks[end]?.f === ',' && !listed && twoNameWordsIn(d, end + 1, end + 3)))
  )
    return { role: null, country: null, civility: false };
  // ("X et Y en tant qu'entraîneurs…", "ont été nommés ambassadeurs…": each holds one)
  const text = roleText(d, first, end);
  const role = appointed > 0 && text ? singular(d, first, text) : text;
  const takenUp = takingUp > 0 && (appointed === takingUp || from === takingUp);
  return { role, country: nationality ?? countryIn(d, first, end), civility: false, also, predicated, takenUp };
}

/** After the name at k (of up to five words), ", son/sa <title>": the next item of a list of names and possessive titles. */
function possessiveTitleAfterName(d: Doc, k: number): boolean {
  const toks = d.toks;
  let m = k;
  while (m < k + 5 && toks[m]?.kind === 'w' && toks[m]?.cap) m++;
  return m > k && toks[m]?.f === ',' && POSSESSIVES.has(toks[m + 1]?.f ?? '') && apposedArticle(d, m + 1) > 0;
}

/** "3 mai", "1er juillet", "lundi": a day of a date at k (not an ordinal, "le 40e sommet"). */
function dateAt(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (isWeekdayName(t?.f ?? '')) return true;
  return t?.kind === 'n' && /^(?:\d{1,2}|1er)$/.test(t.f) && isMonthName(d.toks[k + 1]?.f ?? '');
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

/** Two capitalised words in a row in [a, b) that are a person's or no name's found yet: someone's name. */
function twoNameWordsIn(d: Doc, a: number, b: number): boolean {
  const free = (k: number) => !d.used[k] || d.used[k]?.type === 'person';
  for (let k = a; k + 1 < b; k++) {
    const t = d.toks[k];
    const u = d.toks[k + 1];
    if (t?.kind === 'w' && u?.kind === 'w' && t.cap && u.cap && !t.upper && free(k) && free(k + 1)) return true;
  }
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
  // ("a déclaré X, son nouveau représentant en chef au Vietnam": a possessive for the body just
  // named, which says of what; "nouveau" is news, not part of the title)
  if (POSSESSIVES.has(t.f)) {
    const n = NEWLY.has(d.toks[k + 1]?.f ?? '') ? 2 : 1;
    return isTitleAt(d, k + n) ? n : 0;
  }
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
/** Prepositions that open a note of where something lies: "(en banlieue de Hanoi)", "(au Japon)". */
const LOCATIVES = new Set(['en', 'au', 'aux', 'dans']);
// (a relative pronoun opens a clause on the function, never a name: "…des Trân qui a vaincu")
const CLOSES_APPOSITION = new Set([',', '.', ';', ')', 'qui', 'dont']);

/** What "de leur(s) …" congratulates several people on: "de leur nouvelle fonction", "de leurs postes". */
const THEIR_OFFICE = new Set([
  'nouvelle',
  'nouvelles',
  'nouveau',
  'nouveaux',
  'fonction',
  'fonctions',
  'poste',
  'postes',
  'mandat',
  'mandats',
  'mission',
  'missions',
  'nomination',
  'nominations',
  'election',
]);

/** The preposition "à" at token i (folded, it reads as the verb "a"). */
function isA(d: Doc, i: number): boolean {
  const t = d.toks[i];
  return !!t && t.f === 'a' && d.text.slice(t.s, t.e) === 'à';
}

/**
 * At the comma `m` after a place: the end of ", au Népal", ", en Irlande", ", Japon" when that country
 * closes the phrase (a full stop, a comma, a bracket or the text's end follows); else -1.
 */
function countryOfPlaceAt(d: Doc, m: number): number {
  const toks = d.toks;
  // (a place, or a name of one not read yet: "de la province de Tochigi, Japon")
  const before = toks[m - 1];
  const place = d.used[m - 1];
  if (place ? place.type !== 'place' : !(before?.kind === 'w' && before.cap)) return -1;
  const k = /^(?:en|au|aux)$/.test(toks[m + 1]?.f ?? '') ? m + 2 : m + 1;
  const country = d.used[k];
  if (country?.type !== 'country' || country.a !== k) return -1;
  const next = toks[country.b];
  return !next || ['.', ',', ';', ')'].includes(next.f) ? country.b : -1;
}
