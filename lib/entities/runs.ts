// Capitalised runs: the stretches of a text that may be a name. A run is cut at French words
// capitalised for other reasons (NOT_NAME), except where a name's own syllable reads like one:
// "Lê" written "Le" ("M. Le Van Thanh"), "Son" ("Pham Viet Son"); it goes on over initials
// ("Sergei V. Ivanov") and hyphened given names ("Park Jae-min").

import { fold } from '../text/fold';
import { type Doc, isFreeVnSyllable, isVnSyllable } from './doc';
import { GIVEN_NAMES } from './given-names';
import { ADJ_DICT } from './knowledge';
import { CIVILITIES, NOT_NAME, PARTICLES, STATE_OFFICE, TITLE_WORDS, VN_SURNAMES, VN_SYLLABLE } from './lexicon';
import { roleAfter, roleBefore } from './roles';
import { initialLetterAt, isSentenceStart, isSonSyllable, type Token } from './tokens';
import { worldPlaceCountry } from './world-places';

/** Words before a people's name ("les Belges", "des Laotiens"). */
const DEMONYM_DETERMINERS = new Set(['les', 'des', 'aux', 'deux', 'nos', 'ces']);

/**
 * A word at k that goes on the name before it: capitalised, free, after a space (not glued), and
 * not a French word capitalised for another reason.
 */
export function nameWordAt(doc: Doc, k: number): boolean {
  const spaced = doc.toks[k]?.s !== doc.toks[k - 1]?.e;
  return spaced && nameToken(doc, k) && !TITLE_WORDS.has(doc.toks[k]?.f ?? '');
}

function nameToken(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || !t.cap || doc.used[k]) return false;
  if (t.upper && t.f.length >= 2) return false;
  if (t.f.length === 1 && abbreviationLetter(doc, k)) return false;
  // "le roi des Belges Philippe", "aux Vietnamiens": French capitalises a people's name
  if (DEMONYM_DETERMINERS.has(doc.toks[k - 1]?.f ?? '') && ADJ_DICT.match(doc.toks, k)) return false;
  // "Y Drin Niê", "H’Moan Eban": Ede and Jarai men's names open on "Y", women's on "H’" (the
  // rest of the name follows, glued to the apostrophe or after a space)
  // ("Nguyên Thi Y Binh": inside a Vietnamese name, "Y" (Ý) is a syllable of it)
  if (t.f.length === 1 && (t.f === 'y' || (t.f === 'h' && doc.toks[k + 1]?.f === "'")))
    return edeOpening(doc, k) || (t.f === 'y' && betweenVnSyllables(doc, k));
  if (NOT_NAME.has(t.f)) {
    // "Lê" (a family name) folds to the article "le".
    const raw = doc.text.slice(t.s, t.e);
    return (
      raw === 'Lê' ||
      raw === 'Lã' ||
      surnameWithoutDiacritics(doc, k) ||
      syllableMidSentence(doc, k) ||
      unInsideName(doc, k) ||
      hyphenedGivenName(doc, k) ||
      hyphenedSecondSyllable(doc, k)
    );
  }
  return true;
}

/**
 * "Kim Il-sung", "Ri Il-hwan": after a family name, a given name's first syllable that reads as a
 * French word ("Il") is the name's when a short syllable is hyphened to it.
 */
function hyphenedGivenName(doc: Doc, k: number): boolean {
  const prev = doc.toks[k - 1];
  return (
    prev?.kind === 'w' &&
    prev.cap &&
    !NOT_NAME.has(prev.f) &&
    prev.e < (doc.toks[k]?.s ?? 0) &&
    doc.toks[k + 1]?.f === '-' &&
    givenNameTail(doc, k + 1)
  );
}

/**
 * "Kim Jong-Il", "Kim Chang-Il": a given name's second syllable, capitalised, tight after a hyphen
 * that follows its first ("Il" reads as the French pronoun, which no hyphen ever glues to a name).
 */
