// Media, companies and other bodies the knowledge base does not know, named the way French news
// names them: after their noun ("la chaîne internationale Nile TV", "le quotidien français Le
// Monde", "la compagnie aérienne Bamboo Airways"), or by a foreign name that ends in what it is
// ("Qatar Investment Authority", "Dubai Chamber", "Bangkok Post"). Both run before the knowledge
// base: the places and countries in such names ("Dubai", "Qatar") are not entities there.

import { type Cand, type Doc, isEnglishThe, makeCand, tokenText } from './doc';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from './given-names';
import { ADJ_DICT, KB_DICT } from './knowledge';
import {
  COMPANY_NOUNS,
  ENGLISH_ORG_ENDS,
  FIELDS_OF_GOVERNMENT,
  looksAdjective,
  MEDIA_ADJECTIVES,
  NAMED_WITH_NOUN,
  NOT_NAME,
  ORG_TRIGGERS,
  ROLE_STOP,
  VN_SYLLABLE,
} from './lexicon';
import { titledBody } from './org-rules';
import {
  capWord,
  isSonSyllable,
  isTightJoiner,
  listIntroLength,
  personStartsAt,
  type Token,
  tightSlashAt,
} from './tokens';

/** What a finder returns where it finds nothing: one shared list (they run on every token). */
const NONE: readonly Cand[] = [];

/** Articles that begin a title: "Le Monde", "The Guardian", "La Nación". */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', 'the', 'el']);
/** The trades of a "maison": "maison d'édition", "maison de disques", "maison de production". */
const HOUSE_TRADES = new Set(['edition', 'editions', 'disques', 'production']);
/** "l'agence de presse Xinhua", "le site d'information VnExpress": what kind of medium it is. */
const KIND_AFTER_DE = new Set([
  'presse',
  'information',
  'informations',
  'television',
  'radio',
  'radiodiffusion',
  'football',
  ...HOUSE_TRADES,
]);

/** A capital letter after an acronym: "DEEP C" (not "Nguyen Van A", a court report's stand-in name). */
const letterAfterAcronym = (toks: Token[], k: number): boolean => {
  const [before, t] = [toks[k - 1], toks[k]];
  return t?.kind === 'w' && t.upper && t.f.length === 1 && before?.kind === 'w' && before.upper && before.f.length > 1;
};

/** A word of a name after its first: a capitalised word, the syllable "Son" ("groupe Phuc Son"), a letter ("DEEP C"). */
const nameGoesOn = (toks: Token[], k: number): boolean =>
  capWord(toks[k]) || isSonSyllable(toks[k]) || letterAfterAcronym(toks, k);

/** "Snell & Wilmer", "Travel + Leisure": an ampersand or a plus, spaced, between two words of one name. */
const spacedJoiner = (toks: Token[], k: number): boolean =>
  (toks[k]?.f === '&' || toks[k]?.f === '+') && nameGoesOn(toks, k - 1) && capWord(toks[k + 1]);

/**
 * "RE/MAX": a slash written tight between two words in capitals, neither of them a body known apart
 * ("FPT/CMC", "ASEAN/UE" join two bodies).
 */
function brandSlash(toks: Token[], k: number): boolean {
  if (!tightSlashAt(toks, k) || !toks[k - 1]?.upper || !toks[k + 1]?.upper) return false;
  return KB_DICT.match(toks, k - 1)?.end !== k && !KB_DICT.match(toks, k + 1);
}

/**
 * The capitalised words of a name at a, up to five ("Nile TV", "Le Monde", "H&M", "MITSUI O.S.K
 * Lines"). End, or a. It stops before a Vietnamese person's name, and after a title (`titled`)
 * before any person's ("le directeur de la société Vinaconex Trân Van Hung", "le président du
 * groupe sud-coréen Charmvit Lee Dea Bong": the person the title names).
 */
