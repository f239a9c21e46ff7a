// Organisations the knowledge base does not know, read from how French names them: a head noun
// ("ministère", "Commission", "Institut"…), its adjectives, then complements by "de"/"du"/"des"
// ("de la Sécurité publique", "des relations extérieures"), coordinated ("et de l'Investissement")
// or joined by another preposition where the word before takes it ("lutte contre les crues",
// "amitié avec le Vietnam", "entre le Vietnam et le Laos").

import { PAIR_PREFIXES } from '../knowledge/countries';
import { foldKey } from '../text/fold';
import { coordinatedAdjectiveEnd, countryAt, dashedNamesEnd, fieldsEnd, numberEndsName, pairEnd } from './complements';
import { type Cand, type Doc, heldEnd, isFree, makeCand, tokenText } from './doc';
import { GIVEN_NAMES } from './given-names';
import { ADJ_DICT, KB_DICT } from './knowledge';
import {
  CONNECTOR_NOUNS,
  COUNT_WORDS,
  DIRECTIONAL,
  FIELDS_OF_GOVERNMENT,
  GENERIC_ORGS,
  isHead,
  looksAdjective,
  NOT_NAME,
  ORG_HEADS_LOWER_OK,
  PLACE_ADJECTIVES,
  PLACE_TRIGGERS,
  ROLE_STOP,
  TERM_NOUNS,
  TITLE_WORDS,
  VN_SYLLABLE,
} from './lexicon';
import { fieldEnd } from './ministry-lists';
import { isUnnamedParty } from './party-bodies';
import { articleLength, capitalAfterPreposition, prepBefore, prepLength } from './prepositions';
import { regionEnd } from './regions';
import { countryIn } from './role-text';
import { isCompoundTail, isSentenceStart, listEtEnd, numberSignEnd, personStartsAt, type Token } from './tokens';

/** A local seat a body is said of, named elsewhere in the story: "de la ville", "de la province". */
const LOCAL_SEATS = new Set(['ville', 'province', 'capitale']);
/** Adjectives French puts before their noun, capitalised in a name: "Nouvel Azerbaïdjan", "Grande Indonésie". */
const BEFORE_NOUN = new Set(['grand', 'grande', 'nouvel', 'nouvelle', 'nouveau', 'petit', 'petite']);

/** A known country at k that the capitalised adjective before it makes a word of the name. */
function namedCountry(doc: Doc, k: number, capInSegment: boolean): boolean {
  const held = doc.used[k];
  return capInSegment && held?.type === 'country' && held.a === k && BEFORE_NOUN.has(doc.toks[k - 1]?.f ?? '');
}

const PREPS = new Set(['de', 'du', 'des', 'd']);
/** Short function words and verbs that end a name ("a", "qui", "reçoit"). */
const FUNCTION = new Set([...NOT_NAME].filter((w) => w.length <= 4 || ROLE_STOP.has(w)));

const STATE_QUALIFIERS = new Set(['etat', 'national', 'nationale', 'special', 'speciale']);
const COMMITTEES = new Set(['comite', 'commission', 'groupe']);

/**
 * Does the connector at k join a complement inside a name? Only after a word that takes it: "lutte
 * contre", "amitié avec", "mixte sur", "Institut de recherche pour"; "entre" joins countries only
 * (connectedNounEnd). Not "Le Conseil de sécurité sur la situation…".
 */
function joinsHere(toks: Token[], k: number, thanked = false): boolean {
  const c = toks[k]?.f ?? '';
  const before = toks[k - 1]?.f ?? '';
  // ("a remercié l'Institut de recherche pour le soutien…": what a body is thanked for)
  if (c === 'pour') return !thanked;
  if (c === 'entre') return true;
  // ("Comité d'État sur la famille et les femmes", "Commission nationale sur le changement
  // climatique": a committee, a commission or a group of the state goes on with what it deals with;
  // not "le Département d'État sur la mer Orientale", "le Conseil d'État sur proposition…")
  if (c === 'sur' && STATE_QUALIFIERS.has(before)) {
    const head = before === 'etat' && toks[k - 2]?.f === "'" ? toks[k - 4] : toks[k - 2];
    // ("Conseil national sur la réforme administrative"; not "le Conseil d'État sur proposition…")
    if (COMMITTEES.has(head?.f ?? '') || (before !== 'etat' && head?.f === 'conseil')) return true;
  }
  const nouns = CONNECTOR_NOUNS.get(c);
  // ("de recherche scientifique sur la terre": past the noun's adjective)
  return !!nouns && (nouns.has(before) || (looksAdjective(before) && nouns.has(toks[k - 2]?.f ?? '')));
}

/**
 * Does a list of complements go on from k to an "et" and a preposition, within a few words, or
 * through a longer list of fields, each a preposition and one noun ("de la culture, de
 * l'éducation, de la jeunesse, de l'adolescence et de l'enfance")?
 */
function closedByEt(toks: Token[], k: number): boolean {
  const e = listEtEnd(toks, k);
  return (e > 0 && !!prepLength(toks, e)) || fieldListEnd(toks, k) > 0;
}

/**
 * From k, "de la X, de l'Y, … et de la Z": fields of one noun each (an adjective at most), no
 * count of people ("des milliers de travailleurs", "des dizaines d'artisans" are whom a sentence
 * lists). Its end, or -1.
 */
function fieldListEnd(toks: Token[], k: number): number {
  let m = k;
  for (let n = 0; n < 8; n++) {
    const p = prepLength(toks, m);
    const noun = toks[m + p];
    if (!p || noun?.kind !== 'w' || noun.cap || COUNTS.has(noun.f) || FUNCTION.has(noun.f)) return -1;
    m += p + 1;
    if (toks[m]?.kind === 'w' && !toks[m]?.cap && looksAdjective(toks[m]?.f ?? '')) m++;
    if (toks[m]?.f === 'et') {
      m++;
      const q = prepLength(toks, m);
      const last = toks[m + q];
      if (!q || last?.kind !== 'w' || last.cap || COUNTS.has(last.f)) return -1;
      return m + q + 1;
    }
    if (toks[m]?.f !== ',') return -1;
    m++;
  }
  return -1;
}
const COUNTS = new Set([
  'milliers',
  'dizaines',
  'centaines',
  'millions',
  'milliards',
  'nombreux',
  'nombreuses',
  'plusieurs',
]);

/** A free lower-case plural noun at k ("sciences", "technologies"), not a function word. */
function pluralNoun(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return (
    t?.kind === 'w' && !t.cap && t.f.length >= 5 && t.f.endsWith('s') && !FUNCTION.has(t.f) && isFree(doc, k, k + 1)
  );
}

/** The end of the free lower-case adjectives at k ("… stratégiques", "… populaire provincial"). */
function adjectivesEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = k;
  for (;;) {
    if (toks[e]?.kind === 'w' && !toks[e]?.cap && looksAdjective(toks[e]?.f ?? '') && isFree(doc, e, e + 1)) e++;
    // ("l'Union économique et monétaire ouest-africaine": a region's adjective, its cardinal point
    // joined by a dash)
    else if (regionAdjectiveAt(doc, e)) e += 3;
    else return e;
  }
}

/** "ouest-africaine", "sud-américain", "nord-atlantique": a cardinal point, a dash, an adjective, at k. */
function regionAdjectiveAt(doc: Doc, k: number): boolean {
  const [point, dash, adjective] = [doc.toks[k], doc.toks[k + 1], doc.toks[k + 2]];
  return (
    !!point &&
    !point.cap &&
    REGION_POINTS.has(point.f) &&
    dash?.f === '-' &&
    dash.s === point.e &&
    adjective?.s === dash.e &&
    !adjective.cap &&
    looksAdjective(adjective.f) &&
    isFree(doc, k, k + 3)
  );
}
const REGION_POINTS = new Set(['nord', 'sud', 'est', 'ouest']);

/**
 * "de Busan", "d'Attapeu": a capitalised name after a preposition at k, past the nationality that
 * may come first ("la ville sud-coréenne de Busan", "la province lao d'Attapeu").
 */
function namedPlaceAfter(toks: Token[], k: number): boolean {
  // (past a nationality or a place's own adjective: "de la ville sud-coréenne de Busan", "de la
  // province centrale de Nghe An", "de la ville portuaire de Hai Phong")
  const t = toks[k];
  const m = ADJ_DICT.match(toks, k)?.end ?? (t && !t.cap && PLACE_ADJECTIVES.has(t.f) ? k + 1 : k);
  return capitalAfterPreposition(toks, m);
}

/** Verbs a body's name is the subject of, written right after it. */
const FINITE_VERBS = new Set(['peut', 'peuvent', 'veut', 'veulent', 'doivent', 'vont', 'sont', 'ont', 'font', 'fait']);
/** Adverbs between a verb and its object: "… réajustent actuellement le mécanisme". */
const VERB_ADVERBS = new Set([
  'actuellement',
  'egalement',
  'aussi',
  'deja',
  'toujours',
  'encore',
  'desormais',
  'bientot',
]);
/** Prepositions a determiner follows inside a name ("de lutte contre les crues"). */
const PREPOSITIONS_BEFORE_ARTICLE = new Set(['contre', 'envers', 'vers', 'sans', 'sous', 'selon', 'parmi', 'malgre']);

