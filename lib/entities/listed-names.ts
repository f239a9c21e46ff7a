// Names read as an item of a list, once every other name of the page is known: Vietnamese given
// names listed with persons, a name listed with places the page knows (a place), or with companies
// (a company).

import { type Cand, type Doc, isFree, isFreeVnSyllable, makeCand, tokenText } from './doc';
import { GIVEN_NAMES } from './given-names';
import { ADJ_DICT } from './knowledge';
import { PEOPLE_NOUNS } from './lexicon';
import { capWord, type Token } from './tokens';

/**
 * "Les sportifs vietnamiens Phuoc Hai et Khanh Phong …, Vi Long et Xuan Thien": two or three
 * Vietnamese syllables without a family name (sports reports name athletes so) are a person when
 * listed with a person, or after a plural noun of people and its nationality. Read once every
 * person of the page is known.
 */
export function listedGivenNames(doc: Doc, a: number, b: number): Cand | null {
  const toks = doc.toks;
  if (b - a < 2 || b - a > 3) return null;
  for (let k = a; k < b; k++) if (!isFreeVnSyllable(doc, k)) return null;
  const adj = toks[a - 1] ? ADJ_DICT.match(toks, a - 1) : null;
  const people =
    PEOPLE_NOUNS.has(toks[a - 1]?.f ?? '') || (!!adj && adj.end === a && PEOPLE_NOUNS.has(toks[a - 2]?.f ?? ''));
  // listed with a person, in a sentence about such people ("Selon Nguyen Van Hai, Tan Uyen et Bau
  // Bang attirent…" lists towns)
  const listed =
    ((listSeparatorAt(toks, a - 1) && doc.used[a - 2]?.type === 'person') ||
      (listSeparatorAt(toks, b) && doc.used[b + 1]?.type === 'person')) &&
    peopleInSentence(doc, a);
  if (!listed && !people) return null;
  return makeCand(doc, a, b, 'person', tokenText(doc, a, b), 'listed-given-names', 'VN');
}

/**
 * "Rome, Milan, Florence, Venise et Naples", "à Mexico, Acapulco et Guadalajara": a name nothing
 * else read, an item of a list (a comma or "et" after it, or the "et" that closes the list before
 * it) that has two places the page knows otherwise and no person, is a place too: French lists
 * things of one kind. ("Après Hanoï et Da Nang, Masan ouvrira…": the comma after a closed list
 * opens the clause, and "Masan" is no item.)
 */
export function listedPlace(doc: Doc, a: number, b: number): Cand | null {
  // (places found otherwise: one found so makes no other one)
  let places = 0;
  for (const held of otherItems(doc, a, b) ?? []) {
    if (held?.type === 'person') return null;
    if (held?.type === 'place' && held.via !== 'listed-place') places++;
  }
  return places >= 2 ? makeCand(doc, a, b, 'place', tokenText(doc, a, b), 'listed-place', null) : null;
}

/**
 * "l'arrivée de LEGO et Pandora", "Samsung, LG et Hyosung": an unknown name listed with known
 * companies, and with nothing else the page names, is a company too.
 */
export function listedCompany(doc: Doc, a: number, b: number): Cand | null {
  // (a given name listed with a company is a person the page names by it: "Vingroup et Ronaldo")
  if (b - a === 1 && GIVEN_NAMES.has(doc.toks[a]?.f ?? '')) return null;
  let companies = 0;
  for (const held of otherItems(doc, a, b) ?? []) {
    if (held?.kb?.company) companies++;
    else if (held) return null;
  }
  return companies >= 1 ? makeCand(doc, a, b, 'organization', tokenText(doc, a, b), 'listed-company', null) : null;
}

/**
 * When [a, b) is a short unknown name that is an item of a list ("X, Y et Z"), what the page
 * found at each other item (undefined where it found nothing); else null.
 */
function otherItems(doc: Doc, a: number, b: number): (Cand | null | undefined)[] | null {
  const toks = doc.toks;
  if (b - a > 3 || !isFree(doc, a, b)) return null;
  for (let k = a; k < b; k++) if (!capWord(toks[k])) return null;
  // ("rue Le Duan, 1er arrondissement": the end of a longer name is not an item)
  if (toks[a - 1]?.kind === 'w' && toks[a - 1]?.cap) return null;
  const item = toks[b]?.f === ',' || toks[b]?.f === 'et' || toks[a - 1]?.f === 'et';
  return item ? listItems(doc, a, b).map((start) => doc.used[start]) : null;
}

/** The first tokens of the other items of a list of capitalised names around [a, b) ("X, Y et Z"). */
function listItems(doc: Doc, a: number, b: number): number[] {
  const toks = doc.toks;
  const out: number[] = [];
  // leftwards: the item ending before each separator (a list closed by "et" ends there)
  for (let p = a - 1, n = 0; n < 8 && listSeparatorAt(toks, p); n++) {
    if (toks[p]?.f === 'et' && toks[p - 1]?.f === ',') p--;
    let start = p - 1;
    const held = doc.used[start];
    if (held) start = held.a;
    else while (capWord(toks[start - 1])) start--;
    if (!capWord(toks[start]) && !held) break;
    out.push(start);
    if (toks[start - 1]?.f === 'et' && toks[p]?.f === ',') break;
    p = start - 1;
  }
  // rightwards: the item starting after each separator, up to the one after "et"
  for (let p = b, n = 0; n < 8 && listSeparatorAt(toks, p); n++) {
    if (toks[p]?.f === ',' && toks[p + 1]?.f === 'et') p++;
    const start = p + 1;
    const held = doc.used[start];
    if (!held && !capWord(toks[start])) break;
    out.push(start);
    if (toks[p]?.f === 'et') break;
    let end = held ? held.b : start;
    if (!held) while (capWord(toks[end])) end++;
    p = end;
  }
  return out;
}

/** "et" or a comma at k: what separates the items of a list of names. */
function listSeparatorAt(toks: Token[], k: number): boolean {
  return toks[k]?.f === 'et' || toks[k]?.f === ',';
}

/** A plural noun of people earlier in the sentence of token a. */
function peopleInSentence(doc: Doc, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 40; k--) {
    const t = doc.toks[k];
    if (t?.kind === 'p' && '.!?'.includes(t.f)) return false;
    if (PEOPLE_NOUNS.has(t?.f ?? '')) return true;
  }
  return false;
}
