// Folding for matching: "Tô Lâm", "TO LAM", "To Lam" and the NFD spelling all fold to "to lam".
// Every folded string keeps the length of its input (one UTF-16 unit in, one out), so offsets
// found in folded text are offsets in the original — that is what lets mentions be highlighted.

import { composed, isInvisibleInWord } from './as-read';

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '\u2032', '`', '\u00B4']);

function foldChar(ch: string): string {
  // đ/Đ do not decompose in Unicode; they are the Vietnamese "d" readers drop.
  if (ch === 'đ' || ch === 'Đ') return 'd';
  if (ch === 'œ' || ch === 'Œ') return 'o';
  if (ch === 'æ' || ch === 'Æ') return 'a';
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base : ch;
}

/** The folded code of one UTF-16 unit (a combining mark of NFD text folds to U+0000: the length is kept, matchers skip it). */
function foldCode(code: number): number {
  // (ASCII first: its backquote stays as written)
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code >= 0x300 && code <= 0x36f) return 0;
  // (a soft hyphen, a zero-width space inside a word: "Gen\u00adnady" is "gennady" to every matcher)
  if (isInvisibleInWord(code)) return 0;
  const ch = String.fromCharCode(code);
  return APOSTROPHES.has(ch) ? 0x27 : foldChar(ch).charCodeAt(0);
}

/** Folded code of each UTF-16 unit below TABLE_END, computed on first use (0: not yet; 0xffff: U+0000). */
const TABLE_END = 0x2100;
const table = new Uint16Array(TABLE_END);
/** …and of the rare units above it (lone surrogates, CJK, full-width forms) */
const above = new Map<number, number>();

function foldUnit(code: number): number {
  if (code >= TABLE_END) {
    let f = above.get(code);
    if (f === undefined) {
      f = foldCode(code);
      above.set(code, f);
    }
    return f;
  }
  const known = table[code] as number;
  if (known !== 0) return known === 0xffff ? 0 : known;
  const f = foldCode(code);
  table[code] = f === 0 ? 0xffff : f;
  return f;
}

/** One buffer for the codes of the string being folded, grown as needed (fold is not reentrant). */
let buffer = new Uint16Array(1024);
/** The longest shared buffer kept between calls (128 KB). */
const MAX_KEPT = 1 << 16;
/** Units converted per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 4096;

/**
 * Fold one string for comparison: lower case, no diacritics, straight apostrophes.
 * A combining mark (NFD input) folds to "\u0000", keeping offsets; matchers skip it.
 */
export function fold(text: string): string {
  const n = text.length;
  // (a table and one array of codes: this runs on every text of the page, and building the
  // result one character at a time was a tenth of the tokenizer's time)
  // (a text longer than any paragraph gets a buffer of its own, not kept: a 2 MB page's would be)
  if (buffer.length < n && n <= MAX_KEPT) buffer = new Uint16Array(Math.min(MAX_KEPT, Math.max(n, buffer.length * 2)));
  const codes = n <= buffer.length ? buffer : new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = foldUnit(text.charCodeAt(i));
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Fold for a key: also drops NFD marks and squeezes white space. Not offset-preserving. */
export function foldKey(text: string): string {
  return fold(composed(text))
    .replace(/\u0000/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
