// Text as a reader reads it. Pages carry characters a reader never sees inside words (soft
// hyphens a typography plugin sets as hyphenation points, "Fé\u00adration"; zero-width spaces and
// joiners), and some store their letters decomposed (NFD: "e" + U+0302 + U+0303 for "ễ"), as some
// Vietnamese CMSs and macOS copies do. The extraction drops the first (lib/extract/text.ts), the
// matchers fold them away (fold.ts), and text that is compared with what a reader types is read
// composed (composed, composedView).

/** Soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner. */
const INVISIBLE_IN_WORD = /[\u00ad\u200b-\u200d\u2060]/g;

/** Is this UTF-16 unit a character a reader never sees inside a word? */
export function isInvisibleInWord(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/** The string without the characters a reader never sees inside words. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE_IN_WORD, '');
}

const COMBINING = /[\u0300-\u036f]/g;
const isCombining = (code: number) => code >= 0x300 && code <= 0x36f;
/**
 * Marks one letter carries at most (Vietnamese: two). A longer run is no letter's: it is left as it
 * is, so a hostile run of marks costs no quadratic normalisation.
 */
const MAX_MARKS = 4;

/**
 * A text read composed (NFC), each letter with its marks composed on its own; `origin[k]` is the
 * offset in the text of the composed unit k (`origin[length]`: the text's end), so what is found in
 * the composed view maps back to the page's own string. Null for a text with no combining mark
 * (nearly all).
 */
export function composedView(text: string): { text: string; origin: number[] } | null {
  COMBINING.lastIndex = 0;
  let mark = COMBINING.exec(text);
  if (!mark) return null;
  const parts: string[] = [];
  const origin: number[] = [];
  let k = 0;
  while (mark) {
    // the letter the marks go with, or the first mark when a text opens on marks
    const base = Math.max(k, mark.index - 1);
    for (let u = k; u < base; u++) origin.push(u);
    parts.push(text.slice(k, base));
    let end = mark.index + 1;
    while (end < text.length && isCombining(text.charCodeAt(end))) end++;
    const unit = text.slice(base, end);
    const marks = end - mark.index;
    const read = marks <= MAX_MARKS ? unit.normalize('NFC') : unit;
    if (read.length === unit.length) for (let u = base; u < end; u++) origin.push(u);
    else for (let u = 0; u < read.length; u++) origin.push(base);
    parts.push(read);
    k = end;
    COMBINING.lastIndex = end;
    mark = COMBINING.exec(text);
  }
  for (let u = k; u < text.length; u++) origin.push(u);
  parts.push(text.slice(k));
  origin.push(text.length);
  return { text: parts.join(''), origin };
}

/** The text read composed (see composedView). */
export function composed(text: string): string {
  return composedView(text)?.text ?? text;
}