/**
 * A finite verb at k, after a body's name: one of a few ("peut", "sont"…), or a lower-case word
 * its object follows, an adverb between or not ("l'Agence … de développement économique
 * réajustent actuellement le mécanisme"). A word of a name is followed by a preposition, an
 * adjective or another word of it, never by a determiner ("des" is "de" + "les": a complement).
 */
function finiteVerbAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t?.kind !== 'w' || t.cap) return false;
  if (FINITE_VERBS.has(t.f)) return true;
  // (not an adjective, which a time may follow: "… des Affaires étrangères le 22 janvier", "…
  // criminelle cette année")
  if (t.f.length < 4 || PREPOSITIONS_BEFORE_ARTICLE.has(t.f) || looksAdjective(t.f)) return false;
  let n = k + 1;
  while (VERB_ADVERBS.has(toks[n]?.f ?? '') || /^\p{L}{3,}(?:amment|emment)$/u.test(toks[n]?.f ?? '')) n++;
  const next = toks[n]?.f ?? '';
  if (next === 'des' || !OBJECT_ARTICLES.has(next) || (next === 'l' && toks[n + 1]?.f !== "'")) return false;
  // (nor a date or a time after the noun: "… le 22 janvier", "… cette année")
  const object = toks[n + (next === 'l' ? 2 : 1)];
  return object?.kind === 'w' && !TIME_WORDS.has(object.f);
}
const TIME_WORDS = new Set([
  'annee',
  'annees',
  'an',
  'ans',
  'mois',
  'semaine',
  'jour',
  'jours',
  'matin',
  'soir',
  'fois',
]);

const OBJECT_ARTICLES = new Set([
  'le',
  'la',
  'les',
  'l',
  'des',
  'un',
  'une',
  'ses',
  'son',
  'sa',
  'leur',
  'leurs',
  'ce',
  'cette',
]);
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces']);
/** Determiners that point at something the sentence speaks of: "pour leurs efforts", "pour cette initiative". */
const POINTING_DETERMINERS = new Set([
  ...DEMONSTRATIVES,
  ...'leur leurs son sa ses notre nos votre vos chaque tout toute tous toutes plusieurs certains certaines quelques'.split(
    ' ',
  ),
]);

/** Adjectives French puts before a noun, which a joined object never is ("les derniers rapports"). */
const BEFORE_A_NOUN = new Set(
  'dernier derniers derniere dernieres premier premiers premiere premieres prochain prochains prochaine prochaines meilleur meilleurs meilleure meilleures principaux principales autres memes'.split(
    ' ',
  ),
);
/** Adjectives set before their noun: "jeunes talents", "petites entreprises". */
const PRENOMINAL = new Set(
  'jeune jeunes petit petits petite petites grand grands grande grandes nouveau nouveaux nouvelle nouvelles'.split(' '),
);

/**
 * After a connector at k - 1: an optional article and a lower-case noun ("contre les crues"), or a
 * country ("d'amitié avec le Vietnam"), or two ("entre le Vietnam et le Myanmar"). Its end, or -1.
 */
export function connectedNounEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  // ("a remercié l'Institut de recherche pour leurs efforts", "… pour cette initiative": a possessive
  // or a demonstrative points at what the sentence speaks of, never inside a body's name)
  if (POINTING_DETERMINERS.has(toks[k]?.f ?? '')) return -1;
  const m = k + articleLength(toks, k);
  // ("pour la première fois", "pour la deuxième année consécutive": a time)
  if (/^(?:premiere?|derniere?|seconde?|\p{L}+ieme)$/u.test(toks[m]?.f ?? '')) return -1;
  // "Institut d'Étude sur l'Amérique latine": a region of the world, as a common noun would be
  const region = regionEnd(doc, m);
  if (region > 0 && toks[k - 1]?.f !== 'entre' && toks[k - 1]?.f !== 'avec') return region;
  const country = countryAt(doc, m)?.[0];
  if (country) {
    if (toks[k - 1]?.f !== 'entre') return toks[k - 1]?.f === 'avec' ? country : -1;
    if (toks[country]?.f !== 'et') return -1;
    return countryAt(doc, country + 1 + articleLength(toks, country + 1))?.[0] ?? -1;
  }
  // "entre les deux pays" says who takes part, it names no one: only countries after "entre"
  if (toks[k - 1]?.f === 'entre') return -1;
  // "Comité national pour l'APEC 2027", "Agence nationale pour l'Education": what a body is for may
  // be another body, its year, or a field of government written as a portfolio
  if (toks[k - 1]?.f === 'pour' && m > k) {
    const held = doc.used[m];
    if (held?.type === 'organization' && held.via === 'kb' && held.a === m && toks[m]?.cap) {
      const e = heldEnd(doc, m);
      return toks[e]?.kind === 'n' && /^20\d\d$/.test(toks[e]?.f ?? '') ? e + 1 : e;
    }
    if (toks[m]?.cap && !held && FIELDS_OF_GOVERNMENT.has(toks[m]?.f ?? '')) return m + 1;
    // ("l'Organisation internationale pour les Migrations", "… pour les Énergies renouvelables": a
    // common noun capitalised as the name's own word, with its adjectives)
    const t = toks[m];
    if (
      t?.kind === 'w' &&
      t.cap &&
      !t.upper &&
      !held &&
      t.f.length >= 4 &&
      !NOT_NAME.has(t.f) &&
      !personStartsAt(toks, m) &&
      !toks[m + 1]?.cap &&
      /(?:ions?|ites?|ements?|ances?|ences?|ies?|ages?|ures?|eurs?|ismes?)$/.test(t.f)
    )
      return adjectivesEnd(doc, m + 1);
  }
  const noun = toks[m];
  // "avec les Vietnamiens d'outre-mer": a people, named by its nationality, abroad or not
  const people = noun?.cap && m > k ? ADJ_DICT.match(toks, m) : null;
  if (people && isFree(doc, k - 1, people.end))
    return Math.max(abroadTail(toks, people.end), overseasEnd(toks, people.end));
  if (noun?.kind !== 'w' || noun.cap || noun.f.length < 4 || FUNCTION.has(noun.f) || TERM_NOUNS.has(noun.f)) return -1;
  if (!isFree(doc, k - 1, m + 1)) return -1;
  // "… pour discuter de": a purpose, an infinitive with no article, is no part of the name
  if (m === k && /(?:er|ir|re)$/.test(noun.f)) return -1;
  // "contre la corruption, le gaspillage et la négativité": nouns listed with their articles
  const listed = listedObjectsEnd(doc, adjectivesEnd(doc, m + 1));
  if (listed > 0) return listed;
  // "contre les crues et les typhons", "sur le commerce et l'investissement": two nouns joined
  // ("pour la sécurité alimentaire et la modernisation…": the first with its adjective)
  const joined = adjectivesEnd(doc, m + 1);
  const art = doc.toks[joined]?.f === 'et' ? articleLength(doc.toks, joined + 1) : 0;
  if (art) {
    const n = joined + 1 + art;
    // (a noun, not an adjective before its own: "… et les derniers rapports de Thanh Hoa" goes on
    // to what the sentence says next)
    if (objectNoun(doc, n) && !BEFORE_A_NOUN.has(doc.toks[n]?.f ?? '') && isFree(doc, m + 1, n)) return n + 1;
  }
  // "aux jeunes talents": an adjective that comes before its noun
  const after = doc.toks[m + 1];
  if (
    PRENOMINAL.has(noun.f) &&
    after?.kind === 'w' &&
    !after.cap &&
    after.f.length >= 4 &&
    !FUNCTION.has(after.f) &&
    isFree(doc, m, m + 2)
  )
    return m + 2;
  const other = doc.toks[m + 2];
  if (
    doc.toks[m + 1]?.f === 'et' &&
    noun.f.endsWith('s') &&
    other?.kind === 'w' &&
    !other.cap &&
    other.f.length >= 4 &&
    other.f.endsWith('s') &&
    !FUNCTION.has(other.f) &&
    isFree(doc, m + 1, m + 3)
  )
    return m + 3;
  return m + 1;
}

/** A free lower-case noun at k that a body's complement may name: not a function word nor a title. */
function objectNoun(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return (
    t?.kind === 'w' &&
    !t.cap &&
    t.f.length >= 4 &&
    !FUNCTION.has(t.f) &&
    !TITLE_WORDS.has(t.f) &&
    !TERM_NOUNS.has(t.f) &&
    isFree(doc, k, k + 1)
  );
}

/**
 * ", le gaspillage et la négativité" at k: after a complement's noun, more nouns listed with their
 * articles (and adjectives), the list closed by "et" ("pour la promotion de l'enseignement
 * supérieur, l'accueil et la mobilité internationale"). Its end, or -1 when no "et" closes it: a
 * list of other things the sentence names ("…, le ministère de la Justice") has complements.
 */
function listedObjectsEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let j = k;
  let items = 0;
  while (toks[j]?.f === ',' && items < 6) {
    const a = articleLength(toks, j + 1);
    if (!a || !objectNoun(doc, j + 1 + a)) return -1;
    j = adjectivesEnd(doc, j + 2 + a);
    items++;
  }
  if (!items || toks[j]?.f !== 'et') return -1;
  const a = articleLength(toks, j + 1);
  if (!a || !objectNoun(doc, j + 1 + a)) return -1;
  const end = adjectivesEnd(doc, j + 2 + a);
  // (a plural verb after it says the list is the sentence's subjects: "Le Centre de lutte contre la
  // pauvreté, les entreprises et les donateurs ont offert…"; the body alone takes a singular one)
  return PLURAL_VERB.test(toks[end]?.f ?? '') ? -1 : end;
}
const PLURAL_VERB = /^(?:ont|sont|etaient|avaient|seront|auront|vont|peuvent|doivent|font|\p{L}{3,}ent)$/u;

/**
 * "pour la prévention et la lutte contre les catastrophes": at k, "et", an article and a noun that
 * takes a connector of its own, coordinated with the joined complement before. Its end, or -1.
 */
function coordinatedJoinEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  if (toks[k]?.f !== 'et' || !articleLength(toks, k + 1)) return -1;
  const e = connectedNounEnd(doc, k + 1);
  return e > 0 && joinsHere(toks, e) ? e : -1;
}

/** After "études": the adjectives of the field, joined by "et" and hyphens ("indiennes et sud-ouest asiatiques"). */
function studiesEnd(toks: Token[], end: number): number {
  if (toks[end - 1]?.f !== 'etudes') return end;
  let e = end;
  for (let k = end; k < end + 8; k++) {
    const t = toks[k];
    if (!t || t.cap) break;
    const compoundPart = t.kind === 'w' && (toks[k + 1]?.f === '-' || isCompoundTail(toks, k));
    if (t.kind === 'w' && (looksAdjective(t.f) || ADJ_DICT.match(toks, k))) e = k + 1;
    else if (!(t.f === 'et' || t.f === '-' || compoundPart)) break;
  }
  return e;
}

/**
 * "le Centre septentrional", "le Centre du Vietnam": the head "Centre" at i, with the adjectives up
 * to k, names a region of the country, not a body ("Centre culturel du Vietnam" is one).
 */
export function namesRegion(doc: Doc, i: number, k = i + 1): boolean {
  const toks = doc.toks;
  if (toks[i]?.f !== 'centre') return false;
  if (k > i + 1) return DIRECTIONAL.has(toks[k - 1]?.f ?? '');
  const p = prepLength(toks, k);
  return !!p && !!doc.used[k + p];
}

const PAIR_PREFIX = new Set(PAIR_PREFIXES.map(([p]) => p));

/** Schools, named by their kind and the name they bear: "Lycée d'excellence Hoang Van Thu". */
const SCHOOL_HEADS = new Set(['ecole', 'lycee']);

/** The name a school bears after its kind ending at k: up to four free capitalised words, or k. */
function schoolNameEnd(doc: Doc, k: number): number {
  const toks = doc.toks;
  let e = k;
  while (e < k + 4) {
    const t = toks[e];
    // (a capitalised "Du", "Son" after a Vietnamese syllable is the name's next one: "Nguyen Du", "Truong Son")
    const syllable = e > k && VN_SYLLABLE.test(t?.f ?? '') && VN_SYLLABLE.test(toks[e - 1]?.f ?? '');
    if (
      t?.kind !== 'w' ||
      !t.cap ||
      t.upper ||
      (NOT_NAME.has(t.f) && !syllable) ||
      TITLE_WORDS.has(t.f) ||
      !isFree(doc, e, e + 1)
    )
      break;
    e++;
  }
  return e;
}

/**
 * "l'école bilingue vietnamo-lao Nguyen Du", "le lycée Chu Van An": a school written in lower case,
 * its kinds (adjectives, a pair of nationalities), then the name it bears, of two words at least
 * (whose bearer, a person or a place, is not named by it).
 */
function schoolInLowerCase(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || head.cap || !SCHOOL_HEADS.has(head.f)) return null;
  let k = i + 1;
  for (let n = 0; n < 3 && toks[k]?.kind === 'w' && !toks[k]?.cap && isFree(doc, k, k + 1); n++) {
    const f = toks[k]?.f ?? '';
    const pair = PAIR_PREFIX.has(f) && isCompoundTail(toks, k + 2) ? ADJ_DICT.match(toks, k + 2) : null;
    if (pair) k = pair.end;
    else if ((looksAdjective(f) || SCHOOL_KINDS.has(f)) && !ROLE_STOP.has(f)) k++;
    else break;
  }
  const end = schoolNameEnd(doc, k);
  return end - k >= 2 ? makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-rule', null) : null;
}

/** What kind a school is, in words no adjective ending tells: "l'école bilingue …", "l'école primaire …". */
const SCHOOL_KINDS = new Set(['bilingue', 'primaire', 'secondaire', 'maternelle', 'elementaire', 'normale', 'privee']);

/** Bodies a city names alone: "Université de Tokyo", "Hôpital de Hué", "Académie de Moscou". */
const NAMED_BY_PLACE = new Set(['universite', 'hopital', 'academie', 'institut', 'ecole', 'conservatoire', 'lycee']);

/**
 * Heads that a party or a movement's own name may follow: "Parti Amanat", "Front Polisario"; and
 * the name of whom a foundation is named after, "Fondation Heydar Aliyev".
 */
const OWN_NAME_HEADS = new Set(['parti', 'front', 'mouvement', 'hopital', 'universite', 'fondation']);
/** Of those, the heads of political bodies, whose holders' names may follow them glued. */
const PARTY_HEADS = new Set(['parti', 'front', 'mouvement']);

/** A capitalised word of a name in another language: not French, not a title, not an acronym. */
function ownNameWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'w' &&
    t.cap &&
    !t.upper &&
    !NOT_NAME.has(t.f) &&
    !TITLE_WORDS.has(t.f) &&
    !looksAdjective(t.f) &&
    !ADJ_DICT.has([t.f])
  );
}

/** "(résidant) à l'étranger" closing a name: its end (k if none). */
function abroadTail(toks: Token[], k: number): number {
  let m = k;
  if (toks[m]?.f === 'residant' || toks[m]?.f === 'vivant') m++;
  const a = toks[m];
  if (a?.f !== 'a' || toks[m + 1]?.f !== 'l' || toks[m + 2]?.f !== "'" || toks[m + 3]?.f !== 'etranger') return k;
  return m + 4;
}

/** "d'outre-mer" at k: its end (k if none). */
function overseasEnd(toks: Token[], k: number): number {
  const [d, q, o, dash, mer] = toks.slice(k, k + 5).map((t) => t.f);
  return d === 'd' && q === "'" && o === 'outre' && dash === '-' && mer === 'mer' ? k + 5 : k;
}

/** Heads of the bodies of a province or a city: "Comité populaire de Hanoï". */
const LOCAL_BODIES = new Set(['comite', 'comites', 'conseil', 'conseils']);

/** "du Japon" at k: a country the body before it is of. */
function ofCountry(doc: Doc, k: number): boolean {
  const p = prepLength(doc.toks, k);
  return !!p && !!countryAt(doc, k + p);
}

/** Is a place the knowledge base knows (not a country) right after "de" at k? */
function placeAfter(doc: Doc, k: number): boolean {
  const p = prepLength(doc.toks, k);
  const held = p ? doc.used[k + p] : null;
  return held?.type === 'place' && held.via === 'kb' && held.a === k + p;
}

/** Is the capitalised token at k the next syllable of a Vietnamese name, not a person's surname? */
function vnNameGoesOn(toks: Token[], k: number): boolean {
  const [prev, t] = [toks[k - 1], toks[k]];
  if (!prev?.cap || prev.kind !== 'w' || prev.upper || !t || t.upper) return false;
  return VN_SYLLABLE.test(prev.f) && VN_SYLLABLE.test(t.f) && !personStartsAt(toks, k);
}

/**
 * "… de la province d'Udon Thani", "… de la ville de Ho Chi Minh": after a place's designation,
 * a second or third capitalised word goes on the place's name (not a person's that starts there).
 */
function placeNameGoesOn(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.cap || t.upper || t.kind !== 'w' || NOT_NAME.has(t.f) || personStartsAt(toks, k)) return false;
  // (two words at most: "de la préfecture de Gunma Kenji Sato" runs into a person's name)
  if (toks[k + 1]?.cap && toks[k + 1]?.kind === 'w') return false;
  let j = k - 1;
  while (j > k - 2 && toks[j - 1]?.cap && toks[j - 1]?.kind === 'w') j--;
  if (!toks[j]?.cap) return false;
  const noun = toks[j - 1]?.f === 'de' ? j - 2 : toks[j - 1]?.f === "'" && toks[j - 2]?.f === 'd' ? j - 3 : -1;
  return noun >= 0 && !toks[noun]?.cap && PLACE_TRIGGERS.has(toks[noun]?.f ?? '');
}

