// Wrapping names in <mark> elements, and undoing it exactly.
//
// A text node that holds names is never edited: it is taken out and replaced by new nodes (text
// before, <mark>name</mark>, text after…). Undoing puts the very same node back and removes the
// new ones, so the page's DOM is what it was — same nodes, same text, no normalize() needed.
// Marks carry a class for their type and nothing else: which entity a mark stands for is kept in
// a WeakMap in the content script, never in the page.
import type { EntityType } from '../types';
import type { Segment } from './text-index';

export const MARK_CLASS = 'vna-lens-mark';
const TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'country']);

export interface MarkPlan extends Segment {
  entityId: string;
  type: EntityType;
  /** first run of its mention: the one that takes keyboard focus */
  focusable: boolean;
}

interface Replacement {
  original: Text;
  pieces: Node[];
}

export class MarkLayer {
  private readonly replaced: Replacement[] = [];
  /** mark → entity id; the first mark of each mention also knows its siblings */
  readonly entityOf = new WeakMap<Element, string>();
  private readonly own = new WeakSet<Node>();
  private count = 0;

  constructor(private readonly doc: Document) {}

  get size(): number {
    return this.count;
  }

  /** Is this node one VNA Lens made (a mark, or a text piece of a split node)? */
  owns(node: Node): boolean {
    return this.own.has(node);
  }

  /**
   * Wraps the runs of ONE text node (all of them at once: the node is replaced once). Runs that
   * overlap or fall outside the node's current text are dropped; returns the marks made.
   */
  wrapNode(node: Text, plans: MarkPlan[], expected: string): Element[] {
    const parent = node.parentNode;
    if (!parent || node.data !== expected || !node.isConnected) return [];
    const sorted = plans
      .filter((p) => p.start >= 0 && p.end <= node.data.length && p.start < p.end)
      .sort((a, b) => a.start - b.start);
    const doc = this.doc;
    const pieces: Node[] = [];
    const marks: Element[] = [];
    let at = 0;
    const data = node.data;
    const inControl = node.parentElement?.closest('a[href], button, label, summary, [contenteditable]') != null;
    for (const p of sorted) {
      if (p.start < at) continue;
      if (p.start > at) pieces.push(doc.createTextNode(data.slice(at, p.start)));
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} vna-lens-${TYPES.has(p.type) ? p.type : 'person'}`;
      // inside a link the link already takes focus (no nested interactive controls)
      if (p.focusable && !inControl) mark.tabIndex = 0;
      const inner = doc.createTextNode(data.slice(p.start, p.end));
      mark.appendChild(inner);
      this.own.add(inner);
      this.entityOf.set(mark, p.entityId);
      pieces.push(mark);
      marks.push(mark);
      at = p.end;
    }
    if (marks.length === 0) return [];
    if (at < data.length) pieces.push(doc.createTextNode(data.slice(at)));
    const fragment = doc.createDocumentFragment();
    for (const piece of pieces) {
      this.own.add(piece);
      fragment.appendChild(piece);
    }
    parent.replaceChild(fragment, node);
    this.replaced.push({ original: node, pieces });
    this.count += marks.length;
    return marks;
  }

  /** Puts every original text node back; the DOM is as it was before the first wrap. */
  unwrapAll(): void {
    for (let i = this.replaced.length - 1; i >= 0; i--) {
      const { original, pieces } = this.replaced[i] as Replacement;
      const first = pieces.find((p) => p.parentNode);
      if (first?.parentNode) first.parentNode.insertBefore(original, first);
      for (const p of pieces) p.parentNode?.removeChild(p);
    }
    this.replaced.length = 0;
    this.count = 0;
  }
}