function titleEnd(toks: Token[], a: number, titled = false, listed = false): number {
  let b = a;
  // a leading article belongs to the title when a name follows it
  if (toks[b]?.cap && TITLE_ARTICLES.has(toks[b]?.f ?? '') && capWord(toks[b + 1])) b++;
  // (in a list of companies after their noun, a brand written with a slash, "RE/MAX")
  const joiner = (k: number) => isTightJoiner(toks, k) || spacedJoiner(toks, k) || (listed && brandSlash(toks, k));
  for (let words = 0; b < toks.length; b++) {
    if (b > a && joiner(b)) continue;
    const joined = b > a && joiner(b - 1);
    if (words === 5 || !(joined || (b > a ? nameGoesOn(toks, b) : capWord(toks[b])))) break;
    if (b > a && (vnPersonAt(toks, b) || (titled && nameOpensAt(toks, b)))) break;
    words++;
  }
  // one letter is not a name ("le groupe B"); a name going on after "et" is not read here ("le
  // groupe Pétrole et Gaz du Vietnam"), unless names are `listed` after a plural noun
  if (b === a + 1 && (toks[a]?.f.length ?? 0) < 2) return a;
  if (!listed && toks[b]?.f === 'et' && toks[b + 1]?.cap) return a;
  const lastIsName = b - 1 === a ? capWord(toks[a]) : joiner(b - 2) || nameGoesOn(toks, b - 1);
  return b > a && lastIsName ? b : a;
}

/**
 * A person's name opening at k, by a given name or a Korean or Chinese family name followed by
 * another capitalised word: "Jonathan Choi", "Lee Dea Bong".
 */
function nameOpensAt(toks: Token[], k: number): boolean {
  const f = toks[k]?.f ?? '';
  return (GIVEN_NAMES.has(f) || EAST_ASIAN_SURNAMES.has(f)) && capWord(toks[k + 1]);
}

/** A Vietnamese person's name of three syllables at k: "Trân Van Hung", "Tran Van Hung". */
function vnPersonAt(toks: Token[], k: number): boolean {
  return personStartsAt(toks, k) && toks[k + 2]?.cap === true && VN_SYLLABLE.test(toks[k + 2]?.f ?? '');
}

/** How many tokens "de" or "d'" takes at k (0 when neither is there). */
function deLength(t: Token[], k: number): number {
  return t[k]?.f === 'de' ? 1 : t[k]?.f === 'd' && t[k + 1]?.f === "'" ? 2 : 0;
}

/** A medium or a company named after its noun at i ("journal", "chaîne", "groupe", "site"…). */
export function nameAfterNoun(doc: Doc, i: number): Cand | null {
  const t = doc.toks;
  const w = t[i];
  // ("la maison d'édition italienne Anteo Edizioni": a house of a trade is a company; "la maison
  // de Nguyen Van Ba" is a house)
  const house = w?.f === 'maison' && HOUSE_TRADES.has(t[i + 1 + deLength(t, i + 1)]?.f ?? '');
  if (w?.kind !== 'w' || (!ORG_TRIGGERS.has(w.f) && !house)) return null;
  // ("la Compagnie générale Thai Son": a company's noun may be written as part of its name; one
  // the knowledge base has, or one written in title case, "la Banque Nationale de Paris", is
  // read by the knowledge base and the rules of named bodies; a legal form is followed by the
  // name, "SARL Binh Duong Kocham")
  const company = COMPANY_NOUNS.has(w.f) || house;
  const withNoun = NAMED_WITH_NOUN.has(w.f);
  if (w.cap && (!company || KB_DICT.match(t, i) || (t[i + 1]?.cap && !LEGAL_FORMS.has(w.f)))) return null;
  let a = i + 1;
  // "de presse", "d'information", "de télévision"
  const de = deLength(t, a);
  if (de && KIND_AFTER_DE.has(t[a + de]?.f ?? '')) a += de + 1;
  // "le journal russe Pravda", "la chaîne internationale Nile TV", "le plus ancien quotidien
  // anglophone": a nationality and a few adjectives may come between ("site" takes only a
  // nationality: "le site historique" is a place)
  let country: string | null = null;
  for (let n = 0; n < 4; n++) {
    const said = saidOfIt(t, a, company || withNoun);
    if (said) {
      country = country ?? said.country;
      a = said.end;
      continue;
    }
    const x = t[a];
    if (w.f === 'site' || x?.kind !== 'w' || x.cap || ROLE_STOP.has(x.f)) break;
    // "la compagnie pétrolière et gazière Uzbekneftegaz"
    if (x.f === 'et' && MEDIA_ADJECTIVES.has(t[a + 1]?.f ?? '')) {
      a++;
      continue;
    }
    if (!MEDIA_ADJECTIVES.has(x.f) && !(looksAdjective(x.f) && x.f.endsWith('phone'))) break;
    a++;
  }
  if (w.f === 'site' && !country) return null;
  // a name the knowledge base has is its, unless the text names more ("le groupe Samsung Electronics")
  const kb = KB_DICT.match(t, a);
  // ("le président du groupe sud-coréen Charmvit Lee Dea Bong": after a title, the person's name
  // follows the company's)
  const titled = titledBody(t, i);
  let b = titleEnd(t, a, titled);
  // ("la société Haesung Vina Co., Ltd": the legal form written after the name is the name's)
  if (company && b - a >= 2 && t[b - 1]?.f === 'co') b = legalFormEnd(t, b);
  // ("l'hôpital Uong Bi": a hospital named after its town is the hospital)
  if (b === a || (kb && kb.end >= b && !(withNoun && kb.ref.type === 'place'))) return null;
  // (English's article alone is no name: "le magazine The gioi va Viet Nam", a Vietnamese title
  // written plain, goes on in lower case)
  if (b - a === 1 && isEnglishThe(doc, a)) return null;
  // "le gouverneur de la Banque centrale Tran Van Hung": a Vietnamese name right after a title's
  // body is the person the title names ("la société vietnamienne Hoang Long Phat" is a company's)
  if (vnPersonAt(t, a) && titled) return null;
  // ("le groupe Sunwah", "la compagnie taïwanaise Wan Hai Lines": a company is named with its noun
  // too; "la Compagnie générale Thai Son": a capitalised noun is the first word of the name)
  const from = w.cap || withNoun ? i : a;
  // a newspaper's country is not a partner of the story it reports ("le quotidien français Le
  // Monde salue…"): only companies take the adjective's country
  const c = makeCand(doc, from, b, 'organization', tokenText(doc, from, b), 'org-trigger', company ? country : null);
  if (company) c.alias = tokenText(doc, from === i ? a : i, b);
  return c;
}

