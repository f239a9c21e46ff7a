// A foreign person named in full once, then by the family name alone: "le président allemand
// Frank-Walter Steinmeier… Steinmeier a souligné…", "Jacinda Ardern… Mme Ardern a salué…". French
// news writes foreign names that way; the short mentions are the same person.
// Vietnamese names are left out: their last syllable is the given name, shared by many people
// ("Minh", "Son") and often a place or a common word. A Vietnamese person is named again by the
// last two syllables instead (sport reports above all: "l'attaquant Nguyên Anh Duc… Anh Duc a
// marqué"): `shortVietnameseNames`.

import { type Cand, candCountry } from './doc';
import { VN_SYLLABLE } from './lexicon';

/** Family names this short are too often other words ("Sen", "Lee", "Kim"). */
const MIN_LENGTH = 4;

function vietnameseName(c: Cand): boolean {
  if (candCountry(c) === 'VN') return true;
  for (let k = c.a; k < c.b; k++) {
    const t = c.doc.toks[k];
    if (t?.kind === 'w' && !VN_SYLLABLE.test(t.f)) return false;
  }
  return true;
}

/**
 * The family names of the page's foreign persons named in full, each with its person: the last
 * word of the name, when no other person, and no other entity of one word, has it and the page
 * never writes it in lower case (`lowerSeen`: "Orange" may be a colour).
 */
export function familyNames(cands: readonly Cand[], lowerSeen: ReadonlySet<string>): Map<string, Cand> {
  const owners = new Map<string, Cand | null>();
  const taken = new Set<string>();
  for (const c of cands) {
    if (c.dropped) continue;
    if (c.type !== 'person') {
      if (c.b - c.a === 1) taken.add(c.doc.toks[c.a]?.f ?? '');
      continue;
    }
    if (c.b - c.a < 2) continue;
    const last = c.doc.toks[c.b - 1];
    if (last?.kind !== 'w' || !last.cap || last.f.length < MIN_LENGTH || vietnameseName(c)) continue;
    const owner = owners.get(last.f);
    owners.set(last.f, owner === undefined || owner?.id === c.id ? c : null);
  }
  const out = new Map<string, Cand>();
  for (const [f, c] of owners) if (c && !taken.has(f) && !lowerSeen.has(f)) out.set(f, c);
  return out;
}

/** "Mme Ardern" found as a person of its own: the person named in full with that family name. */
export function joinFamilyMentions(cands: readonly Cand[], families: ReadonlyMap<string, Cand>): void {
  for (const c of cands) {
    if (c.type !== 'person' || c.dropped || c.b - c.a !== 1) continue;
    const full = families.get(c.doc.toks[c.a]?.f ?? '');
    if (!full || full.id === c.id) continue;
    Object.assign(c, { id: full.id, kb: full.kb, canonical: full.canonical });
  }
}

/**
 * The last two syllables of the page's Vietnamese persons named in three or more ("Anh Duc" of
 * "Nguyên Anh Duc"), each with its person, when no other person or entity of the page has them.
 * Keys are the folded syllables joined by a space.
 */
export function shortVietnameseNames(cands: readonly Cand[]): Map<string, Cand> {
  const owners = new Map<string, Cand | null>();
  const taken = new Set<string>();
  const key = (c: Cand, from: number) =>
    c.doc.toks
      .slice(from, c.b)
      .map((t) => t.f)
      .join(' ');
  for (const c of cands) {
    if (c.dropped) continue;
    if (c.type !== 'person') {
      if (c.b - c.a === 2) taken.add(key(c, c.a));
      continue;
    }
    if (c.b - c.a < 3 || !vietnameseName(c) || !c.doc.toks.slice(c.b - 2, c.b).every((t) => t.cap && t.kind === 'w'))
      continue;
    const k = key(c, c.b - 2);
    const owner = owners.get(k);
    owners.set(k, owner === undefined || owner?.id === c.id ? c : null);
  }
  const out = new Map<string, Cand>();
  for (const [k, c] of owners) if (c && !taken.has(k)) out.set(k, c);
  return out;
}

/** "Anh Duc" found as a person of its own: the person named in full with those two syllables. */
export function joinShortVietnameseMentions(cands: readonly Cand[], short: ReadonlyMap<string, Cand>): void {
  for (const c of cands) {
    if (c.type !== 'person' || c.dropped || c.b - c.a !== 2) continue;
    const key = c.doc.toks
      .slice(c.a, c.b)
      .map((t) => t.f)
      .join(' ');
    const full = short.get(key);
    if (!full || full.id === c.id) continue;
    Object.assign(c, { id: full.id, kb: full.kb, canonical: full.canonical });
  }
}