function hyphenedSecondSyllable(doc: Doc, k: number): boolean {
  const [first, dash, t] = [doc.toks[k - 2], doc.toks[k - 1], doc.toks[k]];
  return (
    dash?.f === '-' &&
    first?.kind === 'w' &&
    first.cap &&
    !NOT_NAME.has(first.f) &&
    first.e === dash.s &&
    dash.e === t?.s &&
    t.f.length <= 5 &&
    ASIAN_SYLLABLE.test(t.f)
  );
}

/** Is k set apart by spaces between two capitalised Vietnamese syllables ("Thi Y Binh")? */
function betweenVnSyllables(doc: Doc, k: number): boolean {
  const [prev, t, next] = [doc.toks[k - 1], doc.toks[k], doc.toks[k + 1]];
  return !!t && isVnSyllable(doc, k - 1) && isVnSyllable(doc, k + 1) && (prev?.e ?? 0) < t.s && t.e < (next?.s ?? 0);
}

/**
 * "les ministres des A.E", "de l'A.N": letters joined by dots after "des" or "l'" abbreviate a
 * body's or a portfolio's words; a person's initials never follow a plural or elided article.
 */
function abbreviationLetter(doc: Doc, k: number): boolean {
  const toks = doc.toks;
  let a = k;
  // (a few letters back at most: an abbreviation is short, and this runs on every single letter)
  for (
    let n = 0;
    n < 4 && toks[a - 1]?.f === '.' && toks[a - 1]?.s === toks[a - 2]?.e && toks[a - 2]?.f.length === 1;
    n++
  )
    a -= 2;
  const dotted = (toks[a + 1]?.f === '.' && toks[a + 1]?.s === toks[a]?.e) || a < k;
  if (!dotted) return false;
  const before = toks[a - 1]?.f;
  return before === 'des' || (before === "'" && toks[a - 2]?.f === 'l');
}

/**
 * "Le Van Thanh", "M. Le Minh Hung": the surname Lê written without its accent. French puts no
 * article before a person's name, so a capitalised "Le" or "La" followed by two or three
 * capitalised Vietnamese syllables (not a known place: "Le Quang Ninh" is taken) is the surname.
 */
function surnameWithoutDiacritics(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!t || (t.f !== 'le' && t.f !== 'la') || !VN_SURNAMES.has(t.f)) return false;
  if (!isFreeVnSyllable(doc, k + 1)) return false;
  // "l'artiste Le Huy", "M. Le Dung": right after a title or a form of address, a lone syllable is
  // enough (no article follows a noun, nor "M.")
  const prev = doc.toks[k - 1];
  const civility = prev?.f === '.' ? doc.toks[k - 2] : prev;
  const titled =
    (prev?.kind === 'w' && !prev.cap && TITLE_WORDS.has(prev.f)) ||
    (civility?.kind === 'w' && CIVILITIES.has(civility.f));
  // (a capitalised "Son" after a name word is the syllable Sơn, not "his": "Le Van Son")
  if (!titled && !isFreeVnSyllable(doc, k + 2) && !nameSyllableInside(doc, k + 2)) return false;
  // a fourth capitalised word makes it a longer name or a title, not "Le" + a name
  const after = doc.toks[k + 3];
  return !(after?.kind === 'w' && after.cap && !isFreeVnSyllable(doc, k + 3));
}

/**
 * "le village de Sa Na", "Ta Quang Buu": mid-sentence, French capitalises no "sa" or "ta"; before
 * another Vietnamese syllable it is one of the name. ("Le"/"La" are surnameWithoutDiacritics's.)
 */
function syllableMidSentence(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  const prev = doc.toks[k - 1];
  if (!t || !VN_SYLLABLE.test(t.f)) return false;
  if (!prev || isSentenceStart(doc.toks, k)) return false;
  // "Tran Thi La a dit": the last syllable of a name, set apart by a space (glued text puts a
  // capitalised article right after a name: "Pham Minh ChinhLe président…")
  // ("rue Hàng Ma": so is any such syllable that ends a name)
  const next = doc.toks[k + 1];
  const endsName = isFreeVnSyllable(doc, k - 1) && t.s > prev.e && !(next?.kind === 'w' && next.cap);
  // ("Nguyen Le Minh": "Le" between two syllables of a name, set apart by spaces, is one too)
  const inside = isFreeVnSyllable(doc, k - 1) && isFreeVnSyllable(doc, k + 1) && t.s > prev.e && !!next && next.s > t.e;
  if (t.f === 'le' || t.f === 'la') return endsName || inside;
  return endsName || isFreeVnSyllable(doc, k + 1);
}