/**
 * What the words at k say of a medium or a company before its name: its nationality ("cubain"),
 * or, for a company, its trade in any words ("le groupe pharmaceutique cubain Labiofarm", "la
 * société de téléphonie mobile Movitel", "la société par actions DEEP C"). Where they end and the
 * country they name, or null.
 */
function saidOfIt(t: Token[], k: number, company: boolean): { end: number; country: string | null } | null {
  // (a nationality is written in lower case: "Thai Son" is a name)
  const adj = t[k]?.cap ? null : ADJ_DICT.match(t, k);
  if (adj) return { end: adj.end, country: adj.ref };
  const trade = company ? tradeWords(t, k) : 0;
  return trade ? { end: k + trade, country: null } : null;
}

/** "groupes", "sociétés": the plural of a company's noun. */
const PLURAL_COMPANY_NOUNS = new Set([...COMPANY_NOUNS].map((n) => `${n}s`));

/**
 * Companies listed after their plural noun at i: "les groupes japonais Toyota et Honda", "les
 * sociétés sud-coréennes Samsung, LG et Hyundai". Only a list closed by "et" (one name after a
 * plural noun is no company's: "les entreprises Hanoi"); names the knowledge base has whole are
 * left to it, unless the list says a nationality the entry lacks.
 */
export function namesAfterPluralNoun(doc: Doc, i: number): readonly Cand[] {
  const t = doc.toks;
  const w = t[i];
  if (!w || !PLURAL_COMPANY_NOUNS.has(w.f) || w.cap) return NONE;
  let a = i + 1;
  let country: string | null = null;
  // (up to the words that open a list of examples: "telles que" is no trade)
  const intro = (k: number) => listIntroLength(t, k) || (t[k]?.f === ',' ? listIntroLength(t, k + 1) : 0);
  for (let n = 0; n < 4 && !intro(a); n++) {
    const said = saidOfIt(t, a, true);
    if (!said) break;
    country = country ?? said.country;
    a = said.end;
  }
  // "les groupes" are peoples, parties and armed groups as often as companies: only with a word of
  // trade or a nationality ("les groupes japonais Toyota et Honda", not "les groupes Thai et Dao")
  if (w.f === 'groupes' && a === i + 1) return NONE;
  // "groupes suédois comme", "entreprises japonaises, telles que"
  const opening = intro(a);
  if (opening) a += (t[a]?.f === ',' ? 1 : 0) + opening;
  const spans: [number, number][] = [];
  for (let k = a; ; ) {
    let b = titleEnd(t, k, false, true);
    if (b === k) return NONE;
    spans.push([k, b]);
    // ("Ericsson, ABB, et Electrolux": a comma before the last "et")
    if (t[b]?.f === ',' && t[b + 1]?.f === 'et') b++;
    const sep = t[b]?.f;
    if (sep === 'et') {
      const last = titleEnd(t, b + 1, false, true);
      if (last === b + 1) return NONE;
      spans.push([b + 1, last]);
      break;
    }
    if (sep !== ',' || spans.length === 6) return NONE;
    k = b + 1;
  }
  return spans
    .filter(([x, y]) => {
      const kb = KB_DICT.match(t, x);
      return !(kb && kb.end >= y && (kb.ref.country || !country));
    })
    .map(([x, y]) => makeCand(doc, x, y, 'organization', tokenText(doc, x, y), 'org-trigger', country));
}