/** Is the body at i a title's complement ("le président de la Chambre…")? */
export function titledBody(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const t = toks[k];
    if (t?.kind === 'w' && !t.cap && TITLE_WORDS.has(t.f)) return true;
    if (t?.kind === 'p' && t.f !== "'") return false;
  }
  return false;
}

/** Two free capitalised words at k, no French word, the first no adjective: a person's name. */
function twoNameWords(doc: Doc, k: number): boolean {
  let adjectives = 0;
  for (let m = k; m < k + 2; m++) {
    const t = doc.toks[m];
    if (t?.kind !== 'w' || !t.cap || t.upper || doc.used[m] || NOT_NAME.has(t.f)) return false;
    if (looksAdjective(t.f)) adjectives++;
  }
  // (a name may end like an adjective, "Yumjaagiin Tsedenbal"; not both its words)
  return adjectives < 2 && !looksAdjective(doc.toks[k]?.f ?? '');
}

/** Vietnam's people's bodies: "comité populaire", "tribunal populaire", "conseil populaire". */
const PEOPLES_BODIES = new Set(['comite', 'tribunal', 'conseil', 'parquet']);

/**
 * "le comité populaire de Dà Nang", "le tribunal populaire de Hanoï": a people's body is a name in
 * lower case too, when a named place follows ("le comité populaire" alone is any of them).
 */
export function peoplesBody(doc: Doc, i: number): boolean {
  const toks = doc.toks;
  if (!PEOPLES_BODIES.has(toks[i]?.f ?? '') || toks[i]?.cap || toks[i + 1]?.f !== 'populaire') return false;
  let k = i + 2;
  if (toks[k]?.kind === 'w' && !toks[k]?.cap && looksAdjective(toks[k]?.f ?? '')) k++;
  const p = prepLength(toks, k);
  if (!p) return false;
  // "de Dà Nang", "de la province de Quang Nam": a place the knowledge base knows (not "de Mme X")
  const w = toks[k + p];
  const q = w && PLACE_TRIGGERS.has(w.f) ? prepLength(toks, k + p + 1) : 0;
  const at = q ? k + p + 1 + q : k + p;
  const held = doc.used[at];
  return held?.type === 'place' && held.a === at;
}

/** A capitalised nationality adjective at k ("Palestinien"), free. */
function capitalNationality(doc: Doc, k: number): { ref: string; end: number } | null {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || !t.cap || !isFree(doc, k, k + 1)) return null;
  const m = ADJ_DICT.match(doc.toks, k);
  return m && isFree(doc, k, m.end) ? { ref: m.ref, end: m.end } : null;
}

/** Organisation phrase starting at head token i. */
export function matchOrg(doc: Doc, i: number): Cand | null {
  const c = matchOrgAt(doc, i);
  return c && c.type === 'organization' ? withSubPrefix(doc, c) : c;
}

/** "le sous-Comité mixte du commerce", "la sous-commission": the prefix glued to the head is the name's. */
function withSubPrefix(doc: Doc, c: Cand): Cand {
  const [sub, dash, head] = [doc.toks[c.a - 2], doc.toks[c.a - 1], doc.toks[c.a]];
  if (sub?.f !== 'sous' || dash?.f !== '-' || !head || sub.e !== dash.s || dash.e !== head.s || doc.used[c.a - 2])
    return c;
  return makeCand(doc, c.a - 2, c.b, 'organization', tokenText(doc, c.a - 2, c.b), c.via, c.country);
}