/**
 * "Kim Jong Un", "Choe Ryong Hae… Kim Yo Un": a capitalised "Un" inside a sentence, right after a
 * name's word, is the name's last syllable (French capitalises the article only to open a
 * sentence or a title, and a title comes after a quotation mark, not after a name).
 */
function unInsideName(doc: Doc, k: number): boolean {
  const [prev, t] = [doc.toks[k - 1], doc.toks[k]];
  return (
    !!t &&
    !!prev &&
    t.f === 'un' &&
    prev.kind === 'w' &&
    prev.cap &&
    !prev.upper &&
    prev.e < t.s &&
    !NOT_NAME.has(prev.f) &&
    !isSentenceStart(doc.toks, k)
  );
}

/** "Pham Viet Son": "Son" (also "his") after a name word is a Vietnamese syllable of the name. */
function nameSyllableInside(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return isSonSyllable(t) && !doc.used[k];
}

/**
 * One or two romanised East Asian syllables ("min", "un", "ryong", "seug", "ocha"); French words
 * ("ville", "ouest", "nord") are not.
 */
const ASIAN_SYLLABLE = /^(?:[bcdghjklmnprstwy]{0,3}[aeiou]{1,3}(?:ng|[nlmkptg])?){1,2}$/;

/** "Park Jae-min", "Kim Jong-un": a short lower-case syllable hyphened to a given name. */
function givenNameTail(doc: Doc, k: number): boolean {
  const dash = doc.toks[k];
  const w = doc.toks[k + 1];
  const prev = doc.toks[k - 1];
  return (
    !!dash &&
    !!w &&
    !!prev &&
    w.kind === 'w' &&
    !w.cap &&
    // ("Prayut Chan-o-cha": a one-letter syllable inside a chain of them)
    (w.f.length >= 2 || (doc.toks[k + 2]?.f === '-' && doc.toks[k + 2]?.s === w.e)) &&
    // ("Kim Jae-ryong": a syllable of up to five letters, six when it ends on "ng" as Korean ones
    // do, "Hong Jong-kyoung", "Kim Jin-hyeong"; "-ville", "-ouest" are French)
    (w.f.length <= 5 || (w.f.length === 6 && w.f.endsWith('ng'))) &&
    ASIAN_SYLLABLE.test(w.f) &&
    doc.toks[k + 2]?.f !== "'" &&
    prev.e === dash.s &&
    dash.e === w.s &&
    !doc.used[k + 1]
  );
}

/** Small words French place names hyphen inside them: "Saint-Ouen-sur-Seine", "Châlons-en-Champagne". */
const PLACE_COMPOUND_LINKS = new Set(['sur', 'sous', 'en', 'les', 'le', 'la', 'de', 'du', 'des', 'aux', 'lez']);

/** "-sur-Seine" at k, glued to the name before it: a French place name goes on. */
function placeCompoundTail(doc: Doc, k: number): boolean {
  const t = doc.toks;
  const [d1, w, d2] = [t[k], t[k + 1], t[k + 2]];
  return (
    d1?.f === '-' &&
    d2?.f === '-' &&
    w?.kind === 'w' &&
    !w.cap &&
    PLACE_COMPOUND_LINKS.has(w.f) &&
    t[k - 1]?.e === d1.s &&
    d1.e === w.s &&
    w.e === d2.s &&
    d2.e === t[k + 3]?.s &&
    nameToken(doc, k + 3)
  );
}