/** A function word, a date, a title ("de la", "de lundi", "de ministre"): no trade (a field of government is one). */
const functionWord = (f: string) => NOT_NAME.has(f) && !FIELDS_OF_GOVERNMENT.has(f);

/** Legal forms a company's name follows: "la SARL Binh Duong Kocham". */
const LEGAL_FORMS = new Set(['sarl']);

/** Adjectives of groups that are no companies: "le groupe ethnique Thai" (a people), "le groupe parlementaire". */
const NOT_TRADE = new Set([
  'ethnique',
  'ethniques',
  'minoritaire',
  'minoritaires',
  'parlementaire',
  'parlementaires',
  'politique',
  'politiques',
]);

/**
 * Words of a company's trade at k, between its noun and its name: an adjective ("pharmaceutique",
 * "industriel", "taïwanaise"), or "de"/"par" and one noun ("de logiciels", "de téléphonie
 * mobile", "par actions"). Their length, or 0.
 */
function tradeWords(t: Token[], k: number): number {
  const x = t[k];
  if (x?.kind !== 'w' || x.cap || NOT_TRADE.has(x.f)) return 0;
  // "de développement et d'investissement": a second trade joined by "et"
  if (x.f === 'et') {
    const more = t[k + 1]?.f === 'de' || t[k + 1]?.f === 'd' ? tradeWords(t, k + 1) : 0;
    return more ? 1 + more : 0;
  }
  // ("d'investissement": the elided "de")
  const p = x.f === 'de' || x.f === 'par' ? 1 : x.f === 'd' && t[k + 1]?.f === "'" ? 2 : 0;
  if (p) {
    const noun = t[k + p];
    // (a trade's noun may be a field of government, "d'investissement", "de commerce", or short,
    // "de gaz", "de thé"; not a function word)
    if (noun?.kind !== 'w' || noun.cap || functionWord(noun.f) || ROLE_STOP.has(noun.f)) return 0;
    // "d'import-export"
    if (t[k + p + 1]?.f === '-' && t[k + p + 2]?.kind === 'w' && !t[k + p + 2]?.cap && t[k + p + 1]?.s === noun.e)
      return p + 3;
    // the noun's own adjective, when the name follows it ("de téléphonie mobile Movitel"; a
    // nationality is read as one: "de textile vietnamienne Viet Tien")
    const adj = t[k + p + 1];
    const named = adj?.kind === 'w' && !adj.cap && !NOT_NAME.has(adj.f) && capWord(t[k + p + 2]);
    return named && !ADJ_DICT.match(t, k + p + 1) ? p + 2 : p + 1;
  }
  return !ROLE_STOP.has(x.f) && looksAdjective(x.f) ? 1 : 0;
}

/**
 * A run of capitalised words ending in what the body is, in English ("Qatar Investment
 * Authority", "Siam Sports", "Bangkok Post"), at i. The run must start at i.
 */
