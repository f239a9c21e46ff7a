// Tokenizer for the matcher: words, numbers and single punctuation marks with exact UTF-16
// offsets, plus a folded form for comparison. Matching works on token sequences rather than
// regexes, so nothing can backtrack and every span maps back to the original string.
//
// Words glued by the CMS ("enChine", "MaoZédong") are split at a lower→upper case change, so
// "Chine" is still found and "Mao Zédong" still reads as two name tokens.

import { COUNTRIES } from '../knowledge/countries';
import { isInvisibleInWord } from '../text/as-read';
import { fold } from '../text/fold';
import { NOT_NAME, ORG_HEADS, PLACE_TRIGGERS, TITLE_WORDS, VN_SURNAMES, VN_SYLLABLE } from './lexicon';

export type TokenKind = 'w' | 'n' | 'p';

export interface Token {
  /** UTF-16 start and end in the source string */
  s: number;
  e: number;
  /** folded (no case, no diacritics, straight apostrophe), NFD marks removed */
  f: string;
  kind: TokenKind;
  /** first letter is upper case */
  cap: boolean;
  /** every letter is upper case (acronyms: PCV, ASEAN) */
  upper: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;
// White space and invisible format characters (bidi controls, BOM) separate tokens without
// breaking a name; the invisible characters a page puts inside a word (soft hyphens, zero-width
// spaces and joiners) are read as marks of that word, and fold away (fold.ts).
const SPACE = /[\s\u00a0\u200e\u200f\u202a-\u202e\u2061-\u2069\ufeff]/u;

enum C {
  Space,
  Letter,
  Upper,
  Lower,
  Digit,
  Mark,
  Other,
}

/** Class of each UTF-16 unit, computed on first use (255: not yet); every unit is looked up. */
const classes = new Uint8Array(0x10000).fill(255);

function classify(code: number): C {
  const known = classes[code] as number;
  if (known !== 255) return known;
  let c: C;
  if (code < 0x80) {
    if (code >= 97 && code <= 122) c = C.Lower;
    else if (code >= 65 && code <= 90) c = C.Upper;
    else if (code >= 48 && code <= 57) c = C.Digit;
    else if (code === 32 || (code >= 9 && code <= 13)) c = C.Space;
    else c = C.Other;
  } else if (code >= 0xd800 && code <= 0xdfff) {
    // Lone surrogates and astral characters (emoji) are punctuation for our purposes.
    c = C.Other;
  } else if (isInvisibleInWord(code)) {
    c = C.Mark;
  } else {
    const ch = String.fromCharCode(code);
    if (SPACE.test(ch)) c = C.Space;
    else if (MARK.test(ch)) c = C.Mark;
    else if (UPPER.test(ch)) c = C.Upper;
    else if (LOWER.test(ch)) c = C.Lower;
    else if (LETTER.test(ch)) c = C.Letter;
    else c = C.Other;
  }
  classes[code] = c;
  return c;
}

function isWordClass(c: C): boolean {
  return c === C.Upper || c === C.Lower || c === C.Letter || c === C.Mark || c === C.Digit;
}

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classify(code);
    // (an invisible character opening a word is a space: "le président \u200bVo Van Thuong")
    if (c === C.Space || isInvisibleInWord(code)) {
      i++;
      continue;
    }
    if (!isWordClass(c) || c === C.Mark) {
      // A stray combining mark at a token start is punctuation too; it never starts a name.
      out.push({
        s: i,
        e: i + 1,
        f: folded[i] === '\u0000' ? '' : (folded[i] as string),
        kind: 'p',
        cap: false,
        upper: false,
      });
      i++;
      continue;
    }
    const start = i;
    const numeric = c === C.Digit;
    let prev: C = c;
    let hasLower = c === C.Lower;
    let hasUpper = c === C.Upper;
    let upperAfterFirst = false;
    let marked = false;
    i++;
    while (i < n) {
      const cc = classify(text.charCodeAt(i));
      if (!isWordClass(cc)) break;
      // Camel-case boundary inside a word: "enChine" → "en" + "Chine" (not "McClay", "MacArthur")
      if (!numeric && cc === C.Upper && prev === C.Lower && !/^Ma?c$/.test(text.slice(start, i))) break;
      if (cc === C.Lower) hasLower = true;
      else if (cc === C.Upper) hasUpper = upperAfterFirst = true;
      if (cc !== C.Mark) prev = cc;
      else marked = true;
      i++;
    }
    // (an NFD mark or a soft hyphen folds to U+0000, dropped from the folded word; most words have none)
    const f = marked ? folded.slice(start, i).replace(/\u0000/g, '') : folded.slice(start, i);
    // (a word holding marks, NFD or invisible, is read without them: "lepr\u00adésident")
    const visible = marked ? visibleWord(text, folded, start, i) : null;
    const elided = !numeric && !hasUpper && folded.charCodeAt(i - 1) !== 0 ? elidedAt(f, text, i) : 0;
    if (elided) {
      // "etl'aquiculture", "parlementairesd'amitié": the stored text glued "l'" or "d'" to the word
      // before it
      out.push({ s: start, e: i - 1, f: f.slice(0, -1), kind: 'w', cap: false, upper: false });
      out.push({ s: i - 1, e: i, f: f.slice(-1), kind: 'w', cap: false, upper: false });
      continue;
    }
    // (a capitalised word: "Partide"; and a sentence's first word before a title, "Lavice-présidente",
    // never a family name inside a sentence, "Bernard Laporte")
    // (read in the word's visible letters when it holds marks)
    const [src, from, to] = visible ? [visible.text, 0, f.length] : [text, start, i];
    const glued =
      !numeric && !upperAfterFirst && f.length >= 6
        ? gluedAt(
            f,
            src,
            from,
            to,
            c === C.Upper ? (opensSentence(text, start) ? 'sentence' : 'name') : 'lower',
            // (what follows a dash after the word, folded, its invisible characters dropped)
            text[i] === '-' ? folded.slice(i + 1, i + 40).replace(/\u0000/g, '') : '',
          )
        : 0;
    const acronymEnd =
      !numeric && !marked && c === C.Upper && upperAfterFirst && hasLower ? gluedToAcronym(text, folded, start, i) : 0;
    if (acronymEnd) {
      // "l'ASEANpour", "des AEPham Binh Minh": the stored text glued a word to an acronym
      out.push({ s: start, e: acronymEnd, f: f.slice(0, acronymEnd - start), kind: 'w', cap: true, upper: true });
      const cap = classify(text.charCodeAt(acronymEnd)) === C.Upper;
      out.push({ s: acronymEnd, e: i, f: f.slice(acronymEnd - start), kind: 'w', cap, upper: false });
      continue;
    }
    const country = glued || acronymEnd || numeric || c !== C.Upper || upperAfterFirst ? 0 : countryGluedToWord(f);
    if (country) {
      // "du Vietnamet l'Ambassade", "l'Estoniedans plusieurs domaines": a country's name the stored
      // text glued to a small word after it (split where its visible letters split, when it holds marks)
      const at = visible ? (visible.at[country] as number) : start + country;
      out.push({ s: start, e: at, f: f.slice(0, country), kind: 'w', cap: true, upper: false });
      out.push({ s: at, e: i, f: f.slice(country), kind: 'w', cap: false, upper: false });
      continue;
    }
    if (glued) {
      // "leprésident", "présidentdu": an article or a preposition the stored text glued to a title
      const at = visible ? (visible.at[glued] as number) : start + glued;
      out.push({ s: start, e: at, f: f.slice(0, glued), kind: 'w', cap: c === C.Upper, upper: false });
      out.push({ s: at, e: i, f: f.slice(glued), kind: 'w', cap: false, upper: false });
      continue;
    }
    out.push({
      s: start,
      e: i,
      f,
      kind: numeric ? 'n' : 'w',
      cap: c === C.Upper,
      upper: hasUpper && !hasLower,
    });
  }
  return out;
}

