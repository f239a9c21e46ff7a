// Rules for persons and places the knowledge base does not know — most names a reader meets are
// new (organisations: org-rules.ts; names that go on past a common noun: complements.ts; names read
// from the list they are an item of: listed-names.ts).
//   places:        "province de X", "canton du X", "à X", a dateline "X (VNA)"
//   persons:       a capitalised run after a title ("l'ambassadeur d'Indonésie X"), before an
//                  apposition ("X, ambassadeur de…"), after "M."/"Mme", a photo credit, or shaped
//                  like a Vietnamese name (family name + 1–3 syllables)
// Precision guards: runs are cut at French words that are capitalised for other reasons
// (sentence starts, "Premier", months, "Photo", credits), acronyms never join a person's name.

import { isMonthName } from '../dates/parse';
import { fold } from '../text/fold';
import { numberEndsName } from './complements';
import { type Cand, type Doc, isEnglishThe, makeCand, tokenText } from './doc';
import { GIVEN_NAMES, KOREAN_SURNAMES } from './given-names';
import { ADJ_DICT, KB_DICT } from './knowledge';
import {
  CIVILITIES,
  ENGLISH_ORG_ENDS,
  HOLDER_QUALIFIERS,
  HONORIFICS,
  honorificAt,
  isHead,
  looksAdjective,
  NOT_NAME,
  ORG_TRIGGERS,
  PARTICLES,
  PLACE_ADJECTIVES,
  PLACE_PREPOSITIONS,
  PLACE_TRIGGERS,
  PLAYING_POSITIONS,
  SHORT_DEGREES,
  SOVEREIGNS,
  SPEECH,
  SPOUSES,
  STATE_OFFICE,
  TITLE_WORDS,
  VN_SURNAMES,
  VN_SYLLABLE,
} from './lexicon';
import { articleBefore } from './prepositions';
import { pointAdjectiveAt } from './regions';
import { auxiliaryAt, isTitleAt } from './role-words';
import { isHanging, isPluralTitle, joinRoles, roleAfter, roleBefore, roleHead } from './roles';
import { apostropheInside, initialAt } from './runs';
import { capWord, isSentenceStart, listIntroLength, type Token } from './tokens';
import { namesVessel } from './vessels';

export { capitalRuns } from './runs';

/** "bin", "ben", "ibn", "bint": son or daughter of, between two given names of an Arabic name. */
const FILIATION = new Set(['bin', 'ben', 'ibn', 'bint']);

/** Agencies a photo is credited to after the photographer's name. */
const CREDITS = new Set(['vna', 'cvn', 'vnp', 'vnanet']);

/** Does a word look French rather than a name (for a sentence-initial capital)? */
function frenchLooking(f: string, lowerSeen: Set<string>): boolean {
  if (lowerSeen.has(f)) return true;
  return (
    /(?:ant|ent|ment|tion|sion|eur|eux|ique|age|ure|ite|ee|er|ez|ait|ons|ance|ence|isme|iste|ise)$/.test(f) &&
    f.length > 4
  );
}

/** No word of the run reads as French: a long run of names, not a heading in title case. */
function noFrenchWord(doc: Doc, a: number, b: number, lowerSeen: Set<string>): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.toks[k] as Token;
    if (t.kind !== 'w' || PARTICLES.has(t.f)) continue;
    if (frenchLooking(t.f, lowerSeen) || !t.cap || isHead(t) || CORPORATE_WORDS.has(t.f)) return false;
  }
  return true;
}

/** English words of armed forces and of sports bodies: "U.S. Army", "V. League" — never in a person's name. */
const FORCES_AND_LEAGUES = new Set(['army', 'navy', 'force', 'forces', 'marines', 'guard', 'league', 'cup', 'club']);

/** English words of a company's or a body's name: never in a person's. */
const CORPORATE_WORDS = new Set(
  'company corporation corp group joint stock holding holdings bank products limited ltd inc international national trade fund board council'.split(
    ' ',
  ),
);

/** "Expatriés", "Affaires", "Sports": a French plural noun or participle, as written. */
function frenchPlural(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || t.f.length < 5) return false;
  return /(?:és|ées|ifs|ives|aux|ions|ités|ques)$/.test(doc.text.slice(t.s, t.e));
}

/** The run [a, b) is a word that is no Vietnamese syllable, then a Vietnamese name. */
function wordBeforeVnName(doc: Doc, a: number, b: number): boolean {
  return !VN_SYLLABLE.test(doc.toks[a]?.f ?? '') && isVietnameseName(doc, a + 1, b);
}

function isVietnameseName(doc: Doc, a: number, b: number): boolean {
  const n = b - a;
  if (n < 2 || n > 4) return false;
  const first = doc.toks[a] as Token;
  // "Tân Thi Ly", "Kha Van Cam": a middle name that says the bearer's sex marks a Vietnamese
  // name whatever the family name
  const middle = n >= 3 && (doc.toks[a + 1]?.f === 'thi' || doc.toks[a + 1]?.f === 'van');
  if (!VN_SURNAMES.has(first.f) && !middle) return false;
  for (let k = a; k < b; k++) {
    const t = doc.toks[k] as Token;
    if (t.kind !== 'w' || !VN_SYLLABLE.test(t.f)) return false;
  }
  return true;
}

/**
 * "Ranjit Thambyrajah, un Australien de 65 ans", "Phan Huu Tuân, âgé de 63 ans": a name set off by
 * an apposition only a person takes, a nationality noun or an age; or said to come from somewhere
 * ("originaire de", "de nationalité"), in an aside or in brackets.
 */
function describedAsPerson(doc: Doc, b: number): boolean {
  const toks = doc.toks;
  // "Buy Bunly originaire du Cambodge", "X, de nationalité ougandaise": where a person comes from
  const from = toks[b]?.f === ',' ? b + 1 : b;
  if (toks[from]?.f === 'originaire' && ['de', 'du', 'des', 'd'].includes(toks[from + 1]?.f ?? '')) return true;
  if (toks[from]?.f === 'de' && toks[from + 1]?.f === 'nationalite') return true;
  // ("Tersita Guiyab Nepolmuceno (43 ans, de nationalité philippine)": an age in brackets too)
  if (toks[b]?.f !== ',' && toks[b]?.f !== '(') return false;
  let k = b + 1;
  // "âgé de 63 ans", "63 ans"
  if (/^agee?s?$/.test(toks[k]?.f ?? '') && toks[k + 1]?.f === 'de') k += 2;
  if (toks[k]?.kind === 'n' && toks[k + 1]?.f === 'ans') return true;
  if (toks[b]?.f === '(') return toks[k]?.f === 'de' && toks[k + 1]?.f === 'nationalite';
  if (toks[k]?.f !== 'un' && toks[k]?.f !== 'une') return false;
  // "un Australien", "une Vietnamienne": the nationality, capitalised as a noun
  const noun = toks[k + 1];
  if (noun?.cap && ADJ_DICT.match(toks, k + 1)) return true;
  // "un agriculteur de 45 ans", "une ouvrière âgée de 30 ans": someone, with an age (not "une
  // pagode de 400 ans", "un village de 500 ans": things have ages too)
  if (!PERSON_NOUNS.has(noun?.f ?? '') && !TITLE_WORDS.has(noun?.f ?? '')) return false;
  for (let j = k + 2; j <= k + 4; j++) {
    if (toks[j]?.kind === 'p') return false;
    if (toks[j]?.f === 'de' && toks[j + 1]?.kind === 'n' && toks[j + 2]?.f === 'ans') return true;
  }
  return false;
}

/** Plural nouns whose examples are organisations or places. */
const KINDS = new Map<string, 'organization' | 'place'>([
  ...[
    // (not "groupes": "des groupes ethniques tels que les Hmong et les Dao" are peoples)
    'entreprises',
    'societes',
    'compagnies',
    'firmes',
    'banques',
    'marques',
    'operateurs',
    'constructeurs',
  ].map((w) => [w, 'organization'] as const),
  ...['localites', 'villes', 'provinces', 'regions', 'prefectures', 'destinations'].map((w) => [w, 'place'] as const),
]);

/** "sud-coréennes", "nord-américaines": a compass word opening an adjective. */
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest']);

