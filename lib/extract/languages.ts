// The page's own language and the others: a box the page marks as written in another language
// (a Vietnamese summary on a French page), and a translation a reader's tool sets after each block
// (a bilingual reading extension), are not the French story.
import { holdsAny } from './non-story-lines';
import { languageOf, squeeze } from './text';

/**
 * A box the page marks as written in another language than its own (a Vietnamese summary on a
 * French page, `lang="vi"`) is not the French story.
 */
export function removeOtherLanguages(doc: Document, keep: (Element | null)[]): void {
  // (French pages only: a template may say lang="vi" over a French story)
  if (languageOf(doc.documentElement) !== 'fr') return;
  for (const el of doc.querySelectorAll(LANGUAGE_BOXES)) {
    const lang = languageOf(el);
    if (!lang || lang === 'fr' || !el.isConnected || holdsAny(el, keep)) continue;
    // a box, not words inside a paragraph ("le <em lang="vi">Đổi mới</em>"), and one whose text
    // does not read as French (Word marks pasted French paragraphs lang="EN-US")
    if (el.parentElement?.closest(IN_RUNNING_TEXT) || readsFrench(el.textContent ?? '')) continue;
    el.remove();
  }
}

/**
 * Translations a reader's tool set after each block's own words on a French page (a bilingual
 * reading extension): not the page's text, for its title, its story or its feed.
 */
export function removeAppendedTranslations(doc: Document): void {
  if (languageOf(doc.documentElement) !== 'fr') return;
  for (const el of doc.querySelectorAll('body [lang]')) if (el.isConnected && translationAppended(el)) el.remove();
}

/** A block's translation is a block's length: past this, a marked box is no tool's copy of one. */
const MAX_TRANSLATION = 3000;

/**
 * A translation a reader's tool set after a block's own words, in the same block ("<h1>La lutte
 * propulse le Vietnam…<font class="notranslate" lang="en"><br>Wrestling propels Vietnam…</font>
 * </h1>"): marked in another language, the block's last, set apart as the tool's own output
 * ("notranslate", translate="no") or on a line of its own (a <br> first), and about as long as
 * the French words before it. A title the editor marks in its language ("le film <i lang="en">
 * Tunnels: Sun in the Dark</i>", "la chanson <i lang="vi">…</i>") is neither set apart nor a copy.
 */
function translationAppended(el: Element): boolean {
  const lang = languageOf(el);
  if (!lang || lang === 'fr') return false;
  const block = el.parentElement;
  if (!block || block === block.ownerDocument.body) return false;
  for (let n = el.nextSibling; n; n = n.nextSibling) if ((n.textContent ?? '').trim()) return false;
  const marked = el.matches('.notranslate, [translate="no"]');
  const ownLine = el.firstElementChild?.tagName === 'BR' && !el.firstChild?.textContent?.trim();
  if (!marked && !ownLine) return false;
  const ownText = el.textContent ?? '';
  if (ownText.length > MAX_TRANSLATION) return false;
  // (the words before it in its block, as far as a block's length)
  let rest = '';
  for (let n = el.previousSibling; n && rest.length <= MAX_TRANSLATION; n = n.previousSibling)
    rest = (n.textContent ?? '') + rest;
  const own = squeeze(ownText);
  const before = squeeze(rest);
  // (a line no tool translates comes back as it was: "VNA/CVN", "Photo : VNA/CVN" → "Photo: VNA/CVN")
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (key(own) && key(own) === key(before)) return true;
  // (the tool's own output may be a line's few words, "Follow Le Courrier du Vietnam on…", whose
  // names read as French; a line of its own must not)
  if (own.length < 15 || before.length < 15 || !readsFrench(before) || (!marked && readsFrench(own))) return false;
  return own.length >= before.length * 0.4 && own.length <= before.length * 2.5;
}

const LANGUAGE_BOXES =
  'body div[lang], body section[lang], body aside[lang], body article[lang], body p[lang], body ul[lang], body blockquote[lang]';
const IN_RUNNING_TEXT = 'p, li, blockquote, td, th, h1, h2, h3, h4, h5, h6';

/** French function words: one word in ten or more of a text is French. */
const FRENCH_WORDS = new Set(
  'le la les des du de et à au aux est sont une un pour dans avec que qui sur par'.split(' '),
);
function readsFrench(text: string): boolean {
  const words = text
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  let french = 0;
  for (const w of words) if (FRENCH_WORDS.has(w)) french++;
  return words.length > 0 && french * 10 >= words.length;
}