/** Two free capitals at k, spaced from the next word, that are no title nor French word ("KP", "MA"). */
function twoCapitalsAt(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return (
    !!t &&
    t.kind === 'w' &&
    t.upper &&
    /^[a-z]{2}$/.test(t.f) &&
    !doc.used[k] &&
    !TITLE_WORDS.has(t.f) &&
    !NOT_NAME.has(t.f) &&
    (doc.toks[k + 1]?.s ?? 0) > t.e
  );
}

/** Function words after which two capitals are an abbreviation ("le PM", "de la RD Congo"), not initials. */
const BEFORE_ABBREVIATION = new Set('le la les l de du des d au aux en a et un une'.split(' '));

/**
 * "KP Sharma Oli", "PV Sindhu": two initials written together open a South Asian name, before at
 * least two names. Not an abbreviation the text knows ("PM", "SG"; a body's, which the knowledge
 * base has taken first) nor one after an article or a preposition ("la RD Congo").
 */
function joinedInitialsAt(doc: Doc, k: number): boolean {
  return (
    twoCapitalsAt(doc, k) &&
    !BEFORE_ABBREVIATION.has(doc.toks[k - 1]?.f ?? '') &&
    nameWordAt(doc, k + 1) &&
    nameWordAt(doc, k + 2) &&
    !doc.used[k + 1] &&
    // (before a Vietnamese name or a known given name, two capitals are a title or a trade the
    // text abbreviates: "GS Tran Van Tho" (professor), "MC Tran Thanh Tam", "DJ Martin Garrix")
    !VN_SURNAMES.has(doc.toks[k + 1]?.f ?? '') &&
    !GIVEN_NAMES.has(doc.toks[k + 1]?.f ?? '')
  );
}

/** "Abdullah II", "Felipe VI": a regnal number after a name. */
function regnalAt(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return !!t && t.kind === 'w' && t.upper && /^[ivx]{1,4}$/.test(t.f) && !doc.used[k];
}

/**
 * "Sergei V. Ivanov": a one-letter initial and its full stop inside a name; and Mohammad written
 * short, as Bangladesh and Malaysia write it before the name ("Md. Shahriar Alam", "Mohd. Nasir").
 */
export function initialAt(doc: Doc, k: number, inside = false): boolean {
  const t = doc.toks[k];
  // ("M." opening a name is the civility, not an initial; inside one it is: "Shamsher M. Chowdhury")
  return (
    !!t &&
    t.kind === 'w' &&
    ((t.upper && t.f.length === 1 && (inside || !CIVILITIES.has(t.f))) ||
      (t.cap && (SHORT_GIVEN_NAMES.has(t.f) || cyrillicInitialAt(doc, k)))) &&
    doc.toks[k + 1]?.f === '.' &&
    (nameToken(doc, k + 2) || initialsThenName(doc, k + 2))
  );
}

/** "S. J. Munguambe", "S.J.Munguambe": more initials (three at most), then a name. */
function initialsThenName(doc: Doc, k: number): boolean {
  for (let m = k; m < k + 6; m += 2) {
    if (!initialLetterAt(doc.toks, m)) return false;
    if (nameToken(doc, m + 2)) return true;
  }
  return false;
}
const SHORT_GIVEN_NAMES = new Set(['md', 'mohd', 'muhd']);

/**
 * "Ts. Elbegdorj", "Sergei Yu. Ivanov": a Cyrillic letter romanised in two, as Mongolian and
 * Russian initials are written (Ц Ts, Х Kh, Ч Ch, Ш Sh, Ж Zh, Я Ya, Ю Yu, Ё Yo, Е Ye), a capital
 * then a small letter, its full stop tight after it.
 */