function matchOrgAt(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (!head || !(isHead(head) || peoplesBody(doc, i))) return schoolInLowerCase(doc, i);
  const embassy = foreignMission(doc, i);
  if (embassy) return embassy;
  const lowerHead = ORG_HEADS_LOWER_OK.has(head.f);
  if (isUnnamedParty(doc, i)) return null;
  const thanked = thankedBefore(doc, i);
  // "les deux ministères des Affaires étrangères": one body of each country, no name of its own
  const before = toks[i - 1];
  if (head.f.endsWith('s') && (before?.kind === 'n' || COUNT_WORDS.has(before?.f ?? ''))) return null;
  const dropped = new Set<number>();
  let country: string | null = null;
  let k = i + 1;
  let body = 0;
  let nationalOnly = true;
  // Adjectives right after the head: "Conseil électoral national", "ministère cambodgien".
  while (k < toks.length && isFree(doc, k, k + 1)) {
    const t = toks[k] as Token;
    if (t.kind !== 'w' || t.cap) break;
    // "Association germano-vietnamienne", "Université vietnamo-allemande": two countries' body
    const pair = PAIR_PREFIX.has(t.f) && isCompoundTail(toks, k + 2) ? ADJ_DICT.match(toks, k + 2) : null;
    if (pair && !lowerHead) {
      k = pair.end;
      body++;
      continue;
    }
    // ("l'Union économique et monétaire ouest-africaine": a region's adjective)
    if (!lowerHead && regionAdjectiveAt(doc, k)) {
      k += 3;
      body++;
      nationalOnly = false;
      continue;
    }
    const adj = ADJ_DICT.match(toks, k);
    if (adj) {
      // (a community's adjective names its people or its language, not a state: "la Communauté
      // française de Belgique", "la Commission communautaire française de Bruxelles")
      if (!/^communaut/.test(toks[k - 1]?.f ?? '')) country = country ?? adj.ref;
      if (lowerHead) for (let j = k; j < adj.end; j++) dropped.add(j);
      k = adj.end;
      body++;
      continue;
    }
    if (lowerHead || !looksAdjective(t.f) || FUNCTION.has(t.f) || REMIT.test(t.f)) break;
    // ("les directives du Comité central du Parti relatives à…": a plural adjective after a singular
    // head agrees with a noun before it, not with the body)
    if (!/[sx]$/.test(head.f) && PLURAL_ADJECTIVE.test(t.f)) break;
    nationalOnly = false;
    k++;
    body++;
    // "Parti libéral-démocrate": a hyphenated adjective
    const dash = toks[k];
    const next = toks[k + 1];
    if (dash?.f === '-' && dash.s === toks[k - 1]?.e && next?.kind === 'w' && !next.cap && next.f.length >= 3) k += 2;
    // "Groupe national pétrolier et gazier", "Comité mixte économique et commercial"
    const other = toks[k + 1];
    if (
      toks[k]?.f === 'et' &&
      other?.kind === 'w' &&
      !other.cap &&
      looksAdjective(other.f) &&
      !FUNCTION.has(other.f) &&
      !TITLE_WORDS.has(other.f) &&
      !ADJ_DICT.match(toks, k + 1) &&
      isFree(doc, k, k + 2)
    )
      k++;
  }
  // "Centre National de Prévision": an adjective capitalised as part of the name
  while (
    !lowerHead &&
    toks[k]?.kind === 'w' &&
    toks[k]?.cap &&
    looksAdjective(toks[k]?.f ?? '') &&
    !NOT_NAME.has(toks[k]?.f ?? '') &&
    isFree(doc, k, k + 1) &&
    (prepLength(toks, k + 1) || capitalNationality(doc, k + 1))
  ) {
    nationalOnly = false;
    k++;
    body++;
    // "Conseil National Palestinien": the nationality, capitalised too, closes the name
    const nationality = capitalNationality(doc, k);
    if (nationality) {
      country = country ?? nationality.ref;
      k = nationality.end;
      break;
    }
  }
  if (namesRegion(doc, i, k)) return null;
  // "l'Hôpital central militaire 108 à Hanoï": a number that ends the name is part of it (not one
  // a complement follows, "… 5 de la ville", read with the complement below)
  if (
    !lowerHead &&
    head.cap &&
    k > i + 1 &&
    numberEndsName(toks, k) &&
    toks[k]?.s === (toks[k - 1]?.e ?? 0) + 1 &&
    !['de', 'du', 'des', 'd'].includes(toks[k + 1]?.f ?? '') &&
    isFree(doc, k, k + 1)
  )
    return makeCand(doc, i, k + 1, 'organization', tokenText(doc, i, k + 1), 'org-rule', country);
  // "le Parti Amanat", "le Front Polisario": a party named by a word of its own language
  if (body === 0 && OWN_NAME_HEADS.has(head.f) && head.cap) {
    let e = k;
    // ("l'Hôpital K", "l'Hôpital Viet Duc": a letter or two Vietnamese syllables)
    const letter = head.f === 'hopital' && toks[k]?.upper && toks[k]?.f.length === 1;
    // ("l'Université Ton Duc Thang": a Vietnamese name is three syllables; not a party's, "le
    // secrétaire général du Parti Nông Duc Manh" names its holder)
    const most = !PARTY_HEADS.has(head.f) && VN_SYLLABLE.test(toks[k]?.f ?? '') ? 3 : 2;
    while (e < k + most && isFree(doc, e, e + 1) && (ownNameWord(toks[e]) || (letter && e === k))) e++;
    // ("Fondation Bill & Melinda Gates", "… Bill et Melinda Gates": the name goes on past "&" or "et")
    if (e > k && (toks[e]?.f === '&' || toks[e]?.f === 'et') && ownNameWord(toks[e + 1]) && isFree(doc, e, e + 2)) {
      const from = e + 1;
      e = from;
      while (e < from + 3 && isFree(doc, e, e + 1) && ownNameWord(toks[e])) e++;
    }
    // ("le vice-président du Parti Paul Mashatile": after a title, a given name opens its holder's
    // name; not a hospital's or a university's, named after someone: "l'Hôpital Jean Verdier")
    const holder = PARTY_HEADS.has(head.f) && GIVEN_NAMES.has(toks[k]?.f ?? '') && titledBody(toks, i);
    // ("Fondation Friedrich Naumann pour la liberté": what a foundation is for, after its own name;
    // not what it is thanked for, "a remercié la Fondation Friedrich Ebert pour le soutien…")
    if (e > k && !holder && head.f === 'fondation' && toks[e]?.f === 'pour' && !thanked) {
      const joined = connectedNounEnd(doc, e + 1);
      if (joined > 0) e = joined;
    }
    if (e > k && !holder && !(toks[e]?.cap && toks[e]?.kind === 'w'))
      return makeCand(doc, i, e, 'organization', tokenText(doc, i, e), 'org-rule', null);
  }
  const adjEnd = k;
  // "Bureau Asie-Pacifique de l'OIF", "Bureau régional Asie-Pacifique de l'UNESCO": an office named
  // by the region of the world it serves, then the international body it is of
  // (not a heading, "Direction Asie-Pacifique : le ministre…"; regions joined by "et" too: "Direction
  // Afrique et Moyen-Orient", "Bureau Europe de l'Est et Asie centrale de la Banque mondiale")
  let served =
    !lowerHead && head.cap && REGIONAL_OFFICES.has(head.f) && !isSentenceStart(toks, i) ? regionEnd(doc, k) : -1;
  while (served > 0 && toks[served]?.f === 'et') {
    const next = regionEnd(doc, served + 1);
    if (next <= 0) break;
    served = next;
  }
  if (served > 0) {
    let e = served;
    const p = prepLength(toks, e);
    const parent = p ? doc.used[e + p] : undefined;
    // (an international body, not a country's ministry: "le Département Europe du ministère des AE"
    // leaves the ministry a name of its own)
    if (
      parent?.type === 'organization' &&
      parent.via === 'kb' &&
      parent.a === e + p &&
      !parent.kb?.country &&
      !foldKey(parent.canonical).startsWith('ministere')
    )
      e = heldEnd(doc, e + p);
    return makeCand(doc, i, e, 'organization', tokenText(doc, i, e), 'org-rule', null);
  }
  // An acronym right after the head: "Comité CEDAW".
  const acr = toks[k];
  if (!lowerHead && acr && acr.kind === 'w' && acr.upper && acr.f.length >= 2 && isFree(doc, k, k + 1)) {
    return { ...makeCand(doc, i, k + 1, 'organization', tokenText(doc, i, k + 1), 'org-acronym', country) };
  }
  // A pair right after the head: "Fondation Italie-Vietnam", "Centre Vietnam-Corée de formation…"
  const pair = !lowerHead && body === 0 ? pairEnd(doc, k, true) : -1;
  if (pair > 0) {
    k = pair;
    body++;
  }
  // Complement: "de la Sécurité publique", "des relations extérieures".
  let end = k;
  let sawCap = false;
  let connected = 0;
  let guard = 0;
  // "Comité mixte sur la coopération bilatérale entre le Vietnam et le Myanmar": joined right
  // after the head's adjectives
  while (!lowerHead && body > 0 && connected < 2 && joinsHere(toks, k, thanked)) {
    const joined = connectedNounEnd(doc, k + 1);
    if (joined < 0) break;
    connected++;
    k = joined;
    k = adjectivesEnd(doc, k);
    // "pour les études stratégiques et internationales"
    k = Math.max(k, coordinatedAdjectiveEnd(doc, k));
    // "… et de l'investissement", "… dans les domaines de l'économie, du commerce"
    if (connected === 1) k = fieldsEnd(doc, k);
    end = k;
    const coordinated = coordinatedJoinEnd(doc, k);
    if (coordinated > 0) {
      k = coordinated;
      end = k;
    }
  }
  // "Comité chargé des ONG étrangères", "Office vietnamien chargé de la recherche des MIA": a body
  // named by its remit, "chargé de" and the complements read below (the name ends before
  // "chargé" when none follows: "la commission chargée d'examiner le projet")
  // (not after a body that alone names no one, "le Comité populaire provincial chargé de
  // l'organisation…", nor a Central Committee: what follows says what they do, not which they are)
  if (
    !lowerHead &&
    head.cap &&
    end === k &&
    REMIT.test(toks[k]?.f ?? '') &&
    !toks[k]?.cap &&
    prepLength(toks, k + 1) &&
    isFree(doc, k, k + 1) &&
    namesOne(foldKey(tokenText(doc, i, k)))
  )
    k++;
  while (k < toks.length && guard++ < 12) {
    const p = prepLength(toks, k);
    if (!p) break;
    const w = toks[k + p];
    // "Communauté économique des États de l'Afrique de l'Ouest": a region of the world is one of
    // the name's complements (a country or a city is where the body is: orgComplementEnd)
    const region = isFree(doc, k, k + p) ? regionEnd(doc, k + p) : -1;
    if (region > 0) {
      k = region;
      end = k;
      sawCap = true;
      // "de l'Europe et des Affaires étrangères"
      if (
        (toks[k]?.f === 'et' || toks[k]?.f === ',') &&
        prepLength(toks, k + 1) &&
        toks[k + 1 + prepLength(toks, k + 1)]?.cap
      )
        k++;
      continue;
    }
    if (w?.kind !== 'w' || !isFree(doc, k, k + p + 1)) break;
    // "le Tribunal populaire suprême de clarifier les faits": a verb's infinitive and its object
    // (after a bare "de": "de l'ordre des médecins" is a noun's complement)
    const bare = (toks[k]?.f === 'de' && p === 1) || (toks[k]?.f === 'd' && p === 2);
    if (bare && !w.cap && /(?:er|ir|re)$/.test(w.f) && OBJECT_ARTICLES.has(toks[k + p + 1]?.f ?? '')) break;
    // "du Parti de cette localité": a demonstrative points back; it names nothing
    if (DEMONSTRATIVES.has(w.f)) break;
    // "le Comité central du Parti du XIIIe mandat": a body's term is when, not which, body
    // ("du XIII e mandat", "du XIVᵉ mandat", as the stored text writes them)
    if (/^(?:[ivxlc]+|\d+)(?:e|ᵉ|eme|er)?$/.test(w.f)) {
      const q = k + p + 1 + (/^(?:e|ᵉ|eme|er)$/.test(toks[k + p + 1]?.f ?? '') ? 1 : 0);
      if (TERM_NOUNS.has(toks[q]?.f ?? '')) break;
    }
    // "le Parlement du pays", "le Conseil de la ville": the place the story names elsewhere
    if (!w.cap && (w.f === 'pays' || PLACE_TRIGGERS.has(w.f)) && !namedPlaceAfter(toks, k + p + 1)) {
      // (a local body its own words already name, said of that seat, ends on it: "le Parquet
      // populaire de la ville", "le Comité de gestion des zones industrielles de la province";
      // not "le Conseil de la ville", which alone names none, nor a company's "groupe")
      if (
        !lowerHead &&
        end > i + 1 &&
        LOCAL_SEATS.has(w.f) &&
        toks[k]?.f === 'de' &&
        toks[k + 1]?.f === 'la' &&
        p === 2 &&
        // (not when the seat's name or its own adjective follows: "de la capitale Hanoï", "de la
        // ville balnéaire de Vung Tau": that names it, and its name is read as a place)
        !toks[k + p + 1]?.cap &&
        !looksAdjective(toks[k + p + 1]?.f ?? '')
      )
        end = k + p + 1;
      break;
    }
    // ("le Comité intergouvernemental des deux pays": which pair the text says elsewhere)
    if (COUNT_WORDS.has(w.f) && toks[k + p + 1]?.f === 'pays') break;
    // Stop before another organisation or a country: "… du Comité central", "… du Royaume".
    if (isHead(w) || KB_DICT.match(toks, k + p)) break;
    if (w.cap) sawCap = true;
    else if (lowerHead || FUNCTION.has(w.f) || ADJ_DICT.match(toks, k + p)) break;
    let capInSegment = w.cap;
    let afterJoin = false;
    k += p + 1;
    // Words of the complement: capitalised words and adjectives ("Affaires étrangères").
    while (k < toks.length && (isFree(doc, k, k + 1) || namedCountry(doc, k, capInSegment))) {
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
      // "Association des entreprises Hokuriku-Vietnam": a name the knowledge base knows, written
      // tight after a capitalised word of the complement, is one compound name with it
      if (t.f === '-' && capInSegment) {
        const e = dashedNamesEnd(doc, k);
        if (e > k) {
          k = e;
          continue;
        }
      }
      if (t.kind !== 'w') break;
      const adj = ADJ_DICT.match(toks, k);
      // ("… de la ville sud-coréenne de Busan": the place's nationality, inside the name)
      if (adj && PLACE_TRIGGERS.has(toks[k - 1]?.f ?? '') && !toks[k - 1]?.cap && namedPlaceAfter(toks, k)) {
        country = country ?? adj.ref;
        k = adj.end;
        continue;
      }
      if (adj) break;
      if (t.cap) {
        // One capitalised word per segment ("de la Défense"): a second one starts a name,
        // as in "ministère de l'Intérieur Em Saman" — unless both are syllables of one
        // Vietnamese name ("du district de Gia Lam", "Université de Bach Khoa")
        const syllable = capInSegment && (vnNameGoesOn(toks, k) || placeNameGoesOn(toks, k));
        // "Parti du Nouvel Azerbaïdjan", "… de la Grande Indonésie": an adjective French puts before
        // its noun makes the country a word of the name
        if (namedCountry(doc, k, capInSegment)) {
          k = heldEnd(doc, k);
          continue;
        }
        if (
          isHead(t) ||
          (capInSegment && !looksAdjective(t.f) && !syllable) ||
          (NOT_NAME.has(t.f) && !lowerHead && !syllable)
        )
          break;
        if (!capInSegment && personStartsAt(toks, k) && !toks[k - 1]?.cap) break;
        // "le président de la Chambre des conseillers Enaam Mayara": after a title's body, a name
        if (!capInSegment && !toks[k - 1]?.cap && titledBody(toks, i) && twoNameWords(doc, k)) break;
        capInSegment = true;
        sawCap = true;
        k++;
        continue;
      }
      // "de lutte contre les catastrophes naturelles", "d'amitié avec les peuples": one
      // lower-case complement joined by another preposition (after a capitalised head only)
      const joined = !lowerHead && connected < 2 && joinsHere(toks, k, thanked) ? connectedNounEnd(doc, k + 1) : -1;
      if (joined > 0) {
        connected++;
        afterJoin = true;
        k = joined;
        continue;
      }
      const coordinated = afterJoin ? coordinatedJoinEnd(doc, k) : -1;
      if (coordinated > 0) {
        k = coordinated;
        continue;
      }
      // verbs and participles end the name: "le ministère des Affaires étrangères dirigée par…"
      // ("Université industrielle de Kanazawa ainsi que…": a French word of the sentence)
      // ("… hydrométéorologique prévoit de fortes pluies": a verb)
      if (
        FUNCTION.has(t.f) ||
        ROLE_STOP.has(t.f) ||
        PREPS.has(t.f) ||
        (NOT_NAME.has(t.f) && !looksAdjective(t.f)) ||
        /(?:oit|ait|ient)$/.test(t.f) ||
        // (a verb in the future: "l'Association d'amitié Nagasaki-Vietnam aidera…"; not "opéra")
        (/^\p{L}{3,}(?:era|eront|ira|iront)$/u.test(t.f) && t.f !== 'opera')
      )
        break;
      // a finite verb ends the name too: "le Conseil indien des relations culturelles peut ouvrir…"
      if (finiteVerbAt(toks, k)) break;
      if (lowerHead ? !looksAdjective(t.f) : t.f.length < 3) break;
      // after a joined complement only its adjectives: "… pour le développement" stops before
      // "coopère" (a verb in -ère reads like an adjective in -ère: neither is taken there)
      if (afterJoin && (!looksAdjective(t.f) || t.f.endsWith('ere'))) break;
      k++;
    }
    // "Académie des sciences et technologies": two plural nouns joined by "et", with no article
    if (toks[k]?.f === 'et' && pluralNoun(doc, k - 1) && pluralNoun(doc, k + 1)) {
      k += 2;
      k = adjectivesEnd(doc, k);
    } else k = Math.max(k, coordinatedAdjectiveEnd(doc, k));
    // ("Comité intergouvernemental de coopération économique et technique entre le Vietnam et le
    // Pérou": a join after adjectives coordinated by "et")
    // (only "entre" and its two countries: "… technique pour leurs efforts" is what one thanks it for)
    if (!lowerHead && connected < 2 && toks[k - 2]?.f === 'et' && toks[k]?.f === 'entre') {
      const joined = connectedNounEnd(doc, k + 1);
      if (joined > 0) {
        connected++;
        k = joined;
      }
    }
    // (after a joined complement, its nouns listed: "… de l'enseignement supérieur, l'accueil et la mobilité")
    if (afterJoin || connected > 0) k = Math.max(k, listedObjectsEnd(doc, k));
    end = k;
    // "et de l'Investissement", ", des sports et du tourisme": a coordinated complement
    // (lower-case ones only after a capitalised head: "Service de la culture et du tourisme").
    if ((toks[k]?.f === 'et' || toks[k]?.f === ',') && prepLength(toks, k + 1)) {
      const w2 = toks[k + 1 + prepLength(toks, k + 1)];
      // (after a comma, a lower-case complement only inside a list closed by "et": "de la culture,
      // des sports et du tourisme" — not "l'Association des entreprises, des milliers de salariés")
      const listed = toks[k]?.f === 'et' || closedByEt(toks, k + 1);
      if (
        w2?.cap ||
        (!lowerHead && listed && w2?.kind === 'w' && !FUNCTION.has(w2.f) && !TITLE_WORDS.has(w2.f) && w2.f.length >= 3)
      ) {
        k++;
        continue;
      }
    }
    if (!prepLength(toks, k)) break;
  }
  // "ministère du Travail, des Invalides de guerre et des Affaires sociales": a ministry named
  // after a field of government the list knows has all of it, lower-case words and commas included
  if ((head.f === 'ministere' || head.f === 'ministeres') && !doc.used[i + 1])
    end = Math.max(end, fieldEnd(doc, i + 1));
  // "Comité d'État chargé des Vietnamiens (résidant) à l'étranger"
  if (end > i + 1) end = abroadTail(toks, end);
  // "Institut d'aquaculture N°1", "Hôpital de campagne de niveau 2", "… de niveau 2 N°2": a
  // number, or a number sign and its number, ends a capitalised body's name
  if (end > i + 1 && head.cap && !lowerHead) end = numberedEnd(doc, end);
  // "l'Université de Tokyo", "l'Hôpital de Hué": a school or a hospital named by its city alone
  // (the place is taken in after, as any body's: orgComplementEnd)
  if (end === i + 1 && body === 0 && head.cap && NAMED_BY_PLACE.has(head.f) && placeAfter(doc, end))
    return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-rule', null);
  if (end === i + 1 + 0 && body === 0) return null;
  if (lowerHead && !sawCap) return null;
  if (end <= i + 1) return null;
  // "Institut d'études indiennes et sud-ouest asiatiques": after "études" the adjectives name the
  // field of study, inside the name, not a country
  const field = toks[end - 1]?.f === 'etudes';
  end = studiesEnd(toks, end);
  // "le Lycée d'excellence Hoang Van Thu", "l'Ecole primaire Lang Sen": a school's kind, then the
  // name it bears (a person's, a place's), capitalised
  // ("l'école bilingue vietnamo-lao Nguyen Du": in lower case too, after the kind of school)
  if (SCHOOL_HEADS.has(head.f) && (head.cap || end > i + 1)) end = schoolNameEnd(doc, end);
  // ("l'Association des Thaïlandais d'origine vietnamienne": an origin's nationality is the name's)
  if (toks[end - 1]?.f === 'origine' && end > i + 2) end = ADJ_DICT.match(toks, end)?.end ?? end;
  // A nationality adjective after the complement gives the country: "Chambre des représentants jordanienne".
  const after = field ? null : ADJ_DICT.match(toks, end);
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
  // ("Archives photographiques inédites, ces clichés…": archives are a body when said of a country
  // or a body, "les Archives nationales (du Vietnam)"; else they are documents)
  if (head.f === 'archives' && end === adjEnd && !/\bnationales\b/.test(foldKey(canonical))) return null;
  // "Comité populaire" alone names no one; "Comité populaire de Hanoï" names the city's
  const key = foldKey(canonical);
  const generic = GENERIC_ORGS.has(key);
  // ("le Comité populaire de Hanoï", "la Chambre haute du Japon": a generic body of a place or a
  // country the text names is named; not a Central Committee, which the reference truth does not
  // name apart from its party)
  const ofNamed =
    (LOCAL_BODIES.has(head.f) && placeAfter(doc, spanEnd)) ||
    (ofCountry(doc, spanEnd) && !key.startsWith('comite central'));
  // ("Comité intergouvernemental Vietnam-Laos": a joint body named by its pair, taken in after)
  if (generic && !ofNamed && pairEnd(doc, spanEnd) < 0) return null;
  if (!lowerHead && body === 0 && end === i + 1) return null;
  // ("président du Conseil d'administration de Vinalines", "le Conseil de jugement a prononcé": a
  // company's board, a court's bench, are where a function is held, said in the role; the company
  // and the court are the bodies)
  if (/^conseil d'administration\b|^conseil de jugement\b/.test(key)) return null;
  // ("les ministères des Affaires étrangères des deux pays": one body of each country, which a
  // list of countries names — ministry-lists.ts — and none here)
  if (head.f === 'ministeres' && !country && !countryIn(doc, i, spanEnd)) return null;
  return makeCand(doc, i, spanEnd, 'organization', canonical, 'org-rule', country);
}

/** Offices named by the region of the world they serve: "Bureau Asie-Pacifique de l'OIF". */
const REGIONAL_OFFICES = new Set(['bureau', 'office', 'direction', 'departement', 'division', 'representation']);

/** [a name ending at end] + "2", "N°1", "2 N°2": where the name ends with its number. */
function numberedEnd(doc: Doc, end: number): number {
  const toks = doc.toks;
  if (!isFree(doc, end, end + 1)) return end;
  const sign = numberSignEnd(toks, end);
  if (sign > 0) return sign;
  const tight = toks[end]?.s === (toks[end - 1]?.e ?? 0) + 1;
  if (!tight || toks[end - 1]?.kind !== 'w' || toks[end - 1]?.cap) return end;
  const after = numberSignEnd(toks, end + 1);
  if (toks[end]?.kind === 'n' && /^\d{1,3}$/.test(toks[end]?.f ?? '') && after > 0) return after;
  return numberEndsName(toks, end) ? end + 1 : end;
}

/**
 * Is the body at i the object of thanks or praise said before it in its sentence ("a remercié", "a
 * salué", "félicite", "exprime sa gratitude à")? Its "pour …" then says what for, not what it is.
 */
export function thankedBefore(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = doc.toks[k];
    if (!t || (t.kind === 'p' && (t.f === '.' || t.f === ';'))) return false;
    if (t.kind === 'w' && THANKS.test(t.f)) return true;
  }
  return false;
}
const THANKS = /^(?:remerci|salu|felicit|lou[eéa]|gratitude|reconnaissance|hommage|apprecie)/;

