// A person named in full once, then by a short form of the name. French news writes foreign names
// so: the family name alone ("le président allemand Frank-Walter Steinmeier… Steinmeier a
// souligné…", "Jacinda Ardern… Mme Ardern a salué…"). A Vietnamese person is named again by the
// last two syllables (sport reports above all: "l'attaquant Nguyên Anh Duc… Anh Duc a marqué"),
// or, with a civility, by the last one, the given name ("M. Ca"): shared by many people ("Minh",
// "Son") and often a place or a common word, it is never looked for on its own. A sovereign named
// in full is named again by the first given name ("au grand-duc de Luxembourg, Henri Albert
// Gabriel Félix Marie Guillaume… le grand-duc Henri"). The short mentions are the same person.

import { type Cand, candCountry, type Doc } from './doc';
import { SOVEREIGNS, VN_SYLLABLE } from './lexicon';
import { roleHead } from './roles';

/** Family names this short are too often other words ("Sen", "Lee", "Kim"). */
const MIN_LENGTH = 4;

/** A Vietnamese person's name: said so, or every word a Vietnamese syllable ("Phan Van Giang"; not "Dong Jun"). */
export function vietnameseName(c: Cand): boolean {
  if (candCountry(c) === 'VN') return true;
  for (let k = c.a; k < c.b; k++) {
    const t = c.doc.toks[k];
    if (t?.kind === 'w' && !VN_SYLLABLE.test(t.f)) return false;
  }
  return true;
}

const wordsOf = (c: Cand, from: number): string =>
  c.doc.toks
    .slice(from, c.b)
    .map((t) => t.f)
    .join(' ');

/** The story a text belongs to: the article, or one teaser of its feed. */
export const storyOf = (doc: Doc): string => (doc.in === 'related' ? `related ${doc.index}` : 'article');

/**
 * A kind of short form: the key of a full name's short form (null if it has none) and where
 * short forms count (a foreign family name across the page; Vietnamese syllables in one story).
 */
export interface ShortForm {
  of: (c: Cand) => string | null;
  scope: (c: Cand) => string;
  words: number;
}

/** A short form the page uses for one person: its words, where it counts, and whose it is. */
export interface ShortName {
  words: string[];
  scope: string;
  owner: Cand;
}

/**
 * The short forms of the page's full names, each with its person, when no other person and no
 * other entity of that many words has it, and (for one word) the page never writes it in lower
 * case (`lowerSeen`: "Orange" may be a colour). Keyed by scope and folded words.
 */
export function shortNames(
  cands: readonly Cand[],
  form: ShortForm,
  lowerSeen: ReadonlySet<string>,
): Map<string, ShortName> {
  const owners = new Map<string, ShortName | null>();
  const taken = new Set<string>();
  for (const c of cands) {
    if (c.dropped) continue;
    if (c.type !== 'person') {
      if (c.b - c.a === form.words) taken.add(`${form.scope(c)}|${wordsOf(c, c.a)}`);
      continue;
    }
    const short = form.of(c);
    if (short === null) continue;
    const scope = form.scope(c);
    const key = `${scope}|${short}`;
    const had = owners.get(key);
    owners.set(key, had === undefined || had?.owner.id === c.id ? { words: short.split(' '), scope, owner: c } : null);
  }
  const out = new Map<string, ShortName>();
  for (const [k, s] of owners) if (s && !taken.has(k) && !lowerSeen.has(s.words.join(' '))) out.set(k, s);
  return out;
}

/** A foreign person's family name, across the page: "Steinmeier", "Ardern". */
export const FAMILY_NAME: ShortForm = {
  of: (c) => {
    const last = c.doc.toks[c.b - 1];
    if (c.b - c.a < 2 || last?.kind !== 'w' || !last.cap || last.f.length < MIN_LENGTH || vietnameseName(c))
      return null;
    // "Vicki O'Halloran… le gouverneur O'Halloran": a family name glued to its particle by an
    // apostrophe is the three tokens, never the word after the apostrophe alone
    if (apostropheAt(c, c.b - 2)) return c.b - c.a < 4 || !gluedParticleAt(c, c.b - 3) ? null : wordsOf(c, c.b - 3);
    return last.f;
  },
  scope: () => 'page',
  words: 1,
};

/** Token k is an apostrophe glued to the word after it. */
const apostropheAt = (c: Cand, k: number): boolean => {
  const [apos, next] = [c.doc.toks[k], c.doc.toks[k + 1]];
  return apos?.f === "'" && apos.e === next?.s;
};

/** Tokens k..k+2 are one family name glued by an apostrophe ("O'Halloran", "D'Souza"). */
const gluedParticleAt = (c: Cand, k: number): boolean => {
  const particle = c.doc.toks[k];
  return particle?.kind === 'w' && particle.cap && particle.e === c.doc.toks[k + 1]?.s && apostropheAt(c, k + 1);
};

/** A sovereign's first given name, across the page: "Henri" of the grand-duc "Henri Albert…". */
export const REGNAL_NAME: ShortForm = {
  of: (c) => {
    const first = c.doc.toks[c.a];
    if (c.b - c.a < 2 || !c.role || first?.kind !== 'w' || !first.cap || first.f.length < MIN_LENGTH) return null;
    return SOVEREIGNS.has(roleHead(c.role)) ? first.f : null;
  },
  scope: () => 'page',
  words: 1,
};

/** A Vietnamese person's last two syllables, in the same story: "Anh Duc" of "Nguyên Anh Duc". */
export const LAST_SYLLABLES: ShortForm = {
  of: (c) => {
    if (c.b - c.a < 3 || !vietnameseName(c)) return null;
    const [x, y] = [c.doc.toks[c.b - 2], c.doc.toks[c.b - 1]];
    return x?.cap && y?.cap && x.kind === 'w' && y.kind === 'w' ? `${x.f} ${y.f}` : null;
  },
  scope: (c) => storyOf(c.doc),
  words: 2,
};

/**
 * A Vietnamese person's given name, the last syllable, in the same story: "M. Ca" of "Trân Minh Ca".
 * Only joins a one-word person found on its own (a civility or a role said so); never learnt, since
 * the syllable alone is as often a place or a word.
 */
export const GIVEN_NAME: ShortForm = {
  of: (c) => {
    const last = c.doc.toks[c.b - 1];
    return c.b - c.a >= 2 && vietnameseName(c) && last?.kind === 'w' && last.cap ? last.f : null;
  },
  scope: (c) => storyOf(c.doc),
  words: 1,
};

/** A short form found as a person of its own ("Mme Ardern", "Anh Duc"): the person named in full. */
export function joinShortMentions(
  cands: readonly Cand[],
  form: ShortForm,
  shorts: ReadonlyMap<string, ShortName>,
): void {
  for (const c of cands) {
    if (c.type !== 'person' || c.dropped) continue;
    // (a one-word form may be a name glued to its particle: "Mme O'Halloran")
    const words = c.b - c.a;
    if (words !== form.words && !(form.words === 1 && words === 3 && gluedParticleAt(c, c.a))) continue;
    const full = shorts.get(`${form.scope(c)}|${wordsOf(c, c.a)}`)?.owner;
    if (!full || full.id === c.id) continue;
    Object.assign(c, { id: full.id, kb: full.kb, canonical: full.canonical });
  }
}