/** "S." of "S. J. Munguambe", "O." of "O.R. Tambo": one capital letter and the full stop after it, at k. */
export function initialLetterAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t?.kind === 'w' && t.upper && t.f.length === 1 && toks[k + 1]?.f === '.';
}

/** One-word names of countries and continents, folded ("vietnam", "estonie", "asie"). */
const COUNTRY_WORDS = new Set([
  ...COUNTRIES.flatMap((c) => c.names.map(fold)).filter((n) => n.length >= 4 && !/[\s'-]/.test(n)),
  ...['asie', 'afrique', 'europe', 'amerique', 'oceanie'],
]);
/** …and every nationality or continent adjective: "Malien", "Européen" are words, not "Mali" + "en". */
const NATIONALITY_WORDS = new Set([
  ...COUNTRIES.flatMap((c) => c.adjectives.map(fold)),
  ...['europeen', 'europeenne', 'europeens', 'europeennes', 'asiatique', 'africain', 'americain'],
]);
/**
 * Small words the stored text glues after a country's name: "Vietnamet", "Bulgarieau",
 * "Dominiquesont". (Not "de" or "du": names end so, "Chinedu", "Asiedu".)
 */
const AFTER_COUNTRY = ['et', 'en', 'au', 'aux', 'dans', 'sont', 'ont', 'est', 'qui', 'pour', 'par', 'sur', 'avec'];
const SHORTEST_COUNTRY_GLUED = 6;

/** Where a country's name glued to a small word ends in the capitalised word f, else 0. */
function countryGluedToWord(f: string): number {
  if (f.length < SHORTEST_COUNTRY_GLUED || COUNTRY_WORDS.has(f) || NATIONALITY_WORDS.has(f)) return 0;
  for (const w of AFTER_COUNTRY) {
    if (!f.endsWith(w)) continue;
    const at = f.length - w.length;
    if (COUNTRY_WORDS.has(f.slice(0, at))) return at;
  }
  return 0;
}

/**
 * Small words the stored text glues after a nationality adjective: "dirigeants vietnamiensau
 * président", "les pays asiatiqueset africains", "l'ambassadeur japonaisde", "japonaisà Hanoï".
 */
const AFTER_ADJECTIVE = ['et', 'en', 'au', 'aux', 'dans', 'de', 'des', 'du', 'a'];

/**
 * Where a lower-case nationality adjective (singular or plural) glued to a small word ends in f,
 * else 0. The adjective must be whole, so a word of its own ("européen" is not "europe" + "en")
 * stays whole.
 */
function adjectiveGluedToWord(f: string): number {
  if (NATIONALITY_WORDS.has(f)) return 0;
  for (const w of AFTER_ADJECTIVE) {
    if (!f.endsWith(w)) continue;
    const at = f.length - w.length;
    const adj = f.slice(0, at);
    if (adj.length < 5) continue;
    if (NATIONALITY_WORDS.has(adj) || (adj.endsWith('s') && NATIONALITY_WORDS.has(adj.slice(0, -1)))) return at;
  }
  return 0;
}

/** Small words the stored text glues after an acronym: "l'ASEANpour", "l'ADMMet", "l'ONUont". */
const AFTER_ACRONYM = new Set(
  'pour qui que et ou dans ont au aux en de des du le la les est sont sur avec par vers entre'.split(' '),
);

/**
 * Where an acronym glued to the next word ends in the word [start, end) that opens with capitals
 * then turns lower case: before a small word ("ASEANpour" → "ASEAN" + "pour") or before a
 * Vietnamese family name ("AEPham" → "AE" + "Pham"); else 0. Not "XIVe", "LOTUSat".
 */
function gluedToAcronym(text: string, folded: string, start: number, end: number): number {
  let lower = start;
  while (lower < end && classify(text.charCodeAt(lower)) !== C.Lower) lower++;
  if (lower >= end || lower - start < 2) return 0;
  if (AFTER_ACRONYM.has(folded.slice(lower, end))) return lower;
  return lower - start >= 3 && VN_SURNAMES.has(folded.slice(lower - 1, end)) ? lower - 1 : 0;
}

/**
 * A word [start, end) holding marks, as read without them (the units that fold to U+0000: NFD
 * marks, soft hyphens), then the character after it ("vice" glues only before "-"); `at[k]` is
 * the text offset of the visible character k (`at[length]`: the word's end).
 */
function visibleWord(text: string, folded: string, start: number, end: number): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let k = start; k < end; k++) {
    if (folded.charCodeAt(k) === 0) continue;
    out += text[k];
    at.push(k);
  }
  at.push(end);
  return { text: out + text.charAt(end), at };
}