/**
 * "des entreprises sud-coréennes, à savoir Interflex, Young Poong Electronics et Korea Circuit",
 * "des localités chinoises, telles que le Guangdong et le Jilin": a name listed after "tels que",
 * "à savoir", "comme" or "notamment" that follow a plural noun of a kind of body or place is one
 * of that kind. The kind, or null.
 */
function kindOfListed(doc: Doc, a: number): 'organization' | 'place' | null {
  const toks = doc.toks;
  // ("le Guangdong"): an article before the name
  let k = articleBefore(toks, a - 1);
  // back over the names listed before this one
  for (let n = 0; n < 10 && (toks[k]?.f === ',' || toks[k]?.f === 'et'); n++) {
    k--;
    const held = doc.used[k];
    if (held) k = held.a - 1;
    else while (k >= 0 && toks[k]?.cap && toks[k]?.kind === 'w') k--;
    k = articleBefore(toks, k);
  }
  const intro = [k, k - 1].find((x) => x >= 0 && listIntroLength(toks, x) === k - x + 1);
  if (intro === undefined) return null;
  let m = intro - 1;
  if (toks[m]?.f === ',') m--;
  // past the kind's adjectives: "sud-coréennes", "étrangères", "chinoises"
  for (let n = 0; n < 4 && m >= 0 && !KINDS.has(toks[m]?.f ?? ''); n++) {
    const t = toks[m];
    if (
      t?.f === '-' ||
      (t?.kind === 'w' && !t.cap && (looksAdjective(t.f) || ADJ_DICT.match(toks, m) || COMPASS.has(t.f)))
    )
      m--;
    else return null;
  }
  return KINDS.get(toks[m]?.f ?? '') ?? null;
}

/** Bodies a country has one of, named by their head alone: "le Sénat", "le Parlement". */
const SINGLE_WORD_BODIES = new Set(['senat', 'parlement', 'congres', 'gouvernement', 'cabinet']);

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
    (p1?.f === 'la' && p2?.f === 'de') ||
    // ("chargé de l'Asie Samee Essa Johar Hayat": a region of the world; not a portfolio, "de
    // l'Immigration John …")
    (p1?.f === "'" && p2?.f === 'l' && toks[a - 3]?.f === 'de' && worldRegionAt(doc, a));
  // "le consul général du Vietnam à Francfort Nguyen Hong Linh": the post's city, then the envoy
  // (one word: "à Port Moresby Tran Van A" is left as it is)
  const post =
    p1?.kind === 'w' && !p1.cap && (p1.f === 'a' || p1.f === 'au' || p1.f === 'en') && wordBeforeVnName(doc, a, b);
  if (post) return roleBefore(doc, a - 1).role ? complementWord(doc, a) : null;
  if (!prep || !roleBefore(doc, a).role) return null;
  return complementWord(doc, a);
}

/** One word at k the knowledge base knows as a region of the world ("Asie", "Afrique"): a place of no country. */
function worldRegionAt(doc: Doc, k: number): boolean {
  const m = KB_DICT.match(doc.toks, k);
  return m?.end === k + 1 && m.ref.type === 'place' && !m.ref.country;
}

/**
 * "le ministre de l'Agriculture, de l'Eau et des Forêts John Mutorwa", "le vice-président du Parti
 * Paul Mashatile": a role's last word (a ministry's portfolio in the plural, a body named by its
 * head) glued to the name after it, which a given name opens. Is the first word of the run at a
 * that word of the role?
 */
export function roleWordBeforeName(doc: Doc, a: number, b: number): boolean {
  if (b - a < 3) return false;
  const toks = doc.toks;
  const first = toks[a] as Token;
  const prep = toks[a - 1]?.f;
  const portfolio = prep === 'des' && /[sx]$/.test(first.f);
  const body = prep === 'du' && isHead(first);
  if (!(portfolio || body) || toks[a + 1]?.f === '-' || !GIVEN_NAMES.has(toks[a + 1]?.f ?? '')) return false;
  // (a title a few words back, the role's own words only between)
  for (let k = a - 2; k >= 0 && k >= a - 16; k--) {
    if (isTitleAt(doc, k)) return true;
    const f = toks[k]?.f ?? '';
    if (f === '.' || f === ';' || f === ':' || doc.used[k]?.type === 'person') return false;
  }
  return false;
}

/**
 * The one word at a a role is of: a place, or a body named by its head alone ("la présidente du
 * Sénat Sue Lines", "le président du Parlement Gerry Brownlee"; another head begins a longer name).
 */
function complementWord(doc: Doc, a: number): Cand | null {
  const first = doc.toks[a] as Token;
  if (isHead(first))
    return SINGLE_WORD_BODIES.has(first.f)
      ? makeCand(doc, a, a + 1, 'organization', tokenText(doc, a, a + 1), 'role-complement')
      : null;
  return makeCand(doc, a, a + 1, 'place', tokenText(doc, a, a + 1), 'role-complement');
}

/** Kinds of zones named right after ("zone industrielle Amata"), not zones described ("zone rurale"). */
const ZONE_KINDS = new Set(['industrielle', 'economique', 'urbaine', 'franche', 'portuaire', 'touristique']);
/** Islands, named in apposition ("l'île Natuna") as with "de". */
const ISLAND_NOUNS = new Set(['ile', 'iles', 'ilot', 'ilots', 'archipel']);
const APPOSED_PLACE_NOUNS = new Set(['region', 'province', 'ville', 'prefecture']);

/**
 * A name in apposition to its place noun at trig that goes on past a dash at b into a place found
 * apart: "la région Wallonie-Bruxelles" is not its "Wallonie", "la région Mékong-Lancang" not its "Mékong".
 */
export function apposedNameCut(doc: Doc, trig: number, a: number, b: number): boolean {
  return apposedTrigger(doc, trig, a) && doc.toks[b]?.f === '-';
}

/** Is the place noun at trig one whose name at a follows it in apposition ("la région Nouvelle-Aquitaine")? */
function apposedTrigger(doc: Doc, trig: number, a: number): boolean {
  return trig === a - 1 && APPOSED_PLACE_NOUNS.has(doc.toks[trig]?.f ?? '');
}
const ARTICLE_OF_PLACE_NOUN = new Set(['la', 'l', "'", 'sa', 'cette']);

/**
 * "zone industrielle (ZI) de Binh Xuyên", "zone économique (ZE) Dung Quât": the kind's acronym,
 * glossed in brackets ending at k, is passed over (it glosses the words before it, so it ends on the
 * initial of the last one); the index before it, or k.
 */
function skipAcronymGloss(toks: Token[], k: number): number {
  const acronym = toks[k - 1];
  const glossed = toks[k - 3];
  return toks[k]?.f === ')' &&
    acronym?.kind === 'w' &&
    acronym.upper &&
    toks[k - 2]?.f === '(' &&
    glossed?.kind === 'w' &&
    acronym.f.endsWith(glossed.f.charAt(0))
    ? k - 3
    : k;
}

/**
 * The place noun governing a name at a: "province de", "commune d'", "canton du", "ville
 * japonaise d'", "province sud-coréenne de". Its token index, or -1.
 */