function cyrillicInitialAt(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!t || !CYRILLIC_DIGRAPHS.has(t.f) || t.upper || doc.toks[k + 1]?.s !== t.e) return false;
  // (opening a name, or after a given name: "Liu Ye. Nguyen Van Hai…" is a Chinese name's last
  // syllable ending a sentence, the next name another person's)
  // ("le ministre de la Défense Ts. Tsolmon": after a capitalised noun its article marks as one,
  // the complement of a title)
  // ("le gouverneur de la province d'Oulan-Bator Kh. Battulga": after a known place or body, which
  // no name goes on from)
  const prev = doc.toks[k - 1];
  const article = doc.toks[k - 2]?.f === "'" ? doc.toks[k - 3]?.f : doc.toks[k - 2]?.f;
  const held = doc.used[k - 1];
  return (
    !(prev?.kind === 'w' && prev.cap) ||
    GIVEN_NAMES.has(prev.f) ||
    ARTICLES.has(article ?? '') ||
    (!!held && held.type !== 'person')
  );
}
const ARTICLES = new Set(['la', 'le', 'l', 'du', 'des']);
const CYRILLIC_DIGRAPHS = new Set(['ts', 'kh', 'ch', 'sh', 'zh', 'ya', 'yu', 'yo', 'ye']);

/**
 * "Michael D Higgins", "Harry S Truman": an initial written without its full stop, inside a name
 * (not "A", which a heading writes for "à", nor the "Y" and "H" that open Ede and Jarai names).
 */
function bareInitialAt(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  const next = doc.toks[k + 1];
  return (
    !!t &&
    !!next &&
    t.kind === 'w' &&
    t.upper &&
    t.f.length === 1 &&
    !'ayh'.includes(t.f) &&
    !doc.used[k] &&
    t.s > (doc.toks[k - 1]?.e ?? 0) &&
    next.s > t.e &&
    nameToken(doc, k + 1)
  );
}

/**
 * "Mohammad Abdullateef MA Alfares": two initials written together without full stops, inside a
 * name of two words at least that opens on a given name, before its last word (not an abbreviation
 * the text knows, "PM", "SG"; not a company's, "Petrovietnam Power PV Power").
 */
function twoInitialsInsideAt(doc: Doc, k: number): boolean {
  return (
    twoCapitalsAt(doc, k) &&
    (doc.toks[k]?.s ?? 0) > (doc.toks[k - 1]?.e ?? 0) &&
    nameToken(doc, k + 1) &&
    !doc.used[k + 1]
  );
}

/** Name particles written in lower case: "Abdel Fattah al-Sisi", "Ursula von der Leyen". */
/** Tokens of one or two particles at k before a name ("al-", "von der"), or 0. Never recursive. */
function particleLength(doc: Doc, k: number): number {
  let n = 0;
  for (let m = k; n < 2; m++, n++) {
    const t = doc.toks[m];
    // lower case ("al-Thani") or, as VNA sometimes prints it, capitals ("AL Maktoum")
    if (t?.kind !== 'w' || (t.cap && !t.upper) || !PARTICLES.has(t.f) || doc.used[m]) return 0;
    const next = doc.toks[m + 1];
    if (next?.f === '-') return next.s === t.e && nameToken(doc, m + 2) ? m + 2 - k : 0;
    if (nameToken(doc, m + 1)) return m + 1 - k;
  }
  return 0;
}

/**
 * "Marcelo Rebelo de Sousa", "Isabel Saint Malo de Alvarado": a lower-case "de"/"del" before a
 * family name of one or two words, inside a name that opens on a known given name ("George de
 * Lama") or on two foreign words; not before a place ("de Lisbonne" says where from).
 */
