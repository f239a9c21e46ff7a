// Folding for matching: "Tô Lâm", "TO LAM", "To Lam" and the NFD spelling all fold to "to lam".
// Every folded string keeps the length of its input (one UTF-16 unit in, one out), so offsets
// found in folded text are offsets in the original — that is what lets mentions be highlighted.

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '\u2032', '`', '\u00B4']);

function foldChar(ch: string): string {
  // đ/Đ do not decompose in Unicode; they are the Vietnamese "d" readers drop.
  if (ch === 'đ' || ch === 'Đ') return 'd';
  if (ch === 'œ' || ch === 'Œ') return 'o';
  if (ch === 'æ' || ch === 'Æ') return 'a';
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base : ch;
}

const cache = new Map<string, string>();

/**
 * Fold one string for comparison: lower case, no diacritics, straight apostrophes.
 * A combining mark (NFD input) folds to "\u0000", keeping offsets; matchers skip it.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (code >= 0x300 && code <= 0x36f) {
      // A combining mark (NFD text): keep the length, mark it as ignorable.
      out += '\u0000';
      continue;
    }
    if (APOSTROPHES.has(ch)) {
      out += "'";
      continue;
    }
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch);
      cache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** Fold for a key: also drops NFD marks and squeezes white space. Not offset-preserving. */
export function foldKey(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/\u0000/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