export function placeTriggerBefore(doc: Doc, a: number): number {
  const toks = doc.toks;
  let k = skipAcronymGloss(toks, a - 1);
  if (toks[k]?.f === "'") k--;
  // ("l'État de l'Oregon", "la région de la Grande Baie": "de" and the place's own article; after
  // "la", a name of two capitalised words — "Hanoï, ville de la Paix" names no place "Paix")
  const own = toks[k]?.f === 'l' || (toks[k]?.f === 'la' && capWord(toks[a]) && capWord(toks[a + 1]));
  if (own && !toks[k]?.cap && toks[k - 1]?.f === 'de') k--;
  const prep = toks[k]?.f;
  // "zone industrielle Amata", "zone urbaine Linh Dam": a zone and its kind name it with no "de"
  if (toks[k]?.kind === 'w' && !toks[k]?.cap && ZONE_KINDS.has(prep ?? '') && toks[k - 1]?.f === 'zone') return k - 1;
  // "l'île Natuna", "les îles Paracels", "l'archipel Truong Sa": an island takes its name in
  // apposition, as often as with "de"
  if (toks[k]?.kind === 'w' && !toks[k]?.cap && ISLAND_NOUNS.has(prep ?? '')) return k;
  // "la région Nouvelle-Aquitaine", "la province Yunnan", "la ville Montevideo": a region's or a
  // city's noun takes its name in apposition too, after its article
  if (
    toks[k]?.kind === 'w' &&
    !toks[k]?.cap &&
    APPOSED_PLACE_NOUNS.has(prep ?? '') &&
    ARTICLE_OF_PLACE_NOUN.has(toks[k - 1]?.f ?? '')
  )
    return k;
  if (prep !== 'de' && prep !== 'd' && prep !== 'des' && prep !== 'du') return -1;
  k = skipAcronymGloss(toks, k - 1);
  // "le village de métier de Dong Ky": a craft village, its kind said by a noun
  if ((toks[k]?.f === 'metier' || toks[k]?.f === 'metiers') && toks[k - 1]?.f === 'de') k -= 2;
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

/** One word, or words joined by hyphens with no space ("Rhénanie-Palatinat", "Hauts-de-France"). */
function oneCompoundWord(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if ((doc.toks[k]?.s ?? 0) !== (doc.toks[k - 1]?.e ?? 0)) return false;
  return true;
}

/** "Kim Kwan-yong", "Park Hang-seo": the run ends on a syllable hyphened in lower case, as Korean given names do. */
function koreanGivenName(doc: Doc, a: number, b: number): boolean {
  const [dash, tail] = [doc.toks[b - 2], doc.toks[b - 1]];
  return b - a >= 4 && dash?.f === '-' && tail?.kind === 'w' && !tail.cap && tail.f.length >= 2 && tail.f.length <= 4;
}

/**
 * A syllable of a Korean name, romanised: an initial consonant or none, a vowel ("a", "ae", "eo",
 * "eu", "yeo", "wa"…), a final consonant or none ("Sang", "Sik", "Jae", "Yeol"; not "Motor", "Bank").
 */
const KOREAN_SYLLABLE =
  /^(?:[bcdghjkmnprstw]|ch|kk|tt|pp|ss|jj)?(?:y|w)?(?:a|ae|e|eo|eu|i|o|oe|u|ui|oo)(?:k|n|l|m|p|t|ng)?$/;

/**
 * "Kim Sang Sik", "Yoon Suk Yeol" at a: a Korean family name and two syllables of Korean shape,
 * one at least no Vietnamese name has ("Kim Long Motor" is a company; "Kim Ngan Ha" Vietnamese).
 */
function koreanName(doc: Doc, a: number, lowerSeen: Set<string>): boolean {
  const toks = doc.toks.slice(a, a + 3);
  if (!KOREAN_SURNAMES.has(toks[0]?.f ?? '')) return false;
  const syllable = (t: Token | undefined) =>
    !!t && t.kind === 'w' && t.cap && !t.upper && KOREAN_SYLLABLE.test(t.f) && !lowerSeen.has(t.f);
  return syllable(toks[1]) && syllable(toks[2]) && toks.slice(1).some((t) => !VN_SYLLABLE.test(t.f));
}

/** Nouns a case is named by: "l'affaire Van Thinh Phat", "le dossier X". */
const CASE_NOUNS = new Set(['affaire', 'affaires', 'dossier', 'scandale']);

/** ", un hameau…", ", une commune…": an apposition after the run at b that says it is a place. */
function placeInApposition(doc: Doc, b: number): boolean {
  const toks = doc.toks;
  const article = toks[b + 1]?.f;
  return toks[b]?.f === ',' && (article === 'un' || article === 'une') && PLACE_TRIGGERS.has(toks[b + 2]?.f ?? '');
}

const POSSESSIVES = new Set(['sa', 'son', 'leur', 'notre', 'ma', 'mon', 'votre']);
const CLOSES_APPOSITION = new Set(['.', ',', ';', ')', '(', '!', '?', 'ou', 'qui', 'dont']);

/** ", " after "sa commune", "leur village natal": the place a name at a stands in apposition to. */
function ownPlaceBefore(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  if (toks[a - 1]?.f !== ',') return false;
  let k = a - 2;
  if (/^natale?s?$/.test(toks[k]?.f ?? '')) k--;
  const noun = toks[k];
  return noun?.kind === 'w' && !noun.cap && PLACE_TRIGGERS.has(noun.f) && POSSESSIVES.has(toks[k - 1]?.f ?? '');
}

/** Offices of a territory, left hanging on its name: "le gouverneur de", "la maire d'". */
const TERRITORIAL_OFFICE = /(?:^|[\s-])(?:gouverneure?|maire|mairesse|prefete?|bourgmestre)\s+d(?:e|')$/;

/** Nouns said of a place's people or government: "le maire de X", "les habitants de X". */
// (not "gouvernement": "le gouvernement de Shehbaz Sharif" is a leader's)
const OF_A_PLACE = new Set(['maire', 'maires', 'mairesse', 'autorites', 'habitants']);

/** "la maire de Melbourne": a run after "de" that one of OF_A_PLACE governs. */
function placeOfBefore(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  let k = a - 1;
  if (toks[k]?.f === "'") k--;
  if (toks[k]?.f !== 'de' && toks[k]?.f !== 'd') return false;
  const noun = toks[k - 1];
  return noun?.kind === 'w' && !noun.cap && OF_A_PLACE.has(noun.f);
}

/**
 * "à Wellington et Auckland", "à Hanoï, Osaka et Nagoya": listed with a place.
 * A comma lists only inside a list ("Après Hanoï, Mike Pompeo a dit" is no list), and a name
 * going on past the run is something else ("Vinh Phuc et Honda Vietnam").
 */
function listedWithPlace(doc: Doc, a: number, b: number): boolean {
  const toks = doc.toks;
  const next = toks[b];
  if (next?.kind === 'w' && next.cap) return false;
  const sep = toks[a - 1]?.f;
  const listGoesOn = next?.f === ',' || next?.f === 'et';
  // the list must be one of places: its first after "à", "en", "de"… ("à Wellington et Auckland"),
  // not "entre Bac Ninh et Foxconn"
  let place = doc.used[a - 2];
  for (let n = 0; n < 8 && place?.type === 'place'; n++) {
    const before = doc.used[place.a - 2];
    if ((toks[place.a - 1]?.f !== ',' && toks[place.a - 1]?.f !== 'et') || before?.type !== 'place') break;
    place = before;
  }
  // (or named with its noun: "trois préfectures japonaises d'Okayama, Tottori et Shimane")
  // (not one region's or city's noun with its name in apposition: "la province Yunnan, Li Jiang"
  // names one province, then a person)
  if (place?.type !== 'place') return false;
  const trig = placeTriggerBefore(doc, place.a);
  if (!(PLACE_PREPOSITIONS.has(toks[place.a - 1]?.f ?? '') || (trig >= 0 && !apposedTrigger(doc, trig, place.a))))
    return false;
  return sep === 'et' || (sep === ',' && listGoesOn);
}

/** "Singapour – Laemchabang – Phu My – Chan May": a route, its stops set apart by dashes. */
function stopOfRoute(doc: Doc, a: number, b: number): boolean {
  const toks = doc.toks;
  const dash = (k: number) => toks[k]?.f === '\u2013' && toks[k]?.s !== toks[k - 1]?.e;
  const stop = (c: Cand | null | undefined) => c?.type === 'place' || c?.type === 'country';
  // (a stop between two dashes: "le match Vietnam – Arsenal" is no route)
  return dash(a - 1) && dash(b) && (stop(doc.used[a - 2]) || stop(doc.used[b + 1]));
}

/** "l'empereur Naruhito", "le roi Philippe": a sovereign's title before one name. */
function isSovereign(role: string, setOff: boolean): boolean {
  // in lower case, as a title before a name ("du Roi Khalid" names an airport, a street…); in
  // capitals too when a comma sets the name off ("Le Prince héréditaire du Liechtenstein, Alois,")
  return (setOff || /^\p{Ll}/u.test(role)) && SOVEREIGNS.has(roleHead(role));
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
    if (t.kind === 'w' && !t.cap && isPluralTitle(t.f)) {
      const title = doc.text.slice(t.s, t.e).replace(/s$/, '');
      return { role: `${title} ${tokenText(doc, prep, country.b)}`, country: country.kb?.country ?? null };
    }
  }
  return null;
}

/**
 * "Takeshi Tanaka a souligné…", "a déclaré Maria Lopez", "selon Ivan Petrov": two or more words
 * that are not French, said to speak. Places and bodies seldom "affirm" or "stress"; the ones that
 * do are known (knowledge base) or named with their noun, and are taken before this rule.
 */
function speaks(doc: Doc, a: number, b: number, lowerSeen: Set<string>): boolean {
  const toks = doc.toks;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Token;
    // (a hyphened syllable is the name's own, not a French word: "Kim Jong-un"; an initial is in
    // capitals, as a name's: "E. Mammadov a affirmé")
    if (t.kind === 'w' && t.cap && (lowerSeen.has(t.f) || (t.upper && !initialOfName(doc, k)))) return false;
  }
  const prev = toks[a - 1];
  if (prev?.kind === 'w' && prev.f === 'selon') return true;
  // "d'après Rajiv Bhatia"
  if (prev?.f === 'apres' && toks[a - 2]?.f === "'" && toks[a - 3]?.f === 'd') return true;
  // "Kasit Piromya (à gauche) reçoit…": where one stands in a photo is said of a person
  if (standsInPhoto(doc, b)) return true;
  // "a déclaré X" (inverted after a quote)
  if (prev?.kind === 'w' && SPEECH.has(prev.f) && toks[a - 2]?.f === 'a') return true;
  // "X souligne que…", "l'auteure X décrit le Vietnam comme…": a verb of saying in the present,
  // right after a name of two words or more
  if (b - a >= 2 && SPEECH_NOW.has(toks[b]?.f ?? '') && !toks[b]?.cap && toks[b + 1]?.kind === 'w' && !toks[b + 1]?.cap)
    return true;
  // "X a souligné", "X a également souligné"; "Le président de KMW, …, Dae-Ik Yoo, a apprécié": a
  // name closing an apposition set before it, then its verb, which may be one of esteem too
  // (companies "appreciate" as well, so only there); "X, …, a affirmé" is left to the apposition rule
  const closesApposition = toks[b]?.f === ',' && toks[b + 1]?.f === 'a';
  // (not the place a role ends on: "X, consul général du Vietnam à Khon Kaen, a souligné")
  if (closesApposition && PLACE_PREPOSITIONS.has(prev?.f ?? '') && !prev?.cap) return false;
  let v = closesApposition ? b + 1 : b;
  if (toks[v]?.f !== 'a') return false;
  v++;
  if (ADVERBS.has(toks[v]?.f ?? '')) v++;
  const verb = toks[v];
  // (", a souligné l'ambassadeur": an incise whose speaker comes after the verb; the name before
  // the comma ends the quoted words — "… entre Hanoï et Saint-Domingue, a souligné l'ambassadeur")
  // (not its object: "Dae-Ik Yoo, a apprécié l'environnement")
  const subject = toks[v + 1]?.f === 'l' && toks[v + 2]?.f === "'" ? v + 3 : v + 2;
  // (a verb of greeting takes the one greeted as its object when the name opens its clause: "Pour sa
  // part, X, a remercié le ministre"; not a place the quoted words end on: "… à Puerto Plata, a salué
  // l'ambassadeur")
  const opensClause = prev?.f === ',' || isSentenceStart(toks, a);
  if (
    closesApposition &&
    !(GREETING.has(verb?.f ?? '') && opensClause) &&
    INCISE_SUBJECT.has(toks[v + 1]?.f ?? '') &&
    TITLE_WORDS.has(toks[subject]?.f ?? '')
  )
    return false;
  // ("a fait savoir", "a fait part de", "a fait remarquer": saying in two words)
  const madeKnown = verb?.f === 'fait' && MADE_KNOWN.has(toks[v + 1]?.f ?? '');
  return !!verb && verb.kind === 'w' && (SPEECH.has(verb.f) || madeKnown || (closesApposition && ESTEEM.has(verb.f)));
}
const MADE_KNOWN = new Set(['savoir', 'part', 'remarquer', 'observer', 'valoir']);
/** Verbs of saying in the present, third person ("souligne", "décrit"), folded. */
const SPEECH_NOW = new Set([
  'affirme',
  'souligne',
  'declare',
  'estime',
  'indique',
  'ajoute',
  'precise',
  'explique',
  'insiste',
  'reaffirme',
  'rappelle',
  'decrit',
  'ecrit',
  'raconte',
  'confie',
  'temoigne',
  'observe',
  'commente',
]);
/** Verbs whose object is the one greeted: "a remercié le ministre", "a salué le président". */
const GREETING = new Set(['remercie', 'salue', 'felicite', 'apprecie']);
/** What opens the speaker after an incise's verb: "a souligné l'ambassadeur", "… son homologue". */
const INCISE_SUBJECT = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'leur', 'ce', 'cette', 'm', 'mme']);

