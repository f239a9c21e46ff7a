// A site builder's page (Tilda, and the like) writes each stretch of a story in a block of its own —
// a text block, a photo block, a text block again — with no <p> anywhere: the text is a <div> cut by
// <br>. Readability scores each block apart and keeps the best one, a third of the story. Here the
// blocks of the same kind as the densest one, in the records beside its record, are gathered into
// it first, so the story reads as one box.

import { textOf } from './text';

/** Running text: more than a line of words. */
const RUNNING = 100;
/** Boxes that make an element no leaf block. */
const BLOCKS = new Set(['DIV', 'TD', 'SECTION', 'P', 'UL', 'OL', 'TABLE', 'ARTICLE', 'BLOCKQUOTE']);
/** How many records are looked at on each side (a page builder's page has a few dozen). */
const MAX_RECORDS = 40;

/**
 * Gathers the story's text blocks into the first of them, on a page whose running text is in no
 * <p>. The blocks gathered are of the densest block's kind (same tag and classes), each alone in a
 * record of its own beside the densest block's record, with no link in it. Returns whether any was.
 */
export function gatherBuilderTextBlocks(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  for (const p of body.querySelectorAll('p')) if (textOf(p).length > RUNNING) return false;
  const densest = densestTextBlock(body);
  if (!densest) return false;
  const record = recordOf(densest, body);
  const parent = record.parentElement;
  if (!parent) return false;
  const kind = (el: Element) => el.tagName === densest.tagName && el.className === densest.className;
  const blocks: Element[] = [];
  let from: Element = record;
  for (let n = 0; n < MAX_RECORDS && from.previousElementSibling; n++) from = from.previousElementSibling;
  const siblings: Element[] = [];
  for (let s: Element | null = from, n = 0; s && n <= 2 * MAX_RECORDS; s = s.nextElementSibling, n++) siblings.push(s);
  for (const s of siblings) {
    if (s === record) {
      blocks.push(densest);
      continue;
    }
    if (s.tagName !== record.tagName || s.querySelector('a, h1, h2, h3')) continue;
    const inner = [...s.querySelectorAll('*')].filter(kind);
    if (inner.length === 1 && inner[0] && textOf(inner[0]).length > RUNNING) blocks.push(inner[0]);
  }
  const [first, ...rest] = blocks;
  if (!first || rest.length === 0) return false;
  for (const block of rest) {
    first.append(doc.createElement('br'), doc.createElement('br'), ...block.childNodes);
    block.remove();
  }
  return true;
}

/** The leaf block (no block inside) with the most text, cut by line breaks: a builder's text block. */
function densestTextBlock(body: Element): Element | null {
  let best: Element | null = null;
  let most = RUNNING;
  for (const el of body.querySelectorAll('div, td, section')) {
    // (its children only: a leaf holds inline boxes; one look per element keeps a huge page linear —
    // walked by sibling, as spreading jsdom's live HTMLCollection is quadratic)
    if (hasBlockChild(el) || !el.querySelector('br')) continue;
    const n = textOf(el).length;
    if (n > most) [best, most] = [el, n];
  }
  return best;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}

/** The highest box around the block that holds no other text than the block's. */
function recordOf(block: Element, body: Element): Element {
  const own = textOf(block).length;
  let record = block;
  for (let up = record.parentElement; up && up !== body; up = up.parentElement) {
    if (textOf(up).length > own + 20) break;
    record = up;
  }
  return record;
}
