// One text of the page (title, a paragraph, a teaser summary…) with its tokens, where it sits in
// the analysis, and which tokens are already claimed by a candidate mention.

import { visibleText } from '../text/as-read';
import type { EntityType, MentionField, RelatedField } from '../types';
import { entityId, isAcronym, type KbEntry } from './knowledge';
import { NOT_NAME, VN_SYLLABLE } from './lexicon';
import { isTightJoiner, type Token, tightSlashAt } from './tokens';

export interface Doc {
  /**
   * the text as the rules read it, composed (NFC) when the page's string is decomposed
   * (page-texts.ts): its slices need no normalising of their own
   */
  text: string;
  /** the page's own string, when `text` is its composed view (page-texts.ts) */
  source?: string;
  /** offset in `source` of each unit of `text` (and of its end) */
  origin?: number[];
  toks: Token[];
  in: MentionField;
  index: number;
  field?: RelatedField;
  /** per token: the candidate that claimed it */
  used: (Cand | null)[];
}

export interface Cand {
  doc: Doc;
  /** token range [a, b) */
  a: number;
  b: number;
  type: EntityType;
  /** grouping key = entity id */
  id: string;
  kb: KbEntry | null;
  /** canonical form proposed by a rule (e.g. ministry without its adjective) */
  canonical: string;
  /** country given by the mention itself (adjective, "ambassadeur d'Indonésie") */
  country: string | null;
  role: string | null;
  /** the role is only a function added to another ("X, qui est également chef de…") */
  roleAdded?: boolean;
  /** extra surface form: the name with its honorifics */
  honorific: string | null;
  /** taken over by a longer name ("Vietnam" inside "Comité mixte Vietnam - Laos") */
  dropped?: boolean;
  /** another name it goes by: "Tan Son Nhat" for "aéroport international de Tan Son Nhat" */
  alias?: string | null;
  /** its words are a complement of a head shared with another mention ("…, de l'Intérieur" after
   * "les ministères du Plan"): no name of its own, so not an alias */
  shared?: boolean;
  /** the country the world's places give it, kept apart until the page has been read */
  worldCountry?: string | null;
  /** rule that produced it, for debugging and the eval */
  via: string;
}

export function claim(c: Cand): void {
  for (let k = c.a; k < c.b; k++) c.doc.used[k] = c;
}

/** A candidate's mention now ends at b: it is named by its tokens up to there. */
export function extendTo(c: Cand, b: number): void {
  c.b = b;
  c.canonical = tokenText(c.doc, c.a, b);
  c.id = entityId(c.type, c.canonical);
}

/** Where the mention holding token k ends: past the tokens it claimed (k itself if none holds it). */
export function heldEnd(d: Doc, k: number): number {
  const held = d.used[k];
  let e = k;
  if (held) while (e < d.toks.length && d.used[e] === held) e++;
  return e;
}

export function isFree(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (d.used[k]) return false;
  return true;
}

/** A capitalised Vietnamese syllable at k ("Phuoc", "Hai"; not an acronym), free or not. */
export function isVnSyllable(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && t.kind === 'w' && t.cap && !t.upper && VN_SYLLABLE.test(t.f);
}

/** A free capitalised Vietnamese syllable at k ("Phuoc", "Hai"): a word a Vietnamese name may have. */
export function isFreeVnSyllable(d: Doc, k: number): boolean {
  return isVnSyllable(d, k) && !d.used[k] && !NOT_NAME.has(d.toks[k]?.f ?? '');
}

/** English's article at k, written so ("The"): not the acronym "THE", nor a syllable "the" in lower case. */
export function isEnglishThe(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && d.text.slice(t.s, t.e) === 'The';
}

/** Quote marks that open and close a quoted name ("…", «…», “…”). */
export const OPENING_QUOTES = new Set(['"', '«', '“']);
export const CLOSING_QUOTES = new Set(['"', '»', '”']);
const QUOTE_MARKS = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES]);

/** Text of tokens [a, b) rebuilt with single spaces, straight apostrophes, no space around ' and -. */
export function tokenText(d: Doc, a: number, b: number, skip?: (k: number) => boolean): string {
  let out = '';
  let prevGlue = true;
  for (let k = a; k < b; k++) {
    if (skip?.(k)) continue;
    const t = d.toks[k];
    if (!t) break;
    let s = visibleText(d.text.slice(t.s, t.e));
    if (t.kind === 'p' && t.f === "'") s = "'";
    // ("H&M", "O.S.K": "&" and "." written tight inside a name stay tight; so does a slash, "RE/MAX")
    const tight = isTightJoiner(d.toks, k) || tightSlashAt(d.toks, k);
    // (a quote mark keeps the source's spacing: "du "Pôle moyens" au", "de la « Maison »")
    const quote = t.kind === 'p' && QUOTE_MARKS.has(t.f);
    const glue =
      t.kind === 'p' &&
      (t.f === "'" ||
        t.f === '-' ||
        t.f === ',' ||
        t.f === '.' ||
        t.f === ')' ||
        tight ||
        ((quote || t.f === '°') && d.toks[k - 1]?.e === t.s));
    // ("N°1", "N° 2": the number sign keeps the source's spacing too)
    const glueAfter =
      t.kind === 'p' &&
      (t.f === "'" || t.f === '-' || t.f === '(' || tight || ((quote || t.f === '°') && d.toks[k + 1]?.s === t.e));
    // ("PCdoB", split by the tokenizer at its case change, is one acronym; "MaoZédong" two words)
    const before = d.toks[k - 1];
    const acronymGoesOn =
      k > a && t.kind === 'w' && before?.kind === 'w' && before.e === t.s && /\p{Lu}\p{L}*\p{Lu}\p{Ll}*$/u.test(out);
    out += prevGlue || glue || acronymGoesOn ? s : ` ${s}`;
    prevGlue = glueAfter;
  }
  return out.trim();
}

/** A candidate found by a rule (no knowledge-base entry yet). */
export function makeCand(
  doc: Doc,
  a: number,
  b: number,
  type: EntityType,
  canonical: string,
  via: string,
  country: string | null = null,
): Cand {
  return {
    doc,
    a,
    b,
    type,
    id: entityId(type, canonical),
    kb: null,
    canonical,
    country,
    role: null,
    honorific: null,
    via,
  };
}

/** The country a candidate gives: its own (an adjective, a complement), else its knowledge-base entry's. */
export function candCountry(c: Cand): string | null {
  return c.country ?? c.kb?.country ?? null;
}

/** Acronym in parentheses right after token b: "(PCV)". Returns its token index or -1. */
export function acronymAfter(doc: Doc, b: number): number {
  const t = doc.toks;
  if (t[b]?.f !== '(' || t[b + 2]?.f !== ')') return -1;
  const w = t[b + 1];
  if (w?.kind !== 'w' || !w.upper || !isAcronym(doc.text.slice(w.s, w.e))) return -1;
  return b + 1;
}