const PHOTO_PLACES = new Set(['gauche', 'droite', 'centre', 'milieu']);
/** What a player or a speaker wears in a photo: "(maillot rouge)", "(en blanc)". */
const WORN = new Set(['maillot', 'tenue', 'chemise', 'veste']);
const COLOURS = new Set(['rouge', 'blanc', 'bleu', 'jaune', 'noir', 'vert', 'orange', 'gris', 'violet', 'rose']);
/**
 * "(à gauche)", "(droite)", "(au centre)", "(4e à droite)", "(maillot rouge)" right after the run
 * ending at b.
 */
function standsInPhoto(doc: Doc, b: number): boolean {
  const toks = doc.toks;
  if (toks[b]?.f !== '(') return false;
  let k = b + 1;
  // (which one from that side: "(4e à droite)", "(2ème à gauche)", "(premier à gauche)")
  if (/^(?:\d{1,2}(?:e|eme|er|re)|premiere?|deuxieme|troisieme|quatrieme|cinquieme)$/.test(toks[k]?.f ?? '')) k++;
  if (['a', 'au', 'en'].includes(toks[k]?.f ?? '')) k++;
  if (PHOTO_PLACES.has(toks[k]?.f ?? '') && toks[k + 1]?.f === ')') return true;
  if (WORN.has(toks[k]?.f ?? '')) k++;
  return COLOURS.has(toks[k]?.f ?? '') && toks[k + 1]?.f === ')';
}

/** Adverbs of addition or degree between "a" and what was said: "a également souligné", "a vivement salué". */
const ADVERBS = new Set(['hautement', 'egalement', 'aussi', 'encore', 'notamment', 'vivement']);
/** Verbs of esteem: "a apprécié", "a félicité". */
const ESTEEM = new Set(['apprecie', 'felicite']);

/** Participles after which "par X" names who leads: "une délégation conduite par X". */
const LED_BY = /^(?:co)?(?:conduit|dirige|preside|accompagne)e?s?$/;
/** Past participles whose object is a person: "a reçu X", "a rencontré X". */
const MEETING = new Set(['recu', 'rencontre', 'accueilli', 'felicite', 'remercie', 'salue', 'recoit', 'rencontrera']);
/** Nouns and verbs that "avec" follows when it names who was met: "s'est entretenu avec X". */
const MET_WITH = new Set([
  'entretenu',
  'entretenue',
  'entretien',
  'entretiens',
  'rencontre',
  'discute',
  'echange',
  'conversation',
]);

/** "a reçu Thongsing Thammavong", "s'est entretenu avec X": the run at a is who was met. */
function metHere(doc: Doc, a: number): boolean {
  const prev = doc.toks[a - 1];
  if (prev?.kind !== 'w' || prev.cap) return false;
  if (MEETING.has(prev.f)) return true;
  // "et son épouse Shin Kyunghye"
  if (SPOUSES.has(prev.f) && (doc.toks[a - 2]?.f === 'son' || doc.toks[a - 2]?.f === 'sa')) return true;
  // "une délégation conduite par X", "la réunion coprésidée par X"
  if (prev.f === 'par' && LED_BY.test(doc.toks[a - 2]?.f ?? '')) return true;
  if (ledOrInvitedBy(doc, a)) return true;
  return prev.f === 'avec' && MET_WITH.has(doc.toks[a - 2]?.f ?? '');
}

