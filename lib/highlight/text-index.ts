// The visible text of a few live elements as ONE string, squeezed like the extraction squeezes
// it (runs of ASCII white space → one space; soft hyphens and zero-width spaces dropped), with,
// for every character of that string, the text node and offset it came from. Extracted strings
// are found in it with indexOf, and their UTF-16 offsets map straight back to DOM positions.
//
// Building it is a generator so long pages can be read in time slices (see slices.ts).

import type { Noise } from '../extract/layouts';
import { isInvisibleInWord } from '../text/as-read';
import { isNoiseElement } from './regions';

/** Between two roots: never in page text, so no match crosses from one root into another. */
export const SEPARATOR = '\u0001';
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'math']);
/** yield to the slicer after this many nodes */
const NODES_PER_STEP = 400;

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** per character of `text`: index in `nodes` (-1 for separators), and offset in that node */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

export interface IndexOptions {
  noise: Noise;
  /** subtrees not to read (captions when reading the body, the feed…) */
  exclude?: ReadonlySet<Element>;
  /** elements of VNA Lens itself (marks already placed are read through, the card host is not) */
  isOwn?: (el: Element) => boolean;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** An Int32Array that grows by doubling: no boxed array of a million numbers, no final copy. */
class Int32Buffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export function* buildIndex(
  roots: Element[],
  { noise, exclude, isOwn }: IndexOptions,
): Generator<undefined, TextIndex> {
  const chunks: string[] = [];
  const nodes: Text[] = [];
  const nodeOf = new Int32Buffer();
  const offsetOf = new Int32Buffer();
  let lastSpace = true; // squeeze also trims the start
  let visited = 0;
  for (const [r, root] of roots.entries()) {
    if (r > 0) {
      chunks.push(SEPARATOR);
      nodeOf.push(-1);
      offsetOf.push(0);
      lastSpace = true;
    }
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (++visited % NODES_PER_STEP === 0) yield;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const n = nodes.length;
        // runs of kept characters are sliced whole; a run of white space becomes one space
        const parts: string[] = [];
        let runStart = -1;
        for (let i = 0; i < data.length; i++) {
          const c = data.charCodeAt(i);
          // (a soft hyphen or a zero-width space: dropped, as squeeze drops it from extracted text)
          if (isInvisibleInWord(c)) {
            if (runStart >= 0) {
              parts.push(data.slice(runStart, i));
              runStart = -1;
            }
            continue;
          }
          if (isSpace(c)) {
            if (runStart >= 0) {
              parts.push(data.slice(runStart, i));
              runStart = -1;
            }
            if (lastSpace) continue;
            lastSpace = true;
            parts.push(' ');
          } else {
            if (runStart < 0) runStart = i;
            lastSpace = false;
          }
          nodeOf.push(n);
          offsetOf.push(i);
        }
        if (runStart >= 0) parts.push(runStart === 0 ? data : data.slice(runStart));
        if (parts.length > 0) {
          nodes.push(node as Text);
          chunks.push(parts.length === 1 ? (parts[0] as string) : parts.join(''));
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el !== root) {
        if (SKIP_TAGS.has(el.tagName) || exclude?.has(el) || isNoiseElement(el, noise)) continue;
        if (isOwn?.(el) && el.tagName !== 'MARK') continue;
      }
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  yield;
  return { text: chunks.join(''), nodes, nodeOf: nodeOf.done(), offsetOf: offsetOf.done() };
}

/** A run of one text node: [start, end) in its data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The DOM runs behind [from, to) of the index text; null when it crosses a separator. */
export function segmentsOf(index: TextIndex, from: number, to: number): Segment[] | null {
  const out: Segment[] = [];
  let current: Segment | null = null;
  for (let k = from; k < to; k++) {
    const n = index.nodeOf[k] as number;
    if (n < 0) return null;
    const node = index.nodes[n] as Text;
    const off = index.offsetOf[k] as number;
    if (current && current.node === node) {
      current.end = off + 1;
    } else {
      current = { node, start: off, end: off + 1 };
      out.push(current);
    }
  }
  return out;
}