// ("ancienprésident", "nouvelleministre", "actuelprésident": the qualifiers that stand before a
// title glue to it too; and the possessives, "leursprésidents", "sonhomologue")
const GLUED_BEFORE = [
  'les',
  'le',
  'la',
  'des',
  'du',
  'de',
  'au',
  'que',
  'et',
  'ancien',
  'ancienne',
  'nouveau',
  'nouvelle',
  'actuel',
  'actuelle',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
];
/** A sentence's first word glues only an article: "Leprésident", "Lavice-présidente". */
const GLUED_BEFORE_CAP = ['Les', 'Le', 'La'];
const GLUED_AFTER = ['des', 'du', 'de'];
/** The first letters of GLUED_BEFORE's words. */
const GLUED_OPENINGS = new Set(GLUED_BEFORE.map((w) => w.charAt(0)));
/** Titles a glued word may hold ("dessous" is a word: "sous" only qualifies a title). */
const GLUED_TITLES = new Set([...TITLE_WORDS, 'ministere', 'ministeres'].filter((w) => w.length >= 4 && w !== 'sous'));
/** …and in lower case, designations of places and heads of bodies ("laprovince", "leministère"). */
const GLUED_WORDS = new Set([...GLUED_TITLES, ...[...PLACE_TRIGGERS, ...ORG_HEADS].filter((w) => w.length >= 4)]);