export function foreignOrgName(doc: Doc, i: number, afterCountry = false): Cand | null {
  const t = doc.toks;
  if (!capWord(t[i]) || (capWord(t[i - 1]) && !afterCountry)) return null;
  // ("le Fonds souverain de Singapour Temasek Holdings": a country after "de" is the complement of
  // the noun before it; the body's own name starts after it)
  const country = t[i - 1]?.f === 'de' ? KB_DICT.match(t, i) : null;
  if (country?.ref.type === 'country' && capWord(t[country.end]) && capWord(t[country.end + 1]))
    return foreignOrgName(doc, country.end, true);
  let b = i;
  // ("Nam Song Hau Petroleum Trading and Investment JSC": English joins words with "and", "of")
  const joiner = (k: number) => (t[k]?.f === '&' || t[k]?.f === 'and' || t[k]?.f === 'of') && capWord(t[k + 1]);
  while (b < t.length && b < i + 8 && (capWord(t[b]) || joiner(b))) b++;
  // ("Thiên Thanh Group Co., Ltd", "Hoa Sen Trading Co. Ltd": the legal form after what the body
  // is, or "Co., Ltd" written whole after any name, "Haesung Vina Co., Ltd"; "Co" alone ends no
  // name, a Vietnamese syllable "Cơ" folds to it)
  const legal =
    b - i >= 3 && t[b - 1]?.f === 'co' && (ENGLISH_ORG_ENDS.has(t[b - 2]?.f ?? '') || legalFormEnd(t, b) > b + 1);
  if (b - i < 2 || !(legal || ENGLISH_ORG_ENDS.has(t[b - 1]?.f ?? '') || englishTitled(doc, i, b))) return null;
  if (legal) b = legalFormEnd(t, b);
  // a name the knowledge base has whole is its ("Vietnam Airlines" with its country)
  const kb = KB_DICT.match(t, i);
  if (kb && kb.end >= b) return null;
  // ("Vietnam-UK Network", "UK-Vietnam Business Network": the pair of countries its name opens on,
  // joined tight; not an acronym glossed, "VCCI-Vietnam Chamber of Commerce")
  let a = i;
  while (
    a >= 2 &&
    t[a - 1]?.f === '-' &&
    t[a - 1]?.s === t[a - 2]?.e &&
    t[a]?.s === t[a - 1]?.e &&
    !doc.used[a - 2] &&
    !doc.used[a - 1] &&
    countryNameEndingAt(t, a - 2)
  )
    a -= 2;
  return makeCand(doc, a, b, 'organization', tokenText(doc, a, b), 'org-foreign', null);
}

/**
 * "The Australian", "The Conversation", "The Diplomat": English's article opening a run of
 * capitalised words is a title, a medium's or a body's, in French text. Not the Vietnamese syllable
 * "Thế" written plain ("The Gioi va Viet Nam", "Nguyên The Anh"): no word after it is one; not a
 * place the knowledge base knows ("The Philippines"), nor a work named by its kind ("le roman The
 * Sympathizer", "la série The Crown", "le rapport The State of Southeast Asia").
 */
function englishTitled(doc: Doc, i: number, b: number): boolean {
  const t = doc.toks;
  if (!isEnglishThe(doc, i) || WORK_NOUNS.has(t[i - 1]?.f ?? '')) return false;
  for (let k = i + 1; k < b; k++) if (VN_SYLLABLE.test(t[k]?.f ?? '')) return false;
  const known = KB_DICT.match(t, i + 1);
  return !(known && known.end >= b && (known.ref.type === 'place' || known.ref.type === 'country'));
}
/** Kinds of works a title names: "le roman The Sympathizer". */
const WORK_NOUNS = new Set([
  'roman',
  'livre',
  'ouvrage',
  'film',
  'serie',
  'feuilleton',
  'documentaire',
  'emission',
  'chanson',
  'album',
  'piece',
  'rapport',
  'enquete',
  'etude',
  'exposition',
  'spectacle',
  'jeu',
]);

/** After "… Co" at b: its dot, and ", Ltd" / "Ltd" / ", JSC" when written. */
function legalFormEnd(t: Token[], b: number): number {
  let k = t[b]?.f === '.' && t[b]?.s === t[b - 1]?.e ? b + 1 : b;
  const comma = t[k]?.f === ',' ? 1 : 0;
  const form = t[k + comma];
  if (form?.cap && (form.f === 'ltd' || form.f === 'jsc')) k += comma + 1;
  return k;
}

/** News agencies, words of French text elsewhere ("selon l'AFP"), named sources in a credit. */
const AGENCIES = new Set(['afp', 'reuters', 'xinhua']);

/** Words a photo credits that are no source: "Photo : internet", "Photo : DR", "Photo : CTV" (a contributor). */
const NOT_SOURCES = new Set(['internet', 'dr', 'ctv', 'archives']);