/** "sous la direction de X", "sous la présidence d'X": who leads. */
const UNDER_LEAD = new Set(['direction', 'presidence', 'conduite', 'houlette']);

/**
 * "sous la direction de Anura Kumara Dissanayake", "à l'invitation d'Ilham Aliyev": the phrase's
 * "de" governs who leads or invites (a body's name reads as common words, which the caller checks).
 */
function ledOrInvitedBy(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  let k = a - 1;
  if (toks[k]?.f === "'" && toks[k - 1]?.f === 'd') k--;
  else if (toks[k]?.f !== 'de') return false;
  const noun = toks[k - 1]?.f ?? '';
  if (UNDER_LEAD.has(noun)) return toks[k - 2]?.f === 'la' && toks[k - 3]?.f === 'sous';
  return noun === 'invitation' && toks[k - 2]?.f === "'" && toks[k - 3]?.f === 'l';
}

/** Verbs whose subject a title before them is: a name after their clause is not that title's. */
const CLAUSE_VERBS = new Set(['a', 'ont', 'est', 'sont', 'etait', 'sera', 'avait', 'fut']);

/**
 * "au président du Comité des Nations Unies pour l'exercice des droits… du peuple palestinien, Coly
 * Seck, ainsi que…", "a rencontré le Chief of Defence Forces (CDF) de Thaïlande, Songwit
 * Noonpakdee.": a name set off by a comma after a title (or the object of a meeting) named in the
 * same clause, however long its complement; the comma says the name is the phrase's apposition.
 */
function apposedToTitle(doc: Doc, a: number, b: number): boolean {
  const toks = doc.toks;
  if (toks[a - 1]?.f !== ',' || !(toks[b] === undefined || ',.;)'.includes(toks[b]?.f ?? ''))) return false;
  for (let k = a - 2; k >= 0 && k >= a - 32; k--) {
    const t = toks[k] as Token;
    if (doc.used[k]?.type === 'person') return false;
    if (t.kind === 'p' && '.;:!?,«»"“”'.includes(t.f)) return false;
    if (t.kind !== 'w' || t.cap) continue;
    if (CLAUSE_VERBS.has(t.f) && doc.text.charAt(t.s) !== 'à') return false;
    if (isTitleAt(doc, k) && !HOLDER_QUALIFIERS.has(t.f)) return true;
    if (MEETING.has(t.f) && ['le', 'la', 'l'].includes(toks[k + 1]?.f ?? '')) return true;
  }
  return false;
}

/** Nouns for people an apposition describes by their lives ("un agriculteur de 45 ans"). */
const PERSON_NOUNS = new Set(
  'homme femme garcon fille enfant jeune adolescent adolescente agriculteur agricultrice paysan paysanne pecheur pecheuse ouvrier ouvriere commercant commercante habitant habitante villageois villageoise etudiant etudiante eleve enseignant enseignante retraite retraitee veteran ancien ancienne soldat mere pere grand-mere grand-pere artisan artisane entrepreneur entrepreneuse chauffeur medecin infirmier infirmiere ingenieur ingenieure touriste benevole volontaire victime patient patiente'.split(
    ' ',
  ),
);

/** What is sent or given to someone: "un message de félicitations à X", "a remis l'Ordre à X"; or paid. */
const SENT = new Set([
  'felicitations',
  'message',
  'messages',
  'lettre',
  'lettres',
  'condoleances',
  'telegramme',
  'remis',
  'decerne',
  'adresse',
  'envoye',
  'transmis',
  // whom one visits, honours, dedicates to or succeeds: "rendu visite à Lê Duan", "hommage à X"
  'visite',
  'hommage',
  'dedie',
  'dediee',
  'succede',
  // or whom a prize goes to: "attribué à X" (not "revenu à", which is also where one returns)
  'attribue',
  'attribuee',
]);

/** Does a word of what is sent or given come before "à" at k, in its clause? */
function sentTo(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = doc.toks[j] as Token;
    if (t.kind === 'p' && '.;:,'.includes(t.f)) return false;
    if (t.kind === 'w' && SENT.has(t.f)) return true;
  }
  return false;
}

/**
 * "… à Ben Chapman, ancien député ; à Warwick Morris, … ; et à Paul Smith, homme d'affaires": the
 * "à" at k repeats one of its sentence that a person follows — one more in a list of recipients.
 */
function recipientListed(doc: Doc, k: number): boolean {
  // (the "à" goes on a list: after "et", a comma or a semicolon)
  const before = doc.toks[k - 1]?.f ?? '';
  if (before !== 'et' && before !== ',' && before !== ';') return false;
  for (let j = k - 1; j >= 0 && j >= k - 80; j--) {
    const t = doc.toks[j] as Token;
    if (t.kind === 'p' && '.!?'.includes(t.f)) return false;
    if (t.kind === 'w' && t.f === 'a' && !t.cap && doc.used[j + 1]?.type === 'person' && doc.used[j + 1]?.a === j + 1)
      return true;
  }
  return false;
}

/** "Bounnhang Vorachith et Saleumxay Kommasith": a name after "et" or "," next to a person's. */
function listedWithPerson(doc: Doc, a: number): boolean {
  const sep = doc.toks[a - 1]?.f;
  return (sep === 'et' || sep === ',') && doc.used[a - 2]?.type === 'person';
}

/** A French word, an acronym or a title in the run: it reads as common words, not as a name. */
function readsAsCommonWords(doc: Doc, a: number, b: number, lowerSeen: Set<string>): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.toks[k] as Token;
    if (t.kind === 'w' && t.cap && (lowerSeen.has(t.f) || (t.upper && !initialOfName(doc, k)) || TITLE_WORDS.has(t.f)))
      return true;
  }
  return frenchLooking((doc.toks[a] as Token).f, lowerSeen);
}

/**
 * One capital and a dot at k, before more of the name: an initial ("E. Mammadov"), in capitals as
 * any; not a letter that ends a sentence after its noun ("la vitamine C. Moderna a déclaré", "la
 * zone C. Nam…"), unless that noun is a title ("le vice-ministre E. Mammadov").
 */
function initialOfName(doc: Doc, k: number): boolean {
  if (!initialAt(doc, k, true)) return false;
  const prev = doc.toks[k - 1];
  return !(
    prev?.kind === 'w' &&
    !prev.cap &&
    prev.f.length >= 4 &&
    !TITLE_WORDS.has(prev.f) &&
    !OPEN_A_NAME.has(prev.f) &&
    // (a verb's participle takes its object's name: "a rencontré S. R. Nathan", "en recevant K. Petrov")
    !PARTICIPLE_AS_WRITTEN.test(doc.text.slice(prev.s, prev.e))
  );
}
/**
 * A past or present participle, as written: "rencontré", "reçue", "félicités", "recevant" (a "u"
 * after a consonant: not "bureau", "niveau", "lieu").
 */
const PARTICIPLE_AS_WRITTEN = /(?:é|ée|és|ées|[^aeiou]ue?|ant)$/;
/** Words after which a name may open: "selon E. Mammadov", "avec K. Petrov". */
const OPEN_A_NAME = new Set(['selon', 'avec', 'entre', 'pour', 'apres', 'aupres', 'dont', 'chez', 'vers', 'contre']);

/** "tenu à", "qui a eu lieu à", "organisée à": the run at a follows where an event is held. */
function heldAt(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  return toks[a - 1]?.f === 'a' && !toks[a - 1]?.cap && HELD.has(toks[a - 2]?.f ?? '');
}
const HELD = new Set(
  'tenu tenue tenus tenues tient tiennent tiendra tiendront lieu organise organisee organises organisees deroule deroulee deroules deroulees'.split(
    ' ',
  ),
);

/** A name particle between two words of the run ("bin", "al-", "von der"). */
function hasParticle(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    const t = doc.toks[k] as Token;
    if (t.kind === 'w' && PARTICLES.has(t.f) && !(t.f === 'al' && t.cap && !t.upper && doc.toks[k + 1]?.f !== '-'))
      return true;
  }
  return false;
}

const CARDINALS = new Set(['nord', 'sud']);

/** Nouns a name after which is what they are named after, not a person there. */
const NAMED_AFTER = new Set(
  'lycee ecole college universite hopital mosquee rue avenue boulevard place pont prix ordre medaille fondation institut centre musee stade salle'.split(
    ' ',
  ),
);