/**
 * Words that qualify a title from behind and that the stored text glues to it: nationality
 * adjectives ("vice-ministremozambicain", "présidentmozambicain") and the title's own
 * qualifiers ("directeurgénéral", "vice-présidentpermanent").
 */
const GLUED_QUALIFIERS = new Set([
  // (one word: the tokenizer has split a hyphenated one, "sud-coréen", at its hyphen)
  ...COUNTRIES.flatMap((c) => c.adjectives.map(fold)).filter((a) => a.length >= 3 && !/[\s-]/.test(a)),
  ...'general generale generaux adjoint adjointe adjoints permanent permanente permanents delegue deleguee delegues honoraire honoraires'.split(
    ' ',
  ),
]);
/**
 * Hyphenated nationality adjectives by their first part: "vice-ministresierra-léonais" glues the
 * first part to the title, the rest follows the hyphen.
 */
const GLUED_COMPOUND_HEADS = new Map<string, string[]>();
for (const a of COUNTRIES.flatMap((c) => c.adjectives.map(fold)).filter((x) => /^[a-z]+-[a-z-]+$/.test(x))) {
  const [head, ...rest] = a.split('-');
  GLUED_COMPOUND_HEADS.set(head as string, [...(GLUED_COMPOUND_HEADS.get(head as string) ?? []), rest.join('-')]);
}

/** How long a title glued to a word may be: the split points past it need no look (a long word stays linear). */
const LONGEST_GLUED_TITLE = Math.max(...[...GLUED_TITLES].map((w) => w.length));

/** The first four letters of the titles that may open such a word (a glance before the lists). */
const GLUED_TITLE_OPENINGS = new Set([...GLUED_TITLES].map((w) => w.slice(0, 4)));

/** Is the word at start the first of a sentence (after spaces: the text's start, or . ! ? : « " ( –)? */
function opensSentence(text: string, start: number): boolean {
  // (no copy of the text: this runs on every long capitalised word)
  let j = start - 1;
  for (; j >= 0 && /\s/.test(text.charAt(j)); j--) if (text.charAt(j) === '\n') return true;
  return j < 0 || '.!?:«"“(–—'.includes(text.charAt(j));
}

/**
 * Where a word the stored text glued splits: "leprésident" → "le" + "président", "lavice-présidente"
 * → "la" + "vice", "en tant quemembre" → "que" + "membre", "laprovince" → "la" + "province",
 * "gouverneurde" → "gouverneur" + "de", "Comité du Partide" → "Parti" + "de". 0 if it is one word.
 * A capitalised word splits before a title only where it opens a sentence ("Lavice-présidente"; a
 * family name, "Laporte", "Lemaire", is one word), and only after a title or a head ("Partide").
 * The article or preposition is matched as written, unaccented ("déconseiller", "démembre" are
 * words), and "vice" only before the dash that joins it to its title ("device" is a word).
 */