/** "chargé", "chargée": what a body named by its remit says before it. */
const REMIT = /^chargee?s?$/;
/** A body's folded name that names one body, not a generic one nor a Central Committee. */
const namesOne = (key: string): boolean => !GENERIC_ORGS.has(key) && !key.startsWith('comite central');

/** A plural adjective's ending: "relatives", "centraux", "publics", "concernés". */
const PLURAL_ADJECTIVE = /(?:es|aux|[éflntc]s)$/;

const TEAM_HEADS = new Set(['equipe', 'selection']);
const TEAM_WORDS = new Set(['nationale', 'masculine', 'feminine', 'olympique', 'militaire', 'junior', 'espoir']);

/**
 * "l'équipe U23 du Vietnam", "la sélection nationale de tir de Malaisie", "l'équipe masculine du
 * Vietnam de football": a national team, named by its country (a team named only by an adjective,
 * "l'équipe vietnamienne", is a way of saying the country's).
 */
export function matchTeam(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  if (!TEAM_HEADS.has(toks[i]?.f ?? '') || toks[i]?.cap) return null;
  let k = i + 1;
  let demonym: string | null = null;
  let ageGroup = false;
  for (let n = 0; n < 5; n++) {
    const t = toks[k];
    if (t?.kind === 'w' && (/^u\d{2}$/.test(t.f) || TEAM_WORDS.has(t.f))) {
      k++;
      continue;
    }
    // "l'équipe vietnamienne …": its nationality
    const adj: ReturnType<typeof ADJ_DICT.match> =
      !demonym && t?.kind === 'w' && !t.cap ? ADJ_DICT.match(toks, k) : null;
    if (adj) {
      demonym = adj.ref;
      k = adj.end;
      continue;
    }
    // "des moins de 23 ans": its age group
    const age = ageGroupEnd(toks, k);
    if (age > 0) {
      ageGroup = true;
      k = age;
      continue;
    }
    // "de tir", "de football": the sport, then the country
    if (t?.f === 'de' && SPORTS.has(toks[k + 1]?.f ?? '') && (countryAt(doc, k + 3) || ageGroup)) k += 2;
    else break;
  }
  const p = prepLength(toks, k);
  const country = p ? countryAt(doc, k + p) : null;
  // "l'équipe vietnamienne des moins de 23 ans", "l'équipe masculine des moins de 22 ans": named by
  // its age group (a nationality and a sport alone describe a team: "l'équipe féminine vietnamienne
  // de football")
  if (!country && ageGroup) return makeCand(doc, i, k, 'organization', tokenText(doc, i, k), 'org-team', demonym);
  // ("l'équipe du Vietnam aux Olympiades" says who, it names no team: an age, a sport or "nationale")
  if (!country || k === i + 1) return null;
  let e = country[0];
  // "… du Vietnam de football"
  if (toks[e]?.f === 'de' && SPORTS.has(toks[e + 1]?.f ?? '')) e += 2;
  return makeCand(doc, i, e, 'organization', tokenText(doc, i, e), 'org-team', country[1] ?? demonym);
}