function familyDe(doc: Doc, a: number, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || t.cap || (t.f !== 'de' && t.f !== 'del') || k - a < 1) return false;
  // (a name opening on a known given name, or two words or more none of which is Vietnamese:
  // "Reinaldo José de Almeida Salgado")
  const foreign = k - a >= 2 && Array.from({ length: k - a }, (_, m) => a + m).every((m) => !isVnSyllable(doc, m));
  if (!(GIVEN_NAMES.has(doc.toks[a]?.f ?? '') || foreign) || !nameToken(doc, k + 1)) return false;
  // the family name: one word or two ("de Sousa", "de Almeida Salgado"), none of them a place
  // ("de Lisbonne", "de Hong Kong"); not two after a local office, whose place they name ("le
  // gouverneur Romeu Zema de Minas Gerais"), nor two a particle goes on from ("de Rio Grande do Sul")
  const toks = doc.toks as Doc['toks'][number][];
  const role = fold(roleBefore(doc, a).role ?? '');
  const two = nameToken(doc, k + 2) && !LOCAL_OFFICE.test(role) && !PARTICLES.has(toks[k + 3]?.f ?? '');
  const last = two ? k + 2 : k + 1;
  if (toks[last + 1]?.cap) return false;
  const words = [k + 1, last].map((m) => doc.text.slice(toks[m]?.s, toks[m]?.e));
  const family = doc.text.slice(toks[k + 1]?.s, toks[last]?.e);
  if ([family, ...words].some((w) => worldPlaceCountry(w))) return false;
  // (such names are those of heads of state and ministers, and of their counterparts: "son
  // homologue portugais Marcelo Rebelo de Sousa", "… de X de Y, vice-ministre brésilien des Affaires
  // étrangères"; "le PDG Michael Brown de Intel", "le joueur Marco Rossi de Juventus" say where the
  // person works)
  if (STATE_OFFICE.test(role) || COUNTERPART.test(role) || counterpartBefore(doc, a)) return true;
  return toks[last + 1]?.f === ',' && STATE_OFFICE.test(fold(roleAfter(doc, last + 1, a).role ?? ''));
}

const COUNTERPART = /^homologues?\b/;
/** Offices of a place: the words after their holder's name may be that place. */
const LOCAL_OFFICE = /^(?:vice-)?(?:gouverneure?|maire|mairesse|prefete?|bourgmestre)\b/;
/** "son homologue portugais X": the counterpart's word and a nationality right before the name. */
function counterpartBefore(doc: Doc, a: number): boolean {
  const toks = doc.toks;
  for (let k = a - 1; k >= a - 3 && k >= 0; k--) if (/^homologues?$/.test(toks[k]?.f ?? '')) return true;
  return false;
}

/** "Y" or "H’" at k, opening a name of two words or more (not "les H’Mông", a people). */
function edeOpening(doc: Doc, k: number): boolean {
  const toks = doc.toks;
  const t = toks[k] as Token;
  const first = t.f === 'y' ? k + 1 : k + 2;
  const [a, b] = [toks[first], toks[first + 1]];
  // "Y" and its name one space apart; "H’" glued to it
  const joined = t.f === 'y' ? a?.s === t.e + 1 : toks[k + 1]?.s === t.e && toks[k + 1]?.e === a?.s;
  return (
    joined &&
    a?.kind === 'w' &&
    a.cap &&
    !a.upper &&
    !NOT_NAME.has(a.f) &&
    b?.kind === 'w' &&
    b.cap &&
    b.s === a.e + 1 &&
    !doc.used[first]
  );
}

/** French elisions ("l'", "d'", "qu'"): an apostrophe after one of them is not inside a name. */
const ELIDED = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'm', 't', 'c', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** "Saleem Al-Za'anoon", "O'Brien": an apostrophe glued on both sides, after no French elision. */
export function apostropheInside(doc: Doc, k: number): boolean {
  const [prev, apos, next] = [doc.toks[k - 1], doc.toks[k], doc.toks[k + 1]];
  if (apos?.f !== "'" || prev?.kind !== 'w' || next?.kind !== 'w' || doc.used[k + 1]) return false;
  if (prev.e !== apos.s || apos.e !== next.s) return false;
  // "N'guettia Assouman", "M'bala Kone": N' and M' open African names before another name ("N'est-ce"
  // goes on in lower case; "L'ambassadeur X" is the article)
  const after = doc.toks[k + 2];
  const african =
    (prev.f === 'n' || prev.f === 'm') && prev.cap && after?.kind === 'w' && after.cap && !doc.used[k + 2];
  if (ELIDED.has(prev.f) && !african) return false;
  return next.cap ? nameToken(doc, k + 1) : next.f.length >= 2;
}