function gluedAt(
  f: string,
  text: string,
  start: number,
  end: number,
  kind: 'lower' | 'sentence' | 'name',
  afterDash: string,
): number {
  // (read in the text itself, no copy: this runs on every long lower-case word of the page)
  const before = kind === 'lower' ? GLUED_BEFORE : kind === 'sentence' ? GLUED_BEFORE_CAP : [];
  const words = kind === 'lower' ? GLUED_WORDS : GLUED_TITLES;
  // ("Premierministre": "Premier" glues to the title it opens, capitalised or not)
  if (/^premier$/i.test(text.slice(start, start + 7)) && GLUED_TITLES.has(f.slice(7))) return 7;
  // (most long words open with no article's letter and end in no "d…": a glance at two
  // characters spares the lists)
  const lists = GLUED_OPENINGS.has(text.charAt(start).toLowerCase()) ? before : [];
  for (const p of lists) {
    if (!text.startsWith(p, start)) continue;
    const rest = f.slice(p.length);
    if (words.has(rest) && (rest !== 'vice' || text[end] === '-')) return p.length;
  }
  if (kind === 'lower' && GLUED_TITLE_OPENINGS.has(f.slice(0, 4))) {
    const at = titleBeforeQualifier(f) || (afterDash ? titleBeforeCompound(f, afterDash) : 0);
    if (at) return at;
  }
  if (kind === 'lower') {
    const at = adjectiveGluedToWord(f);
    if (at) return at;
  }
  if (text[end - 2] !== 'd' && text[end - 3] !== 'd') return 0;
  for (const q of GLUED_AFTER)
    if (text.endsWith(q, end) && GLUED_WORDS.has(f.slice(0, -q.length))) return f.length - q.length;
  return 0;
}

/** "ministremozambicain" → 6 ("ministre" + "mozambicain"): a title, then a qualifier glued to it. 0 if none. */
function titleBeforeQualifier(f: string): number {
  for (let k = 4; k <= Math.min(f.length - 3, LONGEST_GLUED_TITLE); k++)
    if (GLUED_TITLES.has(f.slice(0, k)) && GLUED_QUALIFIERS.has(f.slice(k))) return k;
  return 0;
}

/**
 * "ministresierra" + "-léonais" → 8: a title, then the first part of a hyphenated nationality whose
 * rest (`afterDash`, folded) follows the dash. 0 if none.
 */
function titleBeforeCompound(f: string, afterDash: string): number {
  for (let k = 4; k <= Math.min(f.length - 2, LONGEST_GLUED_TITLE); k++) {
    const rests = GLUED_TITLES.has(f.slice(0, k)) ? GLUED_COMPOUND_HEADS.get(f.slice(k)) : undefined;
    if (rests?.some((r) => afterDash.startsWith(r) && !/\p{L}/u.test(afterDash.charAt(r.length)))) return k;
  }
  return 0;
}

/** Words that end in "d'" of their own: "aujourd'hui", "prud'homme", "grand'mère". */
const OWN_ELISION = new Set(['aujourd', 'prud', 'grand']);

/**
 * "etl'", "dansl'", "parlementairesd'" at the end of a word (the apostrophe and a letter follow):
 * the elided article or preposition the stored text glued to the word before it. 1 (its length) or 0.
 */
function elidedAt(f: string, text: string, end: number): number {
  if (f.length < 3 || !(f.endsWith('l') || f.endsWith('d')) || OWN_ELISION.has(f)) return 0;
  const q = text[end];
  return (q === "'" || q === '\u2019') && /\p{L}/u.test(text[end + 1] ?? '') ? 1 : 0;
}

/** A capitalised word that is no French function word ("Le", "Selon" at a sentence's start are). */
export function capWord(t: Token | undefined): boolean {
  return t?.kind === 'w' && t.cap && !NOT_NAME.has(t.f);
}

/** Sentence-initial: first token of the text, or after . ! ? : « " ( – and the like. */
export function isSentenceStart(toks: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = toks[i - 1];
  if (p?.kind !== 'p') return false;
  return '.!?:;«»"“”(–—-…|•>'.includes(p.f) || p.f === '\u2026';
}

/** "germano-vietnamienne", "papouan-néo-guinéen": token i ends a compound glued by a hyphen. */
export function isCompoundTail(toks: Token[], i: number): boolean {
  const dash = toks[i - 1];
  const head = toks[i - 2];
  return dash?.f === '-' && head?.kind === 'w' && dash.s === head.e && toks[i]?.s === dash.e;
}

/**
 * "&" or "." written tight inside a name: "H&M", "T&T" (a capital after "&"), "O.S.K" (initials:
 * one capital on each side of "."). Not "SPI.Le" or "SPI.A Hanoi": a sentence the stored text
 * glued to a name.
 */