/** "des moins de 23 ans" at k: a team's age group. Its end, or -1. */
function ageGroupEnd(toks: Token[], k: number): number {
  return toks[k]?.f === 'des' &&
    toks[k + 1]?.f === 'moins' &&
    toks[k + 2]?.f === 'de' &&
    toks[k + 3]?.kind === 'n' &&
    toks[k + 4]?.f === 'ans'
    ? k + 5
    : -1;
}

const SPORTS = new Set([
  'football',
  'futsal',
  'volley-ball',
  'volleyball',
  'basket-ball',
  'basketball',
  'badminton',
  'tir',
  'natation',
  'athletisme',
  'handball',
  'rugby',
  'tennis',
  'judo',
  'karate',
  'taekwondo',
  'boxe',
  'lutte',
  'cyclisme',
  'echecs',
]);

const FRIENDSHIP_HEADS = new Set([
  'groupe',
  'association',
  'comite',
  'sous-comite',
  'commission',
  'union',
  'club',
  'conseil',
]);
const FRIENDSHIP_WORDS = new Set([
  'parlementaire',
  'parlementaires',
  'mixte',
  'conjoint',
  'intergouvernemental',
  'amitie',
  'd',
  "'",
  'de',
  'l',
]);

/**
 * The end of the words after a friendship body's head ("d'amitié parlementaire", "mixte"), from k
 * and at most 8 tokens past the head at i; -1 when they never say "amitié" or "mixte".
 */
function friendshipWordsEnd(toks: Token[], i: number, k: number): number {
  let amitie = false;
  while (k < i + 8 && FRIENDSHIP_WORDS.has(toks[k]?.f ?? '') && !toks[k]?.cap) {
    if (toks[k]?.f === 'amitie' || toks[k]?.f === 'mixte') amitie = true;
    k++;
  }
  return amitie ? k : -1;
}

/**
 * "les Associations d'amitié Vietnam-République tchèque et Vietnam-Slovaquie": a plural head
 * shared by a list of dashed pairs names one body per pair; the first mention takes the head in.
 * Empty where fewer than two pairs follow.
 */
export function listedFriendships(doc: Doc, i: number): Cand[] {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || !head.f.endsWith('s') || !FRIENDSHIP_HEADS.has(head.f.slice(0, -1)) || doc.used[i])
    return [];
  const k = friendshipWordsEnd(toks, i, i + 1);
  if (k < 0) return [];
  const spans: [number, number][] = [];
  for (let a = k; ; ) {
    const e = pairEnd(doc, a);
    if (e < 0) break;
    spans.push([a, e]);
    const next = toks[e]?.f === ',' ? (toks[e + 1]?.f === 'et' ? e + 2 : e + 1) : toks[e]?.f === 'et' ? e + 1 : -1;
    if (next < 0) break;
    a = next;
  }
  if (spans.length < 2) return [];
  // (in the singular: "les groupes parlementaires d'amitié" → "groupe parlementaire d'amitié")
  const singular = tokenText(doc, i, i + 1).replace(/s$/, '');
  const words = tokenText(doc, i + 1, k).replace(/\bparlementaires\b/, 'parlementaire');
  return spans.map(([a, e], n) => {
    const name = `${singular} ${words} ${tokenText(doc, a, e)}`.replace(/' /g, "'");
    const c = makeCand(doc, n === 0 ? i : a, e, 'organization', name, 'org-list');
    c.shared = n > 0;
    return c;
  });
}

/**
 * "le groupe d'amitié parlementaire Vietnam-Hongrie", "l'association d'amitié Vietnam-Iran": a
 * body written in lower case is still named when two countries joined by a dash say whose it is.
 */