/** Classify one capitalised run; returns a candidate or null. */
export function classifyRun(doc: Doc, a0: number, b: number, lowerSeen: Set<string>): Cand | null {
  const toks = doc.toks;
  let a = a0;
  // Honorifics are not part of the name: "Samdech Pichey Sena Tea Banh".
  let honorStart = -1;
  while (a < b && honorificAt(toks, a)) {
    if (honorStart < 0) honorStart = a;
    a++;
  }
  // ("le Prof-Dr X": forms of address joined by a dash open the run, not the name)
  while (
    a + 2 < b &&
    (CIVILITIES.has((toks[a] as Token).f) || SHORT_DEGREES.has((toks[a] as Token).f)) &&
    toks[a + 1]?.f === '-'
  )
    a += 2;
  if (a >= b) return null;
  // (a ship's name is not annotated: "la frégate de lutte anti-sous-marine (ASM), George Leygues")
  if (namesVessel(doc, a, b)) return null;
  // ("le ministre Dr. X": a form of address alone is no name; the name follows it)
  if (b - a === 1 && (CIVILITIES.has((toks[a] as Token).f) || SHORT_DEGREES.has((toks[a] as Token).f))) return null;
  const prev = toks[a - 1];
  const prev2 = toks[a - 2];
  const text = (x: number, y: number) => tokenText(doc, x, y);

  // Places after a place noun: "province de Diên Biên", "commune d'An Lac", "canton du Valais",
  // "ville japonaise d'Izumisano", "région autonome du Tibet". The whole designation is an alias.
  const trig = placeTriggerBefore(doc, a);
  if (trig >= 0 && b - a <= 4 && !apposedNameCut(doc, trig, a, b)) {
    // "province de Jeolla du Sud", "Gyeongsang du Nord": the cardinal point is part of the name
    if (
      toks[b]?.f === 'du' &&
      CARDINALS.has(toks[b + 1]?.f ?? '') &&
      toks[b + 1]?.cap &&
      !doc.used[b] &&
      !doc.used[b + 1]
    )
      b += 2;
    // "Land de Mecklembourg-Poméranie occidentale"
    if (pointAdjectiveAt(doc, b)) b++;
    // "le hameau de Kinh 4", "la zone de Binh Giang 2": a number ending the name is part of it
    else if (numberEndsName(toks, b) && toks[b]?.s === (toks[b - 1]?.e ?? 0) + 1) b++;
    const c = makeCand(doc, a, b, 'place', text(a, b), 'place-trigger');
    c.alias = text(trig, b);
    return c;
  }
  // "… de sa commune, Ea Tu", "dans sa province natale, Nghê An": a place one's own, then its name
  // in apposition
  // (an apposition closes on a comma or the sentence's end; a verb or "et" after the name makes it
  // the clause's subject: "De retour dans son village natal, Nguyen Van Hung a fondé…")
  if (ownPlaceBefore(doc, a) && b - a <= 4 && CLOSES_APPOSITION.has(toks[b]?.f ?? '.'))
    return makeCand(doc, a, b, 'place', text(a, b), 'place-apposition');
  // Dateline: "Soc Trang, 18 juillet (VNA) –", "Phnom Penh (VNA) –".
  if (a === 0 && b - a <= 4) {
    const n1 = toks[b];
    const n2 = toks[b + 1];
    const datelineParen = isPunct(n1, '(') && n2?.f === 'vna';
    // ("Hanoï, 12 mai", not "Actuellement, 3.000 entreprises")
    const datelineDate =
      isPunct(n1, ',') &&
      n2?.kind === 'n' &&
      (toks[b + 2]?.f === '/' || [b + 2, b + 3].some((k) => isMonthName(toks[k]?.f ?? '')));
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
  // (not English's article alone: "le magazine The gioi va Viet Nam" goes on in lower case)
  const articleAlone = b - a === 1 && isEnglishThe(doc, a);
  if (
    prev &&
    prev.kind === 'w' &&
    !prev.cap &&
    ORG_TRIGGERS.has(prev.f) &&
    b - a <= 5 &&
    text(a, b).length > 1 &&
    !articleAlone
  ) {
    return makeCand(doc, a, b, 'organization', text(a, b), 'org-trigger');
  }
  // "des entreprises sud-coréennes, à savoir Interflex et Korea Circuit": named as examples of a kind
  const kind = b - a <= 5 ? kindOfListed(doc, a) : null;
  if (kind) return makeCand(doc, a, b, kind, text(a, b), 'listed-kind');
  // A sentence-initial French word is not part of the name: "Soulignant …", "Seuls Tran Quoc
  // Luong et …" (a word no Vietnamese syllable before a Vietnamese name)
  if (
    isSentenceStart(toks, a) &&
    honorStart < 0 &&
    !VN_SURNAMES.has((toks[a] as Token).f) &&
    !(GIVEN_NAMES.has((toks[a] as Token).f) && b - a >= 2) &&
    !(toks[a + 1]?.upper && toks[a + 1]?.f.length === 1 && toks[a + 2]?.f === '.') &&
    (frenchLooking((toks[a] as Token).f, lowerSeen) || wordBeforeVnName(doc, a, b))
  ) {
    a++;
    if (a >= b) return null;
  }
  // "le Docteur Nguyên Tu Son", "Mme Nguyen Thi Ha": a capitalised title or civility opens the
  // run; it is the role or civility before the name (roleBefore reads it), not part of the name
  // (not a given name that is also a title, before its father's: "Sultan bin Saad Al-Muraikhi")
  // (a title word hyphened to a name opens a place's compound name, "la Haute-Kotto", "la
  // Nouvelle-Calédonie"; hyphened to another title word, or making one with it, it is a title, "le
  // Haut-Commissaire X", "la Porte-Parole X")
  while (
    b - a > 1 &&
    honorStart < 0 &&
    (TITLE_WORDS.has((toks[a] as Token).f) || CIVILITIES.has((toks[a] as Token).f)) &&
    !FILIATION.has(toks[a + 1]?.f ?? '') &&
    (toks[a + 1]?.f !== '-' ||
      TITLE_WORDS.has(toks[a + 2]?.f ?? '') ||
      TITLE_WORDS.has(`${(toks[a] as Token).f}-${toks[a + 2]?.f ?? ''}`))
  )
    a += toks[a + 1]?.f === '.' ? 2 : toks[a + 1]?.f === '-' ? 3 : 1;
  if (a >= b) return null;
  // "ministre des Affaires étrangères et des Expatriés Ayman Safadi", "… et de l'Immigration Badr
  // Abdelatty": after "des" a French plural, after "de l'" a French noun, ends the name of the
  // ministry; the person's name follows it
  const elided = prev?.f === "'" && toks[a - 2]?.f === 'l' && toks[a - 3]?.f === 'de';
  const frenchNoun = elided && frenchLooking((toks[a] as Token).f, lowerSeen);
  // (or any word no Vietnamese syllable before a Vietnamese name: "… et des Technologies Huynh Thanh Dat")
  // ("de l'Intégration Africaine": two words, the first a French noun, are the ministry's, with no name)
  if (
    (b - a >= 3 || (b - a === 2 && frenchNoun)) &&
    (['des', 'du', 'de'].includes(prev?.f ?? '') || elided) &&
    (frenchPlural(doc, a) || frenchNoun || wordBeforeVnName(doc, a, b))
  )
    a++;
  // "le Sud-Coréen Park Hang-seo", "le Japonais Takeshi Tanaka": a nationality noun before a name
  // (not a Vietnamese name whose family name reads as one: "Thai Thanh Quy")
  const demonym =
    b - a >= 3 && a > 0 && !isSentenceStart(toks, a) && !isVietnameseName(doc, a, b) ? ADJ_DICT.match(toks, a) : null;
  if (demonym && demonym.end < b - 1) a = demonym.end;
  // words, not tokens: "Faisal Bin Farhan Al-Saud" is four words and six tokens
  // (particles do not count: "Mohammed bin Abdulrahman bin Jasim Al-Thani" is five names)
  // (and "K’đăm", "O'Brien" one word: "Y Thanh Hà Niê K’đăm" is five names)
  // (a particle's word opening the name, capitalised, is a given name: "Ben Chapman", "Al Gore";
  // not before a Vietnamese syllable, "Ben Luc", "Ben Cat": Bến, a wharf, opens a place's name)
  // (and one closing it, capitalised, a surname: "Pavel Ben, maire de Prague" — a particle is
  // always followed by the name it introduces)
  const givenParticle = !!toks[a]?.cap && !VN_SYLLABLE.test(toks[a + 1]?.f ?? '');
  let n = 0;
  for (let k = a; k < b; k++)
    if (
      toks[k]?.kind === 'w' &&
      (!PARTICLES.has(toks[k]?.f ?? '') || (k === a && givenParticle) || (k === b - 1 && k > a && !!toks[k]?.cap)) &&
      !(k - 2 >= a && apostropheInside(doc, k - 1))
    )
      n++;
  const vn = isVietnameseName(doc, a, b);
  let before = roleBefore(doc, honorStart >= 0 ? honorStart : a);
  // Six words or more are a heading or a body's name, unless a function names the one they follow:
  // sovereigns and Malay or Gulf dignitaries bear all their given names ("au grand-duc de
  // Luxembourg, Henri Albert Gabriel Félix Marie Guillaume")
  // (right after a sovereign's title, or set off by a comma after a function; no body's words in it:
  // "la PDG de la Vietnam Dairy Products Joint Stock Company Mai Kieu Lien" names a company first)
  const longName =
    n <= 10 &&
    !!before.role &&
    !isHanging(before.role) &&
    (SOVEREIGNS.has(roleHead(before.role.replace(/^\d+\S*\s+/, ''))) ||
      toks[(honorStart >= 0 ? honorStart : a) - 1]?.f === ',') &&
    noFrenchWord(doc, a, b, lowerSeen);
  if (n > 5 && !longName) return null;
  const after = roleAfter(doc, b, a);
  // "avec le dirigeant laotien, Nguyen Van Danh, secrétaire…": a foreign title set off by a comma
  // before a Vietnamese name that states a function of its own is someone else's (the name starts
  // the next phrase; "le président de l'Association des Vietnamiens en France, X," keeps its title)
  if (vn && after.role && before.country && before.country !== 'VN' && toks[a - 1]?.f === ',')
    before = { role: null, country: null, civility: before.civility };
  let via = '';
  if (before.civility && n >= 1) via = 'civility';
  // (one name after a sovereign's title, unless it is a Vietnamese syllable: "le roi Hung" is the
  // Hùng Kings' festival, not a person)
  // ("la Première ministre Sheikh Hasina": an honorific and one name after a title)
  else if (
    before.role &&
    (n >= 2 ||
      honorStart >= 0 ||
      // ("le gouverneur de Tottori, Hirai Shinji": one word after the office of a territory, on a
      // bare "de", is its place, read below; "le directeur de Hanwha, X" names a company, "des
      // Expatriés" a ministry's words, "le général de Castries" a person)
      (TERRITORIAL_OFFICE.test(fold(before.role)) &&
        toks[b]?.f === ',' &&
        ['de', "'"].includes(toks[a - 1]?.f ?? '') &&
        !frenchLooking((toks[a] as Token).f, lowerSeen)) ||
      (isSovereign(before.role, toks[a - 1]?.f === ',') && !VN_SYLLABLE.test((toks[a] as Token).f)) ||
      // ("le gardien de but philippin Etheridge", "le président américain Biden", "le gardien
      // Kawin", "le président Trump": a foreigner named by the family name alone, right after a
      // nationality or a country, or after an office of state or a player's position; not "le consultant
      // Deloitte", "le directeur Marketing de Vinamilk")
      (n === 1 &&
        ((!!before.country && before.country !== 'VN' && adjectiveEndsAt(toks, a) && !placeNounQualified(toks, a)) ||
          // ("l'ambassadrice du Bangladesh au Vietnam Samianaz": a title whose complement ends on a
          // country; not a body's name a country is part of, "président de Nord France Invest")
          (!!before.country && countryComplementEndsAt(doc, a)) ||
          (!!before.role && oneWordTitle(before.role) && TITLE_WORDS.has(toks[a - 1]?.f ?? '')) ||
          portfolioThenSpeaker(doc, before.role, a, b)) &&
        !OF_SOMETHING.has(toks[b]?.f ?? '') &&
        !VN_SYLLABLE.test((toks[a] as Token).f) &&
        !frenchLooking((toks[a] as Token).f, lowerSeen)))
  )
    via = 'title';
  // (a function stated by "est" does not make a name a person's: "Hanoi Metro est responsable de…")
  else if (after.role && !after.predicated && n >= 2) via = 'apposition';
  else if (vn) via = 'vn-shape';
  // A role left hanging on "de" is not this run's: the run is its complement. "le gouverneur de
  // Rhénanie-Palatinat, Malu Dreyer", "X, préfet des Hauts-de-France", "les dirigeants de
  // l'Université Victoria": one word or one hyphened compound there is the place (or the body);
  // "le chef de cabinet de Tran Van Son": a longer name is the person the role is said of.
  if (via === 'title' && isHanging(before.role)) {
    if (isHead(toks[a])) return makeCand(doc, a, b, 'organization', text(a, b), 'role-complement');
    if (oneCompoundWord(doc, a, b) && !GIVEN_NAMES.has((toks[a] as Token).f))
      return makeCand(doc, a, b, 'place', text(a, b), 'role-complement');
    via = vn ? 'vn-shape' : koreanGivenName(doc, a, b) ? 'hyphened-given-name' : '';
  } else if (n >= 2 && koreanGivenName(doc, a, b)) via = 'hyphened-given-name';
  const listed = n >= 2 && !before.role && !after.role ? listedAfterCountry(doc, a, b) : null;
  if (listed && !via) via = 'country-list';
  if (!via && n >= 2 && speaks(doc, a, b, lowerSeen)) via = 'speaker';
  if (!via && n >= 2 && n <= 4 && describedAsPerson(doc, b)) via = 'described';
  if (
    !via &&
    n >= 2 &&
    n <= 4 &&
    (metHere(doc, a) || listedWithPerson(doc, a)) &&
    !readsAsCommonWords(doc, a, b, lowerSeen)
  )
    via = 'met';
  // "Les Premiers ministres égyptien Mostafa Madbouly et algérien Aymen Benabderrahmane", "ses
  // homologues lao X et indien Y", "les ambassadeurs chinois X, indonésien Y, français Jean-Noël
  // Poirier et américain Ted Osius": a nationality after "et" or a comma and a person names another
  // one, who shares the first one's title
  const second = n >= 2 && !before.role && !after.role ? secondOfTwo(doc, a) : null;
  if (second && !via) via = 'coordinated';
  if (!via && n >= 2 && n <= 4 && !vn && apposedToTitle(doc, a, b) && noFrenchWord(doc, a, b, lowerSeen))
    via = 'apposed';
  // "le sommet tenu à Foz do Iguaçu": where an event is held is a place, a particle or not
  if (!via && !vn && n <= 4 && heldAt(doc, a) && !readsAsCommonWords(doc, a, b, lowerSeen))
    return makeCand(doc, a, b, 'place', text(a, b), 'place-held-at');
  // "Mohammed bin Rashid Al Maktoum", "Ursula von der Leyen": names joined by a particle
  if (!via && n >= 2 && hasParticle(doc, a, b)) via = 'particle';
  // "Toh Puan Rosmah Mansor", "Tan Sri Muhyiddin Yassin": an honorific says a person follows
  if (!via && n >= 2 && n <= 4 && honorStart >= 0 && noFrenchWord(doc, a, b, lowerSeen)) via = 'honorific';
  // "H’Moan Eban", "Y Drin Niê": the opening of an Ede or Jarai name (runs.ts lets it in; "H’Moan"
  // is one word, "Y" one of its own)
  const opening = (toks[a] as Token).f;
  if (!via && ((opening === 'y' && n >= 3) || (opening === 'h' && n >= 2))) via = 'ede-name';
  if (!via && demonym && n >= 2) via = 'demonym';
  // "a rencontré S. R. Nathan", "S. Sobyanin a dit": initials open a person's name, never a
  // place's or a body's (one name word at least after them, no French word)
  // (not "U.S. Army", "V. League": a body's English word)
  if (
    !via &&
    n <= 4 &&
    initialOfName(doc, a) &&
    noFrenchWord(doc, a, b, lowerSeen) &&
    !toks.slice(a, b).some((t) => CORPORATE_WORDS.has(t.f) || ENGLISH_ORG_ENDS.has(t.f) || FORCES_AND_LEAGUES.has(t.f))
  )
    via = 'initials';
  // "a reçu José Antonio Kast": a given name opens the run
  // (not a place or a prize named after someone: "le lycée Marie Curie", "l'école José Marti")
  if (
    !via &&
    n >= 2 &&
    n <= 4 &&
    GIVEN_NAMES.has((toks[a] as Token).f) &&
    !toks[a]?.upper &&
    !NAMED_AFTER.has(prev?.f ?? '') &&
    // ("à George Town" is a city; "un message de félicitations à Luc Frieden" is whom it is sent to)
    !(prev && /^[àÀ]$/.test(doc.text.slice(prev.s, prev.e)) && !sentTo(doc, a - 1) && !recipientListed(doc, a - 1))
  )
    via = 'given-name';
  // "l'équipe de Kim Sang Sik", "Moon Jae In": a Korean family name and two syllables of which
  // one at least no Vietnamese name has
  if (!via && n === 3 && b - a === 3 && koreanName(doc, a, lowerSeen)) via = 'korean-name';
  // "à Can Tho": a short run after "à" that is not a person is a place; after "en" only a
  // hyphenated region ("en Émilie-Romagne"): "en Bourse", "en Ligue 1" are common nouns.
  // "la maire de Melbourne", "les autorités de Niigata"; "à Wellington et Auckland": a short run
  // named as a place's, or listed with a place, is one
  if (
    !via &&
    n <= 3 &&
    !vn &&
    (placeOfBefore(doc, a) ||
      (!before.role && !after.role && (listedWithPlace(doc, a, b) || stopOfRoute(doc, a, b)))) &&
    !readsAsCommonWords(doc, a, b, lowerSeen)
  )
    return makeCand(doc, a, b, 'place', text(a, b), 'place-listed');
  if (!via || (via === 'vn-shape' && !before.role)) {
    const raw = prev ? doc.text.slice(prev.s, prev.e) : '';
    const hyphenated = b - a === 3 && toks[a + 1]?.f === '-';
    const french = frenchLooking((toks[a] as Token).f, lowerSeen);
    // ("à Lam Ha", "à Ly Nhan": two Vietnamese syllables after "à" name a place — VNA writes a
    // Vietnamese person's three syllables, and the two-syllable leaders it knows; a message or a
    // prize "à" someone is sent to a person)
    const vnPlace = vn && b - a === 2 && !after.role && !sentTo(doc, a - 1) && !describedAsPerson(doc, b);
    if (
      (raw === 'à' || raw === 'À' || (raw === 'en' && hyphenated)) &&
      (n <= 2 || hyphenated) &&
      (!vn || vnPlace) &&
      !french
    )
      return makeCand(doc, a, b, 'place', text(a, b), 'place-a');
  }
  // "Lang Nu, un hameau de la province…": a name the sentence then says is a place
  if ((!via || via === 'vn-shape') && !before.role && placeInApposition(doc, b)) {
    return makeCand(doc, a, b, 'place', text(a, b), 'place-apposition');
  }
  // "l'affaire Van Thinh Phat": a case is named after someone or something; it is no person here
  if (via === 'vn-shape' && !before.role && CASE_NOUNS.has(prev?.f ?? '')) return null;
  if (!via) return null;
  const c = makeCand(
    doc,
    a,
    b,
    'person',
    text(a, b),
    via,
    before.country ?? after.country ?? demonym?.ref ?? (vn ? 'VN' : null),
  );
  const joined = joinRoles(before.role, after);
  c.role = joined.role ?? listed?.role ?? second?.role ?? null;
  if (second) c.country = second.country;
  c.roleAdded = joined.added;
  if (listed?.country) c.country = listed.country;
  if (honorStart >= 0) c.honorific = text(honorStart, b);
  return c;
}

/** Longest nationality adjective: "sri-lankais", "est-timorais" are three tokens. */
const MAX_ADJECTIVE_TOKENS = 5;

/** Does a nationality adjective end right before token a ("le président sri-lankais Dissanayake")? */
/** "… du Japon", "… au Vietnam" ends at a: a country, after its preposition (and article). */
function countryComplementEndsAt(doc: Doc, a: number): boolean {
  const country = doc.used[a - 1];
  if (country?.type !== 'country' || country.b !== a) return false;
  let k = country.a - 1;
  if (doc.toks[k]?.f === "'" || doc.toks[k]?.f === 'la') k--;
  if (doc.toks[k]?.f === "'") k--;
  return COUNTRY_PREPOSITIONS.has(doc.toks[k]?.f ?? '');
}
const COUNTRY_PREPOSITIONS = new Set(['de', 'd', 'du', 'des', 'au', 'aux', 'en', 'a']);

/**
 * "le maire de la ville italienne Palerme, Leoluca Orlando": the nationality ending at a qualifies
 * a place noun, whose name follows, then the holder's name after a comma (not "le maire de la
 * capitale française Hidalgo a reçu…", the holder named right after).
 */
function placeNounQualified(toks: Token[], a: number): boolean {
  if (toks[a + 1]?.f !== ',' || !toks[a + 2]?.cap) return false;
  const k = adjectiveStartEndingAt(toks, a);
  return k >= 0 && PLACE_TRIGGERS.has(toks[k - 1]?.f ?? '');
}

function adjectiveEndsAt(toks: Token[], a: number): boolean {
  return adjectiveStartEndingAt(toks, a) >= 0;
}

/** Where the nationality adjective ending at a begins, or -1. */
function adjectiveStartEndingAt(toks: Token[], a: number): number {
  for (let k = a - 1; k >= 0 && k >= a - MAX_ADJECTIVE_TOKENS; k--) if (ADJ_DICT.match(toks, k)?.end === a) return k;
  return -1;
}

/**
 * "le ministre des Affaires étrangères Bustillo a déclaré": one family name right after a
 * minister's whole portfolio, the role's own last word before it, and then a verb or a comma.
 */
function portfolioThenSpeaker(doc: Doc, role: string | null, a: number, b: number): boolean {
  const folded = role ? fold(role) : '';
  if (!/^(?:vice-)?ministre (?:de|des|du|d')/.test(folded)) return false;
  const last = doc.toks[a - 1];
  // (the portfolio's own last word, not an article: "de la Jeunesse" is the portfolio itself)
  if (last?.kind !== 'w' || last.f.length < 4 || NOT_NAME.has(last.f) || !folded.endsWith(last.f)) return false;
  // (an adjective capitalised after the portfolio is none: "… des Affaires étrangères Cambodgien, X")
  const word = doc.toks[a];
  if (!word || ADJ_DICT.match(doc.toks, a) || looksAdjective(word.f)) return false;
  const next = doc.toks[b];
  return next?.f === ',' || auxiliaryAt(doc, b);
}

/** "de", "du": after one word, a complement says the word is a department or a body's. */
const OF_SOMETHING = new Set(['de', 'du', 'des', 'd']);

/** Titles one family name may follow alone: an office of state, a player's position. */
function oneWordTitle(role: string): boolean {
  return STATE_OFFICE.test(fold(role)) || PLAYING_POSITIONS.has(roleHead(role));
}

/**
 * "… X et algérien Y", "… X, indonésien Y": the nationality before the run at a, after "et" or a
 * comma and a person. Its country and that person's role.
 */
function secondOfTwo(doc: Doc, a: number): { country: string; role: string | null } | null {
  const toks = doc.toks;
  for (const k of [a - 1, a - 3]) {
    const adj = k >= 0 ? ADJ_DICT.match(toks, k) : null;
    if (!adj || adj.end !== a || (toks[k - 1]?.f !== 'et' && toks[k - 1]?.f !== ',') || toks[k]?.cap) continue;
    const first = doc.used[k - 2];
    return first?.type === 'person' && first.b === k - 1 ? { country: adj.ref, role: first.role ?? null } : null;
  }
  return null;
}