/** "Peter De Roover", "Ursula Von der Leyen": a particle written with a capital, inside a name. */
// ("Jean-Yves Le Drian", "Marine Le Pen": French names keep their article; "Deirdre Ní Fhallúin":
// an Irish woman's "daughter of")
const CAPITAL_PARTICLES = new Set([
  'ni',
  'nic',
  'de',
  'da',
  'di',
  'del',
  'della',
  'du',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'le',
  'la',
]);
function capitalParticle(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  const prev = doc.toks[k - 1];
  if (!t || !prev || t.kind !== 'w' || !t.cap || t.upper || doc.used[k] || !CAPITAL_PARTICLES.has(t.f)) return false;
  return prev.kind === 'w' && t.s > prev.e && nameToken(doc, k + 1);
}

/**
 * "le duo Tran Thi An - Pham Thi Hue": a dash spaced on both sides between two full Vietnamese
 * names (a family name and two or three more syllables on each side) pairs two persons, as sport
 * results and line-ups write them. A place's spaced dash ("Ba Ria - Vung Tau", "Phan Rang - Thap
 * Cham") has two syllables a side.
 */
function dashBetweenVnNames(doc: Doc, a: number, k: number): boolean {
  const toks = doc.toks;
  const dash = toks[k] as Token;
  if (dash.s === toks[k - 1]?.e || toks[k + 1]?.s === dash.e) return false;
  // (the family name may fold to a French word: "Lê")
  const syllable = (j: number, from: number) =>
    isFreeVnSyllable(doc, j) || (j === from && VN_SYLLABLE.test(toks[j]?.f ?? '') && nameToken(doc, j));
  const fullName = (from: number, to: number) => {
    if (to - from < 3 || to - from > 4 || !VN_SURNAMES.has(toks[from]?.f ?? '')) return false;
    for (let j = from; j < to; j++) if (!syllable(j, from)) return false;
    return true;
  };
  let end = syllable(k + 1, k + 1) ? k + 2 : k + 1;
  while (end < k + 6 && isFreeVnSyllable(doc, end)) end++;
  return fullName(a, k) && fullName(k + 1, end);
}

/** Generational suffixes after a name, abbreviated: "Jr.", "Sr.". */
const GENERATIONAL = new Set(['jr', 'sr']);

/** Maximal runs of capitalised name tokens (hyphen-joined compounds included). */
export function capitalRuns(doc: Doc): [number, number][] {
  const runs: [number, number][] = [];
  const toks = doc.toks;
  let k = 0;
  while (k < toks.length) {
    // ("N'guettia Assouman" opens on an elision letter)
    const elided = !!toks[k]?.cap && ELIDED.has(toks[k]?.f ?? '') && !doc.used[k] && apostropheInside(doc, k + 1);
    const initials = joinedInitialsAt(doc, k);
    if (!nameToken(doc, k) && !initialAt(doc, k) && !elided && !initials) {
      k++;
      continue;
    }
    const a = k;
    if (elided) k += 2;
    // "S. Sobyanin": an initial may open the name
    k += initialAt(doc, k) && !initials ? 2 : 1;
    for (;;) {
      const particle = particleLength(doc, k);
      if (initialAt(doc, k, true)) k += 2;
      else if (
        bareInitialAt(doc, k) ||
        (k >= a + 2 && GIVEN_NAMES.has(toks[a]?.f ?? '') && twoInitialsInsideAt(doc, k))
      )
        k++;
      else if (regnalAt(doc, k)) k++;
      else if (particle) k += particle;
      else if (nameToken(doc, k) || nameSyllableInside(doc, k)) k++;
      else if (toks[k]?.f === '-' && dashBetweenVnNames(doc, a, k)) break;
      else if (toks[k]?.f === '-' && (nameToken(doc, k + 1) || givenNameTail(doc, k))) k += 2;
      else if (placeCompoundTail(doc, k)) k += 4;
      else if (apostropheInside(doc, k)) k += 2;
      else if (capitalParticle(doc, k)) k++;
      else if (familyDe(doc, a, k)) k += 2;
      else break;
    }
    // "Francisco Tiu Laurel Jr.": a generational suffix is written with its full stop
    if (k > a + 1 && GENERATIONAL.has(toks[k - 1]?.f ?? '') && toks[k]?.f === '.' && toks[k]?.s === toks[k - 1]?.e) k++;
    runs.push([a, k]);
  }
  return runs;
}