export function matchFriendship(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || head.cap || !FRIENDSHIP_HEADS.has(head.f)) return null;
  const k = friendshipWordsEnd(toks, i, toks[i + 1]?.f === '-' && toks[i + 2]?.f === 'comite' ? i + 3 : i + 1);
  if (k < 0) return null;
  const e = pairEnd(doc, k);
  if (e < 0) return null;
  return makeCand(doc, i, e, 'organization', tokenText(doc, i, e), 'org-rule', null);
}

/** Meetings named by the regions of the world they join: "Sommet Asie-Europe", "Dialogue Asie-Europe". */
const REGIONAL_MEETINGS = new Set(['sommet', 'forum', 'reunion', 'dialogue', 'conference']);

/**
 * "le Sommet Asie-Europe (ASEM)", "le Forum de coopération Asie-Europe": a standing meeting of two
 * regions of the world, named by them joined, right after its capitalised head or one complement of
 * its kind. (A meeting is no body's head otherwise: "le Forum économique de…" is read elsewhere.)
 */
export function matchRegionalMeeting(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || !head.cap || !REGIONAL_MEETINGS.has(head.f) || !isFree(doc, i, i + 1)) return null;
  const kind = toks[i + 1]?.f === 'de' && toks[i + 2]?.kind === 'w' && !toks[i + 2]?.cap && isFree(doc, i + 1, i + 3);
  const at = kind ? i + 3 : i + 1;
  const end = regionEnd(doc, at);
  // (two regions joined by a dash: "Asie-Europe", not "Asie" alone)
  if (end < 0 || !toks.slice(at, end).some((t) => t.f === '-')) return null;
  return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-rule', null);
}

/** Missions of a country abroad: "ambassade", "consulat (général | honoraire)". */
const MISSIONS = new Set(['ambassade', 'consulat']);
const MISSION_QUALIFIERS = new Set(['general', 'generale', 'honoraire']);

/**
 * "l'ambassade de Suède au Vietnam", "l'ambassade du Portugal à Hanoï", "l'ambassade tchèque",
 * "le consulat général d'Australie à Hô Chi Minh-Ville": a foreign country's mission, named by its
 * country (a complement or an adjective) and where it is, when said ("au Vietnam", "à Hanoï"). Its
 * country is the mission's. Not Vietnam's own missions ("l'ambassade du Vietnam au Laos"), which the
 * reference truth does not name apart from Vietnam; nor a plural ("les ambassades de…").
 */
function foreignMission(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  if (!MISSIONS.has(toks[i]?.f ?? '')) return null;
  let k = i + 1;
  while (MISSION_QUALIFIERS.has(toks[k]?.f ?? '') && !toks[k]?.cap) k++;
  let end = -1;
  let country: string | null = null;
  const adj = toks[k]?.cap ? null : ADJ_DICT.match(toks, k);
  if (adj) [end, country] = [adj.end, adj.ref];
  else {
    const p = prepLength(toks, k);
    const named = p ? countryAt(doc, k + p) : null;
    if (named) [end, country] = named;
  }
  if (end < 0 || !country || country === 'VN') return null;
  // where it is: a country or a place the text names ("au Vietnam", "à Hanoï", "en Iran et en Syrie")
  for (;;) {
    const at = toks[end]?.f;
    // (a list goes on after "et", not a comma: "à Beyrouth, au Liban" says where Beyrouth is)
    const joined = at === 'et' && ['au', 'aux', 'en', 'a'].includes(toks[end + 1]?.f ?? '') ? 1 : 0;
    const w = end + joined + 1;
    const prep = toks[end + joined]?.f ?? '';
    if (!['au', 'aux', 'en', 'a'].includes(prep)) break;
    const held = doc.used[w];
    if (!held || held.a !== w || (held.type !== 'place' && held.type !== 'country')) break;
    // (a list goes on only after a first place: "en Iran et en Syrie")
    if (joined && doc.used[end - 1]?.type !== 'place' && doc.used[end - 1]?.type !== 'country') break;
    end = heldEnd(doc, w);
  }
  return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-rule', country);
}

/** Nouns a place is named after in a government's complement: "de la province de", "de l'État de". */
const ADMINISTERED = new Set([
  'province',
  'ville',
  'etat',
  'oblast',
  'prefecture',
  'region',
  'municipalite',
  'district',
  'commune',
  'quartier',
  'arrondissement',
]);

/** An age the words at k name ("au XIXe siècle", "sous la dynastie…", "à l'époque coloniale"). */
const AGE_OPENERS = new Set(['au', 'aux', 'sous', 'pendant', 'durant', 'a', 'lors']);
// (not "années" nor "période", said of today as often: "… a dépensé ces dernières années", "… au
// cours de la période 2021-2025")
const AGES = new Set(['siecle', 'siecles', 'dynastie', 'dynasties', 'epoque', 'regne', 'coloniale', 'feodale']);
function ofAnotherAge(toks: Doc['toks'], k: number): boolean {
  if (!AGE_OPENERS.has(toks[k]?.f ?? '')) return false;
  for (let j = k + 1; j <= k + 4 && j < toks.length; j++) {
    const t = toks[j];
    if (t?.f === "'") continue;
    if (t?.kind !== 'w') break;
    if (AGES.has(t.f)) return true;
  }
  return false;
}

/**
 * "l'administration de Hong Kong", "… de la province lao d'Attapeu", "… de l'État de Californie": a
 * place's government, in lower case, named by the place the page has found. Not a board, "le
 * Conseil d'administration de Vinalines", nor one of a company (a company is no place).
 */
export function matchLocalAdministration(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const head = toks[i];
  if (head?.kind !== 'w' || head.cap || head.f !== 'administration' || !isFree(doc, i, i + 1)) return null;
  if (toks[i - 1]?.f === "'" && toks[i - 2]?.f === 'd') return null;
  const p = prepLength(toks, i + 1);
  if (!p) return null;
  let k = i + 1 + p;
  // (a place named after its noun: "de la province lao d'Attapeu", "de la ville de Saint-Pétersbourg")
  if (!doc.used[k] && ADMINISTERED.has(toks[k]?.f ?? '')) {
    const m = ADJ_DICT.match(toks, k + 1)?.end ?? k + 1;
    const q = prepLength(toks, m);
    if (!q) return null;
    k = m + q;
  }
  const held = doc.used[k];
  if (held?.type !== 'place' || held.a !== k) {
    // ("de la province de Nakhon Phanom": the place held whole, its noun included)
    const whole = doc.used[i + 1 + p];
    if (whole?.type !== 'place' || whole.a !== i + 1 + p) return null;
    k = i + 1 + p;
  }
  const end = heldEnd(doc, k);
  // (not a place that opens a company's name: "l'administration de Da Nang Port")
  if (toks[end]?.kind === 'w' && toks[end]?.cap) return null;
  // (nor the act of governing it in another age: "l'administration de Hanoï au XIXe siècle", "…
  // sous la dynastie des Nguyên", "… à l'époque coloniale")
  if (ofAnotherAge(toks, end)) return null;
  return makeCand(doc, i, end, 'organization', tokenText(doc, i, end), 'org-rule', doc.used[k]?.kb?.country ?? null);
}

/**
 * Functions held in a body: the body named after them may be an acronym the page does not define
 * (not "membre": "les pays membres du CPTPP" are parties to an agreement).
 */
const HEADS_OF_BODIES = new Set([
  'president',
  'presidente',
  'copresident',
  'copresidente',
  'directeur',
  'directrice',
  'secretaire',
  'chef',
  'cheffe',
  'representant',
  'representante',
  'fondateur',
  'fondatrice',
  'dirigeant',
  'dirigeante',
]);
/** Adjectives of such a function, between it and its body: "directeur général", "secrétaire exécutif". */
const FUNCTION_ADJECTIVES = new Set([
  'general',
  'generale',
  'adjoint',
  'adjointe',
  'executif',
  'executive',
  'permanent',
]);
/** Roman numerals, "XIV", "VIII": never a body's acronym. */
const ROMAN = /^[ivxlc]+$/;

/**
 * "Muhammad Ghazanfar Ali Khan, vice-président de la FPCCI", "le directeur général de l'ISSI": an
 * acronym the page never spells out, right after a function held in a body, is that body.
 */
export function acronymOfFunction(doc: Doc, i: number): Cand | null {
  const toks = doc.toks;
  const t = toks[i];
  if (t?.kind !== 'w' || !t.upper || t.f.length < 3 || t.f.length > 8 || ROMAN.test(t.f) || doc.used[i]) return null;
  // (the whole name: not the first word of a longer one, "de la FPCCI Business Council", "de
  // l'AEC-CI")
  const next = toks[i + 1];
  if ((next?.kind === 'w' && next.cap) || (next?.f === '-' && next.s === t.e)) return null;
  const p = prepBefore(toks, i);
  if (p < 0) return null;
  let k = p - 1;
  if (FUNCTION_ADJECTIVES.has(toks[k]?.f ?? '')) k--;
  if (!HEADS_OF_BODIES.has(toks[k]?.f ?? '') || toks[k]?.cap) return null;
  return makeCand(doc, i, i + 1, 'organization', tokenText(doc, i, i + 1), 'org-acronym', null);
}