export function isTightJoiner(toks: Token[], k: number): boolean {
  const [before, t, after] = [toks[k - 1], toks[k], toks[k + 1]];
  if (!before || !t || !after || before.e !== t.s || t.e !== after.s || after.kind !== 'w') return false;
  if (t.f === '&') return before.kind === 'w' && after.cap;
  // (initials, "O.S.K", and abbreviations of single letters, "a.i." for ad interim)
  const initial = (x: Token) => x.kind === 'w' && x.f.length === 1;
  return t.f === '.' && initial(before) && initial(after);
}

/** A slash at k written tight between two words ("RE/MAX", "orange/dioxine"). */
export function tightSlashAt(toks: Token[], k: number): boolean {
  const [before, t, after] = [toks[k - 1], toks[k], toks[k + 1]];
  return t?.f === '/' && before?.kind === 'w' && after?.kind === 'w' && before.e === t.s && t.e === after.s;
}

/**
 * A Vietnamese family name followed by another syllable at k: a person's name begins there ("le
 * Service de la construction Vo Nhu Hung": the person the title before it names, not the body).
 */
export function personStartsAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  return (
    !!t &&
    VN_SURNAMES.has(t.f) &&
    next?.kind === 'w' &&
    next.cap &&
    !next.upper &&
    VN_SYLLABLE.test(next.f) &&
    VN_SYLLABLE.test(t.f)
  );
}

/** "Pham Viet Son", "Truong Son": "Son" (also "his") capitalised inside a name is its syllable Sơn. */
export function isSonSyllable(t: Token | undefined): boolean {
  return !!t && t.kind === 'w' && t.f === 'son' && t.cap && !t.upper;
}

/** "comme", "notamment", "tels que", "à savoir" at k: words that open a list of examples. Their length (0 if none). */
export function listIntroLength(toks: Token[], k: number): number {
  const f = toks[k]?.f;
  if (f === 'comme' || f === 'notamment') return 1;
  const next = toks[k + 1]?.f;
  if (next === 'que' && (f === 'tel' || f === 'tels' || f === 'telle' || f === 'telles')) return 2;
  return f === 'a' && next === 'savoir' ? 2 : 0;
}

/**
 * "de la culture, des sports et du tourisme", "en Argentine, en Uruguay et au Paraguay": from k, a
 * list of words and commas reaching "et" within `reach` tokens (a list of seven posts takes about
 * twenty). The token after that "et", or -1.
 */
export function listEtEnd(toks: Token[], k: number, reach = 10): number {
  for (let m = k; m < k + reach && m < toks.length; m++) {
    const f = toks[m]?.f;
    if (f === 'et') return m + 1;
    if (toks[m]?.kind === 'p' && f !== ',' && f !== "'" && f !== '-') return -1;
  }
  return -1;
}

/** "N°1", "n° 2", "No.3" at k: the end of the number sign and its number, else -1. */
export function numberSignEnd(toks: Token[], k: number): number {
  const t = toks[k];
  if (t?.kind !== 'w') return -1;
  const sign = (t.f === 'n' && toks[k + 1]?.f === '°') || (t.f === 'no' && t.cap && toks[k + 1]?.f === '.');
  return sign && toks[k + 2]?.kind === 'n' ? k + 3 : -1;
}

/**
 * "Traditionnellement, Hanoï et…", "Heureusement, Vietnam Airlines a…": an adverb in "-ment" that
 * opens a sentence before its comma is capitalised only by its place; it is read in lower case, so
 * no rule takes it for a name (not the nouns in "-ment" a sentence may open on, "Parlement,").
 */
export function lowerSentenceAdverbs(toks: Token[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (
      t.kind === 'w' &&
      t.cap &&
      !t.upper &&
      t.f.length >= 7 &&
      /(?:[aeiu]ment|amment|emment)$/.test(t.f) &&
      !NOUNS_IN_MENT.has(t.f) &&
      toks[k + 1]?.f === ',' &&
      isSentenceStart(toks, k)
    )
      t.cap = false;
  }
}
const NOUNS_IN_MENT = new Set(
  'parlement gouvernement departement mouvement etablissement developpement investissement enseignement evenement reglement rassemblement groupement regiment monument document instrument element moment segment traitement financement paiement logement armement batiment amendement argument complement supplement'.split(
    ' ',
  ),
);
