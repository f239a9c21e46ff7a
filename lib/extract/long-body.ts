// A body longer than Readability should read, and reading blocks of text without it. Readability
// is one synchronous call; a generated or broken page may have thousands of paragraphs, so past
// READABILITY_BLOCKS the rest of the container is set aside before it runs and read here, block by
// block, in small steps.

import type { Steps } from '../slices';
import { sameTextKey, squeeze, textOf } from './text';

/**
 * Readability reads at most this many blocks of one container. Past it (no article has 300
 * paragraphs; a generated or broken page may have thousands), the rest of the container is set
 * aside before Readability runs and read block by block after it, in small steps: Readability is
 * one synchronous call, 130 ms on a 5,000-paragraph page, which would block the page's input.
 * What the rest misses is Readability's own cleaning of it; the site's noise is removed before.
 */
export const READABILITY_BLOCKS = 300;
/** Blocks read per step. */
export const BLOCKS_PER_STEP = 100;
export const BLOCKS = new Set([
  'P',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'SECTION',
]);

/** Children that are blocks of text: where a long container may be cut without splitting a sentence. */
const CUT_BEFORE = new Set([...BLOCKS, 'DIV', 'FIGURE', 'TABLE', 'UL', 'OL', 'DL', 'ARTICLE']);

export interface LongTail {
  /** the container's nodes from its (READABILITY_BLOCKS + 1)th block on, in order */
  nodes: ChildNode[];
  blocks: number;
  /** what replaces the container in the clone: a copy of it holding its first blocks only */
  head: Element;
  /** the container as it was (detached now), e.g. the layout's body */
  container: Element;
  /** the text key of the last paragraph left to Readability (null: none has text) */
  lastKept: string | null;
}

/**
 * The container holding the most paragraphs, when it holds more than READABILITY_BLOCKS blocks,
 * is replaced in the clone by a copy of its first READABILITY_BLOCKS blocks (and what lies between
 * them); the rest is returned, in order. It is cut before a block, never inside a line of text.
 * (A copy, not a move: jsdom takes seconds to move thousands of nodes.)
 */
export function setAsideLongTail(clone: Document, bodyEl: Element | null): LongTail | null {
  const scope = bodyEl ?? clone.body;
  if (!scope) return null;
  const perParent = new Map<Element, number>();
  let container: Element | null = null;
  let most = 0;
  for (const p of scope.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const n = (perParent.get(parent) ?? 0) + 1;
    perParent.set(parent, n);
    if (n > most) {
      most = n;
      container = parent;
    }
  }
  if (!container || most <= READABILITY_BLOCKS) return null;
  const all = Array.from(container.childNodes);
  let cut = -1;
  let blocksSeen = 0;
  for (let i = 0; i < all.length; i++) {
    const node = all[i] as ChildNode;
    if (node.nodeType !== 1 || !CUT_BEFORE.has((node as Element).tagName)) continue;
    if (++blocksSeen > READABILITY_BLOCKS) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return null;
  const head = container.cloneNode(false) as Element;
  for (const node of all.slice(0, cut)) head.appendChild(node.cloneNode(true));
  // the last paragraph left to Readability: if its output has it, it read this container
  let lastKept: string | null = null;
  for (let el = head.lastElementChild; el && lastKept === null; el = el.previousElementSibling)
    if (el.tagName === 'P' && textOf(el)) lastKept = sameTextKey(textOf(el));
  container.replaceWith(head);
  const nodes = all.slice(cut);
  return { nodes, blocks: nodes.filter((n) => n.nodeType === 1).length, head, container, lastKept };
}

const NESTED_BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, blockquote, table, td, th, section';
const CELLS = new Set(['TD', 'TH']);
/** A sentence's end: a cell's text that ends so closes its paragraph. */
const SENTENCE_END = /[.!?…:»"”)]\s*$/u;
/** The index of the last block each output took from a table cell. */
const cellBlocks = new WeakMap<string[], number>();

/** Text blocks in document order: paragraph-like elements, or bare text runs in containers. */
export function* blockSteps(root: Element | ChildNode[], out: string[]): Steps<void> {
  let loose = '';
  let n = 0;
  for (const child of Array.isArray(root) ? root : Array.from(root.childNodes)) {
    if (++n % BLOCKS_PER_STEP === 0) yield;
    loose = readBlock(child, loose, out, 0);
  }
  if (squeeze(loose)) out.push(squeeze(loose));
}

/**
 * One child of a container: a block is pushed; inline content adds to the pending loose text,
 * which is returned (flushed first when a block or a nested container interrupts it).
 */
function readBlock(child: ChildNode, loose: string, out: string[], depth: number): string {
  if (child.nodeType === 3) return loose + (child.textContent ?? '');
  if (child.nodeType !== 1) return loose;
  const c = child as Element;
  // (a line the page's own markup hides, a form's "Merci pour votre retour !" until it is sent: not shown)
  if (c.hasAttribute('hidden')) return loose;
  // (a block holding blocks is a container: Readability, turning "<br><br>" into paragraphs,
  // nests them in the paragraph the first line opened)
  if (BLOCKS.has(c.tagName) && !c.querySelector(NESTED_BLOCKS)) {
    if (squeeze(loose)) out.push(squeeze(loose));
    const t = textOf(c);
    // (a sentence a layout table carries over to the next row's cell: "… de République de Corée
    // et" | "du Japon, qui …" is one paragraph)
    const last = out.length - 1;
    const cell = CELLS.has(c.tagName);
    if (t && cell && cellBlocks.get(out) === last && !SENTENCE_END.test(out[last] ?? '') && /^\p{Ll}/u.test(t))
      out[last] = `${out[last]} ${t}`;
    else if (t) out.push(t);
    if (t && cell) cellBlocks.set(out, out.length - 1);
    return '';
  }
  if (c.tagName === 'BR' || c.querySelector(NESTED_BLOCKS)) {
    if (squeeze(loose)) out.push(squeeze(loose));
    if (c.tagName !== 'BR' && depth < 200) {
      // absurd nesting (past 200) is not an article: its text is left out
      let inner = '';
      for (const g of c.childNodes) inner = readBlock(g, inner, out, depth + 1);
      if (squeeze(inner)) out.push(squeeze(inner));
    }
    return '';
  }
  return loose + (c.textContent ?? '');
}