/**
 * "Photo : VietnamPlus", "Photo: tienphong", "Photo : VGP", "Photo : Wikipedia/VNA": the media a
 * caption's credit names at i (the word "Photo"), by the shapes of a medium's name: one word in
 * lower case (a site's name, "baoquocte"), written in camel case ("VietnamPlus"), an acronym, an
 * agency, or a word shared with VNA's own credit. A capitalised French word alone is not one
 * ("Photo : Document", "Photo : Courtoisie"), nor a web address ("qdnd.vn"), nor a place or a
 * photographer named in syllables ("Photo : Sa Pa", "Photo : Phuong Hoa": left to the other rules).
 * Acronyms chained to a VNA credit are creditSources'; names the knowledge base has are its.
 */
export function photoCredits(doc: Doc, i: number): readonly Cand[] {
  const t = doc.toks;
  const f = t[i]?.f;
  if ((f !== 'photo' && f !== 'photos') || t[i + 1]?.f !== ':') return NONE;
  const out: Cand[] = [];
  for (let a = i + 2; a < t.length; ) {
    const word = t[a];
    if (word?.kind !== 'w') break;
    // ("VietnamPlus" is one word the tokenizer splits at its case change)
    const glued = t[a + 1]?.kind === 'w' && t[a + 1]?.s === word.e;
    const b = glued ? a + 2 : a + 1;
    const next = t[b];
    const gap = doc.text.slice(t[b - 1]?.e ?? 0, next?.s ?? doc.text.length);
    // the credit ends the caption: a field's end, a line's, a bracket, a stop, or another source after "/"
    const ends = !next || /\n/.test(gap) || ['/', ')', '.', '|', ',', ';'].includes(next.f);
    if (!ends || (next?.f === '.' && t[b + 1]?.kind === 'w' && !/\s/.test(doc.text.charAt(next.e)))) break;
    const shared = next?.f === '/' || t[a - 1]?.f === '/';
    const named =
      glued ||
      AGENCIES.has(word.f) ||
      (!word.cap && !NOT_NAME.has(word.f)) ||
      (word.upper && word.f.length > 1 && !shared) ||
      (word.cap && !word.upper && shared);
    const kb = KB_DICT.match(t, a);
    if (named && !NOT_SOURCES.has(word.f) && !(kb && kb.end >= b) && !doc.used[a])
      out.push(makeCand(doc, a, b, 'organization', doc.text.slice(word.s, t[b - 1]?.e), 'credit', null));
    if (next?.f !== '/') break;
    a = b + 1;
  }
  return out;
}

/** Agencies whose credit line other sources share: "Photo : HNM/CVN", "-VNA/VI". */
const CREDIT_HOSTS = new Set(['vna', 'cvn', 'vnp', 'ttxvn']);

/**
 * "Photo : CPV/CVN", "…aquaculture. -VNA/VI": acronyms joined by "/" to a VNA credit are the
 * sources credited with it. Returns the unknown ones in the chain starting at i (its first token).
 */
export function creditSources(doc: Doc, i: number): readonly Cand[] {
  const t = doc.toks;
  if (!t[i]?.upper || t[i - 1]?.f === '/') return NONE;
  const chain: number[] = [];
  for (let k = i; t[k]?.kind === 'w' && t[k]?.upper && (t[k]?.f.length ?? 0) >= 2; k += 2) {
    chain.push(k);
    if (t[k + 1]?.f !== '/' || t[k + 1]?.s !== t[k]?.e) break;
  }
  if (chain.length < 2 || !chain.some((k) => CREDIT_HOSTS.has(t[k]?.f ?? ''))) return NONE;
  return (
    chain
      // (nor a credit that names no medium: "CTV", a contributor, "Photo : CTV/CVN")
      .filter((k) => !CREDIT_HOSTS.has(t[k]?.f ?? '') && !NOT_SOURCES.has(t[k]?.f ?? '') && !KB_DICT.match(t, k))
      .map((k) => makeCand(doc, k, k + 1, 'organization', tokenText(doc, k, k + 1), 'credit', null))
  );
}

/** A country's one-word name at k ("Vietnam", "UK", "Japan"), the knowledge base's. */
function countryNameEndingAt(t: Token[], k: number): boolean {
  const m = KB_DICT.match(t, k);
  return m?.ref.type === 'country' && m.end === k + 1;
}
